// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: the libgit2 handles behind a Repository, for the engine's own
// classes (history, abbreviation) that read objects directly. Never used outside app/git.

#include "libgit2.h"

namespace clearroom::git {
class Repository;
}

namespace clearroom::git::detail {

/// Hands the engine's classes the handles a Repository owns; they stay owned by it.
class RepositoryAccess
{
public:
    static git_repository *handle(const Repository &repository);
    static git_odb *odb(const Repository &repository);
};

} // namespace clearroom::git::detail
