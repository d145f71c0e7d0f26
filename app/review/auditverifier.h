// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace clearroom::review {

class Workspace;

/// What `log verify` found.
struct AuditVerification
{
    qint64 entries = 0;
    QByteArray headHash;
};

/// Checks a workspace's audit log: the hash chain, then a replay of every entry compared
/// with the tables. The error names the first entry or row that disagrees.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditVerifier)

public:
    static Result<AuditVerification> verify(Workspace &workspace);
};

} // namespace clearroom::review
