// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "objectid.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>

namespace clearroom::git {

class CommitGraphCache;
class Repository;

/// How to blame, as `git blame`'s options say it.
struct BlameOptions
{
    /// Lines that differ only in white space count as unchanged (`-w`).
    bool ignoreWhitespace = false;
    /// Root commits take the blame themselves instead of being boundaries (`--root`).
    bool rootIsNotBoundary = false;
    /// Clearroom's commit-graph cache of the repository (may be null; must outlive the
    /// Blame): parents, dates and trees of the commits walked come from it, and a commit
    /// whose Bloom filter says the file's path is certainly unchanged against its first
    /// parent passes all its lines to that parent without either root tree being read.
    /// Every commit found guilty of lines is read and compared with it (see
    /// CommitGraphCache); the answer is the same as without it.
    const CommitGraphCache *cache = nullptr;
};

/// Lines of the blamed file, counted from 0: `count` lines from `first`.
struct BlameLineRange
{
    int first = 0;
    int count = 0;
};

/// Where lines were found: a commit and the file's path there.
struct BlameOrigin
{
    ObjectId commit;
    QByteArray path;
    /// The commit is where the walk ended, not where the lines began (a root commit
    /// without --root): git marks it with '^' and "boundary".
    bool boundary = false;
    /// The parent version the origin was compared with first (git's "previous"), when
    /// there was one.
    bool hasPrevious = false;
    ObjectId previousCommit;
    QByteArray previousPath;
};

/// Consecutive lines of the blamed file that one origin is guilty of.
struct BlameEntry
{
    int line = 0; ///< first line in the blamed file, from 0
    int sourceLine = 0; ///< the same line in the origin's version, from 0
    int count = 0;
    int origin = 0; ///< index for Blame::origin()
};

/// git blame for one file of one commit: which commit last changed each line, found as
/// git finds it. Lines pass from a commit to each parent in turn (newest commit first, by
/// commit date) when git's diff (xdiff, see BlameDiff) finds them unchanged there; a parent
/// with the very same file takes all of them; where the path is new in the commit, git's
/// rename detection finds the file it came from among the files deleted there (an
/// identical one, else one with the same base name that is 75 % similar, else the most
/// similar one of at least 50 %).
///
/// Lines are independent of each other, so any range can be asked for first (the part of
/// a file a view shows) and the rest later: work done for one run (diffs, parents'
/// versions) is kept for the next. Entries arrive while the walk goes on, not in line
/// order; a run can be cancelled between commits. Reads the repository from the calling
/// thread only; not thread-safe, like Repository.
class Blame
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::Blame)

public:
    enum class End { Completed, Cancelled };
    using Visitor = std::function<void(const BlameEntry &entry)>;

    /// Prepares the blame of `path` (from the top of the tree, "a/b") in `commit`: an error
    /// when there is no file there (nothing, a folder or a submodule).
    static Result<Blame> create(const Repository &repository, const ObjectId &commit,
                                const QByteArray &path, const BlameOptions &options = {});

    Blame(Blame &&other) noexcept;
    Blame &operator=(Blame &&other) noexcept;
    ~Blame();

    /// The blamed file's content and its lines (a last line without a newline counts).
    QByteArray content() const;
    int lineCount() const;
    /// Where line `line` (from 0) begins in content(); lineCount() gives its size.
    qsizetype lineOffset(int line) const;

    /// Finds who is guilty of the lines in `ranges` (any order, may overlap; clipped to
    /// the file), calling `found` for each entry as soon as it is certain. Checks `cancel`
    /// (may be null) between commits. An error names the object that could not be read.
    Result<End> run(const QVector<BlameLineRange> &ranges, const std::atomic<bool> *cancel,
                    const Visitor &found);
    /// Every line, in one run; entries sorted by line and joined where git joins them.
    Result<QVector<BlameEntry>> all(const std::atomic<bool> *cancel = nullptr);

    /// How many times the commit-graph cache's filter let lines pass to a first parent
    /// without reading trees (0 without a cache).
    int passedByFilter() const;

    /// An origin named by a BlameEntry.
    const BlameOrigin &origin(int index) const;
    /// The commit an origin names, as stored (people, dates, encoding, message).
    Result<CommitInfo> commit(const ObjectId &id) const;

    /// Sorts entries by line and joins neighbours from one origin whose lines follow each
    /// other there too, as git does before it prints them.
    static QVector<BlameEntry> coalesced(QVector<BlameEntry> entries);

private:
    Blame();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::git
