// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"
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

/// The git blob ids of two texts, as libgit2 computes them while it diffs them; unknown
/// where nothing was handed to libgit2 (equal texts, or one of them empty).
struct TextIds
{
    ObjectId before;
    ObjectId after;
    bool known = false;
};

/// Receives a line diff as it is made, without copies of its lines: each hunk (its lines
/// not filled in), then its lines.
class LineDiffVisitor
{
public:
    virtual ~LineDiffVisitor();
    /// A new hunk: its numbers and function line; its lines follow.
    virtual void hunk(const DiffHunk &hunk) = 0;
    /// A line of the current hunk without its newline; `text` is valid during the call only.
    virtual void line(DiffLine::Kind kind, const char *text, qsizetype size) = 0;
    /// The line before was the last of its file and has no newline.
    virtual void missingNewline() = 0;
};

/// git's line diff of two texts (Myers' algorithm with git's default indent heuristic,
/// through the copy of git's xdiff inside libgit2). Callers decide what is binary.
class LineDiff
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::LineDiff)

public:
    /// The hunks with `contextLines` lines of context, none for equal texts; `ids` (may be
    /// null) receives the texts' ids where libgit2 computed them.
    static Result<QVector<DiffHunk>> hunks(const QByteArray &oldText, const QByteArray &newText,
                                           int contextLines, TextIds *ids = nullptr);
    /// The same, handed to `visitor` as it is made.
    static Result<void> visit(const QByteArray &oldText, const QByteArray &newText,
                              int contextLines, LineDiffVisitor &visitor, TextIds *ids = nullptr);
    /// Only the number of lines added and deleted.
    static Result<LineCounts> count(const QByteArray &oldText, const QByteArray &newText,
                                    TextIds *ids = nullptr);
};

/// Beyond this size git treats a file as binary without reading it (core.bigFileThreshold,
/// 512 MiB by default).
constexpr qint64 BigFileThreshold = qint64(512) * 1024 * 1024;

} // namespace clearroom::git
