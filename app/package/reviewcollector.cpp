// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reviewcollector.h"

#include "auditlog.h"
#include "buildinfo.h"
#include "coveragestore.h"
#include "findingstore.h"
#include "locationreader.h"
#include "repository.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>

namespace clearroom::package {

namespace {

// The lines first..last of a blob, without their newlines.
QVector<QByteArray> linesOf(const QByteArray &content, const review::LineIndex &index, int first,
                            int last)
{
    QByteArray text = index.lines(content, first, last);
    if (text.endsWith('\n'))
        text.chop(1);
    QVector<QByteArray> lines;
    for (const QByteArray &line : text.split('\n'))
        lines.append(line);
    return lines;
}

// Which withheld values of the audit log may leave: free text wherever code may leave
// (it can carry pasted code, flagged in the preview), context lines only where the
// policy allows at least as much context as the log keeps.
void collectPermittedDigests(const QJsonValue &value, const QString &key,
                             const EgressPolicy &policy, QSet<QByteArray> &digests)
{
    QByteArray digest;
    if (review::AuditLog::isWithheld(value, &digest)) {
        const bool context = key.startsWith(QLatin1String("context_"));
        const bool permitted = context
            ? policy.contextLines() >= review::FindingLocation::ContextLines
            : policy.allowsCode();
        if (permitted)
            digests.insert(digest);
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectPermittedDigests(it.value(), it.key(), policy, digests);
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectPermittedDigests(element, key, policy, digests);
    }
}

} // namespace

Result<CollectedReview> ReviewCollector::collect(review::Workspace &workspace,
                                                 const EgressPolicy &policy,
                                                 const std::atomic_bool *cancel)
{
    CollectedReview collected;
    collected.policy = policy;
    PackageContent &content = collected.content;
    content.review = workspace.review();
    content.toolVersion = BuildInfo::version();
    content.highlighting = BuildInfo::hasSyntaxHighlighting();

    auto findings = workspace.findings().all();
    if (!findings)
        return findings.error();
    auto comments = workspace.findings().allComments();
    if (!comments)
        return comments.error();
    QHash<QString, QVector<review::Comment>> commentsOf;
    for (const review::Comment &comment : std::as_const(*comments))
        commentsOf[comment.findingId].append(comment);

    auto repositories = workspace.repositories();
    if (!repositories)
        return repositories.error();
    PastedCodeScanner scanner;
    QHash<QString, std::shared_ptr<git::Repository>> opened;
    for (const review::ReviewRepository &reviewed : std::as_const(*repositories)) {
        auto repository = git::Repository::open(reviewed.path);
        if (!repository)
            return Error {tr("The repository '%1' of the review cannot be opened at '%2': %3")
                              .arg(reviewed.name, reviewed.path, repository.errorMessage())};
        auto shared = std::make_shared<git::Repository>(std::move(repository).value());
        opened.insert(reviewed.name, shared);
        const git::ObjectId commit = git::ObjectId::fromHex(reviewed.commit);
        auto tree = shared->resolveTree(reviewed.commit);
        if (!tree)
            return tree.error();
        auto ranges = workspace.coverage().ranges(reviewed.name, reviewed.commit);
        if (!ranges)
            return ranges.error();
        auto report = review::CoverageReport::compute(
            *shared, commit, *ranges, cancel,
            [&](const QByteArray &, const QByteArray &text) { scanner.addFile(text); });
        if (!report)
            return report.error();
        PackageRepository packaged;
        packaged.repository = reviewed;
        packaged.tree = tree->toHex();
        packaged.coverage = report->total();
        content.repositories.append(packaged);
        RepositoryCoverage coverage;
        coverage.repository = reviewed.name;
        coverage.commit = reviewed.commit;
        coverage.report = *report;
        coverage.ranges = *ranges;
        collected.coverage.append(coverage);
    }

    // Excerpts, as much as the policy allows, from the very blobs the findings name.
    const int context = policy.contextLines();
    for (const review::Finding &finding : std::as_const(*findings)) {
        if (cancel && cancel->load())
            return Error {tr("Making the package was cancelled.")};
        PackageFinding packaged;
        packaged.finding = finding;
        packaged.comments = commentsOf.value(finding.id);
        const auto repository = opened.value(finding.repository);
        for (const review::FindingLocation &location : finding.locations) {
            if (!policy.allowsCode() || !repository
                || location.state == review::AnchorState::Orphaned)
                continue;
            auto bytes = repository->blobContent(git::ObjectId::fromHex(location.blobId));
            if (!bytes)
                return bytes.error();
            const review::LineIndex index(*bytes);
            Excerpt excerpt;
            excerpt.path = location.path;
            excerpt.findingFirstLine = location.startLine;
            excerpt.findingLastLine = std::min(location.endLine, index.lineCount());
            excerpt.firstLine = std::max(1, location.startLine - context);
            const int last = std::min(index.lineCount(), location.endLine + context);
            excerpt.lines = linesOf(*bytes, index, excerpt.firstLine, last);
            packaged.excerpts.append(excerpt);
        }
        const auto flag = [&](const QString &field, const QString &commentId, const QString &text) {
            for (const PastedRun &run : scanner.scan(text))
                collected.flagged.append({finding.id, field, commentId, run});
        };
        flag(QStringLiteral("title"), {}, finding.title);
        flag(QStringLiteral("description"), {}, finding.description);
        flag(QStringLiteral("recommendation"), {}, finding.recommendation);
        for (const review::Comment &comment : std::as_const(packaged.comments))
            flag(QStringLiteral("comment"), comment.id, comment.body);
        content.findings.append(packaged);
    }
    std::sort(content.findings.begin(), content.findings.end(),
              [](const PackageFinding &a, const PackageFinding &b) {
                  if (a.finding.severity != b.finding.severity)
                      return a.finding.severity > b.finding.severity;
                  return a.finding.id < b.finding.id;
              });

    // The audit log as chained, and the plain values the policy lets leave.
    QSet<QByteArray> digests;
    auto walked
        = review::AuditLog::forEach(workspace.database(), [&](const review::AuditEntry &entry) {
              collected.auditLog += entry.line + '\n';
              collected.auditHead = entry.hash;
              ++collected.auditEntries;
              if (policy.allowsCode())
                  collectPermittedDigests(QJsonDocument::fromJson(entry.line).object(), QString(),
                                          policy, digests);
              return !(cancel && cancel->load());
          });
    if (!walked)
        return walked.error();
    if (collected.auditEntries == 0)
        collected.auditHead = review::AuditLog::genesisHash();
    QList<QByteArray> sorted = digests.values();
    std::sort(sorted.begin(), sorted.end());
    for (const QByteArray &digest : std::as_const(sorted)) {
        auto value = review::AuditLog::plainValue(workspace.database(), digest);
        if (!value)
            return value.error();
        if (!*value)
            continue;
        const QByteArray &bytes = **value;
        QJsonObject line {{QStringLiteral("sha256"), QString::fromLatin1(digest)}};
        const QString text = QString::fromUtf8(bytes);
        if (text.toUtf8() == bytes)
            line.insert(QStringLiteral("value"), text);
        else
            line.insert(QStringLiteral("value_base64"), QString::fromLatin1(bytes.toBase64()));
        collected.auditValues += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    return collected;
}

} // namespace clearroom::package
