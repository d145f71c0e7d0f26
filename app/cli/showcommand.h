// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace clearroom::cli {

/// `repo show REV:PATH`: a blob's bytes, or a tree's names, as `git show` prints them; a
/// blob streams to the output piece by piece, as git streams a big one.
class ShowCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::ShowCommand)

public:
    static Result<void> run(const RepositoryOpener &openRepository, const QByteArrayList &arguments,
                            CommandOutput &output);
    static QString help();
};

} // namespace clearroom::cli
