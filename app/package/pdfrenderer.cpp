// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pdfrenderer.h"

#include "excerpthtml.h"
#include "pdfdocument.h"

#include <QColor>
#include <QFont>
#include <QFontInfo>
#include <QGuiApplication>
#include <QHash>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <memory_resource>
#include <optional>
#include <utility>
#include <vector>

namespace clearroom::package {

namespace {

// The report's own HTML, read into the blocks the PDF is laid out from.
//
// The PDF is laid out here (TextSetter, PageFlow) and written by PdfDocument rather than
// by QTextDocument or QTextLayout on QPdfWriter: for speed. QTextDocument took about 10 ms
// per finding (HTML and CSS parsing into a format collection, a frame per table whose
// lookup grows with the document, a linear search for a cell's row), and a QTextLayout per
// paragraph on QPdfWriter still 8 ms, so a report of 10,000 findings took minutes; here
// the same text, fonts and colours are set in a small fraction of that. Only the HTML
// that ReportWriter and the consolidated package's report write is understood: headings,
// paragraphs, the comment block, tables (facts, grids, code excerpts), line breaks, and
// spans with the colours, weights and backgrounds of the highlighted excerpts (the classes
// of the style sheet's "span.NAME" rules, or inline styles). An
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

// Whether spaces in the style leave no mark at all (no line under or through them, no
// background behind them).
bool inkless(const CharStyle &style)
{
    return !style.underline && !style.strike && qAlpha(style.background) == 0;
}

struct StyleRun
{
    int start;
    CharStyle style;
};

// Glyphs in one style, one after the other on a line; lengths in points, glyph advances
// and offsets in the font's units.
struct PlacedRun
{
    int font = 0;
    CharStyle style;
    qreal x = 0; // from the start of the line
    qreal width = 0;
    quint32 begin = 0; // its glyphs in its box's
    quint32 end = 0;
};

struct LaidLine
{
    qreal top = 0; // from the top of its text
    qreal height = 0;
    qreal ascent = 0; // from its top to the baseline
    qreal width = 0; // without the spaces at its end
    quint32 runsBegin = 0; // its runs in its box's
    quint32 runsEnd = 0;
};

// A paragraph or a table cell: its text (line breaks as QChar::LineSeparator) and styles.
struct TextBox
{
    QString text;
    CharStyle base;
    std::pmr::vector<StyleRun> runs;
    bool preserveSpaces = false;
    bool alignRight = false;
    bool header = false;
    QRgb background = 0;
    int percentWidth = 0; // of the table, from width="N%"
    // Its lines as set at its width (TextSetter): made before the pages are counted, and
    // the pages are counted and drawn from them. In the arena of the report's piece the box
    // belongs to (PdfRenderer::Pipeline::SetBlocks), if any: a big report has hundreds of
    // thousands of boxes, and allocating and freeing their lines one by one took a sixth of
    // the PDF's processor time.
    std::pmr::vector<PdfDrawnGlyph> glyphs;
    std::pmr::vector<PlacedRun> placed;
    std::pmr::vector<LaidLine> laid;
    qreal textHeight = 0;

    TextBox() = default;
    explicit TextBox(std::pmr::memory_resource *arena)
        : runs(arena)
        , glyphs(arena)
        , placed(arena)
        , laid(arena)
    {
    }
};

enum class TableKind { Plain, Facts, Grid, Code };

struct Block;
// A piece's blocks, in its arena; a deque, so that boxes keep their addresses.
using Blocks = std::pmr::deque<Block>;

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
    std::pmr::vector<std::pmr::vector<TextBox>> rows;
    bool headerRow = false;
    QVector<qreal> columns; // widths, worked out once

    Block() = default;
    explicit Block(std::pmr::memory_resource *arena)
        : paragraph(arena)
        , rows(arena)
    {
    }
};

std::optional<QRgb> colorValue(QStringView text)
{
    text = text.trimmed();
    // "#rrggbb", what the highlighted excerpts use, read here; anything else by QColor.
    if (text.size() == 7 && text.at(0) == QLatin1Char('#')) {
        uint value = 0;
        bool ok = true;
        for (const QChar c : text.mid(1)) {
            const char16_t u = c.unicode();
            const int digit = u >= '0' && u <= '9' ? u - '0'
                : u >= 'a' && u <= 'f'             ? u - 'a' + 10
                : u >= 'A' && u <= 'F'             ? u - 'A' + 10
                                                   : -1;
            ok = ok && digit >= 0;
            value = value << 4 | uint(digit & 0xf);
        }
        if (ok)
            return qRgb(int(value >> 16), int(value >> 8) & 0xff, int(value & 0xff));
    }
    const QColor color(text.toString());
    if (!color.isValid())
        return std::nullopt;
    return color.rgb();
}

// What a style (an inline one, or a class's rule) changes of a piece of text's look.
struct StyleChange
{
    enum : quint8 { Color = 1, Background = 2, Weight = 4, Slant = 8, Decoration = 16 };
    quint8 changes = 0;
    QRgb color = 0;
    QRgb background = 0;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool strike = false;

    // The declarations of `css` ("color:#0057ae;font-weight:bold") that a report uses,
    // read one by one without a list of them (a highlighted excerpt has a style on nearly
    // every span); a colour that cannot be read changes nothing.
    static StyleChange read(QStringView css)
    {
        StyleChange change;
        for (qsizetype at = 0; at < css.size();) {
            qsizetype end = css.indexOf(QLatin1Char(';'), at);
            if (end < 0)
                end = css.size();
            const QStringView declaration = css.mid(at, end - at);
            at = end + 1;
            const int colon = int(declaration.indexOf(QLatin1Char(':')));
            if (colon < 0)
                continue;
            const QStringView property = declaration.left(colon).trimmed();
            const QStringView value = declaration.mid(colon + 1).trimmed();
            if (property == QLatin1String("color")) {
                if (const auto color = colorValue(value)) {
                    change.color = *color;
                    change.changes |= Color;
                }
            } else if (property == QLatin1String("background-color")) {
                if (const auto color = colorValue(value)) {
                    change.background = *color;
                    change.changes |= Background;
                }
            } else if (property == QLatin1String("font-weight")) {
                change.bold = value == QLatin1String("bold");
                change.changes |= Weight;
            } else if (property == QLatin1String("font-style")) {
                change.italic = value == QLatin1String("italic");
                change.changes |= Slant;
            } else if (property == QLatin1String("text-decoration")) {
                change.underline = value == QLatin1String("underline");
                change.strike = value == QLatin1String("line-through");
                change.changes |= Decoration;
            }
        }
        return change;
    }

