// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace clearroom::ui {

/// The review's findings as a table: one row per finding, newest first as loaded.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        StatusColumn,
        TitleColumn,
        LocationColumn,
        CweColumn,
        AuthorColumn,
        UpdatedColumn,
        AnchorColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        SortRole, ///< what the column sorts by (severity by rank, times as times)
        PathRole, ///< QByteArray: the primary location's path
        LineRole, ///< int: its first line
        CommitRole, ///< QByteArray: 40 hex digits
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(QVector<review::Finding> findings);
    const QVector<review::Finding> &findings() const { return m_findings; }
    /// The finding of a row (of this model), or null.
    const review::Finding *finding(int row) const;
    /// The row of a finding, or -1.
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The colour that stands for a severity (gutter markers, the table).
    static QColor severityColor(review::Severity severity);

private:
    QVector<review::Finding> m_findings;
};

/// Which findings the panel shows: by severity, status, and text found in the title,
/// path, author, CWE or description (case-insensitive).
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    /// Empty sets mean every severity or status.
    void setSeverities(const QSet<review::Severity> &severities);
    void setStatuses(const QSet<review::FindingStatus> &statuses);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<review::Severity> m_severities;
    QSet<review::FindingStatus> m_statuses;
    QString m_text;
};

} // namespace clearroom::ui
