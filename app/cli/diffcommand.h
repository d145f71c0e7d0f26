// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "command.h"

#include <QCoreApplication>
#include <QStringList>

namespace clearroom::cli {

/// `repo diff`: the changes between two revisions exactly as `git diff --no-textconv
/// --no-ext-diff` prints them for the same flags.
class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::DiffCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments, QStringList *warnings);
    static QString help();
};

/// git's reading of a rename threshold (`-M<n>`): digits are a fraction after a decimal
/// point unless a '%' follows them ("5" and "50%" are both 50 %); a '.' starts the fraction
/// anew; 100 % or more means identical files only. Returns the score out of
/// git::RenameScoreMax, or -1 when something other than that follows.
int parseRenameScore(const QByteArray &text);

} // namespace clearroom::cli
