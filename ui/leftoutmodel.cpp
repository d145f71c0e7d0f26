// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leftoutmodel.h"

#include <QFileInfo>

namespace clearroom::ui {

LeftOutModel::LeftOutModel(QObject *parent)
    : RowsModel({tr("File"), tr("Why it does not take part"), tr("SHA-256")}, parent)
{
}

QVariant LeftOutModel::data(const QModelIndex &index, int role) const
{
    const package::LeftOutPackage *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File:
            return QFileInfo(row->fileName).fileName();
        case Reason:
            return row->reason;
        case Sha256:
            return row->sha256.isEmpty() ? tr("(not read)") : QString::fromLatin1(row->sha256);
        }
        break;
    case Qt::ToolTipRole:
        // The reason is long as a rule (it names both digests of a policy, say).
        return index.column() == File ? row->fileName : row->reason;
    default:
        break;
    }
    return {};
}

} // namespace clearroom::ui
