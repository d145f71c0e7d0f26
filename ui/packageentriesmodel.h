// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace clearroom::package {
class PackageBuilder;
}

namespace clearroom::ui {

/// The entries of a package and their sizes, as the export preview lists them.
class PackageEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Size, ColumnCount };

    struct Entry
    {
        QString name;
        qint64 size = -1; ///< -1: not known before signing (the signature)
    };

    explicit PackageEntriesModel(QObject *parent = nullptr);
    /// Every entry the builder made, the manifest and the signature to come.
    void setBuilder(const package::PackageBuilder &builder);
    void setEntries(const QVector<Entry> &entries);
    const QVector<Entry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<Entry> m_entries;
};

} // namespace clearroom::ui
