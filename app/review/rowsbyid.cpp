// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "rowsbyid.h"

#include <algorithm>
#include <functional>

namespace clearroom::review {

namespace {
size_t hashOf(std::string_view id)
{
    return std::hash<std::string_view>()(id);
}
// What a slot keeps of a hash: not the low bits, which the rows of one chain share.
quint32 tagOf(size_t hash)
{
    return quint32(quint64(hash) >> 32);
}
} // namespace

qsizetype RowsById::slotOf(std::string_view id, size_t hash) const
{
    const size_t mask = m_index.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        const Slot &at = m_index[slot];
        if (at.row < 0 || (at.hash == tagOf(hash) && m_rows[size_t(at.row)].id == id))
            return qsizetype(slot);
    }
}

void RowsById::reserve(qsizetype rows)
{
    // A hint far off (rowids left unused, or one planted behind Clearroom's back) must
    // not take much memory: beyond a million rows the index grows as rows come.
    constexpr qsizetype most = qsizetype(1) << 20;
    rows = std::clamp<qsizetype>(rows, 0, most);
    m_rows.reserve(size_t(rows));
    size_t slots = m_index.empty() ? 64 : m_index.size();
    while (size_t(rows) * 2 > slots)
        slots *= 2;
    if (slots > m_index.size())
        grow(slots);
}

void RowsById::grow(size_t slots)
{
    m_index.assign(slots, Slot());
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const size_t hash = hashOf(m_rows[row].id);
        m_index[size_t(slotOf(m_rows[row].id, hash))] = {qint32(row), tagOf(hash)};
    }
}

const RowsById::Row *RowsById::find(std::string_view id) const
{
    if (m_index.empty())
        return nullptr;
    const qint32 row = m_index[size_t(slotOf(id, hashOf(id)))].row;
    return row >= 0 && m_rows[size_t(row)].present ? &m_rows[size_t(row)] : nullptr;
}

bool RowsById::insert(std::string_view id, std::string_view value, qint64 seq)
{
    // At most half full, so that a search soon meets an empty slot.
    if ((m_rows.size() + 1) * 2 > m_index.size())
        grow(m_index.empty() ? 64 : m_index.size() * 2);
    const size_t hash = hashOf(id);
    Slot &slot = m_index[size_t(slotOf(id, hash))];
    if (slot.row >= 0) {
        Row &existing = m_rows[size_t(slot.row)];
        if (existing.present)
            return false;
        // Added again after it was removed.
        existing = {existing.id, m_values.store(value), seq, true};
    } else {
        slot = {qint32(m_rows.size()), tagOf(hash)};
        m_rows.push_back({m_ids.store(id), m_values.store(value), seq, true});
    }
    ++m_present;
    return true;
}

void RowsById::update(const Row &row, std::string_view value, qint64 seq)
{
    Row &changed = m_rows[size_t(&row - m_rows.data())];
    changed.value = m_values.store(value);
    changed.seq = seq;
}

bool RowsById::remove(std::string_view id)
{
    if (m_index.empty())
        return false;
    const qint32 row = m_index[size_t(slotOf(id, hashOf(id)))].row;
    if (row < 0 || !m_rows[size_t(row)].present)
        return false;
    m_rows[size_t(row)].present = false;
    --m_present;
    return true;
}

} // namespace clearroom::review
