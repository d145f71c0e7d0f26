// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "renamedetector.h"

#include "concurrency.h"

#include <QHash>

#include <algorithm>
#include <future>

namespace clearroom::git::detail {

static_assert(quint64(RenameScoreMax) == MaxScore, "one scale for rename scores");

namespace {

// Where git compares files by their ids alone: a rename keeps a symbolic link or a
// submodule only as it was (same mode); a regular file may change its executable bit.
bool exactMatch(const DiffSide &source, const DiffSide &destination)
{
    if (source.id != destination.id)
        return false;
    return (source.isRegularFile() && destination.isRegularFile())
        || source.mode == destination.mode;
}

} // namespace

RenameDetector::RenameDetector(const ObjectReader &objects, BlobCache &blobs, int minimumScore,
                               int limit)
    : m_objects(objects)
    , m_blobs(blobs)
    , m_minimumScore(minimumScore > 0 ? std::min(minimumScore, RenameScoreMax) : DefaultRenameScore)
    // git reads a limit of 0 or less as its largest, 32767.
    , m_limit(limit > 0 ? limit : 32767)
{
}

void RenameDetector::pair(Candidate &source, Candidate &destination, int score)
{
    source.pairedWith = destination.index;
    destination.pairedWith = source.index;
    destination.score = score;
}

Result<void> RenameDetector::detect(QVector<FileChange> *changes)
{
    std::vector<Candidate> sources;
    std::vector<Candidate> destinations;
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const FileChange &change = changes->at(i);
        if (change.status == FileChange::Status::Deleted) {
            sources.push_back(
                {qsizetype(sources.size()), i, &change.oldSide, baseName(change.oldSide.path)});
        } else if (change.status == FileChange::Status::Added) {
            destinations.push_back({qsizetype(destinations.size()), i, &change.newSide,
                                    baseName(change.newSide.path)});
        }
    }
    if (sources.empty() || destinations.empty())
        return {};

    const auto unpaired = [](std::vector<Candidate> &all) {
        std::vector<Candidate *> left;
        for (Candidate &candidate : all) {
            if (candidate.pairedWith < 0)
                left.push_back(&candidate);
        }
        return left;
    };
    findExact(sources, destinations);
    if (m_minimumScore < RenameScoreMax) {
        if (auto byName = findByBaseName(unpaired(sources), unpaired(destinations)); !byName)
            return byName;
        const std::vector<Candidate *> leftSources = unpaired(sources);
        const std::vector<Candidate *> leftDestinations = unpaired(destinations);
        const auto sourceCount = qint64(leftSources.size());
        const auto destinationCount = qint64(leftDestinations.size());
        if (sourceCount > 0 && destinationCount > 0) {
            if (sourceCount * destinationCount > qint64(m_limit) * m_limit) {
                m_neededLimit = int(std::max(sourceCount, destinationCount));
            } else if (auto similar = findMostSimilar(leftSources, leftDestinations); !similar) {
                return similar;
            }
        }
    }

    // A rename takes its added file's place; its removed file leaves the list.
    std::vector<const Candidate *> byChange(size_t(changes->size()), nullptr);
    for (const Candidate &candidate : sources)
        byChange[size_t(candidate.change)] = &candidate;
    for (const Candidate &candidate : destinations)
        byChange[size_t(candidate.change)] = &candidate;
    QVector<FileChange> result;
    result.reserve(changes->size());
    for (qsizetype i = 0; i < changes->size(); ++i) {
        const Candidate *candidate = byChange[size_t(i)];
        if (!candidate || candidate->pairedWith < 0) {
            result.append(changes->at(i));
            continue;
        }
        if (changes->at(i).status == FileChange::Status::Deleted)
            continue;
        FileChange rename;
        rename.status = FileChange::Status::Renamed;
        rename.oldSide = *sources[size_t(candidate->pairedWith)].side;
        rename.newSide = *candidate->side;
        rename.score = candidate->score;
        result.append(std::move(rename));
    }
    *changes = std::move(result);
    return {};
}

