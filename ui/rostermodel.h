// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "rowsmodel.h"
#include "trustconfiguration.h"

namespace clearroom::ui {

/// The authority's roster of auditors and leads, one row each: name, role, certificate
/// fingerprint.
class RosterModel : public RowsModel<package::RosterMember>
{
    Q_OBJECT

public:
    enum Column { Name, Role, Fingerprint, ColumnCount };

    explicit RosterModel(QObject *parent = nullptr);
    void setRoster(const QVector<package::RosterMember> &roster) { setRows(roster); }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace clearroom::ui
