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
        m_counts.emplace_back(hash, bytes);
        hash = FnvOffset;
        bytes = 0;
        if (m_counts.size() >= mergeAt) {
            mergeEqualChunks();
            mergeAt = std::max(mergeAt, 2 * m_counts.size());
        }
    }
    // git leaves out what follows the last newline (unless 64 bytes long).
    mergeEqualChunks();
}

void ChunkCounts::mergeEqualChunks()
{
    std::sort(m_counts.begin(), m_counts.end());
    size_t kept = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        if (kept > 0 && m_counts[kept - 1].first == m_counts[i].first)
            m_counts[kept - 1].second += m_counts[i].second;
        else
            m_counts[kept++] = m_counts[i];
    }
    m_counts.resize(kept);
}

quint64 ChunkCounts::common(const ChunkCounts &other) const
{
    quint64 shared = 0;
    auto mine = m_counts.cbegin();
    auto theirs = other.m_counts.cbegin();
    while (mine != m_counts.cend() && theirs != other.m_counts.cend()) {
        if (mine->first < theirs->first) {
            ++mine;
        } else if (theirs->first < mine->first) {
            ++theirs;
        } else {
            shared += std::min(mine->second, theirs->second);
            ++mine;
            ++theirs;
        }
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
