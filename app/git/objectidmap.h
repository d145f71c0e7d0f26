// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: a map keyed by object id for the history walk, which looks up every
// commit and tree it meets: open addressing in one array (no allocation per entry), the
// id's own first bytes as the hash (they are already uniformly distributed).

#include "objectid.h"

#include <cstring>
#include <vector>

namespace clearroom::git::detail {

template<typename Value>
class ObjectIdMap
{
public:
    ObjectIdMap() { m_slots.resize(64); }

    /// The value for `id`, or null.
    const Value *find(const ObjectId &id) const
    {
        const Slot &slot = m_slots[position(id)];
        return slot.used ? &slot.value : nullptr;
    }
    Value *find(const ObjectId &id)
    {
        Slot &slot = m_slots[position(id)];
        return slot.used ? &slot.value : nullptr;
    }

    /// Sets the value for `id`.
    void insert(const ObjectId &id, Value value)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot &slot = m_slots[position(id)];
        if (!slot.used) {
            slot.used = true;
            slot.key = id;
            ++m_size;
        }
        slot.value = std::move(value);
    }

    size_t size() const { return m_size; }

private:
    struct Slot
    {
        ObjectId key;
        Value value {};
        bool used = false;
    };

    // The slot holding `id`, or the empty one where it belongs.
    size_t position(const ObjectId &id) const
    {
        quint64 hash = 0;
        std::memcpy(&hash, id.raw(), sizeof hash);
        const size_t mask = m_slots.size() - 1;
        size_t at = size_t(hash) & mask;
        while (m_slots[at].used && m_slots[at].key != id)
            at = (at + 1) & mask;
        return at;
    }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        for (Slot &slot : old) {
            if (slot.used)
                m_slots[position(slot.key)] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
};

} // namespace clearroom::git::detail
