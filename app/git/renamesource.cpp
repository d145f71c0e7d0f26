// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "renamesource.h"

#include "similarity.h"

namespace clearroom::git::detail {

namespace {

// Halfway between the default minimum and identity: what git asks of a rename between
// files of the same base name before it looks any further.
constexpr quint64 BaseNameScore = DefaultRenameScore + (MaxScore - DefaultRenameScore) / 2;
// git looks at no more than this many files identical to the destination.
constexpr int IdenticalLimit = 100;

// git's estimate for one pair: 0 unless both are regular files of sizes close enough.
Result<quint64> estimate(const TreeReader &trees, const PathEntry &source,
                         const ChunkCounts &destination, quint64 minimumScore)
{
    if (!source.isRegularFile())
        return quint64(0);
    auto size = trees.objects().size(source.id);
    if (!size)
        return size.error();
    if (sizesTooFarApart(quint64(*size), destination.size(), minimumScore))
        return quint64(0);
    auto content = trees.objects().read(source.id, GIT_OBJECT_BLOB);
    if (!content)
        return content.error();
    return similarity(ChunkCounts(QByteArray::fromRawData(content->data(), content->size())),
                      destination);
}

} // namespace

Result<std::optional<FileAtPath>> RenameSource::find(const TreeReader &trees,
                                                     const ObjectId &parentTree,
                                                     const ObjectId &tree, const QByteArray &path,
                                                     const PathEntry &destination)
{
    auto files = trees.filesComparedWith(parentTree, tree);
    if (!files)
        return files.error();
    QVector<FileAtPath> sources;
    for (const FileAtPath &file : std::as_const(*files)) {
        if (!file.stays)
            sources.append(file);
    }
    if (sources.isEmpty())
        return std::optional<FileAtPath>();
    const QByteArray destinationName = baseName(path);

    // 1. The same content.
    const FileAtPath *exact = nullptr;
    int examined = 0;
    for (const FileAtPath &source : std::as_const(sources)) {
        if (source.entry.id != destination.id)
            continue;
        if ((!source.entry.isRegularFile() || !destination.isRegularFile())
            && source.entry.mode != destination.mode)
            continue;
        if (!exact
            || (baseName(source.path) == destinationName
                && baseName(exact->path) != destinationName))
            exact = &source;
        if (baseName(exact->path) == destinationName || ++examined == IdenticalLimit)
            break;
    }
    if (exact)
        return std::optional<FileAtPath>(*exact);
    if (!destination.isRegularFile())
        return std::optional<FileAtPath>();

    auto destinationContent = trees.objects().read(destination.id, GIT_OBJECT_BLOB);
    if (!destinationContent)
        return destinationContent.error();
    const ChunkCounts destinationChunks(destinationContent->copy());

    // 2. The one deleted file with the same base name, when similar enough.
    const FileAtPath *sameName = nullptr;
    int sameNames = 0;
    for (const FileAtPath &source : std::as_const(sources)) {
        if (baseName(source.path) == destinationName) {
            sameName = &source;
            ++sameNames;
        }
    }
    if (sameNames == 1) {
        auto score = estimate(trees, sameName->entry, destinationChunks, BaseNameScore);
        if (!score)
            return score.error();
        if (*score >= BaseNameScore)
            return std::optional<FileAtPath>(*sameName);
    }

    // 3. The most similar file.
    BestCandidates best;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        auto score = estimate(trees, sources.at(i).entry, destinationChunks, DefaultRenameScore);
        if (!score)
            return score.error();
        best.offer({i, *score, baseName(sources.at(i).path) == destinationName});
    }
    const QVector<RenameCandidate> ranked = best.ranked();
    if (!ranked.isEmpty() && ranked.first().score >= DefaultRenameScore)
        return std::optional<FileAtPath>(sources.at(ranked.first().source));
    return std::optional<FileAtPath>();
}

} // namespace clearroom::git::detail
