// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"
#include "pathspec.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <vector>

namespace clearroom::git {

class Repository;

/// A file of a tree: its path from the tree's root and its blob.
struct TreeFile
{
    QByteArray path;
    ObjectId blob;
};

/// The files of `tree` that `pathspec` includes (an empty one: all), depth-first in stored
/// order, which is git's path order. Symbolic links and submodules are left out, as git
/// grep leaves them.
Result<std::vector<TreeFile>> treeFiles(const Repository &repository, const ObjectId &tree,
                                        const Pathspec &pathspec = {});

/// Work on the contents of many files on worker threads, finished for the waiting thread
/// in the files' order. Grep and the review's coverage read every file of a commit, and
/// inflating (and, unless the objects were verified once, hashing) the blobs is most of
/// their time: each worker reads with a repository handle and an object reader of its own
/// (a libgit2 repository is not shared between threads), taking the next file no worker
/// took yet, and stays at most `aheadLimit` files ahead of the one waited for, so that one
/// slow file cannot make the results of thousands pile up.
class OrderedFileWork
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::OrderedFileWork)

public:
    /// Runs on worker number `worker` (0 to Settings::threads - 1, for state of its own
    /// such as a compiled pattern) for the file at `index`: its blob's content (valid
    /// during the call only) or why it cannot be read. The work keeps what it makes itself,
    /// e.g. in a vector by index: waitFor(index) returning Done makes it visible to the
    /// waiting thread.
    using Work
        = std::function<void(int worker, size_t index, const Result<std::string_view> &content)>;

    enum class Outcome {
        Done,
        Cancelled, ///< `cancel` was set before the file's work was done
        Unfinished, ///< every worker stopped without doing it
    };

    struct Settings
    {
        int threads = 2;
        /// The bytes of delta bases each worker's pack reader keeps.
        qint64 packCacheBudget = 0;
        size_t aheadLimit = 4096;
        /// Check every object against its id, even where the objects were verified once
        /// (as the caller's repository handle does after hashEveryObject()).
        bool hashEveryObject = false;
        const std::atomic_bool *cancel = nullptr;
    };

    /// Starts the workers at once; `files` and `work` must outlive this. Where the
    /// process cannot start as many threads, the workers that did start share the files;
    /// where it cannot start one, waitFor() says so.
    OrderedFileWork(QString repositoryPath, const std::vector<TreeFile> &files, Work work,
                    const Settings &settings);
    /// However the run ends, the workers are told to stop and are joined.
    ~OrderedFileWork();
    OrderedFileWork(const OrderedFileWork &) = delete;
    OrderedFileWork &operator=(const OrderedFileWork &) = delete;

    /// Waits until the work of the file at `index` is done, called with 0, 1, 2, ... in turn
    /// (the files before `index` are taken as consumed). An error when a worker could not
    /// read at all (its repository handle could not be opened).
    Result<Outcome> waitFor(size_t index);

private:
    void work(int worker);
    bool cancelled() const;

    const QString m_repositoryPath;
    const std::vector<TreeFile> &m_files;
    const Work m_work;
    const Settings m_settings;
    std::vector<std::thread> m_workers; // the ones that started; set in the constructor only
    std::atomic<size_t> m_next {0};
    std::atomic<bool> m_stop {false};

    // Guarded by m_mutex:
    std::mutex m_mutex;
    std::condition_variable m_resultReady;
    std::condition_variable m_windowMoved;
    std::vector<char> m_done;
    size_t m_consumed = 0; ///< files before this were consumed by the waiting thread
    size_t m_awaited = SIZE_MAX; ///< the file whose result wakes the waiting thread
    int m_finishedWorkers = 0;
    std::optional<Error> m_workerFailure;
};

} // namespace clearroom::git
