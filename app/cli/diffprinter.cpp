// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffprinter.h"

#include "abbreviation.h"
#include "linediff.h"
#include "pathquote.h"
#include "repository.h"
#include "treediff.h"

namespace clearroom::cli {

using git::DiffSide;
using git::FileChange;

namespace {

constexpr quint32 FileTypeBits = 0170000;

QByteArray octalMode(quint32 mode)
{
    return QByteArray::number(mode, 8).rightJustified(6, '0');
}

QByteArray quoted(const QByteArray &path)
{
    return git::quotePath(path);
}

bool isRename(const FileChange &change)
{
    return change.status == FileChange::Status::Renamed;
}

// A side that does not exist, at the other side's path (git names both sides of an added
// or deleted file by the one path it has).
DiffSide absentAt(const QByteArray &path)
{
    DiffSide side;
    side.path = path;
    return side;
}

// "@@ -a,b +c,d @@": a count of 1 is left out.
QByteArray hunkRange(qint64 start, qint64 count)
{
    QByteArray range = QByteArray::number(start);
    if (count != 1)
        range += ',' + QByteArray::number(count);
    return range;
}

// A label with a space gets a tab after it in "---" and "+++" lines (for GNU patch).
QByteArray fileLine(const char *marker, const QByteArray &label)
{
    return marker + label + (label.contains(' ') ? "\t\n" : "\n");
}

void appendHunks(QByteArray &out, const QVector<git::DiffHunk> &hunks)
{
    for (const git::DiffHunk &hunk : hunks) {
        out += "@@ -" + hunkRange(hunk.oldStart, hunk.oldCount) + " +"
            + hunkRange(hunk.newStart, hunk.newCount) + " @@";
        if (!hunk.function.isEmpty())
            out += ' ' + hunk.function;
        out += '\n';
        for (const git::DiffLine &line : hunk.lines) {
            out += char(line.kind);
            out += line.text;
            out += '\n';
            if (line.missingNewline)
                out += "\\ No newline at end of file\n";
        }
    }
}

} // namespace

// What a change compares; a file git treats as binary for its size alone is not read.
struct DiffPrinter::Contents
{
    QByteArray before;
    QByteArray after;
    qint64 beforeSize = 0;
    qint64 afterSize = 0;
    bool binary = false;
};

DiffPrinter::DiffPrinter(const git::TreeDiff &diff, git::Abbreviator &abbreviator,
                         const DiffFormat &format)
    : m_diff(diff)
    , m_abbreviator(abbreviator)
    , m_format(format)
{
}

Result<QByteArray> DiffPrinter::print()
{
    const QVector<FileChange> &changes = m_diff.changes();
    if (changes.isEmpty())
        return QByteArray();
    const char terminator = m_format.nulTerminated ? '\0' : '\n';

    // Names alone leave out every other format, as in git.
    if (m_format.nameOnly || m_format.nameStatus) {
        for (const FileChange &change : changes) {
            if (m_format.nameStatus)
                printNameStatus(change);
            else
                appendPath(change.newSide.path, terminator);
        }
        return m_out;
    }

    bool separate = false; // whether anything came before the patch
    if (m_format.raw) {
        for (const FileChange &change : changes) {
            if (auto printed = printRaw(change); !printed)
                return printed.error();
        }
        separate = true;
    }
    if (m_format.numstat || m_format.stat || m_format.shortstat) {
        auto entries = statEntries();
        if (!entries)
            return entries.error();
        if (m_format.numstat)
            printNumstat(*entries);
        if (m_format.stat)
            m_out += formatDiffStat(*entries, m_format.statWidths);
        if (m_format.shortstat)
            m_out += formatShortStat(*entries);
        separate = true;
    }
    if (m_format.summary) {
        for (const FileChange &change : changes)
            separate = printSummary(change) || separate;
    }
    if (m_format.patch) {
        if (separate)
            m_out += terminator;
        for (const FileChange &change : changes) {
            if (auto printed = printPatch(change); !printed)
                return printed.error();
        }
    }
    return m_out;
}

void DiffPrinter::appendPath(const QByteArray &path, char terminator)
{
    if (m_format.nulTerminated)
        m_out += path;
    else
        git::appendQuotedPath(m_out, path.constData(), path.size());
    m_out += terminator;
}

Result<QByteArray> DiffPrinter::abbreviated(const DiffSide &side)
{
    return m_abbreviator.abbreviate(side.exists() ? side.id : git::ObjectId());
}

Result<DiffPrinter::Contents> DiffPrinter::contents(const FileChange &change) const
{
    Contents contents;
    const auto failed = [](const DiffSide &side, const Error &error) {
        return Error {tr("repo diff: '%1' cannot be read: %2")
                          .arg(git::displayBytes(side.path), error.message)};
    };
    for (const auto &[side, size] : {std::pair {&change.oldSide, &contents.beforeSize},
                                     std::pair {&change.newSide, &contents.afterSize}}) {
        auto known = m_diff.size(*side);
        if (!known)
            return failed(*side, known.error());
        *size = *known;
    }
    // git calls a file beyond core.bigFileThreshold binary without reading it.
    if (git::beyondBigFileThreshold(contents.beforeSize)
        || git::beyondBigFileThreshold(contents.afterSize)) {
        contents.binary = true;
        return contents;
    }
    for (const auto &[side, bytes] : {std::pair {&change.oldSide, &contents.before},
                                      std::pair {&change.newSide, &contents.after}}) {
        auto read = m_diff.content(*side);
        if (!read)
            return failed(*side, read.error());
        *bytes = std::move(*read);
    }
    contents.binary = git::looksBinary(contents.before) || git::looksBinary(contents.after);
    return contents;
}

Result<void> DiffPrinter::printRaw(const FileChange &change)
{
    auto before = abbreviated(change.oldSide);
    if (!before)
        return before.error();
    auto after = abbreviated(change.newSide);
    if (!after)
        return after.error();
    m_out += ':' + octalMode(change.oldSide.mode) + ' ' + octalMode(change.newSide.mode) + ' '
        + *before + ' ' + *after + ' ';
    printNameStatus(change);
    return {};
}

void DiffPrinter::printNameStatus(const FileChange &change)
{
    const char between = m_format.nulTerminated ? '\0' : '\t';
    const char terminator = m_format.nulTerminated ? '\0' : '\n';
    m_out += char(change.status);
    if (isRename(change)) {
        m_out += QByteArray::number(change.similarityPercent()).rightJustified(3, '0');
        m_out += between;
        appendPath(change.oldSide.path, between);
        appendPath(change.newSide.path, terminator);
        return;
    }
    m_out += between;
    appendPath(change.newSide.path, terminator);
}

Result<QVector<DiffStatEntry>> DiffPrinter::statEntries() const
{
    QVector<DiffStatEntry> entries;
    for (const FileChange &change : m_diff.changes()) {
        DiffStatEntry entry;
        entry.name = isRename(change) ? renameDisplayName(change.oldSide.path, change.newSide.path)
                                      : quoted(change.newSide.path);
        auto read = contents(change);
        if (!read)
            return read.error();
        const bool sameContent = change.oldSide.exists() && change.newSide.exists()
            && change.oldSide.id == change.newSide.id;
        entry.binary = read->binary;
        if (sameContent) {
            // Nothing to count (a rename or a change of mode only).
        } else if (entry.binary) {
            entry.added = read->afterSize;
            entry.deleted = read->beforeSize;
        } else {
            auto counts = git::LineDiff::count(read->before, read->after);
            if (!counts)
                return counts.error();
            entry.added = counts->added;
            entry.deleted = counts->deleted;
        }
        entries.append(std::move(entry));
    }
    return entries;
}

void DiffPrinter::printNumstat(const QVector<DiffStatEntry> &entries)
{
    const QVector<FileChange> &changes = m_diff.changes();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const DiffStatEntry &entry = entries.at(i);
        const FileChange &change = changes.at(i);
        if (entry.binary)
            m_out += "-\t-\t";
        else
            m_out += QByteArray::number(entry.added) + '\t' + QByteArray::number(entry.deleted)
                + '\t';
        if (!isRename(change)) {
            appendPath(change.newSide.path, m_format.nulTerminated ? '\0' : '\n');
        } else if (m_format.nulTerminated) {
            m_out += '\0' + change.oldSide.path + '\0' + change.newSide.path + '\0';
        } else {
            m_out += entry.name + '\n';
        }
    }
}

