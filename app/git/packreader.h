// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: objects straight from a repository's pack files, for the history
// walk, which reads tens of thousands of small objects once each.

#include "objectid.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <list>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace clearroom::git::detail {

/// Reads objects from the pack files of one object folder, as git's pack format
/// (gitformat-pack) describes them: the index (versions 1 and 2) finds an object's
/// offset, its data is inflated and, for a delta, applied to its base. Two kinds of objects
/// are kept for the deltas to come: the bases built on the way to an object that was asked
/// for (up to a budget of bytes, least recently used first out), and the last
/// KeptReadLately objects asked for, until a read is built on one of them (then it is a
/// base like the others). A kept object that is asked for itself is handed over and no
/// longer kept, as git's own cache does. So a walk back in time through a pack whose newer
/// versions are deltas on older ones (fast-import) keeps the bases still to come, and one
/// through git's own repacks, whose older versions are deltas on newer ones, finds the
/// newer version it read a few objects before. Keeping every object read instead cost a
/// walk a tenth of its time in memory never used again (page faults and cache misses).
/// Every offset, size and delta instruction is checked: a damaged or hostile pack gives
/// "damaged", never a read outside the files. libgit2 reads the same packs, but spends
/// more on each object (a cache of every object, locks, a loose-object look-up first)
/// than a walk that reads each one once can use.
class PackReader
{
public:
    enum class Outcome { Found, NotHere, Damaged };

    struct Object
    {
        int type = 0; ///< 1 commit, 2 tree, 3 blob, 4 tag (git's numbers)
        QByteArray content;
    };

    /// How many objects that were asked for, and that no read was built on yet, are kept:
    /// in git's packs an older version is a delta on a newer one that a walk back in time
    /// read a few objects before (git's delta window is 10 objects, 250 with --aggressive).
    static constexpr int KeptReadLately = 256;
    /// How many bytes of delta bases are kept by default. More costs more than it saves:
    /// with 8 MiB instead of 48 MiB, `repo log -- Makefile` on git.git touched half the
    /// memory pages (11,500 page faults instead of 23,900) and took 0.92 of the time, and
    /// blame of diff.c took the same.
    static constexpr qint64 DefaultCacheBudget = qint64(8) * 1024 * 1024;

    /// Opens every pack of `objectsDirectory` whose index and data file are both there;
    /// keeps up to `cacheBudget` bytes of delta bases.
    explicit PackReader(const QString &objectsDirectory, qint64 cacheBudget = DefaultCacheBudget);
    ~PackReader();
    PackReader(const PackReader &) = delete;
    PackReader &operator=(const PackReader &) = delete;

    bool isEmpty() const { return m_packs.empty(); }
    /// The bytes of objects kept now for the deltas to come.
    qint64 cachedBytes() const { return m_cachedBytes; }
    /// How many times data was inflated from a pack (objects stored whole, and deltas).
    qint64 inflations() const { return m_inflations; }

    /// The object `id`: Found (with `out` set), NotHere (in none of these packs, or in a
    /// form this reader leaves to libgit2), or Damaged.
    Outcome read(const ObjectId &id, Object *out);
    /// The type and size of `id` without building it: for a delta from the start of its
    /// data and the headers of its chain.
    Outcome header(const ObjectId &id, int *type, qint64 *size);

    /// Where a pack stores an object whole (not as a delta): its compressed data, to be
    /// inflated piece by piece from the pack file.
    struct StoredWhole
    {
        int type = 0;
        qint64 size = 0; ///< of the object's content
        int fileDescriptor = -1; ///< the pack file's, open for reading while this reader lives
        quint64 dataAt = 0; ///< where the compressed data starts
        quint64 dataEnd = 0; ///< where the pack's entries end: the data cannot run past it
        QString packPath;
    };
    /// Found (with `out` set) when `id` is stored whole in one of these packs; NotHere when
    /// it is absent or a delta; Damaged when its entry cannot be parsed.
    Outcome storedWhole(const ObjectId &id, StoredWhole *out);

private:
    struct Pack;
    struct Location
    {
        Pack *pack = nullptr;
        quint64 offset = 0;
    };
    struct Entry;
    using Ages = std::list<std::pair<Pack *, quint64>>;
    struct CachedBase
    {
        int type;
        QByteArray content;
        Ages::iterator age;
        /// Its place among the objects read lately, when it was kept as one of them and
        /// no read was built on it yet (then it is a base like any other).
        std::optional<std::list<quint64>::iterator> readLately;
    };

    std::optional<Location> find(const ObjectId &id);
    bool parseEntry(const Pack &pack, quint64 offset, Entry *entry) const;
    Outcome build(Pack *pack, quint64 offset, Object *out);
    bool inflate(const Pack &pack, quint64 at, qint64 size, QByteArray *out);
    /// The first `wanted` bytes of the data at `at` (fewer where it is shorter).
    bool inflateStart(const Pack &pack, quint64 at, qint64 wanted, QByteArray *out);
    /// Keeps an object built on the way to another (`asked` false) or one that was asked
    /// for (`asked` true: among the objects read lately).
    void remember(Pack *pack, quint64 offset, const Object &object, bool asked);
    void forget(std::unordered_map<quint64, CachedBase>::iterator cached);

    std::vector<std::unique_ptr<Pack>> m_packs;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater; // one zlib stream, reset for each object
    Pack *m_lastHit = nullptr;
    std::unordered_map<quint64, CachedBase> m_cache; // key: pack number << 48 | offset
    Ages m_ages; // least recently used first
    std::list<quint64> m_readLately; // objects asked for, no read built on them yet; oldest first
    qint64 m_cachedBytes = 0;
    qint64 m_inflations = 0;
    qint64 m_cacheBudget;
};

} // namespace clearroom::git::detail
