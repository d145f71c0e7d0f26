// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidationlog.h"
#include "packageintake.h"

#include <QCoreApplication>

namespace clearroom::package {

/// What a lead's consolidated package says of the lead's own work besides the decisions:
/// the lead's review (one id for the same set of auditors' reviews) and the audit lines of
/// the intake, for every way of consolidating (the GUI's lead session, a lead workspace).
class LeadRecord
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::LeadRecord)

public:
    /// The lead's review of `sources`: its id derived from the sources' review ids, its
    /// name theirs when they agree.
    static review::ReviewInfo reviewOf(const QVector<ConsolidationSource> &sources,
                                       const QString &lead, const QDateTime &created);
    /// Appends to `log` what the intake did: each package refused or given twice, then each
    /// source taken in.
    static void appendIntake(ConsolidationLog &log, const QVector<IntakeRow> &rows,
                             const QVector<ConsolidationSource> &sources, const QString &lead,
                             const QDateTime &at);
    /// The audit record of a lead withdrawing the decision whose result is `resultId`.
    static review::AuditRecord withdrawRecord(const ConsolidationDecision &withdrawn);
};

} // namespace clearroom::package
