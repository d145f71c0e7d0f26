// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pdfrenderer.h"

#include "compat.h"
#include "reproduciblepdf.h"

#include <QBuffer>
#include <QColor>
#include <QFont>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>
#include <QThread>

#include <algorithm>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace clearroom::package {

namespace {

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The report's own HTML, read into the blocks the PDF is laid out from.
//
// The PDF is laid out here, with one QTextLayout per paragraph and per table cell, rather
// than by QTextDocument: for speed. QTextDocument took about 10 ms per finding (HTML and
// CSS parsing into a format collection, a frame per table whose lookup grows with the
// document, a linear search for a cell's row), so a report of 10,000 findings took minutes;
// here the same text, fonts and colours are set in a small fraction of that. Only the HTML
// that ReportWriter and the consolidated package's report write is understood: headings,
// paragraphs, the comment block, tables (facts, grids, code excerpts), line breaks, and
// spans with the inline colours, weights and backgrounds of the highlighted excerpts. An
// unknown tag is skipped and its text kept, so nothing of the content is ever lost.

// What a piece of text looks like.
struct CharStyle
{
    bool mono = false;
    qreal points = 10;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strike = false;
    QRgb color = qRgb(0x1a, 0x1a, 0x1a);
    QRgb background = 0; // transparent: none

    bool operator==(const CharStyle &other) const
    {
        return mono == other.mono && points == other.points && bold == other.bold
            && italic == other.italic && underline == other.underline && strike == other.strike
            && color == other.color && background == other.background;
    }
    bool operator!=(const CharStyle &other) const { return !(*this == other); }
};

struct StyleRun
{
    int start;
    CharStyle style;
};

// A paragraph or a table cell: its text (line breaks as QChar::LineSeparator) and styles.
struct TextBox
{
    QString text;
    CharStyle base;
    QVector<StyleRun> runs;
    bool preserveSpaces = false;
    bool alignRight = false;
    bool header = false;
    QRgb background = 0;
    int percentWidth = 0; // of the table, from width="N%"
    // Where its lines fall when laid out at its width (top and height of each, from the
    // top of its text): measured before the pages are counted, and the pages are made by
    // them both times.
    QVector<QPair<qreal, qreal>> lines;
    qreal textHeight = 0;
};

enum class TableKind { Plain, Facts, Grid, Code };

struct Block
{
    enum class Kind { Paragraph, Table } kind = Kind::Paragraph;
    // A paragraph
    TextBox paragraph;
    int heading = 0; // 1 to 4
    qreal marginTop = 0;
    qreal marginBottom = 0;
    qreal indent = 0;
    // A table
    TableKind table = TableKind::Plain;
    QVector<QVector<TextBox>> rows;
    bool headerRow = false;
    QVector<qreal> columns; // widths, worked out once
};

QRgb colorValue(QStringView text, QRgb fallback)
{
    const QColor color(text.trimmed().toString());
    return color.isValid() ? color.rgb() : fallback;
}

// The report's HTML, read into blocks. Whitespace is collapsed as a browser does, but in
// text that keeps its spaces (white-space: pre-wrap: descriptions, code).
class HtmlBlocks
{
public:
    explicit HtmlBlocks(const QString &html)
        : m_html(html)
    {
    }

    std::deque<Block> read()
    {
        const int size = int(m_html.size());
        int at = 0;
        while (at < size) {
            const int tag = int(m_html.indexOf(QLatin1Char('<'), at));
            const int textEnd = tag < 0 ? size : tag;
            if (textEnd > at)
                text(QStringView(m_html).mid(at, textEnd - at));
            if (tag < 0)
                break;
            if (QStringView(m_html).mid(tag, 4) == QLatin1String("<!--")) {
                const int end = int(m_html.indexOf(QLatin1String("-->"), tag));
                at = end < 0 ? size : end + 3;
                continue;
            }
            const int close = int(m_html.indexOf(QLatin1Char('>'), tag));
            if (close < 0)
                break;
            element(QStringView(m_html).mid(tag + 1, close - tag - 1));
            at = close + 1;
            if (m_skipping) {
                // The head: its title and style sheet are not the report's text.
                const int end = int(m_html.indexOf(QLatin1String("</head>"), at));
                at = end < 0 ? size : end + 7;
                m_skipping = false;
            }
        }
        endBox();
        return std::move(m_blocks);
    }

private:
    struct Open
    {
        QString name;
        CharStyle style;
        qreal indent;
    };

