// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>

#include <functional>
#include <memory>
#include <optional>

namespace clearroom::git {

/// What a search looks for in each line, as `git grep` reads its pattern options.
struct SearchPattern
{
    enum class Syntax {
        Basic, ///< POSIX basic regular expressions (git's default, -G)
        Extended, ///< POSIX extended regular expressions (-E)
        Fixed, ///< plain bytes (-F)
    };

    /// A line matches when any of them matches. As in git, a pattern holding a newline
    /// counts as one pattern per line.
    QByteArrayList patterns;
    Syntax syntax = Syntax::Basic;
    /// ASCII letters only: bytes are compared as git compares them in the C locale.
    bool ignoreCase = false;
    /// A match counts only between non-word bytes (word bytes: [A-Za-z0-9_]).
    bool wholeWords = false;
    /// Select the lines that do not match.
    bool invert = false;
};

/// Finds the lines of a text that a SearchPattern selects, byte for byte as `git grep`
/// does in the C locale, whatever the process's locale. Regular expressions go through the
/// system's regcomp/regexec (glibc), as git's do. glibc serialises regexec calls on one
/// compiled expression, so each thread that searches creates its own LineMatcher.
class LineMatcher
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::LineMatcher)

public:
    /// A match inside a line: byte offsets, end exclusive.
    struct Match
    {
        qsizetype start = 0;
        qsizetype end = 0;
    };

    /// Compiles the pattern; an invalid regular expression gives an error naming it.
    static Result<LineMatcher> create(const SearchPattern &pattern);

    LineMatcher(LineMatcher &&other) noexcept;
    LineMatcher &operator=(LineMatcher &&other) noexcept;
    ~LineMatcher();

    /// The first match in one line (without its newline) that counts, whole words
    /// checked; invert is not applied here.
    std::optional<Match> firstMatch(const char *line, qsizetype size) const;
    /// Whether a line is selected: it matches, or with invert it does not.
    bool selects(const char *line, qsizetype size) const;

    /// Calls `onLine(number, line, size)` for each selected line of `text`, in order, until
    /// it returns false. Lines end at '\n' (a carriage return stays part of its line; a
    /// last line without a newline still counts). Lines are picked exactly as git picks
    /// them, including its one quirk: a pattern that matches only the empty string after
    /// the final newline selects an empty line there (`git grep '^$'`). Fails only when
    /// the system's regular expression library does (out of memory).
    Result<void> forEachSelectedLine(
        const char *text, qsizetype size,
        const std::function<bool(qint64 number, const char *line, qsizetype size)> &onLine) const;

private:
    LineMatcher();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::git
