// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: where a file new in a commit came from, as git blame asks it.

#include "treereader.h"

#include <optional>

namespace clearroom::git::detail {

/// git blame's rename detection for one destination: a file that is new at `path` in
/// `tree` (absent from `parentTree`, or a folder there) and the files deleted between the
/// two trees (gone, or replaced by a folder). In git's order of preference: a deleted file
/// with the same content (other than regular files need the same mode too), one with the
/// same base name first; else the only deleted file with the same base name when it is at
/// least 75 % similar; else the most similar regular file of at least 50 % (git's four-best
/// ranking, see BestCandidates). Similarity is git's measure (see similarity.h).
class RenameSource
{
public:
    static Result<std::optional<FileAtPath>> find(const TreeReader &trees,
                                                  const ObjectId &parentTree, const ObjectId &tree,
                                                  const QByteArray &path,
                                                  const PathEntry &destination);
};

} // namespace clearroom::git::detail