    static QString attribute(QStringView tag, QLatin1String name)
    {
        int at = 0;
        while ((at = int(tag.indexOf(name, at))) >= 0) {
            const int after = at + int(name.size());
            if ((at == 0 || tag.at(at - 1).isSpace())
                && tag.mid(after, 2) == QLatin1String("=\"")) {
                const int end = int(tag.indexOf(QLatin1Char('"'), after + 2));
                if (end < 0)
                    return {};
                return decoded(tag.mid(after + 2, end - after - 2));
            }
            at = after;
        }
        return {};
    }

    static QString decoded(QStringView text)
    {
        QString out;
        out.reserve(text.size());
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&')) {
                out += text.at(i);
                continue;
            }
            const int end = int(text.indexOf(QLatin1Char(';'), i));
            if (end < 0 || end - i > 10) {
                out += text.at(i);
                continue;
            }
            const QStringView name = text.mid(i + 1, end - i - 1);
            char32_t code = 0;
            if (name == QLatin1String("amp"))
                code = '&';
            else if (name == QLatin1String("lt"))
                code = '<';
            else if (name == QLatin1String("gt"))
                code = '>';
            else if (name == QLatin1String("quot"))
                code = '"';
            else if (name == QLatin1String("nbsp"))
                code = 0xa0;
            else if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
                code = name.mid(2).toUInt(nullptr, 16);
            else if (name.startsWith(QLatin1Char('#')))
                code = name.mid(1).toUInt();
            if (code == 0 || code > 0x10ffff) {
                out += text.at(i);
                continue;
            }
            if (QChar::requiresSurrogates(code)) {
                out += QChar(QChar::highSurrogate(code));
                out += QChar(QChar::lowSurrogate(code));
            } else {
                out += QChar(char16_t(code));
            }
            i = end;
        }
        return out;
    }

    static void applyInlineStyle(CharStyle &style, QStringView css)
    {
        for (const QStringView declaration : css.split(QLatin1Char(';'))) {
            const int colon = int(declaration.indexOf(QLatin1Char(':')));
            if (colon < 0)
                continue;
            const QStringView property = declaration.left(colon).trimmed();
            const QStringView value = declaration.mid(colon + 1).trimmed();
            if (property == QLatin1String("color"))
                style.color = colorValue(value, style.color);
            else if (property == QLatin1String("background-color"))
                style.background = colorValue(value, style.background);
            else if (property == QLatin1String("font-weight"))
                style.bold = value == QLatin1String("bold");
            else if (property == QLatin1String("font-style"))
                style.italic = value == QLatin1String("italic");
            else if (property == QLatin1String("text-decoration")) {
                style.underline = value == QLatin1String("underline");
                style.strike = value == QLatin1String("line-through");
            }
        }
    }

    CharStyle current() const { return m_open.empty() ? CharStyle {} : m_open.back().style; }
    qreal indent() const { return m_open.empty() ? 0 : m_open.back().indent; }

    void element(QStringView tag)
    {
        if (tag.isEmpty() || tag.at(0) == QLatin1Char('!'))
            return;
        const bool closing = tag.at(0) == QLatin1Char('/');
        if (closing)
            tag = tag.mid(1);
        int nameEnd = 0;
        while (nameEnd < tag.size() && !tag.at(nameEnd).isSpace()
               && tag.at(nameEnd) != QLatin1Char('/'))
            ++nameEnd;
        const QString name = tag.left(nameEnd).toString().toLower();
        if (closing) {
            close(name);
            return;
        }
        if (name == QLatin1String("head")) {
            m_skipping = true;
            return;
        }
        if (name == QLatin1String("br")) {
            if (m_box)
                append(QString(QChar::LineSeparator), current(), true);
            return;
        }
        if (name == QLatin1String("meta") || name == QLatin1String("img")
            || name == QLatin1String("hr") || name == QLatin1String("col"))
            return;
        const QString cls = attribute(tag, QLatin1String("class"));
        const QStringList classes = cls.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        CharStyle style = current();
        qreal indent = this->indent();

        if (name.size() == 2 && name.at(0) == QLatin1Char('h') && name.at(1) >= QLatin1Char('1')
            && name.at(1) <= QLatin1Char('4')) {
            const int level = name.at(1).unicode() - '0';
            static constexpr qreal sizes[] = {0, 18, 14, 12, 10};
            static constexpr qreal above[] = {0, 6, 18, 16, 8};
            static constexpr qreal below[] = {0, 2, 6, 4, 2};
            style.points = sizes[level];
            style.bold = true;
            beginParagraph(style, above[level], below[level], indent, level);
        } else if (name == QLatin1String("p")) {
            qreal top = 4;
            qreal bottom = 4;
            if (classes.contains(QLatin1String("subtitle"))) {
                style.points = 13;
                top = 0;
            }
            if (classes.contains(QLatin1String("note"))
                || classes.contains(QLatin1String("footer"))) {
                style.color = qRgb(0x44, 0x44, 0x44);
                style.points = 9;
            }
            if (classes.contains(QLatin1String("path"))) {
                style.mono = true;
                bottom = 2;
            }
            if (classes.contains(QLatin1String("comment-head"))) {
                style.color = qRgb(0x44, 0x44, 0x44);
                bottom = 1;
            }
            beginParagraph(style, top, bottom, indent, 0);
            m_box->preserveSpaces = classes.contains(QLatin1String("text"));
        } else if (name == QLatin1String("div")) {
            if (classes.contains(QLatin1String("comment")))
                indent += 12;
        } else if (name == QLatin1String("table")) {
            endBox();
            Block block;
            block.kind = Block::Kind::Table;
            block.indent = indent;
            block.marginTop = 4;
            block.marginBottom = 6;
            if (classes.contains(QLatin1String("code"))) {
                block.table = TableKind::Code;
                style.mono = true;
                style.points = 8;
            } else if (classes.contains(QLatin1String("grid"))) {
                block.table = TableKind::Grid;
            } else if (classes.contains(QLatin1String("facts"))) {
                block.table = TableKind::Facts;
            }
            m_blocks.push_back(std::move(block));
            m_table = &m_blocks.back();
        } else if (name == QLatin1String("tr")) {
            endBox();
            if (m_table) {
                m_table->rows.append(QVector<TextBox>());
                if (classes.contains(QLatin1String("total")))
                    style.bold = true;
            }
        } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
            endBox();
            if (m_table && !m_table->rows.isEmpty()) {
                const bool header = name == QLatin1String("th");
                if (header)
                    style.bold = true;
                const bool code = m_table->table == TableKind::Code;
                if (code && classes.contains(QLatin1String("number")))
                    style.color = qRgb(0x6e, 0x6e, 0x6e);
                if (code && classes.contains(QLatin1String("marker")))
                    style.color = qRgb(0xb9, 0x77, 0x0e);
                CharStyle cellStyle = style;
                applyInlineStyle(cellStyle, attribute(tag, QLatin1String("style")));
                TextBox box;
                box.base = style;
                box.background = cellStyle.background;
                box.header = header;
                box.alignRight = classes.contains(QLatin1String("count"))
                    || classes.contains(QLatin1String("number"));
                box.preserveSpaces = classes.contains(QLatin1String("source"));
                const QString width = attribute(tag, QLatin1String("width"));
                if (width.endsWith(QLatin1Char('%')))
                    box.percentWidth = width.chopped(1).toInt();
                if (header && m_table->table == TableKind::Grid && qAlpha(box.background) == 0)
                    box.background = qRgb(0xee, 0xee, 0xee);
                if (header && m_table->rows.size() == 1)
                    m_table->headerRow = true;
                m_table->rows.last().append(std::move(box));
                m_box = &m_table->rows.last().last();
            }
        } else if (name == QLatin1String("span") || name == QLatin1String("code")
                   || name == QLatin1String("b") || name == QLatin1String("strong")
                   || name == QLatin1String("i") || name == QLatin1String("em")) {
            if (name == QLatin1String("code") || classes.contains(QLatin1String("mono")))
                style.mono = true;
            if (name == QLatin1String("b") || name == QLatin1String("strong"))
                style.bold = true;
            if (name == QLatin1String("i") || name == QLatin1String("em"))
                style.italic = true;
            applyInlineStyle(style, attribute(tag, QLatin1String("style")));
        }
        m_open.push_back({name, style, indent});
    }

    void close(const QString &name)
    {
        // Close up to the matching element (the report's HTML is well formed; this is
        // lenient with anything that is not).
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (it->name != name)
                continue;
            m_open.erase(std::next(it).base(), m_open.end());
            break;
        }
        if (name == QLatin1String("table")) {
            endBox();
            m_table = nullptr;
        } else if (name == QLatin1String("p") || name == QLatin1String("td")
                   || name == QLatin1String("th") || name == QLatin1String("tr")
                   || (name.size() == 2 && name.at(0) == QLatin1Char('h'))) {
            endBox();
        }
    }

    void beginParagraph(const CharStyle &style, qreal top, qreal bottom, qreal indent, int heading)
    {
        endBox();
        Block block;
        block.paragraph.base = style;
        block.heading = heading;
        block.marginTop = top;
        block.marginBottom = bottom;
        block.indent = indent;
        m_blocks.push_back(std::move(block));
        m_box = &m_blocks.back().paragraph;
        m_table = nullptr;
    }

    void endBox()
    {
        if (m_box && !m_box->preserveSpaces) {
            // Collapsed whitespace leaves no space at the end of a line.
            while (!m_box->text.isEmpty() && m_box->text.back() == QLatin1Char(' '))
                m_box->text.chop(1);
        }
        m_box = nullptr;
    }

    void text(QStringView raw)
    {
        if (!m_box) {
            // Text outside a paragraph or cell (none in the report's own HTML): a paragraph
            // of its own, so that nothing is lost.
            if (raw.trimmed().isEmpty() || m_table)
                return;
            beginParagraph(current(), 4, 4, indent(), 0);
        }
        QString text = decoded(raw);
        if (!m_box->preserveSpaces) {
            QString collapsed;
            collapsed.reserve(text.size());
            bool space = m_box->text.isEmpty() || m_box->text.back() == QLatin1Char(' ')
                || m_box->text.back() == QChar::LineSeparator;
            for (const QChar c : std::as_const(text)) {
                if (c == QLatin1Char(' ') || c == QLatin1Char('\n') || c == QLatin1Char('\t')
                    || c == QLatin1Char('\r')) {
                    if (!space)
                        collapsed += QLatin1Char(' ');
                    space = true;
                } else {
                    collapsed += c;
                    space = false;
                }
            }
            text = collapsed;
        } else {
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        }
        append(text, current(), false);
    }

    void append(const QString &text, const CharStyle &style, bool lineBreak)
    {
        if (text.isEmpty())
            return;
        if (lineBreak && !m_box->preserveSpaces) {
            while (!m_box->text.isEmpty() && m_box->text.back() == QLatin1Char(' '))
                m_box->text.chop(1);
        }
        if (m_box->runs.isEmpty() ? style != m_box->base : m_box->runs.last().style != style)
            m_box->runs.append(StyleRun {int(m_box->text.size()), style});
        m_box->text += text;
    }

    const QString &m_html;
    std::deque<Block> m_blocks; // a deque: boxes keep their addresses
    std::vector<Open> m_open;
    TextBox *m_box = nullptr;
    Block *m_table = nullptr;
    bool m_skipping = false;
};

