// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"

#include <QAbstractTableModel>

namespace clearroom::ui {

class LeadSession;

/// The consolidated findings as the package would hold them (the session's last preview,
/// kept until the next is worked out), a row per decision:
/// merge, keep or reject, by the lead or automatic at export, the result, the source
/// findings and auditors it stands for, and the rationale. Every source finding is in
/// exactly one row.
class LeadDecisionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Kind, By, Title, Severity, Status, StandsFor, Rationale, ColumnCount };
    enum Role {
        ResultIdRole = Qt::UserRole + 1,
        IsLeadsRole, ///< true for the lead's own decision (it can be withdrawn)
    };

    explicit LeadDecisionsModel(LeadSession *session, QObject *parent = nullptr);
    const QVector<package::ConsolidationDecision> &decisions() const { return m_decisions; }
    static QString kindText(package::Decision decision);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString standsFor(const package::ConsolidationDecision &decision) const;

    LeadSession *m_session;
    QVector<package::ConsolidationDecision> m_decisions;
};

} // namespace clearroom::ui
