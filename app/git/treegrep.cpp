// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "treegrep.h"

#include "objectreader.h"
#include "pathquote.h"
#include "repository.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace clearroom::git {

namespace {

// Workers may finish files this far ahead of the one the caller waits for; beyond it they
// wait, so that one slow file cannot make the results of thousands pile up.
constexpr size_t aheadLimit = 4096;
// How many files the delivering thread lets the workers finish before it wakes up.
constexpr size_t deliveryBatch = 32;
// Delta bases each worker keeps: two workers each with the default 48 MiB doubled grep's peak
// memory on git.git for no measurable gain (files are searched in tree order).
constexpr qint64 GrepPackCacheBudget = qint64(4) * 1024 * 1024;

// git's rule for binary content (as looksBinary()), without copying the first 8,000
// bytes: this runs once per searched file.
bool isBinary(const char *data, qsizetype size)
{
    constexpr qsizetype firstBytes = 8000;
    return std::memchr(data, '\0', size_t(std::min(size, firstBytes))) != nullptr;
}

struct FileJob
{
    QByteArray path;
    ObjectId blob;
};

// The files of a tree that the pathspec includes, depth-first in stored order, which is
// git's path order. Symbolic links and submodules are not searched, as in git.
class FileCollector
{
public:
    FileCollector(const Repository &repository, const Pathspec &pathspec)
        : m_repository(repository)
        , m_pathspec(pathspec)
    {
    }

    Result<void> collect(const ObjectId &tree)
    {
        Result<void> failure;
        const qsizetype base = m_path.size();
        auto walked = m_repository.forEachTreeEntry(tree, [&](const TreeEntryView &entry) {
            if (!failure)
                return;
            m_path.truncate(base);
            m_path.append(entry.name.data(), qsizetype(entry.name.size()));
            if (entry.isTree()) {
                if (!m_pathspec.mayMatchBelow(m_path.constData(), m_path.size()))
                    return;
                m_path.append('/');
                if (auto below = collect(ObjectId::fromRaw(entry.rawId)); !below)
                    failure = below;
                return;
            }
            if (entry.mode != TreeEntry::Regular && entry.mode != TreeEntry::Executable)
                return;
            if (m_pathspec.matches(m_path.constData(), m_path.size()))
                m_files.push_back({m_path, ObjectId::fromRaw(entry.rawId)});
        });
        m_path.truncate(base);
        if (!walked)
            return walked;
        return failure;
    }

    std::vector<FileJob> takeFiles() { return std::move(m_files); }

private:
    const Repository &m_repository;
    const Pathspec &m_pathspec;
    QByteArray m_path;
    std::vector<FileJob> m_files;
};

struct Slot
{
    bool done = false;
    std::optional<Error> error;
    GrepFileMatches matches;
};

} // namespace

// One run of a search: the files to search, the worker threads that search them, and the
// delivery of their results in path order on the thread of run(). Every member after
// `m_files` is guarded by `m_mutex`, except the atomics.
class TreeGrep::SearchRun
{
public:
    SearchRun(const TreeGrep &settings, std::vector<FileJob> files)
        : m_settings(settings)
        , m_files(std::move(files))
        , m_results(m_files.size())
    {
    }

    // However the run ends, the workers are told to stop and are joined.
    ~SearchRun()
    {
        m_stop.store(true);
        {
            std::lock_guard lock(m_mutex);
        }
        m_windowMoved.notify_all();
        for (std::thread &worker : m_workers)
            worker.join();
    }

    SearchRun(const SearchRun &) = delete;
    SearchRun &operator=(const SearchRun &) = delete;

    void start(int threads)
    {
        m_threadCount = int(std::min<size_t>(size_t(threads), m_files.size()));
        for (int i = 0; i < m_threadCount; ++i)
            m_workers.emplace_back([this] { work(); });
    }

    Result<Summary> deliver(const std::function<bool(const GrepFileMatches &)> &onFile)
    {
        Summary summary;
        summary.filesTotal = qint64(m_files.size());
        for (size_t index = 0; index < m_files.size(); ++index) {
            Slot slot;
            {
                std::unique_lock lock(m_mutex);
                // Waking up for every small file would cost more than searching it: wait
                // for a batch further on, or for this file alone when the batch is ahead of
                // it. Cancelling raises no signal to wait for: look at the flag now and then.
                while (!m_results[index].done && !m_workerFailure
                       && m_finishedWorkers < m_threadCount && !cancelled()) {
                    const size_t batchEnd = std::min(index + deliveryBatch, m_files.size() - 1);
                    m_awaited = m_results[batchEnd].done ? index : batchEnd;
                    m_resultReady.wait_for(lock, std::chrono::milliseconds(20));
                }
                m_awaited = SIZE_MAX;
                if (m_workerFailure)
                    return *m_workerFailure;
                if (!m_results[index].done) {
                    if (cancelled()) {
                        summary.cancelled = true;
                        return summary;
                    }
                    return Error {
                        tr("The search of '%1' ended before the file '%2' was "
                           "searched.")
                            .arg(m_settings.m_repositoryPath, displayBytes(m_files[index].path))};
                }
                slot = std::move(m_results[index]);
                m_delivered = index + 1;
            }
            m_windowMoved.notify_all();
            if (slot.error)
                return *slot.error;
            ++summary.filesSearched;
            if (slot.matches.lineCount > 0) {
                ++summary.filesMatched;
                if (!onFile(slot.matches)) {
                    summary.stopped = true;
                    return summary;
                }
            }
            if (m_settings.m_progress)
                m_settings.m_progress(summary.filesSearched, summary.filesTotal);
            if (cancelled()) {
                summary.cancelled = index + 1 < m_files.size();
                return summary;
            }
        }
        return summary;
    }

private:
    bool cancelled() const
    {
        return m_settings.m_cancel && m_settings.m_cancel->load(std::memory_order_relaxed);
    }