constexpr qreal PointsPerInch = 72;

// Lays the blocks out on pages and, given a painter, draws them. Run twice: once to count
// the pages (each footer says how many there are in all), once to draw.
class PageFlow
{
public:
    PageFlow(QPdfWriter &writer, QSizeF page)
        : m_writer(writer)
        , m_page(page)
        , m_unit(writer.resolution() / PointsPerInch)
    {
    }

    int pages() const { return m_pageIndex + 1; }

    // Lays out the blocks [from, to) and keeps where their lines fall (TextBox::lines).
    // Blocks are independent of each other here, so that two threads can measure a half
    // each.
    void measure(std::deque<Block> &blocks, size_t from, size_t to)
    {
        m_measuring = true;
        for (size_t i = from; i < to; ++i) {
            Block &block = blocks[i];
            if (block.kind == Block::Kind::Paragraph) {
                Cell cell = paragraphCell(block);
                layOut(cell);
            } else {
                const qreal x0 = pt(block.indent);
                columns(block, m_page.width() - x0);
                for (int r = 0; r < block.rows.size(); ++r)
                    rowCells(block, r, x0);
            }
        }
        m_measuring = false;
    }

    // Draws on `painter` (null: counts the pages only); `footer` is called at the end of
    // every page with its index.
    void run(std::deque<Block> &blocks, QPainter *painter, const std::function<void(int)> &footer)
    {
        m_painter = painter;
        m_footer = footer;
        m_pageIndex = 0;
        m_y = 0;
        m_previousMargin = 0;
        for (Block &block : blocks) {
            if (block.kind == Block::Kind::Paragraph)
                paragraph(block);
            else
                table(block);
        }
        if (m_footer)
            m_footer(m_pageIndex);
    }

private:
    struct Cell
    {
        TextBox *box = nullptr;
        qreal x = 0;
        qreal width = 0;
        qreal padLeft = 0, padRight = 0, padTop = 0, padBottom = 0;
        std::shared_ptr<const QTextLayout> layout;
        qreal height = 0; // with the padding
    };

