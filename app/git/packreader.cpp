// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packreader.h"

#include <QDir>

#include <cstring>
#include <libdeflate.h>
#include <utility>
#include <zlib.h>

namespace clearroom::git::detail {

namespace {

constexpr int Commit = 1;
constexpr int Tag = 4;
constexpr int OffsetDelta = 6;
constexpr int ReferenceDelta = 7;
constexpr int TrailerSize = 20; // the pack's own checksum
constexpr int LongestChain = 10000;
// Bigger objects are left to libgit2 (which streams them); a history walk meets none.
constexpr qint64 LargestObject = qint64(256) * 1024 * 1024;
// A size beyond this is a damaged (or hostile) pack, not a big object.
constexpr quint64 LargestPlausibleSize = quint64(1) << 40;
constexpr qint64 LargestCached = qint64(4) * 1024 * 1024;

quint32 bigEndian32(const uchar *bytes)
{
    return (quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8)
        | quint32(bytes[3]);
}

// A size in a delta's header: 7 bits a byte, least significant first.
bool readDeltaSize(const uchar *&at, const uchar *end, qint64 *size)
{
    quint64 value = 0;
    int shift = 0;
    while (true) {
        if (at >= end || shift > 56)
            return false;
        const uchar c = *at++;
        value |= quint64(c & 0x7F) << shift;
        shift += 7;
        if (!(c & 0x80))
            break;
    }
    if (value > LargestPlausibleSize)
        return false;
    *size = qint64(value);
    return true;
}

// Builds the result of a delta against `base`; false when the delta does not fit it.
bool applyDelta(const QByteArray &base, const QByteArray &delta, QByteArray *out)
{
    const auto *at = reinterpret_cast<const uchar *>(delta.constData());
    const uchar *end = at + delta.size();
    qint64 baseSize = 0;
    qint64 resultSize = 0;
    if (!readDeltaSize(at, end, &baseSize) || !readDeltaSize(at, end, &resultSize)
        || baseSize != base.size() || resultSize > LargestObject)
        return false;
    QByteArray result(resultSize, Qt::Uninitialized);
    char *write = result.data();
    qint64 written = 0;
    while (at < end) {
        const uchar command = *at++;
        if (command & 0x80) {
            quint64 offset = 0;
            quint64 size = 0;
            for (int i = 0; i < 4; ++i) {
                if (command & (1 << i)) {
                    if (at >= end)
                        return false;
                    offset |= quint64(*at++) << (8 * i);
                }
            }
            for (int i = 0; i < 3; ++i) {
                if (command & (0x10 << i)) {
                    if (at >= end)
                        return false;
                    size |= quint64(*at++) << (8 * i);
                }
            }
            if (size == 0)
                size = 0x10000;
            if (offset + size > quint64(base.size()) || written + qint64(size) > resultSize)
                return false;
            std::memcpy(write + written, base.constData() + offset, size);
            written += qint64(size);
        } else if (command) {
            if (end - at < command || written + command > resultSize)
                return false;
            std::memcpy(write + written, at, command);
            at += command;
            written += command;
        } else {
            return false; // reserved
        }
    }
    if (written != resultSize)
        return false;
    *out = std::move(result);
    return true;
}

} // namespace

struct PackReader::Pack
{
    int number = 0;
    QFile indexFile;
    QFile dataFile;
    const uchar *index = nullptr;
    qint64 indexSize = 0;
    const uchar *data = nullptr;
    qint64 dataSize = 0;
    int version = 2;
    quint32 count = 0;
    const uchar *fanout = nullptr;
    const uchar *ids = nullptr; // version 2: the ids; version 1: offset and id pairs
    const uchar *offsets = nullptr; // version 2
    const uchar *longOffsets = nullptr; // version 2
    quint64 longOffsetCount = 0;

