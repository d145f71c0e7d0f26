// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QMap>
#include <QString>
#include <QVector>

namespace clearroom::test {

/// A history written down commit by commit and made into a repository with `git
/// fast-import` in one go (hundreds of commits in well under a second): exact dates and
/// zones, message bytes, encodings, merges of any parents with any resulting tree.
class HistoryBuilder
{
public:
    /// The files of a commit: path -> content.
    using Files = QMap<QByteArray, QByteArray>;

    struct Commit
    {
        QVector<int> parents; ///< commit numbers returned by commit(); the first is "from"
        Files files; ///< the whole tree of the commit
        /// Modes of files that are not plain 100644 files: "100755", "120000" (a symbolic
        /// link: the content is its target) or "160000" (a submodule: the content is the
        /// 40-digit id of its commit).
        QMap<QByteArray, QByteArray> modes;
        qint64 time = 1700000000;
        QByteArray zone = "+0000";
        QByteArray message = "commit\n";
        QByteArray encoding; ///< an "encoding" header when not empty
        QByteArray author = "Ada Auditor <ada@example.org>";
        QByteArray committer = "Ada Auditor <ada@example.org>";
    };

    /// Adds a commit and returns its number (for parents, branches and files()).
    int commit(const Commit &commit);
    /// Points `refs/heads/<name>` at a commit (the last branch set becomes HEAD).
    void setBranch(const QByteArray &name, int commit);
    const Files &files(int commit) const { return m_files.at(commit); }
    int size() const { return int(m_files.size()); }

    /// `git init` (bare or not) at `path` and imports everything; HEAD names the first
    /// branch set. A work tree is checked out so that git's view of it is clean.
    bool create(const QString &path, bool bare, QString *error) const;

    /// A seeded random history of `commits` commits: up to four branches, merges (some
    /// that keep one parent's tree, some that mix both, some "evil" ones that change what
    /// neither parent had), files added, changed, deleted, recreated and renamed with
    /// edits, equal commit times and clocks that went backwards. The same seed gives the
    /// same history on every platform.
    static HistoryBuilder random(quint32 seed, int commits);

private:
    QByteArray m_stream;
    QVector<Files> m_files;
    QVector<QPair<QByteArray, int>> m_branches;
};

/// Writes a commit object with `git hash-object --literally` (any bytes, however
/// broken) into the repository at `path` and returns its id, or an empty array.
QByteArray writeRawCommit(const QString &path, const QByteArray &content);

} // namespace clearroom::test