    qreal pt(qreal points) const { return points * m_unit; }

    static int fontKey(const CharStyle &style)
    {
        return (style.mono ? 1 : 0) | (style.bold ? 2 : 0) | (style.italic ? 4 : 0)
            | (int(style.points * 4) << 3);
    }

    const QFont &font(const CharStyle &style)
    {
        const int key = fontKey(style);
        auto found = m_fonts.find(key);
        if (found == m_fonts.end()) {
            QFont font(style.mono ? QStringLiteral("DejaVu Sans Mono")
                                  : QStringLiteral("DejaVu Sans"));
            font.setPointSizeF(style.points);
            font.setBold(style.bold);
            font.setItalic(style.italic);
            found = m_fonts.emplace(key, QFont(font, &m_writer)).first;
        }
        return found->second;
    }

    // The text's width on one line, per line of it (for the columns of grids and facts).
    qreal naturalWidth(const TextBox &box)
    {
        const QFont &base = font(box.base);
        auto metrics = m_metrics.find(&base);
        if (metrics == m_metrics.end())
            metrics = m_metrics.emplace(&base, QFontMetricsF(base, &m_writer)).first;
        qreal widest = 0;
        for (const QStringView line : QStringView(box.text).split(QChar::LineSeparator))
            widest = std::max(widest, metrics->second.horizontalAdvance(line.toString()));
        // Runs in another font (a fingerprint in the mono font): a little room for them.
        return widest * (box.runs.isEmpty() ? 1.0 : 1.15);
    }

