// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "trustconfiguration.h"

#include <QAbstractTableModel>

namespace clearroom::ui {

/// The authority's roster of auditors and leads, one row each: name, role, certificate
/// fingerprint.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Role, Fingerprint, ColumnCount };

    explicit RosterModel(QObject *parent = nullptr);
    void setRoster(const QVector<package::RosterMember> &roster);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<package::RosterMember> m_roster;
};

} // namespace clearroom::ui