    void applyTo(CharStyle &style) const
    {
        if (changes & Color)
            style.color = color;
        if (changes & Background)
            style.background = background;
        if (changes & Weight)
            style.bold = bold;
        if (changes & Slant)
            style.italic = italic;
        if (changes & Decoration) {
            style.underline = underline;
            style.strike = strike;
        }
    }
};

// The classes of spans the report's style sheet defines ("span.hl1 { color:#1f1c1b }":
// the highlighting's looks, see ExcerptHtml), sorted by name. The rest of the style sheet
// is the report's own, which the reader knows (HtmlBlocks::element).
class SpanClasses
{
public:
    // The rules of the `<style>` elements in the head of `html`.
    void read(QStringView html)
    {
        qsizetype headEnd = html.indexOf(QLatin1String("</head>"));
        if (headEnd < 0)
            headEnd = html.size();
        for (qsizetype at = 0;;) {
            const qsizetype open = html.indexOf(QLatin1String("<style>"), at);
            if (open < 0 || open >= headEnd)
                break;
            const qsizetype start = open + 7;
            qsizetype end = html.indexOf(QLatin1String("</style>"), start);
            if (end < 0 || end > headEnd)
                end = headEnd;
            readRules(html.mid(start, end - start));
            at = end;
        }
        std::stable_sort(m_classes.begin(), m_classes.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        // The highlighting's looks by number, for excerpts set from their lines.
        m_looks.clear();
        while (const StyleChange *change = find(ExcerptHtml::className(int(m_looks.size()))))
            m_looks.push_back(change);
    }

    // The class of a look of the highlighting (ExcerptHtml::className()), or null.
    const StyleChange *look(int index) const
    {
        return index >= 0 && size_t(index) < m_looks.size() ? m_looks[size_t(index)] : nullptr;
    }

    bool isEmpty() const { return m_classes.empty(); }

    const StyleChange *find(QStringView name) const
    {
        const auto found = std::lower_bound(
            m_classes.begin(), m_classes.end(), name,
            [](const auto &entry, QStringView key) { return QStringView(entry.first) < key; });
        return found != m_classes.end() && found->first == name ? &found->second : nullptr;
    }

private:
    void readRules(QStringView css)
    {
        for (qsizetype at = 0;;) {
            const qsizetype open = css.indexOf(QLatin1Char('{'), at);
            if (open < 0)
                return;
            qsizetype close = css.indexOf(QLatin1Char('}'), open);
            if (close < 0)
                close = css.size();
            const QStringView selector = css.mid(at, open - at).trimmed();
            at = close + 1;
            if (!selector.startsWith(QLatin1String("span.")))
                continue;
            const QStringView name = selector.mid(5);
            // A class of its own only: "span.a b", "span.a, td" are not the highlighting's.
            const bool simple
                = !name.isEmpty() && std::all_of(name.begin(), name.end(), [](QChar c) {
                      return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_');
                  });
            if (simple)
                m_classes.emplace_back(name.toString(),
                                       StyleChange::read(css.mid(open + 1, close - open - 1)));
        }
    }

    std::vector<std::pair<QString, StyleChange>> m_classes;
    std::vector<const StyleChange *> m_looks;
};

// The report's HTML, read into blocks. Whitespace is collapsed as a browser does, but in
// text that keeps its spaces (white-space: pre-wrap: descriptions, code).
class HtmlBlocks
{
public:
    // The boxes' lines are set in `arena`, which outlives the blocks.
    HtmlBlocks(const QString &html, const SpanClasses &classes, std::pmr::memory_resource *arena)
        : m_html(html)
        , m_classes(classes)
        , m_arena(arena)
        , m_blocks(arena)
    {
    }

    // The blocks of the HTML; the tables of `excerpts` (in order, where they say they are
    // in the HTML) are set from their lines rather than read from their HTML.
    Blocks read(const QVector<ExcerptLines> &excerpts = {})
    {
        int at = 0;
        for (const ExcerptLines &lines : excerpts) {
            read(at, lines.htmlBegin);
            excerpt(lines);
            at = lines.htmlEnd;
        }
        read(at, int(m_html.size()));
        endBox();
        return std::move(m_blocks);
    }

private:
    // The HTML from `at` to `size`.
    void read(int at, int size)
    {
        const QStringView html = QStringView(m_html).left(size);
        while (at < size) {
            const int tag = int(html.indexOf(QLatin1Char('<'), at));
            const int textEnd = tag < 0 ? size : tag;
            if (textEnd > at)
                text(html.mid(at, textEnd - at));
            if (tag < 0)
                break;
            if (html.mid(tag, 4) == QLatin1String("<!--")) {
                const int end = int(html.indexOf(QLatin1String("-->"), tag));
                at = end < 0 ? size : end + 3;
                continue;
            }
            const int close = int(html.indexOf(QLatin1Char('>'), tag));
            if (close < 0)
                break;
            element(html.mid(tag + 1, close - tag - 1));
            at = close + 1;
            if (m_skipping) {
                // The head: its title and style sheet are not the report's text.
                const int end = int(html.indexOf(QLatin1String("</head>"), at));
                at = end < 0 ? size : end + 7;
                m_skipping = false;
            }
        }
    }

    // An excerpt's table, as element() and text() read it from ExcerptHtml::table()'s HTML
    // (the same blocks, so the same PDF), without the HTML.
    void excerpt(const ExcerptLines &lines)
    {
        endBox();
        Block block(m_arena);
        block.kind = Block::Kind::Table;
        block.table = TableKind::Code;
        block.indent = indent();
        block.marginTop = 4;
        block.marginBottom = 6;
        m_blocks.push_back(std::move(block));
        Block &table = m_blocks.back();
        CharStyle style = current();
        style.mono = true;
        style.points = 8;
        static const QRgb markedColor = colorValue(ExcerptHtml::markedLineColor()).value_or(0);
        // Shared by every line, not made for each.
        static const QString marker(QChar(0x25B6));
        static const QString noMarker(QChar(0xa0));
        const auto cell = [&](QRgb color, int percentWidth, bool marked) {
            TextBox box(m_arena);
            box.base = style;
            if (color)
                box.base.color = color;
            box.background = marked ? markedColor : style.background;
            box.percentWidth = percentWidth;
            return box;
        };
        table.rows.reserve(lines.lines.size());
        for (const ExcerptLines::Line &line : lines.lines) {
            auto &row = table.rows.emplace_back();
            row.reserve(3);
            row.push_back(cell(qRgb(0x6e, 0x6e, 0x6e), 5, line.marked));
            row.back().alignRight = true;
            row.back().text = QString::number(line.number);
            row.push_back(cell(qRgb(0xb9, 0x77, 0x0e), 2, line.marked));
            row.back().text = line.marked ? marker : noMarker;
            row.push_back(cell(0, 93, line.marked));
            m_box = &row.back();
            m_box->preserveSpaces = true;
            const QStringView text(line.text);
            int written = 0;
            for (const ExcerptLines::Token &token : line.tokens) {
                appendPreserved(text.mid(written, token.start - written), style);
                CharStyle look = style;
                if (token.look >= 0) {
                    if (const StyleChange *change = m_classes.look(token.look))
                        change->applyTo(look);
                } else {
                    applyInlineStyle(look, token.inlineStyle);
                }
                appendPreserved(text.mid(token.start, token.length), look);
                written = token.start + token.length;
            }
            appendPreserved(text.mid(written), style);
            m_box = nullptr;
        }
        m_table = nullptr;
    }

    // Text of a box that keeps its spaces, as text() appends it.
    void appendPreserved(QStringView text, const CharStyle &style)
    {
        if (!text.contains(QLatin1Char('\n'))) {
            append(text, style, false);
            return;
        }
        QString lines = text.toString();
        lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
        append(lines, style, false);
    }

private:
    // The elements the reading knows, in the order of elementName()'s table.
    enum class Tag {
        Span,
        Td,
        Tr,
        P,
        Br,
        Th,
        Table,
        H1,
        H2,
        H3,
        H4,
        Code,
        B,
        I,
        Div,
        A,
        Strong,
        Em,
        Head,
        Meta,
        Img,
        Hr,
        Col,
        Other
    };
    struct ElementName
    {
        Tag tag;
        QString name; // lower case
    };

    // An element's kind and its name in lower case; the names of the report's own
    // elements shared, not made anew for each element.
    static ElementName elementName(QStringView raw)
    {
        static const QString known[] = {
            QStringLiteral("span"),  QStringLiteral("td"),     QStringLiteral("tr"),
            QStringLiteral("p"),     QStringLiteral("br"),     QStringLiteral("th"),
            QStringLiteral("table"), QStringLiteral("h1"),     QStringLiteral("h2"),
            QStringLiteral("h3"),    QStringLiteral("h4"),     QStringLiteral("code"),
            QStringLiteral("b"),     QStringLiteral("i"),      QStringLiteral("div"),
            QStringLiteral("a"),     QStringLiteral("strong"), QStringLiteral("em"),
            QStringLiteral("head"),  QStringLiteral("meta"),   QStringLiteral("img"),
            QStringLiteral("hr"),    QStringLiteral("col"),
        };
        static_assert(std::size(known) == size_t(Tag::Other));
        // The report writes them in lower case: compared as they are first (comparing every
        // element's name with every known one regardless of case was a fifth of reading).
        // Then the element is told by its Tag, not by comparing its name again and again.
        for (size_t i = 0; i < std::size(known); ++i) {
            if (raw.size() == known[i].size() && raw == known[i])
                return {Tag(i), known[i]};
        }
        for (size_t i = 0; i < std::size(known); ++i) {
            if (raw.compare(known[i], Qt::CaseInsensitive) == 0)
                return {Tag(i), known[i]};
        }
        return {Tag::Other, raw.toString().toLower()};
    }

