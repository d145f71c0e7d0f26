// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditstate.h"

#include "auditlog.h"

namespace clearroom::review::auditstate {

bool isUtf8Path(const QByteArray &path)
{
    return QString::fromUtf8(path).toUtf8() == path;
}

QJsonValue pathValue(const QByteArray &path)
{
    if (isUtf8Path(path))
        return QString::fromUtf8(path);
    return QJsonObject {{QStringLiteral("bytes"), QString::fromLatin1(path.toHex())}};
}

QByteArray pathFromValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toUtf8();
    return QByteArray::fromHex(
        value.toObject().value(QStringLiteral("bytes")).toString().toLatin1());
}

QJsonObject locationValue(const FindingLocation &location, AuditRecord &record)
{
    return {
        {QStringLiteral("path"), pathValue(location.path)},
        {QStringLiteral("blob"), QString::fromLatin1(location.blobId)},
        {QStringLiteral("start_line"), location.startLine},
        {QStringLiteral("end_line"), location.endLine},
        {QStringLiteral("start_column"), location.startColumn},
        {QStringLiteral("end_column"), location.endColumn},
        {QStringLiteral("excerpt_sha256"), QString::fromLatin1(location.excerptDigest)},
        {QStringLiteral("context_before"), record.withhold(location.contextBefore)},
        {QStringLiteral("context_after"), record.withhold(location.contextAfter)},
        {QStringLiteral("state"), FindingNames::anchorKey(location.state)},
    };
}

QJsonArray locationsValue(const QVector<FindingLocation> &locations, AuditRecord &record)
{
    QJsonArray array;
    for (const FindingLocation &location : locations)
        array.append(locationValue(location, record));
    return array;
}

QJsonObject findingFields(const Finding &finding, AuditRecord &record)
{
    return {
        {QStringLiteral("repository"), finding.repository},
        {QStringLiteral("commit"), QString::fromLatin1(finding.commit)},
        {QStringLiteral("title"), record.withhold(finding.title)},
        {QStringLiteral("severity"), FindingNames::severityKey(finding.severity)},
        {QStringLiteral("cwe"), finding.cwe},
        {QStringLiteral("status"), FindingNames::statusKey(finding.status)},
        {QStringLiteral("description"), record.withhold(finding.description)},
        {QStringLiteral("recommendation"), record.withhold(finding.recommendation)},
        {QStringLiteral("author"), finding.author},
        {QStringLiteral("author_fingerprint"), finding.authorFingerprint},
        {QStringLiteral("created"), timeToText(finding.created)},
        {QStringLiteral("updated"), timeToText(finding.updated)},
        {QStringLiteral("generation"), finding.generation},
        {QStringLiteral("anchor_state"), FindingNames::anchorKey(finding.anchorState)},
    };
}

QJsonObject commentFields(const Comment &comment, AuditRecord &record)
{
    return {
        {QStringLiteral("finding"), comment.findingId},
        {QStringLiteral("author"), comment.author},
        {QStringLiteral("created"), timeToText(comment.created)},
        {QStringLiteral("body"), record.withhold(comment.body)},
    };
}

QJsonArray coverageRow(const CoverageRange &range)
{
    return {double(range.id), pathValue(range.path), range.startLine, range.endLine};
}

} // namespace clearroom::review::auditstate
