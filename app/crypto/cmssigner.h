// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "identity.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::crypto {

/// Makes the detached CMS signature of a package manifest: SignedData, DER, binary mode
/// (the bytes signed are exactly the file's), Clearroom's content type, the signer's
/// certificate and chain included, the signing time among the signed attributes.
class CmsSigner
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::CmsSigner)

public:
    static Result<QByteArray> signDetached(const Identity &identity, const QByteArray &content,
                                           const QString &contentType
                                           = Oids::manifestContentType());
};

} // namespace clearroom::crypto
