// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"
#include "rowsmodel.h"

namespace clearroom::ui {

/// The packages a lead workspace holds or was offered that do not take part in the
/// consolidation, a row each: the file, why (superseded by a newer package of the same
/// auditor and review, refused at import, or no longer verifying against the trust
/// configuration given now) and the file's SHA-256.
class LeftOutModel : public RowsModel<package::LeftOutPackage>
{
    Q_OBJECT

public:
    enum Column { File, Reason, Sha256, ColumnCount };

    explicit LeftOutModel(QObject *parent = nullptr);
    using RowsModel::setRows;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace clearroom::ui
