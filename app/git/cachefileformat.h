// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: the pieces Clearroom's own cache files (the commit-graph cache, the
// record of verified objects) are written with.

#include "sha256.h"

#include <QByteArray>
#include <QtEndian>

#include <string_view>

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

/// A file's checksum (its trailer), with the processor's SHA instructions where it has them.
inline QByteArray sha256(const char *data, qsizetype size)
{
    return QByteArray::fromHex(crypto::Sha256::hexOf(std::string_view(data, size_t(size))));
}

} // namespace clearroom::git::detail
