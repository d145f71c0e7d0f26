// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditlog.h"
#include "coveragereport.h"
#include "finding.h"
#include "findingtextindex.h"
#include "objectid.h"
#include "reanchoring.h"
#include "workspace.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace clearroom::ui {

class WorkspaceWorker;

/// The GUI's access to the open review workspace: every request runs on a worker thread
/// that owns the SQLite connection (and its own repository handles), answers come back
/// as signals on the GUI thread. The worker notices when another window or process
/// changed the workspace and says so.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    /// The review as opened.
    struct State
    {
        QString fileName;
        review::ReviewInfo review;
        QVector<review::ReviewRepository> repositories;
    };

    /// Lines of a file of a reviewed repository, as shown in the window.
    struct Lines
    {
        QString repository; ///< the review's name for it
        QString repositoryPath;
        git::ObjectId commit;
        QByteArray path;
        int startLine = 0;
        int endLine = 0;
    };
    /// A finding to record: where, and its fields (title and severity required).
    struct Draft : Lines
    {
        review::FindingChanges fields;
    };

    /// The coverage of one commit: totals, per file and folder, and each file's lines.
    struct Coverage
    {
        QString repository;
        git::ObjectId commit;
        std::shared_ptr<const review::CoverageReport> report;
        QHash<QByteArray, QVector<review::LineSpan>> reviewed;
    };

    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    /// Creates a workspace reviewing the repository at `repositoryPath`, at `commit`.
    void create(const QString &fileName, const QString &reviewName, const QString &reviewer,
                const QString &repositoryPath, const git::ObjectId &commit);
    void open(const QString &fileName);
    void close();
    bool isOpen() const { return m_open; }
    const State &state() const { return m_state; }
    /// The review's repository at `path` (as opened by the window), or null.
    const review::ReviewRepository *repositoryAt(const QString &path) const;

    void reloadFindings();
    void addFinding(const Draft &draft);
    void updateFinding(const QString &id, const review::FindingChanges &changes);
    /// Adds lines as a further location of a finding; they must be on its commit.
    void addLocation(const QString &findingId, const Lines &lines);
    void addComment(const QString &findingId, const QString &body);
    /// The comment thread and the change history of a finding.
    void loadDetails(const QString &findingId);
    /// Marks lines `first..last` of a file reviewed (or unreviewed); 0, 0 for the whole file.
    void markReviewed(const QString &repository, const git::ObjectId &commit,
                      const QByteArray &path, int first, int last, bool reviewed);
    void loadCoverage(const QString &repository, const git::ObjectId &commit);
    /// Carries the review of a repository to another commit (re-anchoring every finding
    /// and the coverage), as one action.
    void moveReview(const QString &repository, const git::ObjectId &commit);

    /// Code to run on the GUI thread.
    using GuiCall = std::function<void()>;
    /// Sends code from the workspace's thread to the GUI thread.
    using GuiPost = std::function<void(GuiCall)>;
    /// Work on the open workspace (null when none is open): it may send progress to the
    /// GUI thread with the post it is given, and returns its last call (the result).
    using WorkspaceWork = std::function<GuiCall(review::Workspace *, const GuiPost &)>;
    /// Runs `work` on the workspace's thread (where the workspace lives, as exporting a
    /// package needs). Its calls are dropped once `context` is gone or another workspace
    /// was opened meanwhile.
    void withWorkspace(QObject *context, WorkspaceWork work);

Q_SIGNALS:
    void opened(const clearroom::ui::WorkspaceSession::State &state);
    void openFailed(const QString &message);
    void closed();
    /// `textIndex`: the findings panel's text index over `findings`, built on the worker.
    void
    findingsLoaded(const QVector<clearroom::review::Finding> &findings,
                   const std::shared_ptr<const clearroom::review::FindingTextIndex> &textIndex);
    void findingSaved(const QString &id);
    /// A change was refused or failed; nothing of it was saved.
    void actionFailed(const QString &message);
    /// `original`: where the finding was first recorded.
    void detailsLoaded(const QString &findingId,
                       const QVector<clearroom::review::Comment> &comments,
                       const QVector<clearroom::review::AuditEntry> &history,
                       const QVector<clearroom::review::FindingLocation> &original);
    /// The review of a repository moved to another commit; what became of each finding.
    void reviewMoved(const QString &repository, const clearroom::git::ObjectId &commit,
                     const QVector<clearroom::review::MovedFinding> &findings);
    void coverageLoaded(const clearroom::ui::WorkspaceSession::Coverage &coverage);
    /// Another window or process committed a change to the workspace.
    void changedElsewhere();

private:
    template<typename Work, typename Deliver>
    void post(Work work, Deliver deliver);
    void finishOpen(const Result<State> &state);

    QThread m_thread;
    WorkspaceWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    bool m_open = false;
    State m_state;
};

} // namespace clearroom::ui

Q_DECLARE_METATYPE(clearroom::ui::WorkspaceSession::State)
Q_DECLARE_METATYPE(clearroom::ui::WorkspaceSession::Coverage)
