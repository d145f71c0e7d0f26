// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reviewcollector.h"

#include "auditlog.h"
#include "buildinfo.h"
#include "concurrency.h"
#include "coveragestore.h"
#include "exportstore.h"
#include "findingstore.h"
#include "jsonline.h"
#include "locationreader.h"
#include "repository.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <functional>
#include <future>
#include <string_view>

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
// policy allows at least as much context as the log keeps. A withheld value is an object
// of the one member {"sha256": digest}; it stands for the value of the key above it.
// Whether an object's key names context lines ("context_before", ...): read in place where
// it has no escapes (every key Clearroom writes), not copied for each of the log's keys.
bool isContextKey(const review::JsonLine::Value &key)
{
    constexpr std::string_view prefix = "context_";
    const std::string_view quoted = key.text();
    if (quoted.find('\\') == std::string_view::npos)
        return quoted.substr(1, prefix.size()) == prefix;
    return key.string().startsWith(prefix.data());
}

// `context`: whether the value is that of a key of context lines.
void collectPermittedDigests(const review::JsonLine::Value &value, bool context,
                             const EgressPolicy &policy, QSet<QByteArray> &digests)
{
    if (value.isObject()) {
        const review::JsonLine::Value only = value.first();
        if (value.count() == 1 && only.isString("sha256") && only.next().isString()) {
            const bool permitted = context
                ? policy.contextLines() >= review::FindingLocation::ContextLines
                : policy.allowsCode();
            if (permitted)
                digests.insert(only.next().string());
            return;
        }
        for (auto name = value.first(); name.isValid(); name = name.next().next())
            collectPermittedDigests(name.next(), isContextKey(name), policy, digests);
    } else if (value.isArray()) {
        for (auto element = value.first(); element.isValid(); element = element.next())
            collectPermittedDigests(element, context, policy, digests);
    }
}

// The audit log as chained, and the plain values the policy lets leave.
struct AuditPart
{
    QByteArray log;
    QByteArray values;
    QByteArray head;
    qint64 entries = 0;
};

