// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: checking that objects' contents match their ids on other threads.

#include "libgit2.h"
#include "objectid.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace clearroom::git::detail {

/// Hashes objects on threads of its own (libgit2's collision-detecting SHA-1,
/// as for every object Clearroom reads) while the reader goes on: a history walk reads
/// thousands of small objects, and hashing each one where it is read would double the
/// walk's time on one core. One thread at first; another (up to the processors there are)
/// whenever a batch waits because all are busy: a blame hashes every version of its file,
/// two and a half times the work of the reading thread, so one hashing thread was what it
/// waited for.
class ObjectVerifier
{
public:
    ObjectVerifier() = default;
    ~ObjectVerifier();
    ObjectVerifier(const ObjectVerifier &) = delete;
    ObjectVerifier &operator=(const ObjectVerifier &) = delete;

    /// Queues a copy of an object's content for checking against `id`.
    void submit(const ObjectId &id, git_object_t type, const char *data, size_t size);
    /// Queues an object's content for checking against `id` without copying it: the
    /// queue shares `content` (implicitly shared, so safe to read on the other thread).
    void submit(const ObjectId &id, git_object_t type, QByteArray content);

    /// Waits until everything submitted is checked; the first object whose content does
    /// not match its id, if any.
    std::optional<ObjectId> finish();

private:
    struct Entry
    {
        ObjectId id;
        git_object_t type;
        QByteArray content;
    };
    struct Batch
    {
        quint64 number; // in the order submitted
        std::vector<Entry> entries;
    };

    void flush();
    void run();
    /// With the mutex held: the first mismatch in the order submitted is the one kept.
    void recordMismatch(quint64 batch, const std::optional<ObjectId> &mismatch);
    static std::optional<ObjectId> firstMismatch(const std::vector<Entry> &batch);

    std::vector<Entry> m_batch;
    size_t m_batchBytes = 0;
    quint64 m_batches = 0;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Batch> m_queue;
    int m_working = 0;
    bool m_stop = false;
    std::optional<std::pair<quint64, ObjectId>> m_mismatch; // its batch, and the object
    bool m_checkHere = false; // no thread could be started: batches are checked by flush()
    std::vector<std::thread> m_threads;
};

} // namespace clearroom::git::detail
