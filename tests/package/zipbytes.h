// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QVector>

namespace clearroom::test {

/// A ZIP archive's bytes with the places of its records, to check what a writer made
/// and to forge hostile archives by editing fields in place. Offsets are those of
/// the specification (APPNOTE 4.3.7, 4.3.12, 4.3.16).
class ZipBytes
{
public:
    struct Entry
    {
        QByteArray name; ///< as in the central header
        int local = 0; ///< offset of the local header
        int central = 0; ///< offset of the central header
    };

    /// Parses the end record (without a comment) and the central directory; an archive
    /// it cannot parse leaves entries() empty.
    explicit ZipBytes(QByteArray bytes);

    QByteArray &bytes() { return m_bytes; }
    const QVector<Entry> &entries() const { return m_entries; }
    int endRecord() const { return m_end; }
    const Entry &entry(const QByteArray &name) const;

    quint32 field(int offset, int width) const;
    void setField(int offset, int width, quint32 value);

    // Local header fields by offset from its start, and central header fields.
    enum Local {
        LocalFlags = 6,
        LocalMethod = 8,
        LocalTime = 10,
        LocalDate = 12,
        LocalCrc = 14,
        LocalCompressedSize = 18,
        LocalSize = 22,
        LocalNameLength = 26,
        LocalExtraLength = 28,
        LocalName = 30
    };
    enum Central {
        MadeBy = 4,
        CentralFlags = 8,
        CentralMethod = 10,
        CentralTime = 12,
        CentralDate = 14,
        CentralCrc = 16,
        CentralCompressedSize = 20,
        CentralSize = 24,
        CentralNameLength = 28,
        CentralExtraLength = 30,
        CommentLength = 32,
        ExternalAttributes = 38,
        LocalOffset = 42,
        CentralName = 46
    };

    /// Sets a field of entry `name` in both headers (local offset, central offset).
    void setBoth(const QByteArray &name, int local, int central, int width, quint32 value);
    /// Replaces the name of an entry in both headers by one of the same length.
    void rename(const QByteArray &from, const QByteArray &to);

private:
    QByteArray m_bytes;
    QVector<Entry> m_entries;
    int m_end = -1;
};

} // namespace clearroom::test
