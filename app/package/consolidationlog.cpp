// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationlog.h"

#include "concurrency.h"

#include <QJsonArray>

namespace clearroom::package {

review::AuditRecord ConsolidationLog::importRecord(const SourcePackage &source)
{
    review::AuditRecord record(QStringLiteral("package.import"));
    record.set(QStringLiteral("entity"), QStringLiteral("package"));
    record.set(QStringLiteral("id"), source.packageId());
    const PackageVerdict &verdict = source.verdict();
    record.set(
        QStringLiteral("new"),
        QJsonObject {
            {QStringLiteral("sha256"), QString::fromLatin1(verdict.fileSha256)},
            {QStringLiteral("size"), double(verdict.fileSize)},
            {QStringLiteral("signer"), source.signerName()},
            {QStringLiteral("signer_fingerprint"), QString::fromLatin1(source.signerFingerprint())},
            {QStringLiteral("signed_at"), review::timeToText(verdict.signature.signingTime)},
            {QStringLiteral("review_id"), source.reviewId()},
            {QStringLiteral("review_name"), record.withhold(source.reviewName())},
            {QStringLiteral("previous_package_id"), source.manifest().previousPackageId},
            {QStringLiteral("findings"), int(source.findings().size())},
        });
    return record;
}

review::AuditRecord ConsolidationLog::rejectRecord(const QString &fileName,
                                                   const QByteArray &sha256, const QString &reason)
{
    review::AuditRecord record(QStringLiteral("package.reject"));
    record.set(QStringLiteral("entity"), QStringLiteral("package"));
    record.set(QStringLiteral("id"), QString::fromLatin1(sha256));
    record.set(QStringLiteral("new"),
               QJsonObject {{QStringLiteral("file"), record.withhold(fileName)},
                            {QStringLiteral("sha256"), QString::fromLatin1(sha256)},
                            {QStringLiteral("reason"), record.withhold(reason)}});
    return record;
}

review::AuditRecord ConsolidationLog::supersedeRecord(const SourcePackage &older,
                                                      const SourcePackage &newer)
{
    review::AuditRecord record(QStringLiteral("package.supersede"));
    record.set(QStringLiteral("entity"), QStringLiteral("package"));
    record.set(QStringLiteral("id"), older.packageId());
    record.set(
        QStringLiteral("new"),
        QJsonObject {{QStringLiteral("superseded_by"), newer.packageId()},
                     {QStringLiteral("sha256"), QString::fromLatin1(older.verdict().fileSha256)}});
    return record;
}

review::AuditRecord ConsolidationLog::decisionRecord(const ConsolidationDecision &decision)
{
    review::AuditRecord record(QStringLiteral("consolidation.decide"));
    record.set(QStringLiteral("entity"), QStringLiteral("decision"));
    record.set(QStringLiteral("id"), decision.result.finding.id);
    QJsonArray sources;
    for (const SourceFindingRef &ref : decision.sources)
        sources.append(QJsonObject {{QStringLiteral("package_id"), ref.packageId},
                                    {QStringLiteral("finding_id"), ref.findingId}});
    const review::Finding &result = decision.result.finding;
    record.set(
        QStringLiteral("new"),
        QJsonObject {
            {QStringLiteral("decision"), ConsolidationDecision::decisionKey(decision.decision)},
            {QStringLiteral("automatic"), decision.automatic},
            {QStringLiteral("title"), record.withhold(result.title)},
            {QStringLiteral("severity"), review::FindingNames::severityKey(result.severity)},
            {QStringLiteral("status"), review::FindingNames::statusKey(result.status)},
            {QStringLiteral("cwe"), result.cwe},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("rationale"), record.withhold(decision.rationale)},
        });
    return record;
}

void ConsolidationLog::append(const review::AuditRecord &record, const QString &actor,
                              const QDateTime &at)
{
    const QByteArray line = review::AuditLog::lineOf(record, m_count + 1, actor, at);
    m_head = review::AuditLog::chainHash(m_head, line);
    m_lines += line + '\n';
    ++m_count;
}

void ConsolidationLog::appendEach(int count, const std::function<review::AuditRecord(int)> &record,
                                  const QString &actor, const QDateTime &at)
{
    // Each line needs only its record and its number; the chain needs the lines in order.
    const auto linesOf = [&](int from, int to) {
        QByteArrayList lines;
        lines.reserve(to - from);
        for (int index = from; index < to; ++index)
            lines.append(review::AuditLog::lineOf(record(index), m_count + 1 + index, actor, at));
        return lines;
    };
    const int half = count / 2;
    auto second = startAsync([&] { return linesOf(half, count); });
    const QByteArrayList first = linesOf(0, half);
    const QByteArrayList rest = second.get();
    for (const QByteArrayList *part : {&first, &rest}) {
        for (const QByteArray &line : *part) {
            m_head = review::AuditLog::chainHash(m_head, line);
            m_lines += line;
            m_lines += '\n';
        }
    }
    m_count += count;
}

} // namespace clearroom::package
