// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include <memory>

namespace clearroom::ui {

/// The text of one file split into lines once, off the GUI thread, so that a view can
/// reach any line at once however large the file is. Immutable and shared.
class SourceText
{
public:
    /// Splits `text` at '\n'; a final newline ends the last line rather than starting
    /// an empty one, as git and editors count lines.
    static std::shared_ptr<const SourceText> fromText(QString text);

    int lineCount() const { return int(m_starts.size()); }
    /// The text of a 0-based line, without its newline.
    QStringView line(int index) const;
    /// Length of the longest line, in characters, tabs counted as `tabWidth` columns.
    qsizetype longestLine() const { return m_longestLine; }
    const QString &text() const { return m_text; }
    /// Where a line starts in text().
    qsizetype lineStart(int index) const { return m_starts.value(index, m_text.size()); }
    /// The 0-based line holding the character at `offset` of text().
    int lineOfOffset(qsizetype offset) const;
    static constexpr int tabWidth = 4;

private:
    QString m_text;
    QVector<qsizetype> m_starts;
    qsizetype m_longestLine = 0;
};

} // namespace clearroom::ui
