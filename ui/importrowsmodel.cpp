// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "importrowsmodel.h"

#include <QBrush>
#include <QColor>
#include <QFileInfo>

namespace clearroom::ui {

using package::IntakeRow;

ImportRowsModel::ImportRowsModel(QObject *parent)
    : RowsModel({tr("File"), tr("Signer"), tr("Package"), tr("Verdict"), tr("Reason")}, parent)
{
}

bool ImportRowsModel::isFlagged(const IntakeRow &row)
{
    return row.verdict == IntakeRow::Verdict::Accepted && row.brokenChain;
}

QString ImportRowsModel::verdictText(const IntakeRow &row)
{
    switch (row.verdict) {
    case IntakeRow::Verdict::Accepted:
        return isFlagged(row) ? tr("accepted, flagged: broken chain") : tr("accepted");
    case IntakeRow::Verdict::Refused:
        return tr("refused: contributes nothing");
    case IntakeRow::Verdict::Duplicate:
        return tr("already imported: contributes nothing");
    case IntakeRow::Verdict::Superseded:
        return tr("superseded: contributes nothing");
    }
    return {};
}

QVariant ImportRowsModel::data(const QModelIndex &index, int role) const
{
    const IntakeRow *cell = rowAt(index);
    if (!cell)
        return {};
    const IntakeRow &row = *cell;
    const bool takesPart = row.verdict == IntakeRow::Verdict::Accepted;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case File:
            return QFileInfo(row.fileName).fileName();
        case Signer:
            return row.signer.isEmpty() ? tr("(unknown)") : row.signer;
        case PackageId:
            return row.packageId.isEmpty() ? tr("(not read)") : row.packageId;
        case Verdict:
            return verdictText(row);
        case Reason:
            return row.reason.isEmpty() ? tr("Verified against the trust configuration and read.")
                                        : row.reason;
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == File ? row.fileName : row.reason;
    case Qt::ForegroundRole:
        if (!takesPart)
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (index.column() == Verdict && isFlagged(row))
            return QBrush(QColor(0x8a, 0x4b, 0x00));
        break;
    case Qt::BackgroundRole:
        if (row.verdict == IntakeRow::Verdict::Refused)
            return QBrush(QColor(0xfd, 0xe7, 0xe9));
        if (isFlagged(row))
            return QBrush(QColor(0xff, 0xf3, 0xd6));
        break;
    default:
        break;
    }
    return {};
}

} // namespace clearroom::ui
