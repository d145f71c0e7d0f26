// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "treereader.h"

#include <cstring>

namespace clearroom::git::detail {

namespace {

// The mode as git reads it from a tree: old repositories store 100664, which git reads
// as 100644; an unknown kind counts as a submodule.
quint32 canonicalMode(quint32 mode)
{
    switch (mode & 0170000) {
    case 0100000:
        return (mode & 0100) ? 0100755 : 0100644;
    case 0120000:
        return 0120000;
    case 0040000:
        return 0040000;
    default:
        return 0160000;
    }
}

// Steps through the entries of a raw tree without copying them.
class TreeCursor
{
public:
    explicit TreeCursor(std::string_view raw)
        : m_at(raw.data())
        , m_end(raw.data() + raw.size())
    {
    }

    // The next entry; false at the end or where the tree is damaged (see damaged()).
    bool next()
    {
        if (m_at >= m_end)
            return false;
        quint32 mode = 0;
        while (m_at < m_end && *m_at != ' ') {
            if (*m_at < '0' || *m_at > '7')
                return fail();
            mode = (mode << 3) | quint32(*m_at - '0');
            ++m_at;
        }
        if (m_at >= m_end)
            return fail();
        const char *name = ++m_at;
        const auto *nul = static_cast<const char *>(std::memchr(m_at, '\0', size_t(m_end - m_at)));
        if (!nul || nul == name || m_end - nul - 1 < ObjectId::RawSize)
            return fail();
        name_ = std::string_view(name, size_t(nul - name));
        entry.mode = canonicalMode(mode);
        entry.id = ObjectId::fromRaw(reinterpret_cast<const unsigned char *>(nul + 1));
        m_at = nul + 1 + ObjectId::RawSize;
        return true;
    }

    bool damaged() const { return m_damaged; }
    std::string_view name() const { return name_; }
    PathEntry entry;

private:
    bool fail()
    {
        m_damaged = true;
        m_at = m_end;
        return false;
    }