void RenameDetector::findExact(std::vector<Candidate> &sources,
                               std::vector<Candidate> &destinations)
{
    QHash<ObjectId, std::vector<qsizetype>> sourcesById;
    for (const Candidate &source : sources)
        sourcesById[source.side->id].push_back(source.index);
    // Each added file in turn takes the first unused identical source, one with its base
    // name if there is one.
    for (Candidate &destination : destinations) {
        const auto same = sourcesById.constFind(destination.side->id);
        if (same == sourcesById.constEnd())
            continue;
        Candidate *best = nullptr;
        for (const qsizetype s : *same) {
            Candidate &source = sources[size_t(s)];
            if (source.pairedWith >= 0 || !exactMatch(*source.side, *destination.side))
                continue;
            if (!best)
                best = &source;
            if (source.baseName == destination.baseName) {
                best = &source;
                break;
            }
        }
        if (best)
            pair(*best, destination, RenameScoreMax);
    }
}

Result<void> RenameDetector::findByBaseName(const std::vector<Candidate *> &sources,
                                            const std::vector<Candidate *> &destinations)
{
    // Only a base name that exactly one source and one destination have: those two are a
    // rename when their similarity is at least halfway from the threshold to 100 %.
    const auto unique = [](const std::vector<Candidate *> &candidates) {
        QHash<QByteArray, Candidate *> byName;
        for (Candidate *candidate : candidates) {
            const auto found = byName.find(candidate->baseName);
            if (found == byName.end())
                byName.insert(candidate->baseName, candidate);
            else
                *found = nullptr;
        }
        return byName;
    };
    const QHash<QByteArray, Candidate *> sourcesByName = unique(sources);
    const QHash<QByteArray, Candidate *> destinationsByName = unique(destinations);
    const int enough = m_minimumScore + (RenameScoreMax - m_minimumScore) / 2;
    for (Candidate *source : sources) {
        Candidate *destination = destinationsByName.value(source->baseName);
        if (!destination || sourcesByName.value(source->baseName) != source)
            continue;
        auto similarity = score(*source, *destination);
        if (!similarity)
            return similarity.error();
        if (*similarity >= enough)
            pair(*source, *destination, *similarity);
    }
    return {};
}

Result<void> RenameDetector::findMostSimilar(const std::vector<Candidate *> &sources,
                                             const std::vector<Candidate *> &destinations)
{
    // Everything the matrix needs is read first, on this thread (the repository is not
    // thread-safe): the sizes, and the chunks of each file in a pair of sizes git compares.
    std::vector<bool> sourceNeeded(sources.size(), false);
    std::vector<bool> destinationNeeded(destinations.size(), false);
    for (Candidate *candidate : sources) {
        if (candidate->side->isRegularFile()) {
            if (auto known = size(*candidate); !known)
                return known.error();
        }
    }
    for (size_t d = 0; d < destinations.size(); ++d) {
        Candidate &destination = *destinations[d];
        if (!destination.side->isRegularFile())
            continue;
        if (auto known = size(destination); !known)
            return known.error();
        for (size_t s = 0; s < sources.size(); ++s) {
            const Candidate &source = *sources[s];
            if (source.side->isRegularFile()
                && !sizesTooFarApart(quint64(source.size), quint64(destination.size),
                                     quint64(m_minimumScore))) {
                sourceNeeded[s] = true;
                destinationNeeded[d] = true;
            }
        }
    }
    for (const auto &[candidates, needed] :
         {std::pair {&sources, &sourceNeeded}, std::pair {&destinations, &destinationNeeded}}) {
        for (size_t i = 0; i < candidates->size(); ++i) {
            if ((*needed)[i]) {
                if (auto counted = chunks(*(*candidates)[i]); !counted)
                    return counted.error();
            }
        }
    }

    // git's matrix: the four best sources of each destination, then all of them from the
    // best pair down, each source and destination taking part in one rename at most. The
    // destinations are scored on two threads; each one's four are its own.
    std::vector<BestRenameCandidates> best(destinations.size());
    const auto scoreDestinations = [&](size_t first, size_t step) {
        for (size_t d = first; d < destinations.size(); d += step) {
            const Candidate &destination = *destinations[d];
            for (size_t s = 0; s < sources.size(); ++s) {
                const Candidate &source = *sources[s];
                keepIfBetter(best[d],
                             {qsizetype(s), quint64(similarityOf(source, destination)),
                              source.baseName == destination.baseName});
            }
        }
    };
    if (sources.size() * destinations.size() > 4096) {
        auto other = startAsync([&scoreDestinations] { scoreDestinations(1, 2); });
        scoreDestinations(0, 2);
        other.get();
    } else {
        scoreDestinations(0, 1);
    }
    std::vector<std::pair<Candidate *, RenameCandidate>> ranked;
    ranked.reserve(destinations.size() * BestRenameCandidates().size());
    for (size_t d = 0; d < destinations.size(); ++d) {
        for (const RenameCandidate &candidate : best[d])
            ranked.emplace_back(destinations[d], candidate);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return compareRenameCandidates(a.second, b.second) < 0;
    });
    for (const auto &[destination, candidate] : ranked) {
        if (candidate.source < 0 || candidate.score < quint64(m_minimumScore))
            break;
        Candidate *source = sources[size_t(candidate.source)];
        if (destination->pairedWith >= 0 || source->pairedWith >= 0)
            continue;
        pair(*source, *destination, int(candidate.score));
    }
    return {};
}

