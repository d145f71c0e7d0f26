// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "combinedcoveragemodel.h"

#include "auditstate.h"
#include "consolidatedpackage.h"
#include "leadsession.h"
#include "pathquote.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clearroom::ui {

CombinedCoverageModel::CombinedCoverageModel(LeadSession *session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // Coverage is the sources': a decision of the lead's leaves it as it is.
    connect(session, &LeadSession::changed, this, [this] {
        if (m_shown.lock() != m_session->state().intake)
            reload();
    });
    reload();
}

void CombinedCoverageModel::reload()
{
    m_shown = m_session->state().intake;
    beginResetModel();
    m_rows.clear();
    m_unreviewed = 0;
    package::Consolidation sources;
    sources.sources = m_session->intake().lead.sources;
    // The same per-file view the consolidated package carries as coverage.json.
    const QJsonObject coverage
        = QJsonDocument::fromJson(package::ConsolidatedPackageBuilder::coverageJson({}, sources))
              .object();
    for (const QJsonValue &repositoryValue :
         coverage.value(QStringLiteral("repositories")).toArray()) {
        const QJsonObject repository = repositoryValue.toObject();
        const QString name
            = tr("%1 at %2")
                  .arg(repository.value(QStringLiteral("name")).toString(),
                       repository.value(QStringLiteral("commit")).toString().left(10));
        for (const QJsonValue &fileValue : repository.value(QStringLiteral("files")).toArray()) {
            const QJsonObject file = fileValue.toObject();
            QStringList reviewers;
            for (const QJsonValue &reviewerValue :
                 file.value(QStringLiteral("reviewed_by")).toArray()) {
                const QJsonObject reviewer = reviewerValue.toObject();
                QStringList ranges;
                for (const QJsonValue &rangeValue :
                     reviewer.value(QStringLiteral("ranges")).toArray()) {
                    const QJsonObject range = rangeValue.toObject();
                    const int start = range.value(QStringLiteral("start_line")).toInt();
                    const int end = range.value(QStringLiteral("end_line")).toInt();
                    ranges.append(start == end ? QString::number(start)
                                               : QStringLiteral("%1–%2").arg(start).arg(end));
                }
                reviewers.append(tr("%1: lines %2")
                                     .arg(reviewer.value(QStringLiteral("auditor")).toString(),
                                          ranges.join(QStringLiteral(", "))));
            }
            m_unreviewed += reviewers.isEmpty() ? 1 : 0;
            m_rows.append({name,
                           git::displayBytes(review::auditstate::pathFromValue(
                               file.value(QStringLiteral("path")))),
                           qint64(file.value(QStringLiteral("lines")).toDouble()),
                           reviewers.join(QStringLiteral("; "))});
        }
    }
    endResetModel();
}

int CombinedCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CombinedCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CombinedCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool nobody = row.reviewedBy.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Repository:
            return row.repository;
        case File:
            return row.path;
        case Lines:
            return row.lines;
        case ReviewedBy:
            return nobody ? tr("⚠ nobody reviewed this file") : row.reviewedBy;
        }
        break;
    case Qt::BackgroundRole:
        if (nobody)
            return QBrush(QColor(0xfd, 0xe7, 0xe9));
        break;
    case UnreviewedRole:
        return nobody;
    default:
        break;
    }
    return {};
}

QVariant CombinedCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Repository:
        return tr("Repository");
    case File:
        return tr("File");
    case Lines:
        return tr("Lines");
    case ReviewedBy:
        return tr("Reviewed by");
    }
    return {};
}

} // namespace clearroom::ui
