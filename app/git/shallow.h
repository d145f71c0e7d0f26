// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: what history walks need to know of a shallow clone.

#include "objectid.h"

#include <QSet>

namespace clearroom::git {
class Repository;
}

namespace clearroom::git::detail {

/// The commits git treats as having no parents: the boundary of a shallow clone, listed
/// in the git directory's `shallow` file (none when there is no such file).
QSet<ObjectId> shallowCommits(const Repository &repository);

} // namespace clearroom::git::detail
