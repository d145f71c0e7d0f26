// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"
#include "rowsmodel.h"

namespace clearroom::ui {

class LeadSession;

/// The consolidated findings as the package would hold them (the session's last preview,
/// kept until the next is worked out), a row per decision:
/// merge, keep or reject, by the lead or automatic at export, the result, the source
/// findings and auditors it stands for, and the rationale. Every source finding is in
/// exactly one row.
class LeadDecisionsModel : public RowsModel<package::ConsolidationDecision>
{
    Q_OBJECT

public:
    enum Column { Kind, By, Title, Severity, Status, StandsFor, Rationale, ColumnCount };
    enum Role {
        ResultIdRole = Qt::UserRole + 1,
        IsLeadsRole, ///< true for the lead's own decision (it can be withdrawn)
    };

    explicit LeadDecisionsModel(LeadSession *session, QObject *parent = nullptr);
    const QVector<package::ConsolidationDecision> &decisions() const { return rows(); }
    static QString kindText(package::Decision decision);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();
    QString standsFor(const package::ConsolidationDecision &decision) const;

    LeadSession *m_session;
};

} // namespace clearroom::ui
