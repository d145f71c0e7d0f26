// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagefindingsmodel.h"

#include "finding.h"
#include "pathquote.h"

#include <QJsonObject>

namespace clearroom::ui {

PackageFindingsModel::PackageFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackageFindingsModel::setFindings(const QJsonArray &findings)
{
    beginResetModel();
    m_findings = findings;
    endResetModel();
}

QJsonObject PackageFindingsModel::finding(int row) const
{
    return row >= 0 && row < m_findings.size() ? m_findings.at(row).toObject() : QJsonObject();
}

int PackageFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int PackageFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PackageFindingsModel::shown(const QJsonValue &value)
{
    return git::displayBytes(value.toString().toUtf8());
}

QString PackageFindingsModel::locationText(const QJsonObject &finding)
{
    const QJsonObject location
        = finding.value(QStringLiteral("locations")).toArray().first().toObject();
    const QJsonValue path = location.value(QStringLiteral("path"));
    // A path that is not UTF-8 comes as {"base64": ...}.
    const QByteArray bytes = path.isObject()
        ? QByteArray::fromBase64(
            path.toObject().value(QStringLiteral("base64")).toString().toLatin1())
        : path.toString().toUtf8();
    const int first = location.value(QStringLiteral("start_line")).toInt();
    const int last = location.value(QStringLiteral("end_line")).toInt();
    QString text = git::displayBytes(bytes);
    if (first > 0)
        text += first == last || last <= 0 ? QStringLiteral(":%1").arg(first)
                                           : QStringLiteral(":%1-%2").arg(first).arg(last);
    return text;
}

QVariant PackageFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QJsonObject object = finding(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Severity: {
        const auto severity = review::FindingNames::severityFromKey(
            object.value(QStringLiteral("severity")).toString());
        return severity ? review::FindingNames::severityText(*severity)
                        : shown(object.value(QStringLiteral("severity")));
    }
    case Title:
        return shown(object.value(QStringLiteral("title")));
    case Status: {
        const auto status = review::FindingNames::statusFromKey(
            object.value(QStringLiteral("status")).toString());
        return status ? review::FindingNames::statusText(*status)
                      : shown(object.value(QStringLiteral("status")));
    }
    case Location:
        return locationText(object);
    }
    return {};
}

QVariant PackageFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity:
        return tr("Severity");
    case Title:
        return tr("Title");
    case Status:
        return tr("Status");
    case Location:
        return tr("Location");
    }
    return {};
}

} // namespace clearroom::ui
