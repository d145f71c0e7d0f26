// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commitgraphcache.h"

#include "cachefileformat.h"
#include "commitinfo.h"
#include "objectidmap.h"
#include "objectreader.h"
#include "repository.h"
#include "treereader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>

#include <libdeflate.h>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

namespace clearroom::git {

using namespace detail;

namespace detail {

// The paths of the lists being built, each once, numbered in the order they come.
class PathTable
{
public:
    quint32 number(const QByteArray &path)
    {
        const auto known = m_numbers.constFind(path);
        if (known != m_numbers.constEnd())
            return *known;
        const auto number = quint32(m_paths.size());
        m_numbers.insert(path, number);
        m_paths.push_back(path);
        return number;
    }
    const std::vector<QByteArray> &paths() const { return m_paths; }

private:
    QHash<QByteArray, quint32> m_numbers;
    std::vector<QByteArray> m_paths;
};

} // namespace detail

namespace {

constexpr char Magic[8] = {'C', 'R', 'G', 'R', 'A', 'P', 'H', '1'};
constexpr quint32 Version = 3;
constexpr int IdSize = ObjectId::RawSize;
constexpr int RecordSize = IdSize + 8 + 4 + 4 + 4;
constexpr int EdgeSize = IdSize + 4 + 4;
constexpr int TrailerSize = 4;
constexpr quint32 MaxChangedPaths = 512;
// Against a merge's other parents, lists are kept short: most of them would hold all that
// happened on one side since the branches parted, and they are needed only for a merge
// that changes a walk's path against its first parent.
constexpr quint32 MaxMergeChangedPaths = 64;
// A file larger than this is not read: 1 GiB holds over ten million commits.
constexpr qint64 MaxFileSize = qint64(1) << 30;

// The trailer: the CRC-32 of zlib and gzip over everything before it, little-endian. The
// file is read whole before every `log -- PATH` and blame; its SHA-256 took 2 ms of a
// 50 ms log, libdeflate's CRC-32 (carry-less multiplication) takes a tenth of that. A
// checksum finds damage (a disk's, a truncation); against a forger, who can write any
// trailer into the user's cache folder, no unkeyed checksum helps (see the header).
QByteArray trailerOf(const char *data, qsizetype size)
{
    QByteArray trailer;
    appendU32(trailer, quint32(libdeflate_crc32(0, data, size_t(size))));
    return trailer;
}

// Reads numbers from a byte range, every read checked against its end.
class Reader
{
public:
    Reader(const QByteArray &data, qsizetype end)
        : m_data(reinterpret_cast<const uchar *>(data.constData()))
        , m_end(end)
    {
    }
    bool has(quint64 bytes) const { return quint64(m_end - m_at) >= bytes; }
    bool u32(quint32 *value)
    {
        if (!has(4))
            return false;
        *value = qFromLittleEndian<quint32>(m_data + m_at);
        m_at += 4;
        return true;
    }
    bool skip(quint64 bytes)
    {
        if (!has(bytes))
            return false;
        m_at += qsizetype(bytes);
        return true;
    }
    qsizetype at() const { return m_at; }
    const uchar *here() const { return m_data + m_at; }

private:
    const uchar *m_data;
    qsizetype m_end;
    qsizetype m_at = 0;
};

void appendId(QByteArray &out, const ObjectId &id)
{
    out.append(reinterpret_cast<const char *>(id.raw()), IdSize);
}

// The first entry of each name in a tree: what TreeReader::find() gives the walk.
Result<QHash<QByteArray, PathEntry>> firstEntries(const QVector<TreeReader::Entry> &list)
{
    QHash<QByteArray, PathEntry> entries;
    for (const TreeReader::Entry &entry : list) {
        const QByteArray name(entry.name.data(), qsizetype(entry.name.size()));
        if (!entries.contains(name))
            entries.insert(name, entry.entry);
    }
    return entries;
}

// Whether a tree's entries are in git's order, each name once. A file and a folder of one
// name are in order (the folder sorts as "name/", so "name.c" may lie between them), but
// the walk sees only the first of them.
bool strictlyOrdered(const QVector<TreeReader::Entry> &list)
{
    for (qsizetype i = 1; i < list.size(); ++i) {
        const TreeReader::Entry &a = list.at(i - 1);
        const TreeReader::Entry &b = list.at(i);
        if (compareTreeNames(a.name, a.entry.isTree(), b.name, b.entry.isTree()) >= 0)
            return false;
        if (!b.entry.isTree())
            continue;
        // Back over the names that sort between "name" and "name/".
        for (qsizetype j = i - 1; j >= 0; --j) {
            const std::string_view before = list.at(j).name;
            if (before.substr(0, b.name.size()) != b.name)
                break;
            if (before.size() == b.name.size())
                return false;
        }
    }
    return true;
}

// Collects the paths whose entries differ between two trees (either may be absent), with
// the folders above them, as numbers of `table`; false when there are more than
// MaxChangedPaths.
class ChangedPaths
{
public:
    ChangedPaths(const TreeReader &trees, PathTable *table, std::vector<quint32> *paths,
                 quint32 limit)
        : m_trees(trees)
        , m_table(table)
        , m_paths(paths)
        , m_limit(limit)
    {
    }

