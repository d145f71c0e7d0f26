// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "rostermodel.h"

#include "pathquote.h"

#include <QFontDatabase>

namespace clearroom::ui {

RosterModel::RosterModel(QObject *parent)
    : RowsModel({tr("Name"), tr("Role"), tr("Certificate SHA-256")}, parent)
{
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    const package::RosterMember *member = rowAt(index);
    if (!member)
        return {};
    if (role == Qt::FontRole && index.column() == Fingerprint)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return git::displayBytes(member->name.toUtf8());
    case Role:
        return crypto::roleText(member->role);
    case Fingerprint:
        return QString::fromLatin1(member->fingerprint);
    }
    return {};
}

} // namespace clearroom::ui
