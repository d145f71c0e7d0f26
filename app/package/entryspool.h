// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "manifest.h"
#include "result.h"
#include "zipwriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>
#include <memory>

namespace clearroom::package {

/// The entries of a package between the preview and the writing, kept in a temporary
/// file instead of memory: each entry is made once, appended here as soon as it is made
/// (its size and SHA-256 noted on the way for the manifest) and let go, and the archive
/// copies it from here piece by piece while it is written. So an export holds one entry
/// at a time, not the package, and never makes an entry twice.
///
/// The file has no name (O_TMPFILE, or removed right after it was created) and is
/// readable by its owner only: nothing of it is left behind when the program ends or
/// crashes. Shared (std::shared_ptr) by the archives made from it, which may outlive
/// their builder. Entries may be added from several threads at once (each one being added
/// goes into a file of its own, made when none is free); read by one archive at a time.
class EntrySpool : public std::enable_shared_from_this<EntrySpool>
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::EntrySpool)

public:
    /// An empty spool in `folder`; in the system's temporary folder when it is empty.
    static Result<std::shared_ptr<EntrySpool>> create(const QString &folder = {});
    ~EntrySpool();
    EntrySpool(const EntrySpool &) = delete;
    EntrySpool &operator=(const EntrySpool &) = delete;

    /// Receives an entry's bytes piece by piece, in order.
    using Sink = std::function<Result<void>(const QByteArray &piece)>;

    /// Appends the entry `name` made whole.
    Result<ManifestEntry> add(const QString &name, const QByteArray &bytes);
    /// Appends the entry `name` that `write` makes in pieces, each given to the sink.
    Result<ManifestEntry> add(const QString &name,
                              const std::function<Result<void>(const Sink &sink)> &write);

    bool contains(const QString &name) const;
    /// The entry's bytes, whole (for previews and tests: the big ones go by addTo()).
    Result<QByteArray> bytes(const QString &name) const;
    /// Adds the entry to `writer` as a stream from this spool, which it keeps alive.
    void addTo(ZipWriter &writer, const QString &name) const;
    /// Bytes held, all entries together.
    qint64 size() const;

private:
    struct File
    {
        int fd = -1;
        qint64 end = 0; ///< written only by the thread that has it in use
        bool inUse = false;
    };
    struct Slice
    {
        File *file = nullptr;
        qint64 offset = 0;
        qint64 size = 0;
    };
    class Reader;
    static constexpr int WriteChunk = 1 << 20;

    EntrySpool(int fd, QString folder);
    Result<void> append(File &file, const QString &name, const char *data, qint64 size);
    Result<qint64> readAt(const QString &name, qint64 offset, char *data, qint64 length) const;
    Slice slice(const QString &name) const;

    const QString m_folder;
    mutable QMutex m_mutex; ///< guards what follows (a file's end: see File)
    std::deque<File> m_files; ///< the first made by create(), more while entries are added at once
    QHash<QString, Slice> m_slices;
    QSet<QString> m_adding;
};

} // namespace clearroom::package
