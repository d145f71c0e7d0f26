// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commandoutput.h"
#include "repository.h"
#include "result.h"

#include <QByteArrayList>
#include <QStringList>

#include <functional>

namespace clearroom::cli {

/// Opens the repository named by -C; a command calls it only after its own arguments
/// parsed, so that a usage error is reported before anything is read.
using RepositoryOpener = std::function<Result<git::Repository>()>;

/// A `repo` subcommand: standard output bytes, or one error.
using RepoCommandFunction = Result<QByteArray> (*)(const RepositoryOpener &openRepository,
                                                   const QByteArrayList &arguments);

/// A `repo` subcommand that may also warn while succeeding (as git prints "warning:"
/// lines): each warning goes to standard error as one line, standard output is unchanged.
using WarningRepoCommandFunction
    = Result<QByteArray> (*)(const RepositoryOpener &openRepository,
                             const QByteArrayList &arguments, QStringList *warnings);

/// A `repo` subcommand that writes its standard output to `output` as it goes (a blob of
/// 1 GB is never held whole); success, or one error.
using StreamingRepoCommandFunction
    = Result<void> (*)(const RepositoryOpener &openRepository, const QByteArrayList &arguments,
                       CommandOutput &output);

} // namespace clearroom::cli
