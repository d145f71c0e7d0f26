// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "objectid.h"
#include "reference.h"
#include "result.h"
#include "treeentry.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <string_view>

namespace clearroom::git {

namespace detail {
class RepositoryAccess;
}

/// An object named by a revision, with its type.
struct ResolvedObject
{
    ObjectId id;
    ObjectType type = ObjectType::Unknown;
};

/// One entry seen while walking a tree: valid only during the callback.
struct TreeEntryView
{
    std::string_view name;
    const unsigned char *rawId = nullptr;
    quint32 mode = 0;
    bool isTree() const { return mode == TreeEntry::Directory; }
};

/// A git repository opened read-only. Content comes only from the object database;
/// a work tree, if there is one, is never read, and nothing is ever written.
/// Not thread-safe: each thread opens its own.
class Repository
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::Repository)

public:
    /// Opens the repository at `path`, a work-tree root or a git directory (bare, with
    /// or without a config file). There is no upward search.
    static Result<Repository> open(const QString &path);

    Repository(Repository &&other) noexcept;
    Repository &operator=(Repository &&other) noexcept;
    ~Repository();

    /// The path the user gave, as opened.
    QString path() const;
    /// The git directory.
    QString gitDirectory() const;
    /// Whether there is a work tree beside the git directory (which Clearroom ignores).
    bool hasWorkTree() const;

    /// Whether every object file was recorded verified once (`clearroom-cli repo cache
    /// build`, see VerifiedObjects) and none changed or was added since, when it was opened:
    /// then objects are not hashed again as they are read. Never with alternates, nor with
    /// CLEARROOM_NO_CACHE set.
    bool objectsVerified() const;
    /// Hashes every object read from now on, whatever the record says (--no-cache).
    void hashEveryObject();

    /// Resolves git's revision syntax (names, ids, ~N, ^N, REV:PATH, ...).
    Result<ResolvedObject> resolve(const QByteArray &revision) const;
    /// Resolves a revision and peels it to a commit.
    Result<ObjectId> resolveCommit(const QByteArray &revision) const;
    /// Resolves a revision and peels it to a tree (a commit's root tree).
    Result<ObjectId> resolveTree(const QByteArray &revision) const;

    /// The entries of a tree, in the order git stores them.
    Result<TreeEntries> treeEntries(const ObjectId &tree) const;
    /// Calls `visit` for each entry of a tree, without copying: for large listings.
    Result<void> forEachTreeEntry(const ObjectId &tree,
                                  const std::function<void(const TreeEntryView &)> &visit) const;

    /// The size of an object in bytes, read from its header.
    Result<qint64> objectSize(const ObjectId &id) const;
    /// The bytes of a blob.
    Result<QByteArray> blobContent(const ObjectId &blob) const;
    /// Passes the bytes of a blob to `write` in pieces of at most 256 KiB without holding
    /// the whole blob (git's big files), each piece checked against the blob's id as it
    /// goes (see detail::BlobStreamer). An error from `write` stops the reading and is
    /// returned; a damage found after pieces were passed on is returned all the same.
    Result<void>
    streamBlob(const ObjectId &blob,
               const std::function<Result<void>(const char *data, qsizetype size)> &write) const;
    /// Calls `read` with the bytes of a blob without copying them, for searches over many
    /// blobs; the bytes are valid only during the call.
    Result<void> readBlob(const ObjectId &blob,
                          const std::function<void(const char *data, qsizetype size)> &read) const;

    /// A commit as stored (its message, people and parents); an error naming it when it
    /// is missing, damaged or not a commit.
    Result<CommitInfo> commit(const ObjectId &id) const;

    /// HEAD, branches and tags, sorted by name.
    Result<References> references() const;
    /// The symbolic target of HEAD (e.g. refs/heads/main) or empty when detached.
    QByteArray headTarget() const;

private:
    friend class detail::RepositoryAccess;
    Repository();
    struct Private;
    std::unique_ptr<Private> d;
};

/// The version of libgit2 in use, e.g. "1.5.1".
QString libgit2Version();

/// Whether content looks binary the way git decides it: a NUL byte in its first 8,000 bytes.
bool looksBinary(const QByteArray &content);

} // namespace clearroom::git
