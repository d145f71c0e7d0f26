// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "sha256.h"
#include "zipwriter.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <functional>
#include <future>
#include <memory>

namespace clearroom::package {

/// An entry copied from a file whose size and SHA-256 were checked before (a source package
/// verified when the lead imported it): the bytes written are hashed once more, and the
/// writing fails if they are not those bytes any more.
///
/// libzip asks for a few KiB at a time; the file is read in blocks (a MiB by default) into
/// one of two buffers, and each block is hashed on a second thread while libzip writes it,
/// so the digest costs the writing no time. A buffer is filled again only once its block
/// is hashed, and the blocks are hashed in order.
class CheckedFileStream : public ZipWriter::Stream
{
public:
    struct Messages
    {
        /// Why the file could not be read, given the system's reason.
        std::function<QString(const QString &reason)> unreadable;
        /// The file is not the one checked (another size or digest).
        QString changed;
    };

    static constexpr qint64 DefaultBlockSize = 1 << 20;

    /// `file` open for reading (best unbuffered: it is read in whole blocks); `sha256` 64
    /// lowercase hex digits.
    CheckedFileStream(std::unique_ptr<QFile> file, qint64 size, QByteArray sha256,
                      Messages messages, qint64 blockSize = DefaultBlockSize);
    ~CheckedFileStream() override;

    Result<qint64> read(char *data, qint64 length) override;
    Result<void> finish() override;

private:
    Result<void> refill();
    void waitForHash();

    std::unique_ptr<QFile> m_file;
    qint64 m_size = 0;
    QByteArray m_sha256;
    Messages m_messages;
    qint64 m_blockSize = DefaultBlockSize;
    qint64 m_read = 0;
    crypto::Sha256 m_hash;
    QByteArray m_blocks[2];
    QByteArray *m_block = &m_blocks[0];
    qint64 m_served = 0;
    std::future<void> m_hashing;
};

} // namespace clearroom::package
