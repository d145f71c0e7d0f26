// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "similarity.h"

#include <algorithm>

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

} // namespace clearroom::git::detail
