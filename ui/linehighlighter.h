// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QColor>
#include <QObject>
#include <QTextLayout>
#include <QVector>

#include <memory>

namespace clearroom::ui {

class SourceText;

/// Syntax highlighting of a SourceText, line by line, as the view needs it: the
/// highlighting state at the start of each line is computed from the top in small
/// slices on the GUI thread (never longer than a few milliseconds each, as Kate does),
/// and the formats of a line are produced when it is painted. Works without
/// KSyntaxHighlighting too, then highlighting nothing.
class LineHighlighter : public QObject
{
    Q_OBJECT

public:
    /// Lines longer than this are shown but not highlighted: a regular expression over
    /// megabytes of one line would stall the view.
    static constexpr int MaximumHighlightedLineLength = 20000;
    /// The longest a slice of highlighting may keep the GUI thread busy.
    static constexpr int SliceMilliseconds = 8;

    explicit LineHighlighter(QObject *parent = nullptr);
    ~LineHighlighter() override;

    static bool isAvailable();

    /// Highlights `source` with the definition for `fileName` (then for the content's
    /// MIME type); highlighting starts at once, from the top.
    void setSource(std::shared_ptr<const SourceText> source, const QString &fileName,
                   const QByteArray &head);
    void clear();
    /// Switches to the light or dark theme matching `background`.
    void setBackground(const QColor &background);

    /// The formats of a line, or empty while its start state is not known yet.
    QVector<QTextLayout::FormatRange> formats(int line);
    /// Lines [0, highlightedLines()) can be highlighted now.
    int highlightedLines() const;
    bool isFinished() const;

    QString definitionName() const;
    QColor themeBackground() const;
    QColor themeForeground() const;
    QColor themeLineNumber() const;

Q_SIGNALS:
    /// States are now known for lines [from, to): repaint them.
    void linesReady(int from, int to);

private:
    void runSlice();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::ui
