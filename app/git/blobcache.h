// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: blobs kept between the steps of one comparison.

#include "objectidmap.h"
#include "objectreader.h"

#include <QByteArray>

namespace clearroom::git::detail {

/// Blobs read once for rename detection and kept for the diff of their lines, so that each
/// is read (and checked against its id) once; up to a budget of bytes, beyond which blobs
/// are read again when asked for.
class BlobCache
{
public:
    BlobCache(const ObjectReader &objects, qint64 budget)
        : m_objects(objects)
        , m_budget(budget)
    {
    }

    /// The blob `id`, kept for later readers where `keep` says so and the budget allows.
    Result<QByteArray> read(const ObjectId &id, bool keep)
    {
        if (const QByteArray *kept = m_kept.find(id))
            return *kept;
        auto raw = m_objects.read(id, GIT_OBJECT_BLOB);
        if (!raw)
            return raw.error();
        QByteArray content = raw->copy();
        if (keep && m_used + content.size() <= m_budget) {
            m_used += content.size();
            m_kept.insert(id, content);
        }
        return content;
    }

    /// read() without keeping, unless the blob is larger than `limit`: then nullopt,
    /// unread. `*size` is its size either way. `checked` as for ObjectReader::readUpTo().
    Result<std::optional<QByteArray>> readUpTo(const ObjectId &id, qint64 limit, qint64 *size,
                                               bool *checked)
    {
        if (const QByteArray *kept = m_kept.find(id)) {
            *size = kept->size();
            if (checked)
                *checked = true;
            return std::optional<QByteArray>(*kept);
        }
        auto raw = m_objects.readUpTo(id, GIT_OBJECT_BLOB, limit, size, checked);
        if (!raw)
            return raw.error();
        if (!*raw)
            return std::optional<QByteArray>();
        return std::optional<QByteArray>((*raw)->copy());
    }

private:
    const ObjectReader &m_objects;
    qint64 m_budget;
    qint64 m_used = 0;
    ObjectIdMap<QByteArray> m_kept;
};

} // namespace clearroom::git::detail