    // The classes of an element, looked up without splitting them into a list.
    // An attribute's value: a view of the tag's own text, or a decoded copy where it holds
    // character references (rare in the report's HTML: most values are read without one).
    class AttributeValue
    {
    public:
        AttributeValue() = default;
        explicit AttributeValue(QStringView raw)
            : m_raw(raw)
        {
            if (raw.contains(QLatin1Char('&'))) {
                m_decoded = decoded(raw);
                m_isDecoded = true;
            }
        }
        QStringView view() const { return m_isDecoded ? QStringView(m_decoded) : m_raw; }

    private:
        QStringView m_raw;
        QString m_decoded;
        bool m_isDecoded = false;
    };

    struct Classes
    {
        AttributeValue value;
        bool contains(QLatin1String name) const
        {
            const QStringView classes = value.view();
            for (qsizetype at = 0; at < classes.size();) {
                qsizetype end = classes.indexOf(QLatin1Char(' '), at);
                if (end < 0)
                    end = classes.size();
                if (classes.mid(at, end - at) == name)
                    return true;
                at = end + 1;
            }
            return false;
        }
    };

    struct Open
    {
        QString name;
        CharStyle style;
        qreal indent;
    };

    static AttributeValue attribute(QStringView tag, QLatin1String name)
    {
        int at = 0;
        while ((at = int(tag.indexOf(name, at))) >= 0) {
            const int after = at + int(name.size());
            if ((at == 0 || tag.at(at - 1).isSpace())
                && tag.mid(after, 2) == QLatin1String("=\"")) {
                const int end = int(tag.indexOf(QLatin1Char('"'), after + 2));
                if (end < 0)
                    return {};
                return AttributeValue(tag.mid(after + 2, end - after - 2));
            }
            at = after;
        }
        return {};
    }

    static QString decoded(QStringView text)
    {
        QString out;
        decode(text, out);
        return out;
    }

    // `text` with its character references replaced, into `out` (whose room is used again).
    static void decode(QStringView text, QString &out)
    {
        out.resize(0);
        out.reserve(text.size());
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i) != QLatin1Char('&')) {
                // Up to the next reference at once.
                int next = int(text.indexOf(QLatin1Char('&'), i));
                if (next < 0)
                    next = int(text.size());
                out.append(text.mid(i, next - i));
                i = next - 1;
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
    }

    static void applyInlineStyle(CharStyle &style, QStringView css)
    {
        if (!css.isEmpty())
            StyleChange::read(css).applyTo(style);
    }

    // The rules of the style sheet's span classes that `classes` names, in their order.
    void applyClasses(CharStyle &style, QStringView classes) const
    {
        if (m_classes.isEmpty())
            return;
        for (qsizetype at = 0; at < classes.size();) {
            qsizetype end = classes.indexOf(QLatin1Char(' '), at);
            if (end < 0)
                end = classes.size();
            if (const StyleChange *change = m_classes.find(classes.mid(at, end - at)))
                change->applyTo(style);
            at = end + 1;
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
        const auto [kind, name] = elementName(tag.left(nameEnd));
        if (closing) {
            close(kind, name);
            return;
        }
        if (kind == Tag::Head) {
            m_skipping = true;
            return;
        }
        if (kind == Tag::Br) {
            if (m_box)
                append(QStringView(u"\u2028"), current(), true);
            return;
        }
        if (kind == Tag::Meta || kind == Tag::Img || kind == Tag::Hr || kind == Tag::Col)
            return;
        const Classes classes {attribute(tag, QLatin1String("class"))};
        CharStyle style = current();
        qreal indent = this->indent();

        if (kind >= Tag::H1 && kind <= Tag::H4) {
            const int level = int(kind) - int(Tag::H1) + 1;
            static constexpr qreal sizes[] = {0, 18, 14, 12, 10};
            static constexpr qreal above[] = {0, 6, 18, 16, 8};
            static constexpr qreal below[] = {0, 2, 6, 4, 2};
            style.points = sizes[level];
            style.bold = true;
            beginParagraph(style, above[level], below[level], indent, level);
        } else if (kind == Tag::P) {
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
        } else if (kind == Tag::Div) {
            if (classes.contains(QLatin1String("comment")))
                indent += 12;
        } else if (kind == Tag::Table) {
            endBox();
            Block block(m_arena);
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
        } else if (kind == Tag::Tr) {
            endBox();
            if (m_table) {
                m_table->rows.emplace_back();
                if (classes.contains(QLatin1String("total")))
                    style.bold = true;
                m_markedRow = m_table->table == TableKind::Code
                    && classes.contains(QLatin1String("finding"));
            }
        } else if (kind == Tag::Td || kind == Tag::Th) {
            endBox();
            if (m_table && !m_table->rows.empty()) {
                const bool header = kind == Tag::Th;
                if (header)
                    style.bold = true;
                const bool code = m_table->table == TableKind::Code;
                if (code && classes.contains(QLatin1String("number")))
                    style.color = qRgb(0x6e, 0x6e, 0x6e);
                if (code && classes.contains(QLatin1String("marker")))
                    style.color = qRgb(0xb9, 0x77, 0x0e);
                CharStyle cellStyle = style;
                if (m_markedRow) { // the finding's own lines: "table.code tr.finding td"
                    static const QRgb marked
                        = colorValue(ExcerptHtml::markedLineColor()).value_or(0);
                    cellStyle.background = marked;
                }
                applyInlineStyle(cellStyle, attribute(tag, QLatin1String("style")).view());
                TextBox box(m_arena);
                box.base = style;
                box.background = cellStyle.background;
                box.header = header;
                box.alignRight = classes.contains(QLatin1String("count"))
                    || classes.contains(QLatin1String("number"));
                box.preserveSpaces = classes.contains(QLatin1String("source"));
                const AttributeValue width = attribute(tag, QLatin1String("width"));
                if (width.view().endsWith(QLatin1Char('%')))
                    box.percentWidth = width.view().chopped(1).toString().toInt();
                if (header && m_table->table == TableKind::Grid && qAlpha(box.background) == 0)
                    box.background = qRgb(0xee, 0xee, 0xee);
                if (header && m_table->rows.size() == 1)
                    m_table->headerRow = true;
                m_table->rows.back().push_back(std::move(box));
                m_box = &m_table->rows.back().back();
            }
        } else if (kind == Tag::Span || kind == Tag::Code || kind == Tag::B || kind == Tag::Strong
                   || kind == Tag::I || kind == Tag::Em) {
            if (kind == Tag::Code || classes.contains(QLatin1String("mono")))
                style.mono = true;
            if (kind == Tag::B || kind == Tag::Strong)
                style.bold = true;
            if (kind == Tag::I || kind == Tag::Em)
                style.italic = true;
            if (kind == Tag::Span)
                applyClasses(style, classes.value.view());
            applyInlineStyle(style, attribute(tag, QLatin1String("style")).view());
        }
        m_open.push_back({name, style, indent});
    }

    void close(Tag kind, const QString &name)
    {
        // Close up to the matching element (the report's HTML is well formed; this is
        // lenient with anything that is not).
        for (auto it = m_open.rbegin(); it != m_open.rend(); ++it) {
            if (it->name != name)
                continue;
            m_open.erase(std::next(it).base(), m_open.end());
            break;
        }
        if (kind == Tag::Table) {
            endBox();
            m_table = nullptr;
        } else if (kind == Tag::P || kind == Tag::Td || kind == Tag::Th || kind == Tag::Tr
                   || (name.size() == 2 && name.at(0) == QLatin1Char('h'))) {
            endBox();
        }
    }

    void beginParagraph(const CharStyle &style, qreal top, qreal bottom, qreal indent, int heading)
    {
        endBox();
        Block block(m_arena);
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
        // Decoded into a string the reader keeps: one allocation less for each piece of text.
        QString &text = m_text;
        decode(raw, text);
        if (!m_box->preserveSpaces) {
            // In place: the text only gets shorter.
            bool space = m_box->text.isEmpty() || m_box->text.back() == QLatin1Char(' ')
                || m_box->text.back() == QChar::LineSeparator;
            QChar *out = text.data();
            for (const QChar *c = text.constData(), *end = c + text.size(); c != end; ++c) {
                if (*c == QLatin1Char(' ') || *c == QLatin1Char('\n') || *c == QLatin1Char('\t')
                    || *c == QLatin1Char('\r')) {
                    if (!space)
                        *out++ = QLatin1Char(' ');
                    space = true;
                } else {
                    *out++ = *c;
                    space = false;
                }
            }
            text.truncate(int(out - text.constData()));
        } else {
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        }
        append(text, current(), false);
    }

    void append(QStringView text, const CharStyle &style, bool lineBreak)
    {
        if (text.isEmpty())
            return;
        if (lineBreak && !m_box->preserveSpaces) {
            while (!m_box->text.isEmpty() && m_box->text.back() == QLatin1Char(' '))
                m_box->text.chop(1);
        }
        if (m_box->runs.empty() ? style != m_box->base : m_box->runs.back().style != style)
            m_box->runs.push_back(StyleRun {int(m_box->text.size()), style});
        m_box->text.append(text.data(), int(text.size()));
    }

    const QString &m_html;
    const SpanClasses &m_classes;
    std::pmr::memory_resource *const m_arena;
    QString m_text; // the text being read, decoded (see text())
    Blocks m_blocks;
    std::vector<Open> m_open;
    TextBox *m_box = nullptr;
    Block *m_table = nullptr;
    bool m_markedRow = false; // a row of a code table with the class "finding"
    bool m_skipping = false;
};

// The fonts the report is set in: DejaVu Sans and DejaVu Sans Mono, regular, bold, italic
// and both; index = mono | bold << 1 | italic << 2 (its resource name in the PDF, too).
using Fonts = std::array<std::shared_ptr<const PdfFont>, 8>;

int fontIndex(const CharStyle &style)
{
    return (style.mono ? 1 : 0) | (style.bold ? 2 : 0) | (style.italic ? 4 : 0);
}

// Sets text in lines: words shaped by HarfBuzz once each and kept (a report repeats its
// words: labels, keywords, names), lines broken greedily after spaces, and a word wider
// than its line broken between characters (as Qt's WrapAtWordBoundaryOrAnywhere does).
// One per thread; the fonts are shared.
class TextSetter
{
public:
    explicit TextSetter(const Fonts &fonts)
        : m_fonts(fonts)
        , m_words(size_t(1) << 14)
    {
    }

