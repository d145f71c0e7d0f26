// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageentries.h"

#include "auditstate.h"
#include "indentedjsonwriter.h"

#include <QJsonDocument>

#include <algorithm>

namespace clearroom::package::packageentries {

namespace {

// Keys below are written in byte order, as QJsonObject sorts them: the bytes must stay
// those of the QJsonDocument this replaces (tests/package/tst_packageentries compares).

void writeTime(IndentedJsonWriter &json, const QDateTime &time)
{
    json.string(review::timeToText(time));
}

// A path as auditstate::pathValue(): a string when it is UTF-8, else {"bytes": hex}.
// A line of code: a string when it is UTF-8, else {"base64": ...}.
void writeLine(IndentedJsonWriter &json, const QByteArray &line)
{
    if (QString::fromUtf8(line).toUtf8() == line) {
        json.utf8(line);
        return;
    }
    json.beginObject();
    json.key("base64");
    json.latin1(line.toBase64());
    json.endObject();
}

// As review::findingjson::location().
void writeLocation(IndentedJsonWriter &json, const review::FindingLocation &location)
{
    const bool columns = location.startColumn > 0;
    json.beginObject();
    json.key("blob");
    json.latin1(location.blobId);
    if (columns) {
        json.key("end_column");
        json.number(location.endColumn);
    }
    json.key("end_line");
    json.number(location.endLine);
    json.key("excerpt_sha256");
    json.latin1(location.excerptDigest);
    json.key("path");
    writePath(json, location.path);
    if (columns) {
        json.key("start_column");
        json.number(location.startColumn);
    }
    json.key("start_line");
    json.number(location.startLine);
    json.key("state");
    json.string(review::FindingNames::anchorKey(location.state));
    json.endObject();
}

// As review::findingjson::comment().
void writeComment(IndentedJsonWriter &json, const review::Comment &comment)
{
    json.beginObject();
    json.key("author");
    json.string(comment.author);
    json.key("body");
    json.string(comment.body);
    json.key("created");
    writeTime(json, comment.created);
    json.key("finding");
    json.string(comment.findingId);
    json.key("id");
    json.string(comment.id);
    json.endObject();
}

void writeExcerpt(IndentedJsonWriter &json, const Excerpt &excerpt)
{
    json.beginObject();
    json.key("finding_first_line");
    json.number(excerpt.findingFirstLine);
    json.key("finding_last_line");
    json.number(excerpt.findingLastLine);
    json.key("first_line");
    json.number(excerpt.firstLine);
    json.key("lines");
    json.beginArray();
    for (const QByteArray &line : excerpt.lines)
        writeLine(json, line);
    json.endArray();
    json.key("path");
    writePath(json, excerpt.path);
    json.endObject();
}

// As review::findingjson::finding(), with the package's comments and excerpts; and, in a
// consolidated package, the decision it stands for, in its place by key order.
void writeFinding(IndentedJsonWriter &json, const PackageFinding &packaged,
                  const QJsonObject *consolidation = nullptr)
{
    const review::Finding &finding = packaged.finding;
    json.beginObject();
    json.key("anchor_state");
    json.string(review::FindingNames::anchorKey(finding.anchorState));
    json.key("author");
    json.string(finding.author);
    json.key("author_fingerprint");
    json.string(finding.authorFingerprint);
    json.key("comments");
    json.beginArray();
    for (const review::Comment &comment : packaged.comments)
        writeComment(json, comment);
    json.endArray();
    json.key("commit");
    json.latin1(finding.commit);
    if (consolidation) {
        json.key("consolidation");
        json.object(*consolidation);
    }
    json.key("created");
    writeTime(json, finding.created);
    json.key("cwe");
    if (finding.cwe > 0)
        json.number(finding.cwe);
    else
        json.null();
    json.key("description");
    json.string(finding.description);
    json.key("excerpts");
    json.beginArray();
    for (const Excerpt &excerpt : packaged.excerpts)
        writeExcerpt(json, excerpt);
    json.endArray();
    json.key("id");
    json.string(finding.id);
    json.key("locations");
    json.beginArray();
    for (const review::FindingLocation &location : finding.locations)
        writeLocation(json, location);
    json.endArray();
    json.key("recommendation");
    json.string(finding.recommendation);
    json.key("repository");
    json.string(finding.repository);
    json.key("severity");
    json.string(review::FindingNames::severityKey(finding.severity));
    json.key("status");
    json.string(review::FindingNames::statusKey(finding.status));
    json.key("title");
    json.string(finding.title);
    json.key("updated");
    writeTime(json, finding.updated);
    json.endObject();
}

void writeTotals(IndentedJsonWriter &json, const review::CoverageTotals &totals)
{
    json.beginObject();
    json.key("files");
    json.number(totals.files);
    json.key("lines");
    json.number(totals.lines);
    json.key("partial_files");
    json.number(totals.partialFiles);
    json.key("reviewed_files");
    json.number(totals.reviewedFiles);
    json.key("reviewed_lines");
    json.number(totals.reviewedLines);
    json.endObject();
}

void writeRange(IndentedJsonWriter &json, const review::CoverageRange &range)
{
    json.beginObject();
    json.key("end_line");
    json.number(range.endLine);
    json.key("marked");
    writeTime(json, range.marked);
    json.key("reviewer");
    json.string(range.reviewer);
    json.key("start_line");
    json.number(range.startLine);
    json.endObject();
}

void writeRepositoryCoverage(IndentedJsonWriter &json, const RepositoryCoverage &coverage)
{
    // Each file's ranges in the order they were given: sorted by path, stably.
    QVector<const review::CoverageRange *> ranges;
    ranges.reserve(coverage.ranges.size());
    for (const review::CoverageRange &range : coverage.ranges)
        ranges.append(&range);
    std::stable_sort(ranges.begin(), ranges.end(),
                     [](const review::CoverageRange *a, const review::CoverageRange *b) {
                         return a->path < b->path;
                     });

    json.beginObject();
    json.key("commit");
    json.latin1(coverage.commit);
    json.key("files");
    json.beginArray();
    for (const review::FileCoverage &file : coverage.report.files()) {
        json.beginObject();
        json.key("lines");
        json.number(file.lines);
        json.key("path");
        writePath(json, file.path);
        json.key("ranges");
        json.beginArray();
        auto range = std::lower_bound(
            ranges.cbegin(), ranges.cend(), file.path,
            [](const review::CoverageRange *a, const QByteArray &path) { return a->path < path; });
        for (; range != ranges.cend() && (*range)->path == file.path; ++range)
            writeRange(json, **range);
        json.endArray();
        json.key("reviewed_lines");
        json.number(file.reviewedLines);
        json.endObject();
    }
    json.endArray();
    json.key("name");
    json.string(coverage.repository);
    json.key("total");
    writeTotals(json, coverage.report.total());
    json.endObject();
}

} // namespace

void writeReview(IndentedJsonWriter &json, const review::ReviewInfo &info)
{
    json.beginObject();
    json.key("created");
    writeTime(json, info.created);
    json.key("id");
    json.string(info.id);
    json.key("name");
    json.string(info.name);
    json.key("reviewer");
    json.string(info.reviewerName);
    json.endObject();
}

void writePath(IndentedJsonWriter &json, const QByteArray &path)
{
    if (review::auditstate::isUtf8Path(path)) {
        json.utf8(path);
        return;
    }
    json.beginObject();
    json.key("bytes");
    json.latin1(path.toHex());
    json.endObject();
}

QJsonObject findingObject(const PackageFinding &packaged)
{
    // Written and read back rather than built a second way: one definition of a finding's
    // JSON (a consolidated package's findings.json adds each decision to this object).
    QByteArray out;
    IndentedJsonWriter json(out);
    writeFinding(json, packaged);
    return QJsonDocument::fromJson(out).object();
}

QByteArray renderedFinding(const PackageFinding &packaged, const QJsonObject *consolidation)
{
    QByteArray out;
    IndentedJsonWriter json(out);
    writeFinding(json, packaged, consolidation); // a whole document: it ends with a newline
    return out;
}

QByteArray findingsJson(const PackageContent &content)
{
    QByteArray json;
    const Result<void> written
        = writeFindingsJson(content, [&json](const QByteArray &piece) -> Result<void> {
              json += piece;
              return {};
          });
    Q_ASSERT(written.ok()); // the piece collector above never fails
    return json;
}

Result<void> writeFindingsJson(const PackageContent &content, const Sink &sink)
{
    // The writer only appends: what it wrote so far goes to the sink every few findings.
    constexpr int findingsPerPiece = 64;
    QByteArray out;
    IndentedJsonWriter json(out);
    json.beginObject();
    json.key("findings");
    json.beginArray();
    int pending = 0;
    for (const PackageFinding &packaged : content.findings) {
        writeFinding(json, packaged);
        if (++pending == findingsPerPiece) {
            if (auto written = sink(out); !written)
                return written;
            out.clear();
            pending = 0;
        }
    }
    json.endArray();
    json.key("repositories");
    json.beginArray();
    for (const PackageRepository &repository : content.repositories) {
        json.beginObject();
        json.key("commit");
        json.latin1(repository.repository.commit);
        json.key("name");
        json.string(repository.repository.name);
        json.key("tree");
        json.latin1(repository.tree);
        json.endObject();
    }
    json.endArray();
    json.key("review");
    writeReview(json, content.review);
    json.key("type");
    json.utf8(std::string_view("clearroom-findings"));
    json.key("version");
    json.number(1);
    json.endObject();
    return sink(out);
}

QByteArray coverageJson(const CollectedReview &collected)
{
    QByteArray out;
    IndentedJsonWriter json(out);
    json.beginObject();
    json.key("repositories");
    json.beginArray();
    for (const RepositoryCoverage &coverage : collected.coverage)
        writeRepositoryCoverage(json, coverage);
    json.endArray();
    json.key("review");
    writeReview(json, collected.content.review);
    json.key("type");
    json.utf8(std::string_view("clearroom-coverage"));
    json.key("version");
    json.number(1);
    json.endObject();
    return out;
}

} // namespace clearroom::package::packageentries
