// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "blame.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::git {
class Repository;
}

namespace clearroom::cli {

/// Writes blame entries in `git blame`'s formats: the default one for people (columns as
/// wide as git makes them) and the porcelain ones for programs.
class BlamePrinter
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::BlamePrinter)

public:
    struct Options
    {
        bool porcelain = false; ///< -p, --porcelain
        bool linePorcelain = false; ///< --line-porcelain: the details on every line
        bool longNames = false; ///< -l: whole commit ids
        bool noAuthor = false; ///< -s
        bool email = false; ///< -e: the e-mail address instead of the name
        bool sourceNumbers = false; ///< -n: line numbers in the blamed commit
        bool fileNames = false; ///< -f: always the file name in the blamed commit
    };

    /// `entries` sorted by line and coalesced (Blame::coalesced()).
    static Result<QByteArray> print(const git::Repository &repository, const git::Blame &blame,
                                    const QVector<git::BlameEntry> &entries,
                                    const Options &options);
};

} // namespace clearroom::cli
