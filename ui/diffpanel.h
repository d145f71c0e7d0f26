// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "workerruns.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTreeWidget;

namespace clearroom::ui {

class SourceView;

/// The changes between two revisions, as `git diff A B` finds them (renames included):
/// the changed files with their status and added/removed line counts, and the selected
/// file's diff, unified or side by side, highlighted, with old and new line numbers and
/// the changed part of each changed line marked. The comparison and each file's diff are
/// made on worker threads with their own repository handle; a newer request drops an
/// older one's answers.
class DiffPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { StatusColumn, PathColumn, AddedColumn, DeletedColumn };

    explicit DiffPanel(QWidget *parent = nullptr);
    ~DiffPanel() override;

    /// Compares two revisions of the repository; an empty `oldRevision` means the first
    /// parent of `newRevision` (nothing, for a root commit).
    void compare(const QString &repositoryPath, const QByteArray &oldRevision,
                 const QByteArray &newRevision);
    void setSideBySide(bool sideBySide);
    bool isSideBySide() const;
    /// Shows the diff of the file in row `row` of the list.
    void showFile(int row);

    bool isRunning() const { return m_listRuns.isRunning(); }
    bool isLoadingFile() const { return m_fileRuns.isRunning(); }
    QTreeWidget *fileList() const { return m_files; }
    SourceView *unifiedView() const { return m_unified; }
    SourceView *oldView() const { return m_old; }
    SourceView *newView() const { return m_new; }
    QString statusText() const;
    /// What the panel says instead of a diff (binary files, no changes), or "".
    QString noteText() const;

Q_SIGNALS:
    void finished();
    void fileShown();

private:
    struct Comparison;
    void showNote(const QString &note);
    /// Ends a comparison with why it failed.
    void comparisonFailed(const QString &message);
    /// Ends a file's run with `note` in place of its changes (why they are not shown).
    void endWithNote(const QString &note);

    QLabel *m_title;
    QCheckBox *m_sideBySide;
    QLabel *m_status;
    QTreeWidget *m_files;
    QStackedWidget *m_stack;
    SourceView *m_unified;
    QWidget *m_split;
    SourceView *m_old;
    SourceView *m_new;
    QLabel *m_note;
    std::shared_ptr<Comparison> m_comparison;
    int m_shownRow = -1;
    WorkerRuns<DiffPanel> m_listRuns {this, &DiffPanel::comparisonFailed};
    WorkerRuns<DiffPanel> m_fileRuns {this, &DiffPanel::endWithNote};
};

} // namespace clearroom::ui
