// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "objectverifier.h"

#include <algorithm>
#include <cstring>
#include <system_error>

namespace clearroom::git::detail {

namespace {

// Objects are handed to the thread in batches of about this many bytes.
constexpr size_t BatchSize = 256 * 1024;

} // namespace

ObjectVerifier::~ObjectVerifier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &thread : m_threads)
        thread.join();
}

void ObjectVerifier::submit(const ObjectId &id, git_object_t type, const char *data, size_t size)
{
    submit(id, type, QByteArray(data, qsizetype(size)));
}

// The content is shared, not copied: a blame or history walk hands over every tree and
// blob it reads (on git.git over a gigabyte), and copying them into growing buffers cost
// the reading thread more than a tenth of its time.
void ObjectVerifier::submit(const ObjectId &id, git_object_t type, QByteArray content)
{
    m_batchBytes += size_t(content.size());
    m_batch.push_back({id, type, std::move(content)});
    if (m_batchBytes >= BatchSize)
        flush();
}

std::optional<ObjectId> ObjectVerifier::firstMismatch(const std::vector<Entry> &batch)
{
    for (const Entry &entry : batch) {
        git_oid expected;
        std::memcpy(expected.id, entry.id.raw(), ObjectId::RawSize);
        git_oid hashed;
        if (git_odb_hash(&hashed, entry.content.constData(), size_t(entry.content.size()),
                         entry.type)
                < 0
            || !git_oid_equal(&hashed, &expected))
            return entry.id;
    }
    return std::nullopt;
}

void ObjectVerifier::recordMismatch(quint64 batch, const std::optional<ObjectId> &mismatch)
{
    if (mismatch && (!m_mismatch || batch < m_mismatch->first))
        m_mismatch = std::make_pair(batch, *mismatch);
}

void ObjectVerifier::flush()
{
    if (m_batch.empty())
        return;
    static const size_t mostThreads = std::max(1u, std::thread::hardware_concurrency());
    bool here = false;
    quint64 number = 0;
    {
        std::lock_guard lock(m_mutex);
        // A first thread, and another whenever a batch still waits for a busy one.
        if (!m_checkHere
            && (m_threads.empty() || (!m_queue.empty() && m_threads.size() < mostThreads))) {
            try {
                m_threads.emplace_back([this] { run(); });
            } catch (const std::system_error &) {
                // At the process's thread or memory limit: the threads there are go on, and
                // without any, batches are checked on this thread instead.
                m_checkHere = m_threads.empty();
            }
        }
        here = m_checkHere;
        number = m_batches++;
        if (!here)
            m_queue.push_back({number, std::move(m_batch)});
    }
    if (here) {
        const std::optional<ObjectId> mismatch = firstMismatch(m_batch);
        std::lock_guard lock(m_mutex);
        recordMismatch(number, mismatch);
    }
    m_batch = {};
    m_batchBytes = 0;
    if (!here)
        m_wake.notify_one();
}

std::optional<ObjectId> ObjectVerifier::finish()
{
    flush();
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && m_working == 0; });
    if (!m_mismatch)
        return std::nullopt;
    return m_mismatch->second;
}

void ObjectVerifier::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopped
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        ++m_working;
        lock.unlock();

        const std::optional<ObjectId> mismatch = firstMismatch(batch.entries);
        // The contents are freed here, not on the thread that waits for the lock.
        batch.entries.clear();

        lock.lock();
        --m_working;
        recordMismatch(batch.number, mismatch);
        if (m_queue.empty() && m_working == 0)
            m_idle.notify_all();
    }
}

} // namespace clearroom::git::detail
