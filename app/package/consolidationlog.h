// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditlog.h"
#include "consolidation.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>

namespace clearroom::package {

/// The lead's audit trail of a consolidation, in the workspace audit log's format: one
/// JSON line per action, each chained to the one before (AuditLog::chainHash), free
/// text (titles, rationales, reasons) as its SHA-256 digest, so that it verifies with the
/// same few lines of script as an auditor's log. Actions:
/// - "package.import": an auditor's package accepted (id, file SHA-256, signer, signing
///   time, review, number of findings);
/// - "package.reject": a package refused (file name, SHA-256, the reason's digest);
/// - "package.supersede": an older package of the same auditor and review left out
///   because a newer one (its previous-package chain) was given;
/// - "consolidation.decide": one decision (merge, keep or reject; automatic or not; the
///   result's id, severity and status; the source findings; the rationale's digest).
class ConsolidationLog
{
public:
    static review::AuditRecord importRecord(const SourcePackage &source);
    static review::AuditRecord rejectRecord(const QString &fileName, const QByteArray &sha256,
                                            const QString &reason);
    static review::AuditRecord supersedeRecord(const SourcePackage &older,
                                               const SourcePackage &newer);
    static review::AuditRecord decisionRecord(const ConsolidationDecision &decision);

    /// Appends a record as `actor` at `at`.
    void append(const review::AuditRecord &record, const QString &actor, const QDateTime &at);
    /// Appends `count` records, record(0) first, as `actor` at `at`: the same lines as
    /// append() of each in turn, the records made and written on two threads (a
    /// consolidation has thousands of decisions), then chained in order. `record` is
    /// called on both threads at once, so it may only read what it shares.
    void appendEach(int count, const std::function<review::AuditRecord(int)> &record,
                    const QString &actor, const QDateTime &at);

    QByteArray lines() const { return m_lines; } ///< each with its newline
    QByteArray head() const { return m_head; }
    qint64 count() const { return m_count; }

private:
    QByteArray m_lines;
    QByteArray m_head = review::AuditLog::genesisHash();
    qint64 m_count = 0;
};

} // namespace clearroom::package
