// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: a guard in front of libgit2's reader of loose objects.

#include <git2.h>

#include <QByteArray>

namespace clearroom::git::detail {

/// Adds a check to `odb` that inflates every loose object under `objectsDirectory`
/// completely before libgit2 reads it, and turns a damaged one into an error. libgit2 1.5
/// loops forever on a truncated loose object (libgit2 issue 7342, fixed upstream in 2026)
/// and copies past its buffer when an object's header claims fewer bytes than it holds
/// (issue 7177); repositories under audit may be damaged or hostile. Packed objects and
/// objects of alternates are not checked here. Returns a libgit2 error code.
int addLooseObjectCheck(git_odb *odb, const QByteArray &objectsDirectory);

} // namespace clearroom::git::detail
