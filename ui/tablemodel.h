// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace clearroom::ui {

/// A flat table: rows without children, and a column for each title of the horizontal
/// header. A model says what its columns are called and what its cells hold.
class TableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    /// The titles are translated by the model, in the order of its columns.
    explicit TableModel(const QStringList &columnTitles, QObject *parent = nullptr);

    /// Whether the index is a cell of this table (what data() may read).
    bool isCell(const QModelIndex &index) const;

private:
    QStringList m_columnTitles;
};

} // namespace clearroom::ui
