// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "coveragereport.h"
#include "repository.h"
#include "workspace.h"

#include <QHash>
#include <QObject>

#include <map>
#include <memory>

class QTimer;

namespace clearroom::ui {

/// Lives on the workspace session's thread: the SQLite connection, a repository handle
/// per reviewed repository, the coverage last computed, and the watch for changes made
/// by other windows or processes.
class WorkspaceWorker : public QObject
{
    Q_OBJECT

public:
    /// How often the workspace is checked for changes made elsewhere.
    static constexpr int PollMilliseconds = 1000;

    void setWorkspace(std::unique_ptr<review::Workspace> workspace);
    review::Workspace *workspace() const { return m_workspace.get(); }
    /// The repository at `path`, opened once per session.
    Result<const git::Repository *> repository(const QString &path);
    /// The review's repository of that name, opened.
    Result<const git::Repository *> reviewedRepository(const QString &name);

    /// The coverage of a commit, computed once and then kept up to date by marks.
    struct CoverageCache
    {
        QString repository;
        git::ObjectId commit;
        std::shared_ptr<review::CoverageReport> report;
        QHash<QByteArray, QVector<review::LineSpan>> reviewed;
    };
    Result<const CoverageCache *> coverage(const QString &repository, const git::ObjectId &commit,
                                           bool refresh);
    /// After a mark: reads the file's marks again and updates the cached report.
    Result<void> refreshFile(const QString &repository, const git::ObjectId &commit,
                             const QByteArray &path);

Q_SIGNALS:
    /// Another connection committed to the workspace.
    void changedElsewhere();

private:
    void poll();

    std::unique_ptr<review::Workspace> m_workspace;
    std::map<QString, git::Repository> m_repositories;
    std::unique_ptr<CoverageCache> m_coverage;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
};

} // namespace clearroom::ui
