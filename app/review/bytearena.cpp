// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "bytearena.h"

#include <algorithm>
#include <cstring>

namespace clearroom::review {

std::string_view ByteArena::store(std::string_view bytes)
{
    if (bytes.empty())
        return {};
    if (m_capacity - m_used < bytes.size()) {
        // A value bigger than a block gets a block of its own.
        m_capacity = std::max(blockSize, bytes.size());
        m_blocks.push_back(std::make_unique_for_overwrite<char[]>(m_capacity));
        m_used = 0;
    }
    char *at = m_blocks.back().get() + m_used;
    std::memcpy(at, bytes.data(), bytes.size());
    m_used += bytes.size();
    return {at, bytes.size()};
}

} // namespace clearroom::review
