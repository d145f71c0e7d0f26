// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "concurrency.h"
#include "result.h"

#include <QtGlobal>

#include <future>
#include <type_traits>
#include <utility>
#include <vector>

namespace clearroom::cli {

/// Calls `prepare(i)` for each index on this thread and `finish` on its result on a second
/// thread, a batch at a time, so that preparing the next batch overlaps with finishing the
/// last; `collect(i, finished)` gets the results in order on this thread. Stops at the
/// first error. For work that reads a repository (one thread only) and then computes.
template<typename Prepare, typename Finish, typename Collect>
Result<void> overlapped(qsizetype count, Prepare prepare, Finish finish, Collect collect)
{
    constexpr qsizetype Batch = 64;
    using Prepared
        = std::decay_t<decltype(std::declval<std::invoke_result_t<Prepare, qsizetype>>().value())>;
    using Finished = std::invoke_result_t<Finish, Prepared &>;
    std::future<std::vector<Finished>> pending;
    qsizetype pendingStart = 0;
    const auto collectPending = [&]() -> Result<void> {
        if (!pending.valid())
            return {};
        std::vector<Finished> done = pending.get();
        for (size_t k = 0; k < done.size(); ++k) {
            if (!done[k])
                return done[k].error();
            collect(pendingStart + qsizetype(k), std::move(done[k]).value());
        }
        return {};
    };
    for (qsizetype start = 0; start < count; start += Batch) {
        std::vector<Prepared> batch;
        for (qsizetype i = start; i < std::min(count, start + Batch); ++i) {
            auto prepared = prepare(i);
            if (!prepared) {
                if (auto earlier = collectPending(); !earlier)
                    return earlier;
                return prepared.error();
            }
            batch.push_back(std::move(prepared).value());
        }
        if (auto collected = collectPending(); !collected)
            return collected;
        pendingStart = start;
        pending = startAsync([batch = std::move(batch), &finish]() mutable {
            std::vector<Finished> finished;
            finished.reserve(batch.size());
            for (Prepared &item : batch)
                finished.push_back(finish(item));
            return finished;
        });
    }
    return collectPending();
}

} // namespace clearroom::cli