    bool open(const QString &indexPath, const QString &dataPath)
    {
        indexFile.setFileName(indexPath);
        dataFile.setFileName(dataPath);
        if (!indexFile.open(QIODevice::ReadOnly) || !dataFile.open(QIODevice::ReadOnly))
            return false;
        indexSize = indexFile.size();
        dataSize = dataFile.size();
        if (indexSize < 256 * 4 + 40 || dataSize < 12 + TrailerSize)
            return false;
        index = indexFile.map(0, indexSize);
        data = dataFile.map(0, dataSize);
        if (!index || !data || std::memcmp(data, "PACK", 4) != 0)
            return false;
        const quint32 packVersion = bigEndian32(data + 4);
        if (packVersion != 2 && packVersion != 3)
            return false;
        if (std::memcmp(index, "\377tOc", 4) == 0) {
            if (bigEndian32(index + 4) != 2)
                return false;
            fanout = index + 8;
        } else {
            version = 1;
            fanout = index;
        }
        quint32 previous = 0;
        for (int i = 0; i < 256; ++i) {
            const quint32 value = bigEndian32(fanout + 4 * i);
            if (value < previous)
                return false;
            previous = value;
        }
        count = previous;
        const quint64 n = count;
        if (version == 1) {
            ids = fanout + 256 * 4;
            return quint64(indexSize) >= 256 * 4 + n * 24 + 40;
        }
        ids = fanout + 256 * 4;
        offsets = ids + n * 24; // after the ids and their CRCs
        longOffsets = offsets + n * 4;
        const quint64 fixed = 8 + 256 * 4 + n * 28;
        if (quint64(indexSize) < fixed + 40)
            return false;
        longOffsetCount = (quint64(indexSize) - fixed - 40) / 8;
        return true;
    }

    const uchar *idAt(quint32 i) const
    {
        return version == 1 ? ids + quint64(i) * 24 + 4 : ids + quint64(i) * 20;
    }

    std::optional<quint64> offsetAt(quint32 i) const
    {
        quint64 offset = 0;
        if (version == 1) {
            offset = bigEndian32(ids + quint64(i) * 24);
        } else {
            const quint32 small = bigEndian32(offsets + quint64(i) * 4);
            if (small & 0x80000000u) {
                const quint64 at = small & 0x7FFFFFFFu;
                if (at >= longOffsetCount)
                    return std::nullopt;
                offset = (quint64(bigEndian32(longOffsets + at * 8)) << 32)
                    | bigEndian32(longOffsets + at * 8 + 4);
            } else {
                offset = small;
            }
        }
        if (offset < 12 || offset >= quint64(dataSize - TrailerSize))
            return std::nullopt;
        return offset;
    }

    // The position of `id` in this pack's index.
    std::optional<quint32> position(const ObjectId &id) const
    {
        const uchar first = id.raw()[0];
        quint32 low = first ? bigEndian32(fanout + 4 * (first - 1)) : 0;
        quint32 high = bigEndian32(fanout + 4 * first);
        while (low < high) {
            const quint32 middle = low + (high - low) / 2;
            const int order = std::memcmp(id.raw(), idAt(middle), ObjectId::RawSize);
            if (order == 0)
                return middle;
            if (order < 0)
                high = middle;
            else
                low = middle + 1;
        }
        return std::nullopt;
    }
};

struct PackReader::Inflater
{
    z_stream stream {};
    bool ready = false;
    // For an object inflated whole: its size is known, which is what libdeflate needs
    // (two to three times faster than zlib; zlib stays for what is read in pieces).
    libdeflate_decompressor *whole = libdeflate_alloc_decompressor();
    Inflater() { ready = inflateInit(&stream) == Z_OK; }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
        if (whole)
            libdeflate_free_decompressor(whole);
    }
};

struct PackReader::Entry
{
    int type = 0;
    qint64 size = 0;
    quint64 dataAt = 0;
    quint64 baseOffset = 0; // OffsetDelta
    ObjectId baseId; // ReferenceDelta
};

PackReader::PackReader(const QString &objectsDirectory, qint64 cacheBudget)
    : m_inflater(std::make_unique<Inflater>())
    , m_cacheBudget(cacheBudget)
{
    const QDir packs(objectsDirectory + QStringLiteral("/pack"));
    const QStringList indexes = packs.entryList({QStringLiteral("*.idx")}, QDir::Files, QDir::Name);
    for (const QString &index : indexes) {
        const QString data = index.left(index.size() - 4) + QStringLiteral(".pack");
        if (!packs.exists(data))
            continue;
        auto pack = std::make_unique<Pack>();
        pack->number = int(m_packs.size());
        // A pack this reader cannot use is left to libgit2.
        if (pack->open(packs.filePath(index), packs.filePath(data)))
            m_packs.push_back(std::move(pack));
    }
}

