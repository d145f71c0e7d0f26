// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "zipwriter.h"

#include "zipentryname.h"

#include <QBuffer>
#include <QFileDevice>
#include <QIODevice>

#include <zip.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace clearroom::package {

namespace {

// 1980-01-01 00:00:00 in the DOS date and time fields.
constexpr zip_uint16_t DosTime = 0x0000;
constexpr zip_uint16_t DosDate = (0 << 9) | (1 << 5) | 1;
// A regular file, rw-r--r--, in the high half of the external attributes.
constexpr zip_uint32_t UnixRegularFile = 0100644u << 16;
// Local header (30) and central header (46) without the name, per entry; end record.
constexpr qint64 EntryOverhead = 30 + 46;
constexpr qint64 EndOverhead = 22;

// What libzip's callbacks report back: the first failure, in words a user can read. And
// what libzip writes, gathered here and passed to the device a mebibyte at a time: libzip
// writes a few kibibytes at a time, and the device of a package on removable media is
// unbuffered (a write each was tens of thousands of system calls for a large package).
struct WriteContext
{
    static constexpr int Chunk = 1 << 20;

    QIODevice *device = nullptr;
    zip_error_t error;
    QString failure;
    QByteArray pending;

    zip_int64_t fail(int zipError, const QString &message)
    {
        zip_error_set(&error, zipError, 0);
        if (failure.isEmpty())
            failure = message;
        return -1;
    }

