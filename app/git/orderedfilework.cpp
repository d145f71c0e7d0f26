// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "orderedfilework.h"

#include "objectreader.h"
#include "repository.h"

#include <algorithm>
#include <chrono>
#include <system_error>

namespace clearroom::git {

namespace {

// How many files the waiting thread lets the workers finish before it wakes up: waking for
// every small file would cost more than reading it.
constexpr size_t deliveryBatch = 32;

// Collects the files of a tree for treeFiles().
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

    std::vector<TreeFile> takeFiles() { return std::move(m_files); }

private:
    const Repository &m_repository;
    const Pathspec &m_pathspec;
    QByteArray m_path;
    std::vector<TreeFile> m_files;
};

} // namespace

Result<std::vector<TreeFile>> treeFiles(const Repository &repository, const ObjectId &tree,
                                        const Pathspec &pathspec)
{
    FileCollector collector(repository, pathspec);
    if (auto collected = collector.collect(tree); !collected)
        return collected.error();
    return collector.takeFiles();
}

OrderedFileWork::OrderedFileWork(QString repositoryPath, const std::vector<TreeFile> &files,
                                 Work work, const Settings &settings)
    : m_repositoryPath(std::move(repositoryPath))
    , m_files(files)
    , m_work(std::move(work))
    , m_settings(settings)
    , m_done(files.size(), 0)
{
    const int wanted = int(std::min<size_t>(size_t(std::max(settings.threads, 1)), files.size()));
    for (int i = 0; i < wanted; ++i) {
        try {
            m_workers.emplace_back([this, i] { this->work(i); });
        } catch (const std::system_error &error) {
            // At the process's thread or memory limit (std::thread throws; nothing is
            // started then).
            if (m_workers.empty()) {
                std::lock_guard lock(m_mutex);
                m_workerFailure
                    = Error {tr("No thread could be started to read the files of '%1': %2")
                                 .arg(m_repositoryPath, QString::fromLocal8Bit(error.what()))};
            }
            break;
        }
    }
}

OrderedFileWork::~OrderedFileWork()
{
    m_stop.store(true);
    {
        std::lock_guard lock(m_mutex);
    }
    m_windowMoved.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
}

bool OrderedFileWork::cancelled() const
{
    return m_settings.cancel && m_settings.cancel->load(std::memory_order_relaxed);
}

Result<OrderedFileWork::Outcome> OrderedFileWork::waitFor(size_t index)
{
    Q_ASSERT(index < m_files.size());
    std::unique_lock lock(m_mutex);
    if (m_consumed < index) {
        m_consumed = index;
        m_windowMoved.notify_all();
    }
    // Cancelling raises no signal to wait for: look at the flag now and then.
    while (!m_done[index] && !m_workerFailure && m_finishedWorkers < int(m_workers.size())
           && !cancelled()) {
        const size_t batchEnd = std::min(index + deliveryBatch, m_files.size() - 1);
        m_awaited = m_done[batchEnd] ? index : batchEnd;
        m_resultReady.wait_for(lock, std::chrono::milliseconds(20));
    }
    m_awaited = SIZE_MAX;
    if (m_workerFailure)
        return *m_workerFailure;
    if (m_done[index])
        return Outcome::Done;
    return cancelled() ? Outcome::Cancelled : Outcome::Unfinished;
}

// A worker: its own repository handle and object reader, files taken in order until none
// is left.
void OrderedFileWork::work(int worker)
{
    auto repository = Repository::open(m_repositoryPath);
    std::optional<Error> failure;
    std::optional<detail::ObjectReader> objects;
    if (!repository) {
        failure = repository.error();
    } else {
        if (m_settings.hashEveryObject)
            repository->hashEveryObject();
        objects.emplace(*repository,
                        m_settings.packCacheBudget > 0 ? m_settings.packCacheBudget
                                                       : detail::PackReader::DefaultCacheBudget);
    }
    while (!failure && !m_stop.load() && !cancelled()) {
        const size_t index = m_next.fetch_add(1);
        if (index >= m_files.size())
            break;
        {
            std::unique_lock lock(m_mutex);
            m_windowMoved.wait(
                lock, [&] { return index < m_consumed + m_settings.aheadLimit || m_stop.load(); });
        }
        if (m_stop.load())
            break;
        const auto read = objects->read(m_files[index].blob, GIT_OBJECT_BLOB);
        if (read)
            m_work(worker, index, Result<std::string_view>(read->view()));
        else
            m_work(worker, index, Result<std::string_view>(read.error()));
        bool awaited = false;
        {
            std::lock_guard lock(m_mutex);
            m_done[index] = 1;
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

} // namespace clearroom::git