    // A short text in one style (a label, a line number, a count) is laid out once for
    // each width and kept: a report repeats them for every finding.
    struct ReusedKey
    {
        QString text;
        int font;
        qint64 width;
        bool alignRight;
        bool operator==(const ReusedKey &other) const
        {
            return font == other.font && width == other.width && alignRight == other.alignRight
                && text == other.text;
        }
        friend compat::HashValue qHash(const ReusedKey &key, compat::HashValue seed = 0)
        {
            return qHash(key.text, seed) ^ compat::HashValue(key.font)
                ^ compat::HashValue(key.width * 31) ^ (key.alignRight ? 0x5bd1e995u : 0u);
        }
    };
    static constexpr int ReusedLength = 48;
    static constexpr int ReusedLayouts = 20000;

    // Lays the cell's text out: when measuring, to note where its lines fall; when drawing,
    // to draw them.
    void layOut(Cell &cell)
    {
        TextBox &box = *cell.box;
        const qreal width = std::max<qreal>(cell.width - cell.padLeft - cell.padRight, pt(12));
        const bool reusable = box.runs.isEmpty() && box.text.size() <= ReusedLength;
        ReusedKey key;
        if (reusable) {
            key = {box.text, fontKey(box.base), qRound64(width * 64), box.alignRight};
            if (const auto found = m_reused.constFind(key); found != m_reused.cend()) {
                cell.layout = found->layout;
                if (m_measuring) {
                    box.lines = found->lines;
                    box.textHeight = found->height;
                }
                return;
            }
        }
        auto layout = std::make_shared<QTextLayout>(box.text, font(box.base), &m_writer);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setAlignment(box.alignRight ? Qt::AlignRight : Qt::AlignLeft);
        layout->setTextOption(option);
        if (!box.runs.isEmpty()) {
            QVector<QTextLayout::FormatRange> formats;
            formats.reserve(box.runs.size());
            for (int i = 0; i < box.runs.size(); ++i) {
                const StyleRun &run = box.runs.at(i);
                const int end
                    = i + 1 < box.runs.size() ? box.runs.at(i + 1).start : int(box.text.size());
                if (end <= run.start || run.style == box.base)
                    continue;
                QTextCharFormat format;
                format.setFont(font(run.style), QTextCharFormat::FontPropertiesAll);
                format.setForeground(QColor(run.style.color));
                if (qAlpha(run.style.background) != 0)
                    format.setBackground(QColor(run.style.background));
                format.setFontUnderline(run.style.underline);
                format.setFontStrikeOut(run.style.strike);
                formats.append(QTextLayout::FormatRange {run.start, end - run.start, format});
            }
            layout->setFormats(formats);
        }
        layout->beginLayout();
        qreal y = 0;
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout->endLayout();
        if (m_measuring) {
            box.lines.clear();
            box.lines.reserve(layout->lineCount());
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                box.lines.append({line.y(), line.height()});
            }
            box.textHeight = y;
        }
        if (reusable) {
            if (m_reused.size() >= ReusedLayouts)
                m_reused.clear();
            m_reused.insert(key, {layout, box.lines, box.textHeight});
        }
        cell.layout = std::move(layout);
    }

    void newPage()
    {
        if (m_footer)
            m_footer(m_pageIndex);
        if (m_painter)
            m_writer.newPage();
        ++m_pageIndex;
        m_y = 0;
        m_previousMargin = 0;
    }

    // The space between blocks: the larger of the two margins, none at the top of a page.
    void advance(qreal marginTop)
    {
        if (m_y > 0)
            m_y += pt(std::max(marginTop, m_previousMargin));
    }

    // Where a slice of the cells starting at `from` must end to fit `room`: never through
    // a line of text.
    static qreal cut(const std::vector<Cell> &cells, qreal from, qreal room)
    {
        qreal end = from + room;
        for (bool moved = true; moved;) {
            moved = false;
            for (const Cell &cell : cells) {
                for (const auto &line : std::as_const(cell.box->lines)) {
                    const qreal top = cell.padTop + line.first;
                    const qreal bottom = top + line.second;
                    if (top < end && bottom > end && top > from) {
                        end = top;
                        moved = true;
                    }
                }
            }
        }
        return end;
    }

    // Places a row of cells (a paragraph is a row of one), broken across pages between
    // lines where it does not fit; a table row that fits on a page is kept together.
    // `decorate` draws the borders of each slice (its top and height on the page, whether
    // it begins and ends the row).
    template<typename Decorate>
    void place(std::vector<Cell> &cells, bool keepTogether, const Decorate &decorate)
    {
        qreal height = 0;
        for (const Cell &cell : cells)
            height = std::max(height, cell.height);
        if (keepTogether && m_y > 0 && m_y + height > m_page.height() && height <= m_page.height())
            newPage();
        qreal from = 0;
        while (true) {
            const qreal room = m_page.height() - m_y;
            qreal to = height - from <= room ? height : cut(cells, from, room);
            if (to <= from) {
                if (m_y > 0) {
                    newPage();
                    continue;
                }
                to = std::min(height, from + room); // a line taller than a page
            }
            draw(cells, from, to, height);
            decorate(m_y, to - from, from == 0, to >= height);
            m_y += to - from;
            if (to >= height)
                break;
            newPage();
            from = to;
        }
    }

    void draw(const std::vector<Cell> &cells, qreal from, qreal to, qreal rowHeight)
    {
        if (!m_painter)
            return;
        for (const Cell &cell : cells) {
            if (qAlpha(cell.box->background) != 0) {
                m_painter->fillRect(QRectF(cell.x, m_y, cell.width, to - from),
                                    QColor(cell.box->background));
            }
            m_painter->setPen(QColor(cell.box->base.color));
            const QPointF origin(cell.x + cell.padLeft, m_y + cell.padTop - from);
            // Each line where its own layout puts it (the same as measured; were it not,
            // a line would still be drawn, in the slice its top falls in, or the last).
            for (int i = 0; i < cell.layout->lineCount(); ++i) {
                const QTextLine line = cell.layout->lineAt(i);
                const qreal top = cell.padTop + line.y();
                if (top < from)
                    continue;
                if (top >= to && to < rowHeight)
                    break;
                line.draw(m_painter, origin);
            }
        }
    }

    Cell paragraphCell(Block &block)
    {
        Cell cell;
        cell.box = &block.paragraph;
        cell.x = pt(block.indent);
        cell.width = m_page.width() - cell.x;
        return cell;
    }

    void paragraph(Block &block)
    {
        advance(block.marginTop);
        std::vector<Cell> cells(1);
        Cell &cell = cells.front();
        cell = paragraphCell(block);
        cell.height = block.paragraph.textHeight;
        if (m_painter)
            layOut(cell);
        // A heading stays with what follows it: room for it and a few lines more.
        if (block.heading > 0 && m_y > 0 && m_y + cell.height + pt(40) > m_page.height())
            newPage();
        const bool rule = block.heading == 2;
        place(cells, false, [&](qreal top, qreal height, bool, bool last) {
            if (rule && last && m_painter) {
                m_painter->setPen(QPen(QColor(0x99, 0x99, 0x99), pt(0.75)));
                m_painter->drawLine(QPointF(cell.x, top + height + pt(1)),
                                    QPointF(m_page.width(), top + height + pt(1)));
            }
        });
        if (rule)
            m_y += pt(2);
        m_previousMargin = block.marginBottom;
    }

    void columns(Block &block, qreal available)
    {
        int count = 0;
        for (const auto &row : std::as_const(block.rows))
            count = std::max(count, int(row.size()));
        block.columns.fill(0, count);
        if (count == 0)
            return;
        // Widths given in per cent (the code excerpts).
        if (!block.rows.isEmpty() && !block.rows.first().isEmpty()
            && block.rows.first().first().percentWidth > 0) {
            for (int c = 0; c < block.rows.first().size(); ++c)
                block.columns[c] = available * block.rows.first().at(c).percentWidth / 100;
            return;
        }
        const qreal padding = block.table == TableKind::Facts ? pt(10) : pt(10) + pt(1.5);
        QVector<qreal> natural(count, 0);
        for (const auto &row : std::as_const(block.rows)) {
            for (int c = 0; c < row.size(); ++c)
                natural[c] = std::max(natural[c], naturalWidth(row.at(c)) + padding);
        }
        qreal total = 0;
        for (const qreal width : std::as_const(natural))
            total += width;
        if (block.table == TableKind::Facts && count == 2) {
            block.columns[0] = std::min(natural[0], available * 0.4);
            block.columns[1] = available - block.columns[0];
            return;
        }
        if (total <= available) {
            block.columns = natural;
            return;
        }
        // Too wide: the narrow columns keep their width, the wide ones share the rest.
        const qreal fair = available / count;
        qreal narrow = 0;
        qreal wide = 0;
        for (const qreal width : std::as_const(natural))
            (width <= fair ? narrow : wide) += width;
        for (int c = 0; c < count; ++c)
            block.columns[c]
                = natural[c] <= fair ? natural[c] : natural[c] * (available - narrow) / wide;
    }

    void table(Block &block)
    {
        advance(block.marginTop);
        const qreal x0 = pt(block.indent);
        const int rowCount = int(block.rows.size());
        for (int r = 0; r < rowCount; ++r) {
            std::vector<Cell> cells = rowCells(block, r, x0);
            qreal height = 0;
            for (const Cell &cell : cells)
                height = std::max(height, cell.height);
            if (m_y > 0 && m_y + height > m_page.height() && height <= m_page.height())
                newPage();
            // A grid's header row again at the top of each page it continues on.
            if (block.table == TableKind::Grid && block.headerRow && r > 0 && m_y == 0) {
                std::vector<Cell> header = rowCells(block, 0, x0);
                placeRow(block, header, x0, false, false);
            }
            placeRow(block, cells, x0, r == 0, r == rowCount - 1);
        }
        m_previousMargin = block.marginBottom;
    }

    std::vector<Cell> rowCells(Block &block, int r, qreal x0)
    {
        auto &boxes = block.rows[r];
        std::vector<Cell> cells(size_t(boxes.size()));
        qreal x = x0;
        for (int c = 0; c < boxes.size(); ++c) {
            Cell &cell = cells[size_t(c)];
            cell.box = &boxes[c];
            cell.x = x;
            cell.width = c < block.columns.size() ? block.columns.at(c) : pt(40);
            if (block.table == TableKind::Grid) {
                cell.padLeft = cell.padRight = pt(5);
                cell.padTop = cell.padBottom = pt(2);
            } else if (block.table == TableKind::Code) {
                cell.padLeft = pt(0.75);
                cell.padRight = pt(c + 1 < boxes.size() ? 4 : 0.75);
                cell.padTop = cell.padBottom = pt(0.75);
            } else {
                cell.padRight = pt(10);
                cell.padTop = cell.padBottom = pt(1);
            }
            x += cell.width;
            if (m_measuring || m_painter)
                layOut(cell);
            cell.height = cell.padTop + cell.box->textHeight + cell.padBottom;
        }
        return cells;
    }

    void placeRow(const Block &block, std::vector<Cell> &cells, qreal x0, bool first, bool last)
    {
        const qreal right = cells.empty() ? x0 : cells.back().x + cells.back().width;
        place(cells, true, [&](qreal top, qreal height, bool begins, bool ends) {
            if (!m_painter)
                return;
            if (block.table == TableKind::Grid) {
                m_painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), pt(0.75)));
                m_painter->setBrush(Qt::NoBrush);
                for (const Cell &cell : cells)
                    m_painter->drawRect(QRectF(cell.x, top, cell.width, height));
            } else if (block.table == TableKind::Code) {
                m_painter->setPen(QPen(QColor(0xc8, 0xc8, 0xc8), pt(0.75)));
                m_painter->drawLine(QPointF(x0, top), QPointF(x0, top + height));
                m_painter->drawLine(QPointF(right, top), QPointF(right, top + height));
                if (first && begins)
                    m_painter->drawLine(QPointF(x0, top), QPointF(right, top));
                if (last && ends)
                    m_painter->drawLine(QPointF(x0, top + height), QPointF(right, top + height));
            }
        });
    }

    QPdfWriter &m_writer;
    const QSizeF m_page;
    const qreal m_unit; // device units per point
    QPainter *m_painter = nullptr;
    std::function<void(int)> m_footer;
    int m_pageIndex = 0;
    qreal m_y = 0;
    qreal m_previousMargin = 0;
    std::map<int, QFont> m_fonts;
    std::map<const QFont *, QFontMetricsF> m_metrics;
    struct Reused
    {
        std::shared_ptr<const QTextLayout> layout;
        QVector<QPair<qreal, qreal>> lines;
        qreal height;
    };
    QHash<ReusedKey, Reused> m_reused;
    bool m_measuring = false;
};

} // namespace

