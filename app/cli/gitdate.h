// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::cli {

/// git's date formats, as `git log` prints a commit's dates in the commit's own zone.
class GitDate
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::GitDate)

public:
    enum class Style {
        Normal, ///< "Tue Nov 14 22:13:20 2023 +0000" (the default)
        Iso, ///< "2023-11-14 22:13:20 +0000"
        IsoStrict, ///< "2023-11-14T22:13:20+00:00"
        Short, ///< "2023-11-14"
        Rfc2822, ///< "Tue, 14 Nov 2023 22:13:20 +0000"
    };

    /// The date of a person line. A line without a date shows the epoch, as in git; a
    /// date git cannot place in its zone is an error (git stops there too).
    static Result<QByteArray> format(const git::Signature &signature, Style style);
};

} // namespace clearroom::cli
