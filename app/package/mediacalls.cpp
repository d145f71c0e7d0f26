// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "mediacalls.h"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clearroom::package {

MediaCalls::~MediaCalls() = default;

int MediaCalls::createFile(const QByteArray &path)
{
    return ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
}

ssize_t MediaCalls::write(int fd, const char *data, size_t size)
{
    return ::write(fd, data, size);
}

off_t MediaCalls::seek(int fd, off_t offset)
{
    return ::lseek(fd, offset, SEEK_SET);
}

int MediaCalls::sync(int fd)
{
    return ::fsync(fd);
}

int MediaCalls::startWriting(int fd, off_t offset, off_t length)
{
#ifdef __linux__
    return ::sync_file_range(fd, offset, length, SYNC_FILE_RANGE_WRITE);
#else
    Q_UNUSED(fd)
    Q_UNUSED(offset)
    Q_UNUSED(length)
    return 0;
#endif
}

int MediaCalls::close(int fd)
{
    return ::close(fd);
}

int MediaCalls::rename(const QByteArray &from, const QByteArray &to, bool replace)
{
    if (replace)
        return ::rename(from.constData(), to.constData());
    const int renamed
        = ::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE);
    if (renamed == 0 || errno != EINVAL)
        return renamed;
    // A file system without RENAME_NOREPLACE: check, then rename (a narrow race that
    // only another writer on the same medium could enter).
    struct stat existing;
    if (::lstat(to.constData(), &existing) == 0) {
        errno = EEXIST;
        return -1;
    }
    return ::rename(from.constData(), to.constData());
}

int MediaCalls::openFolder(const QByteArray &path)
{
    return ::open(path.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

int MediaCalls::dropCache(int fd)
{
    const int error = ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    if (error == 0)
        return 0;
    errno = error;
    return -1;
}

int MediaCalls::remove(const QByteArray &path)
{
    return ::unlink(path.constData());
}

MediaCalls &MediaCalls::system()
{
    static MediaCalls calls;
    return calls;
}

} // namespace clearroom::package
