// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "sidebysidemodel.h"

#include "exportpreview.h"
#include "leadsession.h"
#include "pathquote.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace clearroom::ui {

using review::FindingNames;

SideBySideModel::SideBySideModel(LeadSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    connect(session, &LeadSession::changed, this, [this] {
        // The candidates are indexes of the intake on display: a new import starts over.
        beginResetModel();
        const int total = int(m_session->intake().candidates.size());
        m_candidates.erase(std::remove_if(m_candidates.begin(), m_candidates.end(),
                                          [total](int candidate) { return candidate >= total; }),
                           m_candidates.end());
        endResetModel();
    });
}

void SideBySideModel::setCandidates(const QVector<int> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    endResetModel();
}

QString SideBySideModel::locationText(const review::Finding &finding, QChar separator)
{
    QString text = finding.repository;
    for (const review::FindingLocation &location : finding.locations)
        text += separator
            + package::ExportPreview::locationText(location.path, location.startLine,
                                                   location.endLine);
    return text;
}

QString SideBySideModel::text(int candidate, Field field) const
{
    const LeadSession::Intake &intake = m_session->intake();
    const package::SourceFinding &source = intake.finding(candidate);
    const review::Finding &finding = source.finding;
    switch (field) {
    case Auditor:
        return intake.sourceOf(candidate).package.signerName();
    case Title:
        return finding.title;
    case Severity:
        return FindingNames::severityText(finding.severity);
    case Status:
        return FindingNames::statusText(finding.status);
    case Cwe:
        return finding.cwe > 0 ? QStringLiteral("CWE-%1").arg(finding.cwe) : tr("none");
    case Location:
        return locationText(finding, QLatin1Char('\n'));
    case Description:
        return finding.description;
    case Recommendation:
        return finding.recommendation;
    case Excerpt: {
        if (source.excerpts.isEmpty())
            return tr("(no code left the auditor's room under its egress policy)");
        QStringList lines;
        for (const package::Excerpt &excerpt : source.excerpts) {
            for (int i = 0; i < excerpt.lines.size(); ++i)
                lines.append(QStringLiteral("%1  %2")
                                 .arg(excerpt.firstLine + i, 5)
                                 .arg(git::displayBytes(excerpt.lines.at(i))));
            lines.append(QString());
        }
        lines.removeLast();
        return lines.join(QLatin1Char('\n'));
    }
    case FieldCount:
        break;
    }
    return {};
}

bool SideBySideModel::differs(Field field) const
{
    for (int candidate : m_candidates) {
        if (text(candidate, field) != text(m_candidates.constFirst(), field))
            return true;
    }
    return false;
}

int SideBySideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_candidates.isEmpty() ? 0 : FieldCount;
}

int SideBySideModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

QVariant SideBySideModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Field field = Field(index.row());
    const int candidate = m_candidates.at(index.column());
    const bool flagged = (field == Severity || field == Status) && differs(field);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return flagged ? QStringLiteral("⚠ ") + text(candidate, field) : text(candidate, field);
    case Qt::BackgroundRole:
        if (flagged)
            return QBrush(QColor(0xff, 0xf0, 0xc8));
        break;
    case Qt::ForegroundRole:
        if (flagged)
            return QBrush(QColor(0xa3, 0x3b, 0x00));
        break;
    case Qt::FontRole:
        if (field == Excerpt)
            return QFont(QStringLiteral("monospace"));
        break;
    case Qt::TextAlignmentRole:
        // Side by side, read from the top: a short text beside a long one starts level
        // with it rather than in the middle of the row.
        return int(Qt::AlignLeft | Qt::AlignTop);
    case CandidateRole:
        return candidate;
    default:
        break;
    }
    return {};
}

QVariant SideBySideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // A field's name at the top of its row, where its text starts (a long description's
    // row is taller than the view; its name in the middle was out of sight).
    if (role == Qt::TextAlignmentRole && orientation == Qt::Vertical)
        return int(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_candidates.size())
            return {};
        return tr("%1's finding").arg(text(m_candidates.at(section), Auditor));
    }
    switch (Field(section)) {
    case Auditor:
        return tr("Auditor");
    case Title:
        return tr("Title");
    case Severity:
        return differs(Severity) ? tr("Severity: auditors disagree") : tr("Severity");
    case Status:
        return differs(Status) ? tr("Status: auditors disagree") : tr("Status");
    case Cwe:
        return tr("CWE");
    case Location:
        return tr("Location");
    case Description:
        return tr("Description");
    case Recommendation:
        return tr("Recommendation");
    case Excerpt:
        return tr("Excerpt");
    case FieldCount:
        break;
    }
    return {};
}

} // namespace clearroom::ui
