// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

namespace clearroom::review {

/// Bytes kept for as long as the arena lives, in big blocks: what is stored never moves
/// (views into it stay valid) and is freed in one go. For the hundreds of thousands of
/// small values a verification keeps; a QByteArray each costs an allocation to make and
/// one to free, and freeing them took longer than reading some tables.
class ByteArena
{
public:
    ByteArena() = default;
    ByteArena(ByteArena &&) noexcept = default;
    ByteArena &operator=(ByteArena &&) noexcept = default;

    /// A copy of `bytes` in the arena.
    std::string_view store(std::string_view bytes);

private:
    static constexpr size_t blockSize = size_t(4) << 20;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_used = 0;
    size_t m_capacity = 0;
};

} // namespace clearroom::review
