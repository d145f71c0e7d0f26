// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leadrecord.h"

#include "derivedid.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace clearroom::package {

review::ReviewInfo LeadRecord::reviewOf(const QVector<ConsolidationSource> &sources,
                                        const QString &lead, const QDateTime &created)
{
    QStringList ids;
    QSet<QString> names;
    for (const ConsolidationSource &source : sources) {
        ids.append(source.package.reviewId());
        names.insert(source.package.reviewName());
    }
    ids.sort();
    ids.removeDuplicates();
    review::ReviewInfo review;
    review.id = derivedUuid("clearroom-consolidation\n" + ids.join(QLatin1Char('\n')).toUtf8());
    review.name = names.size() == 1 ? *names.cbegin()
                                    : tr("Consolidation of %n review(s)", nullptr, int(ids.size()));
    review.reviewerName = lead;
    review.created = created;
    return review;
}

void LeadRecord::appendIntake(ConsolidationLog &log, const QVector<IntakeRow> &rows,
                              const QVector<ConsolidationSource> &sources, const QString &lead,
                              const QDateTime &at)
{
    for (const IntakeRow &row : rows) {
        if (row.verdict == IntakeRow::Verdict::Refused
            || row.verdict == IntakeRow::Verdict::Duplicate)
            log.append(ConsolidationLog::rejectRecord(row.fileName, row.sha256, row.reason), lead,
                       at);
    }
    for (const ConsolidationSource &source : sources)
        log.append(ConsolidationLog::importRecord(source.package), lead, at);
}

review::AuditRecord LeadRecord::withdrawRecord(const ConsolidationDecision &withdrawn)
{
    review::AuditRecord record(QStringLiteral("consolidation.withdraw"));
    record.set(QStringLiteral("entity"), QStringLiteral("decision"));
    record.set(QStringLiteral("id"), withdrawn.result.finding.id);
    QJsonArray sources;
    for (const SourceFindingRef &ref : withdrawn.sources)
        sources.append(QJsonObject {{QStringLiteral("package_id"), ref.packageId},
                                    {QStringLiteral("finding_id"), ref.findingId}});
    record.set(QStringLiteral("old"),
               QJsonObject {{QStringLiteral("decision"),
                             ConsolidationDecision::decisionKey(withdrawn.decision)},
                            {QStringLiteral("sources"), sources}});
    return record;
}

} // namespace clearroom::package
