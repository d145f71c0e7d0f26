// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "diffstat.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::git {
class Abbreviator;
struct TextIds;
class TreeDiff;
struct FileChange;
struct DiffSide;
} // namespace clearroom::git

namespace clearroom::cli {

/// What `git diff` prints, as its format options select it.
struct DiffFormat
{
    bool raw = false;
    bool nameOnly = false;
    bool nameStatus = false;
    bool numstat = false;
    bool stat = false;
    bool shortstat = false;
    bool summary = false;
    bool patch = false;
    /// -z: NUL after each path (and between the two of a rename) instead of quoting.
    bool nulTerminated = false;
    int contextLines = 3;
    DiffStatWidths statWidths;
};

/// Prints the changes of a tree comparison exactly as `git diff` does in each format, in
/// git's order: raw or names, then numstat, stat, shortstat and summary, then the patch
/// (after an empty line when anything came before it). Files are read on the calling
/// thread (the repository is not thread-safe) while their line diffs are computed on a
/// second one.
class DiffPrinter
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::DiffPrinter)

public:
    DiffPrinter(const git::TreeDiff &diff, git::Abbreviator &abbreviator, const DiffFormat &format);

    Result<QByteArray> print();

private:
    struct Contents;
    struct FilePatch;
    template<typename Made>
    struct Finished;
    Result<Contents> contents(const git::DiffSide &before, const git::DiffSide &after) const;
    Result<void> confirm(Contents &contents, const git::TextIds *ids) const;
    Result<QByteArray> abbreviated(const git::DiffSide &side);
    Result<void> printRaw(const git::FileChange &change);
    void printNameStatus(const git::FileChange &change);
    Result<QVector<DiffStatEntry>> statEntries() const;
    void printNumstat(const QVector<DiffStatEntry> &entries);
    bool printSummary(const git::FileChange &change);
    Result<void> printPatches();
    Result<FilePatch> preparePatch(const git::FileChange &change, const git::DiffSide &before,
                                   const git::DiffSide &after);
    void appendPath(const QByteArray &path, char terminator);

    const git::TreeDiff &m_diff;
    git::Abbreviator &m_abbreviator;
    DiffFormat m_format;
    QByteArray m_out;
};

} // namespace clearroom::cli