    struct Word
    {
        int font = 0;
        PdfFont::Shaped shaped;
    };

    // `text` shaped in the style's font, or in the other family of the same weight and
    // slant where that has a glyph the first lacks (DejaVu Sans has more than the Mono).
    // Kept in a table of its own, looked up without making a string of the word (a
    // QHash<QString> would make one for every lookup, and there is one per word).
    const Word &word(int font, QStringView text)
    {
        const size_t hash = size_t(qHash(text)) * 31 + size_t(font);
        const size_t mask = m_words.size() - 1;
        size_t at = hash & mask;
        for (; m_words[at].used; at = (at + 1) & mask) {
            const Entry &entry = m_words[at];
            // Compared as memory: QString's operator== goes through Qt's general
            // comparison, which made the look-ups 5 % slower.
            if (entry.hash == hash && entry.font == font && entry.text.size() == text.size()
                && std::memcmp(entry.text.constData(), text.data(),
                               size_t(text.size()) * sizeof(QChar))
                    == 0)
                return *entry.word;
        }
        if (m_count + 1 > m_words.size() / 4 * 3) {
            grow();
            return word(font, text);
        }
        Entry &entry = m_words[at];
        entry.used = true;
        entry.hash = hash;
        entry.font = font;
        entry.text = text.toString();
        Word &made = m_stored.emplace_back(Word {font, m_fonts[size_t(font)]->shape(text)});
        if (made.shaped.missing) {
            PdfFont::Shaped other = m_fonts[size_t(font ^ 1)]->shape(text);
            if (!other.missing)
                made = {font ^ 1, std::move(other)};
        }
        entry.word = &made;
        ++m_count;
        record(made, text);
        return made;
    }

    // Glyph ids and the text they stand for, per font: first come, first kept.
    const std::array<std::map<quint16, QString>, 8> &used() const { return m_used; }

    qreal width(const Word &word, qreal size) const
    {
        return word.shaped.width * size / m_fonts[size_t(word.font)]->unitsPerEm();
    }

    void layOut(TextBox &box, qreal width)
    {
        Lines lines(*this, box, width);
        const int size = int(box.text.size());
        for (int r = -1; r < int(box.runs.size()); ++r) {
            const int start = r < 0 ? 0 : box.runs[size_t(r)].start;
            const int end = r + 1 < int(box.runs.size()) ? box.runs[size_t(r) + 1].start : size;
            const CharStyle &style = r < 0 ? box.base : box.runs[size_t(r)].style;
            lines.add(QStringView(box.text).mid(start, end - start), style);
        }
        lines.finish();
    }

    // The widest line of the text in its base style, as layOut() would set it on a line
    // of its own: word by word (each word shaped once, for this and for the setting;
    // shaping each whole line here cost as much as setting the words), with its spaces and
    // tab stops.
    qreal naturalWidth(const TextBox &box)
    {
        const int font = fontIndex(box.base);
        const qreal points = box.base.points;
        qreal widest = 0;
        const QStringView text(box.text);
        for (qsizetype begin = 0; begin <= text.size();) {
            // Line by line, without making a list of them.
            qsizetype lineEnd = text.indexOf(QChar::LineSeparator, begin);
            if (lineEnd < 0)
                lineEnd = text.size();
            const QStringView line = text.mid(begin, lineEnd - begin);
            begin = lineEnd + 1;
            qreal x = 0;
            for (qsizetype at = 0; at < line.size();) {
                const QChar c = line.at(at);
                if (c == QLatin1Char('\t')) {
                    x = nextTabStop(x, font, points);
                    ++at;
                    continue;
                }
                const bool space = c == QLatin1Char(' ');
                qsizetype end = at + 1;
                while (end < line.size() && line.at(end) != QLatin1Char('\t')
                       && (line.at(end) == QLatin1Char(' ')) == space)
                    ++end;
                x += width(word(font, line.mid(at, end - at)), points);
                at = end;
            }
            widest = std::max(widest, x);
        }
        // Runs in another font (a fingerprint in the mono font): a little room for them.
        return widest * (box.runs.empty() ? 1.0 : 1.15);
    }

    // Where a tab at `x` takes the text: the next of the stops every eight spaces of the
    // font.
    qreal nextTabStop(qreal x, int font, qreal points)
    {
        const qreal stop = std::max<qreal>(width(word(font, u" "), points) * 8, 1);
        return (std::floor(x / stop + 1e-6) + 1) * stop;
    }

    const PdfFont &font(int index) const { return *m_fonts[size_t(index)]; }

private:
    struct Entry
    {
        bool used = false;
        int font = 0;
        size_t hash = 0;
        QString text;
        Word *word = nullptr; // in m_stored
    };

    // About 24,000 words kept at most: a report's repeated words (labels, keywords, names)
    // come back soon after the table is cleared, while ids and numbers, most of a long
    // report's distinct words, never repeat; more would only grow with the report.
    static constexpr size_t MaxWords = size_t(1) << 15;

    void grow()
    {
        // Twice the room, up to a limit; there the words are forgotten and shaped anew.
        std::vector<Entry> old(m_words.size() < MaxWords ? m_words.size() * 2 : m_words.size());
        old.swap(m_words);
        m_count = 0;
        if (m_words.size() == old.size()) {
            // Forgotten, but kept until the word being set is placed: its first pieces may
            // be words of the table just cleared (see Lines::commit()).
            m_retired.push_back(std::move(m_stored));
            m_stored.clear();
            return;
        }
        const size_t mask = m_words.size() - 1;
        for (Entry &entry : old) {
            if (!entry.used)
                continue;
            size_t at = entry.hash & mask;
            while (m_words[at].used)
                at = (at + 1) & mask;
            m_words[at] = std::move(entry);
            ++m_count;
        }
    }

