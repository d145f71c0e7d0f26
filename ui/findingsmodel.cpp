// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingsmodel.h"

#include "pathquote.h"

#include <QColor>

namespace clearroom::ui {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(QVector<review::Finding> findings,
                                std::shared_ptr<const review::FindingTextIndex> textIndex)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_textIndex = textIndex && textIndex->size() == m_findings.size()
        ? std::move(textIndex)
        : std::make_shared<review::FindingTextIndex>(m_findings);
    ++m_generation;
    endResetModel();
}

const review::Finding *FindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? &m_findings.at(row) : nullptr;
}

int FindingsModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_findings.size(); ++row) {
        if (m_findings.at(row).id == id)
            return row;
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor FindingsModel::severityColor(review::Severity severity)
{
    switch (severity) {
    case review::Severity::Info:
        return QColor(0x5b, 0x8d, 0xd9);
    case review::Severity::Low:
        return QColor(0x3f, 0xa3, 0x4d);
    case review::Severity::Medium:
        return QColor(0xe0, 0xa1, 0x00);
    case review::Severity::High:
        return QColor(0xe0, 0x5a, 0x1b);
    case review::Severity::Critical:
        return QColor(0xc0, 0x10, 0x30);
    }
    return {};
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    const review::Finding *f = index.isValid() ? finding(index.row()) : nullptr;
    if (!f)
        return {};
    const review::FindingLocation &primary = f->primary();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return review::FindingNames::severityText(f->severity);
        case StatusColumn:
            return review::FindingNames::statusText(f->status);
        case TitleColumn:
            return git::displayBytes(f->title.toUtf8());
        case LocationColumn:
            return tr("%1:%2-%3")
                .arg(git::displayBytes(primary.path))
                .arg(primary.startLine)
                .arg(primary.endLine);
        case CweColumn:
            return f->cwe > 0 ? QStringLiteral("CWE-%1").arg(f->cwe) : QString();
        case AuthorColumn:
            return git::displayBytes(f->author.toUtf8());
        case UpdatedColumn:
            return f->updated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case AnchorColumn:
            return review::FindingNames::anchorText(f->anchorState);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return severityColor(f->severity);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == AnchorColumn && f->anchorState != review::AnchorState::Original)
            return tr("Carried to commit %1 from the commit it was recorded on.")
                .arg(QString::fromLatin1(f->commit.left(12)));
        return git::displayBytes(f->title.toUtf8());
    case SortRole:
        switch (index.column()) {
        case SeverityColumn:
            return int(f->severity);
        case StatusColumn:
            return int(f->status);
        case CweColumn:
            return f->cwe;
        case UpdatedColumn:
            return f->updated;
        case AnchorColumn:
            return int(f->anchorState);
        case LocationColumn:
            return QString(
                QString::fromUtf8(primary.path) + QLatin1Char(':')
                + QString::number(primary.startLine).rightJustified(9, QLatin1Char('0')));
        }
        return data(index, Qt::DisplayRole);
    case IdRole:
        return f->id;
    case PathRole:
        return primary.path;
    case LineRole:
        return primary.startLine;
    case CommitRole:
        return f->commit;
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Title");
    case LocationColumn:
        return tr("Location");
    case CweColumn:
        return tr("CWE");
    case AuthorColumn:
        return tr("Author");
    case UpdatedColumn:
        return tr("Updated");
    case AnchorColumn:
        return tr("Anchor");
    }
    return {};
}

FindingsFilterModel::FindingsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(FindingsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FindingsFilterModel::setFilter(review::FindingFilter filter)
{
    m_filter = std::move(filter);
    m_shownValid = false;
    invalidateFilter();
}

bool FindingsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent)
    const auto *model = static_cast<const FindingsModel *>(sourceModel());
    if (!model)
        return false;
    if (!m_shownValid || m_shownFor != model->generation()) {
        m_shown = m_filter.matching(model->findings(), model->textIndex());
        m_shownFor = model->generation();
        m_shownValid = true;
    }
    return sourceRow >= 0 && sourceRow < m_shown.size() && m_shown.testBit(sourceRow);
}

} // namespace clearroom::ui
