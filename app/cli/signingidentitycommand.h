// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace clearroom::cli {

/// `identity request|import`: the signer's key, the request the authority issues a
/// certificate from, and the PKCS#12 file that packages are signed with.
class SigningIdentityCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::SigningIdentityCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
