// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <string_view>

struct zip;

namespace clearroom::package {

/// How much a package may hold before the reader refuses it.
struct ZipLimits
{
    qint64 maxEntries = 10'000;
    qint64 maxEntrySize = qint64(1) << 30; ///< 1 GiB
    qint64 maxTotalSize = qint64(2) << 30; ///< 2 GiB, all entries together
};

/// One entry of an archive as its central directory announces it.
struct ZipEntryInfo
{
    QByteArray name; ///< UTF-8, checked by ZipEntryName
    qint64 size = 0; ///< as the header says; reading checks it
};

/// Reads a ZIP archive from a party under audit, strictly: libzip's consistency checks
/// (local and central headers agree, nothing follows the end record), limits on the
/// number of entries and their sizes, every entry a regular, unencrypted, stored
/// (uncompressed: Clearroom writes nothing else) file under a safe relative name,
/// no two names that collide when extracted. Sizes are counted while reading and never
/// trusted from the headers: an entry whose data is longer or shorter than announced,
/// or over a limit, is refused without ever holding more than the limit. Every refusal
/// is one translated sentence naming the entry and what is wrong with it.
/// Like libzip's archive handle, an object is used by one thread at a time.
class ZipReader
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ZipReader)

public:
    /// Receives an entry's bytes in order, a chunk at a time; an error stops reading.
    using Chunk = std::function<Result<void>(std::string_view bytes)>;

    explicit ZipReader(ZipLimits limits = {});
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /// Opens the archive and checks every entry's header (not yet its data).
    /// Messages name the package `shownName`, or `path` when that is empty.
    Result<void> open(const QString &path, const QString &shownName = {});
    /// The same for an archive held in memory (a fuzz target's input, a package received
    /// whole); `name` stands for it in messages. The reader keeps a reference to `bytes`,
    /// which are implicitly shared: later changes to the caller's copy do not reach it.
    Result<void> openBytes(const QByteArray &bytes, const QString &name);
    /// The entries in the order of the central directory.
    const QVector<ZipEntryInfo> &entries() const { return m_entries; }
    /// The index of the entry named `name` (bytes), or -1.
    int indexOf(const QByteArray &name) const;

    /// Reads entry `index` whole (at most the per-entry limit is ever held).
    Result<QByteArray> read(int index) const;
    /// Reads entry `index` through `chunk`, holding one chunk at a time (64 KiB);
    /// returns the number of bytes read, which is the header's size.
    Result<qint64> stream(int index, const Chunk &chunk) const;

private:
    struct Close
    {
        void operator()(zip *archive) const noexcept;
    };
    void reset(const QString &shownName);
    /// Where the central directory and the end record are, from the end record.
    struct Layout
    {
        qint64 directoryOffset = 0;
        qint64 directorySize = 0;
        qint64 endOffset = 0;
    };
    Result<void> checkEndRecord(const QByteArray &tail, qint64 size, Layout *layout);
    using OpenArchive = std::function<zip *(int flags, int *code)>;
    /// Bytes of the archive at an offset (fewer, or none, past its end).
    using ReadAt = std::function<QByteArray(qint64 offset, qint64 size)>;
    Result<void> openArchive(const OpenArchive &openWith, const ReadAt &readAt,
                             const Layout &layout);
    Result<void> checkEntries();
    Result<void> checkLayout(const ReadAt &readAt, const Layout &layout) const;
    Error archiveError(const QString &reason) const;
    QString entryError(int index, const QString &problem) const;

    ZipLimits m_limits;
    QString m_path;
    QByteArray m_bytes; ///< the archive read by openBytes(), which libzip reads in place
    std::unique_ptr<zip, Close> m_archive;
    QVector<ZipEntryInfo> m_entries;
    QHash<QByteArray, int> m_indexes;
};

} // namespace clearroom::package
