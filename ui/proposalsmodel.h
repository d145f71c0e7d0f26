// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "leadsession.h"
#include "tablemodel.h"

#include <QHash>

#include <memory>

namespace clearroom::ui {

/// The consolidation at a glance: each proposed duplicate group (its findings' auditors,
/// its reasons, its state: proposed, merged, split or rejected) and each finding no group
/// covers, with what stands for it: the lead's decision, or what Clearroom's rule will do
/// at export ("automatic at export").
class ProposalsModel : public TableModel
{
    Q_OBJECT

public:
    enum Column { Item, Title, Auditors, Severity, State, Decision, Reasons, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1, ///< true for a proposal, false for a finding
        IndexRole, ///< the proposal's index, or the finding's candidate index
    };

    explicit ProposalsModel(LeadSession *session, QObject *parent = nullptr);

    /// What stands for a candidate: the lead's decision or the automatic one, in words.
    QString decisionText(int candidate) const;
    /// The row of a proposal or of an ungrouped finding, or -1.
    int rowOf(bool group, int index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void readPreview();
    void adoptPreview();
    QVariant groupData(int proposal, int column, int role) const;
    QVariant findingData(int candidate, int column, int role) const;

    LeadSession *m_session;
    std::weak_ptr<const LeadSession::Intake> m_shown; ///< the intake the rows are of
    QVector<int> m_ungrouped; ///< candidates no proposal covers
    /// Per candidate the lead has not decided: how many findings the automatic decision
    /// at export merges it with (0: kept).
    QHash<int, int> m_automatic;
    bool m_previewed = false; ///< m_automatic holds the preview of the state as it stands
};

} // namespace clearroom::ui
