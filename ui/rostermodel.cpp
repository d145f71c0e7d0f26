// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "rostermodel.h"

#include "pathquote.h"

#include <QFontDatabase>

namespace clearroom::ui {

RosterModel::RosterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RosterModel::setRoster(const QVector<package::RosterMember> &roster)
{
    beginResetModel();
    m_roster = roster;
    endResetModel();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roster.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const package::RosterMember &member = m_roster.at(index.row());
    if (role == Qt::FontRole && index.column() == Fingerprint)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return git::displayBytes(member.name.toUtf8());
    case Role:
        return crypto::roleText(member.role);
    case Fingerprint:
        return QString::fromLatin1(member.fingerprint);
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Fingerprint:
        return tr("Certificate SHA-256");
    }
    return {};
}

} // namespace clearroom::ui
