// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "findingfilter.h"

#include <QAbstractTableModel>
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

/// Which findings the panel shows: review::FindingFilter (severity, status, path,
/// author, text) applied to the rows of a FindingsModel.
class FindingsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FindingsFilterModel(QObject *parent = nullptr);

    void setFilter(review::FindingFilter filter);
    const review::FindingFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    review::FindingFilter m_filter;
};

} // namespace clearroom::ui
