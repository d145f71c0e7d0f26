// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "similarity.h"

#include <algorithm>
#include <iterator>

namespace clearroom::git::detail {

namespace {
constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;
} // namespace

ChunkCounts::ChunkCounts(const QByteArray &content)
    : m_size(quint64(content.size()))
{
    const bool isText = !content.left(8000).contains('\0');
    const char *at = content.constData();
    const char *end = at + content.size();
    // Chunks are gathered and then sorted, merged every so often so that a huge file of
    // repeated lines needs memory for its distinct chunks only.
    std::vector<std::pair<quint64, quint64>> counts;
    size_t mergeAt = size_t(1) << 20;
    quint64 hash = FnvOffset;
    quint64 bytes = 0;
    for (; at < end; ++at) {
        const char c = *at;
        if (isText && c == '\r' && at + 1 < end && at[1] == '\n')
            continue;
        hash = (hash ^ static_cast<unsigned char>(c)) * FnvPrime;
        ++bytes;
        if (bytes < 64 && c != '\n')
            continue;
        counts.emplace_back(hash, bytes);
        hash = FnvOffset;
        bytes = 0;
        if (counts.size() >= mergeAt) {
            mergeEqualChunks(counts);
            mergeAt = std::max(mergeAt, 2 * counts.size());
        }
    }
    // git leaves out what follows the last newline (unless 64 bytes long).
    mergeEqualChunks(counts);
    m_hashes.reserve(counts.size());
    m_bytes.reserve(counts.size());
    for (const auto &[chunk, count] : counts) {
        m_hashes.push_back(chunk);
        m_bytes.push_back(count);
    }
}

void ChunkCounts::mergeEqualChunks(std::vector<std::pair<quint64, quint64>> &counts)
{
    std::sort(counts.begin(), counts.end());
    size_t kept = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (kept > 0 && counts[kept - 1].first == counts[i].first)
            counts[kept - 1].second += counts[i].second;
        else
            counts[kept++] = counts[i];
    }
    counts.resize(kept);
}

quint64 ChunkCounts::common(const ChunkCounts &other) const
{
    // A merge of the two sorted lists without branches on the data.
    const quint64 *mine = m_hashes.data();
    const quint64 *theirs = other.m_hashes.data();
    const size_t mySize = m_hashes.size();
    const size_t theirSize = other.m_hashes.size();
    quint64 shared = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < mySize && j < theirSize) {
        const quint64 a = mine[i];
        const quint64 b = theirs[j];
        const quint64 both = std::min(m_bytes[i], other.m_bytes[j]);
        shared += a == b ? both : 0;
        i += a <= b;
        j += b <= a;
    }
    return shared;
}

bool sizesTooFarApart(quint64 a, quint64 b, quint64 minimumScore)
{
    const quint64 largest = std::max(a, b);
    return largest * (MaxScore - minimumScore) < (largest - std::min(a, b)) * MaxScore;
}

quint64 similarity(const ChunkCounts &source, const ChunkCounts &destination)
{
    const quint64 largest = std::max(source.size(), destination.size());
    if (destination.size() == 0)
        return 0;
    return source.common(destination) * MaxScore / largest;
}

QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

int compareRenameCandidates(const RenameCandidate &a, const RenameCandidate &b)
{
    if (a.source < 0 || b.source < 0)
        return (a.source < 0 ? 1 : 0) - (b.source < 0 ? 1 : 0);
    if (a.score != b.score)
        return a.score > b.score ? -1 : 1;
    return int(b.sameBaseName) - int(a.sameBaseName);
}

void keepIfBetter(BestRenameCandidates &best, const RenameCandidate &candidate)
{
    size_t worst = 0;
    for (size_t slot = 1; slot < best.size(); ++slot) {
        if (compareRenameCandidates(best[slot], best[worst]) > 0)
            worst = slot;
    }
    if (compareRenameCandidates(best[worst], candidate) > 0)
        best[worst] = candidate;
}

QVector<RenameCandidate> BestCandidates::ranked() const
{
    BestRenameCandidates sorted = m_slots;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RenameCandidate &a, const RenameCandidate &b) {
                         return compareRenameCandidates(a, b) < 0;
                     });
    QVector<RenameCandidate> kept;
    std::copy_if(sorted.begin(), sorted.end(), std::back_inserter(kept),
                 [](const RenameCandidate &candidate) { return candidate.source >= 0; });
    return kept;
}

} // namespace clearroom::git::detail
