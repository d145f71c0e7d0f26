// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "treegrep.h"

#include <QAbstractItemModel>

namespace clearroom::ui {

/// Search results grouped by file: a file per top-level row, its matching lines below.
/// Filled as results stream in.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1, ///< QByteArray
        LineRole, ///< qint64, 1-based; 0 on a file row
    };

    using QAbstractItemModel::QAbstractItemModel;

    void clear();
    void append(const git::GrepFileMatches &file);
    qint64 lineCount() const { return m_lines; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<git::GrepFileMatches> m_files;
    qint64 m_lines = 0;
};

} // namespace clearroom::ui
