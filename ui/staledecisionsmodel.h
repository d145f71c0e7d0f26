// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "leadworkspace.h"
#include "rowsmodel.h"

namespace clearroom::ui {

class LeadSession;

/// The lead's decisions that no longer apply (LeadSession::State::stale), a row each:
/// the decision, its result, the packages and findings it was about, and why it no longer
/// applies (its package superseded, no longer verifying, ...). The lead withdraws them.
class StaleDecisionsModel : public RowsModel<package::StaleDecision>
{
    Q_OBJECT

public:
    enum Column { Kind, Title, About, Why, ColumnCount };
    enum Role {
        ResultIdRole = Qt::UserRole + 1,
    };

    explicit StaleDecisionsModel(LeadSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    LeadSession *m_session;
};

} // namespace clearroom::ui
