// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditlog.h"
#include "finding.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace clearroom::ui {

class MarkdownView;

/// One finding in full: its fields, description and recommendation, the comment thread
/// with a box to add to it, and every change to it as the audit log records it.
class FindingDetails : public QWidget
{
    Q_OBJECT

public:
    explicit FindingDetails(QWidget *parent = nullptr);

    void showFinding(const review::Finding &finding);
    void showThread(const QVector<review::Comment> &comments,
                    const QVector<review::AuditEntry> &history,
                    const QVector<review::FindingLocation> &original = {});
    /// Where the finding was first recorded, shown once it has been carried elsewhere.
    QLabel *originalAnchor() const { return m_original; }
    void clear();
    QString findingId() const { return m_id; }

    QLabel *header() const { return m_header; }
    MarkdownView *comments() const { return m_comments; }
    QPlainTextEdit *commentEdit() const { return m_commentEdit; }
    QTreeWidget *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }

    /// What one audit entry did to a finding, in a sentence for people.
    static QString describe(const QByteArray &line);
    /// What a finding is, where and by whom, as plain lines under its title:
    /// "High · Open · CWE-121 name", "src/a.c:5-7 at commit … · carried forward: …",
    /// "by Ada, <time>". Shared by this panel and the package viewer.
    static QStringList factLines(const review::Finding &finding);

Q_SIGNALS:
    void editRequested(const QString &id);
    void commentRequested(const QString &id, const QString &text);

private:
    QString m_id;
    int m_generation = 0; ///< moves the finding went through
    QLabel *m_header;
    QLabel *m_original;
    QTabWidget *m_tabs;
    MarkdownView *m_text;
    MarkdownView *m_comments;
    QPlainTextEdit *m_commentEdit;
    QPushButton *m_commentButton;
    QPushButton *m_editButton;
    QTreeWidget *m_history;
};

} // namespace clearroom::ui
