// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "renamefollower.h"

#include "similarity.h"

#include <algorithm>

namespace clearroom::git::detail {

RenameFollower::RenameFollower(const TreeReader &trees, const QByteArray &path)
    : m_trees(trees)
    , m_lookup(std::make_unique<PathLookup>(trees, path))
{
}

RenameFollower::~RenameFollower() = default;

Result<bool> RenameFollower::touches(const ObjectId &tree,
                                     const std::optional<ObjectId> &parentTree)
{
    if (!parentTree) {
        auto entry = m_lookup->entryIn(tree);
        if (!entry)
            return entry.error();
        return entry->has_value();
    }
    auto unchanged = m_lookup->unchanged(*parentTree, tree);
    if (!unchanged)
        return unchanged.error();
    if (*unchanged)
        return false;

    auto now = m_lookup->entryIn(tree);
    if (!now)
        return now.error();
    auto before = m_lookup->entryIn(*parentTree);
    if (!before)
        return before.error();
    // git looks for the file under the very name it follows: "name/" never matches one.
    const bool appears
        = *now && !(*now)->isTree() && (!*before || (*before)->isTree()) && !path().endsWith('/');
    if (!appears)
        return true;
    auto source = renameSource(*parentTree, tree, **now);
    if (!source)
        return source.error();
    if (*source)
        m_lookup = std::make_unique<PathLookup>(m_trees, **source);
    return true;
}

Result<std::optional<QByteArray>> RenameFollower::renameSource(const ObjectId &parentTree,
                                                               const ObjectId &tree,
                                                               const PathEntry &destination)
{
    // git's --follow looks for copies too, and harder: every file of the parent is a
    // candidate, a removed one preferred over one that stays.
    auto files = m_trees.filesComparedWith(parentTree, tree);
    if (!files)
        return files.error();
    const QVector<FileAtPath> &sources = *files;
    const QByteArray destinationName = baseName(path());

    // 1. The same content (other than regular files need the same mode too): a removed
    // file with the same base name first, then a removed one, then one with the same
    // base name, then any.
    const FileAtPath *exact = nullptr;
    int exactScore = -1;
    for (const FileAtPath &source : sources) {
        if (source.entry.id != destination.id)
            continue;
        if ((!source.entry.isRegularFile() || !destination.isRegularFile())
            && source.entry.mode != destination.mode)
            continue;
        const int score
            = (source.stays ? 0 : 1) + (baseName(source.path) == destinationName ? 1 : 0);
        if (score > exactScore) {
            exact = &source;
            exactScore = score;
            if (score == 2)
                break;
        }
    }
    if (exact)
        return std::optional<QByteArray>(exact->path);
    if (!destination.isRegularFile() || sources.isEmpty())
        return std::optional<QByteArray>();

    auto destinationContent = m_trees.objects().read(destination.id, GIT_OBJECT_BLOB);
    if (!destinationContent)
        return destinationContent.error();
    const ChunkCounts destinationChunks(destinationContent->copy());

    // 2. The most similar file: git keeps the four best candidates (a better one replaces
    // the first of the worst), orders them, and takes the first removed file of at least
    // 50 %, or else the first file of at least 50 %.
    BestRenameCandidates best;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const FileAtPath &source = sources.at(i);
        quint64 score = 0;
        if (source.entry.isRegularFile()) {
            auto size = m_trees.objects().size(source.entry.id);
            if (!size)
                return size.error();
            if (!sizesTooFarApart(quint64(*size), destinationChunks.size())) {
                auto content = m_trees.objects().read(source.entry.id, GIT_OBJECT_BLOB);
                if (!content)
                    return content.error();
                score = similarity(
                    ChunkCounts(QByteArray::fromRawData(content->data(), content->size())),
                    destinationChunks);
            }
        }
        keepIfBetter(best, {i, score, baseName(source.path) == destinationName});
    }
    std::stable_sort(best.begin(), best.end(),
                     [](const RenameCandidate &a, const RenameCandidate &b) {
                         return compareRenameCandidates(a, b) < 0;
                     });
    for (const bool removedOnly : {true, false}) {
        for (const RenameCandidate &candidate : best) {
            if (candidate.source < 0 || candidate.score < DefaultRenameScore)
                break;
            if (removedOnly && sources.at(candidate.source).stays)
                continue;
            return std::optional<QByteArray>(sources.at(candidate.source).path);
        }
    }
    return std::optional<QByteArray>();
}

} // namespace clearroom::git::detail