int RenameDetector::similarityOf(const Candidate &source, const Candidate &destination) const
{
    if (!source.chunks || !destination.chunks || !source.side->isRegularFile()
        || !destination.side->isRegularFile()
        || sizesTooFarApart(quint64(source.size), quint64(destination.size),
                            quint64(m_minimumScore)))
        return 0;
    return int(similarity(*source.chunks, *destination.chunks));
}

Result<int> RenameDetector::score(Candidate &source, Candidate &destination)
{
    if (!source.side->isRegularFile() || !destination.side->isRegularFile())
        return 0;
    auto sourceSize = size(source);
    if (!sourceSize)
        return sourceSize.error();
    auto destinationSize = size(destination);
    if (!destinationSize)
        return destinationSize.error();
    if (sizesTooFarApart(quint64(*sourceSize), quint64(*destinationSize), quint64(m_minimumScore)))
        return 0;
    auto sourceChunks = chunks(source);
    if (!sourceChunks)
        return sourceChunks.error();
    auto destinationChunks = chunks(destination);
    if (!destinationChunks)
        return destinationChunks.error();
    return int(similarity(**sourceChunks, **destinationChunks));
}

// Sizes and chunk counts are kept per blob too: a blob may be more than one candidate.
Result<qint64> RenameDetector::size(Candidate &candidate)
{
    if (candidate.size >= 0)
        return candidate.size;
    const ObjectId &id = candidate.side->id;
    if (const qint64 *known = m_sizes.find(id)) {
        candidate.size = *known;
        return candidate.size;
    }
    auto size = m_objects.size(id);
    if (!size)
        return size.error();
    m_sizes.insert(id, *size);
    candidate.size = *size;
    return candidate.size;
}

Result<const ChunkCounts *> RenameDetector::chunks(Candidate &candidate)
{
    if (candidate.chunks)
        return candidate.chunks;
    const ObjectId &id = candidate.side->id;
    if (const auto *known = m_chunks.find(id)) {
        candidate.chunks = known->get();
        return candidate.chunks;
    }
    auto content = m_blobs.read(id, /*keep=*/true);
    if (!content)
        return content.error();
    auto counted = std::make_unique<ChunkCounts>(*content);
    candidate.chunks = counted.get();
    m_chunks.insert(id, std::move(counted));
    return candidate.chunks;
}

} // namespace clearroom::git::detail
