// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "zipbytes.h"

#include <QtTest>

namespace clearroom::test {

ZipBytes::ZipBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_end = m_bytes.size() - 22;
    if (m_end < 0 || !m_bytes.mid(m_end).startsWith("PK\x05\x06"))
        return;
    const quint32 count = field(m_end + 10, 2);
    int at = field(m_end + 16, 4);
    for (quint32 i = 0; i < count; ++i) {
        if (at + CentralName > m_bytes.size() || !m_bytes.mid(at, 4).startsWith("PK\x01\x02"))
            return;
        Entry entry;
        entry.central = at;
        entry.local = field(at + LocalOffset, 4);
        const quint32 nameLength = field(at + CentralNameLength, 2);
        entry.name = m_bytes.mid(at + CentralName, nameLength);
        m_entries.append(entry);
        at += CentralName + nameLength + field(at + CentralExtraLength, 2)
            + field(at + CommentLength, 2);
    }
}

const ZipBytes::Entry &ZipBytes::entry(const QByteArray &name) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name == name)
            return entry;
    }
    qFatal("ZipBytes: no entry %s", name.constData());
}

quint32 ZipBytes::field(int offset, int width) const
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | uchar(m_bytes.at(offset + i));
    return value;
}

void ZipBytes::setField(int offset, int width, quint32 value)
{
    for (int i = 0; i < width; ++i, value >>= 8)
        m_bytes[offset + i] = char(value & 0xff);
}

void ZipBytes::setBoth(const QByteArray &name, int local, int central, int width, quint32 value)
{
    const Entry &found = entry(name);
    setField(found.local + local, width, value);
    setField(found.central + central, width, value);
}

void ZipBytes::rename(const QByteArray &from, const QByteArray &to)
{
    Q_ASSERT(from.size() == to.size());
    for (Entry &entry : m_entries) {
        if (entry.name != from)
            continue;
        m_bytes.replace(entry.local + LocalName, to.size(), to);
        m_bytes.replace(entry.central + CentralName, to.size(), to);
        entry.name = to;
        return;
    }
    qFatal("ZipBytes: no entry %s", from.constData());
}

} // namespace clearroom::test
