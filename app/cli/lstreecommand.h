// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace clearroom::cli {

/// `repo ls-tree`: lists a tree exactly as `git ls-tree` does for the same flags.
class LsTreeCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::LsTreeCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments);
    static QString help();
};

/// Normalises a path given on the command line the way git does for a pathspec at
/// the top of the tree: "./a//b/" becomes "a/b/", ".." climbs, leaving the tree is an error.
Result<QByteArray> normalizePathspec(const QByteArray &path);

} // namespace clearroom::cli