QByteArray PdfRenderer::xmpMetadata(const PdfMetadata &metadata)
{
    const QByteArray date = metadata.created.toUTC().toString(Qt::ISODate).toLatin1();
    // The XMP packet of PDF/A-1b (ISO 19005-1): the title, creator and producer the
    // document information names, the creation time, and the PDF/A identification.
    return QByteArrayLiteral(
               "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
               "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
               "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
               "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
               "rdf:about=\"\">\n"
               "      <dc:title>\n"
               "        <rdf:Alt>\n"
               "          <rdf:li xml:lang=\"x-default\">")
        + xmlEscaped(metadata.title)
        + QByteArrayLiteral("</rdf:li>\n"
                            "        </rdf:Alt>\n"
                            "      </dc:title>\n"
                            "    </rdf:Description>\n"
                            "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                            "rdf:about=\"\" xmp:CreatorTool=\"")
        + xmlEscaped(metadata.creator) + QByteArrayLiteral("\" xmp:CreateDate=\"") + date
        + QByteArrayLiteral("\" xmp:ModifyDate=\"") + date
        + QByteArrayLiteral("\"/>\n"
                            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                            "rdf:about=\"\" pdf:Producer=\"Qt ")
        + QByteArray(qVersion())
        + QByteArrayLiteral("\"/>\n"
                            "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
                            "rdf:about=\"\" pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
                            "  </rdf:RDF>\n"
                            "</x:xmpmeta>\n"
                            "<?xpacket end='w'?>\n");
}