    Result<bool> compare(const std::optional<ObjectId> &before,
                         const std::optional<ObjectId> &after)
    {
        std::optional<RawObject> rawBefore;
        std::optional<RawObject> rawAfter;
        QVector<TreeReader::Entry> old;
        QVector<TreeReader::Entry> now;
        for (const auto &[tree, raw, list] :
             {std::tie(before, rawBefore, old), std::tie(after, rawAfter, now)}) {
            if (!tree)
                continue;
            auto read = m_trees.objects().read(*tree, GIT_OBJECT_TREE);
            if (!read)
                return read.error();
            raw.emplace(std::move(*read));
            auto entries = m_trees.entries(*tree, *raw);
            if (!entries)
                return entries.error();
            list = std::move(*entries);
        }
        if (strictlyOrdered(old) && strictlyOrdered(now))
            return merge(old, now);
        return compareByName(old, now);
    }

private:
    // Both lists in git's order, each name once: side by side.
    Result<bool> merge(const QVector<TreeReader::Entry> &old, const QVector<TreeReader::Entry> &now)
    {
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < old.size() || j < now.size()) {
            int order = 0;
            if (i == old.size())
                order = 1;
            else if (j == now.size())
                order = -1;
            else
                order = compareTreeNames(old.at(i).name, old.at(i).entry.isTree(), now.at(j).name,
                                         now.at(j).entry.isTree());
            const TreeReader::Entry *a = order <= 0 ? &old.at(i) : nullptr;
            const TreeReader::Entry *b = order >= 0 ? &now.at(j) : nullptr;
            i += a ? 1 : 0;
            j += b ? 1 : 0;
            if (a && b && a->entry == b->entry)
                continue;
            const auto name = a ? a->name : b->name;
            auto changed = change(QByteArray::fromRawData(name.data(), qsizetype(name.size())),
                                  a ? std::optional<PathEntry>(a->entry) : std::nullopt,
                                  b ? std::optional<PathEntry>(b->entry) : std::nullopt);
            if (!changed || !*changed)
                return changed;
        }
        return true;
    }

    // Any other tree (hostile, damaged): the first entry of each name, as find() sees it.
    Result<bool> compareByName(const QVector<TreeReader::Entry> &old,
                               const QVector<TreeReader::Entry> &now)
    {
        auto a = firstEntries(old);
        auto b = firstEntries(now);
        QByteArrayList names = a->keys();
        for (auto entry = b->cbegin(); entry != b->cend(); ++entry) {
            if (!a->contains(entry.key()))
                names.append(entry.key());
        }
        for (const QByteArray &name : std::as_const(names)) {
            const auto x = a->constFind(name);
            const auto y = b->constFind(name);
            const std::optional<PathEntry> oldEntry
                = x != a->cend() ? std::optional<PathEntry>(*x) : std::nullopt;
            const std::optional<PathEntry> newEntry
                = y != b->cend() ? std::optional<PathEntry>(*y) : std::nullopt;
            if (oldEntry == newEntry)
                continue;
            auto changed = change(name, oldEntry, newEntry);
            if (!changed || !*changed)
                return changed;
        }
        return true;
    }

