// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRgb>
#include <QSizeF>
#include <QString>

#include <array>
#include <functional>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <vector>

struct hb_font_t;
struct hb_face_t;
class QFont;

namespace clearroom::package {

/// A glyph as shaped: its id, its advance and horizontal offset in the font's units, how
/// much its advance differs from the font's own for it (kerning), and the index (UTF-16,
/// in the shaped text) of the character it came from.
struct PdfGlyph
{
    quint16 id = 0;
    qint32 advance = 0;
    qint32 offset = 0; // horizontal; vertical offsets are not drawn
    qint32 kerning = 0;
    quint32 cluster = 0;
};

/// A glyph as it is drawn (what PdfCanvas needs of a PdfGlyph, in a third of the room:
/// a report's pages hold tens of millions of them until they are drawn).
struct PdfDrawnGlyph
{
    quint16 id = 0;
    qint16 kerning = 0;
    qint16 offset = 0;
};

/// A font as the PDF report uses it: HarfBuzz shapes text in it (glyphs and advances in
/// the font's own units), and the glyphs a document used are embedded as a subset
/// (HarfBuzz's subsetter, glyph ids kept, so that a glyph id is its CID in the PDF).
/// The font's tables are read from Qt's font (QRawFont) once, on the thread that loads
/// it; afterwards a PdfFont is immutable and may be used from any thread.
class PdfFont
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PdfFont)

public:
    /// Text shaped in this font.
    struct Shaped
    {
        std::vector<PdfGlyph> glyphs;
        qint32 width = 0; // in font units
        bool missing = false; // a character the font has no glyph for
    };

    static Result<std::shared_ptr<const PdfFont>> load(const QFont &font);
    ~PdfFont();
    PdfFont(const PdfFont &) = delete;
    PdfFont &operator=(const PdfFont &) = delete;

    int unitsPerEm() const { return m_unitsPerEm; }
    /// Above and below the baseline, in font units (hhea).
    int ascent() const { return m_ascent; }
    int descent() const { return m_descent; }
    QByteArray postScriptName() const { return m_postScriptName; }
    bool monospaced() const { return m_monospaced; }
    bool italic() const { return m_italic; }

    Shaped shape(QStringView text) const;
    /// The advance of a glyph without kerning, in font units (hmtx): its width in the
    /// PDF's /W array.
    qint32 glyphAdvance(quint16 glyph) const;
    /// A glyph's width as the PDF's /W array gives it (thousandths of the text size, three
    /// decimals), in millionths of the text size: where a reader's text position goes.
    qint32 pdfWidth(quint16 glyph) const
    {
        return glyph < m_pdfWidths.size() ? m_pdfWidths[glyph] : pdfWidthOf(glyph);
    }

    /// Whether the pages write this font's glyphs in one byte where they can: glyph ids
    /// below 128 as one byte, the others as two bytes from 0x8000 on (the font's own CMap,
    /// see objects()). A font of more than 32,768 glyphs writes every glyph id in two bytes
    /// (Identity-H).
    bool oneByteCodes() const { return m_pdfWidths.size() <= 0x8000; }
    /// The bytes the pages write for `glyph` (see oneByteCodes()) into `bytes`, and how
    /// many they are (1 or 2); the font's CMaps map these codes back.
    int code(quint16 glyph, quint8 (&bytes)[2]) const
    {
        if (oneByteCodes() && glyph < 0x80) {
            bytes[0] = quint8(glyph);
            return 1;
        }
        bytes[0] = quint8((oneByteCodes() ? 0x80 : 0) | (glyph >> 8));
        bytes[1] = quint8(glyph & 0xff);
        return 2;
    }

    /// The font's dictionary objects, with the glyphs `used` (glyph id to the text it
    /// stands for, for copying and searching) embedded; `firstObject` is this font's
    /// Type0 dictionary, the others follow it (see PdfDocument).
    Result<std::vector<QByteArray>> objects(int firstObject,
                                            const std::map<quint16, QString> &used) const;

