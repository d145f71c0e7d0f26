// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagecontent.h"

#include <QString>

namespace clearroom::package {

/// The lines of an excerpt as an HTML fragment (a table of line numbers, a marker on the
/// finding's own lines, and the code), for reports. Syntax-highlighted with
/// KSyntaxHighlighting's AbstractHighlighter, as inline-styled spans, where the build has
/// it; escaped plain text otherwise. Hidden characters in the code are shown as markers.
/// Safe to use from several threads.
class ExcerptHtml
{
public:
    /// Whether this build highlights excerpts.
    static bool canHighlight();
    /// The excerpt as a <table>; highlighted when `highlight` and canHighlight().
    static QString table(const Excerpt &excerpt, bool highlight);

    /// Lines longer than this are shown but not highlighted (a regular expression over a
    /// megabyte of minified code would stall the export).
    static constexpr int MaximumHighlightedLineLength = 10000;
    /// The background of the finding's own lines.
    static QString markedLineColor() { return QStringLiteral("#fff0b3"); }
};

} // namespace clearroom::package