    Result<bool> change(const QByteArray &name, const std::optional<PathEntry> &old,
                        const std::optional<PathEntry> &now)
    {
        const qsizetype prefix = m_path.size();
        m_path += name;
        m_paths->push_back(m_table->number(m_path));
        Result<bool> fits = m_paths->size() <= m_limit;
        const std::optional<ObjectId> oldTree
            = old && old->isTree() ? std::optional<ObjectId>(old->id) : std::nullopt;
        const std::optional<ObjectId> newTree
            = now && now->isTree() ? std::optional<ObjectId>(now->id) : std::nullopt;
        if (*fits && (oldTree || newTree)) {
            m_path += '/';
            fits = compare(oldTree, newTree);
        }
        m_path.truncate(prefix);
        return fits;
    }

    const TreeReader &m_trees;
    PathTable *m_table;
    std::vector<quint32> *m_paths;
    quint32 m_limit;
    QByteArray m_path; // the folder compared, with a '/' after it
};

struct BuiltCommit
{
    ObjectId id;
    CommitLinks links;
    quint32 generation = 0;
    // Against each parent: the numbers (in the build's PathTable) of the changed paths,
    // nullopt when not known.
    std::vector<std::optional<std::vector<quint32>>> changes;
    bool known = false; // lists taken over from the file before
};

} // namespace

