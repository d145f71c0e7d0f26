// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packdamage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <fcntl.h>
#include <sys/stat.h>
#include <zlib.h>

namespace clearroom::test {

namespace {

QString readAll(const QString &file, QByteArray *bytes)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(file);
    *bytes = in.readAll();
    return {};
}

// Rewrites the file in place (same inode); with `keepTime` its modification time too.
QString writeInPlace(const QString &file, const QByteArray &bytes, bool keepTime)
{
    const QByteArray path = QFile::encodeName(file);
    struct stat before
    {
    };
    if (::stat(path.constData(), &before) != 0)
        return QStringLiteral("cannot stat %1").arg(file);
    // Pack files are read-only for their owner.
    ::chmod(path.constData(), before.st_mode | S_IWUSR);
    QFile out(file);
    if (!out.open(QIODevice::ReadWrite) || out.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1").arg(file);
    out.close();
    ::chmod(path.constData(), before.st_mode);
    if (keepTime) {
        const struct timespec times[2] = {before.st_atim, before.st_mtim};
        if (::utimensat(AT_FDCWD, path.constData(), times, 0) != 0)
            return QStringLiteral("cannot set the time of %1").arg(file);
    }
    return {};
}

void fixTrailer(QByteArray &bytes)
{
    bytes.chop(20);
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha1);
}

} // namespace

QString swapIndexOffsets(const QString &indexFile, const QByteArray &a, const QByteArray &b,
                         bool fixChecksum)
{
    QByteArray bytes;
    if (QString failed = readAll(indexFile, &bytes); !failed.isEmpty())
        return failed;
    if (!bytes.startsWith("\377tOc"))
        return QStringLiteral("not a version 2 index");
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const quint32 count = qFromBigEndian<quint32>(data + 8 + 255 * 4);
    const qsizetype ids = 8 + 256 * 4;
    const qsizetype offsets = ids + qsizetype(count) * 24;
    qsizetype positionA = -1;
    qsizetype positionB = -1;
    for (quint32 i = 0; i < count; ++i) {
        const QByteArray id = bytes.mid(ids + qsizetype(i) * 20, 20);
        if (id == a)
            positionA = i;
        if (id == b)
            positionB = i;
    }
    if (positionA < 0 || positionB < 0)
        return QStringLiteral("the objects are not in the index");
    const QByteArray offsetA = bytes.mid(offsets + positionA * 4, 4);
    bytes.replace(offsets + positionA * 4, 4, bytes.mid(offsets + positionB * 4, 4));
    bytes.replace(offsets + positionB * 4, 4, offsetA);
    if (fixChecksum)
        fixTrailer(bytes);
    return writeInPlace(indexFile, bytes, !fixChecksum);
}

QString flipStoredBlobByte(const QString &packFile, const QString &indexFile,
                           const QByteArray &content)
{
    QByteArray pack;
    if (QString failed = readAll(packFile, &pack); !failed.isEmpty())
        return failed;
    if (pack.count(content) != 1)
        return QStringLiteral("the content is not stored once, uncompressed, in the pack");
    const qsizetype at = pack.indexOf(content);
    // A stored deflate block: the zlib stream's Adler-32 follows the content.
    QByteArray changed = content;
    changed[0] = char(changed.at(0) ^ 0x01);
    pack.replace(at, content.size(), changed);
    const uLong adler
        = adler32(adler32(0, nullptr, 0), reinterpret_cast<const Bytef *>(changed.constData()),
                  uInt(changed.size()));
    uchar sum[4];
    qToBigEndian(quint32(adler), sum);
    pack.replace(at + content.size(), 4, QByteArray(reinterpret_cast<const char *>(sum), 4));
    fixTrailer(pack);
    QByteArray index;
    if (QString failed = readAll(indexFile, &index); !failed.isEmpty())
        return failed;
    index.replace(index.size() - 40, 20, pack.right(20));
    fixTrailer(index);
    if (QString failed = writeInPlace(packFile, pack, false); !failed.isEmpty())
        return failed;
    return writeInPlace(indexFile, index, false);
}

} // namespace clearroom::test
