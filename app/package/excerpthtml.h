// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagecontent.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <memory>

namespace clearroom::package {

/// An excerpt's lines as a report shows them: each line's text (hidden characters made
/// visible) and its highlighted tokens. report.html's table is written from it
/// (ExcerptHtml::table()), and report.pdf is set from it directly (PdfRenderer), so both
/// show the same.
struct ExcerptLines
{
    struct Token
    {
        int start = 0; ///< in the line's text
        int length = 0;
        int look = -1; ///< its class, ExcerptHtml::className(look); -1: inlineStyle
        QString inlineStyle; ///< for a format the style sheet has no class for
    };
    struct Line
    {
        int number = 0; ///< in the file, 1-based
        bool marked = false; ///< one of the finding's own lines
        QString text;
        QVector<Token> tokens; ///< in order, not overlapping; text between them is plain
    };
    bool highlighted = false;
    QVector<Line> lines;
    /// Where the table's HTML is in the piece of the report's HTML it was written into
    /// (UTF-16 offsets, end excluded); set by ReportWriter for PdfRenderer.
    int htmlBegin = 0;
    int htmlEnd = 0;
};

/// The lines of a report's excerpts as HTML fragments (a table of line numbers, a marker on
/// the finding's own lines, and the code). Syntax-highlighted with KSyntaxHighlighting's
/// AbstractHighlighter where the build has it: each of the highlighting's looks is a class
/// of the report's style sheet (styleSheet()), so that a highlighted token is a short
/// `<span class="hlN">`; escaped plain text otherwise. Hidden characters in the code are
/// shown as markers. Safe to use from several threads.
class ExcerptHtml
{
public:
    /// Excerpts of the report of `content`, highlighted when `highlight` and
    /// canHighlight(): the classes are those of every syntax definition the excerpts'
    /// files use, named from what they look like (the same content always gets the same
    /// names).
    ExcerptHtml(const PackageContent &content, bool highlight);

    /// Whether this build highlights excerpts.
    static bool canHighlight();
    /// The excerpts' rules of the report's style sheet, a line each: the marked lines'
    /// background (tr.finding), and the highlighting's classes ("span.hl1 { color:#1f1c1b }").
    QString styleSheet() const { return m_styleSheet; }
    /// The name of the class of a look: "hl1" for look 0.
    static QString className(int look);
    /// The excerpt's lines, highlighted as the constructor was told.
    ExcerptLines lines(const Excerpt &excerpt) const;
    /// The lines as a <table>.
    QString table(const ExcerptLines &lines) const;
    /// The excerpt as a <table>: table(lines(excerpt)).
    QString table(const Excerpt &excerpt) const { return table(lines(excerpt)); }

    /// Lines longer than this are shown but not highlighted (a regular expression over a
    /// megabyte of minified code would stall the export).
    static constexpr int MaximumHighlightedLineLength = 10000;
    /// The background of the finding's own lines.
    static QString markedLineColor() { return QStringLiteral("#fff0b3"); }

private:
    bool m_highlight = false;
    QString m_styleSheet;
    /// The look of each highlighting format with a style (by its id in the shared
    /// repository of definitions).
    QHash<quint16, int> m_looks;
    /// `<span class="hlN">` by look.
    QVector<QString> m_openingTags;
    /// Lines highlighted before, to be taken again where they come back (see the .cpp).
    std::shared_ptr<struct HighlightedLines> m_highlighted;
};

} // namespace clearroom::package