    void record(const Word &word, QStringView text)
    {
        // Most words use only glyphs whose text is known already (the table forgets words
        // and shapes them anew, and most characters are common ones).
        auto &used = m_used[size_t(word.font)];
        const auto &glyphs = word.shaped.glyphs;
        if (std::all_of(glyphs.begin(), glyphs.end(), [&used](const PdfGlyph &glyph) {
                const auto found = used.find(glyph.id);
                return found != used.end() && !found->second.isEmpty();
            }))
            return;
        // Each glyph stands for the characters of its cluster; the further glyphs of a
        // cluster for nothing.
        std::vector<quint32> starts;
        starts.reserve(glyphs.size());
        for (const PdfGlyph &glyph : glyphs)
            starts.push_back(glyph.cluster);
        std::sort(starts.begin(), starts.end());
        starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
        quint32 previous = ~0u;
        for (const PdfGlyph &glyph : glyphs) {
            QString stands;
            if (glyph.cluster != previous) {
                const auto next = std::upper_bound(starts.begin(), starts.end(), glyph.cluster);
                const qsizetype end = next == starts.end() ? text.size() : qsizetype(*next);
                stands = text.mid(glyph.cluster, end - glyph.cluster).toString();
            }
            previous = glyph.cluster;
            const auto found = used.find(glyph.id);
            if (found == used.end())
                used.emplace(glyph.id, stands);
            else if (found->second.isEmpty())
                found->second = stands;
        }
    }

    // The lines of one box, filled word by word.
    class Lines
    {
    public:
        Lines(TextSetter &setter, TextBox &box, qreal width)
            : m_setter(setter)
            , m_box(box)
            , m_width(width)
            , m_pending(setter.m_pending)
            , m_words(setter.m_pendingWords)
        {
            m_box.glyphs.clear();
            m_box.placed.clear();
            m_box.laid.clear();
            m_box.textHeight = 0;
            // About a glyph a character: room made once rather than step by step, for
            // each of the tens of thousands of boxes of a big report.
            m_box.glyphs.reserve(size_t(m_box.text.size()));
            m_box.placed.reserve(size_t(m_box.runs.size()) + 1);
            m_pending.clear();
        }

        void add(QStringView text, const CharStyle &style)
        {
            int at = 0;
            while (at < text.size()) {
                const QChar c = text.at(at);
                if (c == QChar::LineSeparator) {
                    commit();
                    endLine();
                    m_afterBreak = true;
                    ++at;
                    continue;
                }
                int end = at + 1;
                const bool space = c == QLatin1Char(' ') || c == QLatin1Char('\t');
                if (space) {
                    commit(); // the word before: placed before its spaces
                    if (c == QLatin1Char('\t')) {
                        tab(style);
                        ++at;
                        continue;
                    }
                    while (end < text.size() && text.at(end) == QLatin1Char(' '))
                        ++end;
                    const Word &spaces = m_setter.word(fontIndex(style), text.mid(at, end - at));
                    place(spaces, style, 0, spaces.shaped.glyphs.size(), true);
                } else {
                    while (end < text.size() && text.at(end) != QLatin1Char(' ')
                           && text.at(end) != QLatin1Char('\t')
                           && text.at(end) != QChar::LineSeparator)
                        ++end;
                    m_pending.push_back({text.mid(at, end - at), style});
                }
                at = end;
            }
        }

        void finish()
        {
            commit();
            if (m_lineRuns < m_box.placed.size() || m_x > 0 || m_box.laid.empty() || m_afterBreak)
                endLine();
        }

        struct Piece
        {
            QStringView text;
            CharStyle style;
        };

    private:
        void tab(const CharStyle &style)
        {
            m_x = m_setter.nextTabStop(m_x, fontIndex(style), style.points);
            m_afterBreak = false;
            noteStyle(style);
        }

        void noteStyle(const CharStyle &style)
        {
            const PdfFont &font = m_setter.font(fontIndex(style));
            const qreal scale = style.points / font.unitsPerEm();
            m_ascent = std::max(m_ascent, font.ascent() * scale);
            m_descent = std::max(m_descent, font.descent() * scale);
        }

        // The word pieces since the last space, as one unbreakable word.
        void commit()
        {
            if (m_pending.empty())
                return;
            // The words of the pieces stay where they are while the table grows (they are
            // kept apart from it); words forgotten when it was full go only now, when
            // nothing points at them any more.
            m_setter.m_retired.clear();
            qreal width = 0;
            m_words.clear();
            for (const Piece &piece : m_pending) {
                m_words.push_back(&m_setter.word(fontIndex(piece.style), piece.text));
                width += m_setter.width(*m_words.back(), piece.style.points);
            }
            if (m_x > 0 && m_x + width > m_width)
                endLine();
            for (size_t i = 0; i < m_words.size(); ++i) {
                const Word &word = *m_words[i];
                const CharStyle &style = m_pending[i].style;
                const auto &glyphs = word.shaped.glyphs;
                if (m_x + m_setter.width(word, style.points) <= m_width) {
                    place(word, style, 0, glyphs.size(), false);
                    continue;
                }
                // Wider than the line: broken between characters (clusters).
                const qreal scale = style.points / m_setter.font(word.font).unitsPerEm();
                size_t from = 0;
                qreal x = m_x;
                for (size_t g = 0; g < glyphs.size(); ++g) {
                    const qreal advance = glyphs[g].advance * scale;
                    if (x > 0 && x + advance > m_width) {
                        if (g == from) {
                            // Nothing of this piece on the line yet: it starts the next.
                            endLine();
                            x = 0;
                        } else if (glyphs[g].cluster != glyphs[g - 1].cluster) {
                            place(word, style, from, g, false);
                            endLine();
                            from = g;
                            x = 0;
                        }
                    }
                    x += advance;
                }
                place(word, style, from, glyphs.size(), false);
            }
            m_pending.clear();
        }

        // Glyphs [from, to) of a word at the end of the line; spaces hang at the end of a
        // line, so they do not count in its width.
        void place(const Word &word, const CharStyle &style, size_t from, size_t to, bool spaces)
        {
            noteStyle(style);
            m_afterBreak = false;
            if (from >= to)
                return;
            const qreal scale = style.points / m_setter.font(word.font).unitsPerEm();
            const auto &glyphs = word.shaped.glyphs;
            qint64 units = 0;
            for (size_t g = from; g < to; ++g)
                units += glyphs[g].advance;
            PlacedRun *run = m_lineRuns < m_box.placed.size() ? &m_box.placed.back() : nullptr;
            if (run && spaces && run->font == word.font && inkless(run->style) && inkless(style)
                && run->style.points == style.points
                && std::abs(run->x + run->width - m_x) <= 1e-6) {
                // Spaces leave no ink, so their colour does not show: they go on with the
                // run before rather than starting one of their own (highlighted code has a
                // token of spaces between most others, and each run costs the page a colour
                // and a text array).
            } else if (!run || run->font != word.font || run->style != style
                       || std::abs(run->x + run->width - m_x) > 1e-6) {
                m_box.placed.push_back({});
                run = &m_box.placed.back();
                run->font = word.font;
                run->style = style;
                run->x = m_x;
                run->begin = run->end = quint32(m_box.glyphs.size());
            }
            for (size_t g = from; g < to; ++g) {
                // Font units fit in 16 bits (a font has at most 16,384 units per em).
                m_box.glyphs.push_back(
                    {glyphs[g].id, qint16(glyphs[g].kerning), qint16(glyphs[g].offset)});
            }
            run->end = quint32(m_box.glyphs.size());
            run->width += units * scale;
            m_x += units * scale;
            if (!spaces)
                m_inkWidth = m_x;
        }

        void endLine()
        {
            if (m_ascent == 0 && m_descent == 0)
                noteStyle(m_box.base);
            LaidLine line;
            line.top = m_box.textHeight;
            line.ascent = m_ascent;
            line.height = m_ascent + m_descent;
            line.width = m_inkWidth;
            line.runsBegin = quint32(m_lineRuns);
            line.runsEnd = quint32(m_box.placed.size());
            m_box.textHeight += line.height;
            m_box.laid.push_back(line);
            m_lineRuns = m_box.placed.size();
            m_x = 0;
            m_inkWidth = 0;
            m_ascent = m_descent = 0;
        }