PackReader::~PackReader() = default;

std::optional<PackReader::Location> PackReader::find(const ObjectId &id)
{
    if (m_lastHit) {
        if (const auto at = m_lastHit->position(id)) {
            if (const auto offset = m_lastHit->offsetAt(*at))
                return Location {m_lastHit, *offset};
        }
    }
    for (const auto &pack : m_packs) {
        if (pack.get() == m_lastHit)
            continue;
        if (const auto at = pack->position(id)) {
            if (const auto offset = pack->offsetAt(*at)) {
                m_lastHit = pack.get();
                return Location {pack.get(), *offset};
            }
        }
    }
    return std::nullopt;
}

bool PackReader::parseEntry(const Pack &pack, quint64 offset, Entry *entry) const
{
    const uchar *at = pack.data + offset;
    const uchar *end = pack.data + pack.dataSize - TrailerSize;
    if (at >= end)
        return false;
    uchar c = *at++;
    entry->type = (c >> 4) & 7;
    quint64 size = c & 15;
    int shift = 4;
    while (c & 0x80) {
        if (at >= end || shift > 56)
            return false;
        c = *at++;
        size |= quint64(c & 0x7F) << shift;
        shift += 7;
    }
    if (size > LargestPlausibleSize)
        return false;
    entry->size = qint64(size);
    if (entry->type == OffsetDelta) {
        if (at >= end)
            return false;
        c = *at++;
        quint64 distance = c & 0x7F;
        while (c & 0x80) {
            if (at >= end || distance > (quint64(1) << 56))
                return false;
            c = *at++;
            distance = ((distance + 1) << 7) | (c & 0x7F);
        }
        if (distance == 0 || distance > offset)
            return false;
        entry->baseOffset = offset - distance;
    } else if (entry->type == ReferenceDelta) {
        if (end - at < ObjectId::RawSize)
            return false;
        entry->baseId = ObjectId::fromRaw(at);
        at += ObjectId::RawSize;
    } else if (entry->type < Commit || entry->type > Tag) {
        return false;
    }
    entry->dataAt = quint64(at - pack.data);
    return true;
}

bool PackReader::inflate(const Pack &pack, quint64 at, qint64 size, QByteArray *out)
{
    ++m_inflations;
    if (m_inflater->whole) {
        // The same checks as zlib's: a complete stream, its Adler-32 right, exactly `size`
        // bytes out, nothing read past the pack's entries.
        QByteArray result(size, Qt::Uninitialized);
        const quint64 available = quint64(pack.dataSize - TrailerSize) - at;
        size_t consumed = 0;
        size_t produced = 0;
        if (libdeflate_zlib_decompress_ex(m_inflater->whole, pack.data + at, size_t(available),
                                          result.data(), size_t(size), &consumed, &produced)
                != LIBDEFLATE_SUCCESS
            || qint64(produced) != size)
            return false;
        *out = std::move(result);
        return true;
    }
    if (!m_inflater->ready || inflateReset(&m_inflater->stream) != Z_OK)
        return false;
    z_stream &stream = m_inflater->stream;
    QByteArray result(size, Qt::Uninitialized);
    const quint64 available = quint64(pack.dataSize - TrailerSize) - at;
    stream.next_in = const_cast<uchar *>(pack.data + at);
    stream.avail_in = uInt(std::min<quint64>(available, 0xFFFFFFFFu));
    stream.next_out = reinterpret_cast<uchar *>(result.data());
    stream.avail_out = uInt(size);
    // A zero-sized output buffer still needs room to find the stream's end.
    uchar spare = 0;
    if (size == 0) {
        stream.next_out = &spare;
        stream.avail_out = 1;
    }
    int rc = Z_OK;
    while (rc == Z_OK)
        rc = ::inflate(&stream, Z_FINISH);
    if (rc != Z_STREAM_END || qint64(stream.total_out) != size)
        return false;
    *out = std::move(result);
    return true;
}

