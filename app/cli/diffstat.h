// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QVector>

namespace clearroom::cli {

/// One file of a diffstat.
struct DiffStatEntry
{
    QByteArray name; ///< as shown: a quoted path, or a rename as renameDisplayName() gives it
    bool binary = false;
    /// Lines added and deleted; for a binary file its sizes in bytes after and before
    /// (both 0 when its content did not change).
    qint64 added = 0;
    qint64 deleted = 0;
};

/// The widths `git diff --stat[=<width>[,<name-width>[,<count>]]]` works with; 0 means
/// git's default (80 columns when standard output is not a terminal, no other limits).
struct DiffStatWidths
{
    int total = 0;
    int name = 0;
    int graph = 0;
    int count = 0;
};

/// A rename as git's diffstat and summary name it: the common leading folders and the
/// common trailing part (from a '/') written once, "src/{old => new}/file.c"; the two
/// quoted paths joined by " => " when either needs quoting.
QByteArray renameDisplayName(const QByteArray &from, const QByteArray &to);

/// git's diffstat: one line per file with its name (shortened from the left with "..."
/// where the names would not fit), the number of changed lines and a graph of '+' and '-'
/// scaled to the room left in the width, then the summary line. Nothing for no files.
QByteArray formatDiffStat(const QVector<DiffStatEntry> &entries, const DiffStatWidths &widths);

/// Only git's summary line (`--shortstat`): " 2 files changed, 3 insertions(+), 1 deletion(-)".
QByteArray formatShortStat(const QVector<DiffStatEntry> &entries);

} // namespace clearroom::cli
