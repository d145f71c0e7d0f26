// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "sourceview.h"

#include "linehighlighter.h"
#include "sourcetext.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextOption>
#include <QToolTip>

#include <algorithm>

namespace clearroom::ui {

namespace {

constexpr int layoutCacheLimit = 1500;

} // namespace

SourceView::SourceView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_highlighter(new LineHighlighter(this))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    verticalScrollBar()->setSingleStep(1);
    connect(m_highlighter, &LineHighlighter::linesReady, this, [this](int from, int to) {
        // Only what is on screen is laid out again; the rest waits until it is shown.
        const int first = firstVisibleLine();
        const int last = first + visibleLineCount();
        if (to > first && from <= last) {
            dropLayouts(qMax(from, first), qMin(to, last + 1));
            viewport()->update();
        }
    });
}

SourceView::~SourceView() = default;

int SourceView::lineHeight() const
{
    return fontMetrics().height();
}

int SourceView::charWidth() const
{
    return qMax(1, fontMetrics().horizontalAdvance(QLatin1Char('M')));
}

int SourceView::annotationWidth() const
{
    return m_annotation ? 12 + charWidth() * m_annotationCharacters : 0;
}

int SourceView::gutterWidth() const
{
    if (m_gutterLabel)
        return annotationWidth() + 14 + charWidth() * m_gutterCharacters;
    int digits = 1;
    for (int max = qMax(1, lineCount()); max >= 10; max /= 10)
        ++digits;
    return annotationWidth() + 14 + charWidth() * qMax(digits, 3);
}

int SourceView::textLeft() const
{
    return gutterWidth() + 6;
}

