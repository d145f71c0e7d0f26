// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "objectverifier.h"

#include <cstring>

namespace clearroom::git::detail {

namespace {

constexpr size_t BatchSize = 256 * 1024;

struct EntryHeader
{
    unsigned char id[ObjectId::RawSize];
    git_object_t type;
    size_t size;
};

} // namespace

ObjectVerifier::~ObjectVerifier()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ObjectVerifier::submit(const ObjectId &id, git_object_t type, const char *data, size_t size)
{
    EntryHeader header;
    std::memcpy(header.id, id.raw(), ObjectId::RawSize);
    header.type = type;
    header.size = size;
    const auto *bytes = reinterpret_cast<const char *>(&header);
    m_batch.insert(m_batch.end(), bytes, bytes + sizeof header);
    m_batch.insert(m_batch.end(), data, data + size);
    if (m_batch.size() >= BatchSize)
        flush();
}

void ObjectVerifier::flush()
{
    if (m_batch.empty())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(m_batch));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { run(); });
    }
    m_batch = {};
    m_wake.notify_one();
}

std::optional<ObjectId> ObjectVerifier::finish()
{
    flush();
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_working; });
    return m_mismatch;
}

void ObjectVerifier::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_queue.empty())
            return; // stopped
        std::vector<char> batch = std::move(m_queue.front());
        m_queue.erase(m_queue.begin());
        m_working = true;
        lock.unlock();

        std::optional<ObjectId> mismatch;
        for (size_t at = 0; at + sizeof(EntryHeader) <= batch.size() && !mismatch;) {
            EntryHeader header;
            std::memcpy(&header, batch.data() + at, sizeof header);
            at += sizeof header;
            git_oid expected;
            std::memcpy(expected.id, header.id, ObjectId::RawSize);
            git_oid hashed;
            if (git_odb_hash(&hashed, batch.data() + at, header.size, header.type) < 0
                || !git_oid_equal(&hashed, &expected))
                mismatch = ObjectId::fromRaw(header.id);
            at += header.size;
        }

        lock.lock();
        m_working = false;
        if (mismatch && !m_mismatch)
            m_mismatch = mismatch;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

} // namespace clearroom::git::detail
