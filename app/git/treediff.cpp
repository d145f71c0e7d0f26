// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "treediff.h"

#include "blobcache.h"
#include "objectreader.h"
#include "renamedetector.h"
#include "treereader.h"

namespace clearroom::git {

using namespace detail;

namespace {

constexpr quint32 FileTypeBits = 0170000;
// What rename detection has read is kept for the line diffs up to this many bytes.
constexpr qint64 KeptBlobBytes = qint64(128) * 1024 * 1024;

// Walks two trees side by side as git's tree diff does: unchanged folders are skipped by
// their ids, a folder that appears or disappears contributes every file below it, and a
// file and a folder of the same name are different entries.
class TreeWalk
{
public:
    TreeWalk(const TreeReader &trees, const Pathspec &pathspec, QVector<FileChange> &out)
        : m_trees(trees)
        , m_pathspec(pathspec)
        , m_out(out)
    {
    }

    // `before` or `after` may be null: a folder that exists on one side only.
    Result<void> compare(const ObjectId &before, const ObjectId &after, const QByteArray &prefix)
    {
        if (before == after)
            return {};
        using Entries = QVector<TreeReader::NamedEntry>;
        Entries old;
        Entries now;
        for (const auto &[tree, list] : {std::pair {&before, &old}, std::pair {&after, &now}}) {
            if (tree->isNull())
                continue;
            auto entries = m_trees.list(*tree);
            if (!entries)
                return entries.error();
            *list = std::move(*entries);
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < old.size() || j < now.size()) {
            int order = 0;
            if (i == old.size()) {
                order = 1;
            } else if (j == now.size()) {
                order = -1;
            } else {
                const TreeReader::NamedEntry &a = old.at(i);
                const TreeReader::NamedEntry &b = now.at(j);
                order = compareTreeNames(
                    std::string_view(a.name.constData(), size_t(a.name.size())), a.entry.isTree(),
                    std::string_view(b.name.constData(), size_t(b.name.size())), b.entry.isTree());
            }
            const TreeReader::NamedEntry *a = order <= 0 ? &old.at(i++) : nullptr;
            const TreeReader::NamedEntry *b = order >= 0 ? &now.at(j++) : nullptr;
            const QByteArray path = prefix + (a ? a->name : b->name);
            if (auto added = entry(path, a ? &a->entry : nullptr, b ? &b->entry : nullptr); !added)
                return added;
        }
        return {};
    }

private:
    Result<void> entry(const QByteArray &path, const PathEntry *before, const PathEntry *after)
    {
        // Both sides have the same kind here: a file and a folder never share an entry.
        if ((before && before->isTree()) || (after && after->isTree())) {
            if (!m_pathspec.isEmpty() && !m_pathspec.mayMatchBelow(path.constData(), path.size()))
                return {};
            return compare(before ? before->id : ObjectId(), after ? after->id : ObjectId(),
                           path + '/');
        }
        if ((before && after && *before == *after)
            || (!m_pathspec.isEmpty() && !m_pathspec.matches(path)))
            return {};
        FileChange change;
        change.oldSide.path = path;
        change.newSide.path = path;
        if (before) {
            change.oldSide.id = before->id;
            change.oldSide.mode = before->mode;
        }
        if (after) {
            change.newSide.id = after->id;
            change.newSide.mode = after->mode;
        }
        if (!before)
            change.status = FileChange::Status::Added;
        else if (!after)
            change.status = FileChange::Status::Deleted;
        else if ((before->mode & FileTypeBits) != (after->mode & FileTypeBits))
            change.status = FileChange::Status::TypeChanged;
        m_out.append(std::move(change));
        return {};
    }

    const TreeReader &m_trees;
    const Pathspec &m_pathspec;
    QVector<FileChange> &m_out;
};

} // namespace

struct TreeDiff::Private
{
    Private(const Repository &repository, bool keepContents)
        : objects(repository)
        , trees(objects)
        , blobs(objects, keepContents ? KeptBlobBytes : 0)
    {
    }

    ObjectReader objects;
    TreeReader trees;
    BlobCache blobs;
    QVector<FileChange> changes;
    int neededRenameLimit = 0;
};

TreeDiff::TreeDiff() = default;
TreeDiff::TreeDiff(TreeDiff &&other) noexcept = default;
TreeDiff &TreeDiff::operator=(TreeDiff &&other) noexcept = default;
TreeDiff::~TreeDiff() = default;

Result<TreeDiff> TreeDiff::compare(const Repository &repository, const ObjectId &oldTree,
                                   const ObjectId &newTree, const TreeDiffOptions &options)
{
    TreeDiff diff;
    diff.d = std::make_unique<Private>(repository, options.keepContents);
    diff.d->objects.deferVerification(false);
    TreeWalk walk(diff.d->trees, options.pathspec, diff.d->changes);
    if (auto walked = walk.compare(oldTree, newTree, {}); !walked)
        return walked.error();
    if (options.detectRenames) {
        RenameDetector renames(diff.d->objects, diff.d->blobs, options.renameScore,
                               options.renameLimit);
        if (auto detected = renames.detect(&diff.d->changes); !detected)
            return detected.error();
        diff.d->neededRenameLimit = renames.neededLimit();
    }
    return diff;
}

const QVector<FileChange> &TreeDiff::changes() const
{
    return d->changes;
}

int TreeDiff::neededRenameLimit() const
{
    return d->neededRenameLimit;
}

Result<QByteArray> TreeDiff::content(const DiffSide &side) const
{
    if (!side.exists())
        return QByteArray();
    // git shows a submodule as the commit it records; that commit lives elsewhere.
    if (side.isSubmodule())
        return QByteArray("Subproject commit " + side.id.toHex() + '\n');
    return d->blobs.read(side.id, /*keep=*/false);
}

Result<qint64> TreeDiff::size(const DiffSide &side) const
{
    if (!side.exists())
        return 0;
    if (side.isSubmodule())
        return qint64(sizeof "Subproject commit \n" - 1 + ObjectId::HexSize);
    return d->objects.size(side.id);
}

Result<std::optional<QByteArray>> TreeDiff::contentUpTo(const DiffSide &side, qint64 limit,
                                                        qint64 *size, bool *checked) const
{
    if (checked)
        *checked = true;
    if (!side.exists() || side.isSubmodule()) {
        auto whole = content(side);
        if (!whole)
            return whole.error();
        *size = whole->size();
        return std::optional<QByteArray>(std::move(*whole));
    }
    return d->blobs.readUpTo(side.id, limit, size, checked);
}

Result<void> TreeDiff::confirm(const DiffSide &side, const QByteArray &content,
                               const ObjectId *computedId) const
{
    if (computedId)
        return *computedId == side.id ? Result<void>() : Result<void>(d->objects.damaged(side.id));
    return d->objects.check(side.id, GIT_OBJECT_BLOB, content.constData(), content.size());
}

Result<void> TreeDiff::finishVerification()
{
    return d->objects.finishVerification();
}

} // namespace clearroom::git
