// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "repository.h"
#include "result.h"
#include "reviewhistory.h"
#include "scratchdirectory.h"
#include "workspace.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace clearroom::review {
class Database;
}

namespace clearroom::test {

/// A review workspace over a generated repository (reviewHistory() unless a test brings
/// its own), in a folder of its own: the repository is reviewed as "app" by "Ada Auditor".
class ReviewFixture
{
public:
    static QString repositoryName() { return QStringLiteral("app"); }
    static QString reviewerName() { return QStringLiteral("Ada Auditor"); }

    /// Builds the repository and creates the workspace reviewing it at `revision`.
    bool create(QString *error, const QByteArray &revision = "base",
                review::Workspace::Clock clock = {},
                const HistoryBuilder &history = reviewHistory());
    /// A new fixture made by create(); null, with the reason logged, when that failed.
    static std::unique_ptr<ReviewFixture> created(const QByteArray &revision = "base",
                                                  review::Workspace::Clock clock = {},
                                                  const HistoryBuilder &history = reviewHistory());

    QString workspacePath() const { return m_dir.filePath(QStringLiteral("review.clearroom")); }
    QString repositoryPath() const { return m_dir.filePath(QStringLiteral("app")); }
    /// A name in the fixture's folder, for more files.
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    review::Workspace &workspace() { return *m_workspace; }
    const git::Repository &repository() const { return *m_repository; }
    git::ObjectId commit(const QByteArray &revision) const;

    /// A finding on lines of a file, read from the review's current commit, not added yet.
    Result<review::Finding> draft(const QByteArray &path, int startLine, int endLine,
                                  const QString &title);
    /// draft() added.
    Result<QString> add(const QByteArray &path, int startLine, int endLine, const QString &title);

    /// Closes the workspace (the last connection checkpoints its WAL).
    void close() { m_workspace.reset(); }
    /// Opens the workspace file again.
    Result<void> reopen(review::Workspace::Clock clock = {});

private:
    ScratchDirectory m_dir;
    std::optional<git::Repository> m_repository;
    std::unique_ptr<review::Workspace> m_workspace;
};

/// A finding with its primary location read from `commit` of `repository` (as the CLI
/// and the GUI read it), not added yet.
Result<review::Finding> findingDraft(const git::Repository &repository,
                                     const QString &repositoryName, const git::ObjectId &commit,
                                     const QByteArray &path, int startLine, int endLine,
                                     const QString &title);

/// A kind of file that no workspace command may open, and the words of its refusal.
struct ForeignFile
{
    const char *kind;
    QString refusal;
};
/// Every kind: a missing file, a text file, an empty file, another program's SQLite
/// database, and a workspace of a newer format than this version reads.
QVector<ForeignFile> foreignFiles();
/// Makes a file of that kind at `name` (nothing for a missing one).
bool makeForeignFile(const QByteArray &kind, const QString &name);

/// Lines of a file, to be marked reviewed.
review::CoverageRange coverageLines(const QByteArray &path, int startLine, int endLine);

/// The last entry of the workspace's audit log, parsed.
QJsonObject lastAuditEntry(review::Workspace &workspace);

/// The first column of the first row of `sql` as text; "error: ..." when it fails.
QString scalar(review::Database &database, const QString &sql);
/// How many rows each table of the workspace holds and the head of the audit log, as one
/// line: equal before and after an action that must change nothing.
QString workspaceState(review::Database &database);

} // namespace clearroom::test