private:
    PdfFont() = default;
    qint32 pdfWidthOf(quint16 glyph) const;

    hb_face_t *m_face = nullptr;
    hb_font_t *m_font = nullptr;
    int m_unitsPerEm = 1000;
    int m_ascent = 0;
    int m_descent = 0;
    int m_capHeight = 0;
    int m_italicAngle = 0;
    QByteArray m_postScriptName;
    bool m_monospaced = false;
    bool m_italic = false;
    bool m_bold = false;
    std::array<int, 4> m_box {};
    std::vector<qint32> m_advances; // by glyph id, in font units
    std::vector<qint32> m_pdfWidths; // by glyph id
};

class PdfDocument;

/// Drawing on a page of a PdfDocument, in points from the top left of the page's text
/// area (its margins are the document's).
///
/// Text goes into as few text objects as the drawing allows: one stays open from glyphs
/// to glyphs until a shape is drawn, the font is set only when it changes, and glyphs
/// that continue a baseline are placed by the adjustment numbers of their TJ array from
/// where the previous glyphs left the text position, instead of a new BT, Tf and Td for
/// each run (a report's pages set over a million runs).
class PdfCanvas
{
public:
    /// Drawing for pages of `document` (its page size, margins and colours).
    explicit PdfCanvas(PdfDocument &document);

    /// Fills side by side in one colour (a row's cells) are drawn as one rectangle.
    void fillRect(qreal x, qreal y, qreal width, qreal height, QRgb color);
    void strokeRect(qreal x, qreal y, qreal width, qreal height, QRgb color, qreal lineWidth);
    /// A vertical line that continues one before it (the rules at the sides of a table's
    /// rows, row after row) is drawn with it as one line, once nothing drawn in between
    /// crosses it.
    void line(qreal x1, qreal y1, qreal x2, qreal y2, QRgb color, qreal lineWidth);
    /// Glyphs of `pdfFont` (its index in the document `font`) at `size` points, the first
    /// on the baseline at (x, baseline), each where it was laid out (kerning and offsets
    /// included).
    void glyphs(int font, const PdfFont &pdfFont, qreal size, QRgb color, qreal x, qreal baseline,
                const PdfDrawnGlyph *glyphs, size_t count);

    QByteArray take();

private:
    qreal pageX(qreal x) const { return m_margin + x; }
    qreal pageY(qreal y) const { return m_page.height() - m_margin - y; }
    void fillColor(QRgb color);
    void stroke(QRgb color, qreal lineWidth);
    void rectangle(qreal x, qreal y, qreal width, qreal height);
    void numbers(std::initializer_list<qreal> values); // each followed by a space
    void endText();
    void endTextArray();
    void resetState();
    void drawFill()
    {
        if (m_pendingFill)
            drawPendingFill();
    }
    void drawPendingFill();
    int paletteIndex(QRgb color);
    void drawRules();
    void drawRulesCrossing(qreal left, qreal top, qreal right, qreal bottom,
                           std::optional<QRgb> except = std::nullopt);

    PdfDocument &m_document;
    QSizeF m_page;
    qreal m_margin;
    QByteArray m_content;
    QRgb m_fill = qRgb(0, 0, 0);
    bool m_indexed = false; // the fill colour space is the document's palette
    // Colours looked up in the palette, by a hash of their value (a colour changes with
    // nearly every highlighted token).
    struct PaletteSlot
    {
        QRgb color = 0;
        int index = -1;
    };
    std::array<PaletteSlot, 64> m_paletteSlots {};
    QRgb m_stroke = qRgb(0, 0, 0);
    qreal m_lineWidth = 1;
    // A fill not drawn yet, which the next may widen.
    struct Fill
    {
        qreal x = 0, y = 0, width = 0, height = 0;
        QRgb color = 0;
    };
    std::optional<Fill> m_pendingFill;
    // Vertical lines not drawn yet, which the next may lengthen (from top to bottom).
    struct Rule
    {
        qreal x = 0, top = 0, bottom = 0, width = 0;
        QRgb color = 0;
    };
    std::vector<Rule> m_rules;
    // The text state: in a text object (BT), in a TJ array, in a string of that array;
    // the font set (-1: none yet in this content stream) and its size.
    bool m_inText = false;
    bool m_inArray = false;
    bool m_inString = false;
    int m_font = -1;
    qreal m_size = 0;
    // In page coordinates, as a reader works them out from the numbers written: the start
    // of the text line (where the last Td moved to), and the text position after the last
    // glyphs, on baseline m_penY.
    qreal m_lineX = 0;
    qreal m_lineY = 0;
    bool m_penKnown = false;
    qreal m_penX = 0;
    qreal m_penY = 0;
};

