// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: the line diff git's blame uses, from libgit2's copy of git's xdiff.

#include "result.h"

#include <QCoreApplication>
#include <QVector>

#include <memory>

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
///
/// One object per blame (not shared between threads): it keeps a small object database of
/// its own, see hunks().
class BlameDiff
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::BlameDiff)

public:
    BlameDiff();
    ~BlameDiff();
    BlameDiff(const BlameDiff &) = delete;
    BlameDiff &operator=(const BlameDiff &) = delete;

    /// With `ignoreWhitespace`, lines that differ only in white space are equal (`-w`).
    Result<QVector<LineHunk>> hunks(const char *oldData, qsizetype oldSize, const char *newData,
                                    qsizetype newSize, bool ignoreWhitespace);

    /// How many diffs so far lent their texts to libgit2 instead of having them hashed
    /// (for tests).
    int lentCount() const { return m_lent; }

private:
    struct Lender;
    std::unique_ptr<Lender> m_lender;
    int m_lent = 0;
};

} // namespace clearroom::git::detail
