// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "result.h"
#include "userformat.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::cli {

/// How `repo log` prints commits.
struct LogFormat
{
    enum class Style {
        Medium, ///< git's default: commit, Merge:, Author:, Date:, the indented message
        Oneline, ///< the id and the subject on one line
        User, ///< a format with placeholders
    };
    Style style = Style::Medium;
    QByteArray userFormat;
    /// "format:" puts a newline between entries; "tformat:" (and a bare format) after each.
    bool newlineBetween = false;
    /// Abbreviated ids on the commit line (--abbrev-commit, --oneline).
    bool abbreviateCommit = false;

    /// Reads the value of --pretty= or --format=, as git does: a name ("medium",
    /// "oneline"), "format:X", "tformat:X", or anything with a '%' in it.
    static Result<LogFormat> parse(const QByteArray &value);

    /// Whether the format shows more of a commit than its ids, tree and parents (see
    /// UserFormat::readsCommitText()); git's named formats all do.
    bool readsCommitText() const;
};

/// Prints commits exactly as `git log` does in one of the formats, each commit's text
/// converted from its encoding to UTF-8 first (where iconv can, as git).
class LogPrinter
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::LogPrinter)

public:
    LogPrinter(LogFormat format, FormatContext context);

    /// Appends one commit, with whatever git puts between it and the one before.
    Result<void> print(const git::CommitInfo &commit, QByteArray &out);

private:
    Result<void> printMedium(const git::CommitInfo &commit, QByteArray &out);
    Result<void> printOneline(const git::CommitInfo &commit, QByteArray &out);
    Result<QByteArray> commitId(const git::CommitInfo &commit);

    LogFormat m_format;
    FormatContext m_context;
    bool m_first = true;
};

} // namespace clearroom::cli
