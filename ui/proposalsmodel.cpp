// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "proposalsmodel.h"

#include "leadsession.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace clearroom::ui {

using package::Decision;
using review::FindingNames;

ProposalsModel::ProposalsModel(LeadSession *session, QObject *parent)
    : TableModel({tr("Item"), tr("Title"), tr("Auditors"), tr("Severity"), tr("State"),
                  tr("Decision"), tr("Why proposed")},
                 parent)
    , m_session(session)
{
    // A decision of the lead's changes the state and decision columns, not the rows: the
    // view keeps its selection and scroll position, and nothing is laid out again.
    connect(session, &LeadSession::changed, this, [this] {
        if (m_shown.lock() != m_session->state().intake) {
            reload();
            return;
        }
        readPreview();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, State), index(rowCount() - 1, Decision));
    });
    connect(session, &LeadSession::previewReady, this, &ProposalsModel::adoptPreview);
    reload();
}

void ProposalsModel::reload()
{
    m_shown = m_session->state().intake;
    beginResetModel();
    const LeadSession::Intake &intake = m_session->intake();
    QSet<int> grouped;
    for (const package::DuplicateGroup &group : intake.lead.proposals) {
        for (int member : group.members)
            grouped.insert(member);
    }
    m_ungrouped.clear();
    for (int i = 0; i < intake.candidates.size(); ++i) {
        if (!grouped.contains(i))
            m_ungrouped.append(i);
    }
    readPreview();
    endResetModel();
}

void ProposalsModel::readPreview()
{
    // What export would decide for the findings the lead left, once the worker says.
    m_automatic.clear();
    m_previewed = m_session->preview() != nullptr;
    if (!m_previewed)
        return;
    const LeadSession::Intake &intake = m_session->intake();
    for (const package::ConsolidationDecision &decision : m_session->preview()->decisions) {
        if (!decision.automatic)
            continue;
        for (const package::SourceFindingRef &ref : decision.sources) {
            const int candidate = intake.candidateOf(ref);
            if (candidate >= 0)
                m_automatic.insert(candidate, int(decision.sources.size()) - 1);
        }
    }
}

void ProposalsModel::adoptPreview()
{
    readPreview();
    // Only the decision column changes: the selection and the scroll position stay.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Decision), index(rowCount() - 1, Decision));
}

QString ProposalsModel::decisionText(int candidate) const
{
    if (const package::ConsolidationDecision *decision = m_session->decisionOf(candidate)) {
        switch (decision->decision) {
        case Decision::Merge:
            return tr("merged by you into \"%1\"").arg(decision->result.finding.title);
        case Decision::Keep:
            return tr("kept by you as its auditor recorded it");
        case Decision::Reject:
            return tr("rejected by you: %1").arg(decision->rationale);
        }
    }
    if (!m_previewed)
        return tr("automatic at export: being worked out…");
    const int others = m_automatic.value(candidate, 0);
    return others > 0 ? tr("automatic at export: merged with %Ln other finding(s)", nullptr, others)
                      : tr("automatic at export: kept");
}

int ProposalsModel::rowOf(bool group, int index) const
{
    if (group)
        return index < m_session->intake().lead.proposals.size() ? index : -1;
    const int at = int(m_ungrouped.indexOf(index));
    return at < 0 ? -1 : int(m_session->intake().lead.proposals.size()) + at;
}

int ProposalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0
                            : int(m_session->intake().lead.proposals.size() + m_ungrouped.size());
}

QVariant ProposalsModel::data(const QModelIndex &index, int role) const
{
    if (!isCell(index))
        return {};
    const int proposals = int(m_session->intake().lead.proposals.size());
    const bool group = index.row() < proposals;
    const int at = group ? index.row() : m_ungrouped.at(index.row() - proposals);
    if (role == IsGroupRole)
        return group;
    if (role == IndexRole)
        return at;
    return group ? groupData(at, index.column(), role) : findingData(at, index.column(), role);
}

QVariant ProposalsModel::groupData(int proposal, int column, int role) const
{
    const LeadSession::Intake &intake = m_session->intake();
    const package::DuplicateGroup &group = intake.lead.proposals.at(proposal);
    const bool disagree = group.severityDiffers || group.statusDiffers;
    if (role == Qt::ForegroundRole && column == Severity && disagree)
        return QBrush(QColor(0xa3, 0x3b, 0x00));
    if (role == Qt::BackgroundRole && column == Severity && disagree)
        return QBrush(QColor(0xff, 0xf0, 0xc8));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    QStringList titles, auditors, severities;
    for (int member : group.members) {
        const review::Finding &finding = intake.finding(member).finding;
        if (!titles.contains(finding.title))
            titles.append(finding.title);
        const QString auditor = intake.sourceOf(member).package.signerName();
        if (!auditors.contains(auditor))
            auditors.append(auditor);
        const QString severity = FindingNames::severityText(finding.severity);
        if (!severities.contains(severity))
            severities.append(severity);
    }
    switch (column) {
    case Item:
        return tr("Group of %Ln finding(s)", nullptr, int(group.members.size()));
    case Title:
        return titles.join(QStringLiteral(" / "));
    case Auditors:
        return auditors.join(QStringLiteral(", "));
    case Severity: {
        QStringList flags;
        if (group.severityDiffers)
            flags.append(tr("severity differs"));
        if (group.statusDiffers)
            flags.append(tr("status differs"));
        const QString shown = severities.join(QStringLiteral(" / "));
        return flags.isEmpty()
            ? shown
            : QStringLiteral("⚠ %1 (%2)").arg(shown, flags.join(QStringLiteral(", ")));
    }
    case State:
        return LeadSession::groupStateText(m_session->groupState(proposal));
    case Decision: {
        QStringList texts;
        for (int member : group.members) {
            const QString text = decisionText(member);
            if (!texts.contains(text))
                texts.append(text);
        }
        return texts.join(QStringLiteral("; "));
    }
    case Reasons:
        return group.reasons(intake.candidates).join(QLatin1Char(' '));
    }
    return {};
}

QVariant ProposalsModel::findingData(int candidate, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const LeadSession::Intake &intake = m_session->intake();
    const review::Finding &finding = intake.finding(candidate).finding;
    switch (column) {
    case Item:
        return tr("Finding");
    case Title:
        return finding.title;
    case Auditors:
        return intake.sourceOf(candidate).package.signerName();
    case Severity:
        return FindingNames::severityText(finding.severity);
    case State:
        return tr("not grouped");
    case Decision:
        return decisionText(candidate);
    case Reasons:
        return tr("No other auditor reported a matching finding.");
    }
    return {};
}

} // namespace clearroom::ui
