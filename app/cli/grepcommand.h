// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace clearroom::cli {

/// `repo grep`: searches the files of revisions for lines exactly as `git grep` does for
/// the same flags.
class GrepCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::GrepCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
