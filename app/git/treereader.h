// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: what the history walk asks of trees, answered from the raw tree
// objects without building libgit2 tree objects.

#include "objectid.h"
#include "objectreader.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

#include <optional>
#include <string_view>

namespace clearroom::git::detail {

/// One tree entry: its object and its mode as git reads it (a stored 100664 is 100644).
struct PathEntry
{
    ObjectId id;
    quint32 mode = 0;
    bool isTree() const { return mode == 0040000; }
    bool isRegularFile() const { return mode == 0100644 || mode == 0100755; }
    friend bool operator==(const PathEntry &a, const PathEntry &b)
    {
        return a.mode == b.mode && a.id == b.id;
    }
};

/// A file (anything but a tree) somewhere below a tree.
struct FileAtPath
{
    QByteArray path;
    PathEntry entry;
    /// Whether a file is still at this path in the tree it is compared with.
    bool stays = false;
};

/// Reads trees for the history walk.
class TreeReader
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::TreeReader)

public:
    explicit TreeReader(const ObjectReader &objects);

    /// The entry called `name` in `tree`, or nullopt when there is none.
    Result<std::optional<PathEntry>> find(const ObjectId &tree, std::string_view name) const;

    /// Whether git's tree diff finds no change between two trees: the same names with
    /// the same objects and modes, below every level.
    Result<bool> sameContent(const ObjectId &a, const ObjectId &b) const;

    /// An entry of a tree with its name.
    struct NamedEntry
    {
        QByteArray name;
        PathEntry entry;
    };
    /// The entries of `tree` in the order it stores them (git's order).
    Result<QVector<NamedEntry>> list(const ObjectId &tree) const;

    /// Every file of `before`, in git's order, each marked whether a file is still at its
    /// path in `after` (or was deleted, or replaced by a folder): the candidates for a
    /// rename or copy.
    Result<QVector<FileAtPath>> filesComparedWith(const ObjectId &before,
                                                  const ObjectId &after) const;

    const ObjectReader &objects() const { return m_objects; }

    /// An entry whose name points into the tree's content.
    struct Entry
    {
        std::string_view name;
        PathEntry entry;
    };
    /// The entries of `tree` (read as `raw`, which must outlive them) in stored order.
    Result<QVector<Entry>> entries(const ObjectId &tree, const RawObject &raw) const;

private:
    Result<void> collectCompared(const ObjectId &before, const ObjectId &after,
                                 const QByteArray &prefix, QVector<FileAtPath> *out) const;
    Result<void> collectAll(const ObjectId &tree, const QByteArray &prefix, bool stay,
                            QVector<FileAtPath> *out) const;
    Error damaged(const ObjectId &tree) const;

    const ObjectReader &m_objects;
};

/// git's order of tree entries: names compared bytewise, a folder as if it ended in '/'.
int compareTreeNames(std::string_view a, bool aIsTree, std::string_view b, bool bIsTree);

} // namespace clearroom::git::detail
