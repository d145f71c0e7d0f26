// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingjson.h"

#include "auditstate.h"

#include <QJsonArray>

namespace clearroom::review::findingjson {

QJsonObject location(const FindingLocation &location)
{
    QJsonObject object {
        {QStringLiteral("path"), auditstate::pathValue(location.path)},
        {QStringLiteral("blob"), QString::fromLatin1(location.blobId)},
        {QStringLiteral("start_line"), location.startLine},
        {QStringLiteral("end_line"), location.endLine},
        {QStringLiteral("excerpt_sha256"), QString::fromLatin1(location.excerptDigest)},
        {QStringLiteral("state"), FindingNames::anchorKey(location.state)},
    };
    if (location.startColumn > 0) {
        object.insert(QStringLiteral("start_column"), location.startColumn);
        object.insert(QStringLiteral("end_column"), location.endColumn);
    }
    return object;
}

QJsonObject finding(const Finding &finding)
{
    QJsonArray locations;
    for (const FindingLocation &each : finding.locations)
        locations.append(location(each));
    return {
        {QStringLiteral("id"), finding.id},
        {QStringLiteral("repository"), finding.repository},
        {QStringLiteral("commit"), QString::fromLatin1(finding.commit)},
        {QStringLiteral("title"), finding.title},
        {QStringLiteral("severity"), FindingNames::severityKey(finding.severity)},
        {QStringLiteral("cwe"), finding.cwe > 0 ? QJsonValue(finding.cwe) : QJsonValue()},
        {QStringLiteral("status"), FindingNames::statusKey(finding.status)},
        {QStringLiteral("description"), finding.description},
        {QStringLiteral("recommendation"), finding.recommendation},
        {QStringLiteral("author"), finding.author},
        {QStringLiteral("author_fingerprint"), finding.authorFingerprint},
        {QStringLiteral("created"), timeToText(finding.created)},
        {QStringLiteral("updated"), timeToText(finding.updated)},
        {QStringLiteral("anchor_state"), FindingNames::anchorKey(finding.anchorState)},
        {QStringLiteral("locations"), locations},
    };
}

QJsonObject comment(const Comment &comment)
{
    return {
        {QStringLiteral("id"), comment.id},
        {QStringLiteral("finding"), comment.findingId},
        {QStringLiteral("author"), comment.author},
        {QStringLiteral("created"), timeToText(comment.created)},
        {QStringLiteral("body"), comment.body},
    };
}

} // namespace clearroom::review::findingjson
