// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QAbstractTableModel>

namespace clearroom::review {
struct Finding;
}

namespace clearroom::ui {

class LeadSession;

/// The findings of a proposed group side by side, a column each (the auditor's, read
/// only) and a row per field: auditor, title, severity, status, CWE, location,
/// description, recommendation and excerpt. Where the auditors
/// disagree on severity or status, the row says so in its header and is coloured.
class SideBySideModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field {
        Auditor,
        Title,
        Severity,
        Status,
        Cwe,
        Location,
        Description,
        Recommendation,
        Excerpt,
        FieldCount
    };
    enum Role { CandidateRole = Qt::UserRole + 1 };

    explicit SideBySideModel(LeadSession *session, QObject *parent = nullptr);

    /// Shows these candidates (one group's members, or one finding).
    void setCandidates(const QVector<int> &candidates);
    const QVector<int> &candidates() const { return m_candidates; }
    /// Whether the findings shown disagree in a field.
    bool differs(Field field) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Where a finding is: its repository, then each location as path:lines, each after
    /// `separator`.
    static QString locationText(const review::Finding &finding, QChar separator);

private:
    QString text(int candidate, Field field) const;

    LeadSession *m_session;
    QVector<int> m_candidates;
};

} // namespace clearroom::ui
