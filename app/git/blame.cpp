// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blame.h"

#include "blamediff.h"
#include "commitgraphcache.h"
#include "objectidmap.h"
#include "objectreader.h"
#include "pathlookup.h"
#include "pathquote.h"
#include "renamesource.h"
#include "repository.h"
#include "shallow.h"
#include "treereader.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <optional>
#include <queue>
#include <unordered_map>

namespace clearroom::git {

using namespace detail;

namespace {

// Lines of one origin still looking for their author: `count` lines of the blamed file
// from `line`, which are lines `source`... of the origin's version.
struct Span
{
    int line;
    int source;
    int count;
};

// One parent version an origin is compared with, and the changes between them.
struct Link
{
    int parent = -1; // origin index
    bool diffed = false;
    QVector<LineHunk> hunks;
    QVector<int> offsetAfter; // parent line minus origin line after each hunk
};

struct Origin
{
    int commit = -1;
    QByteArray path;
    PathEntry entry;
    QVector<Span> suspects;
    int previous = -1;
    bool resolved = false; // links (or wholeTo) known
    int wholeTo = -1; // the parent origin with the very same blob
    QVector<Link> links;
    std::optional<RawObject> content;
};

struct Commit
{
    ObjectId id;
    ObjectId tree;
    QVector<ObjectId> parents;
    quint64 time = 0;
    QVector<int> origins;
    // Its position in the commit-graph cache when tree, parents and time came from there
    // and the commit itself has not been read and compared with them yet.
    std::optional<quint32> unconfirmed;
    std::optional<quint32> position; // in the commit-graph cache, if it holds the commit
};

struct Queued
{
    quint64 time;
    quint64 order;
    int commit;
    // std::priority_queue pops the greatest: the newest, then the one queued first.
    friend bool operator<(const Queued &a, const Queued &b)
    {
        return a.time != b.time ? a.time < b.time : a.order > b.order;
    }
};

bool sameKind(quint32 a, quint32 b)
{
    return (a & 0170000) == (b & 0170000);
}

} // namespace

struct Blame::Private
{
    explicit Private(const Repository &repository)
        : objects(repository)
        , trees(objects)
        , shallow(shallowCommits(repository))
        , repositoryPath(repository.path())
    {
    }

    ObjectReader objects;
    TreeReader trees;
    BlameDiff differ;
    QSet<ObjectId> shallow;
    QString repositoryPath;
    BlameOptions options;
    QByteArray content;
    QVector<qsizetype> lineStarts; // and the end of the content last
    std::vector<Commit> commits;
    ObjectIdMap<int> commitIndex;
    std::vector<Origin> origins;
    QHash<QPair<int, QByteArray>, int> originIndex;
    QVector<BlameOrigin> publicOrigins;
    std::unordered_map<std::string, std::unique_ptr<PathLookup>> lookups;
    mutable QHash<QByteArray, std::optional<quint32>> pathKeys; // in the commit-graph cache
    std::priority_queue<Queued> queue;
    quint64 queued = 0;
    int finalOrigin = -1;
    int passedByFilter = 0;

