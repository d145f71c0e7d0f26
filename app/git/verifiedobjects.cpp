// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "verifiedobjects.h"

#include "cachefileformat.h"
#include "commitgraphcache.h"
#include "filedescriptor.h"
#include "libgit2.h"
#include "looseobjectcheck.h"
#include "objectid.h"
#include "repository.h"
#include "repositoryaccess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <sys/stat.h>
#include <tuple>
#include <zlib.h>

namespace clearroom::git {

using namespace detail;

namespace {

constexpr char Magic[8] = {'C', 'R', 'O', 'B', 'J', 'V', 'F', '1'};
constexpr int ChecksumSize = 20;
constexpr int TrailerSize = 32;
// A record larger than this is not read: it would list tens of millions of files.
constexpr qint64 MaxRecordSize = qint64(1) << 30;

QString objectsDirectoryOf(const Repository &repository)
{
    return QFile::decodeName(git_repository_commondir(RepositoryAccess::handle(repository)))
        + QStringLiteral("objects");
}

bool isHex(const char *text, size_t length)
{
    for (size_t i = 0; i < length; ++i) {
        const char c = text[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

// The last `size` bytes of a file, or empty.
QByteArray tail(const QByteArray &path, qint64 fileSize, int size)
{
    const FileDescriptor file(::open(path.constData(), O_RDONLY | O_CLOEXEC));
    if (file.get() < 0 || fileSize < size)
        return {};
    QByteArray bytes(size, Qt::Uninitialized);
    if (::pread(file.get(), bytes.data(), size_t(size), off_t(fileSize - size)) != size)
        return {};
    return bytes;
}

// The order of scan() and of the record: packs, then loose objects, each by name.
bool byName(const VerifiedObjects::File &a, const VerifiedObjects::File &b)
{
    return std::tie(a.kind, a.name) < std::tie(b.kind, b.name);
}

bool statFile(const QByteArray &path, VerifiedObjects::File *file)
{
    struct stat info
    {
    };
    if (::stat(path.constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return false;
    file->size = quint64(info.st_size);
    file->mtime = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec;
    file->inode = quint64(info.st_ino);
    return true;
}

// The record: the files it holds, nullopt when it is damaged or foreign (`why` says how).
std::optional<std::vector<VerifiedObjects::File>>
parseRecord(const QByteArray &data, const QByteArray &identity, QString *why)
{
    const auto damaged = [why](const QString &reason) {
        *why = reason;
        return std::nullopt;
    };
    if (data.size() < qsizetype(sizeof Magic) + 8 + TrailerSize)
        return damaged(VerifiedObjects::tr("it is truncated"));
    if (std::memcmp(data.constData(), Magic, sizeof Magic) != 0)
        return damaged(VerifiedObjects::tr("it is not a Clearroom record of verified objects"));
    const qsizetype end = data.size() - TrailerSize;
    if (sha256(data.constData(), end) != data.mid(end))
        return damaged(VerifiedObjects::tr("its checksum does not match its content"));
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    qsizetype at = sizeof Magic;
    const auto has = [&](quint64 n) { return quint64(end - at) >= n; };
    const auto u32 = [&] {
        const quint32 value = qFromLittleEndian<quint32>(bytes + at);
        at += 4;
        return value;
    };
    const auto u64 = [&] {
        const quint64 value = qFromLittleEndian<quint64>(bytes + at);
        at += 8;
        return value;
    };
    if (!has(4))
        return damaged(VerifiedObjects::tr("its header is damaged"));
    const quint32 identityLength = u32();
    if (!has(quint64(identityLength) + 4))
        return damaged(VerifiedObjects::tr("its header is damaged"));
    if (data.mid(at, identityLength) != identity)
        return damaged(VerifiedObjects::tr("it belongs to another repository"));
    at += identityLength;
    const quint32 count = u32();
    std::vector<VerifiedObjects::File> files;
    for (quint32 i = 0; i < count; ++i) {
        if (!has(5))
            return damaged(VerifiedObjects::tr("its entries do not add up to its size"));
        VerifiedObjects::File file;
        const uchar kind = bytes[at++];
        if (kind != VerifiedObjects::File::Pack && kind != VerifiedObjects::File::Loose)
            return damaged(VerifiedObjects::tr("an entry is of an unknown kind"));
        file.kind = VerifiedObjects::File::Kind(kind);
        const quint32 nameLength = u32();
        if (!has(quint64(nameLength) + 32 + 2 * ChecksumSize))
            return damaged(VerifiedObjects::tr("its entries do not add up to its size"));
        file.name = data.mid(at, nameLength);
        at += nameLength;
        file.size = u64();
        file.mtime = qint64(u64());
        file.inode = u64();
        file.objects = u64();
        if (file.kind == VerifiedObjects::File::Pack) {
            file.packChecksum = data.mid(at, ChecksumSize);
            file.indexChecksum = data.mid(at + ChecksumSize, ChecksumSize);
        }
        at += 2 * ChecksumSize;
        if (!files.empty() && !byName(files.back(), file))
            return damaged(VerifiedObjects::tr("its entries are not in order"));
        files.push_back(std::move(file));
    }
    if (at != end)
        return damaged(VerifiedObjects::tr("its entries do not add up to its size"));
    return files;
}

QByteArray serialise(const QByteArray &identity, const std::vector<VerifiedObjects::File> &files)
{
    QByteArray data(Magic, sizeof Magic);
    appendU32(data, quint32(identity.size()));
    data += identity;
    appendU32(data, quint32(files.size()));
    const QByteArray zero(ChecksumSize, '\0');
    for (const VerifiedObjects::File &file : files) {
        data += char(file.kind);
        appendU32(data, quint32(file.name.size()));
        data += file.name;
        appendU64(data, file.size);
        appendU64(data, quint64(file.mtime));
        appendU64(data, file.inode);
        appendU64(data, file.objects);
        data += file.kind == VerifiedObjects::File::Pack ? file.packChecksum : zero;
        data += file.kind == VerifiedObjects::File::Pack ? file.indexChecksum : zero;
    }
    data += sha256(data.constData(), data.size());
    return data;
}

// The record file's files, nullopt when there is none or it is not usable (then it is
// deleted and `discarded` says why).
std::optional<std::vector<VerifiedObjects::File>>
loadRecord(const QString &path, const QByteArray &identity, QString *discarded)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    QString why;
    std::optional<std::vector<VerifiedObjects::File>> files;
    if (!file.open(QIODevice::ReadOnly))
        why = VerifiedObjects::tr("it cannot be read: %1").arg(file.errorString());
    else if (file.size() > MaxRecordSize)
        why = VerifiedObjects::tr("it is larger than any record Clearroom writes");
    else
        files = parseRecord(file.readAll(), identity, &why);
    file.close();
    if (!files) {
        QFile::remove(path);
        if (discarded) {
            *discarded
                = VerifiedObjects::tr("The record of verified objects '%1' was discarded: %2.")
                      .arg(path, why);
        }
    }
    return files;
}

// An index file's entries (id and offset), sorted by id; nullopt when it is not a sound
// pack index (`why` says how).
struct IndexEntry
{
    ObjectId id;
    quint64 offset = 0;
    bool operator==(const IndexEntry &other) const = default;
};

quint32 bigEndian32(const uchar *bytes)
{
    return qFromBigEndian<quint32>(bytes);
}

std::optional<std::vector<IndexEntry>> readIndex(const QByteArray &data, QString *why)
{
    const auto damaged = [why](const QString &reason) {
        *why = reason;
        return std::nullopt;
    };
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    const auto size = quint64(data.size());
    if (size < 256 * 4 + 2 * ChecksumSize)
        return damaged(VerifiedObjects::tr("it is truncated"));
    const QByteArray checksum
        = QCryptographicHash::hash(data.left(data.size() - ChecksumSize), QCryptographicHash::Sha1);
    if (checksum != data.right(ChecksumSize))
        return damaged(VerifiedObjects::tr("its checksum does not match its content"));
    const bool version2 = std::memcmp(bytes, "\377tOc", 4) == 0;
    if (version2 && bigEndian32(bytes + 4) != 2)
        return damaged(VerifiedObjects::tr("it has an unknown version"));
    const uchar *fanout = bytes + (version2 ? 8 : 0);
    if (version2 && size < 8 + 256 * 4 + 2 * ChecksumSize)
        return damaged(VerifiedObjects::tr("it is truncated"));
    quint32 previous = 0;
    for (int i = 0; i < 256; ++i) {
        const quint32 value = bigEndian32(fanout + 4 * i);
        if (value < previous)
            return damaged(VerifiedObjects::tr("its fan-out table is not in order"));
        previous = value;
    }
    const quint64 n = previous;
    std::vector<IndexEntry> entries;
    const uchar *table = fanout + 256 * 4;
    if (!version2) {
        if (size != 256 * 4 + n * 24 + 2 * ChecksumSize)
            return damaged(VerifiedObjects::tr("its size does not match its object count"));
        for (quint64 i = 0; i < n; ++i)
            entries.push_back({ObjectId::fromRaw(table + i * 24 + 4), bigEndian32(table + i * 24)});
    } else {
        const quint64 fixed = 8 + 256 * 4 + n * 28;
        if (size < fixed + 2 * ChecksumSize)
            return damaged(VerifiedObjects::tr("its size does not match its object count"));
        const uchar *offsets = table + n * 24;
        const uchar *longOffsets = offsets + n * 4;
        const quint64 longCount = (size - fixed - 2 * ChecksumSize) / 8;
        if (fixed + longCount * 8 + 2 * ChecksumSize != size)
            return damaged(VerifiedObjects::tr("its size does not match its object count"));
        for (quint64 i = 0; i < n; ++i) {
            quint64 offset = bigEndian32(offsets + i * 4);
            if (offset & 0x80000000u) {
                const quint64 slot = offset & 0x7FFFFFFFu;
                if (slot >= longCount)
                    return damaged(VerifiedObjects::tr("an offset lies outside it"));
                offset = qFromBigEndian<quint64>(longOffsets + slot * 8);
            }
            entries.push_back({ObjectId::fromRaw(table + i * 20), offset});
        }
    }
    for (quint64 i = 0; i < n; ++i) {
        const uchar first = entries[i].id.raw()[0];
        const quint32 below = first == 0 ? 0 : bigEndian32(fanout + 4 * (first - 1));
        if (i < below || i >= bigEndian32(fanout + 4 * first)
            || (i > 0 && !(entries[i - 1].id < entries[i].id)))
            return damaged(VerifiedObjects::tr("its ids are not in order"));
    }
    return entries;
}

struct IndexerDeleter
{
    void operator()(git_indexer *indexer) const noexcept { git_indexer_free(indexer); }
};

struct PackProgress
{
    const std::function<void(const QString &)> *progress;
    QString name;
    QElapsedTimer timer;
    const std::atomic<bool> *cancel;
};

int reportPackProgress(const git_indexer_progress *stats, void *payload)
{
    auto *state = static_cast<PackProgress *>(payload);
    if (state->cancel && state->cancel->load(std::memory_order_relaxed))
        return GIT_EUSER;
    if (*state->progress && state->timer.elapsed() >= 1000) {
        state->timer.restart();
        (*state->progress)(VerifiedObjects::tr("Verifying %1: %2 of %3 objects hashed")
                               .arg(state->name)
                               .arg(stats->indexed_objects)
                               .arg(stats->total_objects));
    }
    return 0;
}

// Verifies one pack as `git index-pack --verify` does; the number of its objects.
Result<qint64> verifyPack(const QString &packDirectory, const VerifiedObjects::File &pack,
                          const QString &scratch,
                          const std::function<void(const QString &)> &progress,
                          const std::atomic<bool> *cancel)
{
    const QString name = QFile::decodeName(pack.name);
    const QString packPath = packDirectory + QLatin1Char('/') + name;
    const QString indexPath = packPath.chopped(5) + QStringLiteral(".idx");
    const auto failed = [&](const QString &why) {
        return Error {
            VerifiedObjects::tr("The pack '%1' cannot be verified: %2").arg(packPath, why)};
    };
    QFile indexFile(indexPath);
    if (!indexFile.open(QIODevice::ReadOnly))
        return failed(indexFile.errorString());
    QString why;
    const QByteArray indexData = indexFile.readAll();
    const auto listed = readIndex(indexData, &why);
    if (!listed)
        return failed(VerifiedObjects::tr("its index is damaged: %1").arg(why));
    if (indexData.right(2 * ChecksumSize).left(ChecksumSize) != pack.packChecksum)
        return failed(VerifiedObjects::tr("its index belongs to another pack"));

    QTemporaryDir folder(scratch + QStringLiteral("/verify-XXXXXX"));
    if (!folder.isValid())
        return failed(
            VerifiedObjects::tr("the temporary folder '%1' cannot be created").arg(scratch));
    PackProgress state {&progress, name, {}, cancel};
    state.timer.start();
    git_indexer_options options;
    git_indexer_options_init(&options, GIT_INDEXER_OPTIONS_VERSION);
    options.progress_cb = &reportPackProgress;
    options.progress_cb_payload = &state;
    git_indexer *raw = nullptr;
    if (git_indexer_new(&raw, QFile::encodeName(folder.path()).constData(), 0, nullptr, &options)
        < 0)
        return failed(lastErrorText());
    std::unique_ptr<git_indexer, IndexerDeleter> indexer(raw);
    QFile packFile(packPath);
    if (!packFile.open(QIODevice::ReadOnly))
        return failed(packFile.errorString());
    git_indexer_progress stats {};
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = packFile.read(buffer.data(), buffer.size());
        if (n < 0)
            return failed(packFile.errorString());
        if (n == 0)
            break;
        if (git_indexer_append(raw, buffer.constData(), size_t(n), &stats) < 0)
            return failed(lastErrorText());
    }
    if (git_indexer_commit(raw, &stats) < 0)
        return failed(lastErrorText());
    if (cancel && cancel->load())
        return Error {VerifiedObjects::tr("Verifying the objects was cancelled.")};

    // The ids the indexer computed from the content must be exactly what the repository's
    // index names, at the same offsets: otherwise a lookup by id would give other content.
    QFile builtFile(folder.path() + QStringLiteral("/pack-")
                    + QString::fromLatin1(git_indexer_name(raw)) + QStringLiteral(".idx"));
    if (!builtFile.open(QIODevice::ReadOnly))
        return failed(builtFile.errorString());
    const auto found = readIndex(builtFile.readAll(), &why);
    if (!found)
        return failed(why);
    if (*found == *listed)
        return qint64(found->size());
    std::vector<std::pair<quint64, ObjectId>> byOffset;
    for (const IndexEntry &entry : *found)
        byOffset.emplace_back(entry.offset, entry.id);
    std::sort(byOffset.begin(), byOffset.end());
    for (const IndexEntry &entry : *listed) {
        const auto at = std::lower_bound(byOffset.begin(), byOffset.end(),
                                         std::pair<quint64, ObjectId>(entry.offset, ObjectId()));
        const QString id = QString::fromLatin1(entry.id.toHex());
        if (at == byOffset.end() || at->first != entry.offset) {
            return Error {VerifiedObjects::tr("The object %1 in the pack '%2' is damaged: the "
                                              "pack's index points it at an offset where no "
                                              "object starts.")
                              .arg(id, packPath)};
        }
        if (at->second != entry.id) {
            return Error {VerifiedObjects::tr("The object %1 in the pack '%2' is damaged: its "
                                              "content hashes to %3.")
                              .arg(id, packPath, QString::fromLatin1(at->second.toHex()))};
        }
    }
    return failed(VerifiedObjects::tr("it holds %1 objects, its index lists %2")
                      .arg(found->size())
                      .arg(listed->size()));
}

// Inflates and hashes one loose object; empty when it matches its name, else what is wrong.
QString verifyLoose(const QByteArray &path, const ObjectId &id, qint64 fileSize)
{
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return VerifiedObjects::tr("its file cannot be read: %1").arg(file.errorString());
    const QByteArray compressed = file.readAll();
    const auto *input = reinterpret_cast<const uchar *>(compressed.constData());
    if (!looksLikeZlib(input, compressed.size()))
        return VerifiedObjects::tr("it is not in git's loose format");
    z_stream z {};
    if (inflateInit(&z) != Z_OK)
        return VerifiedObjects::tr("zlib cannot be initialised");
    const std::unique_ptr<z_stream, int (*)(z_stream *)> end(&z, &inflateEnd);
    z.next_in = const_cast<uchar *>(input);
    z.avail_in = uInt(compressed.size());
    char header[64];
    z.next_out = reinterpret_cast<uchar *>(header);
    z.avail_out = sizeof header;
    int rc = inflate(&z, Z_NO_FLUSH);
    const auto produced = qsizetype(sizeof header - z.avail_out);
    const qsizetype nul = QByteArray::fromRawData(header, produced).indexOf('\0');
    QByteArray type;
    qint64 contentSize = 0;
    if ((rc != Z_OK && rc != Z_STREAM_END) || nul < 0
        || !parseLooseHeader(QByteArray(header, nul), &type, &contentSize))
        return VerifiedObjects::tr("its header is not a git object header");
    // zlib cannot expand data more than about a thousand times.
    if (contentSize > qMax<qint64>(fileSize, 64) * 1100)
        return VerifiedObjects::tr("its size does not match its header");
    QByteArray content(contentSize, Qt::Uninitialized);
    const qsizetype already = produced - nul - 1;
    std::memcpy(content.data(), header + nul + 1, size_t(qMin<qint64>(already, contentSize)));
    if (already > contentSize)
        return VerifiedObjects::tr("its size does not match its header");
    qint64 filled = already;
    while (rc != Z_STREAM_END) {
        char spare;
        z.next_out = filled < contentSize ? reinterpret_cast<uchar *>(content.data() + filled)
                                          : reinterpret_cast<uchar *>(&spare);
        z.avail_out = filled < contentSize ? uInt(qMin<qint64>(contentSize - filled, 1 << 30)) : 1;
        const uInt before = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        filled += before - z.avail_out;
        if (filled > contentSize || (rc != Z_OK && rc != Z_STREAM_END))
            return VerifiedObjects::tr("its compressed data is damaged or its size does not "
                                       "match its header");
    }
    if (filled != contentSize)
        return VerifiedObjects::tr("its size does not match its header");
    git_oid hashed;
    if (git_odb_hash(&hashed, content.constData(), size_t(contentSize),
                     git_object_string2type(type.constData()))
            < 0
        || std::memcmp(hashed.id, id.raw(), ObjectId::RawSize) != 0)
        return VerifiedObjects::tr("its content does not match its id");
    return {};
}

} // namespace

QString VerifiedObjects::filePath(const Repository &repository)
{
    const QByteArray key = QCryptographicHash::hash(CommitGraphCache::identity(repository),
                                                    QCryptographicHash::Sha256);
    return CommitGraphCache::directory() + QLatin1Char('/') + QString::fromLatin1(key.toHex())
        + QStringLiteral(".objects");
}

bool VerifiedObjects::scan(const QString &objectsDirectory, std::vector<File> *files)
{
    files->clear();
    const QByteArray objects = QFile::encodeName(objectsDirectory);
    const QByteArray packs = objects + "/pack";
    if (std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(packs.constData()), &::closedir); dir) {
        while (const dirent *entry = ::readdir(dir.get())) {
            const QByteArray name(entry->d_name);
            if (!name.startsWith("pack-") || !name.endsWith(".pack"))
                continue;
            const QByteArray path = packs + '/' + name;
            const QByteArray index = path.chopped(5) + ".idx";
            File file;
            File indexFile;
            file.kind = File::Pack;
            file.name = name;
            // A pack without its index is read by neither libgit2 nor Clearroom.
            if (!statFile(index, &indexFile))
                continue;
            if (!statFile(path, &file))
                return false;
            file.packChecksum = tail(path, qint64(file.size), ChecksumSize);
            file.indexChecksum = tail(index, qint64(indexFile.size), ChecksumSize);
            if (file.packChecksum.isEmpty() || file.indexChecksum.isEmpty())
                return false;
            files->push_back(std::move(file));
        }
    } else if (errno != ENOENT) {
        return false;
    }
    std::unique_ptr<DIR, int (*)(DIR *)> top(::opendir(objects.constData()), &::closedir);
    if (!top)
        return false;
    while (const dirent *folder = ::readdir(top.get())) {
        if (std::strlen(folder->d_name) != 2 || !isHex(folder->d_name, 2))
            continue;
        const QByteArray sub = objects + '/' + folder->d_name;
        std::unique_ptr<DIR, int (*)(DIR *)> dir(::opendir(sub.constData()), &::closedir);
        if (!dir)
            continue;
        while (const dirent *entry = ::readdir(dir.get())) {
            if (std::strlen(entry->d_name) != 38 || !isHex(entry->d_name, 38))
                continue;
            File file;
            file.kind = File::Loose;
            file.name = QByteArray(folder->d_name) + '/' + entry->d_name;
            if (!statFile(objects + '/' + file.name, &file))
                return false;
            files->push_back(std::move(file));
        }
    }
    std::sort(files->begin(), files->end(), byName);
    return true;
}

QString VerifiedObjects::notApplicable(const QString &objectsDirectory)
{
    QFile alternates(objectsDirectory + QStringLiteral("/info/alternates"));
    if (alternates.open(QIODevice::ReadOnly) && !alternates.read(1 << 20).trimmed().isEmpty())
        return tr("the repository reads objects from other repositories (alternates), which "
                  "the record does not cover");
    if (QFileInfo::exists(objectsDirectory + QStringLiteral("/pack/multi-pack-index")))
        return tr("the repository has a multi-pack-index, which the record does not cover");
    return {};
}

bool VerifiedObjects::applies(const QByteArray &identity, const QString &objectsDirectory)
{
    if (!notApplicable(objectsDirectory).isEmpty())
        return false;
    const QByteArray key = QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
    const QString path = CommitGraphCache::directory() + QLatin1Char('/')
        + QString::fromLatin1(key.toHex()) + QStringLiteral(".objects");
    const auto recorded = loadRecord(path, identity, nullptr);
    std::vector<File> now;
    return recorded && scan(objectsDirectory, &now)
        && std::equal(now.cbegin(), now.cend(), recorded->cbegin(), recorded->cend(),
                      [](const File &a, const File &b) { return a.sameAs(b); });
}

Result<VerifiedObjects::Statistics>
VerifiedObjects::build(const Repository &repository,
                       const std::function<void(const QString &)> &progress,
                       const std::atomic<bool> *cancel)
{
    const QString objects = objectsDirectoryOf(repository);
    const QString path = filePath(repository);
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray identity = CommitGraphCache::identity(repository);
    const std::vector<File> before
        = loadRecord(path, identity, nullptr).value_or(std::vector<File> {});
    // Whatever happens below, the old record no longer speaks for these files.
    QFile::remove(path);
    if (!QDir().mkpath(folder))
        return Error {tr("The cache folder '%1' cannot be created.").arg(folder)};
    std::vector<File> files;
    if (!scan(objects, &files))
        return Error {tr("The object folder '%1' cannot be listed.").arg(objects)};

    Statistics statistics;
    const auto say = [&progress](const QString &text) {
        if (progress)
            progress(text);
    };
    for (File &file : files) {
        if (cancel && cancel->load())
            return Error {tr("Verifying the objects was cancelled.")};
        statistics.bytes += qint64(file.size);
        // Both lists are sorted the same way.
        const auto known = std::lower_bound(before.cbegin(), before.cend(), file, byName);
        if (known != before.cend() && known->sameAs(file)) {
            file.objects = known->objects;
            ++statistics.reused;
            if (file.kind == File::Pack) {
                ++statistics.packs;
                statistics.packedObjects += qint64(file.objects);
            } else {
                ++statistics.looseObjects;
            }
            continue;
        }
        if (file.kind == File::Pack) {
            say(tr("Verifying %1 (%2 MB)")
                    .arg(QFile::decodeName(file.name))
                    .arg(double(file.size) / 1e6, 0, 'f', 1));
            auto count
                = verifyPack(objects + QStringLiteral("/pack"), file, folder, progress, cancel);
            if (!count)
                return count.error();
            ++statistics.packs;
            statistics.packedObjects += *count;
            file.objects = quint64(*count);
            continue;
        }
        if (statistics.looseObjects == 0)
            say(tr("Verifying the loose objects"));
        const QByteArray hex = file.name.left(2) + file.name.mid(3);
        const QString damage = verifyLoose(QFile::encodeName(objects) + '/' + file.name,
                                           ObjectId::fromHex(hex), qint64(file.size));
        if (!damage.isEmpty()) {
            return Error {tr("The loose object %1 in '%2' is damaged: %3")
                              .arg(QString::fromLatin1(hex), objects, damage)};
        }
        ++statistics.looseObjects;
        file.objects = 1;
    }
    std::vector<File> after;
    const auto same = [](const std::vector<File> &a, const std::vector<File> &b) {
        return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                          [](const File &x, const File &y) { return x.sameAs(y); });
    };
    if (!scan(objects, &after) || !same(after, files)) {
        return Error {tr("The object files of '%1' changed while they were verified; nothing "
                         "was recorded. Run the command again.")
                          .arg(objects)};
    }
    const QByteArray data = serialise(identity, files);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit()) {
        return Error {tr("The record of verified objects '%1' cannot be written: %2")
                          .arg(path, out.errorString())};
    }
    return statistics;
}

Result<bool> VerifiedObjects::drop(const Repository &repository)
{
    const QString path = filePath(repository);
    if (!QFile::exists(path))
        return false;
    if (!QFile::remove(path))
        return Error {tr("The record of verified objects '%1' cannot be deleted.").arg(path)};
    return true;
}

VerifiedObjects::Status VerifiedObjects::status(const Repository &repository)
{
    Status status;
    const QString objects = objectsDirectoryOf(repository);
    status.notApplicable = notApplicable(objects);
    const auto recorded = loadRecord(filePath(repository), CommitGraphCache::identity(repository),
                                     &status.discarded);
    if (!recorded)
        return status;
    status.recorded = true;
    for (const File &file : *recorded)
        ++(file.kind == File::Pack ? status.packs : status.looseObjects);
    std::vector<File> now;
    if (!scan(objects, &now)) {
        status.changed.append(objects);
        return status;
    }
    const auto shown = [](const File &file) {
        return file.kind == File::Pack ? QStringLiteral("pack/") + QFile::decodeName(file.name)
                                       : QFile::decodeName(file.name);
    };
    // Both lists are sorted by kind and name: side by side.
    auto a = recorded->cbegin();
    auto b = now.cbegin();
    while (a != recorded->cend() || b != now.cend()) {
        if (b == now.cend() || (a != recorded->cend() && byName(*a, *b))) {
            status.changed.append(tr("%1 (gone)").arg(shown(*a++)));
        } else if (a == recorded->cend() || byName(*b, *a)) {
            status.changed.append(tr("%1 (new)").arg(shown(*b++)));
        } else {
            if (!a->sameAs(*b))
                status.changed.append(tr("%1 (changed)").arg(shown(*b)));
            ++a;
            ++b;
        }
    }
    return status;
}

} // namespace clearroom::git
