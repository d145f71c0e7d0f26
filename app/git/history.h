// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace clearroom::git {

class CommitGraphCache;
class Repository;

/// What a history walk shows, as `git log`'s options say it.
struct HistoryOptions
{
    /// Only commits that change one of these paths (from the top of the tree, as
    /// normalizePathspec() gives them; "" is the whole tree), with git's default history
    /// simplification. Empty: every commit.
    QByteArrayList paths;
    /// Only the first parent of each merge is walked (`--first-parent`).
    bool firstParent = false;
    /// Follow the single path in `paths` across renames (`--follow`).
    bool followRenames = false;
    /// Oldest first (`--reverse`): the walk finishes before the first commit is shown.
    bool reverse = false;
    /// At most this many commits (`-n`); negative for no limit.
    qint64 maxCount = -1;
    /// Commits shown come with their people, encoding, header and message. Without:
    /// only their ids, trees, parents and commit times (still read from the repository
    /// and compared with the cache), for a caller that shows no more, such as
    /// `log --format=%H`.
    bool commitText = true;
    /// Every commit shown is checked against its id (libgit2's collision-detecting SHA-1,
    /// on hashing threads). The trees and files read only to decide which commits to
    /// show are checked too with this: on git.git, `log -- Makefile` then takes three
    /// times as long (a 17 KB root tree per commit), where git checks nothing.
    bool verifyEveryObject = false;
    /// Clearroom's commit-graph cache of the repository (may be null; must outlive the
    /// walk): parents, dates and trees of the commits passed over come from it unread,
    /// and its Bloom filters spare the tree comparisons of commits that certainly leave
    /// the paths alone. Commits shown are read and compared with it (see
    /// CommitGraphCache). Used for walks limited to paths only: not with
    /// verifyEveryObject or --follow, which read every commit and tree, nor for a walk
    /// that shows every commit.
    const CommitGraphCache *cache = nullptr;
};

/// git log's walk over a repository's history: commits newest first by commit date (in
/// the order they were reached when dates are equal), optionally limited to paths with
/// git's default simplification (a commit is shown when it changes the paths against
/// every parent; a merge that leaves them as one parent had them follows only that
/// parent), or following one file across renames.
class History
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::History)

public:
    enum class End { Completed, Stopped, Cancelled };
    /// Gets each commit shown, in order; returns false to stop the walk.
    using Visitor = std::function<bool(CommitInfo &&commit)>;

    /// Walks from `start`. Reads the repository only from the calling thread; checks
    /// `cancel` (may be null) between commits. Objects are checked against their ids
    /// (see HistoryOptions::verifyEveryObject) on other threads while the walk goes
    /// on: a damaged one makes the result an Error even after its commit was passed to
    /// `visit`.
    static Result<End> walk(const Repository &repository, const ObjectId &start,
                            const HistoryOptions &options, const std::atomic<bool> *cancel,
                            const Visitor &visit);
};

} // namespace clearroom::git
