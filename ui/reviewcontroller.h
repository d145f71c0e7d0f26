// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "objectid.h"
#include "reanchoring.h"
#include "workspacesession.h"

#include <QObject>

#include <optional>

class QDialog;

class QAction;
class QDockWidget;
class QLabel;
class QMenu;

namespace clearroom::ui {

class FindingsPanel;
class MainWindow;
class PackageActions;

/// The review side of the window: the open workspace, the Review menu, the findings
/// panel, the finding editor, gutter markers for findings and reviewed lines, coverage
/// in the tree and the status bar.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    explicit ReviewController(MainWindow *window);

    WorkspaceSession *session() const { return m_session; }
    FindingsPanel *panel() const { return m_panel; }
    QDockWidget *dock() const { return m_dock; }
    QMenu *menu() const { return m_menu; }
    QLabel *coverageLabel() const { return m_coverageLabel; }
    QAction *recordFindingAction() const { return m_recordFinding; }
    QAction *addSelectionToFindingAction() const { return m_addToFinding; }
    PackageActions *packages() const { return m_packages; }

    /// Creates a workspace for the repository and commit on display.
    void createReview(const QString &fileName, const QString &reviewName, const QString &reviewer);
    void openReview(const QString &fileName);
    /// Records a finding on the selected lines (or the cursor's line): opens the editor
    /// (window-modal, not blocking) and saves when it is accepted.
    void recordFinding();
    /// Adds the selected lines (or the cursor's line) as a further location of the finding
    /// selected in the findings panel.
    void addSelectionToFinding();
    void editFinding(const QString &id);
    void markFileReviewed(bool reviewed = true);
    void markSelectionReviewed(bool reviewed = true);
    /// Shows the next file (after the one on display, by path) not fully reviewed.
    void showNextUnreviewedFile();
    /// Carries the review of a repository to `commit` (re-anchoring).
    void moveReview(const QString &repository, const git::ObjectId &commit);
    /// What the last move did, in a sentence ("" before any).
    QString lastMoveSummary() const { return m_lastMoveSummary; }
    /// The coverage last loaded, if it belongs to the commit on display.
    const WorkspaceSession::Coverage *coverage() const;

Q_SIGNALS:
    /// The finding editor is about to be shown (tests fill it in and accept it).
    void editorOpened(QDialog *editor);

private:
    void createActions();
    void chooseNewReview();
    void chooseReview();
    void onOpened(const WorkspaceSession::State &state);
    void onFindingsLoaded(const QVector<review::Finding> &findings,
                          const std::shared_ptr<const review::FindingTextIndex> &textIndex);
    void onCoverageLoaded(const WorkspaceSession::Coverage &coverage);
    void updateMarkers();
    void updateReviewedLines();
    void updateActions();
    void requestCoverage();
    /// The selected lines (or the cursor's line) of the file on display in a reviewed
    /// repository; otherwise an error said in the window (`noFile` when no file is shown).
    std::optional<WorkspaceSession::Lines> selectedLines(const QString &noFile);
    /// The review's name for the repository on display, or an error said in the window.
    const review::ReviewRepository *reviewedRepository();
    void showFinding(const review::Finding &finding);
    void askToMoveReview();
    void onReviewMoved(const QString &repository, const git::ObjectId &commit,
                       const QVector<review::MovedFinding> &findings);

    MainWindow *m_window;
    WorkspaceSession *m_session;
    FindingsPanel *m_panel;
    QDockWidget *m_dock;
    QMenu *m_menu = nullptr;
    QLabel *m_coverageLabel;
    QAction *m_recordFinding = nullptr;
    QAction *m_addToFinding = nullptr;
    QAction *m_moveReview = nullptr;
    PackageActions *m_packages = nullptr;
    QString m_lastMoveSummary;
    QList<QAction *> m_reviewActions; ///< enabled only with a review open
    std::optional<WorkspaceSession::Coverage> m_coverage;
    QString m_selectAfterLoad;
};

} // namespace clearroom::ui
