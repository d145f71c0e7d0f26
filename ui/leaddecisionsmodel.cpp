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
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // The rows of the last preview stay until the next one is there (the page shows that
    // it is being worked out).
    connect(session, &LeadSession::previewReady, this, &LeadDecisionsModel::reload);
    reload();
}

void LeadDecisionsModel::reload()
{
    beginResetModel();
    if (const package::Consolidation *preview = m_session->preview())
        m_decisions = preview->decisions;
    endResetModel();
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

int LeadDecisionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int LeadDecisionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadDecisionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const package::ConsolidationDecision &decision = m_decisions.at(index.row());
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

QVariant LeadDecisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Decision");
    case By:
        return tr("By");
    case Title:
        return tr("Consolidated finding");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case StandsFor:
        return tr("Stands for (auditor: source finding)");
    case Rationale:
        return tr("Rationale");
    }
    return {};
}

} // namespace clearroom::ui