        TextSetter &m_setter;
        TextBox &m_box;
        const qreal m_width;
        // The setter's, used again by each box's lines.
        std::vector<Piece> &m_pending;
        std::vector<const Word *> &m_words;
        size_t m_lineRuns = 0; // where the line's runs start in the box's
        qreal m_x = 0;
        qreal m_inkWidth = 0; // without the spaces at its end, which hang
        qreal m_ascent = 0;
        qreal m_descent = 0;
        bool m_afterBreak = false; // a forced line break was the last thing
    };

    const Fonts &m_fonts;
    std::vector<Entry> m_words;
    // The shaped words the table points at: a deque, so that they keep their addresses
    // while the table grows and Lines holds pointers to them.
    std::deque<Word> m_stored;
    std::vector<std::deque<Word>> m_retired;
    std::vector<Lines::Piece> m_pending; // Lines' pieces of a word, kept for the next box
    std::vector<const Word *> m_pendingWords;
    size_t m_count = 0;
    std::array<std::map<quint16, QString>, 8> m_used;
};

// A line of a box, its top left at (x0, top).
void drawLine(PdfCanvas &canvas, const TextSetter &setter, const TextBox &box, const LaidLine &line,
              qreal x0, qreal top)
{
    const qreal baseline = top + line.ascent;
    for (quint32 r = line.runsBegin; r < line.runsEnd; ++r) {
        const PlacedRun &run = box.placed[r];
        const CharStyle &style = run.style;
        if (qAlpha(style.background) != 0)
            canvas.fillRect(x0 + run.x, top, run.width, line.height, style.background);
        canvas.glyphs(run.font, setter.font(run.font), style.points, style.color, x0 + run.x,
                      baseline, box.glyphs.data() + run.begin, run.end - run.begin);
        const qreal stroke = std::max<qreal>(style.points / 16, 0.5);
        if (style.underline) {
            canvas.line(x0 + run.x, baseline + stroke * 2, x0 + run.x + run.width,
                        baseline + stroke * 2, style.color, stroke);
        }
        if (style.strike) {
            const qreal middle = baseline - style.points * 0.3;
            canvas.line(x0 + run.x, middle, x0 + run.x + run.width, middle, style.color, stroke);
        }
    }
}

// Sets the text of blocks (measure) and lays blocks out on pages, drawing them on a
// canvas (add). Lengths are in points, from the top left of the text area.
class PageFlow
{
public:
    // `endPage` is called at the end of every page with its index, to take the page's
    // drawing from `canvas`.
    PageFlow(TextSetter &setter, QSizeF page, PdfCanvas *canvas = nullptr,
             std::function<void(int)> endPage = {})
        : m_setter(setter)
        , m_page(page)
        , m_canvas(canvas)
        , m_endPage(std::move(endPage))
    {
    }

    // Sets the text of the blocks [from, to) (TextBox::laid). Blocks are independent of
    // each other here, so that two threads can measure a half each.
    void measure(Blocks &blocks, size_t from, size_t to)
    {
        for (size_t i = from; i < to; ++i) {
            Block &block = blocks[i];
            if (block.kind == Block::Kind::Paragraph) {
                Cell cell = paragraphCell(block);
                layOut(cell);
            } else {
                const qreal x0 = block.indent;
                columns(block, m_page.width() - x0);
                for (size_t r = 0; r < block.rows.size(); ++r)
                    rowCells(block, r, x0, true, m_cells);
            }
        }
    }

    // Puts the blocks, their text set (measure), on pages after the blocks before them.
    void add(Blocks &blocks)
    {
        for (Block &block : blocks) {
            if (block.kind == Block::Kind::Paragraph)
                paragraph(block);
            else
                table(block);
        }
    }

    // Ends the last page.
    void finish()
    {
        if (m_endPage)
            m_endPage(m_pageIndex);
    }

private:
    struct Cell
    {
        TextBox *box = nullptr;
        qreal x = 0;
        qreal width = 0;
        qreal padLeft = 0, padRight = 0, padTop = 0, padBottom = 0;
        qreal height = 0; // with the padding
    };

    void layOut(Cell &cell)
    {
        const qreal width = std::max<qreal>(cell.width - cell.padLeft - cell.padRight, 12);
        m_setter.layOut(*cell.box, width);
    }

    void newPage()
    {
        if (m_endPage)
            m_endPage(m_pageIndex);
        ++m_pageIndex;
        m_y = 0;
        m_previousMargin = 0;
    }

    // The space between blocks: the larger of the two margins, none at the top of a page.
    void advance(qreal marginTop)
    {
        if (m_y > 0)
            m_y += std::max(marginTop, m_previousMargin);
    }

