// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: raw object content straight from the object database, for the
// history walk, which parses commits and trees itself (git's lenient rules, no copies).

#include "libgit2.h"
#include "objectid.h"
#include "objectverifier.h"
#include "packreader.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <string_view>

namespace clearroom::git {
class Repository;
}

namespace clearroom::git::detail {

/// The content of one object, valid while this lives.
class RawObject
{
public:
    explicit RawObject(OdbObjectHandle object);
    explicit RawObject(QByteArray content);

    const char *data() const { return m_data; }
    qsizetype size() const { return qsizetype(m_size); }
    std::string_view view() const { return {m_data, m_size}; }
    QByteArray copy() const { return m_object ? QByteArray(m_data, size()) : m_content; }

private:
    OdbObjectHandle m_object;
    QByteArray m_content;
    const char *m_data = nullptr;
    size_t m_size = 0;
};

/// Reads objects of one repository by id, checking their type. Packed objects of the
/// repository's own object folder come from PackReader, each one hashed again to check
/// its id (as libgit2 does for every object Clearroom reads; here or on other threads),
/// an error when it does not match. Every other object (loose, in an alternate, in a
/// pack PackReader leaves alone) comes through the repository's libgit2 object database.
/// When the repository's objects were verified once (Repository::objectsVerified()), no
/// object is hashed again: check() and the deferred checks accept everything.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::ObjectReader)

public:
    /// `packCacheBudget`: the bytes of delta bases PackReader keeps.
    explicit ObjectReader(const Repository &repository,
                          qint64 packCacheBudget = PackReader::DefaultCacheBudget);
    ObjectReader(const ObjectReader &) = delete;
    ObjectReader &operator=(const ObjectReader &) = delete;

    /// The object's content; an error naming the object when it is missing, unreadable,
    /// damaged or not of the `expected` type.
    Result<RawObject> read(const ObjectId &id, git_object_t expected) const;

    /// From now on, packed objects are checked against their ids on other threads
    /// (see ObjectVerifier) instead of where they are read, with `commitsOnly` only the
    /// commits; finishVerification() says whether all were right.
    void deferVerification(bool commitsOnly);
    /// Waits for the deferred checks: an error naming the first damaged object.
    Result<void> finishVerification();

    /// The size of an object's content, from its header.
    Result<qint64> size(const ObjectId &id) const;

    /// The object's content as read() gives it, unless it is larger than `limit` (at least
    /// 256 MiB): then nullopt and only its size, without reading it. A small packed object
    /// costs no separate look at its size. With `checked`, an object is not checked against
    /// its id here where the caller can do better (it computes the id anyway): `*checked`
    /// says whether it was, and the caller must check one that was not itself or pass it to
    /// check().
    Result<std::optional<RawObject>> readUpTo(const ObjectId &id, git_object_t expected,
                                              qint64 limit, qint64 *size,
                                              bool *checked = nullptr) const;
    /// Checks content read unchecked against its id (on the hashing threads when checks are
    /// deferred).
    Result<void> check(const ObjectId &id, git_object_t type, const char *data,
                       qsizetype size) const;
    /// The error for an object whose content does not match its id.
    Error damaged(const ObjectId &id) const;

    /// The repository's path as the user gave it, for messages.
    const QString &repositoryPath() const { return m_path; }

private:
    std::optional<Result<RawObject>> readPacked(const ObjectId &id, git_object_t expected,
                                                bool check = true) const;
    Result<RawObject> readFromDatabase(const ObjectId &id, git_object_t expected) const;
    Result<RawObject> checked(RawObject object, git_object_t type, git_object_t expected,
                              const ObjectId &id) const;
    /// With deferred checks: whether an object of this type is checked at all.
    bool deferredCheckWanted(git_object_t type) const
    {
        return !m_verifyCommitsOnly || type == GIT_OBJECT_COMMIT;
    }

    git_odb *m_odb;
    std::unique_ptr<PackReader> m_packs;
    std::unique_ptr<ObjectVerifier> m_verifier;
    bool m_verifyCommitsOnly = false;
    bool m_verified = false; // the repository's objects were verified once
    QString m_path;
};

} // namespace clearroom::git::detail
