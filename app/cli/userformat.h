// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace clearroom::git {
class Abbreviator;
class Mailmap;
} // namespace clearroom::git

namespace clearroom::cli {

/// What a format needs besides the commit itself.
struct FormatContext
{
    git::Abbreviator &abbreviator;
    const git::Mailmap &mailmap;
    /// The encoding the commit named before its text was converted to UTF-8 (for %e).
    QByteArray originalEncoding;
};

/// git's pretty format placeholders (`--format=...`): %H %h %T %t %P %p, the author's
/// and committer's %an %aN %ae %aE %al %aL %ad %aD %at %ai %aI %as (and %c...), %s %b
/// %B %e %m %n %% %xNN, colours (printed as nothing, as git does when not writing to a
/// terminal), the reflog placeholders (empty outside a reflog walk) and the +, - and
/// space modifiers. What git does not know stays as it is written.
class UserFormat
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::UserFormat)

public:
    /// A usage error for a placeholder git knows that Clearroom does not print (e.g. %d,
    /// %N, %G?, %w(), %<(), %(trailers)), so that output never silently differs.
    static Result<void> check(const QByteArray &format);

    /// Whether `format` shows more of a commit than its ids, tree and parents: a person,
    /// a date, the encoding or the message. A walk for one that does not need not parse
    /// the commits it shows.
    static bool readsCommitText(const QByteArray &format);

    /// Appends `format` expanded for `commit` (already converted to UTF-8).
    static Result<void> expand(const QByteArray &format, const git::CommitInfo &commit,
                               FormatContext &context, QByteArray &out);
};

// git's subject and body of a message live with CommitInfo in app/git.
using git::commitBody;
using git::commitSubject;
using git::skipBlankLines;

} // namespace clearroom::cli
