// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: RAII ownership of libgit2 handles and the library's set-up.

#include <git2.h>

#include <QString>

#include <functional>
#include <memory>

namespace clearroom::git::detail {

/// Initialises libgit2 once per process with Clearroom's settings: no configuration
/// from the user's home or the system, no owner check (vendor media belongs to
/// another user), strict hash verification of every object read.
void ensureLibraryInitialised();

/// The message libgit2 left for the calling thread, or a generic one.
QString lastErrorText();

/// One open repository handle's say in libgit2's strict hash verification, which is
/// process-wide: it is off only while every registered handle is verified (its objects
/// recorded verified once, see VerifiedObjects) and at least one is registered. A handle
/// counts as unverified from construction, so that the check is on before it reads
/// anything; thread-safe.
class HashCheckRegistration
{
public:
    HashCheckRegistration();
    ~HashCheckRegistration();
    HashCheckRegistration(const HashCheckRegistration &) = delete;
    HashCheckRegistration &operator=(const HashCheckRegistration &) = delete;

    void setVerified(bool verified);
    bool verified() const { return m_verified; }
    /// Whether libgit2 hashes every object it reads now (for tests).
    static bool strictNow();
    /// Runs `work` with libgit2's hash check lifted when at most one repository is open in
    /// this process (the caller's own), under the lock that keeps any other from opening
    /// meanwhile: false, without running it, otherwise. For reads whose content the
    /// caller has checked itself (blame's lent texts, read and verified through
    /// ObjectReader); `work` must read nothing else through libgit2.
    static bool runWithoutHashCheckIfAlone(const std::function<void()> &work);

private:
    bool m_verified = false;
};

template<typename T, void (*Free)(T *)>
struct HandleDeleter
{
    void operator()(T *p) const noexcept { Free(p); }
};

using RepositoryHandle
    = std::unique_ptr<git_repository, HandleDeleter<git_repository, git_repository_free>>;
using ObjectHandle = std::unique_ptr<git_object, HandleDeleter<git_object, git_object_free>>;
using TreeHandle = std::unique_ptr<git_tree, HandleDeleter<git_tree, git_tree_free>>;
using TreeEntryHandle
    = std::unique_ptr<git_tree_entry, HandleDeleter<git_tree_entry, git_tree_entry_free>>;
using BlobHandle = std::unique_ptr<git_blob, HandleDeleter<git_blob, git_blob_free>>;
using CommitHandle = std::unique_ptr<git_commit, HandleDeleter<git_commit, git_commit_free>>;
using ReferenceHandle
    = std::unique_ptr<git_reference, HandleDeleter<git_reference, git_reference_free>>;
using ReferenceIteratorHandle
    = std::unique_ptr<git_reference_iterator,
                      HandleDeleter<git_reference_iterator, git_reference_iterator_free>>;
using OdbHandle = std::unique_ptr<git_odb, HandleDeleter<git_odb, git_odb_free>>;
using OdbObjectHandle
    = std::unique_ptr<git_odb_object, HandleDeleter<git_odb_object, git_odb_object_free>>;

} // namespace clearroom::git::detail
