// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "coveragereport.h"

#include "locationreader.h"
#include "repository.h"

#include <algorithm>

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
    const LineIndex index(content);
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
    CoverageReport report;
    struct Pending
    {
        QByteArray prefix;
        git::ObjectId tree;
    };
    QVector<Pending> stack {{QByteArray(), *root}};
    while (!stack.isEmpty()) {
        if (cancel && cancel->load())
            return Error {tr("Computing the coverage was cancelled.")};
        const Pending folder = stack.takeLast();
        auto entries = repository.treeEntries(folder.tree);
        if (!entries)
            return entries.error();
        QVector<Pending> subfolders;
        for (const git::TreeEntry &entry : std::as_const(*entries)) {
            const QByteArray path = folder.prefix + entry.name;
            if (entry.isTree()) {
                subfolders.append({path + '/', entry.id});
                continue;
            }
            if (entry.isSubmodule() || entry.isSymlink())
                continue;
            auto content = repository.blobContent(entry.id);
            if (!content)
                return content.error();
            if (git::looksBinary(*content))
                continue;
            if (visitText)
                visitText(path, entry.id, *content);
            FileCoverage file = measure(*content, reviewed.value(path));
            if (file.lines == 0)
                continue;
            file.path = path;
            report.addToTotals(file, true);
            report.m_files.append(file);
        }
        for (auto it = subfolders.crbegin(); it != subfolders.crend(); ++it)
            stack.append(*it);
    }
    std::sort(report.m_files.begin(), report.m_files.end(),
              [](const FileCoverage &a, const FileCoverage &b) { return a.path < b.path; });
    return report;
}

} // namespace clearroom::review
