// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "blame.h"
#include "command.h"

#include <QCoreApplication>

namespace clearroom::cli {

/// `repo blame`: who last changed each line of a file, exactly as `git blame` prints it
/// for the same flags.
class BlameCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::BlameCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments);
    static QString help();

    /// git's `-L` ranges for a file of `lines` lines, sorted and joined where they meet or
    /// overlap: numbers ("a,b", "a,+n", "a,-n", "a", "a,", ",b"). Regular expressions and
    /// function names are a usage error; a range beyond the file fails as in git.
    static Result<QVector<git::BlameLineRange>> lineRanges(const QByteArrayList &specs, int lines,
                                                           const QByteArray &path);
};

} // namespace clearroom::cli
