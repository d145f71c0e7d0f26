// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"

#include <QCoreApplication>
#include <QStringList>

namespace clearroom::package {

/// The rules a lead's decision must follow before it is recorded, shared by every place
/// that records one (the GUI's editors, the lead workspace): a merge stands for at least
/// two source findings, a keep for one; a rejection always gives its reason; a result
/// that departs from any of its sources (title, severity, status, CWE, description,
/// recommendation) gives its rationale.
class DecisionRules
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::DecisionRules)

public:
    /// A source finding with the auditor who recorded it.
    using Source = QPair<QString, const review::Finding *>;

    /// The fields in which `result` departs from any of `sources`, each named with the
    /// auditor whose finding says otherwise ("severity (Alice: High)").
    static QStringList departures(const review::Finding &result, const QVector<Source> &sources);
    /// Why `decision` cannot be recorded, or "" when it can. `sources` are the source
    /// findings it names, each with its auditor, in the order of decision.sources.
    static QString check(const ConsolidationDecision &decision, const QVector<Source> &sources);
};

} // namespace clearroom::package