    // A worker: its own repository and matcher, files taken in order until none is left.
    void work()
    {
        auto repository = Repository::open(m_settings.m_repositoryPath);
        auto matcher = LineMatcher::create(m_settings.m_pattern);
        std::optional<Error> failure;
        // Blobs straight from the packs (inflated by libdeflate where Clearroom has it), each
        // checked against its id unless the repository's objects were verified once; a small
        // cache of delta bases each, as two workers each map the packs.
        std::optional<detail::ObjectReader> objects;
        if (!repository)
            failure = repository.error();
        else if (!matcher)
            failure = matcher.error();
        else
            objects.emplace(*repository, GrepPackCacheBudget);
        while (!failure && !m_stop.load() && !cancelled()) {
            const size_t index = m_next.fetch_add(1);
            if (index >= m_files.size())
                break;
            {
                std::unique_lock lock(m_mutex);
                m_windowMoved.wait(
                    lock, [&] { return index < m_delivered + aheadLimit || m_stop.load(); });
            }
            if (m_stop.load())
                break;
            Slot slot = search(*objects, *matcher, m_files[index]);
            bool awaited = false;
            {
                std::lock_guard lock(m_mutex);
                slot.done = true;
                m_results[index] = std::move(slot);
                awaited = m_awaited == index;
            }
            if (awaited)
                m_resultReady.notify_one();
        }
        {
            std::lock_guard lock(m_mutex);
            ++m_finishedWorkers;
            if (failure && !m_workerFailure)
                m_workerFailure = std::move(failure);
        }
        m_resultReady.notify_one();
    }

    Slot search(const detail::ObjectReader &objects, const LineMatcher &matcher,
                const FileJob &job) const
    {
        Slot slot;
        Result<GrepFileMatches> found = Error {};
        const auto read = objects.read(job.blob, GIT_OBJECT_BLOB);
        if (read) {
            found = searchContent(matcher, read->data(), read->size(), m_settings.m_detail,
                                  m_settings.m_binaryFiles);
        }
        std::optional<QString> problem;
        if (!read)
            problem = read.errorMessage();
        else if (!found)
            problem = found.errorMessage();
        if (problem) {
            slot.error = Error {
                tr("The file '%1' cannot be searched: %2").arg(displayBytes(job.path), *problem)};
            return slot;
        }
        slot.matches = std::move(found).value();
        slot.matches.path = job.path;
        slot.matches.blob = job.blob;
        return slot;
    }

    const TreeGrep &m_settings;
    const std::vector<FileJob> m_files;
    std::vector<std::thread> m_workers;
    int m_threadCount = 0;
    std::atomic<size_t> m_next {0};
    std::atomic<bool> m_stop {false};

    std::mutex m_mutex;
    std::condition_variable m_resultReady;
    std::condition_variable m_windowMoved;
    std::vector<Slot> m_results;
    size_t m_delivered = 0;
    /// The file whose result wakes the delivering thread (SIZE_MAX: none).
    size_t m_awaited = SIZE_MAX;
    int m_finishedWorkers = 0;
    std::optional<Error> m_workerFailure;
};

TreeGrep::TreeGrep(QString repositoryPath, ObjectId tree, SearchPattern pattern, Pathspec pathspec)
    : m_repositoryPath(std::move(repositoryPath))
    , m_tree(tree)
    , m_pattern(std::move(pattern))
    , m_pathspec(std::move(pathspec))
{
}

Result<GrepFileMatches> TreeGrep::searchContent(const LineMatcher &matcher, const char *data,
                                                qsizetype size, GrepDetail detail,
                                                GrepBinaryFiles binaryFiles)
{
    GrepFileMatches found;
    found.isBinary = isBinary(data, size);
    if (found.isBinary && binaryFiles == GrepBinaryFiles::Skip)
        return found;
    const bool reportOnly = found.isBinary && binaryFiles == GrepBinaryFiles::ReportMatch;
    const bool keepLines = detail == GrepDetail::Lines && !reportOnly;
    const bool stopAtFirst
        = detail == GrepDetail::FirstMatch || (detail == GrepDetail::Lines && reportOnly);
    auto scanned = matcher.forEachSelectedLine(
        data, size, [&](qint64 number, const char *line, qsizetype lineSize) {
            ++found.lineCount;
            if (keepLines)
                found.lines.append({number, QByteArray(line, lineSize)});
            return !stopAtFirst;
        });
    if (!scanned)
        return scanned.error();
    return found;
}

Result<TreeGrep::Summary> TreeGrep::run(const std::function<bool(const GrepFileMatches &)> &onFile)
{
    // Checked here first, so that a bad pattern is reported before anything is read.
    if (auto matcher = LineMatcher::create(m_pattern); !matcher)
        return matcher.error();
    auto repository = Repository::open(m_repositoryPath);
    if (!repository)
        return repository.error();
    FileCollector collector(*repository, m_pathspec);
    if (auto collected = collector.collect(m_tree); !collected)
        return collected.error();

    SearchRun run(*this, collector.takeFiles());
    run.start(m_threads);
    return run.deliver(onFile);
}

} // namespace clearroom::git