void SourceView::setSource(std::shared_ptr<const SourceText> source, const QVector<Mark> &marks)
{
    m_source = std::move(source);
    m_layouts.clear();
    m_marks.clear();
    for (const Mark &mark : marks) {
        QTextLayout::FormatRange range;
        range.start = mark.column;
        range.length = mark.length;
        range.format.setBackground(mark.background);
        range.format.setForeground(QColor(0x40, 0x00, 0x00));
        m_marks[mark.line].append(range);
    }
    m_anchor = m_cursor = {};
    // Markers and reviewed lines belong to the file they were set for.
    m_markers.clear();
    m_reviewed.clear();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

void SourceView::clear()
{
    m_highlighter->clear();
    setSource(nullptr);
}

int SourceView::lineCount() const
{
    return m_source ? m_source->lineCount() : 0;
}

QString SourceView::text() const
{
    if (!m_source)
        return {};
    const QString &all = m_source->text();
    return all.endsWith(QLatin1Char('\n')) ? all.chopped(1) : all;
}

int SourceView::firstVisibleLine() const
{
    return verticalScrollBar()->value();
}

int SourceView::visibleLineCount() const
{
    return qMax(1, viewport()->height() / qMax(1, lineHeight()));
}

void SourceView::updateScrollBars()
{
    const int visible = visibleLineCount();
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setRange(0, qMax(0, lineCount() - visible + 1));
    const qsizetype longest
        = m_source ? qMin<qsizetype>(m_source->longestLine(), MaximumShownLineLength + 40) : 0;
    const int contentWidth = textLeft() + int(longest) * charWidth() + charWidth() * 2;
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(charWidth() * 4);
    horizontalScrollBar()->setRange(0, qMax(0, contentWidth - viewport()->width()));
}

void SourceView::dropLayouts(int from, int to)
{
    for (int line = from; line < to; ++line)
        m_layouts.remove(line);
}

QTextLayout *SourceView::layoutFor(int line)
{
    if (auto it = m_layouts.constFind(line); it != m_layouts.constEnd())
        return it->get();
    if (m_layouts.size() > layoutCacheLimit)
        m_layouts.clear();
    QStringView text = m_source->line(line);
    QString shown;
    if (text.size() > MaximumShownLineLength) {
        shown = text.left(MaximumShownLineLength).toString()
            + tr(" ⟪… %Ln more character(s) on this line⟫", nullptr,
                 int(qMin<qsizetype>(text.size() - MaximumShownLineLength, INT_MAX)));
    } else {
        shown = text.toString();
    }
    auto layout = std::make_shared<QTextLayout>(shown, font());
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTabStopDistance(SourceText::tabWidth * charWidth());
    layout->setTextOption(option);
    QVector<QTextLayout::FormatRange> formats = m_highlighter->formats(line);
    formats += m_marks.value(line);
    if (!m_findTerm.isEmpty()) {
        QTextCharFormat found;
        found.setBackground(QColor(255, 200, 0, 150));
        const QStringView searched
            = QStringView(shown).left(qMin<qsizetype>(text.size(), shown.size()));
        for (qsizetype at = searched.indexOf(m_findTerm, 0, m_findSensitivity); at >= 0;
             at = searched.indexOf(m_findTerm, at + m_findTerm.size(), m_findSensitivity)) {
            formats.append({int(at), int(m_findTerm.size()), found});
        }
    }
    layout->setFormats(formats);
    layout->beginLayout();
    QTextLine textLine = layout->createLine();
    if (textLine.isValid())
        textLine.setLeadingIncluded(false);
    layout->endLayout();
    m_layouts.insert(line, layout);
    return layout.get();
}

QVector<QTextLayout::FormatRange> SourceView::formatsOfLine(int line)
{
    if (!m_source || line < 0 || line >= lineCount())
        return {};
    return layoutFor(line)->formats();
}

void SourceView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QPalette p = palette();
    painter.fillRect(event->rect(), p.color(QPalette::Base));
    if (!m_source)
        return;
    const int height = lineHeight();
    const int first = firstVisibleLine();
    const int last = qMin(lineCount() - 1, first + viewport()->height() / height + 1);
    const int left = textLeft() - horizontalScrollBar()->value();
    const Position from = qMin(m_anchor, m_cursor);
    const Position to = qMax(m_anchor, m_cursor);

    painter.setClipRect(QRect(gutterWidth(), 0, viewport()->width(), viewport()->height()));
    for (int line = first; line <= last; ++line) {
        const int y = (line - first) * height;
        if (const auto background = m_lineBackgrounds.constFind(line);
            background != m_lineBackgrounds.constEnd()) {
            painter.fillRect(QRect(gutterWidth(), y, viewport()->width(), height), *background);
        }
        QTextLayout *layout = layoutFor(line);
        QVector<QTextLayout::FormatRange> selections;
        if (from < to && line >= from.line && line <= to.line) {
            QTextLayout::FormatRange selection;
            selection.start = line == from.line ? from.column : 0;
            const int end = line == to.line ? to.column : layout->text().size() + 1;
            selection.length = qMax(0, end - selection.start);
            selection.format.setBackground(p.color(QPalette::Highlight));
            selection.format.setForeground(p.color(QPalette::HighlightedText));
            selections.append(selection);
        }
        painter.setPen(p.color(QPalette::Text));
        layout->draw(&painter, QPointF(left, y), selections);
        if (hasFocus() && line == m_cursor.line)
            layout->drawCursor(&painter, QPointF(left, y), m_cursor.column);
    }

    // The gutter stays put when the text scrolls sideways.
    painter.setClipping(false);
    const QColor base = p.color(QPalette::Base);
    painter.fillRect(QRect(0, 0, gutterWidth(), viewport()->height()),
                     base.lightness() < 128 ? base.lighter(115) : base.darker(104));
    painter.setPen(m_lineNumberColor.isValid() ? m_lineNumberColor
                                               : p.color(QPalette::PlaceholderText));
    const int annotations = annotationWidth();
    if (m_annotation) {
        const QPen numbers = painter.pen();
        painter.setPen(p.color(QPalette::Text));
        for (int line = first; line <= last; ++line) {
            const Annotation annotation = m_annotation(line);
            const QRect cell(0, (line - first) * height, annotations - 4, height);
            if (annotation.background.isValid())
                painter.fillRect(cell, annotation.background);
            painter.drawText(
                cell.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                fontMetrics().elidedText(annotation.text, Qt::ElideRight, cell.width() - 8));
        }
        painter.setPen(numbers);
    }
    const QColor reviewed = base.lightness() < 128 ? QColor(40, 90, 50) : QColor(205, 238, 205);
    for (int line = first; line <= last; ++line) {
        const QRect numberCell(annotations, (line - first) * height,
                               gutterWidth() - annotations - 8, height);
        if (isLineReviewed(line))
            painter.fillRect(numberCell.adjusted(0, 0, 8, 0), reviewed);
        painter.drawText(numberCell, Qt::AlignRight | Qt::AlignVCenter,
                         m_gutterLabel ? m_gutterLabel(line) : QString::number(line + 1));
        if (const auto marker = m_markers.constFind(line); marker != m_markers.cend())
            painter.fillRect(QRect(gutterWidth() - 6, (line - first) * height, 5, height),
                             marker->color);
    }
}

