// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "coveragereport.h"

#include "locationreader.h"
#include "orderedfilework.h"
#include "pathquote.h"
#include "repository.h"

#include <QThread>

#include <algorithm>
#include <optional>
#include <vector>

namespace clearroom::review {

void CoverageTotals::add(const FileCoverage &file)
{
    ++files;
    reviewedFiles += file.isReviewed() ? 1 : 0;
    partialFiles += file.isPartial() ? 1 : 0;
    lines += file.lines;
    reviewedLines += file.reviewedLines;
}

void CoverageTotals::remove(const FileCoverage &file)
{
    --files;
    reviewedFiles -= file.isReviewed() ? 1 : 0;
    partialFiles -= file.isPartial() ? 1 : 0;
    lines -= file.lines;
    reviewedLines -= file.reviewedLines;
}

void CoverageReport::addToTotals(const FileCoverage &file, bool add)
{
    const auto apply = [&](CoverageTotals &totals) {
        if (add)
            totals.add(file);
        else
            totals.remove(file);
    };
    apply(m_total);
    const QByteArray &path = file.path;
    // Every folder above the file, the top ("") included.
    for (qsizetype slash = path.lastIndexOf('/'); slash > 0;
         slash = path.lastIndexOf('/', slash - 1))
        apply(m_folders[path.left(slash)]);
    apply(m_folders[QByteArray()]);
}

const FileCoverage *CoverageReport::file(const QByteArray &path) const
{
    const auto it = std::lower_bound(
        m_files.cbegin(), m_files.cend(), path,
        [](const FileCoverage &file, const QByteArray &value) { return file.path < value; });
    return it != m_files.cend() && it->path == path ? &*it : nullptr;
}

void CoverageReport::updateFile(const QByteArray &path, const QByteArray &content,
                                const QVector<LineSpan> &reviewed)
{
    FileCoverage measured = measure(content, reviewed);
    measured.path = path;
    const auto it = std::lower_bound(
        m_files.begin(), m_files.end(), path,
        [](const FileCoverage &file, const QByteArray &value) { return file.path < value; });
    if (it == m_files.end() || it->path != path)
        return; // a file that does not count (binary, blank) stays out
    addToTotals(*it, false);
    *it = measured;
    addToTotals(*it, true);
}

FileCoverage CoverageReport::measure(const QByteArray &content, const QVector<LineSpan> &reviewed)
{
    return measure(content, LineIndex(content), reviewed);
}

FileCoverage CoverageReport::measure(const QByteArray &content, const LineIndex &index,
                                     const QVector<LineSpan> &reviewed)
{
    FileCoverage coverage;
    const QVector<LineSpan> spans = CoverageStore::merged(reviewed);
    int span = 0;
    for (int line = 1; line <= index.lineCount(); ++line) {
        if (index.isBlank(content, line))
            continue;
        ++coverage.lines;
        while (span < spans.size() && spans.at(span).end < line)
            ++span;
        if (span < spans.size() && spans.at(span).start <= line)
            ++coverage.reviewedLines;
    }
    return coverage;
}

Result<CoverageReport> CoverageReport::compute(const git::Repository &repository,
                                               const git::ObjectId &commit,
                                               const QVector<CoverageRange> &ranges,
                                               const std::atomic_bool *cancel,
                                               const TextVisitor &visitText)
{
    QHash<QByteArray, QVector<LineSpan>> reviewed;
    for (const CoverageRange &range : ranges)
        reviewed[range.path].append({range.startLine, range.endLine});

    auto root = repository.resolveTree(commit.toHex());
    if (!root)
        return root.error();
    // The files first (trees are few and quick to read), in git's path order.
    const auto listed = git::treeFiles(repository, *root);
    if (!listed)
        return listed.error();
    if (cancel && cancel->load())
        return Error {tr("Computing the coverage was cancelled.")};
    const std::vector<git::TreeFile> &files = *listed;

    // Their contents read and measured on worker threads (inflating and hashing the blobs
    // is most of the time), then seen in order here.
    struct Measured
    {
        std::optional<Error> error;
        QByteArray content;
        bool binary = false;
        std::optional<LineIndex> lines; // of a text file
        FileCoverage coverage;
    };
    std::vector<Measured> measured(files.size());
    git::OrderedFileWork::Settings settings;
    settings.threads = std::max(1, QThread::idealThreadCount());
    // Contents wait here until seen: a few dozen files at most. Delta bases: a few MiB
    // each (as grep: the default 48 MiB per worker doubled an export's peak memory for no
    // measurable gain).
    settings.aheadLimit = 64;
    settings.packCacheBudget = qint64(4) * 1024 * 1024;
    settings.hashEveryObject = !repository.objectsVerified();
    settings.cancel = cancel;
    git::OrderedFileWork work(
        repository.path(), files,
        [&](int, size_t index, const Result<std::string_view> &content) {
            Measured &file = measured[index];
            if (!content) {
                file.error = content.error();
                return;
            }
            file.content = QByteArray(content->data(), qsizetype(content->size()));
            file.binary = git::looksBinary(file.content);
            if (file.binary)
                return;
            file.lines.emplace(file.content);
            file.coverage = measure(file.content, *file.lines,
                                    std::as_const(reviewed).value(files[index].path));
        },
        settings);
    CoverageReport report;
    for (size_t index = 0; index < files.size(); ++index) {
        if (cancel && cancel->load())
            return Error {tr("Computing the coverage was cancelled.")};
        auto waited = work.waitFor(index);
        if (!waited)
            return waited.error();
        if (*waited != git::OrderedFileWork::Outcome::Done) {
            if (*waited == git::OrderedFileWork::Outcome::Cancelled)
                return Error {tr("Computing the coverage was cancelled.")};
            return Error {tr("Reading '%1' for the coverage ended before the file '%2' was "
                             "read.")
                              .arg(repository.path(), git::displayBytes(files[index].path))};
        }
        Measured file = std::move(measured[index]);
        if (file.error) {
            return Error {tr("The file '%1' cannot be read for the coverage: %2")
                              .arg(git::displayBytes(files[index].path), file.error->message)};
        }
        if (file.binary)
            continue;
        if (visitText)
            visitText(files[index].path, files[index].blob, file.content, *file.lines);
        if (file.coverage.lines == 0)
            continue;
        file.coverage.path = files[index].path;
        report.addToTotals(file.coverage, true);
        report.m_files.append(file.coverage);
    }
    return report; // its files in path order, as they were seen
}

} // namespace clearroom::review
