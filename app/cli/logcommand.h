// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace clearroom::cli {

/// `repo log`: a revision's history exactly as `git log` prints it for the same flags.
class LogCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::LogCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments);
    static QString help();
};

/// `repo cache build|drop|status`: Clearroom's commit-graph cache of a repository.
class CacheCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::CacheCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments);
    static QString help();

private:
    /// What `status` says about the record of verified objects (lines to add).
    static QString objectStatus(const git::Repository &repository);
};

} // namespace clearroom::cli