    // Where a slice of the cells starting at `from` must end to fit `room`: never through
    // a line of text.
    static qreal cut(const std::vector<Cell> &cells, qreal from, qreal room)
    {
        qreal end = from + room;
        for (bool moved = true; moved;) {
            moved = false;
            for (const Cell &cell : cells) {
                for (const LaidLine &line : cell.box->laid) {
                    const qreal top = cell.padTop + line.top;
                    const qreal bottom = top + line.height;
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
        if (!m_canvas)
            return;
        // The backgrounds of the row's cells (side by side) first, then their text: one
        // text object for the row's cells, not one for each.
        for (const Cell &cell : cells) {
            if (qAlpha(cell.box->background) != 0)
                m_canvas->fillRect(cell.x, m_y, cell.width, to - from, cell.box->background);
        }
        for (const Cell &cell : cells) {
            const qreal inner = std::max<qreal>(cell.width - cell.padLeft - cell.padRight, 12);
            // Each line in the slice its top falls in (or the last, for a line taller than
            // a page).
            for (const LaidLine &line : cell.box->laid) {
                const qreal top = cell.padTop + line.top;
                if (top < from)
                    continue;
                if (top >= to && to < rowHeight)
                    break;
                const qreal x0 = cell.x + cell.padLeft
                    + (cell.box->alignRight ? std::max<qreal>(inner - line.width, 0) : 0);
                const qreal y = m_y + top - from;
                drawLine(*m_canvas, m_setter, *cell.box, line, x0, y);
            }
        }
    }

    Cell paragraphCell(Block &block)
    {
        Cell cell;
        cell.box = &block.paragraph;
        cell.x = block.indent;
        cell.width = m_page.width() - cell.x;
        return cell;
    }

    void paragraph(Block &block)
    {
        advance(block.marginTop);
        std::vector<Cell> &cells = m_cells;
        cells.assign(1, Cell());
        Cell &cell = cells.front();
        cell = paragraphCell(block);
        cell.height = block.paragraph.textHeight;
        // A heading stays with what follows it: room for it and a few lines more.
        if (block.heading > 0 && m_y > 0 && m_y + cell.height + 40 > m_page.height())
            newPage();
        const bool rule = block.heading == 2;
        place(cells, false, [&](qreal top, qreal height, bool, bool last) {
            if (rule && last && m_canvas) {
                m_canvas->line(cell.x, top + height + 1, m_page.width(), top + height + 1,
                               qRgb(0x99, 0x99, 0x99), 0.75);
            }
        });
        if (rule)
            m_y += 2;
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
        if (!block.rows.empty() && !block.rows.front().empty()
            && block.rows.front().front().percentWidth > 0) {
            for (size_t c = 0; c < block.rows.front().size(); ++c)
                block.columns[int(c)] = available * block.rows.front()[c].percentWidth / 100;
            return;
        }
        const qreal padding = block.table == TableKind::Facts ? 10 : 10 + 1.5;
        QVector<qreal> natural(count, 0);
        for (const auto &row : std::as_const(block.rows)) {
            for (size_t c = 0; c < row.size(); ++c)
                natural[int(c)]
                    = std::max(natural[int(c)], m_setter.naturalWidth(row[c]) + padding);
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
        const qreal x0 = block.indent;
        const size_t rowCount = block.rows.size();
        for (size_t r = 0; r < rowCount; ++r) {
            std::vector<Cell> &cells = rowCells(block, r, x0, false, m_cells);
            qreal height = 0;
            for (const Cell &cell : cells)
                height = std::max(height, cell.height);
            if (m_y > 0 && m_y + height > m_page.height() && height <= m_page.height())
                newPage();
            // A grid's header row again at the top of each page it continues on.
            if (block.table == TableKind::Grid && block.headerRow && r > 0 && m_y == 0) {
                placeRow(block, rowCells(block, 0, x0, false, m_headerCells), x0, false, false);
            }
            placeRow(block, cells, x0, r == 0, r == rowCount - 1);
        }
        m_previousMargin = block.marginBottom;
    }

    // Row r's cells, into `cells` (a buffer used again for each row).
    std::vector<Cell> &rowCells(Block &block, size_t r, qreal x0, bool measuring,
                                std::vector<Cell> &cells)
    {
        auto &boxes = block.rows[r];
        cells.assign(boxes.size(), Cell());
        qreal x = x0;
        for (int c = 0; c < int(boxes.size()); ++c) {
            Cell &cell = cells[size_t(c)];
            cell.box = &boxes[c];
            cell.x = x;
            cell.width = c < block.columns.size() ? block.columns.at(c) : 40;
            if (block.table == TableKind::Grid) {
                cell.padLeft = cell.padRight = 5;
                cell.padTop = cell.padBottom = 2;
            } else if (block.table == TableKind::Code) {
                cell.padLeft = 0.75;
                cell.padRight = c + 1 < int(boxes.size()) ? 4 : 0.75;
                cell.padTop = cell.padBottom = 0.75;
            } else {
                cell.padRight = 10;
                cell.padTop = cell.padBottom = 1;
            }
            x += cell.width;
            if (measuring)
                layOut(cell);
            cell.height = cell.padTop + cell.box->textHeight + cell.padBottom;
        }
        return cells;
    }

    void placeRow(const Block &block, std::vector<Cell> &cells, qreal x0, bool first, bool last)
    {
        const qreal right = cells.empty() ? x0 : cells.back().x + cells.back().width;
        place(cells, true, [&](qreal top, qreal height, bool begins, bool ends) {
            if (!m_canvas)
                return;
            if (block.table == TableKind::Grid) {
                for (const Cell &cell : cells)
                    m_canvas->strokeRect(cell.x, top, cell.width, height, qRgb(0xb0, 0xb0, 0xb0),
                                         0.75);
            } else if (block.table == TableKind::Code) {
                const QRgb rule = qRgb(0xc8, 0xc8, 0xc8);
                m_canvas->line(x0, top, x0, top + height, rule, 0.75);
                m_canvas->line(right, top, right, top + height, rule, 0.75);
                if (first && begins)
                    m_canvas->line(x0, top, right, top, rule, 0.75);
                if (last && ends)
                    m_canvas->line(x0, top + height, right, top + height, rule, 0.75);
            }
        });
    }

    TextSetter &m_setter;
    const QSizeF m_page;
    // The cells of the row or paragraph at hand, and of a grid's header row repeated on a
    // new page: used again for each (two allocations less for each of a report's many
    // rows).
    std::vector<Cell> m_cells;
    std::vector<Cell> m_headerCells;
    PdfCanvas *m_canvas = nullptr;
    std::function<void(int)> m_endPage;
    int m_pageIndex = 0;
    qreal m_y = 0;
    qreal m_previousMargin = 0;
};

// A4 in points, and its margins (15 mm).
constexpr qreal PageWidth = 595.2756;
constexpr qreal PageHeight = 841.8898;
constexpr qreal Margin = 42.5197;

// The fonts, loaded once for a renderer; an error if the report cannot be made the same in
// every run here.
Result<Fonts> loadFonts()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error {clearroom::package::PdfRenderer::tr(
            "Writing a PDF needs Qt's graphical application object for its fonts; "
            "without a display, run with the offscreen platform (QT_QPA_PLATFORM=offscreen).")};
    }
    // The same content gives the same PDF only in the same fonts: never in a substitute.
    for (const QString &family :
         {QStringLiteral("DejaVu Sans"), QStringLiteral("DejaVu Sans Mono")}) {
        if (QFontInfo(QFont(family)).family() != family) {
            return Error {clearroom::package::PdfRenderer::tr(
                              "The PDF report is set in the font “%1”, which is not "
                              "installed (Debian: fonts-dejavu-core).")
                              .arg(family)};
        }
    }
    Fonts fonts;
    for (int index = 0; index < int(fonts.size()); ++index) {
        QFont font((index & 1) ? QStringLiteral("DejaVu Sans Mono")
                               : QStringLiteral("DejaVu Sans"));
        font.setBold(index & 2);
        font.setItalic(index & 4);
        auto loaded = PdfFont::load(font);
        if (!loaded)
            return loaded.error();
        fonts[size_t(index)] = std::move(*loaded);
    }
    return fonts;
}

} // namespace

// The renderer's threads and what passes between them: pieces of HTML in order, each
// read and set by the setter thread of its number (piece n by setter n % Setters, so that
// the glyphs each setter records, and with them the fonts' subsets, are the same in every
// run), then put on pages in order by the flow thread.
struct PdfRenderer::Pipeline
{
    // Pieces that may be waiting, being set or set and not yet on pages: what bounds the
    // memory of a report (writeHtml's pieces are a few findings each). Up to MaxWindow while
    // their HTML is small, so that the setters and the writer go on while the flow thread
    // puts the first piece on pages: the report's front (its summary and the index of all
    // findings) takes as long as thirty pieces of findings take to set, and with eight the
    // other threads waited for it. Pieces of large findings (long excerpts) keep to
    // MinWindow.
    static constexpr size_t MinWindow = 8;
    static constexpr size_t MaxWindow = 32;
    static constexpr qsizetype MaxWindowCharacters = qsizetype(8) << 20;
    static constexpr size_t Setters = 2;
    // The first block of a piece's arena; it grows from there (a piece of a few findings
    // sets some 100 KB of lines).
    static constexpr size_t ArenaStart = size_t(64) << 10;

    // A piece's blocks, and the arena their boxes' lines are set in: each piece's in one,
    // let go of at once when the piece is on pages.
    struct SetBlocks
    {
        std::unique_ptr<std::pmr::monotonic_buffer_resource> arena;
        Blocks blocks; // before the arena goes
    };

    struct Piece
    {
        QString html;
        QVector<ExcerptLines> excerpts; // whose tables are in the HTML
        SetBlocks set;
        bool isSet = false;
        qsizetype characters = 0; // of its HTML, counted in `windowCharacters` until on pages
    };

    explicit Pipeline(const PdfMetadata &metadata)
        : metadata(metadata)
        , document(QSizeF(PageWidth, PageHeight), Margin)
        , canvas(document)
    {
        footerStyle.points = 7;
        footerStyle.color = qRgb(0x80, 0x80, 0x80);
    }

    Result<void> start()
    {
        if (!metadata.created.isValid())
            return Error {
                clearroom::package::PdfRenderer::tr("The PDF has no creation time to record.")};
        auto loaded = loadFonts();
        if (!loaded)
            return loaded.error();
        fonts = std::move(*loaded);
        for (const auto &font : fonts)
            document.addFont(font);
        const PdfFont &footerFont = *fonts[size_t(fontIndex(footerStyle))];
        footerLine = (footerFont.ascent() + footerFont.descent()) * footerStyle.points
            / footerFont.unitsPerEm();
        page = QSizeF(PageWidth - 2 * Margin, PageHeight - 2 * Margin - footerLine * 2);

        flowSetter = std::make_unique<TextSetter>(fonts);
        flow = std::make_unique<PageFlow>(*flowSetter, page, &canvas,
                                          [this](int) { document.addPage(canvas.take()); });
        for (size_t index = 0; index < Setters; ++index) {
            setters[index] = std::make_unique<TextSetter>(fonts);
            threads.emplace_back(QThread::create([this, index] { setPieces(index); }));
        }
        threads.emplace_back(QThread::create([this] { flowPieces(); }));
        for (const auto &thread : threads)
            thread->start();
        // At the process's thread or memory limit QThread::start() only warns, and the
        // pieces would wait for a setter that never comes: the report fails instead.
        if (std::any_of(threads.begin(), threads.end(),
                        [](const auto &thread) { return !thread->isRunning(); })) {
            close(); // the threads that did start end, with nothing to set
            return Error {clearroom::package::PdfRenderer::tr(
                "The PDF cannot be made: no thread could be started to set its pages.")};
        }
        return {};
    }

