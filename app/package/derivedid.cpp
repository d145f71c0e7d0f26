// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "derivedid.h"

#include "sha256.h"

namespace clearroom::package {

QString derivedUuid(const QByteArray &seed)
{
    QByteArray bytes = QByteArray::fromHex(
        crypto::Sha256::hexOf(std::string_view(seed.constData(), size_t(seed.size()))).left(32));
    bytes[6] = char((bytes[6] & 0x0f) | 0x80); // version 8
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // variant 10
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-'
                               + hex.mid(16, 4) + '-' + hex.mid(20));
}

} // namespace clearroom::package
