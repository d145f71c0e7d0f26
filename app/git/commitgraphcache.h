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
namespace detail {
class PathTable;
}

/// Clearroom's own commit graph of a repository, kept outside it in the user's cache
/// folder (never in the repository, which Clearroom does not write to): for every commit
/// reachable from the repository's refs and HEAD its tree, parents, commit time,
/// generation number and, against each parent, the exact list of the paths it changes.
/// History::walk takes parents and dates from it without reading the commits it does not
/// show, and decides from the lists whether a commit changes the walk's paths without
/// comparing trees.
///
/// The file (all numbers little-endian; offsets from the start of the file):
///
///     header   8  magic "CRGRAPH1"
///              4  format version (3)
///              4  object id length (20: SHA-1)
///              4  length L of the repository identity, then L bytes of it: the
///                 canonical path of the git directory
///              4  number T of tips, then T x 20 bytes: the commits it was built from
///                 (refs and HEAD), ascending
///              4  number N of commits
///              4  number P of parent ids
///              4  number C of changed-path entries
///              4  number S of paths
///              4  bytes B of the paths' names
///              4  most changed paths a list against a first parent holds (512; against
///                 a merge's other parents: 64)
///     ids      N x 20: the commit ids, strictly ascending
///     commits  N x 40: tree id (20), commit time (u64), generation (u32), first parent
///              (u32, an index into the parents) and number of parents (u32)
///     parents  P x 28: the parents of all commits, each commit's in the order it names
///              them: the parent's id (20; a parent missing from the repository is not
///              in `ids`), the start of the commit's changed paths against it (u32, an
///              index into the changed-path entries) and their number (u32; 0: nothing
///              changes; 0xFFFFFFFF: not known, every path may have changed: a parent
///              that cannot be read, more changed paths than a list holds)
///     changes  C x 4: path numbers (indexes into the paths), each list strictly ascending
///     paths    S x 8: where a path's name starts in the names (u32) and its length
///              (u32); the names strictly ascending as bytes, each once
///     names    B bytes
///     trailer  4: the CRC-32 (zlib's and gzip's) of everything before it
///
/// A list holds every path (and every folder above it, named without a trailing '/')
/// whose entry differs between the commit's tree and the parent's, as the walk's own
/// look-ups see entries: the first entry of each name in a tree, modes as git reads them.
/// A root commit has no list: the walk reads its tree.
///
/// Trust: a file is used only when its trailer, magic, version, sizes and identity are
/// right and every index, range and order in it holds (all checked once on load);
/// anything else is a damaged, truncated or foreign file, which load() deletes. Commits
/// and trees are named by the hash of their content, so a file Clearroom built from the
/// repository's objects cannot go wrong for the commits it holds; only a file forged
/// with a recomputed trailer in the user's own cache folder can. Against that, every
/// commit a walk shows is read from the repository and its tree, parents and commit time
/// compared with the cache (a difference is an error and the file is deleted); commits
/// passed over are not read, and the lists are taken as they are, both ways (git trusts
/// its own commit-graph and its Bloom filters' "no" the same way). Commits the file does
/// not hold (new since it was built) are read from the repository as without a cache.
class CommitGraphCache
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::CommitGraphCache)

public:
    /// A list's length when it is not known.
    static constexpr quint32 NoFilter = 0xFFFFFFFFu;
    /// The key of a path that no commit of the cache changes.
    static constexpr quint32 UnchangedPath = 0xFFFFFFFFu;

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
        int filters = 0; ///< commits whose paths changed against their first parent are known
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
    /// The number of parents, and one of them (counted from 0), without a vector.
    int parentCount(quint32 position) const;
    ObjectId parent(quint32 position, int index) const;

    /// A path as PathLookup reads it (its non-empty components) prepared for change(): its
    /// number in the cache, UnchangedPath when no commit the cache holds changes it;
    /// nullopt for the whole tree, which no list names.
    std::optional<quint32> lookupKey(const QByteArray &path) const;
    enum class PathChange { Unchanged, Changed, Unknown };
    /// Whether the path differs between the commit's tree and its `parent`-th parent's
    /// (counted from 0, in the order the commit names them).
    PathChange change(quint32 position, int parent, quint32 pathKey) const;

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
    const uchar *edge(quint32 position, int parent) const; // null past the last parent
    QByteArray pathAt(quint32 index) const;
    struct List
    {
        const uchar *numbers; // `length` path numbers, little-endian u32, ascending
        quint32 length;
    };
    // The changed paths against a parent, nullopt when not known.
    std::optional<List> list(quint32 position, int parent) const;
    // The changed paths against a parent as numbers of `table` (for a build that takes
    // the list over), nullopt when not known.
    std::optional<std::vector<quint32>> changedPaths(quint32 position, int parent,
                                                     detail::PathTable *table) const;

    QByteArray m_data;
    QString m_path;
    QVector<ObjectId> m_tips;
    std::vector<quint32> m_fanout; // 257 entries: the first id with each first byte, then N
    quint32 m_count = 0;
    qsizetype m_ids = 0;
    qsizetype m_records = 0;
    qsizetype m_parents = 0;
    qsizetype m_changes = 0;
    qsizetype m_paths = 0;
    qsizetype m_names = 0;
    quint32 m_pathCount = 0;
};

} // namespace clearroom::git