    void add(const QString &html, const QVector<ExcerptLines> &excerpts)
    {
        if (added == 0) {
            // The first piece opens the document: its style sheet's classes, read before
            // any piece is set (the setters read them after taking the lock).
            spanClasses.read(html);
        }
        std::vector<std::pair<QString, QVector<ExcerptLines>>> spentPieces;
        QMutexLocker lock(&mutex);
        while (pieces.size() >= MaxWindow
               || (pieces.size() >= MinWindow && windowCharacters >= MaxWindowCharacters))
            changed.wait(&mutex);
        spentPieces.swap(readPieces);
        pieces.push_back({html, excerpts, {}, false, html.size()});
        windowCharacters += html.size();
        ++added;
        changed.wakeAll();
    }

    // Lets the threads finish what they have, and waits for them.
    void close()
    {
        {
            QMutexLocker lock(&mutex);
            closed = true;
            changed.wakeAll();
        }
        for (const auto &thread : threads)
            thread->wait();
        threads.clear();
    }

    // Setter `index`: reads and sets the pieces of its numbers.
    void setPieces(size_t index)
    {
        PageFlow measuring(*setters[index], page);
        for (size_t number = index;; number += Setters) {
            QString html;
            QVector<ExcerptLines> excerpts;
            std::vector<SetBlocks> done; // drawn blocks, let go of here
            bool last = false;
            {
                QMutexLocker lock(&mutex);
                while (number >= added && !closed)
                    changed.wait(&mutex);
                done.swap(spent[index]);
                last = number >= added; // closed, and no piece of this number
                // Not on pages yet (it is not set), so still among the pieces.
                if (!last) {
                    html = std::move(pieces[number - flowed].html);
                    excerpts = std::move(pieces[number - flowed].excerpts);
                }
            }
            done.clear();
            if (last)
                return; // what is drawn after this goes with the pipeline
            SetBlocks set;
            set.arena = std::make_unique<std::pmr::monotonic_buffer_resource>(ArenaStart);
            set.blocks = HtmlBlocks(html, spanClasses, set.arena.get()).read(excerpts);
            measuring.measure(set.blocks, 0, set.blocks.size());
            QMutexLocker lock(&mutex);
            // The piece's HTML and lines go back to be let go of by the thread that made
            // them (see flowPieces()).
            readPieces.push_back({std::move(html), std::move(excerpts)});
            Piece &piece = pieces[number - flowed];
            piece.set = std::move(set);
            piece.isSet = true;
            changed.wakeAll();
        }
    }

    // The flow thread: puts the pieces on pages in order as they are set.
    void flowPieces()
    {
        while (true) {
            SetBlocks set;
            {
                QMutexLocker lock(&mutex);
                while (!(!pieces.empty() && pieces.front().isSet) && !(closed && pieces.empty()))
                    changed.wait(&mutex);
                if (pieces.empty())
                    return;
                set = std::move(pieces.front().set);
                windowCharacters -= pieces.front().characters;
                pieces.pop_front();
                ++flowed;
                changed.wakeAll();
            }
            flow->add(set.blocks);
            // Let go of by the setter that made them: freeing memory that another thread
            // allocated costs the allocator dearly (a lock on the other thread's arena).
            QMutexLocker lock(&mutex);
            spent[(flowed - 1) % Setters].push_back(std::move(set));
            changed.wakeAll();
        }
    }

    Result<void> finish(const PdfDocument::Sink &write)
    {
        close();
        flow->finish();
        const int pages = document.pageCount();

        // Each page's footer, drawn over it now that the pages are counted: the title (cut
        // to three quarters of the width) and the page number.
        TextSetter &setter = *flowSetter;
        TextBox title;
        title.base = footerStyle;
        title.text = metadata.title;
        title.text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        const qreal titleRoom = page.width() * 0.75;
        setter.layOut(title, 1e9);
        if (!title.laid.empty() && title.laid.front().width > titleRoom) {
            const QString full = title.text;
            int keep = int(full.size());
            do {
                keep = keep * 9 / 10;
                title.text = full.left(keep) + QChar(0x2026);
                setter.layOut(title, 1e9);
            } while (keep > 0 && title.laid.front().width > titleRoom);
        }
        const auto footerText = [&](const TextBox &box, bool right) {
            for (const LaidLine &line : box.laid) {
                drawLine(canvas, setter, box, line, right ? page.width() - line.width : 0,
                         page.height() + footerLine);
            }
        };
        for (int index = 0; index < pages; ++index) {
            footerText(title, false);
            TextBox number;
            number.base = footerStyle;
            number.text
                = clearroom::package::PdfRenderer::tr("Page %1 of %2").arg(index + 1).arg(pages);
            setter.layOut(number, 1e9);
            footerText(number, true);
            document.addOverlay(index, canvas.take());
        }

        // The glyphs each setter used, in a fixed order, for the fonts' subsets and the
        // text each glyph stands for.
        std::vector<const TextSetter *> used;
        for (const auto &each : setters)
            used.push_back(each.get());
        used.push_back(flowSetter.get());
        for (const TextSetter *each : used) {
            for (int font = 0; font < int(fonts.size()); ++font) {
                for (const auto &[glyph, text] : each->used()[size_t(font)])
                    document.useGlyph(font, glyph, text);
            }
        }
        return document.write(metadata, write);
    }

    const PdfMetadata metadata;
    std::optional<Error> error; // why no PDF can be made
    Fonts fonts;
    PdfDocument document;
    PdfCanvas canvas; // the flow thread's, then finish()'s
    CharStyle footerStyle;
    qreal footerLine = 0;
    QSizeF page;
    SpanClasses spanClasses; // of the first piece's style sheet
    std::array<std::unique_ptr<TextSetter>, Setters> setters;
    std::unique_ptr<TextSetter> flowSetter;
    std::unique_ptr<PageFlow> flow;
    std::vector<std::unique_ptr<QThread>> threads;

    QMutex mutex;
    QWaitCondition changed;
    std::deque<Piece> pieces; // the first is piece number `flowed`
    qsizetype windowCharacters = 0; // of the pieces' HTML
    std::array<std::vector<SetBlocks>, Setters> spent; // drawn, by their setters
    std::vector<std::pair<QString, QVector<ExcerptLines>>> readPieces; // let go of by add()
    size_t added = 0;
    size_t flowed = 0;
    bool closed = false;
};

PdfRenderer::PdfRenderer(const PdfMetadata &metadata)
    : d(std::make_unique<Pipeline>(metadata))
{
    if (auto started = d->start(); !started)
        d->error = started.error();
}

PdfRenderer::~PdfRenderer()
{
    d->close();
}

void PdfRenderer::add(const QByteArray &html)
{
    add(QString::fromUtf8(html), {});
}

void PdfRenderer::add(const QString &html, const QVector<ExcerptLines> &excerpts)
{
    if (!d->error)
        d->add(html, excerpts);
}

Result<void> PdfRenderer::finish(const PdfDocument::Sink &write)
{
    if (d->error)
        return *d->error;
    return d->finish(write);
}

Result<QByteArray> PdfRenderer::finish()
{
    QByteArray document;
    auto written = finish([&document](const QByteArray &piece) -> Result<void> {
        document += piece;
        return {};
    });
    if (!written)
        return written.error();
    return document;
}

Result<QByteArray> PdfRenderer::render(const QString &html, const PdfMetadata &metadata)
{
    PdfRenderer renderer(metadata);
    renderer.add(html.toUtf8());
    return renderer.finish();
}

QByteArray PdfRenderer::xmpMetadata(const PdfMetadata &metadata)
{
    return PdfDocument::xmpMetadata(metadata);
}

} // namespace clearroom::package