void SourceView::setLineMarkers(QHash<int, LineMarker> markers)
{
    m_markers = std::move(markers);
    viewport()->update();
}

void SourceView::setReviewedLines(QVector<QPair<int, int>> spans)
{
    std::sort(spans.begin(), spans.end());
    m_reviewed = std::move(spans);
    viewport()->update();
}

bool SourceView::isLineReviewed(int line) const
{
    // The first span that ends at or after the line.
    const auto it = std::lower_bound(
        m_reviewed.cbegin(), m_reviewed.cend(), line,
        [](const QPair<int, int> &span, int value) { return span.second < value; });
    return it != m_reviewed.cend() && it->first <= line;
}

int SourceView::lineAt(const QPoint &point) const
{
    if (!m_source)
        return -1;
    const int line = firstVisibleLine() + point.y() / lineHeight();
    return line < lineCount() ? line : -1;
}

bool SourceView::isOnMarker(const QPoint &point) const
{
    return point.x() >= gutterWidth() - 8 && point.x() < gutterWidth()
        && m_markers.contains(lineAt(point));
}

bool SourceView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos());
        const auto marker = m_markers.constFind(line);
        if (help->pos().x() < gutterWidth() && marker != m_markers.cend()) {
            QToolTip::showText(help->globalPos(), marker->toolTip, viewport());
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SourceView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *copy = menu.addAction(tr("&Copy"), this,
                                   [this] { QApplication::clipboard()->setText(selectedText()); });
    copy->setEnabled(!selectedText().isEmpty());
    if (!m_contextActions.isEmpty()) {
        menu.addSeparator();
        for (QAction *action : std::as_const(m_contextActions))
            menu.addAction(action);
    }
    menu.exec(event->globalPos());
}

void SourceView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void SourceView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void SourceView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        m_layouts.clear();
        updateScrollBars();
        viewport()->update();
    }
}

SourceView::Position SourceView::positionAt(const QPoint &point)
{
    Position position;
    if (!m_source || lineCount() == 0)
        return position;
    position.line = qBound(0, firstVisibleLine() + point.y() / lineHeight(), lineCount() - 1);
    QTextLayout *layout = layoutFor(position.line);
    const QTextLine line = layout->lineAt(0);
    const qreal x = point.x() - textLeft() + horizontalScrollBar()->value();
    position.column = line.isValid() ? line.xToCursor(qMax<qreal>(0, x)) : 0;
    position.column = int(qMin<qsizetype>(position.column, m_source->line(position.line).size()));
    return position;
}

void SourceView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_source)
        return QAbstractScrollArea::mousePressEvent(event);
    Position position = positionAt(event->pos());
    if (isOnMarker(event->pos())) {
        const int line = lineAt(event->pos());
        Q_EMIT markerClicked(line, m_markers.value(line).key);
        return;
    }
    if (event->pos().x() < annotationWidth()) {
        Q_EMIT annotationClicked(position.line);
        return;
    }
    m_selectingLines = event->pos().x() < gutterWidth();
    m_dragging = true;
    if (m_selectingLines) {
        // A click in the gutter selects whole lines.
        if (!(event->modifiers() & Qt::ShiftModifier))
            m_anchor = {position.line, 0};
        m_cursor = {position.line + 1, 0};
        if (m_cursor.line >= lineCount())
            m_cursor = {lineCount() - 1, int(m_source->line(lineCount() - 1).size())};
        viewport()->update();
        Q_EMIT selectionChanged();
        return;
    }
    moveCursor(position, event->modifiers() & Qt::ShiftModifier);
}

