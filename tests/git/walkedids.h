// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// For the history tests: what a walk shows, in the form git's `log --format='%H %P'` has.

#include "commitinfo.h"
#include "history.h"
#include "repository.h"

namespace clearroom::test {

/// The commits a walk passes to its visitor, as "id parents" lines like git's %H %P.
inline Result<QByteArray> walkedIds(const git::Repository &repository, const git::ObjectId &start,
                                    const git::HistoryOptions &options)
{
    QByteArray lines;
    const auto walked
        = git::History::walk(repository, start, options, nullptr, [&](git::CommitInfo &&commit) {
              lines += commit.id.toHex();
              lines += ' ';
              QByteArrayList parents;
              for (const git::ObjectId &parent : std::as_const(commit.parents))
                  parents.append(parent.toHex());
              lines += parents.join(' ') + '\n';
              return true;
          });
    if (!walked)
        return walked.error();
    return lines;
}

} // namespace clearroom::test
