// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace clearroom::review {

/// Audit log entries handed from the thread that reads and hashes them to the one that
/// parses and replays them, in batches of about a megabyte and at most a few batches
/// at a time (they are used again rather than freed). Both halves are sequential, but
/// they need not wait for each other.
class AuditBatchQueue
{
public:
    /// Entries copied out of SQLite: each line, hash and subject one after another.
    struct Batch
    {
        struct Entry
        {
            qint64 seq = 0;
            size_t line = 0; ///< where in bytes
            size_t lineSize = 0;
            size_t hash = 0; ///< 64 hex digits
            size_t subject = 0;
            size_t subjectSize = 0;
        };
        std::string bytes;
        std::vector<Entry> entries;

        void add(qint64 seq, std::string_view line, std::string_view hash,
                 std::string_view subject);
        std::string_view view(size_t at, size_t size) const { return {bytes.data() + at, size}; }
        /// Whether it is time to hand it on.
        bool isFull() const { return bytes.size() >= (size_t(1) << 20); }
    };

    /// For the reader: a batch to fill, waiting while the parser is behind; null once the
    /// parser has stopped.
    std::unique_ptr<Batch> emptyBatch();
    /// Hands a filled batch on (dropped once the parser has stopped).
    void push(std::unique_ptr<Batch> batch);
    /// No more batches will come.
    void finish();

    /// For the parser: the next batch, waiting for it; null once all are done.
    std::unique_ptr<Batch> pop();
    /// Gives a batch back to be filled again.
    void recycle(std::unique_ptr<Batch> batch);
    /// The parser will take no more (it found a bad entry).
    void stop();

private:
    static constexpr int mostBatches = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_full;
    std::vector<std::unique_ptr<Batch>> m_empty;
    int m_made = 0;
    bool m_finished = false;
    bool m_stopped = false;
};

} // namespace clearroom::review