/// What a PDF says about itself.
struct PdfMetadata
{
    QString title;
    QString creator; ///< the program that made the content
    QDateTime created; ///< the creation time written into the PDF, instead of the clock's
};

/// A PDF/A-1b document of our own making: pages of drawing (PdfCanvas), fonts embedded
/// as subsets, the sRGB output intent, XMP metadata, and the same bytes for the same
/// pages and metadata in every run (no clock, no random id: the trailer's /ID is the
/// start of the SHA-256 of the document, as the PDF standard suggests). Pages, fonts and
/// their text maps are deflated, as Qt's PDF writer does: the same bytes from the same
/// libdeflate (the ZIP around the PDF stores its entries, so that the package itself does not
/// depend on it); the XMP metadata stays plain, as PDF/A asks.
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PdfDocument)

public:
    PdfDocument(QSizeF page, qreal margin);

    QSizeF page() const { return m_page; }
    qreal margin() const { return m_margin; }

    /// The index of a font in this document (its resource name is /F<index>).
    int addFont(std::shared_ptr<const PdfFont> font);
    /// Notes that glyph `glyph` of font `font` is drawn and stands for `text` (empty for
    /// the further glyphs of one character): the first text given for a glyph is kept.
    void useGlyph(int font, quint16 glyph, const QString &text);
    /// A page drawn (a PdfCanvas's content): deflated at once, so that a long document
    /// never holds its drawing.
    void addPage(const QByteArray &content);
    /// Draws `content` over page `index` (0-based) as a content stream of its own, which
    /// starts from the initial graphics state: what can only be drawn once every page is
    /// known, such as "Page N of M".
    void addOverlay(int index, const QByteArray &content);
    int pageCount() const { return int(m_pages.size()); }
    /// The index of `color` in the document's palette (its colour space /C0, Indexed over
    /// DeviceRGB), added if new; -1 once the palette's 256 colours are taken. A page sets
    /// a colour as "n sc" instead of its three numbers.
    int paletteIndex(QRgb color);

    /// Receives the document piece by piece, in order.
    using Sink = std::function<Result<void>(const QByteArray &piece)>;
    /// The document, once, handed to `write` object by object (its pages are let go of
    /// as they are written); stops at the first piece `write` refuses.
    Result<void> write(const PdfMetadata &metadata, const Sink &write);

    /// The XMP packet of a PDF/A-1b with this metadata.
    static QByteArray xmpMetadata(const PdfMetadata &metadata);
    static QByteArray producer();
    /// `time` in UTC as a PDF date: "D:20260302103000Z".
    static QByteArray pdfDate(const QDateTime &time);

private:
    QSizeF m_page;
    qreal m_margin;
    std::vector<std::shared_ptr<const PdfFont>> m_fonts;
    std::vector<std::map<quint16, QString>> m_used;
    // Each page's content streams, deflated, as stream objects.
    std::vector<std::vector<QByteArray>> m_pages;
    std::vector<QRgb> m_palette;
    QHash<QRgb, int> m_paletteIndex;
};

/// A number as a PDF writes it: at most three decimals, no exponent, no "-0".
QByteArray pdfNumber(qreal value);
void appendPdfNumber(QByteArray &out, qreal value);

} // namespace clearroom::package