    Error damaged(const ObjectId &commit) const;
    Result<int> loadCommit(const ObjectId &id, const ObjectId *child);
    Result<void> confirm(int commit);
    bool certainlyUnchanged(int commit, const QByteArray &path) const;
    int originFor(int commit, const QByteArray &path, const PathEntry &entry);
    PathLookup &lookup(const QByteArray &path);
    Result<void> resolve(int origin);
    Result<void> loadContent(int origin);
    Result<void> diff(int origin, Link &link);
    void queueSpans(int origin, QVector<Span> spans);
    Result<void> pass(int origin);
    void settle(int origin, const Visitor &found);
};

Error Blame::Private::damaged(const ObjectId &commit) const
{
    return Error {tr("The commit %1 in the repository '%2' is damaged: it does not begin with "
                     "a tree line.")
                      .arg(QString::fromLatin1(commit.toHex()), repositoryPath)};
}

Result<int> Blame::Private::loadCommit(const ObjectId &id, const ObjectId *child)
{
    if (const int *known = commitIndex.find(id))
        return *known;
    const std::optional<quint32> position = options.cache ? options.cache->find(id) : std::nullopt;
    if (position && child) {
        // The commit is read only if it is found guilty of lines (confirm()).
        Commit commit;
        commit.id = id;
        commit.tree = options.cache->tree(*position);
        if (!shallow.contains(id))
            commit.parents = options.cache->parents(*position);
        commit.time = options.cache->commitTime(*position);
        commit.unconfirmed = position;
        commit.position = position;
        commits.push_back(std::move(commit));
        const int index = int(commits.size() - 1);
        commitIndex.insert(id, index);
        return index;
    }
    auto raw = objects.read(id, GIT_OBJECT_COMMIT);
    if (!raw) {
        if (!child)
            return raw.error();
        return Error {tr("The commit %1 names the parent %2, which cannot be read: %3")
                          .arg(QString::fromLatin1(child->toHex()), QString::fromLatin1(id.toHex()),
                               raw.errorMessage())};
    }
    auto links = CommitLinks::parse(raw->data(), raw->size());
    if (!links) {
        return damaged(id);
    }
    Commit commit;
    commit.id = id;
    commit.tree = links->tree;
    if (!shallow.contains(id))
        commit.parents = links->parents;
    commit.time = links->commitTime;
    if (position) {
        if (auto agrees = options.cache->confirm(*position, id, *links, repositoryPath); !agrees)
            return agrees.error();
        commit.position = position;
    }
    commits.push_back(std::move(commit));
    const int index = int(commits.size() - 1);
    commitIndex.insert(id, index);
    return index;
}

// A commit whose tree, parents and time came from the cache, read now that it takes the
// blame for lines: it must be what the cache said.
Result<void> Blame::Private::confirm(int index)
{
    Commit &commit = commits[size_t(index)];
    if (!commit.unconfirmed)
        return {};
    auto raw = objects.read(commit.id, GIT_OBJECT_COMMIT);
    if (!raw)
        return raw.error();
    const auto links = CommitLinks::parse(raw->data(), raw->size());
    if (!links) {
        return damaged(commit.id);
    }
    if (auto agrees
        = options.cache->confirm(*commit.unconfirmed, commit.id, *links, repositoryPath);
        !agrees)
        return agrees;
    commit.unconfirmed.reset();
    return {};
}

// Whether the cache's list of changed paths says that the path is the same in the commit
// and its first parent (then so is the file: the same entry).
bool Blame::Private::certainlyUnchanged(int index, const QByteArray &path) const
{
    const Commit &commit = commits[size_t(index)];
    if (!commit.position || commit.parents.isEmpty())
        return false;
    // Each path's key once per blame: the walk asks for every commit it passes.
    auto known = pathKeys.constFind(path);
    if (known == pathKeys.constEnd())
        known = pathKeys.insert(path, options.cache->lookupKey(path));
    return *known
        && options.cache->change(*commit.position, 0, **known)
        == CommitGraphCache::PathChange::Unchanged;
}

int Blame::Private::originFor(int commit, const QByteArray &path, const PathEntry &entry)
{
    const QPair<int, QByteArray> key(commit, path);
    if (const auto found = originIndex.constFind(key); found != originIndex.constEnd())
        return *found;
    Origin origin;
    origin.commit = commit;
    origin.path = path;
    origin.entry = entry;
    origins.push_back(std::move(origin));
    const int index = int(origins.size() - 1);
    originIndex.insert(key, index);
    commits[size_t(commit)].origins.append(index);
    BlameOrigin shown;
    shown.commit = commits[size_t(commit)].id;
    shown.path = path;
    shown.boundary = commits[size_t(commit)].parents.isEmpty() && !options.rootIsNotBoundary;
    publicOrigins.append(shown);
    return index;
}

PathLookup &Blame::Private::lookup(const QByteArray &path)
{
    auto &slot = lookups[path.toStdString()];
    if (!slot)
        slot = std::make_unique<PathLookup>(trees, path);
    return *slot;
}

// Which parent versions an origin is compared with, as git's blame finds them: first the
// same path in each parent (a parent with the very same file takes every line), then, for
// the parents without it, the file it was renamed from. A parent whose version equals an
// earlier parent's adds nothing.
Result<void> Blame::Private::resolve(int target)
{
    const int child = origins[size_t(target)].commit;
    const QVector<ObjectId> parentIds = commits[size_t(child)].parents;
    const QByteArray path = origins[size_t(target)].path;
    const PathEntry entry = origins[size_t(target)].entry;
    if (certainlyUnchanged(child, path)) {
        // git's first look, at the first parent, would find the very same file there.
        auto parent = loadCommit(parentIds.first(), &commits[size_t(child)].id);
        if (!parent)
            return parent.error();
        const int parentOrigin = originFor(*parent, path, entry);
        if (origins[size_t(parentOrigin)].entry.id == entry.id) {
            origins[size_t(target)].wholeTo = parentOrigin;
            origins[size_t(target)].resolved = true;
            ++passedByFilter;
            return {};
        }
    }
    QVector<int> found(parentIds.size(), -1);
    QVector<bool> tried(parentIds.size(), false);
    QVector<int> parents;
    for (const ObjectId &id : parentIds) {
        auto parent = loadCommit(id, &commits[size_t(child)].id);
        if (!parent)
            return parent.error();
        parents.append(*parent);
    }
    const auto accept = [&](qsizetype i, int parentOrigin) {
        if (origins[size_t(parentOrigin)].entry.id == entry.id) {
            origins[size_t(target)].wholeTo = parentOrigin;
            return true;
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (found[j] >= 0
                && origins[size_t(found[j])].entry.id == origins[size_t(parentOrigin)].entry.id)
                return false;
        }
        found[i] = parentOrigin;
        return false;
    };
    for (qsizetype i = 0; i < parents.size(); ++i) {
        const int parent = parents[i];
        int parentOrigin = -1;
        if (const auto known = originIndex.constFind({parent, path});
            known != originIndex.constEnd()) {
            parentOrigin = *known;
        } else {
            auto there = lookup(path).entryIn(commits[size_t(parent)].tree);
            if (!there)
                return there.error();
            if (*there && !(*there)->isTree()) {
                // A file of another kind (a symbolic link for a file) is no parent version.
                tried[i] = true;
                if (sameKind((*there)->mode, entry.mode))
                    parentOrigin = originFor(parent, path, **there);
            }
        }
        if (parentOrigin >= 0) {
            tried[i] = true;
            if (accept(i, parentOrigin))
                break;
        }
    }
    for (qsizetype i = 0; origins[size_t(target)].wholeTo < 0 && i < parents.size(); ++i) {
        if (tried[i])
            continue;
        const int parent = parents[i];
        auto source = RenameSource::find(trees, commits[size_t(parent)].tree,
                                         commits[size_t(child)].tree, path, entry);
        if (!source)
            return source.error();
        if (*source && accept(i, originFor(parent, (*source)->path, (*source)->entry)))
            break;
    }
    Origin &origin = origins[size_t(target)];
    origin.resolved = true;
    if (origin.wholeTo >= 0)
        return {};
    for (const int parentOrigin : std::as_const(found)) {
        if (parentOrigin >= 0)
            origin.links.append(Link {parentOrigin, false, {}, {}});
    }
    return {};
}

Result<void> Blame::Private::loadContent(int originIndex)
{
    Origin &origin = origins[size_t(originIndex)];
    if (origin.content)
        return {};
    auto raw = objects.read(origin.entry.id, GIT_OBJECT_BLOB);
    if (!raw)
        return raw.error();
    origins[size_t(originIndex)].content.emplace(std::move(*raw));
    return {};
}

Result<void> Blame::Private::diff(int originIndex, Link &link)
{
    if (auto loaded = loadContent(originIndex); !loaded)
        return loaded;
    if (auto loaded = loadContent(link.parent); !loaded)
        return loaded;
    const RawObject &mine = *origins[size_t(originIndex)].content;
    const RawObject &theirs = *origins[size_t(link.parent)].content;
    auto hunks = differ.hunks(theirs.data(), theirs.size(), mine.data(), mine.size(),
                              options.ignoreWhitespace);
    if (!hunks)
        return hunks.error();
    link.hunks = std::move(*hunks);
    link.offsetAfter.reserve(link.hunks.size());
    for (const LineHunk &hunk : std::as_const(link.hunks))
        link.offsetAfter.append(hunk.oldStart + hunk.oldCount - hunk.newStart - hunk.newCount);
    link.diffed = true;
    return {};
}

void Blame::Private::queueSpans(int originIndex, QVector<Span> spans)
{
    if (spans.isEmpty())
        return;
    Origin &origin = origins[size_t(originIndex)];
    if (!origin.suspects.isEmpty()) {
        origin.suspects += spans;
        return;
    }
    origin.suspects = std::move(spans);
    // A commit waits in the queue once while any of its origins has lines.
    const Commit &commit = commits[size_t(origin.commit)];
    for (const int other : commit.origins) {
        if (other != originIndex && !origins[size_t(other)].suspects.isEmpty())
            return;
    }
    queue.push({commit.time, queued++, origin.commit});
}

// Hands an origin's lines to its parents: all of them to a parent with the same file,
// else to each parent in turn the lines its diff leaves unchanged.
Result<void> Blame::Private::pass(int originIndex)
{
    if (!origins[size_t(originIndex)].resolved) {
        if (auto resolved = resolve(originIndex); !resolved)
            return resolved;
    }
    if (const int whole = origins[size_t(originIndex)].wholeTo; whole >= 0) {
        queueSpans(whole, std::exchange(origins[size_t(originIndex)].suspects, {}));
        return {};
    }
    const qsizetype linkCount = origins[size_t(originIndex)].links.size();
    for (qsizetype l = 0; l < linkCount; ++l) {
        Link &link = origins[size_t(originIndex)].links[l];
        if (origins[size_t(originIndex)].previous < 0)
            origins[size_t(originIndex)].previous = link.parent;
        if (!link.diffed) {
            if (auto diffed = diff(originIndex, link); !diffed)
                return diffed;
        }
        QVector<Span> stay;
        QVector<Span> passed;
        const auto keep = [](QVector<Span> &list, int line, int source, int count) {
            if (count <= 0)
                return;
            if (!list.isEmpty() && list.last().line + list.last().count == line
                && list.last().source + list.last().count == source)
                list.last().count += count;
            else
                list.append({line, source, count});
        };
        const QVector<LineHunk> &hunks = link.hunks;
        for (const Span &span : std::as_const(origins[size_t(originIndex)].suspects)) {
            int line = span.line;
            int source = span.source;
            int left = span.count;
            // The first change that ends after the span's first line.
            qsizetype h = std::upper_bound(hunks.cbegin(), hunks.cend(), source,
                                           [](int value, const LineHunk &hunk) {
                                               return value < hunk.newStart + hunk.newCount;
                                           })
                - hunks.cbegin();
            while (left > 0) {
                const int offset = h == 0 ? 0 : link.offsetAfter.at(h - 1);
                int count = left;
                if (h == hunks.size()) {
                    keep(passed, line, source + offset, count);
                } else if (hunks.at(h).newStart > source) {
                    count = std::min(left, hunks.at(h).newStart - source);
                    keep(passed, line, source + offset, count);
                } else {
                    count = std::min(left, hunks.at(h).newStart + hunks.at(h).newCount - source);
                    keep(stay, line, source, count);
                    ++h;
                }
                line += count;
                source += count;
                left -= count;
            }
        }
        origins[size_t(originIndex)].suspects = std::move(stay);
        queueSpans(link.parent, std::move(passed));
        if (origins[size_t(originIndex)].suspects.isEmpty())
            break;
    }
    return {};
}

// The lines still with an origin after it passed what it could are its own.
void Blame::Private::settle(int originIndex, const Visitor &found)
{
    Origin &origin = origins[size_t(originIndex)];
    const QVector<Span> guilty = std::exchange(origin.suspects, {});
    origin.content.reset();
    for (const Link &link : std::as_const(origin.links)) {
        if (origins[size_t(link.parent)].suspects.isEmpty())
            origins[size_t(link.parent)].content.reset();
    }
    BlameOrigin &shown = publicOrigins[originIndex];
    if (origin.previous >= 0 && !shown.hasPrevious) {
        shown.hasPrevious = true;
        shown.previousCommit = commits[size_t(origins[size_t(origin.previous)].commit)].id;
        shown.previousPath = origins[size_t(origin.previous)].path;
    }
    for (const Span &span : guilty)
        found(BlameEntry {span.line, span.source, span.count, originIndex});
}

Blame::Blame() = default;
Blame::Blame(Blame &&other) noexcept = default;
Blame &Blame::operator=(Blame &&other) noexcept = default;
Blame::~Blame() = default;

Result<Blame> Blame::create(const Repository &repository, const ObjectId &commit,
                            const QByteArray &path, const BlameOptions &options)
{
    Blame blame;
    blame.d = std::make_unique<Private>(repository);
    Private &d = *blame.d;
    d.options = options;
    d.objects.deferVerification(false);
    auto first = d.loadCommit(commit, nullptr);
    if (!first)
        return first.error();
    auto entry = d.lookup(path).entryIn(d.commits[size_t(*first)].tree);
    if (!entry)
        return entry.error();
    const QString shownPath = displayBytes(path);
    const QString shownCommit = QString::fromLatin1(commit.toHex());
    if (!*entry)
        return Error {tr("There is no file '%1' in the commit %2.").arg(shownPath, shownCommit)};
    if ((*entry)->isTree())
        return Error {tr("'%1' is a folder in the commit %2; blame needs a file.")
                          .arg(shownPath, shownCommit)};
    if ((*entry)->mode == TreeEntry::Submodule)
        return Error {tr("'%1' is a submodule in the commit %2; blame needs a file.")
                          .arg(shownPath, shownCommit)};
    d.finalOrigin = d.originFor(*first, path, **entry);
    if (auto loaded = d.loadContent(d.finalOrigin); !loaded)
        return loaded.error();
    d.content = d.origins[size_t(d.finalOrigin)].content->copy();
    const char *data = d.content.constData();
    for (qsizetype at = 0; at < d.content.size();) {
        d.lineStarts.append(at);
        const auto *newline = static_cast<const char *>(
            std::memchr(data + at, '\n', size_t(d.content.size() - at)));
        at = newline ? newline - data + 1 : d.content.size();
    }
    d.lineStarts.append(d.content.size());
    return blame;
}

QByteArray Blame::content() const
{
    return d->content;
}

int Blame::lineCount() const
{
    return int(d->lineStarts.size() - 1);
}

qsizetype Blame::lineOffset(int line) const
{
    return d->lineStarts.at(qBound(0, line, lineCount()));
}

int Blame::passedByFilter() const
{
    return d->passedByFilter;
}

const BlameOrigin &Blame::origin(int index) const
{
    return d->publicOrigins.at(index);
}

Result<Blame::End> Blame::run(const QVector<BlameLineRange> &ranges,
                              const std::atomic<bool> *cancel, const Visitor &found)
{
    QVector<Span> spans;
    for (const BlameLineRange &range : ranges) {
        const int first = std::max(range.first, 0);
        const int end = std::min(range.first + std::max(range.count, 0), lineCount());
        if (first < end)
            spans.append({first, first, end - first});
    }
    d->queueSpans(d->finalOrigin, spans);
    while (!d->queue.empty()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            // Lines already handed on stay there for the next run.
            return End::Cancelled;
        }
        const int commit = d->queue.top().commit;
        d->queue.pop();
        for (;;) {
            int suspect = -1;
            for (const int origin : d->commits[size_t(commit)].origins) {
                if (!d->origins[size_t(origin)].suspects.isEmpty()) {
                    suspect = origin;
                    break;
                }
            }
            if (suspect < 0)
                break;
            if (auto passed = d->pass(suspect); !passed)
                return passed.error();
            if (!d->origins[size_t(suspect)].suspects.isEmpty()) {
                if (auto confirmed = d->confirm(commit); !confirmed)
                    return confirmed.error();
            }
            d->settle(suspect, found);
        }
    }
    if (auto verified = d->objects.finishVerification(); !verified)
        return verified.error();
    return End::Completed;
}

