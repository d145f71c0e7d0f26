// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: the line diff git's blame uses, from libgit2's copy of git's xdiff.

#include "result.h"

#include <QCoreApplication>
#include <QVector>

namespace clearroom::git::detail {

/// One changed region between two versions of a file, in lines counted from 0: `oldCount`
/// lines at `oldStart` became `newCount` lines at `newStart` (a count may be 0).
struct LineHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
};

/// git blame's diff of two blobs: xdiff's Myers algorithm with the indent heuristic, no
/// context, the common tail cut off first in blocks of 1 KiB as git does (which can change
/// where xdiff places a change), every blob treated as text.
class BlameDiff
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::BlameDiff)

public:
    /// With `ignoreWhitespace`, lines that differ only in white space are equal (`-w`).
    static Result<QVector<LineHunk>> hunks(const char *oldData, qsizetype oldSize,
                                           const char *newData, qsizetype newSize,
                                           bool ignoreWhitespace);
};

} // namespace clearroom::git::detail
