// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

namespace clearroom::git {

/// One line of a hunk.
struct DiffLine
{
    enum class Kind : char { Context = ' ', Deleted = '-', Added = '+' };
    Kind kind = Kind::Context;
    QByteArray text; ///< without its newline (a CR before it stays)
    bool missingNewline = false; ///< the last line of its file, which does not end in one
};

/// A hunk of a line diff, with the line numbers git prints in its "@@ -a,b +c,d @@" header.
struct DiffHunk
{
    qint64 oldStart = 0;
    qint64 oldCount = 0;
    qint64 newStart = 0;
    qint64 newCount = 0;
    /// git's default function context after the header: the nearest line above the hunk
    /// that starts with a letter, '_' or '$' (at most 80 bytes, trailing white space
    /// removed, then only as far as it is valid UTF-8); empty for none.
    QByteArray function;
    QVector<DiffLine> lines;
};

/// Lines added and deleted by a change, as `git diff --numstat` counts them.
struct LineCounts
{
    qint64 added = 0;
    qint64 deleted = 0;
};

/// git's line diff of two texts (Myers' algorithm with git's default indent heuristic,
/// through the copy of git's xdiff inside libgit2). Callers decide what is binary.
class LineDiff
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::LineDiff)

public:
    /// The hunks with `contextLines` lines of context, none for equal texts.
    static Result<QVector<DiffHunk>> hunks(const QByteArray &oldText, const QByteArray &newText,
                                           int contextLines);
    /// Only the number of lines added and deleted.
    static Result<LineCounts> count(const QByteArray &oldText, const QByteArray &newText);
};

/// Whether git treats a file of this size as binary without looking (core.bigFileThreshold,
/// 512 MiB by default).
bool beyondBigFileThreshold(qint64 size);

} // namespace clearroom::git
