// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "workerruns.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace clearroom::ui {

class SourceView;

/// Find in the open file, below the code view: every occurrence marked, the next or
/// previous one selected (going round at the end), and how many there are, counted off
/// the GUI thread (a file may have millions of lines).
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(SourceView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    /// Shows the bar with the keyboard in its field, the view's one-line selection (if
    /// any) as the term.
    void activate();
    /// Hides the bar and the marks; the keyboard goes back to the view.
    void close();
    void findNext();
    void findPrevious();
    /// The file changed: the marks and the count follow it.
    void sourceChanged();

    QLineEdit *termEdit() const { return m_term; }
    void setIgnoreCase(bool ignoreCase);
    QString statusText() const;
    /// Whether the count of occurrences is still being made.
    bool isCounting() const { return m_runs.isRunning(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void termChanged();
    void find(bool backwards);
    void count();
    /// Says why the occurrences were not counted.
    void countFailed(const QString &message);
    Qt::CaseSensitivity sensitivity() const;

    SourceView *m_view;
    QLineEdit *m_term;
    QCheckBox *m_ignoreCase;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_close;
    QLabel *m_status;
    qint64 m_count = -1;
    WorkerRuns<FindBar> m_runs {this, &FindBar::countFailed};
};

} // namespace clearroom::ui
