// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacebatches.h"

#include "workspace.h"

namespace clearroom::bench {

void check(const Result<void> &result, const char *what)
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.errorMessage()));
}

void inBatches(review::Workspace &workspace, int count, int perTransaction,
               const std::function<Result<void>(int)> &action)
{
    for (int first = 0; first < count; first += perTransaction) {
        check(workspace.batch([&]() -> Result<void> {
            for (int i = first; i < qMin(count, first + perTransaction); ++i) {
                if (auto done = action(i); !done)
                    return done;
            }
            return {};
        }),
              "generating");
    }
}

} // namespace clearroom::bench
