// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffdocument.h"

#include "pathquote.h"

namespace clearroom::ui {

namespace {

QString shownLine(const QByteArray &bytes)
{
    // Tabs stay tabs; control, invalid and Trojan Source characters become visible.
    return git::displayMultilineBytes(bytes);
}

int digits(qint64 number)
{
    int count = 1;
    for (; number >= 10; number /= 10)
        ++count;
    return count;
}

// Appends one line to a document.
void append(DiffDocument &document, const QString &text, DiffDocument::Line line)
{
    if (!document.lines.isEmpty())
        document.text += QLatin1Char('\n');
    document.text += text;
    document.lines.append(line);
}

QString hunkHeader(const git::DiffHunk &hunk)
{
    QString header = QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                         .arg(hunk.oldStart)
                         .arg(hunk.oldCount)
                         .arg(hunk.newStart)
                         .arg(hunk.newCount);
    if (!hunk.function.isEmpty())
        header += QLatin1Char(' ') + shownLine(hunk.function);
    return header;
}

// Marks what differs between a removed and an added line: the part between the
// longest common beginning and end.
void markChangedParts(DiffDocument &oldDocument, int oldLine, const QString &oldText,
                      DiffDocument &newDocument, int newLine, const QString &newText)
{
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(oldText.size(), newText.size());
    while (prefix < shorter && oldText.at(prefix) == newText.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && oldText.at(oldText.size() - 1 - suffix) == newText.at(newText.size() - 1 - suffix))
        ++suffix;
    const qsizetype oldLength = oldText.size() - prefix - suffix;
    const qsizetype newLength = newText.size() - prefix - suffix;
    // A line changed throughout is coloured as a whole already.
    if (prefix == 0 && suffix == 0)
        return;
    if (oldLength > 0)
        oldDocument.marks.append(
            {oldLine, int(prefix), int(oldLength), DiffDocument::deletedPartColor()});
    if (newLength > 0)
        newDocument.marks.append(
            {newLine, int(prefix), int(newLength), DiffDocument::addedPartColor()});
}

// Walks the hunks block by block: runs of context, and change blocks of removed lines
// followed by added ones.
template<typename Context, typename Change, typename Header>
void walkHunks(const QVector<git::DiffHunk> &hunks, Header header, Context context, Change change)
{
    for (const git::DiffHunk &hunk : hunks) {
        header(hunk);
        qint64 oldNumber = hunk.oldStart;
        qint64 newNumber = hunk.newStart;
        const qsizetype count = hunk.lines.size();
        for (qsizetype i = 0; i < count;) {
            if (hunk.lines.at(i).kind == git::DiffLine::Kind::Context) {
                context(hunk.lines.at(i), oldNumber++, newNumber++);
                ++i;
                continue;
            }
            qsizetype deletedEnd = i;
            while (deletedEnd < count
                   && hunk.lines.at(deletedEnd).kind == git::DiffLine::Kind::Deleted)
                ++deletedEnd;
            qsizetype addedEnd = deletedEnd;
            while (addedEnd < count && hunk.lines.at(addedEnd).kind == git::DiffLine::Kind::Added)
                ++addedEnd;
            change(hunk.lines.mid(i, deletedEnd - i),
                   hunk.lines.mid(deletedEnd, addedEnd - deletedEnd), oldNumber, newNumber);
            oldNumber += deletedEnd - i;
            newNumber += addedEnd - deletedEnd;
            i = addedEnd;
        }
    }
}

int numberWidthOf(const QVector<git::DiffHunk> &hunks)
{
    qint64 largest = 1;
    for (const git::DiffHunk &hunk : hunks)
        largest = qMax(largest, qMax(hunk.oldStart + hunk.oldCount, hunk.newStart + hunk.newCount));
    return digits(largest);
}

} // namespace

QColor DiffDocument::addedColor()
{
    return QColor(0xe6, 0xff, 0xec);
}

QColor DiffDocument::deletedColor()
{
    return QColor(0xff, 0xeb, 0xe9);
}

QColor DiffDocument::addedPartColor()
{
    return QColor(0xab, 0xf2, 0xbc);
}

QColor DiffDocument::deletedPartColor()
{
    return QColor(0xff, 0xc0, 0xc0);
}

DiffDocument DiffDocument::unified(const QVector<git::DiffHunk> &hunks)
{
    DiffDocument document;
    document.numberWidth = numberWidthOf(hunks);
    walkHunks(
        hunks,
        [&](const git::DiffHunk &hunk) {
            append(document, hunkHeader(hunk), {LineKind::HunkHeader, 0, 0});
        },
        [&](const git::DiffLine &line, qint64 oldNumber, qint64 newNumber) {
            append(document, shownLine(line.text), {LineKind::Context, oldNumber, newNumber});
        },
        [&](const QVector<git::DiffLine> &deleted, const QVector<git::DiffLine> &added,
            qint64 oldNumber, qint64 newNumber) {
            const int firstDeleted = int(document.lines.size());
            QStringList deletedTexts;
            for (qsizetype i = 0; i < deleted.size(); ++i) {
                deletedTexts << shownLine(deleted.at(i).text);
                append(document, deletedTexts.last(), {LineKind::Deleted, oldNumber + i, 0});
            }
            const int firstAdded = int(document.lines.size());
            for (qsizetype i = 0; i < added.size(); ++i) {
                const QString text = shownLine(added.at(i).text);
                append(document, text, {LineKind::Added, 0, newNumber + i});
                if (i < deletedTexts.size()) {
                    markChangedParts(document, firstDeleted + int(i), deletedTexts.at(i), document,
                                     firstAdded + int(i), text);
                }
            }
        });
    return document;
}

std::pair<DiffDocument, DiffDocument> DiffDocument::sideBySide(const QVector<git::DiffHunk> &hunks)
{
    DiffDocument left;
    DiffDocument right;
    left.numberWidth = right.numberWidth = numberWidthOf(hunks);
    walkHunks(
        hunks,
        [&](const git::DiffHunk &hunk) {
            const QString header = hunkHeader(hunk);
            append(left, header, {LineKind::HunkHeader, 0, 0});
            append(right, header, {LineKind::HunkHeader, 0, 0});
        },
        [&](const git::DiffLine &line, qint64 oldNumber, qint64 newNumber) {
            const QString text = shownLine(line.text);
            // Each side knows only its own numbers.
            append(left, text, {LineKind::Context, oldNumber, 0});
            append(right, text, {LineKind::Context, 0, newNumber});
        },
        [&](const QVector<git::DiffLine> &deleted, const QVector<git::DiffLine> &added,
            qint64 oldNumber, qint64 newNumber) {
            const qsizetype rows = qMax(deleted.size(), added.size());
            for (qsizetype i = 0; i < rows; ++i) {
                const int row = int(left.lines.size());
                QString oldText;
                QString newText;
                if (i < deleted.size()) {
                    oldText = shownLine(deleted.at(i).text);
                    append(left, oldText, {LineKind::Deleted, oldNumber + i, 0});
                } else {
                    append(left, QString(), {LineKind::Filler, 0, 0});
                }
                if (i < added.size()) {
                    newText = shownLine(added.at(i).text);
                    append(right, newText, {LineKind::Added, 0, newNumber + i});
                } else {
                    append(right, QString(), {LineKind::Filler, 0, 0});
                }
                if (i < deleted.size() && i < added.size())
                    markChangedParts(left, row, oldText, right, row, newText);
            }
        });
    return {left, right};
}

QString DiffDocument::gutterLabel(int line, bool bothNumbers) const
{
    if (line < 0 || line >= lines.size())
        return {};
    const Line &entry = lines.at(line);
    const auto number = [this](qint64 value) {
        return value > 0 ? QString::number(value).rightJustified(numberWidth)
                         : QString(numberWidth, QLatin1Char(' '));
    };
    const QChar sign = entry.kind == LineKind::Added ? QLatin1Char('+')
        : entry.kind == LineKind::Deleted            ? QLatin1Char('-')
                                                     : QLatin1Char(' ');
    if (bothNumbers)
        return number(entry.oldNumber) + QLatin1Char(' ') + number(entry.newNumber)
            + QLatin1Char(' ') + sign;
    return number(entry.oldNumber > 0 ? entry.oldNumber : entry.newNumber) + QLatin1Char(' ')
        + sign;
}

QHash<int, QColor> DiffDocument::lineBackgrounds() const
{
    QHash<int, QColor> backgrounds;
    for (int i = 0; i < lines.size(); ++i) {
        switch (lines.at(i).kind) {
        case LineKind::Added:
            backgrounds.insert(i, addedColor());
            break;
        case LineKind::Deleted:
            backgrounds.insert(i, deletedColor());
            break;
        case LineKind::HunkHeader:
            backgrounds.insert(i, QColor(0xdd, 0xf4, 0xff));
            break;
        case LineKind::Filler:
            backgrounds.insert(i, QColor(0xf0, 0xf0, 0xf0));
            break;
        case LineKind::Context:
            break;
        }
    }
    return backgrounds;
}

} // namespace clearroom::ui
