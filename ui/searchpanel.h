// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "linematcher.h"
#include "objectid.h"
#include "workerruns.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;
class QTreeView;

namespace clearroom::ui {

class SearchResultsModel;

/// Searches the whole tree of the revision on display: regular expression or fixed text,
/// case, whole words, a path filter. Results stream in grouped by file while a worker
/// thread (with its own repository handles) searches; it can be cancelled; a click opens
/// the file at the line. Also finds the hidden characters of Trojan Source attacks.
class SearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    /// What to search: a repository and the root tree of the revision on display.
    void setTarget(const QString &repositoryPath, const git::ObjectId &tree,
                   const QString &revision);
    /// Nothing to search (the repository's revision did not resolve): `status` says what
    /// to do.
    void clearTarget(const QString &status);
    void search(const git::SearchPattern &pattern, const QByteArrayList &pathspecs);
    /// Searches for bidirectional controls and invisible characters (UTF-8).
    void searchHiddenCharacters();
    void cancel();

    bool isRunning() const { return m_runs.isRunning(); }
    SearchResultsModel *model() const { return m_model; }
    QString statusText() const;
    QLineEdit *patternEdit() const { return m_pattern; }

Q_SIGNALS:
    void openRequested(const QByteArray &path, qint64 line);
    void finished();

private:
    void startFromControls();
    void finish(const QString &status);

    QLineEdit *m_pattern;
    QComboBox *m_syntax;
    QCheckBox *m_ignoreCase;
    QCheckBox *m_wholeWords;
    QLineEdit *m_paths;
    QPushButton *m_searchButton;
    QPushButton *m_cancelButton;
    QPushButton *m_hiddenButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTreeView *m_results;
    SearchResultsModel *m_model;

    QString m_repositoryPath;
    git::ObjectId m_tree;
    QString m_revision;
    WorkerRuns<SearchPanel> m_runs {this, &SearchPanel::finish};
};

} // namespace clearroom::ui
