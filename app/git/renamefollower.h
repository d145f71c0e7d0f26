// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: `git log --follow` for one file.

#include "pathlookup.h"
#include "treereader.h"

#include <QCoreApplication>

#include <memory>

namespace clearroom::git::detail {

/// Follows one file back through history as `git log --follow` does. A commit counts
/// when its change against its parent touches the file's current name; where that name
/// appears (added, or replacing a folder), git's rename and copy detection looks for the
/// file it came from among all files of the parent, and from then on that name is
/// followed: an identical file first (a removed one, then one with the same base name
/// preferred), else the most similar one of at least 50 % (a removed one preferred).
/// Similarity is git's measure: the bytes of the destination found in the source, counted
/// per line (or per 64 bytes of a longer line, a CR before LF ignored in text, the end
/// after the last newline left out), over the larger of the two sizes. git counts lines through a
/// hash table of 107,927 buckets, so its rare collisions can add a little similarity that this
/// exact count does not.
///
/// The followed name is one state for the whole walk, as in git: the order in which
/// commits are asked about matters.
class RenameFollower
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::RenameFollower)

public:
    RenameFollower(const TreeReader &trees, const QByteArray &path);
    ~RenameFollower();

    const QByteArray &path() const { return m_lookup->path(); }

    /// Whether the change from `parentTree` (nullopt for a root commit) to `tree` touches
    /// the followed file; when it was renamed there, follows its old name from then on.
    Result<bool> touches(const ObjectId &tree, const std::optional<ObjectId> &parentTree);

private:
    Result<std::optional<QByteArray>> renameSource(const ObjectId &parentTree, const ObjectId &tree,
                                                   const PathEntry &destination);

    const TreeReader &m_trees;
    std::unique_ptr<PathLookup> m_lookup;
};

} // namespace clearroom::git::detail
