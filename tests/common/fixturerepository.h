// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace clearroom::test {

/// A git repository a test builds with the git CLI in a folder of its own, with fixed
/// authors and dates so that every run makes the same object ids.
class FixtureRepository
{
public:
    explicit FixtureRepository(QString workTree);

    /// `git init` with the branch `main`.
    bool init();
    bool writeFile(const QByteArray &path, const QByteArray &content, bool executable = false);
    bool writeSymlink(const QByteArray &path, const QByteArray &target);
    bool removeFile(const QByteArray &path);
    /// Deletes the loose object that `revision` (e.g. "HEAD:path") names, as a damaged
    /// repository lacks it; `id` receives its id.
    bool removeLooseObject(const QByteArray &revision, QByteArray *id);
    /// Stages everything and commits; each commit is one minute after the previous one.
    bool commitAll(const QByteArray &message);
    /// Runs git in the work tree with the fixture's fixed identity and dates.
    bool git(const QByteArrayList &arguments, QByteArray *output = nullptr);

    QString workTree() const { return m_workTree; }
    QString gitDirectory() const { return m_workTree + QStringLiteral("/.git"); }
    QString lastError() const { return m_lastError; }

    /// The repository most tests use: nested folders, a C++ file, a binary file, an
    /// empty file, a symlink, an executable, names with spaces, quotes, tabs,
    /// non-ASCII and invalid UTF-8 bytes, a submodule entry, an annotated and a
    /// lightweight tag, and the branches `main` (HEAD) and `feature`.
    static bool createStandard(const QString &workTree, QString *error);

private:
    QByteArray absolute(const QByteArray &path) const;

    QString m_workTree;
    QString m_lastError;
    int m_commits = 0;
};

} // namespace clearroom::test
