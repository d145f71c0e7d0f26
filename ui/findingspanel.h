// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "findingtextindex.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace clearroom::ui {

class FindingDetails;
class FindingsFilterModel;
class FindingsModel;

/// The review's findings: a sortable table filtered by severity, status and text, and
/// the selected finding in full below it. Selecting one asks for its code.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    /// `textIndex`: built over `findings` (see FindingsModel::setFindings()).
    void setFindings(const QVector<review::Finding> &findings,
                     std::shared_ptr<const review::FindingTextIndex> textIndex = {});
    /// Selects a finding (a click on its gutter marker).
    void selectFinding(const QString &id);
    /// The finding selected, or null.
    const review::Finding *selectedFinding() const;

    FindingsModel *model() const { return m_model; }
    FindingsFilterModel *filterModel() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    FindingDetails *details() const { return m_details; }
    QComboBox *severityFilter() const { return m_severity; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *authorFilter() const { return m_author; }
    QLineEdit *pathFilter() const { return m_path; }
    QLineEdit *textFilter() const { return m_text; }

Q_SIGNALS:
    /// The user picked a finding: show its code.
    void findingActivated(const clearroom::review::Finding &finding);
    /// A different finding (or none: empty id) is selected.
    void currentFindingChanged(const QString &id);

private:
    void applyFilters();
    void updateAuthors();
    void onCurrentChanged();

    FindingsModel *m_model;
    FindingsFilterModel *m_filter;
    QComboBox *m_severity;
    QComboBox *m_status;
    QComboBox *m_author;
    QLineEdit *m_path;
    QLineEdit *m_text;
    QLabel *m_count;
    QTreeView *m_view;
    FindingDetails *m_details;
    QString m_selectedId;
};

} // namespace clearroom::ui
