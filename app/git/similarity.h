// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: git's measure of how similar two files are, shared by rename
// detection (repo diff, repo blame) and `repo log --follow`.

#include <QByteArray>
#include <QVector>

#include <array>
#include <utility>
#include <vector>

namespace clearroom::git::detail {

/// git's similarity scores run from 0 to MaxScore; a rename or copy needs 50 % by default.
constexpr quint64 MaxScore = 60000;
constexpr quint64 DefaultRenameScore = MaxScore / 2;

/// The content of a file as rename detection measures it: bytes per distinct chunk (a
/// line, or 64 bytes of a longer one; a CR before LF is not counted in text); what follows
/// the last newline does not count, as in git. Chunks are told apart by a 64-bit hash, so
/// the count is exact where git's table of 107,927 buckets can merge two chunks: then git
/// finds a few more bytes in common. Measured on a generated diff of 200 inexact renames,
/// one "similarity index" came out a point higher in git; a pairing can differ only where
/// two candidates are that close. git's table is described nowhere but in its GPL source,
/// which Clearroom does not copy.
class ChunkCounts
{
public:
    ChunkCounts() = default;
    explicit ChunkCounts(const QByteArray &content);

    /// The size of the whole content in bytes.
    quint64 size() const { return m_size; }

    /// The bytes of `other` that are found here as well.
    quint64 common(const ChunkCounts &other) const;

private:
    void mergeEqualChunks(std::vector<std::pair<quint64, quint64>> &counts);

    // One entry per distinct chunk, sorted by its hash, hashes and byte counts apart: two
    // of them are compared in one pass over the hashes, which rename detection does for
    // every pair of files.
    std::vector<quint64> m_hashes;
    std::vector<quint64> m_bytes;
    quint64 m_size = 0;
};

/// Whether two sizes are too far apart for a similarity of `minimumScore` (out of
/// MaxScore): git skips such pairs without reading them.
bool sizesTooFarApart(quint64 a, quint64 b, quint64 minimumScore = DefaultRenameScore);

/// git's similarity of a source to a destination, from 0 to MaxScore: the bytes of the
/// destination found in the source over the larger of the two sizes.
quint64 similarity(const ChunkCounts &source, const ChunkCounts &destination);

/// The file name after the last '/'.
QByteArray baseName(const QByteArray &path);

/// A possible source of a renamed file, as git ranks them.
struct RenameCandidate
{
    qsizetype source = -1; ///< -1: an empty slot
    quint64 score = 0;
    bool sameBaseName = false;
};

/// git's order of rename candidates: negative when `a` is better. The higher score first,
/// then one with the destination's base name; an empty slot is worse than any.
int compareRenameCandidates(const RenameCandidate &a, const RenameCandidate &b);

/// git keeps the four best candidates for each destination: a new one replaces the first
/// of the worst ones when it is strictly better.
using BestRenameCandidates = std::array<RenameCandidate, 4>;
void keepIfBetter(BestRenameCandidates &best, const RenameCandidate &candidate);

/// The four best candidates as an object: offer() each, then ranked() gives those kept,
/// best first (git's stable sort of its four slots: which of equal candidates comes first
/// follows from where they were kept, as in git).
class BestCandidates
{
public:
    void offer(const RenameCandidate &candidate) { keepIfBetter(m_slots, candidate); }
    QVector<RenameCandidate> ranked() const;

private:
    BestRenameCandidates m_slots;
};

} // namespace clearroom::git::detail
