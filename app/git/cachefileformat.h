// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: the pieces Clearroom's own cache files (the commit-graph cache, the
// record of verified objects) are written with.

#include <QByteArray>
#include <QCryptographicHash>
#include <QtEndian>

namespace clearroom::git::detail {

inline void appendU32(QByteArray &out, quint32 value)
{
    uchar bytes[4];
    qToLittleEndian(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), 4);
}

inline void appendU64(QByteArray &out, quint64 value)
{
    uchar bytes[8];
    qToLittleEndian(value, bytes);
    out.append(reinterpret_cast<const char *>(bytes), 8);
}

/// The checksum of the record of verified objects (its trailer). Qt's own SHA-256: the
/// record is small, and OpenSSL's set-up (reading its configuration, fetching the
/// algorithm: about a millisecond) would cost more than the hashing.
inline QByteArray sha256(const char *data, qsizetype size)
{
    return QCryptographicHash::hash(QByteArray::fromRawData(data, int(size)),
                                    QCryptographicHash::Sha256);
}

} // namespace clearroom::git::detail