void PackReader::remember(Pack *pack, quint64 offset, const Object &object, bool asked)
{
    if (object.content.size() > LargestCached)
        return;
    const quint64 key = (quint64(pack->number) << 48) | offset;
    if (m_cache.count(key))
        return;
    m_ages.emplace_back(pack, offset);
    CachedBase kept {object.type, object.content, std::prev(m_ages.end()), std::nullopt};
    if (asked) {
        m_readLately.push_back(key);
        kept.readLately = std::prev(m_readLately.end());
    }
    m_cache.emplace(key, std::move(kept));
    m_cachedBytes += object.content.size();
    while (m_readLately.size() > size_t(KeptReadLately))
        forget(m_cache.find(m_readLately.front()));
    while (m_cachedBytes > m_cacheBudget && !m_ages.empty()) {
        const auto [oldPack, oldOffset] = m_ages.front();
        forget(m_cache.find((quint64(oldPack->number) << 48) | oldOffset));
    }
}

void PackReader::forget(std::unordered_map<quint64, CachedBase>::iterator cached)
{
    m_cachedBytes -= cached->second.content.size();
    m_ages.erase(cached->second.age);
    if (cached->second.readLately)
        m_readLately.erase(*cached->second.readLately);
    m_cache.erase(cached);
}

PackReader::Outcome PackReader::build(Pack *pack, quint64 offset, Object *out)
{
    // Down the chain of deltas to a base that is cached or whole.
    struct Link
    {
        quint64 offset;
        Entry entry;
    };
    std::vector<Link> chain;
    Object base;
    quint64 at = offset;
    while (true) {
        const auto cached = m_cache.find((quint64(pack->number) << 48) | at);
        if (cached != m_cache.end()) {
            base = {cached->second.type, cached->second.content};
            if (chain.empty()) {
                // The object itself was kept: the reader takes it, as git's own cache hands
                // it over (a walk back in time reads each version once).
                forget(cached);
            } else {
                // A base now, whatever it was kept as.
                m_ages.splice(m_ages.end(), m_ages, cached->second.age);
                if (cached->second.readLately) {
                    m_readLately.erase(*cached->second.readLately);
                    cached->second.readLately.reset();
                }
            }
            break;
        }
        Entry entry;
        if (!parseEntry(*pack, at, &entry))
            return Outcome::Damaged;
        if (entry.size > LargestObject)
            return Outcome::NotHere;
        if (entry.type != OffsetDelta && entry.type != ReferenceDelta) {
            base.type = entry.type;
            if (!inflate(*pack, entry.dataAt, entry.size, &base.content))
                return Outcome::Damaged;
            if (!chain.empty())
                remember(pack, at, base, /*asked=*/false);
            break;
        }
        chain.push_back({at, entry});
        if (chain.size() > size_t(LongestChain))
            return Outcome::Damaged;
        if (entry.type == OffsetDelta) {
            at = entry.baseOffset;
        } else {
            // A base in another pack (a thin pack) is left to libgit2.
            const auto position = pack->position(entry.baseId);
            if (!position)
                return Outcome::NotHere;
            const auto baseOffset = pack->offsetAt(*position);
            if (!baseOffset)
                return Outcome::Damaged;
            at = *baseOffset;
        }
    }
    // Up again, each delta applied to the result below it.
    for (auto link = chain.rbegin(); link != chain.rend(); ++link) {
        QByteArray delta;
        if (!inflate(*pack, link->entry.dataAt, link->entry.size, &delta))
            return Outcome::Damaged;
        const auto *start = reinterpret_cast<const uchar *>(delta.constData());
        const uchar *end = start + delta.size();
        qint64 baseSize = 0;
        qint64 resultSize = 0;
        if (readDeltaSize(start, end, &baseSize) && readDeltaSize(start, end, &resultSize)
            && resultSize > LargestObject)
            return Outcome::NotHere;
        Object result;
        result.type = base.type;
        if (!applyDelta(base.content, delta, &result.content))
            return Outcome::Damaged;
        // Each result is the base of the delta above it; the last one, what was asked for,
        // is kept among the objects read lately: in a pack whose older versions are deltas
        // on newer ones (git's own repacks), a walk back in time soon asks for a version
        // built on one it read; in one whose newer versions are deltas on older ones
        // (fast-import), never, and only the last KeptReadLately stay.
        remember(pack, link->offset, result, /*asked=*/std::next(link) == chain.rend());
        base = std::move(result);
    }
    *out = std::move(base);
    return Outcome::Found;
}

