// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "historymodel.h"

#include "pathquote.h"

#include <QDateTime>
#include <QTimeZone>

namespace clearroom::ui {

namespace {

QString formattedDate(qint64 seconds, int offsetMinutes)
{
    const QDateTime time
        = QDateTime::fromSecsSinceEpoch(seconds, Qt::OffsetFromUTC, offsetMinutes * 60);
    const int offset = qAbs(offsetMinutes);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss "))
        + QLatin1Char(offsetMinutes < 0 ? '-' : '+')
        + QStringLiteral("%1%2")
              .arg(offset / 60, 2, 10, QLatin1Char('0'))
              .arg(offset % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString displayCommitText(const QByteArray &bytes, const QByteArray &encoding, bool multiline)
{
    QByteArray utf8 = bytes;
    if (!encoding.isEmpty() && !git::isUtf8EncodingName(encoding)) {
        if (auto converted = git::convertToUtf8(bytes, encoding))
            utf8 = *converted;
    }
    return multiline ? git::displayMultilineBytes(utf8) : git::displayBytes(utf8);
}

QString displaySignature(const git::Signature &signature)
{
    QString text = git::displayBytes(signature.name) + QStringLiteral(" <")
        + git::displayBytes(signature.email) + QLatin1Char('>');
    if (const auto time = signature.time(); time && *time <= quint64(INT64_MAX / 2))
        text += QStringLiteral(", ") + formattedDate(qint64(*time), signature.offsetMinutes());
    return text;
}

HistoryRow HistoryRow::fromCommit(const git::CommitInfo &commit)
{
    HistoryRow row;
    row.id = commit.id;
    row.subject = displayCommitText(git::commitSubject(commit.message), commit.encoding, false);
    row.author = displayCommitText(commit.author.name, commit.encoding, false);
    if (const auto time = commit.author.time(); time && *time <= quint64(INT64_MAX / 2)) {
        row.authorTime = qint64(*time);
        row.authorOffsetMinutes = commit.author.offsetMinutes();
    }
    return row;
}

void HistoryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
}

void HistoryModel::append(const QVector<HistoryRow> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int HistoryModel::rowOf(const git::ObjectId &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryRow &row = m_rows.at(index.row());
    if (role == CommitIdRole)
        return QVariant::fromValue(row.id);
    if (role == Qt::ToolTipRole && index.column() == CommitColumn)
        return QString::fromLatin1(row.id.toHex());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SubjectColumn:
        return row.subject;
    case AuthorColumn:
        return row.author;
    case DateColumn:
        return formattedDate(row.authorTime, row.authorOffsetMinutes);
    case CommitColumn:
        return QString::fromLatin1(row.id.abbreviated(10));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case AuthorColumn:
        return tr("Author");
    case DateColumn:
        return tr("Date");
    case CommitColumn:
        return tr("Commit");
    }
    return {};
}

} // namespace clearroom::ui
