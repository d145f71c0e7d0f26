// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"

#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QTreeView;

namespace clearroom::ui {

class BlameController;
class ConsolidationController;
class DiffPanel;
class FileView;
class HistoryPanel;
class MessageBanner;
class RefPicker;
class RepositoryPreparation;
class SearchPanel;
class RepositorySession;
class ReviewController;
class TreeModel;

/// Clearroom's main window: it holds the views and owns the actions; the work happens
/// in the session (off the GUI thread) and the views.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a repository read-only and shows `revision` of it.
    void openRepository(const QString &path,
                        const QByteArray &revision = QByteArrayLiteral("HEAD"));
    /// Shows another revision of the open repository.
    void showRevision(const QByteArray &revision);
    /// Opens the folders leading to `path` as they load, then shows the file.
    void revealPath(const QByteArray &path);

    TreeModel *treeModel() const { return m_treeModel; }
    QTreeView *treeView() const { return m_treeView; }
    FileView *fileView() const { return m_fileView; }
    RefPicker *refPicker() const { return m_refPicker; }
    SearchPanel *searchPanel() const { return m_search; }
    HistoryPanel *historyPanel() const { return m_history; }
    DiffPanel *diffPanel() const { return m_diff; }
    BlameController *blame() const { return m_blame; }
    /// Shows or hides blame in the code view's gutter.
    void setBlameShown(bool shown);
    /// Shows the changes between two revisions in the Changes tab.
    void compareRevisions(const QByteArray &oldRevision, const QByteArray &newRevision);
    /// Opens a file of the revision on display at a line (1-based).
    void openAt(const QByteArray &path, qint64 line);
    /// Opens a file of `commit` at a line, showing that commit first where needed.
    void openAt(const QByteArray &path, qint64 line, const git::ObjectId &commit);
    /// The repository on display, as opened; "" before one is.
    QString repositoryPath() const { return m_repositoryPath; }
    ReviewController *review() const { return m_review; }
    /// Lists a panel in the View menu, where it is shown or hidden.
    void addPanelToViewMenu(QDockWidget *panel);
    /// Names the open review in the window title ("" for none).
    void setReviewTitle(const QString &name);
    /// Shows an error in the banner above the views.
    void showError(const QString &message);
    /// The error the window shows, or "" for none.
    QString errorText() const;
    /// The status bar's line about the repository and commit on display.
    QString statusText() const;
    /// The warnings about the open repository (alternates, grafts, ...), or "" for none.
    QString warningText() const;
    /// Adds a page to the central tabs (after File and Changes); while it is on display,
    /// the tree and the docks below make room for it.
    void addPage(QWidget *page, const QString &title);
    void showPage(QWidget *page);
    ConsolidationController *consolidation() const { return m_consolidation; }
    /// The commit on display (null before one is).
    git::ObjectId currentCommit() const { return m_commit; }
    /// Verifies every object of the open repository once and builds its commit-graph
    /// cache (File > Verify Objects Once), then opens it again at the same place.
    void verifyObjects();
    /// The dialog of the last verification (its progress, then its outcome), if open.
    QProgressDialog *verificationDialog() const { return m_verificationDialog; }

Q_SIGNALS:
    /// A text file is on display (FileView::currentPath(), currentId()), or none.
    void fileShown();
    /// Another commit is on display (currentCommit()).
    void commitShown();

private:
    void createActions();
    void updateTitle();
    void chooseRepository();
    void askForLine();
    void askForComparison();
    void updateBlame();
    void showAbout();
    void openEntry(const QModelIndex &index);
    void updateStatus();
    void advanceReveal();
    void updateWidePage();

    RepositorySession *m_session;
    TreeModel *m_treeModel;
    QTreeView *m_treeView;
    FileView *m_fileView;
    RefPicker *m_refPicker;
    MessageBanner *m_banner;
    MessageBanner *m_warnings;
    QLabel *m_statusLabel;
    QString m_repositoryPath;
    QByteArray m_revision;
    git::ObjectId m_commit;
    QByteArray m_pendingReveal;
    QByteArray m_pendingLinePath;
    qint64 m_pendingLine = 0;
    SearchPanel *m_search;
    QDockWidget *m_searchDock = nullptr;
    HistoryPanel *m_history;
    QDockWidget *m_historyDock = nullptr;
    bool m_keepHistory = false;
    QByteArray m_revealAfterResolve;
    QTabWidget *m_tabs;
    DiffPanel *m_diff;
    BlameController *m_blame;
    QAction *m_blameAction = nullptr;
    QAction *m_verifyAction = nullptr;
    RepositoryPreparation *m_preparation = nullptr;
    QPointer<QProgressDialog> m_verificationDialog;
    QMenu *m_viewMenu = nullptr;
    QByteArray m_shownFile;
    QByteArray m_initialRevision;
    QByteArray m_missingHeadBranch; // the branch HEAD names, where the repository lacks it
    QString m_reviewName;
    ReviewController *m_review = nullptr;
    ConsolidationController *m_consolidation = nullptr;
    QList<QWidget *> m_widePages;
    QList<QPointer<QDockWidget>> m_hiddenDocks;
    bool m_wideShown = false;
};

} // namespace clearroom::ui
