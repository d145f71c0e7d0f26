// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "checkedfilestream.h"

#include "concurrency.h"

#include <algorithm>
#include <cstring>

namespace clearroom::package {

CheckedFileStream::CheckedFileStream(std::unique_ptr<QFile> file, qint64 size, QByteArray sha256,
                                     Messages messages, qint64 blockSize)
    : m_file(std::move(file))
    , m_size(size)
    , m_sha256(std::move(sha256))
    , m_messages(std::move(messages))
    , m_blockSize(std::max<qint64>(blockSize, 1))
{
}

CheckedFileStream::~CheckedFileStream()
{
    waitForHash();
}

Result<qint64> CheckedFileStream::read(char *data, qint64 length)
{
    if (m_served == m_block->size()) {
        if (auto refilled = refill(); !refilled)
            return refilled.error();
    }
    const qint64 count = std::min(length, qint64(m_block->size()) - m_served);
    std::memcpy(data, m_block->constData() + m_served, size_t(count));
    m_served += count;
    return count;
}

Result<void> CheckedFileStream::finish()
{
    waitForHash();
    if (m_read != m_size || m_hash.hex() != m_sha256)
        return Error {m_messages.changed};
    return {};
}

void CheckedFileStream::waitForHash()
{
    if (m_hashing.valid())
        m_hashing.get();
}

Result<void> CheckedFileStream::refill()
{
    // The other buffer's block was hashed before the current one's: once that is done,
    // the other buffer may be filled anew.
    waitForHash();
    m_block = m_block == &m_blocks[0] ? &m_blocks[1] : &m_blocks[0];
    m_block->resize(int(m_blockSize));
    const qint64 read = m_file->read(m_block->data(), m_blockSize);
    if (read < 0) {
        m_block->clear();
        return Error {m_messages.unreadable(m_file->errorString())};
    }
    m_block->resize(int(read));
    m_served = 0;
    m_read += read;
    if ((read == 0 && m_read < m_size) || m_read > m_size)
        return Error {m_messages.changed};
    if (read > 0)
        m_hashing = startAsync([this, block = m_block] {
            m_hash.add(std::string_view(block->constData(), size_t(block->size())));
        });
    return {};
}

} // namespace clearroom::package
