// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageentriesmodel.h"

#include "packagebuilder.h"

#include <QLocale>

namespace clearroom::ui {

PackageEntriesModel::PackageEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackageEntriesModel::setBuilder(const package::PackageBuilder &builder)
{
    QVector<Entry> entries;
    for (const package::ManifestEntry &entry : builder.entries())
        entries.append({entry.path, entry.size});
    entries.append({package::Manifest::fileName(), builder.manifestBytes().size()});
    entries.append({package::Manifest::signatureFileName(), -1});
    setEntries(entries);
}

void PackageEntriesModel::setEntries(const QVector<Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int PackageEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int PackageEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageEntriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        if (index.column() == Name)
            return entry.name;
        return entry.size < 0 ? tr("made when signing (about 2 KB)")
                              : tr("%1 bytes").arg(QLocale().toString(entry.size));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return entry.size;
    return {};
}

QVariant PackageEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Entry") : tr("Size");
}

} // namespace clearroom::ui
