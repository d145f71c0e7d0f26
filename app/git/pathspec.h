// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QVector>

namespace clearroom::git {

/// The paths of a tree a command looks at, matched as git matches pathspecs without magic.
/// An item names a file, or a folder and everything below it ("src", "src/"); an item
/// with wildcards (`*`, `?`, `[...]`, `\`) is matched against the whole path, and there
/// `*`, `?` and brackets match '/' too ("*.c" finds C files at any depth). An item that
/// equals a path or a leading folder of it literally matches as well, wildcards or not.
/// Three kinds of git's pathspec magic are understood: "literal" (no wildcards), "glob"
/// (wildcards that do not match '/', and "**" for any number of folders) and "exclude"
/// (a path an exclusion matches is left out; only exclusions: every other path).
/// No items: every path.
class Pathspec
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::Pathspec)

public:
    /// One item, relative to the top of the tree and already normalised ("./a//b" is
    /// "a/b", no ".."); an empty path matches every path.
    struct Item
    {
        QByteArray path;
        bool literal = false;
        bool exclude = false;
        bool glob = false;
    };

    Pathspec() = default;
    explicit Pathspec(const QVector<Item> &items);
    /// Pathspecs as a user gives them to git at the top of the tree: magic first (":!path",
    /// ":^path", ":/path", ":(top,exclude,literal,glob)path"), then a path, which is normalised
    /// ("./a//b/" is "a/b/", ".." climbs). An empty path, an absolute one, one leaving the
    /// tree, or other magic is an error.
    static Result<Pathspec> parse(const QByteArrayList &arguments);
    /// A path from the top of the tree as git normalises it: "." and empty parts dropped,
    /// ".." climbing; a path ending as a folder keeps one trailing '/'. An absolute path
    /// or one leaving the tree is an error naming `argument` (the path when empty).
    static Result<QByteArray> normalizePath(const QByteArray &path,
                                            const QByteArray &argument = {});
    /// Items without magic.
    explicit Pathspec(const QByteArrayList &paths);

    bool isEmpty() const { return m_included.isEmpty() && m_excluded.isEmpty(); }
    /// Whether a file at `path` (from the top of the tree) is included.
    bool matches(const char *path, qsizetype size) const;
    bool matches(const QByteArray &path) const { return matches(path.constData(), path.size()); }
    /// Whether anything below the folder at `path` (no trailing '/') may be included:
    /// when not, a walk need not open it.
    bool mayMatchBelow(const char *path, qsizetype size) const;

private:
    struct Compiled
    {
        QByteArray text;
        qsizetype literalPrefix = 0; ///< bytes before the first wildcard character
        bool hasWildcard = false;
        bool glob = false;
    };
    static bool itemMatches(const Compiled &item, const char *path, qsizetype size);
    static bool mayMatchBelow(const Compiled &item, const char *path, qsizetype size);

    QVector<Compiled> m_included;
    QVector<Compiled> m_excluded;
};

/// git's wildcard matching without WM_PATHNAME (a pathspec's): `*` matches any bytes,
/// '/' included; `?` any one byte; `[...]` a set, with `!` or `^` negating, ranges and
/// `[:class:]`; `\` makes the next byte literal. Case-sensitive, bytes in the C locale.
bool wildcardMatch(const char *pattern, qsizetype patternSize, const char *text,
                   qsizetype textSize);
/// The same with WM_PATHNAME (pathspec magic "glob"): `*`, `?` and sets never match '/';
/// "**" between slashes (or at either end) matches any number of folders, elsewhere
/// anything.
bool globMatch(const char *pattern, qsizetype patternSize, const char *text, qsizetype textSize);

} // namespace clearroom::git
