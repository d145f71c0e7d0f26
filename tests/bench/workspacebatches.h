// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <functional>

namespace clearroom::review {
class Workspace;
}

namespace clearroom::bench {

/// Stops the benchmark with the message when generating its data failed.
void check(const Result<void> &result, const char *what);

/// Runs `count` actions while generating a workspace, `perTransaction` to a transaction:
/// one transaction each would spend the generation's time in fsync.
void inBatches(review::Workspace &workspace, int count, int perTransaction,
               const std::function<Result<void>(int)> &action);

} // namespace clearroom::bench
