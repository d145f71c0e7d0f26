// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "process.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace clearroom::test {

/// Compares `clearroom-cli -C REPO repo ARGS` with the reference `git -C REPO ARGS`:
/// standard output byte for byte and success or failure alike; on failure
/// clearroom-cli must also follow its conventions (see failureConventionViolation).
/// Returns what a user would see differ, or an empty string when they agree.
QString differenceFromGit(const QString &repository, const QByteArrayList &arguments);

/// clearroom-cli's rule for a failure: a non-zero exit status, nothing on standard
/// output, exactly one line on standard error. Returns the broken part, or empty.
QString failureConventionViolation(const ProcessResult &result);

/// Bytes for a test message or row name: printable ASCII as is, every other byte as \xNN.
QString printableBytes(const QByteArray &bytes);

/// differenceFromGit() for the current row of a data-driven test whose columns are
/// "repository" (a QString) and "arguments" (a QByteArrayList).
QString differenceFromGitOfRow();

} // namespace clearroom::test
