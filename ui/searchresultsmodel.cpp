// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "searchresultsmodel.h"

#include "pathquote.h"
#include "textcontent.h"

namespace clearroom::ui {

// Internal ids: 0 for a file row; file row + 1 for the lines under it.
void SearchResultsModel::clear()
{
    beginResetModel();
    m_files.clear();
    m_lines = 0;
    endResetModel();
}

void SearchResultsModel::append(const git::GrepFileMatches &file)
{
    const int row = int(m_files.size());
    beginInsertRows({}, row, row);
    m_files.append(file);
    m_lines += file.isBinary ? 1 : file.lines.size();
    endInsertRows();
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_files.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_files.size())
        return {};
    if (row >= m_files.at(parent.row()).lines.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_files.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_files.at(parent.row()).lines.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isFile = index.internalId() == 0;
    const git::GrepFileMatches &file
        = m_files.at(isFile ? index.row() : int(index.internalId() - 1));
    switch (role) {
    case Qt::DisplayRole:
        if (isFile) {
            if (file.isBinary)
                return tr("%1 (binary file matches)").arg(git::displayBytes(file.path));
            return tr("%1 (%Ln line(s))", nullptr, int(file.lines.size()))
                .arg(git::displayBytes(file.path));
        } else {
            const git::GrepLine &line = file.lines.at(index.row());
            // Hidden characters in a result line are shown as markers, as in the view.
            QString text = git::TextContent::decode(line.text.left(500)).text;
            for (qsizetype i = text.size() - 1; i >= 0; --i) {
                git::SuspiciousCharacter::Kind kind;
                if (git::TextContent::isSuspicious(text.at(i).unicode(), &kind))
                    text.replace(i, 1,
                                 QStringLiteral("⟨U+%1⟩").arg(text.at(i).unicode(), 4, 16,
                                                              QLatin1Char('0')));
            }
            return QStringLiteral("%1: %2").arg(line.number).arg(text.trimmed());
        }
    case PathRole:
        return file.path;
    case LineRole:
        return isFile
            ? qint64(file.isBinary || file.lines.isEmpty() ? 0 : file.lines.first().number)
            : file.lines.at(index.row()).number;
    default:
        return {};
    }
}

} // namespace clearroom::ui
