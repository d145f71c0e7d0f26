// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "entryspool.h"

#include "mediawriter.h"
#include "sha256.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <unistd.h>

namespace clearroom::package {

namespace {

// A file without a name in `folder`, for its owner only: O_TMPFILE where the file system
// has it, else a file removed as soon as it is created. -1 with errno set on failure.
int unnamedFile(const QString &folder)
{
    const QByteArray path = QFile::encodeName(folder);
#ifdef O_TMPFILE
    const int fd = ::open(path.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0 || (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL))
        return fd;
#endif
    QByteArray pattern = path + "/.clearroom-spool-XXXXXX";
    const int named = ::mkostemp(pattern.data(), O_CLOEXEC);
    if (named >= 0 && ::unlink(pattern.constData()) != 0) {
        const int error = errno;
        ::close(named);
        errno = error;
        return -1;
    }
    return named;
}

} // namespace

// Reads one entry from the spool for the archive, keeping the spool alive meanwhile.
class EntrySpool::Reader : public ZipWriter::Stream
{
public:
    Reader(std::shared_ptr<const EntrySpool> spool, QString name)
        : m_spool(std::move(spool))
        , m_name(std::move(name))
    {
    }

    // The archive asks for a few kibibytes at a time: read from the file a mebibyte at a
    // time and handed out from here.
    Result<qint64> read(char *data, qint64 length) override
    {
        if (m_at == m_buffer.size()) {
            m_buffer.resize(ReadChunk);
            auto read = m_spool->readAt(m_name, m_offset, m_buffer.data(), ReadChunk);
            if (!read) {
                m_buffer.resize(0);
                m_at = 0;
                return read;
            }
            m_buffer.resize(int(*read));
            m_offset += *read;
            m_at = 0;
        }
        const qint64 handed = std::min(length, qint64(m_buffer.size() - m_at));
        std::memcpy(data, m_buffer.constData() + m_at, size_t(handed));
        m_at += int(handed);
        return handed;
    }

private:
    static constexpr qint64 ReadChunk = qint64(1) << 20;
    std::shared_ptr<const EntrySpool> m_spool;
    QString m_name;
    qint64 m_offset = 0; ///< of the end of the buffer in the entry
    QByteArray m_buffer;
    int m_at = 0; ///< in the buffer
};

EntrySpool::EntrySpool(int fd, QString folder)
    : m_folder(std::move(folder))
{
    m_files.push_back({fd, 0, false});
}

EntrySpool::~EntrySpool()
{
    for (const File &file : m_files)
        ::close(file.fd);
}

Result<std::shared_ptr<EntrySpool>> EntrySpool::create(const QString &folder)
{
    const QString in = folder.isEmpty() ? QDir::tempPath() : folder;
    const int fd = unnamedFile(in);
    if (fd < 0)
        return Error {tr("Could not make a temporary file in the folder “%1” to hold the "
                         "package's entries until they are written: %2.")
                          .arg(in, MediaWriter::reason(errno))};
    return std::shared_ptr<EntrySpool>(new EntrySpool(fd, in));
}

Result<void> EntrySpool::append(File &file, const QString &name, const char *data, qint64 size)
{
    qint64 done = 0;
    while (done < size) {
        const ssize_t written
            = ::pwrite(file.fd, data + done, size_t(size - done), file.end + done);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return Error {
                tr("Could not keep the entry “%1” in a temporary file in the folder "
                   "“%2” until it is written: %3.")
                    .arg(name, m_folder, MediaWriter::reason(written < 0 ? errno : ENOSPC))};
        done += written;
    }
    file.end += size;
    return {};
}

Result<ManifestEntry> EntrySpool::add(const QString &name, const QByteArray &bytes)
{
    return add(name, [&bytes](const Sink &sink) { return sink(bytes); });
}

Result<ManifestEntry> EntrySpool::add(const QString &name,
                                      const std::function<Result<void>(const Sink &sink)> &write)
{
    File *file = nullptr;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_slices.contains(name) || m_adding.contains(name))
            return Error {tr("The package has the entry “%1” twice.").arg(name)};
        for (File &each : m_files) {
            if (!each.inUse) {
                file = &each;
                break;
            }
        }
        if (!file) {
            const int fd = unnamedFile(m_folder);
            if (fd < 0)
                return Error {tr("Could not make a temporary file in the folder “%1” to hold the "
                                 "package's entries until they are written: %2.")
                                  .arg(m_folder, MediaWriter::reason(errno))};
            file = &m_files.emplace_back(File {fd, 0, false});
        }
        file->inUse = true;
        m_adding.insert(name);
    }
    const qint64 start = file->end;
    crypto::Sha256 digest;
    // The pieces (often a few hundred bytes: a finding's JSON, a piece of the report) go to
    // the file a mebibyte at a time, not in a write each.
    QByteArray buffered;
    buffered.reserve(WriteChunk);
    const auto flush = [&]() -> Result<void> {
        const Result<void> appended = append(*file, name, buffered.constData(), buffered.size());
        buffered.resize(0);
        return appended;
    };
    Result<void> written = write([&](const QByteArray &piece) -> Result<void> {
        digest.add(piece);
        if (buffered.size() + piece.size() > WriteChunk && !buffered.isEmpty()) {
            if (auto flushed = flush(); !flushed)
                return flushed;
        }
        if (piece.size() >= WriteChunk)
            return append(*file, name, piece.constData(), piece.size());
        buffered += piece;
        return {};
    });
    if (written && !buffered.isEmpty())
        written = flush();
    const QMutexLocker lock(&m_mutex);
    m_adding.remove(name);
    file->inUse = false;
    if (!written) {
        file->end = start; // what was appended is overwritten by the next entry
        return written.error();
    }
    m_slices.insert(name, {file, start, file->end - start});
    return ManifestEntry {name, file->end - start, digest.hex()};
}