    // Writes what is gathered; false after a failure (set).
    bool flush()
    {
        if (pending.isEmpty())
            return true;
        const qint64 size = pending.size();
        const qint64 written = device->write(pending);
        pending.resize(0);
        if (written != size) {
            fail(ZIP_ER_WRITE, device->errorString());
            return false;
        }
        return true;
    }
};

// libzip writes the archive through this source into the device.
zip_int64_t writeToDevice(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *context = static_cast<WriteContext *>(userdata);
    QIODevice *device = context->device;
    switch (command) {
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(
            ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
            ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS,
            ZIP_SOURCE_BEGIN_WRITE, ZIP_SOURCE_COMMIT_WRITE, ZIP_SOURCE_ROLLBACK_WRITE,
            ZIP_SOURCE_WRITE, ZIP_SOURCE_SEEK_WRITE, ZIP_SOURCE_TELL_WRITE, ZIP_SOURCE_REMOVE, -1);
    case ZIP_SOURCE_STAT: {
        // A new, empty archive.
        auto *stat = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &context->error);
        if (!stat)
            return -1;
        zip_stat_init(stat);
        stat->valid = ZIP_STAT_SIZE;
        stat->size = 0;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_OPEN:
    case ZIP_SOURCE_READ:
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
    case ZIP_SOURCE_SEEK:
    case ZIP_SOURCE_TELL:
    case ZIP_SOURCE_REMOVE:
        return 0;
    case ZIP_SOURCE_ROLLBACK_WRITE:
        context->pending.resize(0);
        return 0;
    case ZIP_SOURCE_BEGIN_WRITE:
        context->pending.resize(0);
        context->pending.reserve(WriteContext::Chunk);
        if (!device->seek(0))
            return context->fail(ZIP_ER_SEEK, device->errorString());
        return 0;
    case ZIP_SOURCE_WRITE: {
        if (context->pending.size() + qint64(length) > WriteContext::Chunk && !context->flush())
            return -1;
        if (qint64(length) < WriteContext::Chunk) {
            context->pending.append(static_cast<const char *>(data), int(length));
            return zip_int64_t(length);
        }
        const qint64 written = device->write(static_cast<const char *>(data), qint64(length));
        if (written != qint64(length))
            return context->fail(ZIP_ER_WRITE, device->errorString());
        return written;
    }
    case ZIP_SOURCE_SEEK_WRITE: {
        if (!context->flush())
            return -1;
        const zip_int64_t target = zip_source_seek_compute_offset(zip_uint64_t(device->pos()),
                                                                  zip_uint64_t(device->size()),
                                                                  data, length, &context->error);
        if (target < 0)
            return -1;
        if (!device->seek(target))
            return context->fail(ZIP_ER_SEEK, device->errorString());
        return 0;
    }
    case ZIP_SOURCE_TELL_WRITE:
        return device->pos() + context->pending.size();
    case ZIP_SOURCE_COMMIT_WRITE:
        if (!context->flush())
            return -1;
        if (auto *file = qobject_cast<QFileDevice *>(device); file && !file->flush())
            return context->fail(ZIP_ER_WRITE, device->errorString());
        return 0;
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&context->error, data, length);
    default:
        zip_error_set(&context->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

// An entry made whole by a producer, handed out in pieces.
class BytesStream : public ZipWriter::Stream
{
public:
    explicit BytesStream(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
    }

    Result<qint64> read(char *data, qint64 length) override
    {
        const qint64 count = std::min(length, m_bytes.size() - m_offset);
        std::memcpy(data, m_bytes.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

QString announcedOtherwise(const QByteArray &name, qint64 announced, qint64 actual)
{
    return ZipWriter::tr("The content of the entry “%1” was announced as %2 bytes but has %3.")
        .arg(ZipEntryName::display(name))
        .arg(announced)
        .arg(actual);
}

// One entry's content for libzip: opened when libzip opens it, read piece by piece,
// released when libzip closes it.
struct EntrySource
{
    WriteContext *context = nullptr;
    QByteArray name;
    qint64 size = 0;
    ZipWriter::StreamOpener open;
    std::unique_ptr<ZipWriter::Stream> stream;
    qint64 offset = 0;
    bool finished = false;
    zip_error_t error;

    zip_int64_t fail(int zipError, const QString &message)
    {
        zip_error_set(&error, zipError, 0);
        context->fail(zipError, message);
        return -1;
    }
};

zip_int64_t readEntry(void *userdata, void *data, zip_uint64_t length, zip_source_cmd_t command)
{
    auto *source = static_cast<EntrySource *>(userdata);
    switch (command) {
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              ZIP_SOURCE_SUPPORTS, -1);
    case ZIP_SOURCE_STAT: {
        auto *stat = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &source->error);
        if (!stat)
            return -1;
        zip_stat_init(stat);
        stat->valid = ZIP_STAT_SIZE;
        stat->size = zip_uint64_t(source->size);
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_OPEN: {
        Result<std::unique_ptr<ZipWriter::Stream>> opened = source->open();
        if (!opened)
            return source->fail(ZIP_ER_READ, opened.errorMessage());
        source->stream = std::move(opened).value();
        source->offset = 0;
        source->finished = false;
        return 0;
    }
    case ZIP_SOURCE_READ: {
        const qint64 wanted = std::min(qint64(length), source->size - source->offset);
        if (wanted == 0) {
            // The announced size is read: the stream must be at its end, and content.
            char beyond = 0;
            const Result<qint64> more = source->stream->read(&beyond, 1);
            if (!more)
                return source->fail(ZIP_ER_READ, more.errorMessage());
            if (*more > 0)
                return source->fail(
                    ZIP_ER_INCONS,
                    ZipWriter::tr("The content of the entry “%1” goes on beyond the %2 bytes "
                                  "announced.")
                        .arg(ZipEntryName::display(source->name))
                        .arg(source->size));
            if (!source->finished) {
                source->finished = true;
                if (const Result<void> finished = source->stream->finish(); !finished)
                    return source->fail(ZIP_ER_READ, finished.errorMessage());
            }
            return 0;
        }
        const Result<qint64> read = source->stream->read(static_cast<char *>(data), wanted);
        if (!read)
            return source->fail(ZIP_ER_READ, read.errorMessage());
        if (*read <= 0)
            return source->fail(ZIP_ER_INCONS,
                                announcedOtherwise(source->name, source->size, source->offset));
        source->offset += *read;
        return *read;
    }
    case ZIP_SOURCE_CLOSE:
        source->stream.reset();
        return 0;
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE:
        zip_error_fini(&source->error);
        delete source;
        return 0;
    default:
        zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

struct Discard
{
    void operator()(zip_t *archive) const noexcept { zip_discard(archive); }
};

// The end of central directory record of an archive without entries. libzip would
// remove an empty archive instead of writing it.
QByteArray emptyArchive()
{
    QByteArray bytes(int(EndOverhead), '\0');
    std::memcpy(bytes.data(), "PK\x05\x06", 4);
    return bytes;
}

} // namespace

void ZipWriter::add(const QString &name, const QByteArray &content)
{
    add(name.toUtf8(), content);
}

void ZipWriter::add(const QByteArray &name, const QByteArray &content)
{
    add(name, content.size(), [content]() -> Result<QByteArray> { return content; });
}

void ZipWriter::add(const QByteArray &name, qint64 size, Producer producer)
{
    addStream(name, size,
              [name, size, producer = std::move(producer)]() -> Result<std::unique_ptr<Stream>> {
                  Result<QByteArray> made = producer();
                  if (!made)
                      return made.error();
                  if (made->size() != size)
                      return Error {announcedOtherwise(name, size, made->size())};
                  return std::unique_ptr<Stream>(
                      std::make_unique<BytesStream>(std::move(made).value()));
              });
}

void ZipWriter::addStream(const QByteArray &name, qint64 size, StreamOpener open)
{
    m_entries.append({name, size, std::move(open)});
}

ZipWriter::Stream::~Stream() = default;

Result<void> ZipWriter::Stream::finish()
{
    return {};
}

Result<void> ZipWriter::check() const
{
    ZipEntryNameSet names;
    qint64 total = EndOverhead;
    for (const Entry &entry : m_entries) {
        const QString shown = ZipEntryName::display(entry.name);
        if (const QString problem = ZipEntryName::problem(entry.name); !problem.isEmpty())
            return Error {tr("The entry “%1” cannot be written: %2.").arg(shown, problem)};
        if (const auto earlier = names.insert(entry.name))
            return Error {tr("The entries “%1” and “%2” have the same name (or names that "
                             "differ only in case).")
                              .arg(ZipEntryName::display(*earlier), shown)};
        total += entry.size + EntryOverhead + 2 * entry.name.size();
        if (entry.size < 0 || entry.size > MaximumSize || total > MaximumSize)
            return Error {tr("The archive would reach 4 GiB at the entry “%1”: packages are "
                             "never written with ZIP64 extensions.")
                              .arg(shown)};
    }
    return {};
}

Result<void> ZipWriter::write(QIODevice &device) const
{
    if (Result<void> checked = check(); !checked)
        return checked;
    if (m_entries.isEmpty()) {
        const QByteArray bytes = emptyArchive();
        if (device.write(bytes) != bytes.size())
            return Error {device.errorString()};
        return {};
    }

    QVector<const Entry *> sorted;
    sorted.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        sorted.append(&entry);
    std::sort(sorted.begin(), sorted.end(),
              [](const Entry *a, const Entry *b) { return a->name < b->name; });

    WriteContext context;
    context.device = &device;
    zip_error_init(&context.error);
    const auto failed = [&context](const QString &libzipMessage) -> Result<void> {
        const QString message = context.failure.isEmpty()
            ? tr("libzip could not write the archive: %1").arg(libzipMessage)
            : context.failure;
        zip_error_fini(&context.error);
        return Error {message};
    };

    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *output = zip_source_function_create(writeToDevice, &context, &error);
    if (!output)
        return failed(QString::fromUtf8(zip_error_strerror(&error)));
    std::unique_ptr<zip_t, Discard> archive(
        zip_open_from_source(output, ZIP_CREATE | ZIP_TRUNCATE, &error));
    if (!archive) {
        zip_source_free(output);
        const QString message = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return failed(message);
    }
    zip_error_fini(&error);
    const auto archiveError
        = [&archive]() { return QString::fromUtf8(zip_strerror(archive.get())); };

    for (const Entry *entry : std::as_const(sorted)) {
        auto *state = new EntrySource;
        state->context = &context;
        state->name = entry->name;
        state->size = entry->size;
        state->open = entry->open;
        zip_error_init(&state->error);
        zip_source_t *source = zip_source_function_create(readEntry, state, nullptr);
        if (!source) {
            zip_error_fini(&state->error);
            delete state;
            return failed(archiveError());
        }
        const zip_int64_t index
            = zip_file_add(archive.get(), entry->name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return failed(archiveError());
        }
        const auto at = zip_uint64_t(index);
        if (zip_set_file_compression(archive.get(), at, ZIP_CM_STORE, 0) < 0
            || zip_file_set_dostime(archive.get(), at, DosTime, DosDate, 0) < 0
            || zip_file_set_external_attributes(archive.get(), at, 0, ZIP_OPSYS_UNIX,
                                                UnixRegularFile)
                < 0)
            return failed(archiveError());
    }
    if (zip_close(archive.get()) < 0)
        return failed(archiveError());
    archive.release(); // zip_close freed it
    zip_error_fini(&context.error);
    return {};
}

Result<QByteArray> ZipWriter::toByteArray() const
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    if (Result<void> written = write(buffer); !written)
        return written.error();
    return buffer.data();
}

} // namespace clearroom::package
