// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "abbreviation.h"

#include "libgit2.h"
#include "repository.h"
#include "repositoryaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cstring>

namespace clearroom::git {

using namespace detail;

namespace {

constexpr int FallbackLength = 7;
constexpr int ShortestLength = 4;

using ConfigHandle = std::unique_ptr<git_config, HandleDeleter<git_config, git_config_free>>;

quint32 bigEndian32(const uchar *bytes)
{
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8)
        | quint32(bytes[3]);
}

// The object count of a pack index (version 2, or the original version without a
// header); nullopt when the file is not one.
std::optional<quint64> packIndexCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray head = file.read(8 + 256 * 4);
    const auto *bytes = reinterpret_cast<const uchar *>(head.constData());
    qsizetype fanout = 0;
    if (head.size() >= 8 && std::memcmp(bytes, "\377tOc", 4) == 0) {
        if (bigEndian32(bytes + 4) != 2)
            return std::nullopt;
        fanout = 8;
    }
    if (head.size() < fanout + 256 * 4)
        return std::nullopt;
    return bigEndian32(bytes + fanout + 255 * 4);
}

// A multi-pack index: its object count and the pack indexes it covers.
struct MultiPackIndex
{
    quint64 objects = 0;
    QSet<QString> packIndexes;
};

std::optional<MultiPackIndex> readMultiPackIndex(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray data = file.readAll();
    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    if (data.size() < 12 || std::memcmp(bytes, "MIDX", 4) != 0 || bytes[4] != 1)
        return std::nullopt;
    const int chunks = bytes[6];
    if (data.size() < 12 + (chunks + 1) * 12)
        return std::nullopt;
    MultiPackIndex index;
    bool haveCount = false;
    for (int i = 0; i < chunks; ++i) {
        const uchar *entry = bytes + 12 + i * 12;
        const quint64 offset = (quint64(bigEndian32(entry + 4)) << 32) | bigEndian32(entry + 8);
        const quint64 next = (quint64(bigEndian32(entry + 16)) << 32) | bigEndian32(entry + 20);
        if (offset > quint64(data.size()) || next > quint64(data.size()) || next < offset)
            return std::nullopt;
        if (std::memcmp(entry, "OIDF", 4) == 0 && next - offset >= 256 * 4) {
            index.objects = bigEndian32(bytes + offset + 255 * 4);
            haveCount = true;
        } else if (std::memcmp(entry, "PNAM", 4) == 0) {
            const QByteArray names = data.mid(qsizetype(offset), qsizetype(next - offset));
            for (const QByteArray &name : names.split('\0')) {
                if (!name.isEmpty())
                    index.packIndexes.insert(QFile::decodeName(name));
            }
        }
    }
    if (!haveCount)
        return std::nullopt;
    return index;
}

quint64 countOne(const QString &objectsDirectory, int depth, QSet<QString> *visited)
{
    const QString canonical = QFileInfo(objectsDirectory).canonicalFilePath();
    if (canonical.isEmpty() || visited->contains(canonical) || depth > 5)
        return 0;
    visited->insert(canonical);

    quint64 count = 0;
    const QDir packs(objectsDirectory + QStringLiteral("/pack"));
    const auto multiPack = readMultiPackIndex(packs.filePath(QStringLiteral("multi-pack-index")));
    if (multiPack)
        count += multiPack->objects;
    const QStringList indexes = packs.entryList({QStringLiteral("*.idx")}, QDir::Files, QDir::Name);
    for (const QString &index : indexes) {
        if (multiPack && multiPack->packIndexes.contains(index))
            continue;
        // git uses a pack only when both its index and its data are there.
        const QString pack = index.left(index.size() - 4) + QStringLiteral(".pack");
        if (!packs.exists(pack))
            continue;
        count += packIndexCount(packs.filePath(index)).value_or(0);
    }

    QFile alternates(objectsDirectory + QStringLiteral("/info/alternates"));
    if (alternates.open(QIODevice::ReadOnly)) {
        const QByteArrayList lines = alternates.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith('#'))
                continue;
            const QString path
                = QDir(objectsDirectory).absoluteFilePath(QFile::decodeName(trimmed));
            count += countOne(path, depth + 1, visited);
        }
    }
    return count;
}

