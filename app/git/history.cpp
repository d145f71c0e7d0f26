// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "history.h"

#include "commitgraphcache.h"
#include "objectidmap.h"
#include "objectreader.h"
#include "pathlookup.h"
#include "renamefollower.h"
#include "repository.h"
#include "shallow.h"
#include "treereader.h"

#include <QSet>
#include <QVarLengthArray>

#include <memory>
#include <queue>
#include <vector>

namespace clearroom::git {

using namespace detail;

namespace {

struct Node
{
    ObjectId id;
    // From the commit-graph cache: tree and commit time, but not the parents, which are
    // read from the cache where they are needed (most commits of a walk with the cache
    // are only passed over: a vector each would be an allocation each).
    CommitLinks links;
    std::optional<RawObject> raw; // the commit's content until it is shown or passed over
    std::optional<quint32> cached; // its position in the commit-graph cache, if it came from it
    bool shallow = false; // the walk ends at it: no parents
    bool seen = false; // queued once: never again
};

// Parents as a walk goes through them: most commits have one or two.
using ParentIds = QVarLengthArray<ObjectId, 4>;
using ParentNodes = QVarLengthArray<int, 4>;

struct Queued
{
    quint64 time;
    quint64 order;
    int node;
    // std::priority_queue pops the greatest: the newest, then the one queued first.
    friend bool operator<(const Queued &a, const Queued &b)
    {
        return a.time != b.time ? a.time < b.time : a.order > b.order;
    }
};

class Walk
{
public:
    Walk(const Repository &repository, const HistoryOptions &options,
         const std::atomic<bool> *cancel)
        : m_objects(repository)
        , m_trees(m_objects)
        , m_options(options)
        , m_cancel(cancel)
        , m_shallow(shallowCommits(repository))
        // Without paths every commit is shown, so read anyway: the cache would only add
        // look-ups. --follow compares trees of every commit itself.
        , m_cache(options.verifyEveryObject || options.paths.isEmpty() || options.followRenames
                      ? nullptr
                      : options.cache)
    {
        m_objects.deferVerification(!options.verifyEveryObject);
        if (m_cache)
            m_nodes.reserve(size_t(m_cache->commitCount()) + 1024);
        if (options.followRenames && options.paths.size() == 1) {
            m_follower = std::make_unique<RenameFollower>(m_trees, options.paths.first());
        } else {
            for (const QByteArray &path : options.paths)
                m_lookups.push_back(std::make_unique<PathLookup>(m_trees, path));
            // The whole tree ("") is no path a list names: compare the trees.
            for (const QByteArray &path : options.paths) {
                if (!m_cache)
                    break;
                const std::optional<quint32> key = m_cache->lookupKey(path);
                if (!key) {
                    m_pathKeys.clear();
                    break;
                }
                m_pathKeys.push_back(*key);
                // "a/" asks for a folder only: a file changed there is no change to it.
                m_changeIsExact = m_changeIsExact && !path.endsWith('/');
            }
        }
    }

