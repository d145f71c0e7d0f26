// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "linediff.h"
#include "sourceview.h"

#include <QColor>
#include <QHash>
#include <QString>
#include <QVector>

namespace clearroom::ui {

/// A file's diff made into text for a code view: the lines of its hunks (unified, or one
/// side of a side-by-side view), each with its old and new line numbers, whole-line
/// colours for added and removed lines, and the changed part within a changed line
/// marked (a removed line and the added line that replaces it: what lies between their
/// common beginning and end). Bytes become text with hidden characters made visible.
/// Built off the GUI thread; a diff of any size is shown by SourceView's lazy layout.
struct DiffDocument
{
    enum class LineKind : char { Context, Added, Deleted, HunkHeader, Filler };
    struct Line
    {
        LineKind kind = LineKind::Context;
        qint64 oldNumber = 0; ///< 0 where the line has none on the old side (or in the right
                              ///< half of a side-by-side view)
        qint64 newNumber = 0; ///< 0 where the line has none on the new side (or in the left half)
    };

    QString text; ///< the lines, joined by '\n'
    QVector<Line> lines;
    QVector<SourceView::Mark> marks; ///< the changed parts of changed lines
    int numberWidth = 1; ///< digits of the largest line number

    /// Both sides in one column: "@@" headers, context, removed and added lines.
    static DiffDocument unified(const QVector<git::DiffHunk> &hunks);
    /// The old side (left) and the new side (right), line for line: each removed line
    /// beside the added line that replaces it, blank filler where one side has fewer.
    static std::pair<DiffDocument, DiffDocument> sideBySide(const QVector<git::DiffHunk> &hunks);

    /// The gutter text of a line: old and new numbers (unified) or, for one side of a
    /// side-by-side view, that side's number; then '+' or '-'.
    QString gutterLabel(int line, bool bothNumbers) const;
    /// The whole-line colours for a code view.
    QHash<int, QColor> lineBackgrounds() const;

    static QColor addedColor();
    static QColor deletedColor();
    static QColor addedPartColor();
    static QColor deletedPartColor();
};

} // namespace clearroom::ui
