// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packageintake.h"
#include "rowsmodel.h"

namespace clearroom::ui {

/// The packages of one import, a row each: file, signer, package id, verdict (accepted,
/// refused, already imported, superseded; a broken chain flagged) and its reason. Rows
/// that contribute nothing say so and are shown greyed.
class ImportRowsModel : public RowsModel<package::IntakeRow>
{
    Q_OBJECT

public:
    enum Column { File, Signer, PackageId, Verdict, Reason, ColumnCount };

    explicit ImportRowsModel(QObject *parent = nullptr);
    using RowsModel::setRows;
    /// The verdict as the import dialog words it.
    static QString verdictText(const package::IntakeRow &row);
    /// Whether the row is accepted but flagged (a broken previous-package chain).
    static bool isFlagged(const package::IntakeRow &row);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace clearroom::ui
