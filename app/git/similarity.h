// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: git's measure of how similar two files are, shared by rename
// detection (repo diff, repo blame) and `repo log --follow`.

#include <QByteArray>
#include <QVector>

#include <array>
#include <unordered_map>

namespace clearroom::git::detail {

/// git's similarity scores run from 0 to MaxScore; a rename or copy needs 50 % by default.
constexpr quint64 MaxScore = 60000;
constexpr quint64 DefaultRenameScore = MaxScore / 2;

/// The content of a file as rename detection measures it: bytes per distinct chunk (a
/// line, or 64 bytes of a longer one; a CR before LF is not counted in text); what follows
/// the last newline does not count, as in git. Chunks are told apart by a 64-bit hash, so
/// the count is exact where git's table of 107,927 buckets can merge two chunks.
class ChunkCounts
{
public:
    explicit ChunkCounts(const QByteArray &content);

    /// The size of the whole content in bytes.
    quint64 size() const { return m_size; }

    /// The bytes of `other` that are found here as well.
    quint64 common(const ChunkCounts &other) const;

private:
    std::unordered_map<quint64, quint64> m_counts;
    quint64 m_size;
};

/// Whether two sizes are too far apart for a similarity of `minimumScore` (out of
/// MaxScore): git skips such pairs without reading them.
bool sizesTooFarApart(quint64 a, quint64 b, quint64 minimumScore = DefaultRenameScore);

/// git's similarity of a source to a destination, from 0 to MaxScore: the bytes of the
/// destination found in the source over the larger of the two sizes.
quint64 similarity(const ChunkCounts &source, const ChunkCounts &destination);

/// A possible source of a rename or copy: its index in the caller's list of sources.
struct RenameCandidate
{
    qsizetype source = -1; ///< -1: an empty slot
    quint64 score = 0;
    bool sameBaseName = false;
};

/// git keeps the four best candidates for each destination: a candidate better than the
/// worst one kept replaces the first of the worst; better means a higher score, then a
/// shared base name. Which of several equal candidates comes first follows from where
/// they were kept, as in git.
class BestCandidates
{
public:
    void offer(const RenameCandidate &candidate);
    /// The candidates kept, best first (git's stable sort of its four slots).
    QVector<RenameCandidate> ranked() const;

private:
    std::array<RenameCandidate, 4> m_slots;
};

} // namespace clearroom::git::detail
