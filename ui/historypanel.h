// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "objectid.h"
#include "workerruns.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeView;

namespace clearroom::ui {

class HistoryModel;

/// The history of the revision on display, of the whole tree or of the open file only:
/// commits stream in newest first while a worker thread (with its own repository
/// handle) walks history exactly as `git log [-- PATH]` does; the walk can be cancelled.
/// Selecting a commit shows its message; activating one shows that version.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
    ~HistoryPanel() override;

    /// The history to show: from `start` (named `startName` for the user) in the
    /// repository at `repositoryPath`. Walks at once when the panel is visible, else
    /// when it is shown.
    void setStart(const QString &repositoryPath, const git::ObjectId &start,
                  const QString &startName);
    /// The file open in the code view ("" for none): its history is one click away.
    void setCurrentFile(const QByteArray &path);
    /// Limits the history to the open file, or shows the whole tree's.
    void setFileOnly(bool fileOnly);
    void cancel();
    /// Shows a commit read for the selection (see commitSelected), or why it could not be.
    void showCommit(const git::CommitInfo &commit);
    void showCommitError(const git::ObjectId &commit, const QString &message);

    bool isRunning() const { return m_runs.isRunning(); }
    HistoryModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString statusText() const;
    QString detailsText() const;
    /// The path the history is limited to ("" for the whole tree).
    QByteArray limitedTo() const { return m_walkedPath; }

Q_SIGNALS:
    /// The user selected a commit: its details are wanted (see showCommit).
    void commitSelected(const clearroom::git::ObjectId &commit);
    /// The user activated a commit: show its tree, and the file when the history is a file's.
    void openRequested(const clearroom::git::ObjectId &commit, const QByteArray &path);
    void finished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void walk();
    void finish(const QString &status);
    void updateScope();

    QLabel *m_scope;
    QCheckBox *m_fileOnly;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeView *m_view;
    QPlainTextEdit *m_details;
    HistoryModel *m_model;

    QString m_repositoryPath;
    git::ObjectId m_start;
    QString m_startName;
    QByteArray m_currentFile;
    QByteArray m_walkedPath;
    git::ObjectId m_walkedStart;
    bool m_walked = false;
    git::ObjectId m_shownCommit;
    WorkerRuns<HistoryPanel> m_runs {this, &HistoryPanel::finish};
};

} // namespace clearroom::ui
