// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "faultvfs.h"

#include <QtGlobal>

#include <algorithm>

#include <sqlite3.h>

namespace clearroom::test {

namespace {

/// What SQLite allocates for a file of this VFS: this header, then the default VFS's own
/// file (szOsFile covers both).
struct FaultFile
{
    /// Its pMethods is one of the tables below, or null where opening failed.
    sqlite3_file base;
    sqlite3_file *real;
    FaultVfs *owner;
    /// A database file (main, journal, WAL), not a temporary one.
    bool watched;
};
// The default VFS's file follows the header and needs its alignment.
static_assert(sizeof(FaultFile) % alignof(void *) == 0);

FaultFile *wrapper(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file);
}

sqlite3_file *real(sqlite3_file *file)
{
    return wrapper(file)->real;
}

/// The registered VFS and what it forwards to; its pAppData points here.
struct Registration
{
    sqlite3_vfs vfs {};
    sqlite3_vfs *base = nullptr;
    FaultVfs *owner = nullptr;
};

Registration &registration(sqlite3_vfs *vfs)
{
    return *static_cast<Registration *>(vfs->pAppData);
}

sqlite3_vfs *base(sqlite3_vfs *vfs)
{
    return registration(vfs).base;
}

constexpr int WatchedFiles
    = SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_WAL | SQLITE_OPEN_SUPER_JOURNAL;

} // namespace

/// The C callbacks SQLite calls: each forwards to the default VFS, asking FaultVfs::check()
/// first where a fault can hit.
struct FaultVfsCallbacks
{
    using Operation = FaultVfs::Operation;

    // --- sqlite3_io_methods -----------------------------------------------------------

    static int close(sqlite3_file *file)
    {
        sqlite3_file *inner = real(file);
        const int rc = inner->pMethods->xClose(inner);
        inner->pMethods = nullptr;
        return rc;
    }

