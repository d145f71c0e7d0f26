// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace clearroom::git {

class Repository;

/// Clearroom's record that every object file of a repository was verified once: each
/// pack as `git index-pack --verify` checks it (every object's id recomputed from its
/// delta-resolved content, and the pack's index found to name exactly those ids at those
/// offsets) and each loose object inflated and hashed. While the record applies (every
/// pack and loose object of the object folder is recorded, none changed, none added, no
/// alternates, no multi-pack-index), reading need not hash each object again: Repository
/// turns the re-hashing off for it (see Repository::objectsVerified()).
///
/// The record lives beside the commit-graph cache (CommitGraphCache::directory(), keyed the
/// same way, never in the repository). The file (numbers little-endian):
///
///     8  magic "CROBJVF1"
///     4  length L of the repository identity, then L bytes of it
///     4  number N of files, then N records:
///        1  kind (1 pack, 2 loose object)
///        4  length of the name, then the name ("pack-X.pack" or "ab/cdef...")
///        8  size, 8 mtime (nanoseconds since the epoch), 8 inode, 8 objects it holds
///        20 the pack's trailer checksum, 20 its index's checksum (zero for a loose object)
///     32 trailer: the SHA-256 of everything before it
///
/// A record that is damaged, foreign or does not match the files is not used; one that
/// cannot be parsed is deleted (as CommitGraphCache does).
class VerifiedObjects
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::VerifiedObjects)

public:
    /// One object file as the record keys it.
    struct File
    {
        enum Kind : quint8 { Pack = 1, Loose = 2 };
        Kind kind = Pack;
        QByteArray name; ///< "pack-X.pack" under objects/pack, or "ab/cdef..." under objects
        quint64 size = 0;
        qint64 mtime = 0; ///< nanoseconds
        quint64 inode = 0;
        quint64 objects = 0; ///< verified in it (not part of its identity)
        QByteArray packChecksum; ///< packs: the pack's trailer
        QByteArray indexChecksum; ///< packs: the .idx file's trailer
        /// Whether this is the same file, unchanged (the object count aside).
        bool sameAs(const File &other) const
        {
            return kind == other.kind && name == other.name && size == other.size
                && mtime == other.mtime && inode == other.inode
                && packChecksum == other.packChecksum && indexChecksum == other.indexChecksum;
        }
    };

    /// The record's file: the SHA-256 of the repository's identity with ".objects", in
    /// CommitGraphCache::directory().
    static QString filePath(const Repository &repository);

    struct Statistics
    {
        int packs = 0;
        qint64 packedObjects = 0;
        int looseObjects = 0;
        qint64 bytes = 0; ///< of the files verified
        int reused = 0; ///< files taken over unchanged from the record before, not verified again
    };
    /// Verifies every pack and loose object of the repository's own object folder (packs
    /// through libgit2's indexer into a temporary folder beside the record, never the
    /// repository) and writes the record. A file the record before holds unchanged is taken
    /// over, not verified again. Nothing is recorded when any object is damaged:
    /// the error names it and its pack. `progress` (may be empty) is told what is being
    /// verified.
    static Result<Statistics> build(const Repository &repository,
                                    const std::function<void(const QString &)> &progress = {},
                                    const std::atomic<bool> *cancel = nullptr);
    /// Deletes the record: true when there was one.
    static Result<bool> drop(const Repository &repository);

    /// What the record says about the repository as it is now.
    struct Status
    {
        bool recorded = false; ///< a usable record exists
        QString discarded; ///< why a record file was not usable (it was deleted)
        int packs = 0; ///< recorded
        int looseObjects = 0; ///< recorded
        QStringList changed; ///< object files new, changed or gone since, relative to objects/
        QString notApplicable; ///< why the record cannot apply whatever it holds (alternates)
        bool applies() const { return recorded && changed.isEmpty() && notApplicable.isEmpty(); }
    };
    static Status status(const Repository &repository);

    /// Whether the record for `identity` applies to the object folder `objectsDirectory`
    /// now: the quick check made when a repository is opened.
    static bool applies(const QByteArray &identity, const QString &objectsDirectory);

    /// The object files of an object folder, sorted (packs, then loose objects by name);
    /// false when the folder cannot be listed.
    static bool scan(const QString &objectsDirectory, std::vector<File> *files);
    /// Why a record can never apply to this object folder, or empty.
    static QString notApplicable(const QString &objectsDirectory);
};

} // namespace clearroom::git
