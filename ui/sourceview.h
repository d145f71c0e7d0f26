// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QTextLayout>

class QAction;

#include <functional>
#include <memory>

namespace clearroom::ui {

class LineHighlighter;
class SourceText;

/// A read-only view of source code that stays fast on files of any size: it lays out and
/// paints only the lines on screen (a QPlainTextEdit builds a document of every line
/// first, and its highlighter colours all of them on the GUI thread), highlights lazily
/// through LineHighlighter, shows line numbers in a gutter, never wraps, and lets the
/// reader select and copy text with mouse and keyboard.
class SourceView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    /// Lines longer than this are shown cut, with a marker saying how much follows;
    /// copying still copies them whole.
    static constexpr int MaximumShownLineLength = 20000;

    /// A stretch of a line to colour: hidden characters, invalid bytes.
    struct Mark
    {
        int line = 0;
        int column = 0;
        int length = 0;
        QColor background;
    };

    explicit SourceView(QWidget *parent = nullptr);
    ~SourceView() override;

    void setSource(std::shared_ptr<const SourceText> source, const QVector<Mark> &marks = {});
    void clear();
    std::shared_ptr<const SourceText> source() const { return m_source; }
    LineHighlighter *highlighter() const { return m_highlighter; }

    int lineCount() const;
    /// The whole text (without a final newline).
    QString text() const;
    int firstVisibleLine() const;
    /// The line (1-based) the cursor is on, or 0 without text.
    int cursorLine() const { return m_source ? m_cursor.line + 1 : 0; }
    int visibleLineCount() const;
    /// Scrolls so that `line` (1-based) is near the top third and puts the cursor there.
    void goToLine(int line);

    /// What the gutter shows for a 0-based line instead of its number (a diff shows the
    /// old and new numbers), in a gutter `widthInCharacters` wide; no function: numbers.
    using GutterLabel = std::function<QString(int line)>;
    void setGutterLabels(GutterLabel label, int widthInCharacters);
    /// A column in the gutter before the line numbers (blame: commit, author, date),
    /// with a background per line; a click on it emits annotationClicked().
    struct Annotation
    {
        QString text;
        QColor background;
    };
    using AnnotationFunction = std::function<Annotation(int line)>;
    /// Shows annotations `widthInCharacters` wide; an empty function hides the column.
    void setAnnotations(AnnotationFunction annotation, int widthInCharacters);
    /// Repaints the annotations (after more of them became known).
    void updateAnnotations();
    int annotationWidth() const;

    /// Whole-line backgrounds (added and removed lines of a diff), by 0-based line.
    void setLineBackgrounds(QHash<int, QColor> backgrounds);

    /// A mark in the gutter beside the text (a finding on the line): a bar in its colour,
    /// the tool tip when hovered, and `key` in markerClicked() when clicked.
    struct LineMarker
    {
        QColor color;
        QString toolTip;
        QString key;
    };
    /// Markers by 0-based line.
    void setLineMarkers(QHash<int, LineMarker> markers);
    const QHash<int, LineMarker> &lineMarkers() const { return m_markers; }
    /// Lines marked reviewed (0-based, first and last inclusive): their numbers are tinted.
    void setReviewedLines(QVector<QPair<int, int>> spans);
    bool isLineReviewed(int line) const;
    /// Actions offered in the text's context menu after Copy.
    void setContextActions(QList<QAction *> actions) { m_contextActions = std::move(actions); }
    const QList<QAction *> &contextActions() const { return m_contextActions; }

    /// Marks every occurrence of `term` on the lines shown (an empty term: none).
    void setFindTerm(const QString &term, Qt::CaseSensitivity sensitivity);
    /// Selects the next occurrence of the find term after the selection (or the previous
    /// one before it), going round at the end of the text; false when there is none.
    /// `wrapped` says whether the search went round.
    bool findNext(bool backwards, bool *wrapped = nullptr);

    /// Selects from (line, column) to (line, column), 0-based, the end exclusive.
    void setSelection(int fromLine, int fromColumn, int toLine, int toColumn);
    QString selectedText() const;
    /// The 1-based first and last line of the selection, or {0, 0} without one.
    QPair<int, int> selectedLines() const;
    /// The colours of a line as painted: highlighting and marks (for tests).
    QVector<QTextLayout::FormatRange> formatsOfLine(int line);
    int gutterWidth() const;

    /// Colours of the highlighting theme; invalid colours mean "use the palette".
    void setColors(const QColor &background, const QColor &foreground, const QColor &lineNumbers);

Q_SIGNALS:
    void selectionChanged();
    /// The annotation of a 0-based line was clicked.
    void annotationClicked(int line);
    /// The marker of a 0-based line was clicked.
    void markerClicked(int line, const QString &key);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    /// The 0-based line under a point of the viewport, or -1.
    int lineAt(const QPoint &point) const;
    bool isOnMarker(const QPoint &point) const;
    struct Position
    {
        int line = 0;
        int column = 0;
        friend bool operator<(const Position &a, const Position &b)
        {
            return a.line < b.line || (a.line == b.line && a.column < b.column);
        }
        friend bool operator==(const Position &a, const Position &b)
        {
            return a.line == b.line && a.column == b.column;
        }
    };

    QTextLayout *layoutFor(int line);
    Position positionAt(const QPoint &point);
    void moveCursor(Position position, bool extend);
    void ensureVisible(int line);
    void updateScrollBars();
    void dropLayouts(int from, int to);
    int lineHeight() const;
    int charWidth() const;
    int textLeft() const;

    std::shared_ptr<const SourceText> m_source;
    LineHighlighter *m_highlighter;
    QHash<int, QVector<QTextLayout::FormatRange>> m_marks;
    QHash<int, std::shared_ptr<QTextLayout>> m_layouts;
    Position m_anchor;
    Position m_cursor;
    QString m_findTerm;
    Qt::CaseSensitivity m_findSensitivity = Qt::CaseInsensitive;
    bool m_selectingLines = false;
    bool m_dragging = false;
    QColor m_lineNumberColor;
    GutterLabel m_gutterLabel;
    int m_gutterCharacters = 0;
    QHash<int, QColor> m_lineBackgrounds;
    AnnotationFunction m_annotation;
    int m_annotationCharacters = 0;
    QHash<int, LineMarker> m_markers;
    QVector<QPair<int, int>> m_reviewed; ///< sorted, disjoint
    QList<QAction *> m_contextActions;
};

} // namespace clearroom::ui