Result<QVector<BlameEntry>> Blame::all(const std::atomic<bool> *cancel)
{
    QVector<BlameEntry> entries;
    auto end = run({{0, lineCount()}}, cancel,
                   [&entries](const BlameEntry &entry) { entries.append(entry); });
    if (!end)
        return end.error();
    return coalesced(std::move(entries));
}

QVector<BlameEntry> Blame::coalesced(QVector<BlameEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const BlameEntry &a, const BlameEntry &b) { return a.line < b.line; });
    QVector<BlameEntry> joined;
    for (const BlameEntry &entry : std::as_const(entries)) {
        if (!joined.isEmpty()) {
            BlameEntry &last = joined.last();
            if (last.origin == entry.origin && last.line + last.count == entry.line
                && last.sourceLine + last.count == entry.sourceLine) {
                last.count += entry.count;
                continue;
            }
        }
        joined.append(entry);
    }
    return joined;
}

Result<CommitInfo> Blame::commit(const ObjectId &id) const
{
    auto raw = d->objects.read(id, GIT_OBJECT_COMMIT);
    if (!raw)
        return raw.error();
    auto info = CommitInfo::parse(id, raw->data(), raw->size());
    if (!info) {
        return d->damaged(id);
    }
    return std::move(*info);
}

} // namespace clearroom::git
