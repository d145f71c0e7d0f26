// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// Private to app/git: a guard in front of libgit2's reader of loose objects.

#include <git2.h>

#include <QByteArray>

namespace clearroom::git::detail {

/// Adds a check to `odb` that inflates every loose object under `objectsDirectory`
/// completely before libgit2 reads it or its header, and turns a damaged one into an error.
/// libgit2 1.5 loops forever on a truncated loose object (libgit2 issue 7342, fixed upstream in
/// 2026) and copies past its buffer when an object's header claims fewer bytes than it holds (issue
/// 7177); repositories under audit may be damaged or hostile. Packed objects and objects of
/// alternates are not checked here. Returns a libgit2 error code.
int addLooseObjectCheck(git_odb *odb, const QByteArray &objectsDirectory);

/// Whether a loose object file starts with a zlib header (git's format), rather than
/// libgit2's old pack-like one.
bool looksLikeZlib(const unsigned char *data, qint64 size);

/// Parses the header "<type> <size>" (without its NUL) at the start of an inflated
/// loose object; false when it is not one.
bool parseLooseHeader(const QByteArray &header, QByteArray *type, qint64 *contentSize);

} // namespace clearroom::git::detail