    static int read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
    }

    static int write(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
    {
        if (const int rc = check(file, Operation::Write))
            return rc;
        return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    }

    static int truncate(sqlite3_file *file, sqlite3_int64 size)
    {
        if (const int rc = check(file, Operation::Truncate))
            return rc;
        return real(file)->pMethods->xTruncate(real(file), size);
    }

    static int sync(sqlite3_file *file, int flags)
    {
        if (const int rc = check(file, Operation::Sync))
            return rc;
        return real(file)->pMethods->xSync(real(file), flags);
    }

    static int fileSize(sqlite3_file *file, sqlite3_int64 *size)
    {
        return real(file)->pMethods->xFileSize(real(file), size);
    }

    static int lock(sqlite3_file *file, int level)
    {
        return real(file)->pMethods->xLock(real(file), level);
    }

    static int unlock(sqlite3_file *file, int level)
    {
        return real(file)->pMethods->xUnlock(real(file), level);
    }

    static int checkReservedLock(sqlite3_file *file, int *reserved)
    {
        return real(file)->pMethods->xCheckReservedLock(real(file), reserved);
    }

    static int fileControl(sqlite3_file *file, int op, void *argument)
    {
        int rc = real(file)->pMethods->xFileControl(real(file), op, argument);
        if (op == SQLITE_FCNTL_VFSNAME) {
            // Shims name themselves in front of what they wrap ("clearroom-fault/unix").
            auto *name = static_cast<char **>(argument);
            if (rc == SQLITE_OK)
                *name = sqlite3_mprintf("%s/%z", FaultVfs::Name, *name);
            else
                *name = sqlite3_mprintf("%s", FaultVfs::Name);
            rc = SQLITE_OK;
        }
        return rc;
    }

    static int sectorSize(sqlite3_file *file)
    {
        return real(file)->pMethods->xSectorSize(real(file));
    }

    static int deviceCharacteristics(sqlite3_file *file)
    {
        return real(file)->pMethods->xDeviceCharacteristics(real(file));
    }

    // Version 2: shared memory for the WAL index.
    static int shmMap(sqlite3_file *file, int region, int size, int extend, void volatile **map)
    {
        return real(file)->pMethods->xShmMap(real(file), region, size, extend, map);
    }

    static int shmLock(sqlite3_file *file, int offset, int count, int flags)
    {
        return real(file)->pMethods->xShmLock(real(file), offset, count, flags);
    }

    static void shmBarrier(sqlite3_file *file) { real(file)->pMethods->xShmBarrier(real(file)); }

    static int shmUnmap(sqlite3_file *file, int deleteFlag)
    {
        return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
    }

    // Version 3: memory-mapped reads.
    static int fetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
    {
        return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
    }

    static int unfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
    {
        return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
    }

    static sqlite3_io_methods makeMethods(int iVersion)
    {
        sqlite3_io_methods methods {};
        methods.iVersion = iVersion;
        methods.xClose = close;
        methods.xRead = read;
        methods.xWrite = write;
        methods.xTruncate = truncate;
        methods.xSync = sync;
        methods.xFileSize = fileSize;
        methods.xLock = lock;
        methods.xUnlock = unlock;
        methods.xCheckReservedLock = checkReservedLock;
        methods.xFileControl = fileControl;
        methods.xSectorSize = sectorSize;
        methods.xDeviceCharacteristics = deviceCharacteristics;
        if (iVersion >= 2) {
            methods.xShmMap = shmMap;
            methods.xShmLock = shmLock;
            methods.xShmBarrier = shmBarrier;
            methods.xShmUnmap = shmUnmap;
        }
        if (iVersion >= 3) {
            methods.xFetch = fetch;
            methods.xUnfetch = unfetch;
        }
        return methods;
    }

    /// The methods for a wrapped file whose own methods have iVersion: a file must not
    /// claim shared memory (which WAL needs) or memory mapping that the file it wraps lacks.
    static const sqlite3_io_methods *methods(int iVersion)
    {
        static const sqlite3_io_methods version1 = makeMethods(1);
        static const sqlite3_io_methods version2 = makeMethods(2);
        static const sqlite3_io_methods version3 = makeMethods(3);
        return iVersion >= 3 ? &version3 : iVersion == 2 ? &version2 : &version1;
    }

    static int check(sqlite3_file *file, Operation operation)
    {
        const FaultFile *faultFile = wrapper(file);
        return faultFile->watched ? faultFile->owner->check(operation) : SQLITE_OK;
    }

    // --- sqlite3_vfs --------------------------------------------------------------------

    static int open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                    int *outFlags)
    {
        Registration &self = registration(vfs);
        FaultFile *faultFile = wrapper(file);
        faultFile->base.pMethods = nullptr;
        faultFile->real = reinterpret_cast<sqlite3_file *>(faultFile + 1);
        faultFile->real->pMethods = nullptr;
        faultFile->owner = self.owner;
        faultFile->watched = (flags & WatchedFiles) != 0;

        if (faultFile->watched && (flags & SQLITE_OPEN_READWRITE) && self.owner->opensReadOnly()) {
            // A read-only file: opened read-only and reported so (in *outFlags), as the
            // default VFS does where the file has no write permission; SQLite then refuses
            // writes with SQLITE_READONLY. Where it does not exist, it is created below.
            const int readOnlyFlags
                = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_EXCLUSIVE))
                | SQLITE_OPEN_READONLY;
            if (openInner(self, name, faultFile, readOnlyFlags, outFlags) == SQLITE_OK) {
                self.owner->countFailure();
                return SQLITE_OK;
            }
        }
        return openInner(self, name, faultFile, flags, outFlags);
    }

    static int openInner(Registration &self, const char *name, FaultFile *faultFile, int flags,
                         int *outFlags)
    {
        const int rc = self.base->xOpen(self.base, name, faultFile->real, flags, outFlags);
        if (rc != SQLITE_OK) {
            // SQLite calls xClose only where pMethods is set: close what the default VFS
            // may have left open, and leave this file's pMethods null.
            if (faultFile->real->pMethods)
                faultFile->real->pMethods->xClose(faultFile->real);
            faultFile->real->pMethods = nullptr;
            faultFile->base.pMethods = nullptr;
            return rc;
        }
        faultFile->base.pMethods = methods(faultFile->real->pMethods->iVersion);
        return SQLITE_OK;
    }

    static int remove(sqlite3_vfs *vfs, const char *name, int syncDirectory)
    {
        if (const int rc = registration(vfs).owner->check(Operation::Delete))
            return rc;
        return base(vfs)->xDelete(base(vfs), name, syncDirectory);
    }

    static int access(sqlite3_vfs *vfs, const char *name, int flags, int *result)
    {
        return base(vfs)->xAccess(base(vfs), name, flags, result);
    }

    static int fullPathname(sqlite3_vfs *vfs, const char *name, int size, char *out)
    {
        return base(vfs)->xFullPathname(base(vfs), name, size, out);
    }

    static void *dlOpen(sqlite3_vfs *vfs, const char *fileName)
    {
        return base(vfs)->xDlOpen(base(vfs), fileName);
    }

    static void dlError(sqlite3_vfs *vfs, int size, char *message)
    {
        base(vfs)->xDlError(base(vfs), size, message);
    }

    using Symbol = void (*)();
    static Symbol dlSym(sqlite3_vfs *vfs, void *library, const char *symbol)
    {
        return base(vfs)->xDlSym(base(vfs), library, symbol);
    }

    static void dlClose(sqlite3_vfs *vfs, void *library)
    {
        base(vfs)->xDlClose(base(vfs), library);
    }

    static int randomness(sqlite3_vfs *vfs, int size, char *out)
    {
        return base(vfs)->xRandomness(base(vfs), size, out);
    }

    static int sleep(sqlite3_vfs *vfs, int microseconds)
    {
        return base(vfs)->xSleep(base(vfs), microseconds);
    }

    static int currentTime(sqlite3_vfs *vfs, double *julianDay)
    {
        return base(vfs)->xCurrentTime(base(vfs), julianDay);
    }

    static int lastError(sqlite3_vfs *vfs, int size, char *message)
    {
        return base(vfs)->xGetLastError(base(vfs), size, message);
    }

    static int currentTimeInt64(sqlite3_vfs *vfs, sqlite3_int64 *julianMilliseconds)
    {
        return base(vfs)->xCurrentTimeInt64(base(vfs), julianMilliseconds);
    }

    static int setSystemCall(sqlite3_vfs *vfs, const char *name, sqlite3_syscall_ptr call)
    {
        return base(vfs)->xSetSystemCall(base(vfs), name, call);
    }

    static sqlite3_syscall_ptr systemCall(sqlite3_vfs *vfs, const char *name)
    {
        return base(vfs)->xGetSystemCall(base(vfs), name);
    }

    static const char *nextSystemCall(sqlite3_vfs *vfs, const char *name)
    {
        return base(vfs)->xNextSystemCall(base(vfs), name);
    }

    static void registerAsDefault(Registration &self, FaultVfs &owner)
    {
        sqlite3_vfs *inner = sqlite3_vfs_find(nullptr);
        if (!inner)
            qFatal("FaultVfs: SQLite has no default VFS to wrap.");
        self.base = inner;
        self.owner = &owner;
        sqlite3_vfs &vfs = self.vfs;
        vfs.iVersion = std::min(inner->iVersion, 3);
        vfs.szOsFile = int(sizeof(FaultFile)) + inner->szOsFile;
        vfs.mxPathname = inner->mxPathname;
        vfs.zName = FaultVfs::Name;
        vfs.pAppData = &self;
        vfs.xOpen = open;
        vfs.xDelete = remove;
        vfs.xAccess = access;
        vfs.xFullPathname = fullPathname;
        // Where the default VFS lacks an optional method, so does this one.
        vfs.xDlOpen = inner->xDlOpen ? dlOpen : nullptr;
        vfs.xDlError = inner->xDlError ? dlError : nullptr;
        vfs.xDlSym = inner->xDlSym ? dlSym : nullptr;
        vfs.xDlClose = inner->xDlClose ? dlClose : nullptr;
        vfs.xRandomness = randomness;
        vfs.xSleep = sleep;
        vfs.xCurrentTime = currentTime;
        vfs.xGetLastError = inner->xGetLastError ? lastError : nullptr;
        if (vfs.iVersion >= 2)
            vfs.xCurrentTimeInt64 = inner->xCurrentTimeInt64 ? currentTimeInt64 : nullptr;
        if (vfs.iVersion >= 3) {
            vfs.xSetSystemCall = inner->xSetSystemCall ? setSystemCall : nullptr;
            vfs.xGetSystemCall = inner->xGetSystemCall ? systemCall : nullptr;
            vfs.xNextSystemCall = inner->xNextSystemCall ? nextSystemCall : nullptr;
        }
        if (const int rc = sqlite3_vfs_register(&vfs, 1); rc != SQLITE_OK)
            qFatal("FaultVfs: registering the VFS failed (%s).", sqlite3_errstr(rc));
    }
};