    const char *m_at;
    const char *m_end;
    bool m_damaged = false;
    std::string_view name_;
};

// Calls `visit(name, entry)` for each entry of a raw tree, until it returns false;
// false when the tree is damaged.
template<typename Visit>
bool scanTree(std::string_view raw, Visit &&visit)
{
    TreeCursor cursor(raw);
    while (cursor.next()) {
        if (!visit(cursor.name(), cursor.entry))
            return true;
    }
    return !cursor.damaged();
}

} // namespace

int compareTreeNames(std::string_view a, bool aIsTree, std::string_view b, bool bIsTree)
{
    const size_t common = std::min(a.size(), b.size());
    if (const int c = std::memcmp(a.data(), b.data(), common))
        return c;
    const auto next = [common](std::string_view name, bool isTree) -> int {
        if (name.size() > common)
            return static_cast<unsigned char>(name[common]);
        return isTree ? '/' : 0;
    };
    return next(a, aIsTree) - next(b, bIsTree);
}

TreeReader::TreeReader(const ObjectReader &objects)
    : m_objects(objects)
{
}

Error TreeReader::damaged(const ObjectId &tree) const
{
    return {tr("The tree %1 in the repository '%2' is damaged: its entries cannot be read.")
                .arg(QString::fromLatin1(tree.toHex()), m_objects.repositoryPath())};
}

Result<std::optional<PathEntry>> TreeReader::find(const ObjectId &tree, std::string_view name) const
{
    auto raw = m_objects.read(tree, GIT_OBJECT_TREE);
    if (!raw)
        return raw.error();
    std::optional<PathEntry> found;
    const bool ok = scanTree(raw->view(), [&](std::string_view entryName, const PathEntry &entry) {
        if (entryName != name)
            return true;
        found = entry;
        return false;
    });
    if (!ok)
        return damaged(tree);
    return found;
}

Result<QVector<TreeReader::Entry>> TreeReader::entries(const ObjectId &tree,
                                                       const RawObject &raw) const
{
    QVector<Entry> list;
    const bool ok = scanTree(raw.view(), [&list](std::string_view name, const PathEntry &entry) {
        list.append({name, entry});
        return true;
    });
    if (!ok)
        return damaged(tree);
    return list;
}

Result<QVector<TreeReader::NamedEntry>> TreeReader::list(const ObjectId &tree) const
{
    auto raw = m_objects.read(tree, GIT_OBJECT_TREE);
    if (!raw)
        return raw.error();
    QVector<NamedEntry> list;
    const bool ok = scanTree(raw->view(), [&list](std::string_view name, const PathEntry &entry) {
        list.append({QByteArray(name.data(), qsizetype(name.size())), entry});
        return true;
    });
    if (!ok)
        return damaged(tree);
    return list;
}

Result<bool> TreeReader::sameContent(const ObjectId &a, const ObjectId &b) const
{
    if (a == b)
        return true;
    auto rawA = m_objects.read(a, GIT_OBJECT_TREE);
    if (!rawA)
        return rawA.error();
    auto rawB = m_objects.read(b, GIT_OBJECT_TREE);
    if (!rawB)
        return rawB.error();
    // Both in git's order: the same names pair up, entry by entry.
    TreeCursor x(rawA->view());
    TreeCursor y(rawB->view());
    while (true) {
        const bool moreX = x.next();
        const bool moreY = y.next();
        if (x.damaged())
            return damaged(a);
        if (y.damaged())
            return damaged(b);
        if (!moreX || !moreY)
            return moreX == moreY;
        if (x.name() != y.name() || x.entry.isTree() != y.entry.isTree())
            return false;
        if (x.entry == y.entry)
            continue;
        if (!x.entry.isTree())
            return false;
        auto below = sameContent(x.entry.id, y.entry.id);
        if (!below || !*below)
            return below;
    }
}

Result<QVector<FileAtPath>> TreeReader::filesComparedWith(const ObjectId &before,
                                                          const ObjectId &after) const
{
    QVector<FileAtPath> files;
    if (auto collected = collectCompared(before, after, {}, &files); !collected)
        return collected.error();
    return files;
}

Result<void> TreeReader::collectAll(const ObjectId &tree, const QByteArray &prefix, bool stay,
                                    QVector<FileAtPath> *out) const
{
    auto raw = m_objects.read(tree, GIT_OBJECT_TREE);
    if (!raw)
        return raw.error();
    auto list = entries(tree, *raw);
    if (!list)
        return list.error();
    for (const Entry &entry : std::as_const(*list)) {
        const QByteArray path
            = prefix + QByteArray(entry.name.data(), qsizetype(entry.name.size()));
        if (entry.entry.isTree()) {
            if (auto below = collectAll(entry.entry.id, path + '/', stay, out); !below)
                return below;
        } else {
            out->append({path, entry.entry, stay});
        }
    }
    return {};
}

Result<void> TreeReader::collectCompared(const ObjectId &before, const ObjectId &after,
                                         const QByteArray &prefix, QVector<FileAtPath> *out) const
{
    if (before == after)
        return collectAll(before, prefix, true, out);
    auto rawBefore = m_objects.read(before, GIT_OBJECT_TREE);
    if (!rawBefore)
        return rawBefore.error();
    auto rawAfter = m_objects.read(after, GIT_OBJECT_TREE);
    if (!rawAfter)
        return rawAfter.error();
    auto old = entries(before, *rawBefore);
    if (!old)
        return old.error();
    auto now = entries(after, *rawAfter);
    if (!now)
        return now.error();

    // Both lists are in git's order: walk them side by side. A file and a folder of the
    // same name are different entries there.
    qsizetype j = 0;
    for (const Entry &entry : std::as_const(*old)) {
        int order = 1;
        while (j < now->size()) {
            const Entry &other = now->at(j);
            order = compareTreeNames(entry.name, entry.entry.isTree(), other.name,
                                     other.entry.isTree());
            if (order <= 0)
                break;
            ++j;
        }
        const bool matched = j < now->size() && order == 0;
        const QByteArray path
            = prefix + QByteArray(entry.name.data(), qsizetype(entry.name.size()));
        if (!entry.entry.isTree()) {
            out->append({path, entry.entry, matched});
            continue;
        }
        auto below = matched ? collectCompared(entry.entry.id, now->at(j).entry.id, path + '/', out)
                             : collectAll(entry.entry.id, path + '/', false, out);
        if (!below)
            return below;
    }
    return {};
}

} // namespace clearroom::git::detail
