// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>

#include <sys/types.h>

namespace clearroom::package {

/// The system calls MediaWriter makes to put a file on removable media, one virtual
/// function each: the one seam through which tests make any step fail as a full,
/// read-only or removed medium would (ENOSPC, EROFS, EIO). As root, in a test, nothing
/// else can make them fail. Each returns what the system call returns and sets errno.
class MediaCalls
{
public:
    virtual ~MediaCalls();

    /// A new file, created exclusively, for writing.
    virtual int createFile(const QByteArray &path);
    virtual ssize_t write(int fd, const char *data, size_t size);
    virtual off_t seek(int fd, off_t offset);
    virtual int sync(int fd);
    /// Starts writing [offset, offset + length) of the file to the medium without waiting
    /// for it (sync_file_range(SYNC_FILE_RANGE_WRITE) on Linux; nothing elsewhere), so that
    /// sync() at the end waits for the last part only.
    virtual int startWriting(int fd, off_t offset, off_t length);
    virtual int close(int fd);
    /// Renames `from` to `to`; without `replace`, fails with EEXIST if `to` exists.
    virtual int rename(const QByteArray &from, const QByteArray &to, bool replace);
    virtual int openFolder(const QByteArray &path);
    /// posix_fadvise(POSIX_FADV_DONTNEED) over the whole file.
    virtual int dropCache(int fd);
    virtual int remove(const QByteArray &path);

    /// The calls as the system makes them.
    static MediaCalls &system();
};

} // namespace clearroom::package