FaultVfs &FaultVfs::install()
{
    static FaultVfs vfs;
    // Function-local statics: registered once, even when several threads install.
    static Registration registration;
    static const bool registered = [] {
        FaultVfsCallbacks::registerAsDefault(registration, vfs);
        return true;
    }();
    Q_UNUSED(registered);
    return vfs;
}

void FaultVfs::failWrites(Fault fault, int afterWrites)
{
    const std::lock_guard lock(m_mutex);
    m_fault = fault;
    m_writesBeforeFault = std::max(afterWrites, 0);
    m_writes = m_syncs = m_failures = 0;
}

void FaultVfs::clear()
{
    failWrites(Fault::None);
}

FaultVfs::Fault FaultVfs::fault() const
{
    const std::lock_guard lock(m_mutex);
    return m_fault;
}

int FaultVfs::writes() const
{
    const std::lock_guard lock(m_mutex);
    return m_writes;
}

int FaultVfs::syncs() const
{
    const std::lock_guard lock(m_mutex);
    return m_syncs;
}

int FaultVfs::failures() const
{
    const std::lock_guard lock(m_mutex);
    return m_failures;
}

int FaultVfs::check(Operation operation)
{
    const std::lock_guard lock(m_mutex);
    if (operation == Operation::Write)
        ++m_writes;
    else if (operation == Operation::Sync)
        ++m_syncs;
    if (m_fault == Fault::None)
        return SQLITE_OK;
    if (m_writesBeforeFault > 0) {
        // Not failing yet: this write is one of those still allowed.
        if (operation == Operation::Write)
            --m_writesBeforeFault;
        return SQLITE_OK;
    }

    int rc = SQLITE_OK;
    switch (m_fault) {
    case Fault::None:
        break;
    case Fault::DiskFull:
        // Syncing, truncating and deleting need no new space.
        if (operation == Operation::Write)
            rc = SQLITE_FULL;
        break;
    case Fault::IoError:
        switch (operation) {
        case Operation::Write:
            rc = SQLITE_IOERR_WRITE;
            break;
        case Operation::Sync:
            rc = SQLITE_IOERR_FSYNC;
            break;
        case Operation::Truncate:
            rc = SQLITE_IOERR_TRUNCATE;
            break;
        case Operation::Delete:
            rc = SQLITE_IOERR_DELETE;
            break;
        }
        break;
    case Fault::ReadOnly:
        // The files lost their write permission; their folder did not.
        if (operation == Operation::Write || operation == Operation::Truncate)
            rc = SQLITE_READONLY;
        break;
    }
    if (rc != SQLITE_OK)
        ++m_failures;
    return rc;
}

bool FaultVfs::opensReadOnly() const
{
    const std::lock_guard lock(m_mutex);
    return m_fault == Fault::ReadOnly && m_writesBeforeFault == 0;
}

void FaultVfs::countFailure()
{
    const std::lock_guard lock(m_mutex);
    ++m_failures;
}

FaultVfs::Scope::Scope(Fault fault, int afterWrites)
    : m_vfs(FaultVfs::install())
{
    m_vfs.failWrites(fault, afterWrites);
}

FaultVfs::Scope::~Scope()
{
    m_vfs.clear();
}

} // namespace clearroom::test
