// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagecontent.h"

#include <QHash>
#include <QString>

namespace clearroom::package {

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
    /// The excerpt as a <table>, highlighted as the constructor was told.
    QString table(const Excerpt &excerpt) const;

    /// Lines longer than this are shown but not highlighted (a regular expression over a
    /// megabyte of minified code would stall the export).
    static constexpr int MaximumHighlightedLineLength = 10000;
    /// The background of the finding's own lines.
    static QString markedLineColor() { return QStringLiteral("#fff0b3"); }

private:
    bool m_highlight = false;
    QString m_styleSheet;
    /// The opening tag of each highlighting format (by its id in the shared repository of
    /// definitions): `<span class="hlN">`.
    QHash<quint16, QString> m_openingTags;
};

} // namespace clearroom::package
