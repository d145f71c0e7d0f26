// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leaddecisionsmodel.h"

#include "leadsession.h"

#include <QBrush>
#include <QColor>

namespace clearroom::ui {

using package::Decision;
using review::FindingNames;

LeadDecisionsModel::LeadDecisionsModel(LeadSession *session, QObject *parent)
    : RowsModel({tr("Decision"), tr("By"), tr("Consolidated finding"), tr("Severity"), tr("Status"),
                 tr("Stands for (auditor: source finding)"), tr("Rationale")},
                parent)
    , m_session(session)
{
    // The rows of the last preview stay until the next one is there (the page shows that
    // it is being worked out).
    connect(session, &LeadSession::previewReady, this, &LeadDecisionsModel::reload);
    reload();
}

void LeadDecisionsModel::reload()
{
    if (const package::Consolidation *preview = m_session->preview())
        setRows(preview->decisions);
}

QString LeadDecisionsModel::kindText(Decision decision)
{
    switch (decision) {
    case Decision::Merge:
        return tr("merge");
    case Decision::Keep:
        return tr("keep");
    case Decision::Reject:
        return tr("reject");
    }
    return {};
}

QString LeadDecisionsModel::standsFor(const package::ConsolidationDecision &decision) const
{
    const LeadSession::Intake &intake = m_session->intake();
    QStringList parts;
    for (const package::SourceFindingRef &ref : decision.sources) {
        const int candidate = intake.candidateOf(ref);
        const QString title
            = candidate >= 0 ? intake.finding(candidate).finding.title : ref.findingId;
        parts.append(tr("%1: \"%2\" (%3)").arg(ref.auditor, title, ref.findingId.left(8)));
    }
    return parts.join(QLatin1Char('\n'));
}

QVariant LeadDecisionsModel::data(const QModelIndex &index, int role) const
{
    const package::ConsolidationDecision *row = rowAt(index);
    if (!row)
        return {};
    const package::ConsolidationDecision &decision = *row;
    const review::Finding &result = decision.result.finding;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kind:
            return kindText(decision.decision);
        case By:
            return decision.automatic ? tr("automatic at export") : tr("you");
        case Title:
            return result.title;
        case Severity:
            return FindingNames::severityText(result.severity);
        case Status:
            return FindingNames::statusText(result.status);
        case StandsFor:
            return standsFor(decision);
        case Rationale:
            return decision.rationale;
        }
        break;
    case Qt::ForegroundRole:
        if (decision.decision == Decision::Reject)
            return QBrush(QColor(0x70, 0x70, 0x70));
        break;
    case ResultIdRole:
        return result.id;
    case IsLeadsRole:
        return !decision.automatic;
    default:
        break;
    }
    return {};
}

} // namespace clearroom::ui
