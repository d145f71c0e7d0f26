// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "similarity.h"

#include <algorithm>
#include <iterator>

namespace clearroom::git::detail {

namespace {
constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

// Better first: the higher score, then a shared base name; an empty slot is worst.
int compareCandidates(const RenameCandidate &a, const RenameCandidate &b)
{
    if (a.source < 0 || b.source < 0)
        return (a.source < 0 ? 1 : 0) - (b.source < 0 ? 1 : 0);
    if (a.score != b.score)
        return a.score > b.score ? -1 : 1;
    return int(b.sameBaseName) - int(a.sameBaseName);
}
} // namespace

ChunkCounts::ChunkCounts(const QByteArray &content)
    : m_size(quint64(content.size()))
{
    const bool isText = !content.left(8000).contains('\0');
    const char *at = content.constData();
    const char *end = at + content.size();
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
        m_counts[hash] += bytes;
        hash = FnvOffset;
        bytes = 0;
    }
    // git leaves out what follows the last newline (unless 64 bytes long).
}

quint64 ChunkCounts::common(const ChunkCounts &other) const
{
    quint64 shared = 0;
    for (const auto &[chunk, count] : other.m_counts) {
        const auto mine = m_counts.find(chunk);
        if (mine != m_counts.end())
            shared += std::min(count, mine->second);
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

void BestCandidates::offer(const RenameCandidate &candidate)
{
    size_t worst = 0;
    for (size_t slot = 1; slot < m_slots.size(); ++slot) {
        if (compareCandidates(m_slots[slot], m_slots[worst]) > 0)
            worst = slot;
    }
    if (compareCandidates(m_slots[worst], candidate) > 0)
        m_slots[worst] = candidate;
}

QVector<RenameCandidate> BestCandidates::ranked() const
{
    std::array<RenameCandidate, 4> sorted = m_slots;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const RenameCandidate &a, const RenameCandidate &b) {
                         return compareCandidates(a, b) < 0;
                     });
    QVector<RenameCandidate> kept;
    std::copy_if(sorted.begin(), sorted.end(), std::back_inserter(kept),
                 [](const RenameCandidate &c) { return c.source >= 0; });
    return kept;
}

} // namespace clearroom::git::detail
