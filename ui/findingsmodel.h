// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "findingfilter.h"
#include "findingtextindex.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

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

    /// `textIndex`: built over `findings` where they were loaded; without one, the model
    /// builds it.
    void setFindings(QVector<review::Finding> findings,
                     std::shared_ptr<const review::FindingTextIndex> textIndex = {});
    const QVector<review::Finding> &findings() const { return m_findings; }
    const review::FindingTextIndex &textIndex() const { return *m_textIndex; }
    /// Counts the calls of setFindings(): what was computed over the findings is stale when
    /// it changed.
    quint64 generation() const { return m_generation; }
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
    std::shared_ptr<const review::FindingTextIndex> m_textIndex
        = std::make_shared<review::FindingTextIndex>();
    quint64 m_generation = 0;
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
    // Which rows of the model's findings (of its generation m_shownFor) the filter shows,
    // computed at once for all of them.
    mutable QBitArray m_shown;
    mutable quint64 m_shownFor = 0;
    mutable bool m_shownValid = false;
};

} // namespace clearroom::ui
