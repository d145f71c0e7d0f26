// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blobstreamer.h"

#include "filedescriptor.h"
#include "libgit2.h"
#include "looseobjectcheck.h"
#include "packreader.h"
#include "repository.h"

#include <openssl/evp.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <memory>
#include <optional>
#include <unistd.h>
#include <vector>
#include <zlib.h>

namespace clearroom::git::detail {

namespace {

constexpr size_t InputPiece = 128 * 1024;
constexpr size_t OutputPiece = 256 * 1024;
constexpr int PackedBlob = 3; // git's number for a blob in a pack entry

// SHA-1 over "blob SIZE\0" and the content: the id git gives the object. OpenSSL's, which
// uses the processor's SHA instructions (about 2 GB/s here, several times libgit2's
// collision-detecting SHA-1, which has no interface for hashing piece by piece).
class ObjectHash
{
public:
    explicit ObjectHash(qint64 size)
        : m_context(EVP_MD_CTX_new())
    {
        m_ready = m_context && EVP_DigestInit_ex(m_context.get(), EVP_sha1(), nullptr) == 1;
        const QByteArray header = "blob " + QByteArray::number(size) + '\0';
        add(header.constData(), size_t(header.size()));
    }

    void add(const char *data, size_t size)
    {
        m_ready = m_ready && EVP_DigestUpdate(m_context.get(), data, size) == 1;
    }

    bool matches(const ObjectId &id)
    {
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        return m_ready && EVP_DigestFinal_ex(m_context.get(), digest, &length) == 1
            && length == unsigned(ObjectId::RawSize)
            && std::memcmp(digest, id.raw(), ObjectId::RawSize) == 0;
    }

private:
    struct Free
    {
        void operator()(EVP_MD_CTX *context) const noexcept { EVP_MD_CTX_free(context); }
    };
    std::unique_ptr<EVP_MD_CTX, Free> m_context;
    bool m_ready = false;
};

enum class Inflated { Finished, Stopped, Damaged, Truncated, ReadFailed };

// Inflates the zlib stream that starts at `offset` of `fd`, reading no further than
// `end`, and hands each piece of output to `take` (which returns false to stop).
Inflated inflateFile(int fd, quint64 offset, quint64 end,
                     const std::function<bool(const char *, size_t)> &take, int *readError)
{
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return Inflated::Damaged;
    const std::unique_ptr<z_stream, int (*)(z_stream *)> guard(&z, &inflateEnd);
    std::vector<unsigned char> input(InputPiece);
    std::vector<char> output(OutputPiece);
    quint64 at = offset;
    for (;;) {
        if (z.avail_in == 0) {
            if (at >= end)
                return Inflated::Truncated;
            const size_t wanted = size_t(std::min<quint64>(InputPiece, end - at));
            ssize_t n = 0;
            do {
                n = ::pread(fd, input.data(), wanted, off_t(at));
            } while (n < 0 && errno == EINTR);
            if (n < 0) {
                *readError = errno;
                return Inflated::ReadFailed;
            }
            if (n == 0)
                return Inflated::Truncated;
            at += quint64(n);
            z.next_in = input.data();
            z.avail_in = uInt(n);
        }
        z.next_out = reinterpret_cast<unsigned char *>(output.data());
        z.avail_out = uInt(OutputPiece);
        const int rc = inflate(&z, Z_NO_FLUSH);
        const size_t produced = OutputPiece - z.avail_out;
        if (produced > 0 && !take(output.data(), produced))
            return Inflated::Stopped;
        if (rc == Z_STREAM_END)
            return Inflated::Finished;
        // No progress although there is input and room: the data is damaged.
        if (rc != Z_OK && !(rc == Z_BUF_ERROR && z.avail_in == 0))
            return Inflated::Damaged;
    }
}

// Counts and hashes the content on its way to the sink; remembers why it stopped.
class ContentChecker
{
public:
    ContentChecker(qint64 size, const BlobStreamer::Sink &sink)
        : m_size(size)
        , m_hash(size)
        , m_sink(sink)
    {
    }

    bool take(const char *data, size_t size)
    {
        m_seen += qint64(size);
        if (m_seen > m_size) {
            m_tooLong = true;
            return false;
        }
        m_hash.add(data, size);
        auto written = m_sink(data, qsizetype(size));
        if (!written) {
            m_sinkError = written.error();
            return false;
        }
        return true;
    }

