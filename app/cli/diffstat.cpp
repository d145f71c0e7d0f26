// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffstat.h"

#include "pathquote.h"

#include <algorithm>

namespace clearroom::cli {

namespace {

constexpr int DefaultWidth = 80;

int decimalWidth(qint64 number)
{
    return int(QByteArray::number(number).size());
}

QByteArray padLeft(const QByteArray &text, int width)
{
    return QByteArray(std::max(0, width - int(text.size())), ' ') + text;
}

// How the room is shared between the name and the graph, as git shares it.
struct Layout
{
    int nameWidth = 0;
    int numberWidth = 0;
    int graphWidth = 0;
    qint64 maxChange = 0;
};

Layout layoutFor(const QVector<DiffStatEntry> &entries, const DiffStatWidths &widths)
{
    Layout layout;
    int longestName = 0;
    int binaryWidth = 0; // "Bin XXX -> YYY bytes"
    for (const DiffStatEntry &entry : entries) {
        longestName = std::max(longestName, int(entry.name.size()));
        if (entry.binary) {
            binaryWidth = std::max(binaryWidth,
                                   14 + decimalWidth(entry.added) + decimalWidth(entry.deleted));
            layout.numberWidth = 3; // counts line up with "Bin"
        } else {
            layout.maxChange = std::max(layout.maxChange, entry.added + entry.deleted);
        }
    }
    layout.numberWidth = std::max(layout.numberWidth, decimalWidth(layout.maxChange));

    // The total is at least enough for 10 columns of name and 6 of graph.
    const int total
        = std::max(widths.total > 0 ? widths.total : DefaultWidth, 16 + 6 + layout.numberWidth);
    // First what each part wants, then shrink to the total: the graph to 3/8 of it (at
    // least 6 columns), the name to what is left, and the graph takes any room over.
    qint64 graph = layout.maxChange + 4 > binaryWidth ? layout.maxChange : binaryWidth - 4;
    if (widths.graph > 0 && widths.graph < graph)
        graph = widths.graph;
    int name = widths.name > 0 && widths.name < longestName ? widths.name : longestName;
    const int fixed = layout.numberWidth + 6; // " | ", the count, " " and a free column
    if (name + fixed + graph > total) {
        if (graph > total * 3 / 8 - fixed)
            graph = std::max(total * 3 / 8 - fixed, 6);
        if (widths.graph > 0 && graph > widths.graph)
            graph = widths.graph;
        if (name > total - fixed - graph)
            name = int(total - fixed - graph);
        else
            graph = total - fixed - name;
    }
    layout.nameWidth = name;
    layout.graphWidth = int(graph);
    return layout;
}

// A count scaled to the graph: at least one column for any change.
qint64 scaled(qint64 count, const Layout &layout)
{
    if (count == 0)
        return 0;
    return 1 + count * (layout.graphWidth - 1) / layout.maxChange;
}

QByteArray statLine(const DiffStatEntry &entry, const Layout &layout)
{
    QByteArray name = entry.name;
    QByteArray prefix;
    int room = layout.nameWidth;
    if (name.size() > room) {
        // Cut from the left, at a '/' where one is left.
        prefix = "...";
        room = std::max(room - 3, 0);
        name = name.right(room);
        const qsizetype slash = name.indexOf('/');
        if (slash >= 0)
            name = name.mid(slash);
    }
    QByteArray line
        = ' ' + prefix + name + QByteArray(std::max(0, room - int(name.size())), ' ') + " | ";
    if (entry.binary) {
        line += padLeft("Bin", layout.numberWidth);
        if (entry.added || entry.deleted) {
            line += ' ' + QByteArray::number(entry.deleted) + " -> "
                + QByteArray::number(entry.added) + " bytes";
        }
        return line + '\n';
    }
    qint64 plus = entry.added;
    qint64 minus = entry.deleted;
    if (layout.graphWidth <= layout.maxChange) {
        qint64 total = scaled(plus + minus, layout);
        if (total < 2 && plus && minus)
            total = 2;
        if (plus < minus) {
            plus = scaled(plus, layout);
            minus = total - plus;
        } else {
            minus = scaled(minus, layout);
            plus = total - minus;
        }
    }
    line += padLeft(QByteArray::number(entry.added + entry.deleted), layout.numberWidth);
    if (entry.added + entry.deleted > 0)
        line += ' ';
    line += QByteArray(plus, '+') + QByteArray(minus, '-');
    return line + '\n';
}

// git's English, in the C locale: the singular for exactly one.
QByteArray summaryLine(qint64 files, qint64 insertions, qint64 deletions)
{
    if (files == 0)
        return " 0 files changed\n";
    QByteArray line
        = ' ' + QByteArray::number(files) + (files == 1 ? " file changed" : " files changed");
    // Both counts when both are 0; otherwise only those that are not.
    if (insertions || deletions == 0) {
        line += ", " + QByteArray::number(insertions)
            + (insertions == 1 ? " insertion(+)" : " insertions(+)");
    }
    if (deletions || insertions == 0) {
        line += ", " + QByteArray::number(deletions)
            + (deletions == 1 ? " deletion(-)" : " deletions(-)");
    }
    return line + '\n';
}

QByteArray summaryOf(const QVector<DiffStatEntry> &entries)
{
    qint64 insertions = 0;
    qint64 deletions = 0;
    for (const DiffStatEntry &entry : entries) {
        if (!entry.binary) {
            insertions += entry.added;
            deletions += entry.deleted;
        }
    }
    return summaryLine(entries.size(), insertions, deletions);
}

} // namespace

QByteArray renameDisplayName(const QByteArray &from, const QByteArray &to)
{
    const QByteArray quotedFrom = git::quotePath(from);
    const QByteArray quotedTo = git::quotePath(to);
    if (quotedFrom != from || quotedTo != to)
        return quotedFrom + " => " + quotedTo;

    // The common leading folders: up to and with the last '/' both start with.
    qsizetype prefix = 0;
    for (qsizetype i = 0; i < from.size() && i < to.size() && from.at(i) == to.at(i); ++i) {
        if (from.at(i) == '/')
            prefix = i + 1;
    }
    // The common end from a '/': compared from the ends, the end of the names counting as
    // equal; it may share its '/' with the prefix, but not reach further into it.
    const qsizetype floor = prefix > 0 ? prefix - 1 : 0;
    qsizetype suffix = 0;
    for (qsizetype i = from.size(), j = to.size(); i >= floor && j >= floor; --i, --j) {
        const char a = i < from.size() ? from.at(i) : '\0';
        const char b = j < to.size() ? to.at(j) : '\0';
        if (a != b)
            break;
        if (a == '/')
            suffix = from.size() - i;
    }
    const qsizetype fromMiddle = std::max<qsizetype>(from.size() - prefix - suffix, 0);
    const qsizetype toMiddle = std::max<qsizetype>(to.size() - prefix - suffix, 0);
    if (prefix + suffix == 0)
        return from + " => " + to;
    return from.left(prefix) + '{' + from.mid(prefix, fromMiddle) + " => "
        + to.mid(prefix, toMiddle) + '}' + from.right(suffix);
}

QByteArray formatDiffStat(const QVector<DiffStatEntry> &entries, const DiffStatWidths &widths)
{
    if (entries.isEmpty())
        return {};
    const qsizetype shown
        = widths.count > 0 ? std::min<qsizetype>(widths.count, entries.size()) : entries.size();
    const QVector<DiffStatEntry> visible = entries.mid(0, shown);
    const Layout layout = layoutFor(visible, widths);
    QByteArray out;
    for (const DiffStatEntry &entry : visible)
        out += statLine(entry, layout);
    if (shown < entries.size())
        out += " ...\n";
    return out + summaryOf(entries);
}

QByteArray formatShortStat(const QVector<DiffStatEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    return summaryOf(entries);
}

} // namespace clearroom::cli
