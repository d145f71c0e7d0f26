// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "locationreader.h"

#include "auditlog.h"
#include "pathquote.h"
#include "repository.h"

#include <cstring>

namespace clearroom::review {

LineIndex::LineIndex(const QByteArray &content)
{
    m_starts.append(0);
    // memchr() itself: QByteArray::indexOf() around it cost more than the search on the
    // short lines of source code (an export indexes every line of the commit).
    const char *const data = content.constData();
    const char *const end = data + content.size();
    for (const char *at = data;
         (at = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)))); ++at)
        m_starts.append(at - data + 1);
    // A last line without a newline is a line too; an empty file has none.
    if (m_starts.constLast() != content.size())
        m_starts.append(content.size());
}

QByteArray LineIndex::lines(const QByteArray &content, int first, int last) const
{
    first = std::max(first, 1);
    last = std::min(last, lineCount());
    if (first > last)
        return {};
    return content.mid(m_starts.at(first - 1), m_starts.at(last) - m_starts.at(first - 1));
}

bool LineIndex::isBlank(const QByteArray &content, int line) const
{
    for (qsizetype i = m_starts.at(line - 1); i < m_starts.at(line); ++i) {
        const char c = content.at(i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

LocationReader::LocationReader(const git::Repository &repository)
    : m_repository(repository)
{
}

Result<LocationReader::File> LocationReader::file(const git::ObjectId &commit,
                                                  const QByteArray &path) const
{
    const QString shown = git::displayBytes(path);
    const QString shortCommit = QString::fromLatin1(commit.abbreviated(12));
    QByteArray normal = path;
    while (normal.startsWith('/'))
        normal.remove(0, 1);
    if (normal.isEmpty() || normal.endsWith('/'))
        return Error {tr("'%1' is not a file path.").arg(shown)};

    auto tree = m_repository.resolveTree(commit.toHex());
    if (!tree)
        return tree.error();
    git::ObjectId current = *tree;
    const QByteArrayList components = normal.split('/');
    for (int i = 0; i < components.size(); ++i) {
        auto entries = m_repository.treeEntries(current);
        if (!entries)
            return entries.error();
        const git::TreeEntry *found = nullptr;
        for (const git::TreeEntry &entry : *entries) {
            if (entry.name == components.at(i)) {
                found = &entry;
                break;
            }
        }
        const bool last = i == components.size() - 1;
        if (!found || (!last && !found->isTree())) {
            return Error {
                tr("'%1' is not a file in commit %2 of the repository.").arg(shown, shortCommit)};
        }
        if (!last) {
            current = found->id;
            continue;
        }
        if (found->isTree())
            return Error {tr("'%1' is a folder in commit %2, not a file.").arg(shown, shortCommit)};
        if (found->isSubmodule())
            return Error {
                tr("'%1' is a submodule in commit %2, not a file.").arg(shown, shortCommit)};
        if (found->isSymlink())
            return Error {tr("'%1' is a symbolic link in commit %2: record the finding on the "
                             "file it points to.")
                              .arg(shown, shortCommit)};
        auto content = m_repository.blobContent(found->id);
        if (!content)
            return content.error();
        if (git::looksBinary(*content))
            return Error {
                tr("'%1' is a binary file in commit %2: it has no lines.").arg(shown, shortCommit)};
        return File {normal, found->id, std::move(content).value()};
    }
    return Error {tr("'%1' is not a file path.").arg(shown)};
}

Result<FindingLocation> LocationReader::read(const git::ObjectId &commit, const QByteArray &path,
                                             int startLine, int endLine) const
{
    auto found = file(commit, path);
    if (!found)
        return found.error();
    return locate(*found, startLine, endLine);
}

Result<std::pair<int, int>> LocationReader::lineRange(const File &file,
                                                      std::optional<std::pair<int, int>> lines)
{
    const int count = LineIndex(file.content).lineCount();
    if (count == 0)
        return Error {tr("'%1' is empty: it has no lines.").arg(git::displayBytes(file.path))};
    const auto [startLine, endLine] = lines.value_or(std::pair {1, count});
    if (startLine < 1 || endLine < startLine || endLine > count) {
        return Error {tr("Lines %1-%2 are not within '%3', which has %n line(s).", nullptr, count)
                          .arg(startLine)
                          .arg(endLine)
                          .arg(git::displayBytes(file.path))};
    }
    return std::pair {startLine, endLine};
}

Result<FindingLocation> LocationReader::locate(const File &file, int startLine, int endLine)
{
    if (auto within = lineRange(file, std::pair {startLine, endLine}); !within)
        return within.error();
    const LineIndex index(file.content);
    FindingLocation location;
    location.path = file.path;
    location.blobId = file.blob.toHex();
    location.startLine = startLine;
    location.endLine = endLine;
    location.excerptDigest = AuditLog::sha256Hex(index.lines(file.content, startLine, endLine));
    location.contextBefore
        = index.lines(file.content, startLine - FindingLocation::ContextLines, startLine - 1);
    location.contextAfter
        = index.lines(file.content, endLine + 1, endLine + FindingLocation::ContextLines);
    return location;
}

Result<std::pair<int, int>> LocationReader::parseLines(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    bool ok1 = false;
    bool ok2 = false;
    const int first = parts.value(0).toInt(&ok1);
    const int last = parts.size() == 2 ? parts.value(1).toInt(&ok2) : first;
    if (parts.size() > 2 || !ok1 || (parts.size() == 2 && !ok2) || first < 1 || last < first) {
        return Error {tr("'%1' is not a range of lines: write A-B with 1 <= A <= B, or one "
                         "line number.")
                          .arg(text)};
    }
    return std::pair {first, last};
}

} // namespace clearroom::review
