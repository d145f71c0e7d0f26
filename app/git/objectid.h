// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "compat.h"

#include <QByteArray>
#include <QMetaType>

#include <array>
#include <cstdint>

namespace clearroom::git {

/// The SHA-1 id of a git object, as a value.
class ObjectId
{
public:
    static constexpr int RawSize = 20;
    static constexpr int HexSize = 40;

    ObjectId() = default;
    static ObjectId fromRaw(const unsigned char *raw);
    /// Parses 40 hexadecimal digits; anything else gives a null id.
    static ObjectId fromHex(const QByteArray &hex);

    bool isNull() const;
    QByteArray toHex() const;
    /// The first `length` hex digits.
    QByteArray abbreviated(int length) const { return toHex().left(length); }
    const unsigned char *raw() const { return m_bytes.data(); }

    friend bool operator==(const ObjectId &a, const ObjectId &b) { return a.m_bytes == b.m_bytes; }
    friend bool operator!=(const ObjectId &a, const ObjectId &b) { return !(a == b); }
    friend bool operator<(const ObjectId &a, const ObjectId &b) { return a.m_bytes < b.m_bytes; }

private:
    std::array<unsigned char, RawSize> m_bytes {};
};

compat::HashValue qHash(const ObjectId &id, compat::HashValue seed = 0);

/// What kind of object an id names.
enum class ObjectType { Commit, Tree, Blob, Tag, Unknown };

/// git's own word for a type: "commit", "tree", "blob", "tag".
QByteArray objectTypeName(ObjectType type);

} // namespace clearroom::git

Q_DECLARE_METATYPE(clearroom::git::ObjectId)