void SourceView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !m_source)
        return QAbstractScrollArea::mouseMoveEvent(event);
    Position position = positionAt(event->pos());
    if (m_selectingLines) {
        if (position.line >= m_anchor.line) {
            m_cursor = {position.line + 1, 0};
            if (m_cursor.line >= lineCount())
                m_cursor = {lineCount() - 1, int(m_source->line(lineCount() - 1).size())};
        } else {
            m_cursor = {position.line, 0};
        }
        viewport()->update();
        Q_EMIT selectionChanged();
        return;
    }
    moveCursor(position, true);
}

void SourceView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void SourceView::moveCursor(Position position, bool extend)
{
    if (!m_source || lineCount() == 0)
        return;
    position.line = qBound(0, position.line, lineCount() - 1);
    position.column = qBound(0, position.column, int(m_source->line(position.line).size()));
    m_cursor = position;
    if (!extend)
        m_anchor = position;
    ensureVisible(position.line);
    viewport()->update();
    Q_EMIT selectionChanged();
}

void SourceView::ensureVisible(int line)
{
    QScrollBar *bar = verticalScrollBar();
    if (line < bar->value())
        bar->setValue(line);
    else if (line >= bar->value() + visibleLineCount())
        bar->setValue(line - visibleLineCount() + 1);
}