QString CommitGraphCache::directory()
{
    const QByteArray overridden = qgetenv("CLEARROOM_CACHE_DIR");
    if (!overridden.isEmpty())
        return QFile::decodeName(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
        + QStringLiteral("/clearroom/commit-graphs");
}

QByteArray CommitGraphCache::identity(const Repository &repository)
{
    const QFileInfo info(repository.gitDirectory());
    const QString canonical = info.canonicalFilePath();
    return QFile::encodeName(canonical.isEmpty() ? info.absoluteFilePath() : canonical);
}

QString CommitGraphCache::filePath(const Repository &repository)
{
    const QByteArray key
        = QCryptographicHash::hash(identity(repository), QCryptographicHash::Sha256);
    return directory() + QLatin1Char('/') + QString::fromLatin1(key.toHex())
        + QStringLiteral(".graph");
}

std::optional<CommitGraphCache> CommitGraphCache::parse(QByteArray data, const QByteArray &identity,
                                                        QString *why)
{
    const auto damaged = [why](const QString &reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (data.size() < qsizetype(sizeof Magic) + 4 + TrailerSize)
        return damaged(tr("it is truncated"));
    if (std::memcmp(data.constData(), Magic, sizeof Magic) != 0)
        return damaged(tr("it is not a Clearroom commit-graph file"));
    const qsizetype contentSize = data.size() - TrailerSize;
    const QByteArray checksum = trailerOf(data.constData(), contentSize);
    if (std::memcmp(checksum.constData(), data.constData() + contentSize, TrailerSize) != 0)
        return damaged(tr("its checksum does not match its content"));

    Reader in(data, contentSize);
    in.skip(sizeof Magic);
    quint32 version = 0;
    quint32 idSize = 0;
    quint32 identityLength = 0;
    if (!in.u32(&version) || version != Version)
        return damaged(tr("it has another format version"));
    if (!in.u32(&idSize) || idSize != quint32(IdSize) || !in.u32(&identityLength)
        || !in.has(identityLength))
        return damaged(tr("its header is damaged"));
    const QByteArray storedIdentity(reinterpret_cast<const char *>(in.here()),
                                    qsizetype(identityLength));
    in.skip(identityLength);
    if (storedIdentity != identity)
        return damaged(tr("it belongs to another repository"));

    CommitGraphCache cache;
    quint32 tipCount = 0;
    if (!in.u32(&tipCount) || !in.has(quint64(tipCount) * IdSize))
        return damaged(tr("its header is damaged"));
    for (quint32 i = 0; i < tipCount; ++i) {
        cache.m_tips.append(ObjectId::fromRaw(in.here()));
        in.skip(IdSize);
    }
    quint32 count = 0;
    quint32 parentCount = 0;
    quint32 changeCount = 0;
    quint32 pathCount = 0;
    quint32 nameBytes = 0;
    quint32 maxPaths = 0;
    if (!in.u32(&count) || !in.u32(&parentCount) || !in.u32(&changeCount) || !in.u32(&pathCount)
        || !in.u32(&nameBytes) || !in.u32(&maxPaths))
        return damaged(tr("its header is damaged"));
    if (maxPaths != MaxChangedPaths)
        return damaged(tr("its filters are made differently"));
    const quint64 expected = quint64(count) * (IdSize + RecordSize)
        + quint64(parentCount) * EdgeSize + quint64(changeCount) * 4 + quint64(pathCount) * 8
        + nameBytes;
    if (!in.has(expected) || quint64(contentSize - in.at()) != expected)
        return damaged(tr("its sections do not add up to its size"));
    cache.m_count = count;
    cache.m_pathCount = pathCount;
    cache.m_ids = in.at();
    cache.m_records = cache.m_ids + qsizetype(count) * IdSize;
    cache.m_parents = cache.m_records + qsizetype(count) * RecordSize;
    cache.m_changes = cache.m_parents + qsizetype(parentCount) * EdgeSize;
    cache.m_paths = cache.m_changes + qsizetype(changeCount) * 4;
    cache.m_names = cache.m_paths + qsizetype(pathCount) * 8;

    const auto *bytes = reinterpret_cast<const uchar *>(data.constData());
    for (quint32 i = 1; i < count; ++i) {
        const uchar *id = bytes + cache.m_ids + qsizetype(i) * IdSize;
        if (std::memcmp(id - IdSize, id, IdSize) >= 0)
            return damaged(tr("its commits are not in order"));
    }
    for (quint32 i = 0; i < count; ++i) {
        const uchar *record = bytes + cache.m_records + qsizetype(i) * RecordSize;
        const quint32 firstParent = qFromLittleEndian<quint32>(record + IdSize + 12);
        const quint32 parents = qFromLittleEndian<quint32>(record + IdSize + 16);
        if (quint64(firstParent) + parents > parentCount)
            return damaged(tr("a commit's parents lie outside the file"));
    }
    for (quint32 i = 0; i < parentCount; ++i) {
        const uchar *edge = bytes + cache.m_parents + qsizetype(i) * EdgeSize;
        const quint32 start = qFromLittleEndian<quint32>(edge + IdSize);
        const quint32 length = qFromLittleEndian<quint32>(edge + IdSize + 4);
        if (length == NoFilter)
            continue;
        if (quint64(start) + length > changeCount)
            return damaged(tr("a commit's filter lies outside the file"));
        // Ascending, each path once and inside the table: change() searches the list.
        const uchar *list = bytes + cache.m_changes + qsizetype(start) * 4;
        for (quint32 j = 0; j < length; ++j) {
            const quint32 path = qFromLittleEndian<quint32>(list + qsizetype(j) * 4);
            if (path >= pathCount
                || (j > 0 && qFromLittleEndian<quint32>(list + qsizetype(j - 1) * 4) >= path))
                return damaged(tr("its lists of changed paths are damaged"));
        }
    }
    std::string_view previous;
    for (quint32 i = 0; i < pathCount; ++i) {
        const uchar *entry = bytes + cache.m_paths + qsizetype(i) * 8;
        const quint32 start = qFromLittleEndian<quint32>(entry);
        const quint32 length = qFromLittleEndian<quint32>(entry + 4);
        if (quint64(start) + length > nameBytes)
            return damaged(tr("its lists of changed paths are damaged"));
        const std::string_view name(reinterpret_cast<const char *>(bytes + cache.m_names + start),
                                    length);
        // Strictly ascending: lookupKey() searches the table.
        if (i > 0 && !(previous < name))
            return damaged(tr("its lists of changed paths are damaged"));
        previous = name;
    }
    // Where the ids of each first byte start, for find().
    cache.m_fanout.assign(257, count);
    for (quint32 i = count; i-- > 0;)
        cache.m_fanout[bytes[cache.m_ids + qsizetype(i) * IdSize]] = i;
    for (int b = 255; b >= 0; --b)
        cache.m_fanout[size_t(b)]
            = std::min(cache.m_fanout[size_t(b)], cache.m_fanout[size_t(b) + 1]);
    cache.m_data = std::move(data);
    return cache;
}

std::optional<CommitGraphCache> CommitGraphCache::load(const Repository &repository,
                                                       QString *discarded)
{
    const QString path = filePath(repository);
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    QString why;
    std::optional<CommitGraphCache> cache;
    if (!file.open(QIODevice::ReadOnly)) {
        why = tr("it cannot be read: %1").arg(file.errorString());
    } else if (file.size() > MaxFileSize) {
        why = tr("it is larger than any cache Clearroom writes");
    } else {
        cache = parse(file.readAll(), identity(repository), &why);
    }
    file.close();
    if (!cache) {
        QFile::remove(path);
        if (discarded)
            *discarded = tr("The commit-graph cache '%1' was discarded: %2.").arg(path, why);
        return std::nullopt;
    }
    cache->m_path = path;
    return cache;
}

Result<bool> CommitGraphCache::drop(const Repository &repository)
{
    const QString path = filePath(repository);
    if (!QFile::exists(path))
        return false;
    if (!QFile::remove(path))
        return Error {tr("The commit-graph cache '%1' cannot be deleted.").arg(path)};
    return true;
}

void CommitGraphCache::discard() const
{
    if (!m_path.isEmpty())
        QFile::remove(m_path);
}

Result<QVector<ObjectId>> CommitGraphCache::currentTips(const Repository &repository)
{
    auto references = repository.references();
    if (!references)
        return references.error();
    QVector<ObjectId> tips;
    for (const Reference &reference : std::as_const(*references)) {
        if (!reference.commit.isNull())
            tips.append(reference.commit);
    }
    if (auto head = repository.resolveCommit("HEAD"))
        tips.append(*head);
    std::sort(tips.begin(), tips.end());
    tips.erase(std::unique(tips.begin(), tips.end()), tips.end());
    return tips;
}

Result<CommitGraphCache> CommitGraphCache::build(const Repository &repository,
                                                 const std::atomic<bool> *cancel,
                                                 BuildStatistics *statistics)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const Error cancelError {tr("Building the commit-graph cache was cancelled.")};
    auto tips = currentTips(repository);
    if (!tips)
        return tips.error();
    const std::optional<CommitGraphCache> old = load(repository);
    // Every object read is checked against its id where it is read (hashing threads would
    // queue copies of them faster than it hashes them).
    ObjectReader objects(repository);
    TreeReader trees(objects);

    // Every commit reachable from the tips: from the old file where it has them.
    PathTable table;
    std::vector<BuiltCommit> commits;
    ObjectIdMap<int> index;
    std::vector<ObjectId> pending(tips->cbegin(), tips->cend());
    int reused = 0;
    while (!pending.empty()) {
        if (cancelled())
            return cancelError;
        const ObjectId id = pending.back();
        pending.pop_back();
        if (index.find(id))
            continue;
        BuiltCommit commit;
        commit.id = id;
        const std::optional<quint32> position = old ? old->find(id) : std::nullopt;
        if (position) {
            commit.links.tree = old->tree(*position);
            commit.links.parents = old->parents(*position);
            commit.links.commitTime = old->commitTime(*position);
            for (int parent = 0; parent < commit.links.parents.size(); ++parent)
                commit.changes.push_back(old->changedPaths(*position, parent, &table));
            commit.known = true;
            ++reused;
        } else {
            // A parent that cannot be read (a shallow clone's boundary, a missing object)
            // stays out: the walk reads it itself and says what is wrong.
            auto raw = objects.read(id, GIT_OBJECT_COMMIT);
            if (!raw)
                continue;
            auto links = CommitLinks::parse(raw->data(), raw->size());
            if (!links)
                continue;
            commit.links = std::move(*links);
        }
        for (const ObjectId &parent : std::as_const(commit.links.parents))
            pending.push_back(parent);
        index.insert(id, int(commits.size()));
        commits.push_back(std::move(commit));
    }

    // The changed paths of the commits new to the cache, against each of their parents.
    int filters = 0;
    for (BuiltCommit &commit : commits) {
        if (cancelled())
            return cancelError;
        if (!commit.known) {
            for (const ObjectId &parentId : std::as_const(commit.links.parents)) {
                std::optional<std::vector<quint32>> changed;
                if (const int *parent = index.find(parentId)) {
                    std::vector<quint32> paths;
                    auto fits
                        = ChangedPaths(trees, &table, &paths,
                                       commit.changes.empty() ? MaxChangedPaths
                                                              : MaxMergeChangedPaths)
                              .compare(commits[size_t(*parent)].links.tree, commit.links.tree);
                    if (!fits)
                        return fits.error();
                    if (*fits)
                        changed = std::move(paths);
                }
                commit.changes.push_back(std::move(changed));
            }
        }
        filters += !commit.changes.empty() && commit.changes.front() ? 1 : 0;
    }
    if (auto verified = objects.finishVerification(); !verified)
        return verified.error();

    // Generation numbers: 1 for a commit without parents in the cache, otherwise one more
    // than its parents' largest; computed parents first without recursion.
    {
        std::vector<std::pair<int, bool>> stack;
        for (size_t start = 0; start < commits.size(); ++start) {
            if (commits[start].generation)
                continue;
            stack.push_back({int(start), false});
            while (!stack.empty()) {
                auto [node, expanded] = stack.back();
                stack.pop_back();
                BuiltCommit &commit = commits[size_t(node)];
                if (commit.generation)
                    continue;
                if (!expanded) {
                    stack.push_back({node, true});
                    for (const ObjectId &parent : std::as_const(commit.links.parents)) {
                        const int *known = index.find(parent);
                        if (known && !commits[size_t(*known)].generation)
                            stack.push_back({*known, false});
                    }
                    continue;
                }
                quint32 generation = 0;
                for (const ObjectId &parent : std::as_const(commit.links.parents)) {
                    if (const int *known = index.find(parent))
                        generation = std::max(generation, commits[size_t(*known)].generation);
                }
                commit.generation = generation + 1;
            }
        }
    }

    std::vector<int> order(commits.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(),
              [&commits](int a, int b) { return commits[size_t(a)].id < commits[size_t(b)].id; });

    // The paths in the order of their names, and each list in that order.
    const std::vector<QByteArray> &names = table.paths();
    std::vector<quint32> byName(names.size());
    for (size_t i = 0; i < byName.size(); ++i)
        byName[i] = quint32(i);
    std::sort(byName.begin(), byName.end(),
              [&names](quint32 a, quint32 b) { return names[a] < names[b]; });
    std::vector<quint32> renumbered(names.size());
    for (size_t i = 0; i < byName.size(); ++i)
        renumbered[byName[i]] = quint32(i);

    const QByteArray ownIdentity = identity(repository);
    QByteArray ids;
    QByteArray records;
    QByteArray parents;
    QByteArray changes;
    quint32 parentCount = 0;
    quint32 changeCount = 0;
    for (const int i : order) {
        const BuiltCommit &commit = commits[size_t(i)];
        appendId(ids, commit.id);
        appendId(records, commit.links.tree);
        appendU64(records, commit.links.commitTime);
        appendU32(records, commit.generation);
        appendU32(records, parentCount);
        appendU32(records, quint32(commit.links.parents.size()));
        for (qsizetype parent = 0; parent < commit.links.parents.size(); ++parent) {
            appendId(parents, commit.links.parents.at(parent));
            const auto &changed = commit.changes.at(size_t(parent));
            if (!changed) {
                appendU32(parents, 0);
                appendU32(parents, NoFilter);
                continue;
            }
            std::vector<quint32> list;
            list.reserve(changed->size());
            for (const quint32 number : *changed)
                list.push_back(renumbered[number]);
            std::sort(list.begin(), list.end());
            list.erase(std::unique(list.begin(), list.end()), list.end());
            appendU32(parents, changeCount);
            appendU32(parents, quint32(list.size()));
            for (const quint32 number : list)
                appendU32(changes, number);
            changeCount += quint32(list.size());
        }
        parentCount += quint32(commit.links.parents.size());
        if (changes.size() > MaxFileSize || parents.size() > MaxFileSize)
            return Error {tr("The repository is too large for a commit-graph cache.")};
    }
    QByteArray paths;
    QByteArray nameBytes;
    for (const quint32 number : byName) {
        appendU32(paths, quint32(nameBytes.size()));
        appendU32(paths, quint32(names[number].size()));
        nameBytes += names[number];
        if (nameBytes.size() > MaxFileSize)
            return Error {tr("The repository is too large for a commit-graph cache.")};
    }
    QByteArray data(Magic, sizeof Magic);
    appendU32(data, Version);
    appendU32(data, IdSize);
    appendU32(data, quint32(ownIdentity.size()));
    data += ownIdentity;
    appendU32(data, quint32(tips->size()));
    for (const ObjectId &tip : std::as_const(*tips))
        appendId(data, tip);
    appendU32(data, quint32(commits.size()));
    appendU32(data, parentCount);
    appendU32(data, changeCount);
    appendU32(data, quint32(names.size()));
    appendU32(data, quint32(nameBytes.size()));
    appendU32(data, MaxChangedPaths);
    data += ids;
    data += records;
    data += parents;
    data += changes;
    data += paths;
    data += nameBytes;
    data += trailerOf(data.constData(), data.size());

    const QString path = filePath(repository);
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error {tr("The cache folder '%1' cannot be created.").arg(folder)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error {
            tr("The commit-graph cache '%1' cannot be written: %2").arg(path, file.errorString())};
    }
    auto cache = parse(std::move(data), ownIdentity, nullptr);
    if (!cache)
        return Error {tr("The commit-graph cache '%1' cannot be written: %2")
                          .arg(path, tr("it does not read back"))};
    cache->m_path = path;
    if (statistics) {
        statistics->commits = int(commits.size());
        statistics->reused = reused;
        statistics->filters = filters;
    }
    return std::move(*cache);
}

const uchar *CommitGraphCache::record(quint32 position) const
{
    return reinterpret_cast<const uchar *>(m_data.constData()) + m_records
        + qsizetype(position) * RecordSize;
}

std::optional<quint32> CommitGraphCache::find(const ObjectId &commit) const
{
    const auto *ids = reinterpret_cast<const uchar *>(m_data.constData()) + m_ids;
    quint32 low = m_fanout[commit.raw()[0]];
    quint32 high = m_fanout[size_t(commit.raw()[0]) + 1];
    while (low < high) {
        const quint32 middle = low + (high - low) / 2;
        const int order = std::memcmp(ids + qsizetype(middle) * IdSize, commit.raw(), IdSize);
        if (order == 0)
            return middle;
        if (order < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return std::nullopt;
}

ObjectId CommitGraphCache::tree(quint32 position) const
{
    return ObjectId::fromRaw(record(position));
}

quint64 CommitGraphCache::commitTime(quint32 position) const
{
    return qFromLittleEndian<quint64>(record(position) + IdSize);
}

quint32 CommitGraphCache::generation(quint32 position) const
{
    return qFromLittleEndian<quint32>(record(position) + IdSize + 8);
}

const uchar *CommitGraphCache::edge(quint32 position, int parent) const
{
    const uchar *entry = record(position);
    const quint32 first = qFromLittleEndian<quint32>(entry + IdSize + 12);
    const quint32 count = qFromLittleEndian<quint32>(entry + IdSize + 16);
    if (parent < 0 || quint32(parent) >= count)
        return nullptr;
    return reinterpret_cast<const uchar *>(m_data.constData()) + m_parents
        + qsizetype(first + quint32(parent)) * EdgeSize;
}

QVector<ObjectId> CommitGraphCache::parents(quint32 position) const
{
    const uchar *entry = record(position);
    const quint32 count = qFromLittleEndian<quint32>(entry + IdSize + 16);
    QVector<ObjectId> parents;
    parents.reserve(qsizetype(count));
    for (quint32 i = 0; i < count; ++i)
        parents.append(parent(position, int(i)));
    return parents;
}

int CommitGraphCache::parentCount(quint32 position) const
{
    return int(qFromLittleEndian<quint32>(record(position) + IdSize + 16));
}

ObjectId CommitGraphCache::parent(quint32 position, int index) const
{
    const uchar *entry = edge(position, index);
    Q_ASSERT(entry);
    return ObjectId::fromRaw(entry);
}

QByteArray CommitGraphCache::pathAt(quint32 index) const
{
    const uchar *entry
        = reinterpret_cast<const uchar *>(m_data.constData()) + m_paths + qsizetype(index) * 8;
    return m_data.mid(m_names + qFromLittleEndian<quint32>(entry),
                      qFromLittleEndian<quint32>(entry + 4));
}

std::optional<quint32> CommitGraphCache::lookupKey(const QByteArray &path) const
{
    QByteArrayList components = path.split('/');
    components.removeAll(QByteArray());
    if (components.isEmpty())
        return std::nullopt;
    const QByteArray joined = components.join('/');
    const std::string_view wanted(joined.constData(), size_t(joined.size()));
    const auto *bytes = reinterpret_cast<const uchar *>(m_data.constData());
    quint32 low = 0;
    quint32 high = m_pathCount;
    while (low < high) {
        const quint32 middle = low + (high - low) / 2;
        const uchar *entry = bytes + m_paths + qsizetype(middle) * 8;
        const std::string_view name(
            reinterpret_cast<const char *>(bytes + m_names + qFromLittleEndian<quint32>(entry)),
            qFromLittleEndian<quint32>(entry + 4));
        if (name == wanted)
            return middle;
        if (name < wanted)
            low = middle + 1;
        else
            high = middle;
    }
    return UnchangedPath;
}

std::optional<CommitGraphCache::List> CommitGraphCache::list(quint32 position, int parent) const
{
    const uchar *entry = edge(position, parent);
    if (!entry)
        return std::nullopt;
    const quint32 start = qFromLittleEndian<quint32>(entry + IdSize);
    const quint32 length = qFromLittleEndian<quint32>(entry + IdSize + 4);
    if (length == NoFilter)
        return std::nullopt;
    return List {reinterpret_cast<const uchar *>(m_data.constData()) + m_changes
                     + qsizetype(start) * 4,
                 length};
}

CommitGraphCache::PathChange CommitGraphCache::change(quint32 position, int parent,
                                                      quint32 pathKey) const
{
    const std::optional<List> known = list(position, parent);
    if (!known)
        return PathChange::Unknown;
    if (pathKey == UnchangedPath)
        return PathChange::Unchanged;
    const uchar *numbers = known->numbers;
    quint32 low = 0;
    quint32 high = known->length;
    while (low < high) {
        const quint32 middle = low + (high - low) / 2;
        const quint32 number = qFromLittleEndian<quint32>(numbers + qsizetype(middle) * 4);
        if (number == pathKey)
            return PathChange::Changed;
        if (number < pathKey)
            low = middle + 1;
        else
            high = middle;
    }
    return PathChange::Unchanged;
}

std::optional<std::vector<quint32>> CommitGraphCache::changedPaths(quint32 position, int parent,
                                                                   detail::PathTable *table) const
{
    const std::optional<List> known = list(position, parent);
    if (!known)
        return std::nullopt;
    std::vector<quint32> numbers;
    numbers.reserve(known->length);
    for (quint32 i = 0; i < known->length; ++i) {
        const quint32 path = qFromLittleEndian<quint32>(known->numbers + qsizetype(i) * 4);
        numbers.push_back(table->number(pathAt(path)));
    }
    return numbers;
}

Result<void> CommitGraphCache::confirm(quint32 position, const ObjectId &commit,
                                       const CommitLinks &links,
                                       const QString &repositoryPath) const
{
    if (links.tree == tree(position) && links.commitTime == commitTime(position)
        && links.parents == parents(position))
        return {};
    discard();
    return Error {tr("The commit-graph cache '%1' disagrees with the commit %2 in the "
                     "repository '%3', so it was deleted. Run the command again.")
                      .arg(m_path, QString::fromLatin1(commit.toHex()), repositoryPath)};
}

} // namespace clearroom::git