bool EntrySpool::contains(const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    return m_slices.contains(name);
}

qint64 EntrySpool::size() const
{
    const QMutexLocker lock(&m_mutex);
    qint64 size = 0;
    for (const Slice &slice : m_slices)
        size += slice.size;
    return size;
}

EntrySpool::Slice EntrySpool::slice(const QString &name) const
{
    const QMutexLocker lock(&m_mutex);
    return m_slices.value(name);
}

Result<qint64> EntrySpool::readAt(const QString &name, qint64 offset, char *data,
                                  qint64 length) const
{
    const Slice slice = this->slice(name);
    const qint64 wanted = std::min(length, slice.size - offset);
    if (wanted <= 0)
        return qint64(0);
    for (;;) {
        const ssize_t read = ::pread(slice.file->fd, data, size_t(wanted), slice.offset + offset);
        if (read < 0 && errno == EINTR)
            continue;
        if (read <= 0)
            return Error {tr("Could not read the entry “%1” back from its temporary file in the "
                             "folder “%2”: %3.")
                              .arg(name, m_folder,
                                   read < 0 ? MediaWriter::reason(errno)
                                            : tr("the file is shorter than was written"))};
        return qint64(read);
    }
}

Result<QByteArray> EntrySpool::bytes(const QString &name) const
{
    if (!contains(name))
        return Error {tr("The package has no entry “%1”.").arg(name)};
    const qint64 size = slice(name).size;
    // A byte array holds less than 2 GiB; bigger entries go to the archive by addTo().
    if (size > std::numeric_limits<int>::max() - 64)
        return Error {
            tr("The entry “%1” (%2 bytes) is too large to be read whole.").arg(name).arg(size)};
    QByteArray bytes(int(size), Qt::Uninitialized);
    for (qint64 done = 0; done < size;) {
        auto read = readAt(name, done, bytes.data() + done, size - done);
        if (!read)
            return read.error();
        done += *read;
    }
    return bytes;
}

void EntrySpool::addTo(ZipWriter &writer, const QString &name) const
{
    std::shared_ptr<const EntrySpool> self = shared_from_this();
    writer.addStream(name.toUtf8(), slice(name).size,
                     [self, name]() -> Result<std::unique_ptr<ZipWriter::Stream>> {
                         return std::unique_ptr<ZipWriter::Stream>(
                             std::make_unique<Reader>(self, name));
                     });
}

} // namespace clearroom::package
