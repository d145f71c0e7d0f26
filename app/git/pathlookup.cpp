// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pathlookup.h"

namespace clearroom::git::detail {

PathLookup::PathLookup(const TreeReader &trees, const QByteArray &path)
    : m_trees(trees)
    , m_path(path)
{
    for (const QByteArray &component : path.split('/')) {
        if (!component.isEmpty())
            m_components.append(component);
    }
    m_foldersOnly = path.endsWith('/');
    m_cache.resize(size_t(m_components.size()));
}

Result<std::optional<PathEntry>> PathLookup::lookup(int level, const ObjectId &tree)
{
    ObjectIdMap<std::optional<PathEntry>> &cache = m_cache[size_t(level)];
    if (const auto *cached = cache.find(tree))
        return *cached;
    const QByteArray &name = m_components.at(level);
    auto found = m_trees.find(tree, std::string_view(name.constData(), size_t(name.size())));
    if (found)
        cache.insert(tree, *found);
    return found;
}

std::optional<PathEntry> PathLookup::finalEntry(const std::optional<PathEntry> &entry) const
{
    // "dir/" names a folder (or a submodule) only, as in git's pathspecs.
    if (entry && m_foldersOnly && !entry->isTree() && entry->mode != 0160000)
        return std::nullopt;
    return entry;
}

Result<std::optional<PathEntry>> PathLookup::entryIn(const ObjectId &root)
{
    if (m_components.isEmpty()) {
        // The whole tree: nothing there when it is empty.
        static const ObjectId emptyTree
            = ObjectId::fromHex("4b825dc642cb6eb9a060e54bf8d69288fbee4904");
        if (root == emptyTree)
            return std::optional<PathEntry>();
        return std::optional<PathEntry>(PathEntry {root, 0040000});
    }
    ObjectId tree = root;
    for (int level = 0; level < m_components.size(); ++level) {
        auto entry = lookup(level, tree);
        if (!entry)
            return entry;
        if (level + 1 == m_components.size())
            return finalEntry(*entry);
        if (!*entry || !(*entry)->isTree())
            return std::optional<PathEntry>();
        tree = (*entry)->id;
    }
    return std::optional<PathEntry>();
}

Result<bool> PathLookup::unchanged(const ObjectId &before, const ObjectId &after)
{
    if (m_components.isEmpty())
        return m_trees.sameContent(before, after);
    std::optional<ObjectId> treeBefore = before;
    std::optional<ObjectId> treeAfter = after;
    for (int level = 0; level < m_components.size(); ++level) {
        // Equal folders hold equal entries below: nothing further down can differ.
        if (treeBefore && treeAfter && *treeBefore == *treeAfter)
            return true;
        std::optional<PathEntry> old;
        std::optional<PathEntry> now;
        if (treeBefore) {
            auto entry = lookup(level, *treeBefore);
            if (!entry)
                return entry.error();
            old = *entry;
        }
        if (treeAfter) {
            auto entry = lookup(level, *treeAfter);
            if (!entry)
                return entry.error();
            now = *entry;
        }
        if (level + 1 == m_components.size()) {
            old = finalEntry(old);
            now = finalEntry(now);
            if (!old || !now)
                return !old && !now;
            if (*old == *now)
                return true;
            if (old->isTree() && now->isTree())
                return m_trees.sameContent(old->id, now->id);
            return false;
        }
        treeBefore = old && old->isTree() ? std::optional<ObjectId>(old->id) : std::nullopt;
        treeAfter = now && now->isTree() ? std::optional<ObjectId>(now->id) : std::nullopt;
        if (!treeBefore && !treeAfter)
            return true;
    }
    return true;
}

} // namespace clearroom::git::detail