void SourceView::keyPressEvent(QKeyEvent *event)
{
    if (!m_source || lineCount() == 0)
        return QAbstractScrollArea::keyPressEvent(event);
    if (event->matches(QKeySequence::Copy)) {
        QApplication::clipboard()->setText(selectedText());
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        setSelection(0, 0, lineCount() - 1, int(m_source->line(lineCount() - 1).size()));
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool control = event->modifiers() & Qt::ControlModifier;
    Position position = m_cursor;
    const int page = visibleLineCount();
    switch (event->key()) {
    case Qt::Key_Up:
        --position.line;
        break;
    case Qt::Key_Down:
        ++position.line;
        break;
    case Qt::Key_PageUp:
        position.line -= page;
        verticalScrollBar()->setValue(verticalScrollBar()->value() - page);
        break;
    case Qt::Key_PageDown:
        position.line += page;
        verticalScrollBar()->setValue(verticalScrollBar()->value() + page);
        break;
    case Qt::Key_Left:
        if (position.column > 0)
            --position.column;
        else if (position.line > 0)
            position = {position.line - 1, int(m_source->line(position.line - 1).size())};
        break;
    case Qt::Key_Right:
        if (position.column < m_source->line(position.line).size())
            ++position.column;
        else if (position.line + 1 < lineCount())
            position = {position.line + 1, 0};
        break;
    case Qt::Key_Home:
        position = control ? Position {0, 0} : Position {position.line, 0};
        break;
    case Qt::Key_End:
        if (control)
            position.line = lineCount() - 1;
        position.column = int(m_source->line(qBound(0, position.line, lineCount() - 1)).size());
        break;
    default:
        return QAbstractScrollArea::keyPressEvent(event);
    }
    position.line = qBound(0, position.line, lineCount() - 1);
    position.column = qMin(position.column, int(m_source->line(position.line).size()));
    moveCursor(position, extend);
}

void SourceView::goToLine(int line)
{
    if (!m_source || lineCount() == 0)
        return;
    const int target = qBound(0, line - 1, lineCount() - 1);
    verticalScrollBar()->setValue(qMax(0, target - visibleLineCount() / 3));
    moveCursor({target, 0}, false);
}

void SourceView::setGutterLabels(GutterLabel label, int widthInCharacters)
{
    m_gutterLabel = std::move(label);
    m_gutterCharacters = widthInCharacters;
    updateScrollBars();
    viewport()->update();
}

void SourceView::setAnnotations(AnnotationFunction annotation, int widthInCharacters)
{
    m_annotation = std::move(annotation);
    m_annotationCharacters = widthInCharacters;
    updateScrollBars();
    viewport()->update();
}

void SourceView::updateAnnotations()
{
    viewport()->update(QRect(0, 0, annotationWidth(), viewport()->height()));
}

void SourceView::setLineBackgrounds(QHash<int, QColor> backgrounds)
{
    m_lineBackgrounds = std::move(backgrounds);
    viewport()->update();
}

void SourceView::setFindTerm(const QString &term, Qt::CaseSensitivity sensitivity)
{
    if (term == m_findTerm && sensitivity == m_findSensitivity)
        return;
    m_findTerm = term;
    m_findSensitivity = sensitivity;
    m_layouts.clear();
    viewport()->update();
}

bool SourceView::findNext(bool backwards, bool *wrapped)
{
    if (wrapped)
        *wrapped = false;
    if (!m_source || m_findTerm.isEmpty())
        return false;
    // The text is searched where it is (a code view holds files of hundreds of MB: no
    // copy); one indexOf from the selection finds the next occurrence.
    const QString &text = m_source->text();
    const auto offsetOf = [this](const Position &position) {
        return m_source->lineStart(position.line) + position.column;
    };
    qsizetype found = -1;
    if (backwards) {
        const qsizetype before = offsetOf(qMin(m_anchor, m_cursor)) - 1;
        if (before >= 0)
            found = text.lastIndexOf(m_findTerm, before, m_findSensitivity);
        if (found < 0) {
            found = text.lastIndexOf(m_findTerm, -1, m_findSensitivity);
            if (wrapped)
                *wrapped = found >= 0;
        }
    } else {
        found = text.indexOf(m_findTerm, offsetOf(qMax(m_anchor, m_cursor)), m_findSensitivity);
        if (found < 0) {
            found = text.indexOf(m_findTerm, 0, m_findSensitivity);
            if (wrapped)
                *wrapped = found >= 0;
        }
    }
    if (found < 0)
        return false;
    const int line = m_source->lineOfOffset(found);
    const int column = int(found - m_source->lineStart(line));
    const int end = int(found + m_findTerm.size() - m_source->lineStart(line));
    // A match off screen is brought to the top third, with context below it.
    QScrollBar *vertical = verticalScrollBar();
    if (line < vertical->value() || line >= vertical->value() + visibleLineCount() - 1)
        vertical->setValue(qMax(0, line - visibleLineCount() / 3));
    setSelection(line, column, line, end);
    // A match far along a long line is scrolled to as well.
    QTextLayout *layout = layoutFor(line);
    if (layout->lineCount() > 0 && end <= MaximumShownLineLength) {
        const QTextLine textLine = layout->lineAt(0);
        const int left = int(textLine.cursorToX(column));
        const int right = int(textLine.cursorToX(end));
        QScrollBar *bar = horizontalScrollBar();
        const int width = viewport()->width() - textLeft();
        if (left < bar->value() || right > bar->value() + width)
            bar->setValue(qMax(0, left - width / 3));
    }
    return true;
}

void SourceView::setSelection(int fromLine, int fromColumn, int toLine, int toColumn)
{
    if (!m_source || lineCount() == 0)
        return;
    auto clamp = [this](int line, int column) {
        line = qBound(0, line, lineCount() - 1);
        return Position {line, qBound(0, column, int(m_source->line(line).size()))};
    };
    m_anchor = clamp(fromLine, fromColumn);
    m_cursor = clamp(toLine, toColumn);
    ensureVisible(m_cursor.line);
    viewport()->update();
    Q_EMIT selectionChanged();
}

QString SourceView::selectedText() const
{
    if (!m_source || m_anchor == m_cursor)
        return {};
    const Position from = qMin(m_anchor, m_cursor);
    const Position to = qMax(m_anchor, m_cursor);
    const qsizetype start = m_source->lineStart(from.line) + from.column;
    const qsizetype end = m_source->lineStart(to.line) + to.column;
    return m_source->text().mid(start, end - start);
}

QPair<int, int> SourceView::selectedLines() const
{
    if (!m_source || m_anchor == m_cursor)
        return {0, 0};
    const Position from = qMin(m_anchor, m_cursor);
    Position to = qMax(m_anchor, m_cursor);
    // A selection ending at the start of a line does not include that line.
    const int last = to.column == 0 && to.line > from.line ? to.line - 1 : to.line;
    return {from.line + 1, last + 1};
}

void SourceView::setColors(const QColor &background, const QColor &foreground,
                           const QColor &lineNumbers)
{
    QPalette p = palette();
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    p.setColor(QPalette::Base, background.isValid() ? background : base.color(QPalette::Base));
    p.setColor(QPalette::Text, foreground.isValid() ? foreground : base.color(QPalette::Text));
    setPalette(p);
    m_lineNumberColor = lineNumbers;
    viewport()->update();
}

} // namespace clearroom::ui