    bool tooLong() const { return m_tooLong; }
    bool complete() const { return m_seen == m_size; }
    bool matches(const ObjectId &id) { return m_hash.matches(id); }
    const std::optional<Error> &sinkError() const { return m_sinkError; }

private:
    qint64 m_size;
    qint64 m_seen = 0;
    bool m_tooLong = false;
    ObjectHash m_hash;
    const BlobStreamer::Sink &m_sink;
    std::optional<Error> m_sinkError;
};

} // namespace

BlobStreamer::BlobStreamer(git_odb *odb, QString objectsDirectory, QString repositoryPath)
    : m_odb(odb)
    , m_objectsDirectory(std::move(objectsDirectory))
    , m_path(std::move(repositoryPath))
{
}

Error BlobStreamer::damaged(const ObjectId &blob, const QString &why) const
{
    return {tr("The blob %1 in the repository '%2' is damaged: %3.")
                .arg(QString::fromLatin1(blob.toHex()), m_path, why)};
}

Result<void> BlobStreamer::stream(const ObjectId &blob, const Sink &sink) const
{
    // Packs first, as git and libgit2 look; a loose copy of an object a pack holds as a
    // delta still streams.
    auto packed = streamPacked(blob, sink);
    if (!packed)
        return packed.error();
    if (*packed == Found::Yes)
        return {};
    auto loose = streamLoose(blob, sink);
    if (!loose)
        return loose.error();
    if (*loose == Found::Yes)
        return {};
    return streamWhole(blob, sink);
}

Result<BlobStreamer::Found> BlobStreamer::streamPacked(const ObjectId &blob, const Sink &sink) const
{
    PackReader packs(m_objectsDirectory);
    PackReader::StoredWhole entry;
    switch (packs.storedWhole(blob, &entry)) {
    case PackReader::Outcome::NotHere:
        return Found::No;
    case PackReader::Outcome::Damaged:
        return damaged(blob, tr("its entry in the pack %1 cannot be parsed").arg(entry.packPath));
    case PackReader::Outcome::Found:
        break;
    }
    if (entry.type != PackedBlob) {
        return Error {tr("The object %1 in '%2' is a %3, not a blob.")
                          .arg(QString::fromLatin1(blob.toHex()), m_path,
                               QString::fromLatin1(
                                   git_object_type2string(static_cast<git_object_t>(entry.type))))};
    }
    ContentChecker checker(entry.size, sink);
    int readError = 0;
    const Inflated outcome = inflateFile(
        entry.fileDescriptor, entry.dataAt, entry.dataEnd,
        [&checker](const char *data, size_t size) { return checker.take(data, size); }, &readError);
    if (checker.sinkError())
        return *checker.sinkError();
    switch (outcome) {
    case Inflated::ReadFailed:
        return Error {tr("The blob %1 cannot be read from the pack %2: %3")
                          .arg(QString::fromLatin1(blob.toHex()), entry.packPath,
                               QString::fromLocal8Bit(std::strerror(readError)))};
    case Inflated::Damaged:
    case Inflated::Truncated:
        return damaged(blob,
                       tr("its compressed data in the pack %1 is damaged").arg(entry.packPath));
    case Inflated::Stopped:
    case Inflated::Finished:
        break;
    }
    if (checker.tooLong() || !checker.complete())
        return damaged(blob,
                       tr("its size in the pack %1 does not match its entry").arg(entry.packPath));
    if (!checker.matches(blob))
        return damaged(blob,
                       tr("its content in the pack %1 does not match its id").arg(entry.packPath));
    return Found::Yes;
}

Result<BlobStreamer::Found> BlobStreamer::streamLoose(const ObjectId &blob, const Sink &sink) const
{
    const QByteArray hex = blob.toHex();
    const QString fileName = m_objectsDirectory + u'/' + QString::fromLatin1(hex.left(2)) + u'/'
        + QString::fromLatin1(hex.mid(2));
    const FileDescriptor file(
        ::open(QFile::encodeName(fileName).constData(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Found::No;
        return Error {tr("The blob %1 cannot be read from %2: %3")
                          .arg(QString::fromLatin1(hex), fileName,
                               QString::fromLocal8Bit(std::strerror(errno)))};
    }
    unsigned char start[2] = {};
    if (::pread(file.get(), start, sizeof start, 0) != qint64(sizeof start)
        || !looksLikeZlib(start, 2))
        return Found::No; // libgit2's old format, or too short: libgit2 reads it or says why

    QByteArray header;
    std::optional<Error> failure;
    std::optional<ContentChecker> checker;
    const auto take = [&](const char *data, size_t size) {
        if (!checker) {
            const size_t nul = size_t(std::find(data, data + size, '\0') - data);
            header.append(data, qsizetype(std::min(nul, size)));
            if (nul == size) {
                if (header.size() < 64)
                    return true;
                failure = damaged(blob, tr("its header is not a git object header"));
                return false;
            }
            QByteArray type;
            qint64 contentSize = 0;
            if (!parseLooseHeader(header, &type, &contentSize)) {
                failure = damaged(blob, tr("its header is not a git object header"));
                return false;
            }
            if (type != "blob") {
                failure
                    = Error {tr("The object %1 in '%2' is a %3, not a blob.")
                                 .arg(QString::fromLatin1(hex), m_path, QString::fromLatin1(type))};
                return false;
            }
            checker.emplace(contentSize, sink);
            data += nul + 1;
            size -= nul + 1;
            if (size == 0)
                return true;
        }
        return checker->take(data, size);
    };
    int readError = 0;
    const Inflated outcome
        = inflateFile(file.get(), 0, std::numeric_limits<quint64>::max(), take, &readError);
    if (failure)
        return *failure;
    if (checker && checker->sinkError())
        return *checker->sinkError();
    switch (outcome) {
    case Inflated::ReadFailed:
        return Error {tr("The blob %1 cannot be read from %2: %3")
                          .arg(QString::fromLatin1(hex), fileName,
                               QString::fromLocal8Bit(std::strerror(readError)))};
    case Inflated::Damaged:
        return damaged(blob, tr("its compressed data in %1 is damaged").arg(fileName));
    case Inflated::Truncated:
        return damaged(blob,
                       tr("%1 ends before its compressed data does (truncated)").arg(fileName));
    case Inflated::Stopped:
    case Inflated::Finished:
        break;
    }
    if (!checker)
        return damaged(blob, tr("its header is not a git object header"));
    if (checker->tooLong() || !checker->complete())
        return damaged(blob, tr("its size in %1 does not match its header").arg(fileName));
    if (!checker->matches(blob))
        return damaged(blob, tr("its content in %1 does not match its id").arg(fileName));
    return Found::Yes;
}

Result<void> BlobStreamer::streamWhole(const ObjectId &blob, const Sink &sink) const
{
    git_oid oid;
    std::memcpy(oid.id, blob.raw(), ObjectId::RawSize);
    const QString hex = QString::fromLatin1(blob.toHex());
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    int rc = git_odb_read_header(&size, &type, m_odb, &oid);
    if (rc == GIT_ENOTFOUND)
        return Error {
            Repository::tr("Object %1 is missing from the repository '%2'.").arg(hex, m_path)};
    if (rc < 0) {
        return Error {Repository::tr("Object %1 in the repository '%2' cannot be read: %3")
                          .arg(hex, m_path, lastErrorText())};
    }
    if (type != GIT_OBJECT_BLOB) {
        return Error {tr("The object %1 in '%2' is a %3, not a blob.")
                          .arg(hex, m_path, QString::fromLatin1(git_object_type2string(type)))};
    }
    if (qint64(size) > WholeReadLimit) {
        return Error {tr("The blob %1 in '%2' is %3 bytes, stored in a form that Clearroom "
                         "cannot read piece by piece (a delta, or in the objects of another "
                         "repository); it reads such a blob whole only up to %4 MiB.")
                          .arg(hex, m_path)
                          .arg(qint64(size))
                          .arg(WholeReadLimit / (1024 * 1024))};
    }
    git_odb_object *raw = nullptr;
    rc = git_odb_read(&raw, m_odb, &oid);
    if (rc < 0) {
        return Error {Repository::tr("Object %1 in the repository '%2' cannot be read: %3")
                          .arg(hex, m_path, lastErrorText())};
    }
    const OdbObjectHandle object(raw);
    const auto *data = static_cast<const char *>(git_odb_object_data(raw));
    const auto total = qsizetype(git_odb_object_size(raw));
    for (qsizetype at = 0; at < total; at += qsizetype(OutputPiece)) {
        auto written = sink(data + at, std::min(qsizetype(OutputPiece), total - at));
        if (!written)
            return written;
    }
    return {};
}

} // namespace clearroom::git::detail
