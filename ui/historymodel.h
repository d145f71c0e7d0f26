// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "objectid.h"

#include <QAbstractTableModel>
#include <QVector>

namespace clearroom::ui {

/// One line of a commit list: what is shown, not the whole commit (a history of 100,000
/// commits stays a few megabytes; the whole commit is read when one is selected).
struct HistoryRow
{
    git::ObjectId id;
    QString subject; ///< ready for display: hidden characters marked
    QString author;
    qint64 authorTime = 0; ///< seconds since the epoch
    int authorOffsetMinutes = 0; ///< the author's zone as recorded

    /// The row of a commit, its text decoded as git decodes it for its log.
    static HistoryRow fromCommit(const git::CommitInfo &commit);
};

/// The commits of a history walk, in the order the walk gives them (newest first);
/// rows arrive in batches while the walk goes on.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SubjectColumn, AuthorColumn, DateColumn, CommitColumn, ColumnCount };
    enum Role { CommitIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const QVector<HistoryRow> &rows);
    const HistoryRow &row(int index) const { return m_rows.at(index); }
    /// The row of a commit, or -1.
    int rowOf(const git::ObjectId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVector<HistoryRow> m_rows;
};

/// A person line and date for display: "Name <email>, 2026-11-28 03:05:00 +0100".
QString displaySignature(const git::Signature &signature);
/// Bytes of a commit's message or names, converted from the commit's encoding as git does
/// and shown with invalid bytes and hidden characters visible.
QString displayCommitText(const QByteArray &bytes, const QByteArray &encoding, bool multiline);

} // namespace clearroom::ui