PackReader::Outcome PackReader::read(const ObjectId &id, Object *out)
{
    const auto location = find(id);
    if (!location)
        return Outcome::NotHere;
    return build(location->pack, location->offset, out);
}

PackReader::Outcome PackReader::header(const ObjectId &id, int *type, qint64 *size)
{
    const auto location = find(id);
    if (!location)
        return Outcome::NotHere;
    Entry entry;
    if (!parseEntry(*location->pack, location->offset, &entry))
        return Outcome::Damaged;
    if (entry.type != OffsetDelta && entry.type != ReferenceDelta) {
        *type = entry.type;
        *size = entry.size;
        return Outcome::Found;
    }
    // A delta's result size is among its first bytes (after the base's size, two numbers
    // of at most ten bytes); its type is that of the whole object its chain ends in.
    QByteArray start;
    if (!inflateStart(*location->pack, entry.dataAt, std::min<qint64>(entry.size, 20), &start))
        return Outcome::Damaged;
    const auto *at = reinterpret_cast<const uchar *>(start.constData());
    const uchar *end = at + start.size();
    qint64 baseSize = 0;
    qint64 resultSize = 0;
    if (!readDeltaSize(at, end, &baseSize) || !readDeltaSize(at, end, &resultSize))
        return Outcome::Damaged;
    Pack *pack = location->pack;
    quint64 offset = location->offset;
    for (int depth = 0; depth <= LongestChain; ++depth) {
        const auto cached = m_cache.find((quint64(pack->number) << 48) | offset);
        if (cached != m_cache.end()) {
            *type = cached->second.type;
            *size = resultSize;
            return Outcome::Found;
        }
        if (!parseEntry(*pack, offset, &entry))
            return Outcome::Damaged;
        if (entry.type != OffsetDelta && entry.type != ReferenceDelta) {
            *type = entry.type;
            *size = resultSize;
            return Outcome::Found;
        }
        if (entry.type == OffsetDelta) {
            offset = entry.baseOffset;
            continue;
        }
        const auto position = pack->position(entry.baseId);
        if (!position)
            return Outcome::NotHere; // a base in another pack: left to libgit2, as in build()
        const auto baseOffset = pack->offsetAt(*position);
        if (!baseOffset)
            return Outcome::Damaged;
        offset = *baseOffset;
    }
    return Outcome::Damaged;
}

PackReader::Outcome PackReader::storedWhole(const ObjectId &id, StoredWhole *out)
{
    const auto location = find(id);
    if (!location)
        return Outcome::NotHere;
    out->packPath = location->pack->dataFile.fileName();
    Entry entry;
    if (!parseEntry(*location->pack, location->offset, &entry))
        return Outcome::Damaged;
    if (entry.type == OffsetDelta || entry.type == ReferenceDelta)
        return Outcome::NotHere;
    const Pack &pack = *location->pack;
    *out = {entry.type,
            entry.size,
            pack.dataFile.handle(),
            entry.dataAt,
            quint64(pack.dataSize - TrailerSize),
            pack.dataFile.fileName()};
    return Outcome::Found;
}

bool PackReader::inflateStart(const Pack &pack, quint64 at, qint64 wanted, QByteArray *out)
{
    if (!m_inflater->ready || inflateReset(&m_inflater->stream) != Z_OK)
        return false;
    z_stream &stream = m_inflater->stream;
    QByteArray result(std::max<qint64>(wanted, 1), Qt::Uninitialized);
    const quint64 available = quint64(pack.dataSize - TrailerSize) - at;
    stream.next_in = const_cast<uchar *>(pack.data + at);
    stream.avail_in = uInt(std::min<quint64>(available, 0xFFFFFFFFu));
    stream.next_out = reinterpret_cast<uchar *>(result.data());
    stream.avail_out = uInt(result.size());
    int rc = Z_OK;
    while (rc == Z_OK && stream.avail_out > 0)
        rc = ::inflate(&stream, Z_SYNC_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END)
        return false;
    result.resize(qsizetype(stream.total_out));
    *out = std::move(result);
    return true;
}

} // namespace clearroom::git::detail