Result<QByteArray> PdfRenderer::render(const QString &html, const PdfMetadata &metadata)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error {tr("Writing a PDF needs Qt's graphical application object for its fonts; "
                         "without a display, run with the offscreen platform "
                         "(QT_QPA_PLATFORM=offscreen).")};
    }
    // The same content gives the same PDF only in the same fonts: never in a substitute.
    for (const QString &family :
         {QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Sans Mono")}) {
        if (QFontInfo(QFont(family)).family() != family) {
            return Error {tr("The PDF report is set in the font “%1”, which is not installed "
                             "(Debian: fonts-dejavu-core).")
                              .arg(family)};
        }
    }
    if (!metadata.created.isValid())
        return Error {tr("The PDF has no creation time to record.")};

    std::deque<Block> blocks = HtmlBlocks(html).read();
    QByteArray pdf;
    {
        // Qt writes the fonts in the order of a QHash: fixed while the PDF is made.
        const compat::DeterministicHashSeed fixedOrder;
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setTitle(metadata.title);
        writer.setCreator(metadata.creator);
        writer.setDocumentXmpMetadata(xmpMetadata(metadata));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);

        // Every length is in the PDF's own units (its resolution, not the screen's), so
        // that the bytes do not depend on the display the export ran on.
        QFont footerFont(QStringLiteral("DejaVu Sans"), 7);
        footerFont = QFont(footerFont, &writer);
        const QFontMetricsF footerMetrics(footerFont, &writer);
        const qreal footerHeight = footerMetrics.height() * 2;
        const QSizeF page(writer.width(), writer.height() - footerHeight);
        const QString footerTitle
            = footerMetrics.elidedText(metadata.title, Qt::ElideRight, page.width() * 0.75);

        // Laid out once to measure where every line falls, then again to draw, since
        // keeping every line's layout would take gigabytes; the pages are counted in
        // between (the footers say how many there are in all). The measuring is split
        // between two threads by the length of the text (each with its own fonts, as Qt's
        // font caches are per thread); the drawing is on this one, since QPainter is.
        std::vector<qsizetype> weights;
        weights.reserve(blocks.size());
        qsizetype total = 0;
        for (const Block &block : blocks) {
            qsizetype weight = block.paragraph.text.size() + 16;
            for (const auto &row : block.rows) {
                for (const TextBox &box : row)
                    weight += box.text.size() + 16;
            }
            weights.push_back(weight);
            total += weight;
        }
        size_t half = 0;
        for (qsizetype sum = 0; half < weights.size() && sum < total / 2; ++half)
            sum += weights[half];
        std::unique_ptr<QThread> helper(QThread::create([&writer, &blocks, page, half] {
            PageFlow(writer, page).measure(blocks, half, blocks.size());
        }));
        helper->start();
        PageFlow flow(writer, page);
        flow.measure(blocks, 0, half);
        helper->wait();
        helper.reset();
        flow.run(blocks, nullptr, {});
        const int pages = flow.pages();

        QPainter painter;
        if (!painter.begin(&writer))
            return Error {tr("Qt could not begin the PDF.")};
        flow.run(blocks, &painter, [&](int index) {
            painter.setFont(footerFont);
            painter.setPen(Qt::darkGray);
            const QRectF footer(0, page.height(), page.width(), footerHeight);
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                             footerTitle);
            painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine,
                             tr("Page %1 of %2").arg(index + 1).arg(pages));
        });
        painter.end();
    }
    if (!pdf.startsWith("%PDF-"))
        return Error {tr("Qt did not write a PDF.")};
    return ReproduciblePdf::fix(pdf, metadata.created);
}

} // namespace clearroom::package
