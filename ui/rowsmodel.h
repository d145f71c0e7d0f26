// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "tablemodel.h"

#include <QVector>

namespace clearroom::ui {

/// A flat table that shows a list of values, one row each; a model replaces them all at
/// once (a view keeps nothing of the old rows).
template<typename Row>
class RowsModel : public TableModel
{
public:
    const QVector<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    using TableModel::TableModel;

    void setRows(const QVector<Row> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }

    /// The row of a cell of this table, or nullptr for an index that is none.
    const Row *rowAt(const QModelIndex &index) const
    {
        return isCell(index) ? &m_rows.at(index.row()) : nullptr;
    }

private:
    QVector<Row> m_rows;
};

} // namespace clearroom::ui