Result<AuditPart> collectAuditLog(review::Database &database, const EgressPolicy &policy,
                                  const std::atomic_bool *cancel)
{
    AuditPart part;
    QSet<QByteArray> digests;
    review::JsonLine parsed;
    auto walked = review::AuditLog::forEach(database, [&](const review::AuditEntry &entry) {
        part.log += entry.line + '\n';
        part.head = entry.hash;
        ++part.entries;
        if (policy.allowsCode()
            && parsed.parse(std::string_view(entry.line.constData(), size_t(entry.line.size()))))
            collectPermittedDigests(parsed.root(), false, policy, digests);
        return !(cancel && cancel->load());
    });
    if (!walked)
        return walked.error();
    if (part.entries == 0)
        part.head = review::AuditLog::genesisHash();
    QList<QByteArray> sorted = digests.values();
    std::sort(sorted.begin(), sorted.end());
    // Each line as QJsonDocument would write {"sha256": ..., "value": ...} compactly.
    auto values = review::AuditLog::plainValues(
        database, sorted, [&](const QByteArray &digest, const std::optional<QByteArray> &value) {
            if (!value)
                return;
            QByteArray &out = part.values;
            out += "{\"sha256\":";
            review::JsonLine::appendString(
                out, std::string_view(digest.constData(), size_t(digest.size())));
            if (QString::fromUtf8(*value).toUtf8() == *value) {
                out += ",\"value\":";
                review::JsonLine::appendString(
                    out, std::string_view(value->constData(), size_t(value->size())));
            } else {
                out += ",\"value_base64\":\"" + value->toBase64() + '"';
            }
            out += "}\n";
        });
    if (!values)
        return values.error();
    return part;
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

    auto lastExport = workspace.exports().last();
    if (!lastExport)
        return lastExport.error();
    if (*lastExport)
        collected.previousPackageId = (*lastExport)->packageId;

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
    QHash<QString, std::shared_ptr<git::Repository>> opened;
    for (const review::ReviewRepository &reviewed : std::as_const(*repositories)) {
        auto repository = git::Repository::open(reviewed.path);
        if (!repository)
            return Error {tr("The repository '%1' of the review cannot be opened at '%2': %3")
                              .arg(reviewed.name, reviewed.path, repository.errorMessage())};
        opened.insert(reviewed.name,
                      std::make_shared<git::Repository>(std::move(repository).value()));
    }

    // Excerpts, as much as the policy allows, from the very blobs the findings name. Most
    // are files of the reviewed commits, cut while the coverage reads them; the others
    // are read afterwards, each blob once for all its locations (a blob deep in a delta
    // chain is costly to read, and a file with many findings is common).
    struct ExcerptSource
    {
        const git::Repository *repository;
        QByteArray blobId;
        int finding; ///< in content.findings
        int excerpt; ///< in its excerpts
        const review::FindingLocation *location;
        bool cut = false;
    };
    QVector<ExcerptSource> sources;
    content.findings.reserve(findings->size());
    for (const review::Finding &finding : std::as_const(*findings)) {
        PackageFinding packaged;
        packaged.finding = finding;
        packaged.comments = commentsOf.value(finding.id);
        const auto repository = opened.value(finding.repository);
        for (const review::FindingLocation &location : finding.locations) {
            if (!policy.allowsCode() || !repository
                || location.state == review::AnchorState::Orphaned)
                continue;
            sources.append({repository.get(), location.blobId, int(content.findings.size()),
                            int(packaged.excerpts.size()), &location});
            packaged.excerpts.append(Excerpt());
        }
        content.findings.append(packaged);
    }
    const int context = policy.contextLines();
    const auto cut
        = [&](ExcerptSource &source, const QByteArray &bytes, const review::LineIndex &index) {
              const review::FindingLocation &location = *source.location;
              Excerpt &excerpt = content.findings[source.finding].excerpts[source.excerpt];
              excerpt.path = location.path;
              excerpt.findingFirstLine = location.startLine;
              excerpt.findingLastLine = std::min(location.endLine, index.lineCount());
              excerpt.firstLine = std::max(1, location.startLine - context);
              const int last = std::min(index.lineCount(), location.endLine + context);
              excerpt.lines = linesOf(bytes, index, excerpt.firstLine, last);
              source.cut = true;
          };

    // Every range of reviewed lines now: from here on the workspace's database is the
    // audit log's, read on a thread of its own while the repositories are (a connection is
    // used by one thread at a time).
    QHash<QString, QVector<review::CoverageRange>> rangesOf;
    for (const review::ReviewRepository &reviewed : std::as_const(*repositories)) {
        auto ranges = workspace.coverage().ranges(reviewed.name, reviewed.commit);
        if (!ranges)
            return ranges.error();
        rangesOf.insert(reviewed.name, *ranges);
    }
    auto auditPart
        = startAsync([&] { return collectAuditLog(workspace.database(), policy, cancel); });

    PastedCodeScanner scanner;
    for (const review::ReviewRepository &reviewed : std::as_const(*repositories)) {
        const git::Repository &repository = *opened.value(reviewed.name);
        QHash<QByteArray, QVector<int>> sourcesOf; // by blob id
        for (int i = 0; i < sources.size(); ++i) {
            if (sources.at(i).repository == &repository)
                sourcesOf[sources.at(i).blobId].append(i);
        }
        const git::ObjectId commit = git::ObjectId::fromHex(reviewed.commit);
        auto tree = repository.resolveTree(reviewed.commit);
        if (!tree)
            return tree.error();
        const QVector<review::CoverageRange> &ranges = rangesOf[reviewed.name];
        auto report = review::CoverageReport::compute(
            repository, commit, ranges, cancel,
            [&](const QByteArray &, const git::ObjectId &blob, const QByteArray &text,
                const review::LineIndex &index) {
                scanner.addFile(text);
                const auto here = sourcesOf.constFind(blob.toHex());
                if (here == sourcesOf.cend())
                    return;
                for (const int i : *here)
                    cut(sources[i], text, index);
            });
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
        coverage.ranges = ranges;
        collected.coverage.append(coverage);
    }

    QVector<ExcerptSource *> rest;
    for (ExcerptSource &source : sources) {
        if (!source.cut)
            rest.append(&source);
    }
    std::sort(rest.begin(), rest.end(), [](const ExcerptSource *a, const ExcerptSource *b) {
        return a->blobId != b->blobId ? a->blobId < b->blobId
                                      : std::less<>()(a->repository, b->repository);
    });
    for (int at = 0; at < rest.size();) {
        if (cancel && cancel->load())
            return Error {tr("Making the package was cancelled.")};
        const ExcerptSource &first = *rest.at(at);
        auto bytes = first.repository->blobContent(git::ObjectId::fromHex(first.blobId));
        if (!bytes)
            return bytes.error();
        const review::LineIndex index(*bytes);
        for (; at < rest.size() && rest.at(at)->repository == first.repository
             && rest.at(at)->blobId == first.blobId;
             ++at)
            cut(*rest.at(at), *bytes, index);
    }

    // Free text that carries the reviewed code.
    for (const PackageFinding &packaged : std::as_const(content.findings)) {
        if (cancel && cancel->load())
            return Error {tr("Making the package was cancelled.")};
        const review::Finding &finding = packaged.finding;
        const auto flag = [&](const QString &field, const QString &commentId, const QString &text) {
            for (const PastedRun &run : scanner.scan(text))
                collected.flagged.append({finding.id, field, commentId, run});
        };
        flag(QStringLiteral("title"), {}, finding.title);
        flag(QStringLiteral("description"), {}, finding.description);
        flag(QStringLiteral("recommendation"), {}, finding.recommendation);
        for (const review::Comment &comment : packaged.comments)
            flag(QStringLiteral("comment"), comment.id, comment.body);
    }
    std::sort(content.findings.begin(), content.findings.end(),
              [](const PackageFinding &a, const PackageFinding &b) {
                  if (a.finding.severity != b.finding.severity)
                      return a.finding.severity > b.finding.severity;
                  return a.finding.id < b.finding.id;
              });

    auto audit = auditPart.get();
    if (!audit)
        return audit.error();
    collected.auditLog = std::move(audit->log);
    collected.auditValues = std::move(audit->values);
    collected.auditHead = std::move(audit->head);
    collected.auditEntries = audit->entries;
    return collected;
}

} // namespace clearroom::package
