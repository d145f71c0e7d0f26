// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "leadsession.h"

#include <QAbstractTableModel>

#include <memory>

namespace clearroom::ui {

/// The auditors' coverage combined, a row per file of each repository and commit: its
/// lines, which auditor reviewed which lines, and the files nobody reviewed (flagged).
/// It shows what the consolidated package's coverage.json says.
class CombinedCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Repository, File, Lines, ReviewedBy, ColumnCount };
    enum Role { UnreviewedRole = Qt::UserRole + 1 };

    explicit CombinedCoverageModel(LeadSession *session, QObject *parent = nullptr);
    int unreviewedFiles() const { return m_unreviewed; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString repository;
        QString path;
        qint64 lines = 0;
        QString reviewedBy; ///< "" when nobody reviewed the file
    };
    void reload();

    LeadSession *m_session;
    std::weak_ptr<const LeadSession::Intake> m_shown; ///< the intake the rows are of
    QVector<Row> m_rows;
    int m_unreviewed = 0;
};

} // namespace clearroom::ui
