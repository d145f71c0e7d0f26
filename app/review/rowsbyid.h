// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "bytearena.h"

#include <QtGlobal>

#include <string_view>
#include <vector>

namespace clearroom::review {

/// Values by id (a review's, repository's, finding's or comment's, as canonical JSON),
/// each with the audit log entry that last set it, for comparing a replayed log with the
/// tables. Ids and values live in ByteArenas and the index is a flat table, so that
/// a hundred thousand findings cost a handful of allocations, not several each.
class RowsById
{
public:
    struct Row
    {
        std::string_view id;
        std::string_view value;
        qint64 seq = 0;
        bool present = false; ///< false once removed
    };

    /// Makes room for that many rows (a hint: more may come), so that the index is not
    /// built again and again while they are added.
    void reserve(qsizetype rows);
    /// The row with that id, or null when there is none.
    const Row *find(std::string_view id) const;
    /// Adds a row; false (and nothing changed) when one with that id is present.
    bool insert(std::string_view id, std::string_view value, qint64 seq);
    /// Gives a present row a new value.
    void update(const Row &row, std::string_view value, qint64 seq);
    /// Removes the row with that id; false when there is none.
    bool remove(std::string_view id);
    /// How many rows are present.
    qsizetype size() const { return m_present; }
    /// Every row ever added, removed ones too (with present false), in the order added.
    const std::vector<Row> &rows() const { return m_rows; }

private:
    // A place in m_index: the row's, or an empty one.
    qsizetype slotOf(std::string_view id, size_t hash) const;
    void grow(size_t slots);

    // Open addressing. Each slot keeps the id's hash beside the row, so that a search
    // reads a row (elsewhere in memory) only when the hashes agree.
    struct Slot
    {
        qint32 row = -1; ///< an index into m_rows, or -1
        quint32 hash = 0;
    };
    // Ids apart from the values: a search reads only ids, which then lie close together.
    ByteArena m_ids;
    ByteArena m_values;
    std::vector<Row> m_rows;
    std::vector<Slot> m_index;
    qsizetype m_present = 0;
};

} // namespace clearroom::review
