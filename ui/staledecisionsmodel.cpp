// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "staledecisionsmodel.h"

#include "leaddecisionsmodel.h"
#include "leadsession.h"

namespace clearroom::ui {

StaleDecisionsModel::StaleDecisionsModel(LeadSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &LeadSession::changed, this, &StaleDecisionsModel::reload);
    reload();
}

void StaleDecisionsModel::reload()
{
    beginResetModel();
    m_stale = m_session->state().stale;
    endResetModel();
}

int StaleDecisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stale.size());
}

int StaleDecisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaleDecisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const package::StaleDecision &stale = m_stale.at(index.row());
    const package::ConsolidationDecision &decision = stale.decision;
    if (role == ResultIdRole)
        return decision.result.finding.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Kind:
        return LeadDecisionsModel::kindText(decision.decision);
    case Title:
        return decision.result.finding.title;
    case About: {
        QStringList about;
        for (const package::SourceFindingRef &ref : decision.sources)
            about.append(tr("%1's finding %2 in package %3")
                             .arg(ref.auditor, ref.findingId.left(8), ref.packageId));
        return about.join(QLatin1Char('\n'));
    }
    case Why:
        return stale.reason;
    }
    return {};
}

QVariant StaleDecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Decision");
    case Title:
        return tr("Your result");
    case About:
        return tr("It was about");
    case Why:
        return tr("Why it no longer applies");
    }
    return {};
}

} // namespace clearroom::ui