    Result<History::End> run(const ObjectId &start, const History::Visitor &visit)
    {
        auto end = walk(start, visit);
        if (!end || *end == History::End::Cancelled)
            return end;
        if (auto verified = m_objects.finishVerification(); !verified)
            return verified.error();
        return end;
    }

private:
    Result<History::End> walk(const ObjectId &start, const History::Visitor &visit);
    Result<int> load(const ObjectId &id, const ObjectId *child);
    void enqueue(int node);
    ParentIds parentIds(const Node &node) const;
    QVector<ObjectId> parentVector(const Node &node) const;
    Result<ParentNodes> walkedParents(int node, bool *shown);
    Result<bool> touchesFollowedFile(int node);
    CommitGraphCache::PathChange cachedChange(int node, int parent) const;
    Result<CommitInfo> info(int node);
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    ObjectReader m_objects;
    TreeReader m_trees;
    const HistoryOptions &m_options;
    const std::atomic<bool> *m_cancel;
    QSet<ObjectId> m_shallow;
    const CommitGraphCache *m_cache;
    std::vector<quint32> m_pathKeys; // for the cache's lists of changed paths
    bool m_changeIsExact = true; // a path listed as changed is a change the walk sees
    std::vector<std::unique_ptr<PathLookup>> m_lookups;
    std::unique_ptr<RenameFollower> m_follower;
    std::vector<Node> m_nodes;
    ObjectIdMap<int> m_index;
    std::priority_queue<Queued> m_queue;
    quint64 m_queued = 0;
};

Result<int> Walk::load(const ObjectId &id, const ObjectId *child)
{
    if (const int *known = m_index.find(id))
        return *known;
    if (const auto position = m_cache ? m_cache->find(id) : std::nullopt) {
        Node node;
        node.id = id;
        node.links.tree = m_cache->tree(*position);
        node.links.commitTime = m_cache->commitTime(*position);
        node.shallow = m_shallow.contains(id);
        node.cached = position;
        m_nodes.push_back(std::move(node));
        const int index = int(m_nodes.size() - 1);
        m_index.insert(id, index);
        return index;
    }
    auto raw = m_objects.read(id, GIT_OBJECT_COMMIT);
    if (!raw) {
        if (!child)
            return raw.error();
        return Error {History::tr("The commit %1 names the parent %2, which cannot be read: %3")
                          .arg(QString::fromLatin1(child->toHex()), QString::fromLatin1(id.toHex()),
                               raw.errorMessage())};
    }
    auto links = CommitLinks::parse(raw->data(), raw->size());
    if (!links) {
        return Error {History::tr("The commit %1 in the repository '%2' is damaged: it does not "
                                  "begin with a tree line.")
                          .arg(QString::fromLatin1(id.toHex()), m_objects.repositoryPath())};
    }
    if (m_shallow.contains(id))
        links->parents.clear();
    Node node;
    node.id = id;
    node.links = std::move(*links);
    node.raw.emplace(std::move(*raw));
    m_nodes.push_back(std::move(node));
    const int index = int(m_nodes.size() - 1);
    m_index.insert(id, index);
    return index;
}

void Walk::enqueue(int node)
{
    m_nodes[size_t(node)].seen = true;
    m_queue.push({m_nodes[size_t(node)].links.commitTime, m_queued++, node});
}

ParentIds Walk::parentIds(const Node &node) const
{
    ParentIds ids;
    if (!node.cached) {
        ids.append(node.links.parents.constData(), node.links.parents.size());
    } else if (!node.shallow) {
        const int count = m_cache->parentCount(*node.cached);
        for (int i = 0; i < count; ++i)
            ids.append(m_cache->parent(*node.cached, i));
    }
    return ids;
}

QVector<ObjectId> Walk::parentVector(const Node &node) const
{
    if (!node.cached)
        return node.links.parents;
    return node.shallow ? QVector<ObjectId> {} : m_cache->parents(*node.cached);
}

// The parents the walk goes on to, and whether the commit itself is shown. With paths,
// a commit whose paths equal one parent's is not shown and only that parent is walked.
Result<ParentNodes> Walk::walkedParents(int node, bool *shown)
{
    ParentIds parents = parentIds(m_nodes[size_t(node)]);
    if (m_options.firstParent && parents.size() > 1)
        parents.resize(1);
    const ObjectId id = m_nodes[size_t(node)].id;
    const ObjectId tree = m_nodes[size_t(node)].links.tree;
    *shown = true;

    if (!m_lookups.empty() && parents.isEmpty()) {
        // A root commit counts when it has something at one of the paths.
        *shown = false;
        for (const auto &lookup : m_lookups) {
            auto entry = lookup->entryIn(tree);
            if (!entry)
                return entry.error();
            *shown = *shown || entry->has_value();
        }
    }

    ParentNodes walked;
    for (const ObjectId &parent : std::as_const(parents)) {
        auto loaded = load(parent, &id);
        if (!loaded)
            return loaded.error();
        walked.append(*loaded);
        if (m_lookups.empty())
            continue;
        const auto known = cachedChange(node, int(walked.size() - 1));
        if (known == CommitGraphCache::PathChange::Unchanged) {
            *shown = false;
            return ParentNodes {*loaded};
        }
        if (known == CommitGraphCache::PathChange::Changed)
            continue;
        bool same = true;
        for (const auto &lookup : m_lookups) {
            auto unchanged = lookup->unchanged(m_nodes[size_t(*loaded)].links.tree, tree);
            if (!unchanged)
                return unchanged.error();
            if (!*unchanged) {
                same = false;
                break;
            }
        }
        if (same) {
            *shown = false;
            return ParentNodes {*loaded};
        }
    }
    return walked;
}

// What the cache's list of changed paths says about the walk's paths between the commit
// and one of its parents: unchanged when none of them changed, changed when one did.
CommitGraphCache::PathChange Walk::cachedChange(int node, int parent) const
{
    using PathChange = CommitGraphCache::PathChange;
    const std::optional<quint32> position = m_nodes[size_t(node)].cached;
    if (!position || m_pathKeys.empty())
        return PathChange::Unknown;
    for (const quint32 key : m_pathKeys) {
        const PathChange change = m_cache->change(*position, parent, key);
        if (change == PathChange::Changed && !m_changeIsExact)
            return PathChange::Unknown;
        if (change != PathChange::Unchanged)
            return change;
    }
    return PathChange::Unchanged;
}

// --follow: a merge has no change of its own unless only first parents count.
Result<bool> Walk::touchesFollowedFile(int node)
{
    const ParentIds parents = parentIds(m_nodes[size_t(node)]);
    if (parents.size() > 1 && !m_options.firstParent)
        return false;
    std::optional<ObjectId> parentTree;
    if (!parents.isEmpty())
        parentTree = m_nodes[size_t(*m_index.find(parents.first()))].links.tree;
    return m_follower->touches(m_nodes[size_t(node)].links.tree, parentTree);
}

Result<CommitInfo> Walk::info(int node)
{
    Node &commit = m_nodes[size_t(node)];
    bool readable = true; // a tree line first: load() made sure of it for commits it read
    if (commit.cached && !commit.raw) {
        // From the cache until now: read it, and it must be what the cache says.
        auto raw = m_objects.read(commit.id, GIT_OBJECT_COMMIT);
        if (!raw)
            return raw.error();
        const auto links = CommitLinks::parse(raw->data(), raw->size());
        if (links) {
            if (auto agrees
                = m_cache->confirm(*commit.cached, commit.id, *links, m_objects.repositoryPath());
                !agrees)
                return agrees.error();
        }
        readable = links.has_value();
        commit.raw.emplace(std::move(*raw));
    }
    std::optional<CommitInfo> info;
    if (commit.raw && readable && !m_options.commitText) {
        // What the walk knows already: the tree and commit time it read or confirmed.
        info.emplace();
        info->id = commit.id;
        info->tree = commit.links.tree;
        info->commitTime = commit.links.commitTime;
    } else if (commit.raw) {
        info = CommitInfo::parse(commit.id, commit.raw->data(), commit.raw->size());
    }
    commit.raw.reset();
    if (!info) {
        return Error {History::tr("The commit %1 in the repository '%2' is damaged: it does not "
                                  "begin with a tree line.")
                          .arg(QString::fromLatin1(commit.id.toHex()), m_objects.repositoryPath())};
    }
    info->parents = parentVector(commit);
    return std::move(*info);
}

Result<History::End> Walk::walk(const ObjectId &start, const History::Visitor &visit)
{
    if (m_options.maxCount == 0)
        return History::End::Completed;
    auto first = load(start, nullptr);
    if (!first)
        return first.error();
    enqueue(*first);

    qint64 counted = 0;
    const bool limited = m_options.maxCount > 0;
    QVector<int> collected; // for --reverse
    while (!m_queue.empty()) {
        if (cancelled())
            return History::End::Cancelled;
        const int node = m_queue.top().node;
        m_queue.pop();
        bool shown = true;
        auto parents = walkedParents(node, &shown);
        if (!parents)
            return parents.error();
        for (const int parent : std::as_const(*parents)) {
            if (!m_nodes[size_t(parent)].seen)
                enqueue(parent);
        }
        if (!shown) {
            m_nodes[size_t(node)].raw.reset();
            continue;
        }
        if (m_options.reverse) {
            // git counts what the walk returns, before --follow looks at the changes.
            collected.append(node);
            if (limited && ++counted == m_options.maxCount)
                break;
            continue;
        }
        if (m_follower) {
            auto touches = touchesFollowedFile(node);
            if (!touches)
                return touches.error();
            if (!*touches) {
                m_nodes[size_t(node)].raw.reset();
                continue;
            }
        }
        auto commit = info(node);
        if (!commit)
            return commit.error();
        if (!visit(std::move(*commit)))
            return History::End::Stopped;
        if (limited && ++counted == m_options.maxCount)
            return History::End::Completed;
    }

    for (qsizetype i = collected.size() - 1; i >= 0; --i) {
        if (cancelled())
            return History::End::Cancelled;
        const int node = collected.at(i);
        if (m_follower) {
            auto touches = touchesFollowedFile(node);
            if (!touches)
                return touches.error();
            if (!*touches)
                continue;
        }
        auto commit = info(node);
        if (!commit)
            return commit.error();
        if (!visit(std::move(*commit)))
            return History::End::Stopped;
    }
    return History::End::Completed;
}

} // namespace

Result<History::End> History::walk(const Repository &repository, const ObjectId &start,
                                   const HistoryOptions &options, const std::atomic<bool> *cancel,
                                   const Visitor &visit)
{
    Walk walk(repository, options, cancel);
    return walk.run(start, visit);
}

} // namespace clearroom::git