enum class Setting { Automatic, Full, Fixed, Invalid };

Setting parseSetting(const QByteArray &value, int *length)
{
    const QByteArray lower = value.trimmed().toLower();
    if (lower == "auto")
        return Setting::Automatic;
    if (lower.isEmpty() || lower == "false" || lower == "no" || lower == "off")
        return Setting::Full;
    bool ok = false;
    const int number = lower.toInt(&ok);
    if (!ok || number < ShortestLength || number > ObjectId::HexSize)
        return Setting::Invalid;
    *length = number;
    return Setting::Fixed;
}

} // namespace

int automaticAbbreviationLength(quint64 objects)
{
    int bits = 0;
    while (objects >>= 1)
        ++bits;
    const int length = (bits + 1 + 1) / 2;
    return std::max(length, FallbackLength);
}

quint64 approximateObjectCount(const QString &objectsDirectory)
{
    QSet<QString> visited;
    return countOne(objectsDirectory, 0, &visited);
}

Abbreviator::Abbreviator(const Repository &repository, int minimumLength)
    : m_repository(&repository)
    , m_minimumLength(minimumLength)
{
}

Result<Abbreviator> Abbreviator::create(const Repository &repository)
{
    git_repository *handle = RepositoryAccess::handle(repository);
    git_config *rawConfig = nullptr;
    if (git_repository_config_snapshot(&rawConfig, handle) < 0) {
        return Error {tr("The configuration of the repository '%1' cannot be read: %2")
                          .arg(repository.path(), lastErrorText())};
    }
    ConfigHandle config(rawConfig);
    const char *value = nullptr;
    const int rc = git_config_get_string(&value, rawConfig, "core.abbrev");
    if (rc < 0 && rc != GIT_ENOTFOUND) {
        return Error {tr("The configuration of the repository '%1' cannot be read: %2")
                          .arg(repository.path(), lastErrorText())};
    }
    Setting setting = Setting::Automatic;
    int length = FallbackLength;
    if (rc == 0 && value)
        setting = parseSetting(QByteArray(value), &length);
    switch (setting) {
    case Setting::Invalid:
        return Error {tr("The repository '%1' sets core.abbrev to '%2', which is not 'auto', "
                         "'no' or a length from 4 to 40.")
                          .arg(repository.path(), QString::fromUtf8(value))};
    case Setting::Full:
        length = ObjectId::HexSize;
        break;
    case Setting::Automatic: {
        const QString objects
            = QFile::decodeName(git_repository_commondir(handle)) + QStringLiteral("objects");
        length = automaticAbbreviationLength(approximateObjectCount(objects));
        break;
    }
    case Setting::Fixed:
        break;
    }
    return Abbreviator(repository, length);
}

Result<QByteArray> Abbreviator::abbreviate(const ObjectId &id)
{
    if (const auto done = m_done.constFind(id); done != m_done.constEnd())
        return *done;
    const QByteArray hex = id.toHex();
    git_odb *odb = RepositoryAccess::odb(*m_repository);
    git_oid prefix;
    std::memcpy(prefix.id, id.raw(), ObjectId::RawSize);
    int length = m_minimumLength;
    while (length < ObjectId::HexSize) {
        git_oid found;
        const int rc = git_odb_exists_prefix(&found, odb, &prefix, size_t(length));
        if (rc == 0 || rc == GIT_ENOTFOUND)
            break;
        if (rc != GIT_EAMBIGUOUS) {
            return Error {
                tr("The objects of the repository '%1' cannot be searched for %2: %3")
                    .arg(m_repository->path(), QString::fromLatin1(hex), lastErrorText())};
        }
        ++length;
    }
    const QByteArray abbreviated = hex.left(length);
    m_done.insert(id, abbreviated);
    return abbreviated;
}

} // namespace clearroom::git
