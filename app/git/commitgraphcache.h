// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <atomic>
#include <optional>
#include <vector>

namespace clearroom::git {

class Repository;
struct CommitLinks;

/// Clearroom's own commit graph of a repository, kept outside it in the user's cache
/// folder (never in the repository, which Clearroom does not write to): for every commit
/// reachable from the repository's refs and HEAD its tree, parents, commit time,
/// generation number and a Bloom filter of the paths it changes against its first
/// parent. History::walk takes parents and dates from it without reading the commits it
/// does not show, and skips the tree comparison of a commit whose filter says the walk's
/// paths are certainly unchanged.
///
/// The file (all numbers little-endian; offsets from the start of the file):
///
///     header   8  magic "CRGRAPH1"
///              4  format version (1)
///              4  object id length (20: SHA-1)
///              4  length L of the repository identity, then L bytes of it: the
///                 canonical path of the git directory
///              4  number T of tips, then T x 20 bytes: the commits it was built from
///                 (refs and HEAD), ascending
///              4  number N of commits
///              4  number P of parent ids
///              4  bytes B of Bloom filters
///              4  Bloom hashes per path (7)
///              4  Bloom bits per path (10)
///              4  most changed paths a filter holds (512)
///     ids      N x 20: the commit ids, strictly ascending
///     commits  N x 48: tree id (20), commit time (u64), generation (u32), first parent
///              (u32, an index into the parent ids), number of parents (u32), start of
///              its filter (u32, an offset into the Bloom filters) and its length in
///              bytes (u32; 0: the commit changes nothing against its first parent;
///              0xFFFFFFFF: no filter, every path may have changed: a root commit, a
///              first parent that cannot be read, more changed paths than a filter holds)
///     parents  P x 20: the parents of all commits, each commit's in the order it names
///              them; a parent that is missing from the repository is not in `ids`
///     filters  B bytes
///     trailer  32: the SHA-256 of everything before it
///
/// A filter holds every path (and every folder above it) whose entry differs between
/// the commit's tree and its first parent's, as the walk's own look-ups see entries:
/// the first entry of each name in a tree, modes as git reads them. A path's bits are
/// (h1 + i * h2) mod bits for i < 7, h1 and h2 the halves of a 64-bit FNV-1a hash of
/// the path (no trailing '/') finished with splitmix64's mixer, h2 made odd.
///
/// Trust: a file is used only when its trailer, magic, version, sizes and identity are
/// right and every index and range in it lies inside it (all checked once on load);
/// anything else is a damaged, truncated or foreign file, which load() deletes. Commits
/// and trees are named by the hash of their content, so a file Clearroom built from the
/// repository's objects cannot go wrong for the commits it holds; only a file forged
/// with a recomputed trailer can. Therefore every commit a walk shows is read from the
/// repository and its tree, parents and commit time compared with the cache (a
/// difference is an error and the file is deleted); commits passed over are not read
/// (git's own commit-graph is trusted the same way). A Bloom "maybe" is always checked
/// against the trees. Commits the file does not hold (new since it was built) are read
/// from the repository as without a cache.
class CommitGraphCache
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::CommitGraphCache)

public:
    static constexpr quint32 NoFilter = 0xFFFFFFFFu;

    /// The folder of all caches: $CLEARROOM_CACHE_DIR when set, otherwise
    /// clearroom/commit-graphs in the user's cache folder ($XDG_CACHE_HOME or ~/.cache).
    static QString directory();
    /// What identifies the repository for the cache: its git directory's canonical path.
    static QByteArray identity(const Repository &repository);
    /// The repository's cache file: the SHA-256 of its identity, in directory().
    static QString filePath(const Repository &repository);

    /// The repository's cache, nullopt when there is none or it was discarded (damaged,
    /// truncated, foreign: the file is deleted and `*discarded` says why).
    static std::optional<CommitGraphCache> load(const Repository &repository,
                                                QString *discarded = nullptr);

    struct BuildStatistics
    {
        int commits = 0; ///< in the new file
        int reused = 0; ///< taken over from the file before
        int filters = 0; ///< Bloom filters (commits with "no filter" not counted)
    };
    /// Builds the cache for every commit reachable from the refs and HEAD, reusing what a
    /// valid file already holds, and replaces the file atomically (temporary file and
    /// rename). Reads the repository only; checks `cancel` (may be null) between commits.
    static Result<CommitGraphCache> build(const Repository &repository,
                                          const std::atomic<bool> *cancel = nullptr,
                                          BuildStatistics *statistics = nullptr);
    /// Deletes the repository's cache file: true when there was one.
    static Result<bool> drop(const Repository &repository);
    /// The tips a cache built now would start from: the refs' commits and HEAD's, sorted.
    static Result<QVector<ObjectId>> currentTips(const Repository &repository);

    const QString &path() const { return m_path; }
    int commitCount() const { return int(m_count); }
    const QVector<ObjectId> &tips() const { return m_tips; }
    /// Deletes the file (after the walk found it disagrees with the repository).
    void discard() const;

    /// The position of a commit in the cache.
    std::optional<quint32> find(const ObjectId &commit) const;
    ObjectId tree(quint32 position) const;
    quint64 commitTime(quint32 position) const;
    quint32 generation(quint32 position) const;
    QVector<ObjectId> parents(quint32 position) const;

    /// A path prepared for filter look-ups ("a/b" or "a/b/"; not "").
    static quint64 pathKey(const QByteArray &path);
    /// A path as PathLookup reads it (its non-empty components) prepared for filter
    /// look-ups; nullopt for the whole tree, which no filter knows.
    static std::optional<quint64> lookupKey(const QByteArray &path);
    /// Whether the path may differ between the commit's tree and its first parent's:
    /// false only when it certainly does not.
    bool mayHaveChanged(quint32 position, quint64 pathKey) const;

    /// Compares a commit read from the repository (`links`, as parsed, before any shallow
    /// boundary) with its record: when its tree, commit time or parents differ, the file
    /// is deleted and the error says so.
    Result<void> confirm(quint32 position, const ObjectId &commit, const CommitLinks &links,
                         const QString &repositoryPath) const;

private:
    CommitGraphCache() = default;
    static std::optional<CommitGraphCache> parse(QByteArray data, const QByteArray &identity,
                                                 QString *why);
    const uchar *record(quint32 position) const;

    QByteArray m_data;
    QString m_path;
    QVector<ObjectId> m_tips;
    std::vector<quint32> m_fanout; // 257 entries: the first id with each first byte, then N
    quint32 m_count = 0;
    qsizetype m_ids = 0;
    qsizetype m_records = 0;
    qsizetype m_parents = 0;
    qsizetype m_filters = 0;
};

} // namespace clearroom::git
