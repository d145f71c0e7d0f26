// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: git diff's rename detection over the changes of a tree comparison.

#include "blobcache.h"
#include "objectidmap.h"
#include "objectreader.h"
#include "similarity.h"
#include "treediff.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace clearroom::git::detail {

/// Pairs removed with added files into renames as `git diff -M` does (see TreeDiff):
/// each removed file is the source of one rename at most (copies are not looked for),
/// and a rename takes the place of its added file in the list.
class RenameDetector
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::RenameDetector)

public:
    /// `minimumScore` out of RenameScoreMax (git treats 0 as its default, 50 %).
    /// Sizes come from `objects`, contents through `blobs`.
    RenameDetector(const ObjectReader &objects, BlobCache &blobs, int minimumScore, int limit);

    /// Replaces pairs of a removed and an added file in `changes` (in git's order) by
    /// renames.
    Result<void> detect(QVector<FileChange> *changes);

    /// After detect(): the rename limit inexact detection would have needed, or 0.
    int neededLimit() const { return m_neededLimit; }

private:
    // A file that may take part in a rename: a removed one (a source) or an added one.
    struct Candidate
    {
        qsizetype index = -1; ///< among the sources or the destinations
        qsizetype change = -1; ///< its index in the list of changes
        const DiffSide *side = nullptr;
        QByteArray baseName;
        qsizetype pairedWith = -1; ///< the other candidate of its rename
        int score = 0;
        qint64 size = -1; ///< known once asked for
        const ChunkCounts *chunks = nullptr; ///< known once asked for
    };

    static void findExact(std::vector<Candidate> &sources, std::vector<Candidate> &destinations);
    Result<void> findByBaseName(const std::vector<Candidate *> &sources,
                                const std::vector<Candidate *> &destinations);
    Result<void> findMostSimilar(const std::vector<Candidate *> &sources,
                                 const std::vector<Candidate *> &destinations);
    /// git's estimate of how much of `destination` comes from `source`, 0 where it does
    /// not look (not both regular files, sizes too far apart for the threshold).
    Result<int> score(Candidate &source, Candidate &destination);
    /// score() of two candidates whose sizes and chunks are known (0 where git does not
    /// compare them); touches nothing, so it may run on another thread.
    int similarityOf(const Candidate &source, const Candidate &destination) const;
    Result<const ChunkCounts *> chunks(Candidate &candidate);
    Result<qint64> size(Candidate &candidate);
    static void pair(Candidate &source, Candidate &destination, int score);

    const ObjectReader &m_objects;
    BlobCache &m_blobs;
    int m_minimumScore;
    int m_limit;
    int m_neededLimit = 0;
    ObjectIdMap<std::unique_ptr<ChunkCounts>> m_chunks;
    ObjectIdMap<qint64> m_sizes;
};

} // namespace clearroom::git::detail
