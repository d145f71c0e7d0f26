// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffprinter.h"

#include "abbreviation.h"
#include "linediff.h"
#include "overlappedwork.h"
#include "patchtext.h"
#include "pathquote.h"
#include "repository.h"
#include "treediff.h"

#include <vector>

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

} // namespace

// What a change compares; a file git treats as binary for its size alone is not read. A
// blob read for a line diff is checked against its id by the hash libgit2 computes for the
// diff anyway (see confirm()), not hashed a second time.
struct DiffPrinter::Contents
{
    DiffSide beforeSide;
    DiffSide afterSide;
    QByteArray before;
    QByteArray after;
    qint64 beforeSize = 0;
    qint64 afterSize = 0;
    bool binary = false;
    bool beforeChecked = true;
    bool afterChecked = true;
};

// One file's patch: what was read from the repository for it, from which its text follows.
struct DiffPrinter::FilePatch
{
    QByteArray header;
    QByteArray oldLabel;
    QByteArray newLabel;
    bool showHeader = false; ///< even without a line of difference
    bool sameContent = false;
    Contents contents;
    int contextLines = 3;

    Result<QByteArray> text(git::TextIds *ids) const;
};

// What the second thread made of a file, with what it read, to be confirmed.
template<typename Made>
struct DiffPrinter::Finished
{
    Made made;
    Contents contents;
    git::TextIds ids;
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
        if (auto printed = printPatches(); !printed)
            return printed.error();
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

Result<DiffPrinter::Contents> DiffPrinter::contents(const DiffSide &before,
                                                    const DiffSide &after) const
{
    // git calls a file beyond core.bigFileThreshold binary without reading it.
    Contents contents;
    contents.beforeSide = before;
    contents.afterSide = after;
    bool big = false;
    for (const auto &[side, bytes, size, checked] :
         {std::tuple {&before, &contents.before, &contents.beforeSize, &contents.beforeChecked},
          std::tuple {&after, &contents.after, &contents.afterSize, &contents.afterChecked}}) {
        auto read = m_diff.contentUpTo(*side, git::BigFileThreshold, size, checked);
        if (!read) {
            return Error {tr("repo diff: '%1' cannot be read: %2")
                              .arg(git::displayBytes(side->path), read.errorMessage())};
        }
        if (*read)
            *bytes = std::move(**read);
        else
            big = true;
    }
    if (big) {
        // What was read of the other side is checked now; it is not diffed.
        if (auto checked = confirm(contents, nullptr); !checked)
            return checked.error();
        contents.before.clear();
        contents.after.clear();
        contents.binary = true;
        return contents;
    }
    contents.binary = git::looksBinary(contents.before) || git::looksBinary(contents.after);
    return contents;
}

Result<void> DiffPrinter::confirm(Contents &contents, const git::TextIds *ids) const
{
    const bool computed = ids && ids->known;
    for (const auto &[side, bytes, checked, id] :
         {std::tuple {&contents.beforeSide, &contents.before, &contents.beforeChecked,
                      computed ? &ids->before : nullptr},
          std::tuple {&contents.afterSide, &contents.after, &contents.afterChecked,
                      computed ? &ids->after : nullptr}}) {
        if (*checked)
            continue;
        if (auto confirmed = m_diff.confirm(*side, *bytes, id); !confirmed) {
            return Error {tr("repo diff: '%1' cannot be read: %2")
                              .arg(git::displayBytes(side->path), confirmed.errorMessage())};
        }
        *checked = true;
    }
    return {};
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
    const QVector<FileChange> &changes = m_diff.changes();
    QVector<DiffStatEntry> entries(changes.size());
    using Counting = std::pair<DiffStatEntry, Contents>;
    const auto prepare = [&](qsizetype i) -> Result<Counting> {
        const FileChange &change = changes.at(i);
        DiffStatEntry entry;
        entry.name = isRename(change) ? renameDisplayName(change.oldSide.path, change.newSide.path)
                                      : quoted(change.newSide.path);
        const bool sameContent = change.oldSide.exists() && change.newSide.exists()
            && change.oldSide.id == change.newSide.id;
        auto read = contents(change.oldSide, change.newSide);
        if (!read)
            return read.error();
        entry.binary = read->binary;
        // Nothing to count for a rename or a change of mode only; sizes for a binary file.
        if (entry.binary && !sameContent) {
            entry.added = read->afterSize;
            entry.deleted = read->beforeSize;
        }
        if (entry.binary || sameContent) {
            if (auto checked = confirm(*read, nullptr); !checked)
                return checked.error();
            return Counting {std::move(entry), Contents()};
        }
        return Counting {std::move(entry), std::move(*read)};
    };
    const auto count = [](Counting &counting) -> Result<Finished<DiffStatEntry>> {
        Finished<DiffStatEntry> finished {
            std::move(counting.first), std::move(counting.second), {}};
        const Contents &read = finished.contents;
        if (read.before.isEmpty() && read.after.isEmpty())
            return finished;
        auto counts = git::LineDiff::count(read.before, read.after, &finished.ids);
        if (!counts)
            return counts.error();
        finished.made.added = counts->added;
        finished.made.deleted = counts->deleted;
        return finished;
    };
    Result<void> checked;
    auto counted = overlapped(changes.size(), prepare, count,
                              [&](qsizetype i, Finished<DiffStatEntry> &&finished) {
                                  if (checked)
                                      checked = confirm(finished.contents, &finished.ids);
                                  entries[i] = std::move(finished.made);
                              });
    if (!counted)
        return counted.error();
    if (!checked)
        return checked.error();
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

Result<void> DiffPrinter::printPatches()
{
    // A file that became a symbolic link (or the like) shows as a deletion and a creation.
    struct File
    {
        const FileChange *change;
        DiffSide before;
        DiffSide after;
    };
    std::vector<File> files;
    for (const FileChange &change : m_diff.changes()) {
        const DiffSide &before = change.oldSide;
        const DiffSide &after = change.newSide;
        if (before.exists() && after.exists()
            && (before.mode & FileTypeBits) != (after.mode & FileTypeBits)) {
            files.push_back({&change, before, absentAt(before.path)});
            files.push_back({&change, absentAt(after.path), after});
        } else {
            files.push_back({&change, before, after});
        }
    }
    Result<void> checked;
    auto printed = overlapped(
        qsizetype(files.size()),
        [&](qsizetype i) {
            const File &file = files[size_t(i)];
            return preparePatch(*file.change, file.before, file.after);
        },
        [](FilePatch &patch) -> Result<Finished<QByteArray>> {
            Finished<QByteArray> finished;
            auto text = patch.text(&finished.ids);
            if (!text)
                return text.error();
            finished.made = std::move(*text);
            finished.contents = std::move(patch.contents);
            return finished;
        },
        [&](qsizetype, Finished<QByteArray> &&finished) {
            if (checked)
                checked = confirm(finished.contents, &finished.ids);
            m_out += finished.made;
        });
    if (!printed)
        return printed;
    return checked;
}

Result<DiffPrinter::FilePatch>
DiffPrinter::preparePatch(const FileChange &change, const DiffSide &before, const DiffSide &after)
{
    FilePatch patch;
    patch.contextLines = m_format.contextLines;
    const QByteArray oldName = quoted("a/" + before.path);
    const QByteArray newName = quoted("b/" + after.path);
    patch.oldLabel = before.exists() ? oldName : QByteArray("/dev/null");
    patch.newLabel = after.exists() ? newName : QByteArray("/dev/null");
    patch.sameContent = before.exists() && after.exists() && before.id == after.id;

    QByteArray meta;
    if (isRename(change)) {
        meta += "similarity index " + QByteArray::number(change.similarityPercent()) + "%\n";
        meta += "rename from " + quoted(before.path) + '\n';
        meta += "rename to " + quoted(after.path) + '\n';
    }
    if (!patch.sameContent) {
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

    patch.header = "diff --git " + oldName + ' ' + newName + '\n';
    // Shown even without a line of difference: renames, new and deleted files, new modes.
    patch.showHeader = isRename(change);
    if (!before.exists()) {
        patch.header += "new file mode " + octalMode(after.mode) + '\n';
        patch.showHeader = true;
    } else if (!after.exists()) {
        patch.header += "deleted file mode " + octalMode(before.mode) + '\n';
        patch.showHeader = true;
    } else if (before.mode != after.mode) {
        patch.header
            += "old mode " + octalMode(before.mode) + "\nnew mode " + octalMode(after.mode) + '\n';
        patch.showHeader = true;
    }
    patch.header += meta;

    auto read = contents(before, after);
    if (!read)
        return read.error();
    patch.contents = std::move(*read);
    return patch;
}

Result<QByteArray> DiffPrinter::FilePatch::text(git::TextIds *ids) const
{
    if (contents.binary) {
        // Binary content is the same exactly where the ids are.
        if (sameContent)
            return showHeader ? header : QByteArray();
        return QByteArray(header + "Binary files " + oldLabel + " and " + newLabel + " differ\n");
    }
    QByteArray out;
    out.reserve(contents.before.size() + contents.after.size() + header.size() + 256);
    PatchText writer(out, header + PatchText::fileLines(oldLabel, newLabel));
    if (auto visited
        = git::LineDiff::visit(contents.before, contents.after, contextLines, writer, ids);
        !visited)
        return visited.error();
    if (!writer.started())
        return showHeader ? header : QByteArray();
    return out;
}

} // namespace clearroom::cli
