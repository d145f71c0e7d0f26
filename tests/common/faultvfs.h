// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <mutex>

namespace clearroom::test {

/// An SQLite VFS for tests that makes the workspace's files fail as a full disk, a failing
/// disk or a read-only file would, and otherwise forwards everything to the default VFS.
///
/// install() registers it, once, as the default VFS "clearroom-fault"; only databases opened
/// after that go through it. Faults hit the database files (main database, rollback journal,
/// WAL), not SQLite's temporary files, and last until clear(). Thread-safe.
class FaultVfs
{
public:
    enum class Fault {
        None,
        /// Writes fail with SQLITE_FULL.
        DiskFull,
        /// Writes, syncs, truncations and deletions fail with SQLITE_IOERR_WRITE,
        /// _FSYNC, _TRUNCATE and _DELETE.
        IoError,
        /// The database files that exist are read-only, as after chmod a-w: opened for
        /// writing, they are opened read-only and reported so, as the default VFS does, and
        /// SQLite refuses to write with SQLITE_READONLY. Writes and truncations of files
        /// already open fail with SQLITE_READONLY. New files can still be created.
        ReadOnly,
    };

    static constexpr const char *Name = "clearroom-fault";

    /// Registers the VFS as SQLite's default (the first time) and returns it.
    static FaultVfs &install();

    /// From now on, after afterWrites more successful writes, fails with fault. Starts
    /// new counts.
    void failWrites(Fault fault, int afterWrites = 0);
    /// Ends the fault and starts new counts.
    void clear();

    Fault fault() const;
    /// Writes to database files since the last clear() or failWrites(), failed ones too.
    int writes() const;
    /// Syncs of database files since then.
    int syncs() const;
    /// Calls this VFS failed on purpose since then.
    int failures() const;

    /// Ends the fault (clear()) when it goes out of scope, whatever a test did meanwhile.
    class Scope
    {
    public:
        explicit Scope(Fault fault, int afterWrites = 0);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        FaultVfs &m_vfs;
    };

    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;

private:
    FaultVfs() = default;
    friend struct FaultVfsCallbacks;

    enum class Operation { Write, Sync, Truncate, Delete };
    /// What a call to the database files should return: 0 to forward it, else the SQLite
    /// error code of the fault. Counts the call.
    int check(Operation operation);
    /// Whether files are to be opened read-only now.
    bool opensReadOnly() const;
    void countFailure();

    mutable std::mutex m_mutex;
    Fault m_fault = Fault::None;
    int m_writesBeforeFault = 0;
    int m_writes = 0;
    int m_syncs = 0;
    int m_failures = 0;
};

} // namespace clearroom::test
