// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>

namespace clearroom::ui {

/// The findings of an opened package (its findings.json), one row each. Everything in
/// it comes from the package, so text is shown with visible escapes and never as markup.
class PackageFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Title, Status, Location, ColumnCount };

    explicit PackageFindingsModel(QObject *parent = nullptr);
    void setFindings(const QJsonArray &findings);
    /// The finding's JSON object (empty for a row that is not an object).
    QJsonObject finding(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "src/a.c:5-7" from a finding's first location.
    static QString locationText(const QJsonObject &finding);
    /// A value from the package, shown as plain text with invisible characters escaped.
    static QString shown(const QJsonValue &value);

private:
    QJsonArray m_findings;
};

} // namespace clearroom::ui
