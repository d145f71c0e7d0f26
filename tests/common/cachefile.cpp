// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "cachefile.h"

#include <QCryptographicHash>
#include <QFile>

#include <functional>
#include <zlib.h>

namespace clearroom::test {

namespace {

QString rewrite(const QString &file, const std::function<QString(QByteArray &)> &change)
{
    QFile cache(file);
    if (!cache.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read %1").arg(file);
    QByteArray bytes = cache.readAll();
    cache.close();
    if (const QString failed = change(bytes); !failed.isEmpty())
        return failed;
    if (!cache.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || cache.write(bytes) != bytes.size())
        return QStringLiteral("cannot write %1").arg(file);
    return {};
}

} // namespace

void recomputeTrailer(QByteArray &bytes)
{
    if (bytes.startsWith("CRGRAPH1")) {
        // A commit-graph cache: zlib's CRC-32, little-endian.
        bytes.chop(4);
        const uLong crc
            = ::crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size()));
        for (int i = 0; i < 4; ++i)
            bytes.append(char((crc >> (8 * i)) & 0xFF));
        return;
    }
    bytes.chop(32);
    bytes += QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString forgeCommitTime(const QString &file, const QByteArray &treeId)
{
    return rewrite(file, [&treeId](QByteArray &bytes) {
        if (bytes.count(treeId) != 1)
            return QStringLiteral("the tree id is not in the file exactly once");
        const int at = int(bytes.indexOf(treeId) + treeId.size()); // the commit time
        bytes[at] = char(bytes.at(at) ^ 1);
        recomputeTrailer(bytes);
        return QString();
    });
}

QString flipMiddleByte(const QString &file)
{
    return rewrite(file, [](QByteArray &bytes) {
        if (bytes.isEmpty())
            return QStringLiteral("the file is empty");
        const int middle = int(bytes.size() / 2);
        bytes[middle] = char(bytes.at(middle) ^ 0x10);
        return QString();
    });
}

} // namespace clearroom::test
