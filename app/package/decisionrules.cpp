// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "decisionrules.h"

namespace clearroom::package {

namespace {

QString cweText(int cwe)
{
    return cwe > 0 ? QStringLiteral("CWE-%1").arg(cwe)
                   : clearroom::package::DecisionRules::tr("no CWE");
}

} // namespace

QStringList DecisionRules::departures(const review::Finding &result, const QVector<Source> &sources)
{
    using review::FindingNames;
    QStringList title, severity, status, cwe, description, recommendation;
    for (const auto &[auditor, source] : sources) {
        if (source->title != result.title)
            title.append(QStringLiteral("%1: \"%2\"").arg(auditor, source->title));
        if (source->severity != result.severity)
            severity.append(QStringLiteral("%1: %2").arg(
                auditor, FindingNames::severityText(source->severity)));
        if (source->status != result.status)
            status.append(
                QStringLiteral("%1: %2").arg(auditor, FindingNames::statusText(source->status)));
        if (source->cwe != result.cwe)
            cwe.append(QStringLiteral("%1: %2").arg(auditor, cweText(source->cwe)));
        if (source->description.trimmed() != result.description.trimmed())
            description.append(auditor);
        if (source->recommendation.trimmed() != result.recommendation.trimmed())
            recommendation.append(auditor);
    }
    const QString separator = QStringLiteral("; ");
    QStringList departures;
    if (!title.isEmpty())
        departures.append(tr("title (%1)").arg(title.join(separator)));
    if (!severity.isEmpty())
        departures.append(tr("severity (%1)").arg(severity.join(separator)));
    if (!status.isEmpty())
        departures.append(tr("status (%1)").arg(status.join(separator)));
    if (!cwe.isEmpty())
        departures.append(tr("CWE (%1)").arg(cwe.join(separator)));
    if (!description.isEmpty())
        departures.append(tr("description (differs from %1)").arg(description.join(separator)));
    if (!recommendation.isEmpty())
        departures.append(
            tr("recommendation (differs from %1)").arg(recommendation.join(separator)));
    return departures;
}

QString DecisionRules::check(const ConsolidationDecision &decision, const QVector<Source> &sources)
{
    if (sources.size() != decision.sources.size())
        return tr("The decision names %n source finding(s) that are not among the imported "
                  "packages.",
                  nullptr, int(decision.sources.size() - sources.size()));
    for (int i = 0; i < decision.sources.size(); ++i) {
        for (int j = 0; j < i; ++j) {
            if (decision.sources.at(i) == decision.sources.at(j))
                return tr("The decision names the source finding %1 of %2 twice.")
                    .arg(decision.sources.at(i).findingId, decision.sources.at(i).auditor);
        }
    }
    const bool explained = !decision.rationale.trimmed().isEmpty();
    switch (decision.decision) {
    case Decision::Reject:
        if (decision.sources.isEmpty())
            return tr("A rejection names the source finding it rejects.");
        if (!explained)
            return tr("A rejection needs its reason: say why the finding is left out of the "
                      "consolidated findings.");
        return {};
    case Decision::Keep:
        if (decision.sources.size() != 1)
            return tr("Keeping carries over exactly one source finding; %n were given.", nullptr,
                      int(decision.sources.size()));
        break;
    case Decision::Merge:
        if (decision.sources.size() < 2)
            return tr("A merge stands for at least two source findings; %n was given.", nullptr,
                      int(decision.sources.size()));
        break;
    }
    if (decision.result.finding.title.trimmed().isEmpty())
        return tr("The consolidated finding needs a title.");
    const QStringList departs = departures(decision.result.finding, sources);
    if (!departs.isEmpty() && !explained)
        return tr("A rationale is required: the result departs from its sources in %1.")
            .arg(departs.join(QStringLiteral("; ")));
    return {};
}

} // namespace clearroom::package
