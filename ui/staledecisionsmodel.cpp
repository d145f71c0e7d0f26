// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "staledecisionsmodel.h"

#include "leaddecisionsmodel.h"
#include "leadsession.h"

namespace clearroom::ui {

StaleDecisionsModel::StaleDecisionsModel(LeadSession *session, QObject *parent)
    : RowsModel(
        {tr("Decision"), tr("Your result"), tr("It was about"), tr("Why it no longer applies")},
        parent)
    , m_session(session)
{
    connect(session, &LeadSession::changed, this, &StaleDecisionsModel::reload);
    reload();
}

void StaleDecisionsModel::reload()
{
    setRows(m_session->state().stale);
}

QVariant StaleDecisionsModel::data(const QModelIndex &index, int role) const
{
    const package::StaleDecision *stale = rowAt(index);
    if (!stale)
        return {};
    const package::ConsolidationDecision &decision = stale->decision;
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
        return stale->reason;
    }
    return {};
}

} // namespace clearroom::ui
