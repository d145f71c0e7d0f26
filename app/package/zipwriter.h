// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

class QIODevice;

namespace clearroom::package {

/// Writes a deterministic ZIP archive through libzip: entries stored (never
/// compressed), in the byte order of their names, every entry dated 1980-01-01 00:00
/// through the DOS time fields (not local time), Unix mode 0100644, no extra fields, no
/// comment. The same entries give the same bytes in any time zone. Names that are not
/// plain ASCII carry the UTF-8 flag (libzip leaves it off for ASCII names, which read
/// the same in both encodings).
///
/// Memory: libzip takes the entries one at a time while it writes. An entry added with
/// a producer is made when its turn comes and released right after, so writing needs
/// about the largest entry, not the whole archive; an entry added as a stream (a file,
/// the spool of an export) is copied piece by piece and needs no more than a piece.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ZipWriter)

public:
    /// Makes an entry's content when it is written; must return exactly the size given.
    using Producer = std::function<Result<QByteArray>()>;

    /// No entry may reach 4 GiB, nor the archive: ZIP64 records are never written.
    static constexpr qint64 MaximumSize = 0xffffffffLL - (64LL << 20);

    void add(const QString &name, const QByteArray &content);
    void add(const QByteArray &name, const QByteArray &content);
    void add(const QByteArray &name, qint64 size, Producer producer);

    /// An entry's content read piece by piece while it is written.
    class Stream
    {
    public:
        virtual ~Stream();
        /// Up to `length` bytes into `data`: how many (0 at the end), or why not.
        virtual Result<qint64> read(char *data, qint64 length) = 0;
        /// Called once the announced size was read: may still refuse what was read (a
        /// digest that no longer matches).
        virtual Result<void> finish();
    };
    /// Opens an entry's stream when its turn to be written comes.
    using StreamOpener = std::function<Result<std::unique_ptr<Stream>>()>;
    /// An entry of `size` bytes read from a stream; fails the writing if the stream ends
    /// early or goes on beyond `size`.
    void addStream(const QByteArray &name, qint64 size, StreamOpener open);

    int count() const { return int(m_entries.size()); }

    /// Writes the archive to `device`, which must be open for writing, seekable and
    /// empty (libzip goes back to complete each local header). Fails on a name the
    /// strict reader would reject, names that collide, a producer that fails or breaks
    /// its size, an archive that would need ZIP64, or a device that fails (with the
    /// device's error string).
    Result<void> write(QIODevice &device) const;
    /// The archive's bytes (for small archives and tests: the whole archive in memory).
    Result<QByteArray> toByteArray() const;

private:
    struct Entry
    {
        QByteArray name;
        qint64 size = 0;
        StreamOpener open;
    };
    Result<void> check() const;

    QVector<Entry> m_entries;
};

} // namespace clearroom::package
