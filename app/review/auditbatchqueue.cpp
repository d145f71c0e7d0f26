// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditbatchqueue.h"

namespace clearroom::review {

void AuditBatchQueue::Batch::add(qint64 seq, std::string_view line, std::string_view hash,
                                 std::string_view subject)
{
    Entry entry;
    entry.seq = seq;
    entry.line = bytes.size();
    entry.lineSize = line.size();
    bytes.append(line);
    entry.hash = bytes.size();
    bytes.append(hash);
    entry.subject = bytes.size();
    entry.subjectSize = subject.size();
    bytes.append(subject);
    entries.push_back(entry);
}

std::unique_ptr<AuditBatchQueue::Batch> AuditBatchQueue::emptyBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopped || !m_empty.empty() || m_made < mostBatches; });
    if (m_stopped)
        return nullptr;
    if (m_empty.empty()) {
        ++m_made;
        return std::make_unique<Batch>();
    }
    std::unique_ptr<Batch> batch = std::move(m_empty.back());
    m_empty.pop_back();
    return batch;
}

void AuditBatchQueue::push(std::unique_ptr<Batch> batch)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_full.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void AuditBatchQueue::finish()
{
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

std::unique_ptr<AuditBatchQueue::Batch> AuditBatchQueue::pop()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_finished || !m_full.empty(); });
    if (m_full.empty())
        return nullptr;
    std::unique_ptr<Batch> batch = std::move(m_full.front());
    m_full.pop_front();
    return batch;
}

void AuditBatchQueue::recycle(std::unique_ptr<Batch> batch)
{
    // clear() keeps what was allocated: the batches' memory is touched once.
    batch->bytes.clear();
    batch->entries.clear();
    {
        std::lock_guard lock(m_mutex);
        m_empty.push_back(std::move(batch));
    }
    m_changed.notify_all();
}

void AuditBatchQueue::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_full.clear();
    }
    m_changed.notify_all();
}

} // namespace clearroom::review
