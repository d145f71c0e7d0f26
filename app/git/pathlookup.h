// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: the entry at one path across the many trees of a history walk.

#include "objectidmap.h"
#include "treereader.h"

#include <QByteArrayList>
#include <QVector>

namespace clearroom::git::detail {

/// Finds what one path names in many root trees, caching each tree's answer: a walk
/// asks about every commit's tree twice (as a commit and as a parent), and unchanged
/// folders are shared between commits.
class PathLookup
{
public:
    /// `path` from the top of the tree, as normalizePathspec() gives it: "a/b", "a/b/"
    /// (a folder or submodule only) or "" (the whole tree).
    PathLookup(const TreeReader &trees, const QByteArray &path);

    const QByteArray &path() const { return m_path; }

    /// The entry at the path in the root tree `root`; nullopt when there is none.
    Result<std::optional<PathEntry>> entryIn(const ObjectId &root);

    /// Whether git's diff of two root trees, limited to the path, is empty. Compares
    /// folder ids from the top and stops at the first level where they are equal.
    Result<bool> unchanged(const ObjectId &before, const ObjectId &after);

private:
    Result<std::optional<PathEntry>> lookup(int level, const ObjectId &tree);
    std::optional<PathEntry> finalEntry(const std::optional<PathEntry> &entry) const;

    const TreeReader &m_trees;
    QByteArray m_path;
    QByteArrayList m_components;
    bool m_foldersOnly = false;
    std::vector<ObjectIdMap<std::optional<PathEntry>>> m_cache; // per level: tree -> entry
};

} // namespace clearroom::git::detail