bool DiffPrinter::printSummary(const FileChange &change)
{
    const DiffSide &before = change.oldSide;
    const DiffSide &after = change.newSide;
    const QByteArray modeChange
        = " mode change " + octalMode(before.mode) + " => " + octalMode(after.mode);
    const bool modeChanged = before.exists() && after.exists() && before.mode != after.mode;
    switch (change.status) {
    case FileChange::Status::Deleted:
        m_out += " delete mode " + octalMode(before.mode) + ' ' + quoted(before.path) + '\n';
        return true;
    case FileChange::Status::Added:
        m_out += " create mode " + octalMode(after.mode) + ' ' + quoted(after.path) + '\n';
        return true;
    case FileChange::Status::Renamed:
        m_out += " rename " + renameDisplayName(before.path, after.path) + " ("
            + QByteArray::number(change.similarityPercent()) + "%)\n";
        if (modeChanged)
            m_out += modeChange + '\n';
        return true;
    case FileChange::Status::Modified:
    case FileChange::Status::TypeChanged:
        if (!modeChanged)
            return false;
        m_out += modeChange + ' ' + quoted(after.path) + '\n';
        return true;
    }
    return false;
}

Result<void> DiffPrinter::printPatch(const FileChange &change)
{
    const DiffSide &before = change.oldSide;
    const DiffSide &after = change.newSide;
    // A file that became a symbolic link (or the like) shows as a deletion and a creation.
    if (before.exists() && after.exists()
        && (before.mode & FileTypeBits) != (after.mode & FileTypeBits)) {
        if (auto removed = printFilePatch(change, before, absentAt(before.path)); !removed)
            return removed;
        return printFilePatch(change, absentAt(after.path), after);
    }
    return printFilePatch(change, before, after);
}

