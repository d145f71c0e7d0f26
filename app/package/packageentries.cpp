// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageentries.h"

#include "auditstate.h"
#include "findingjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clearroom::package::packageentries {

namespace {

QJsonObject reviewObject(const review::ReviewInfo &info)
{
    return {{QStringLiteral("id"), info.id},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("reviewer"), info.reviewerName},
            {QStringLiteral("created"), review::timeToText(info.created)}};
}

QJsonObject totalsObject(const review::CoverageTotals &totals)
{
    return {{QStringLiteral("files"), totals.files},
            {QStringLiteral("reviewed_files"), totals.reviewedFiles},
            {QStringLiteral("partial_files"), totals.partialFiles},
            {QStringLiteral("lines"), double(totals.lines)},
            {QStringLiteral("reviewed_lines"), double(totals.reviewedLines)}};
}

QByteArray document(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

QJsonValue lineValue(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line);
    if (text.toUtf8() == line)
        return text;
    return QJsonObject {{QStringLiteral("base64"), QString::fromLatin1(line.toBase64())}};
}

QJsonObject findingObject(const PackageFinding &packaged)
{
    QJsonObject finding = review::findingjson::finding(packaged.finding);
    QJsonArray comments;
    for (const review::Comment &comment : packaged.comments)
        comments.append(review::findingjson::comment(comment));
    finding.insert(QStringLiteral("comments"), comments);
    QJsonArray excerpts;
    for (const Excerpt &excerpt : packaged.excerpts) {
        QJsonArray lines;
        for (const QByteArray &line : excerpt.lines)
            lines.append(lineValue(line));
        excerpts.append(
            QJsonObject {{QStringLiteral("path"), review::auditstate::pathValue(excerpt.path)},
                         {QStringLiteral("first_line"), excerpt.firstLine},
                         {QStringLiteral("finding_first_line"), excerpt.findingFirstLine},
                         {QStringLiteral("finding_last_line"), excerpt.findingLastLine},
                         {QStringLiteral("lines"), lines}});
    }
    finding.insert(QStringLiteral("excerpts"), excerpts);
    return finding;
}

QByteArray findingsJson(const PackageContent &content)
{
    QJsonArray repositories;
    for (const PackageRepository &repository : content.repositories)
        repositories.append(QJsonObject {
            {QStringLiteral("name"), repository.repository.name},
            {QStringLiteral("commit"), QString::fromLatin1(repository.repository.commit)},
            {QStringLiteral("tree"), QString::fromLatin1(repository.tree)}});
    QJsonArray findings;
    for (const PackageFinding &packaged : content.findings)
        findings.append(findingObject(packaged));
    return document({{QStringLiteral("type"), QStringLiteral("clearroom-findings")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("review"), reviewObject(content.review)},
                     {QStringLiteral("repositories"), repositories},
                     {QStringLiteral("findings"), findings}});
}

QByteArray coverageJson(const CollectedReview &collected)
{
    QJsonArray repositories;
    for (const RepositoryCoverage &coverage : collected.coverage) {
        QHash<QByteArray, QJsonArray> rangesOf;
        for (const review::CoverageRange &range : coverage.ranges)
            rangesOf[range.path].append(
                QJsonObject {{QStringLiteral("start_line"), range.startLine},
                             {QStringLiteral("end_line"), range.endLine},
                             {QStringLiteral("reviewer"), range.reviewer},
                             {QStringLiteral("marked"), review::timeToText(range.marked)}});
        QJsonArray files;
        for (const review::FileCoverage &file : coverage.report.files())
            files.append(
                QJsonObject {{QStringLiteral("path"), review::auditstate::pathValue(file.path)},
                             {QStringLiteral("lines"), file.lines},
                             {QStringLiteral("reviewed_lines"), file.reviewedLines},
                             {QStringLiteral("ranges"), rangesOf.value(file.path)}});
        repositories.append(
            QJsonObject {{QStringLiteral("name"), coverage.repository},
                         {QStringLiteral("commit"), QString::fromLatin1(coverage.commit)},
                         {QStringLiteral("total"), totalsObject(coverage.report.total())},
                         {QStringLiteral("files"), files}});
    }
    return document({{QStringLiteral("type"), QStringLiteral("clearroom-coverage")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("review"), reviewObject(collected.content.review)},
                     {QStringLiteral("repositories"), repositories}});
}

} // namespace clearroom::package::packageentries
