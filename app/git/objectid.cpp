// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "objectid.h"

#include <QHashFunctions>

#include <cstring>

namespace clearroom::git {

ObjectId ObjectId::fromRaw(const unsigned char *raw)
{
    ObjectId id;
    std::memcpy(id.m_bytes.data(), raw, RawSize);
    return id;
}

ObjectId ObjectId::fromHex(const QByteArray &hex)
{
    if (hex.size() != HexSize)
        return {};
    for (const char c : hex) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return {};
    }
    const QByteArray raw = QByteArray::fromHex(hex);
    return fromRaw(reinterpret_cast<const unsigned char *>(raw.constData()));
}

bool ObjectId::isNull() const
{
    for (const unsigned char b : m_bytes) {
        if (b)
            return false;
    }
    return true;
}

QByteArray ObjectId::toHex() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), RawSize).toHex();
}

compat::HashValue qHash(const ObjectId &id, compat::HashValue seed)
{
    return ::qHashBits(id.raw(), ObjectId::RawSize, seed);
}

QByteArray objectTypeName(ObjectType type)
{
    switch (type) {
    case ObjectType::Commit:
        return QByteArrayLiteral("commit");
    case ObjectType::Tree:
        return QByteArrayLiteral("tree");
    case ObjectType::Blob:
        return QByteArrayLiteral("blob");
    case ObjectType::Tag:
        return QByteArrayLiteral("tag");
    case ObjectType::Unknown:
        break;
    }
    return QByteArrayLiteral("unknown");
}

} // namespace clearroom::git
