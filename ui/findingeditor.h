// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStandardItemModel;

namespace clearroom::ui {

class MarkdownView;

/// The form to record or edit a finding: title, severity, status, CWE (picked by id or
/// name from the shipped catalogue), description and recommendation in Markdown with a
/// preview. Ctrl+Return (or Return in the title) saves; the location is shown, not edited.
class FindingEditor : public QDialog
{
    Q_OBJECT

public:
    explicit FindingEditor(QWidget *parent = nullptr);

    /// What the finding is about: "src/a.c:10-12 at commit 1234abcd".
    void setLocationText(const QString &text);
    /// Prefills the form with an existing finding's fields.
    void setFinding(const review::Finding &finding);
    /// The fields as entered (valid after accept()).
    review::FindingChanges fields() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *cweEdit() const { return m_cwe; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *recommendationEdit() const { return m_recommendation; }
    /// Why the form cannot be saved yet, or "".
    QString problemText() const;

    void accept() override;

private:
    QWidget *markdownField(QPlainTextEdit *edit, MarkdownView *preview);
    void updateCwe();
    /// The CWE id typed: 0 for none, -1 when it is not one of the catalogue.
    int cweId() const;

    QLabel *m_location;
    QLineEdit *m_title;
    QComboBox *m_severity;
    QComboBox *m_status;
    QLineEdit *m_cwe;
    QLabel *m_cweName;
    QStandardItemModel *m_cweMatches;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_recommendation;
    QLabel *m_problem;
};

} // namespace clearroom::ui