Result<void> DiffPrinter::printFilePatch(const FileChange &change, const DiffSide &before,
                                         const DiffSide &after)
{
    const QByteArray oldName = quoted("a/" + before.path);
    const QByteArray newName = quoted("b/" + after.path);
    const QByteArray oldLabel = before.exists() ? oldName : QByteArray("/dev/null");
    const QByteArray newLabel = after.exists() ? newName : QByteArray("/dev/null");

    QByteArray meta;
    if (isRename(change)) {
        meta += "similarity index " + QByteArray::number(change.similarityPercent()) + "%\n";
        meta += "rename from " + quoted(before.path) + '\n';
        meta += "rename to " + quoted(after.path) + '\n';
    }
    if (!before.exists() || !after.exists() || before.id != after.id) {
        auto from = abbreviated(before);
        if (!from)
            return from.error();
        auto to = abbreviated(after);
        if (!to)
            return to.error();
        meta += "index " + *from + ".." + *to;
        if (before.mode == after.mode)
            meta += ' ' + octalMode(before.mode);
        meta += '\n';
    }

    QByteArray header = "diff --git " + oldName + ' ' + newName + '\n';
    // Shown even without a line of difference: renames, new and deleted files, new modes.
    bool showHeader = isRename(change);
    if (!before.exists()) {
        header += "new file mode " + octalMode(after.mode) + '\n';
        showHeader = true;
    } else if (!after.exists()) {
        header += "deleted file mode " + octalMode(before.mode) + '\n';
        showHeader = true;
    } else if (before.mode != after.mode) {
        header
            += "old mode " + octalMode(before.mode) + "\nnew mode " + octalMode(after.mode) + '\n';
        showHeader = true;
    }
    header += meta;

    FileChange pair = change;
    pair.oldSide = before;
    pair.newSide = after;
    auto read = contents(pair);
    if (!read)
        return read.error();
    if (read->binary) {
        // Binary content is the same exactly where the ids are.
        if (before.exists() && after.exists() && before.id == after.id) {
            if (showHeader)
                m_out += header;
        } else {
            m_out += header + "Binary files " + oldLabel + " and " + newLabel + " differ\n";
        }
        return {};
    }
    auto hunks = git::LineDiff::hunks(read->before, read->after, m_format.contextLines);
    if (!hunks)
        return hunks.error();
    if (hunks->isEmpty()) {
        if (showHeader)
            m_out += header;
        return {};
    }
    m_out += header + fileLine("--- ", oldLabel) + fileLine("+++ ", newLabel);
    appendHunks(m_out, *hunks);
    return {};
}

} // namespace clearroom::cli
