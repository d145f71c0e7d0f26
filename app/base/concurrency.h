// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Work handed to a second thread, without the exception std::async throws when the
// process cannot start one.

#include <future>
#include <memory>
#include <system_error>
#include <type_traits>
#include <utility>

namespace clearroom {

/// Starts `work` on a thread of its own, as std::async(std::launch::async) does. Where no
/// thread can be started (at the process's thread or memory limit std::async throws
/// std::system_error, which nothing would catch), the future runs `work` on the thread
/// that calls get() instead: slower, but done. So only for work that needs no second
/// thread to finish: nothing the caller does before get() may wait for it.
template<typename Work>
auto startAsync(Work &&work) -> std::future<std::invoke_result_t<std::decay_t<Work> &>>
{
    // Shared, so that a failed start leaves it whole for the second try (std::async has
    // already moved its copy when it fails) and nothing big is copied.
    auto shared = std::make_shared<std::decay_t<Work>>(std::forward<Work>(work));
    const auto run = [shared]() { return (*shared)(); };
    try {
        return std::async(std::launch::async, run);
    } catch (const std::system_error &) {
        return std::async(std::launch::deferred, run);
    }
}

} // namespace clearroom
