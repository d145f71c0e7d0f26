// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pdfdocument.h"

#include "sha256.h"

#include <QColorSpace>
#include <QFile>
#include <QFont>
#include <QRawFont>

#include <libdeflate.h>

#include <hb-ot.h>
#include <hb-subset.h>
#include <hb.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Why a PDF writer of our own: Qt's (QPdfWriter through QPainter and QTextLayout) spent
// about 8 ms per finding of the report, in shaping each paragraph anew, in its per-glyph
// output and in deflate, so that the report of a 10,000-finding review took over a minute.
// Here HarfBuzz shapes each word once (the report repeats its words), the pages are written
// as plain content streams, and HarfBuzz's subsetter embeds the glyphs used.

namespace clearroom::package {

namespace {

quint16 bigEndian16(const QByteArray &table, int at)
{
    if (at + 2 > table.size())
        return 0;
    return quint16((quint8(table.at(at)) << 8) | quint8(table.at(at + 1)));
}

quint32 bigEndian32(const QByteArray &table, int at)
{
    return (quint32(bigEndian16(table, at)) << 16) | bigEndian16(table, at + 2);
}

QByteArray hex4(quint16 value)
{
    static const char digits[] = "0123456789ABCDEF";
    QByteArray out(4, '0');
    for (int i = 3; i >= 0; --i, value >>= 4)
        out[i] = digits[value & 0xf];
    return out;
}

// A text string as UTF-16BE hex with its byte order mark: any character, no escaping.
QByteArray textString(const QString &text)
{
    QByteArray out = "<FEFF";
    for (const QChar c : text)
        out += hex4(c.unicode());
    return out + '>';
}

QByteArray stream(const QByteArray &dictionary, std::string_view data)
{
    const QByteArray head = "<< " + dictionary + (dictionary.isEmpty() ? "" : " ") + "/Length "
        + QByteArray::number(qulonglong(data.size())) + " >>\nstream\n";
    QByteArray object;
    object.reserve(head.size() + qsizetype(data.size()) + 10);
    object += head;
    object.append(data.data(), qsizetype(data.size()));
    object += "\nendstream";
    return object;
}

QByteArray stream(const QByteArray &dictionary, const QByteArray &data)
{
    return stream(dictionary, std::string_view(data.constData(), size_t(data.size())));
}

// A stream of `parts` one after the other, deflated (FlateDecode) as QPdfWriter does (a
// report's pages are ten times smaller so), with the same bytes for the same input from
// one libdeflate; or as it is should deflating fail. libdeflate rather than zlib: it
// deflates a whole buffer at once, and at its fastest level it takes half of zlib's time
// for output a tenth smaller (a report of 10,000 findings: 0.8 s instead of 1.6 s of
// processor time for its 130 MB of pages). Deflated in buffers the thread keeps, so that
// only the stream object is allocated: a page's stays until the document is written, and
// temporary buffers of a page's size beside each would leave holes in memory that later
// pages cannot fill (the resident size then grows with the document).
QByteArray deflatedStream(const QByteArray &dictionary,
                          std::initializer_list<std::string_view> parts)
{
    struct Compressor
    {
        ~Compressor() { libdeflate_free_compressor(compressor); }
        libdeflate_compressor *compressor = libdeflate_alloc_compressor(1);
        std::string input;
        std::vector<char> output;
    };
    thread_local Compressor deflater;
    std::string &input = deflater.input;
    input.clear();
    for (const std::string_view part : parts)
        input += part;
    // A stream of a few hundred bytes (each page's footer) deflates by a quarter at most,
    // and each call costs libdeflate several microseconds of setting up: thousands of
    // footers, made one after the other once the pages are counted, took 65 ms of a
    // consolidated report's last, single-threaded step. Such streams stay as they are.
    constexpr size_t SmallestDeflated = 512;
    size_t written = 0;
    if (deflater.compressor && input.size() >= SmallestDeflated) {
        const size_t bound = libdeflate_zlib_compress_bound(deflater.compressor, input.size());
        deflater.output.resize(std::max(deflater.output.size(), bound));
        written = libdeflate_zlib_compress(deflater.compressor, input.data(), input.size(),
                                           deflater.output.data(), deflater.output.size());
    }
    if (written == 0)
        return stream(dictionary, std::string_view(input));
    return stream("/Filter /FlateDecode" + (dictionary.isEmpty() ? QByteArray() : ' ' + dictionary),
                  std::string_view(deflater.output.data(), written));
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

QByteArray reference(int object)
{
    return QByteArray::number(object) + " 0 R";
}

// A colour's three operands, written where they go: a highlighted excerpt changes colour
// at nearly every token.
void appendColorOperands(QByteArray &out, QRgb color)
{
    // Each channel's number written once (a colour changes with nearly every highlighted
    // token, so a report's pages set millions of them).
    static const std::array<QByteArray, 256> channels = [] {
        std::array<QByteArray, 256> numbers;
        for (int value = 0; value < 256; ++value)
            appendPdfNumber(numbers[size_t(value)], value / 255.0);
        return numbers;
    }();
    const auto channel = [&out](int value) {
        const QByteArray &number = channels[size_t(value)];
        out.append(number.constData(), number.size());
    };
    channel(qRed(color));
    out += ' ';
    channel(qGreen(color));
    out += ' ';
    channel(qBlue(color));
}

} // namespace

QByteArray PdfDocument::pdfDate(const QDateTime &time)
{
    return "D:" + time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

void appendPdfNumber(QByteArray &out, qreal value)
{
    // Written here rather than by QByteArray::number: a page has thousands of numbers.
    qint64 thousandths = qRound64(value * 1000);
    if (thousandths == 0) {
        out += '0';
        return;
    }
    char digits[32];
    int at = sizeof digits;
    const bool negative = thousandths < 0;
    if (negative)
        thousandths = -thousandths;
    int fraction = int(thousandths % 1000);
    qint64 whole = thousandths / 1000;
    if (fraction != 0) {
        int length = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            --length;
        }
        for (int i = 0; i < length; ++i, fraction /= 10)
            digits[--at] = char('0' + fraction % 10);
        digits[--at] = '.';
    }
    do {
        digits[--at] = char('0' + whole % 10);
        whole /= 10;
    } while (whole != 0);
    if (negative)
        digits[--at] = '-';
    out.append(digits + at, int(sizeof digits) - at);
}

QByteArray pdfNumber(qreal value)
{
    QByteArray out;
    appendPdfNumber(out, value);
    return out;
}

// --- PdfFont ------------------------------------------------------------------------

Result<std::shared_ptr<const PdfFont>> PdfFont::load(const QFont &font)
{
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return Error {tr("The font “%1” could not be read for the PDF.").arg(font.family())};
    // The tables HarfBuzz shapes with and the PDF embeds, put together into one font file
    // (Qt gives a font's tables, not its file).
    static const char *const tags[]
        = {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap", "post", "name",
           "OS/2", "cvt ", "fpgm", "prep", "gasp", "GDEF", "GSUB", "GPOS", "kern"};
    hb_face_t *builder = hb_face_builder_create();
    QByteArray head;
    QByteArray post;
    for (const char *tag : tags) {
        const QByteArray table = raw.fontTable(tag);
        if (table.isEmpty())
            continue;
        if (qstrcmp(tag, "head") == 0)
            head = table;
        else if (qstrcmp(tag, "post") == 0)
            post = table;
        hb_blob_t *blob = hb_blob_create(table.constData(), unsigned(table.size()),
                                         HB_MEMORY_MODE_DUPLICATE, nullptr, nullptr);
        hb_face_builder_add_table(builder, hb_tag_from_string(tag, 4), blob);
        hb_blob_destroy(blob);
    }
    hb_blob_t *file = hb_face_reference_blob(builder);
    hb_face_destroy(builder);
    if (head.size() < 54 || hb_blob_get_length(file) == 0) {
        hb_blob_destroy(file);
        return Error {
            tr("The font “%1” has no TrueType outlines the PDF can embed.").arg(font.family())};
    }
    std::shared_ptr<PdfFont> loaded(new PdfFont);
    loaded->m_face = hb_face_create(file, 0);
    hb_blob_destroy(file);
    hb_face_make_immutable(loaded->m_face);
    loaded->m_unitsPerEm = int(hb_face_get_upem(loaded->m_face));
    loaded->m_font = hb_font_create(loaded->m_face);
    hb_font_set_scale(loaded->m_font, loaded->m_unitsPerEm, loaded->m_unitsPerEm);
    hb_font_make_immutable(loaded->m_font);

    hb_font_extents_t extents {};
    hb_font_get_h_extents(loaded->m_font, &extents);
    loaded->m_ascent = extents.ascender;
    loaded->m_descent = -extents.descender;
    hb_position_t capHeight = 0;
    loaded->m_capHeight
        = hb_ot_metrics_get_position(loaded->m_font, HB_OT_METRICS_TAG_CAP_HEIGHT, &capHeight)
        ? capHeight
        : loaded->m_ascent;
    loaded->m_box = {qint16(bigEndian16(head, 36)), qint16(bigEndian16(head, 38)),
                     qint16(bigEndian16(head, 40)), qint16(bigEndian16(head, 42))};
    loaded->m_italicAngle = qint16(bigEndian16(post, 4)); // its integer part (16.16)
    loaded->m_monospaced = bigEndian32(post, 12) != 0;
    loaded->m_italic = font.italic() || loaded->m_italicAngle != 0;
    loaded->m_bold = font.bold();
    // Each glyph's advance and PDF width, looked up for every glyph shaped and drawn:
    // HarfBuzz's own look-up took a tenth of shaping.
    const unsigned glyphCount = hb_face_get_glyph_count(loaded->m_face);
    loaded->m_advances.resize(glyphCount);
    loaded->m_pdfWidths.resize(glyphCount);
    for (unsigned glyph = 0; glyph < glyphCount; ++glyph) {
        loaded->m_advances[glyph] = hb_font_get_glyph_h_advance(loaded->m_font, glyph);
        loaded->m_pdfWidths[glyph] = loaded->pdfWidthOf(quint16(glyph));
    }

    char name[128] = {};
    unsigned length = sizeof name;
    hb_ot_name_get_utf8(loaded->m_face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &length,
                        name);
    for (const char c : QByteArray(name)) {
        // A PDF name of plain letters, digits and hyphens (no escaping needed).
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')
            loaded->m_postScriptName += c;
    }
    if (loaded->m_postScriptName.isEmpty())
        loaded->m_postScriptName = font.family().toLatin1().replace(' ', "");
    return std::shared_ptr<const PdfFont>(std::move(loaded));
}

PdfFont::~PdfFont()
{
    hb_font_destroy(m_font);
    hb_face_destroy(m_face);
}

PdfFont::Shaped PdfFont::shape(QStringView text) const
{
    Shaped shaped;
    if (text.isEmpty())
        return shaped;
    // One buffer a thread, emptied for each text: a report shapes over a hundred thousand.
    thread_local const std::unique_ptr<hb_buffer_t, decltype(&hb_buffer_destroy)> kept(
        hb_buffer_create(), &hb_buffer_destroy);
    hb_buffer_t *buffer = kept.get();
    hb_buffer_clear_contents(buffer);
    hb_buffer_add_utf16(buffer, reinterpret_cast<const uint16_t *>(text.utf16()), int(text.size()),
                        0, int(text.size()));
    hb_buffer_guess_segment_properties(buffer);
    hb_shape(m_font, buffer, nullptr, 0);
    unsigned count = 0;
    const hb_glyph_info_t *infos = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t *positions = hb_buffer_get_glyph_positions(buffer, &count);
    shaped.glyphs.resize(count);
    for (unsigned i = 0; i < count; ++i) {
        PdfGlyph &glyph = shaped.glyphs[i];
        glyph.id = quint16(infos[i].codepoint);
        glyph.advance = positions[i].x_advance;
        glyph.offset = positions[i].x_offset;
        glyph.kerning = glyph.advance - glyphAdvance(glyph.id);
        glyph.cluster = infos[i].cluster;
        shaped.missing = shaped.missing || glyph.id == 0;
        shaped.width += glyph.advance;
    }
    return shaped;
}

qint32 PdfFont::glyphAdvance(quint16 glyph) const
{
    return glyph < m_advances.size() ? m_advances[glyph]
                                     : hb_font_get_glyph_h_advance(m_font, glyph);
}

qint32 PdfFont::pdfWidthOf(quint16 glyph) const
{
    // As appendPdfNumber writes it into the /W array.
    return qint32(qRound64(glyphAdvance(glyph) * (1000.0 / m_unitsPerEm) * 1000));
}

Result<std::vector<QByteArray>> PdfFont::objects(int firstObject,
                                                 const std::map<quint16, QString> &used) const
{
    // The subset: the used glyphs under their own ids (so a glyph id is its CID).
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input)
        return Error {tr("HarfBuzz could not start the font subset for the PDF.")};
    hb_set_t *glyphs = hb_subset_input_glyph_set(input);
    hb_set_add(glyphs, 0);
    for (const auto &[glyph, text] : used)
        hb_set_add(glyphs, glyph);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
    // Shaping happened here; a PDF reader only draws the glyphs.
    hb_set_t *dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char *tag : {"GSUB", "GPOS", "GDEF", "kern"})
        hb_set_add(dropped, hb_tag_from_string(tag, 4));
    hb_face_t *subset = hb_subset_or_fail(m_face, input);
    hb_subset_input_destroy(input);
    if (!subset)
        return Error {tr("HarfBuzz could not make the subset of the font “%1” for the PDF.")
                          .arg(QString::fromLatin1(m_postScriptName))};
    hb_blob_t *blob = hb_face_reference_blob(subset);
    unsigned length = 0;
    const char *data = hb_blob_get_data(blob, &length);
    const QByteArray file(data, int(length));
    hb_blob_destroy(blob);
    hb_face_destroy(subset);

    // A subset's name starts with six capital letters that tell subsets apart: here from
    // the glyphs it holds, so that the same glyphs give the same name.
    crypto::Sha256 digest;
    digest.add(m_postScriptName);
    quint16 last = 0;
    for (const auto &[glyph, text] : used) {
        digest.add(hex4(glyph));
        last = glyph;
    }
    const QByteArray hash = digest.hex();
    QByteArray name(6, 'A');
    for (int i = 0; i < 6; ++i)
        name[i] = char('A' + (quint8(QByteArray::fromHex(hash.mid(i * 2, 2)).at(0)) % 26));
    name = '/' + name + '+' + m_postScriptName;

    const qreal scale = 1000.0 / m_unitsPerEm;
    // Widths: runs of consecutive glyph ids, each with its widths.
    QByteArray widths = "[";
    for (auto it = used.begin(); it != used.end();) {
        quint16 glyph = it->first;
        widths += ' ' + QByteArray::number(glyph) + " [";
        bool first = true;
        while (it != used.end() && it->first == glyph) {
            if (!first)
                widths += ' ';
            widths += pdfNumber(pdfWidth(glyph) / 1000.0);
            first = false;
            ++it;
            ++glyph;
        }
        widths += ']';
    }
    widths += " ]";

    // How the pages write glyph ids (see oneByteCodes()): most of a report's glyphs are
    // Latin letters, digits and signs, whose ids in DejaVu are below 128, so one byte
    // each makes the pages' content a third smaller before it is deflated (bench_package's
    // report: 60 MB instead of 89 MB) and the PDF a ninth. Glyph id g is code g below 128
    // and code 0x8000 + g (two bytes) above.
    const bool oneByte = oneByteCodes();
    const QByteArray codeSpace = oneByte
        ? "2 begincodespacerange\n<00> <7F>\n<8000> <FFFF>\nendcodespacerange\n"
        : "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    const auto codeHex = [this](quint16 glyph) {
        quint8 bytes[2];
        const int length = code(glyph, bytes);
        return QByteArray(reinterpret_cast<const char *>(bytes), length).toHex().toUpper();
    };
    QByteArray encoding = "/Identity-H";
    QByteArray cmap;
    if (oneByte) {
        // The CMap from these codes to CIDs (= glyph ids), embedded (PDF 1.7, 9.7.5.3;
        // PDF/A-1 allows it, with the same writing mode in its dictionary and its
        // program, ISO 19005-1, 6.3.3.3). The two-byte codes as one range for each first
        // byte, as Adobe's CMap specification (technical note 5014) has ranges in which
        // only the last byte changes.
        const QByteArray cmapName = "Clearroom-OneByte-Identity-H";
        cmap = "%!PS-Adobe-3.0 Resource-CMap\n/CIDInit /ProcSet findresource begin\n12 dict "
               "begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
               "/Supplement 0 >> def\n/CMapName /"
            + cmapName + " def\n/CMapType 1 def\n/WMode 0 def\n" + codeSpace
            + "1 begincidrange\n<00> <7F> 0\nendcidrange\n";
        for (int first = 0x80; first <= 0xff; first += 100) {
            const int last = std::min(0xff, first + 99);
            cmap += QByteArray::number(last - first + 1) + " begincidrange\n";
            for (int lead = first; lead <= last; ++lead) {
                const QByteArray byte = hex4(quint16(lead)).right(2);
                cmap += '<' + byte + "00> <" + byte + "FF> "
                    + QByteArray::number((lead - 0x80) * 256) + '\n';
            }
            cmap += "endcidrange\n";
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        encoding = reference(firstObject + 6);
        cmap = deflatedStream("/Type /CMap /CMapName /" + cmapName
                                  + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) "
                                    "/Supplement 0 >> /WMode 0",
                              {view(cmap)});
    }

    // What each glyph stands for, so that the text can be searched and copied.
    QByteArray toUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 "
                           ">> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        + codeSpace;
    std::vector<std::pair<quint16, const QString *>> mapped;
    for (const auto &[glyph, text] : used) {
        if (!text.isEmpty() && glyph != 0)
            mapped.emplace_back(glyph, &text);
    }
    for (size_t start = 0; start < mapped.size(); start += 100) {
        const size_t end = std::min(mapped.size(), start + 100);
        toUnicode += QByteArray::number(qulonglong(end - start)) + " beginbfchar\n";
        for (size_t i = start; i < end; ++i) {
            toUnicode += '<' + codeHex(mapped[i].first) + "> <";
            for (const QChar c : *mapped[i].second)
                toUnicode += hex4(c.unicode());
            toUnicode += ">\n";
        }
        toUnicode += "endbfchar\n";
    }
    toUnicode += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";

    // Which CIDs the subset holds (PDF/A-1 asks for it).
    QByteArray cidSet((last / 8) + 1, '\0');
    cidSet[0] = char(0x80); // .notdef
    for (const auto &[glyph, text] : used)
        cidSet[glyph / 8] = char(quint8(cidSet.at(glyph / 8)) | (0x80 >> (glyph % 8)));

    int flags = 32; // non-symbolic
    if (m_monospaced)
        flags |= 1;
    if (m_italic)
        flags |= 64;
    const auto units = [scale](int value) { return pdfNumber(value * scale); };
    std::vector<QByteArray> objects;
    objects.push_back("<< /Type /Font /Subtype /Type0 /BaseFont " + name + " /Encoding " + encoding
                      + " /DescendantFonts [" + reference(firstObject + 1) + "] /ToUnicode "
                      + reference(firstObject + 2) + " >>");
    objects.push_back("<< /Type /Font /Subtype /CIDFontType2 /BaseFont " + name
                      + " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 "
                        ">> /FontDescriptor "
                      + reference(firstObject + 3) + " /CIDToGIDMap /Identity /DW "
                      + units(m_unitsPerEm) + " /W " + widths + " >>");
    objects.push_back(deflatedStream({}, {view(toUnicode)}));
    objects.push_back(
        "<< /Type /FontDescriptor /FontName " + name + " /Flags " + QByteArray::number(flags)
        + " /FontBBox [" + units(m_box[0]) + ' ' + units(m_box[1]) + ' ' + units(m_box[2]) + ' '
        + units(m_box[3]) + "] /ItalicAngle " + QByteArray::number(m_italicAngle) + " /Ascent "
        + units(m_ascent) + " /Descent " + units(-m_descent) + " /CapHeight " + units(m_capHeight)
        + " /StemV " + QByteArray(m_bold ? "120" : "80") + " /FontFile2 "
        + reference(firstObject + 4) + " /CIDSet " + reference(firstObject + 5) + " >>");
    objects.push_back(deflatedStream("/Length1 " + QByteArray::number(file.size()), {view(file)}));
    objects.push_back(stream({}, cidSet));
    if (oneByte)
        objects.push_back(cmap);
    return objects;
}

// --- PdfCanvas ----------------------------------------------------------------------

PdfCanvas::PdfCanvas(PdfDocument &document)
    : m_document(document)
    , m_page(document.page())
    , m_margin(document.margin())
{
    m_content.reserve(64 * 1024);
}

void PdfCanvas::fillColor(QRgb color)
{
    if (color == m_fill)
        return;
    endTextArray(); // a colour is set between TJ operators, not inside their arrays
    m_fill = color;
    // By its index in the document's palette (a highlighted excerpt changes colour at
    // nearly every token: "3 sc" instead of "0.792 0.376 0.792 rg").
    const int index = paletteIndex(color);
    if (index < 0) {
        appendColorOperands(m_content, color);
        m_content += " rg\n";
        m_indexed = false;
        return;
    }
    if (!m_indexed) {
        m_content += "/C0 cs ";
        m_indexed = true;
    }
    static const std::array<QByteArray, 256> setters = [] {
        std::array<QByteArray, 256> operators;
        for (int i = 0; i < 256; ++i)
            operators[size_t(i)] = QByteArray::number(i) + " sc\n";
        return operators;
    }();
    const QByteArray &setter = setters[size_t(index)];
    m_content.append(setter.constData(), setter.size());
}

int PdfCanvas::paletteIndex(QRgb color)
{
    PaletteSlot &slot = m_paletteSlots[(qRed(color) * 7 + qGreen(color) * 3 + qBlue(color)) % 64];
    if (slot.index >= 0 && slot.color == color)
        return slot.index;
    const int index = m_document.paletteIndex(color);
    if (index >= 0)
        slot = {color, index};
    return index;
}

void PdfCanvas::stroke(QRgb color, qreal lineWidth)
{
    if (color != m_stroke) {
        m_stroke = color;
        appendColorOperands(m_content, color);
        m_content += " RG\n";
    }
    if (lineWidth != m_lineWidth) {
        m_lineWidth = lineWidth;
        appendPdfNumber(m_content, lineWidth);
        m_content += " w\n";
    }
}

void PdfCanvas::numbers(std::initializer_list<qreal> values)
{
    for (const qreal value : values) {
        appendPdfNumber(m_content, value);
        m_content += ' ';
    }
}

void PdfCanvas::endTextArray()
{
    if (m_inString) {
        m_content += ')';
        m_inString = false;
    }
    if (m_inArray) {
        m_content += "]TJ\n";
        m_inArray = false;
    }
}

void PdfCanvas::endText()
{
    endTextArray();
    if (m_inText) {
        m_content += "ET\n";
        m_inText = false;
        m_penKnown = false;
    }
}

void PdfCanvas::rectangle(qreal x, qreal y, qreal width, qreal height)
{
    numbers({pageX(x), pageY(y + height), width, height});
    m_content += "re";
}

void PdfCanvas::drawPendingFill()
{
    const Fill fill = *std::exchange(m_pendingFill, std::nullopt);
    endText();
    fillColor(fill.color);
    rectangle(fill.x, fill.y, fill.width, fill.height);
    m_content += " f\n";
}

void PdfCanvas::drawRules()
{
    drawFill();
    std::vector<Rule> rules;
    rules.swap(m_rules);
    for (const Rule &rule : rules)
        line(rule.x, rule.top, rule.x, rule.bottom, rule.color, -rule.width);
}

void PdfCanvas::drawRulesCrossing(qreal left, qreal top, qreal right, qreal bottom,
                                  std::optional<QRgb> except)
{
    // What is drawn over a rule waiting to be drawn (more than touching it) waits for it;
    // not a line of the rule's colour (the order of two strokes in one colour makes no
    // difference to how they look).
    for (const Rule &rule : m_rules) {
        if (rule.color != except && left < rule.x + rule.width / 2
            && right > rule.x - rule.width / 2 && top < rule.bottom && bottom > rule.top) {
            drawRules();
            return;
        }
    }
}

void PdfCanvas::fillRect(qreal x, qreal y, qreal width, qreal height, QRgb color)
{
    drawRulesCrossing(x, y, x + width, y + height);
    if (m_pendingFill && m_pendingFill->color == color && m_pendingFill->y == y
        && m_pendingFill->height == height
        && std::abs(m_pendingFill->x + m_pendingFill->width - x) < 1e-9) {
        m_pendingFill->width = x + width - m_pendingFill->x;
        return;
    }
    drawFill();
    m_pendingFill = Fill {x, y, width, height, color};
}

void PdfCanvas::strokeRect(qreal x, qreal y, qreal width, qreal height, QRgb color, qreal lineWidth)
{
    drawFill();
    drawRulesCrossing(x - lineWidth, y - lineWidth, x + width + lineWidth, y + height + lineWidth);
    endText();
    stroke(color, lineWidth);
    rectangle(x, y, width, height);
    m_content += " S\n";
}

void PdfCanvas::line(qreal x1, qreal y1, qreal x2, qreal y2, QRgb color, qreal lineWidth)
{
    // A negative width: a rule drawn now (drawRules).
    const bool now = lineWidth < 0;
    lineWidth = std::abs(lineWidth);
    drawFill();
    if (!now) {
        if (x1 == x2 && y1 < y2) {
            for (Rule &rule : m_rules) {
                if (rule.x == x1 && std::abs(rule.bottom - y1) < 1e-9 && rule.color == color
                    && rule.width == lineWidth) {
                    rule.bottom = y2;
                    return;
                }
            }
            drawRulesCrossing(x1 - lineWidth / 2, y1, x1 + lineWidth / 2, y2, color);
            if (m_rules.size() < 8) {
                m_rules.push_back({x1, y1, y2, lineWidth, color});
                return;
            }
        }
        drawRulesCrossing(std::min(x1, x2) - lineWidth / 2, std::min(y1, y2) - lineWidth / 2,
                          std::max(x1, x2) + lineWidth / 2, std::max(y1, y2) + lineWidth / 2,
                          color);
    }
    endText();
    stroke(color, lineWidth);
    numbers({pageX(x1), pageY(y1)});
    m_content += "m ";
    numbers({pageX(x2), pageY(y2)});
    m_content += "l S\n";
}

namespace {

// For each byte, what follows the backslash that escapes it in a literal string, or 0
// where it stands as it is: the parentheses, the backslash, and the line ends (a reader
// would take a carriage return for the end of a line). A table, since every glyph of a
// report passes through it.
constexpr std::array<char, 256> literalEscapes = [] {
    std::array<char, 256> escapes {};
    escapes[quint8('(')] = '(';
    escapes[quint8(')')] = ')';
    escapes[quint8('\\')] = '\\';
    escapes[quint8('\r')] = 'r';
    escapes[quint8('\n')] = 'n';
    return escapes;
}();

// A length as appendPdfNumber writes it (three decimals), so that positions worked out
// from written numbers are those a reader works out.
qreal written(qreal value)
{
    return qreal(qRound64(value * 1000)) / 1000;
}

} // namespace

void PdfCanvas::glyphs(int font, const PdfFont &pdfFont, qreal size, QRgb color, qreal x,
                       qreal baseline, const PdfDrawnGlyph *glyphs, size_t count)
{
    if (count == 0)
        return;
    drawFill();
    if (!m_rules.empty()) // the glyphs' extent, roughly, and to the right
        drawRulesCrossing(x, baseline - size, 1e9, baseline + size * 0.3);
    fillColor(color);
    if (!m_inText) {
        m_content += "BT\n";
        m_inText = true;
        m_lineX = m_lineY = 0;
        m_penKnown = false;
    }
    if (font != m_font || size != m_size) {
        endTextArray();
        m_content += "/F";
        numbers({qreal(font), size});
        m_content += "Tf\n";
        m_font = font;
        m_size = size;
    }
    // Where the glyphs go, as an absolute Td would put them.
    const qreal px = written(pageX(x));
    const qreal py = written(pageY(baseline));
    // The way from the text position to the first glyph, in thousandths of the text size
    // (as TJ counts, leftwards).
    qreal before = 0;
    bool follows = m_penKnown && py == m_penY;
    if (follows && std::abs(m_penX - px) < 0.001) {
        // Where the glyphs before left the text position, to within the precision every
        // position is written in (a thousandth of a point): no move at all. The rounding of
        // positions left moves of under a tenth of a thousandth of the text size before two
        // thirds of a big report's runs of highlighted code (some 750,000 numbers, 6 % of
        // its pages' content).
    } else if (follows) {
        // On the baseline of the glyphs before: from where they left the text position,
        // if a number of three decimals gets there exactly (at 10 or 8 points it does, at
        // 7 mostly not), so that the glyphs are where an absolute Td would put them.
        before = (m_penX - px) * 1000 / size;
        const qreal landed = m_penX - qreal(qRound64(before * 1000)) / 1000000 * size;
        follows = std::abs(landed - px) < 1e-7;
    }
    if (!follows) {
        before = 0;
        // A new text line, from the start of the last one.
        endTextArray();
        const qreal dx = written(px - m_lineX);
        const qreal dy = written(py - m_lineY);
        numbers({dx, dy});
        m_content += "Td\n";
        m_lineX += dx;
        m_lineY += dy;
        m_penX = m_lineX;
    }
    if (!m_inArray) {
        m_content += '[';
        m_inArray = true;
    }
    // TJ moves by each glyph's /W width; where the laid out advance differs (kerning) or
    // a glyph is offset (a combining mark), the difference goes between the glyphs, in
    // thousandths of the text size. `moved` follows the text position as a reader does,
    // in millionths of the text size.
    const qreal toThousandths = -1000.0 / pdfFont.unitsPerEm();
    qint64 moved = 0;
    // The glyph ids in a literal string (half the size of hex), one byte or two each (see
    // PdfFont::oneByteCodes()), gathered in a buffer and appended a few dozen glyphs at a
    // time (appending each byte on its own was a sixth of drawing the pages).
    char buffer[256];
    int used = 0;
    const auto number = [&](qreal thousandths) {
        const qint64 millionths = qRound64(thousandths * 1000);
        if (millionths == 0)
            return;
        m_content.append(buffer, used);
        used = 0;
        if (m_inString) {
            m_content += ')';
            m_inString = false;
        }
        appendPdfNumber(m_content, thousandths);
        moved -= millionths;
    };
    number(before + glyphs[0].offset * toThousandths);
    qint32 pending = 0;
    for (size_t i = 0; i < count; ++i) {
        if (i > 0) {
            pending += glyphs[i].offset;
            if (pending != 0)
                number(pending * toThousandths);
        }
        if (used > int(sizeof buffer) - 5) {
            m_content.append(buffer, used);
            used = 0;
        }
        if (!m_inString) {
            buffer[used++] = '(';
            m_inString = true;
        }
        quint8 bytes[2];
        const int length = pdfFont.code(glyphs[i].id, bytes);
        for (int b = 0; b < length; ++b) {
            if (const char escaped = literalEscapes[bytes[b]]) {
                buffer[used++] = '\\';
                buffer[used++] = escaped;
            } else {
                buffer[used++] = char(bytes[b]);
            }
        }
        moved += pdfFont.pdfWidth(glyphs[i].id);
        pending = glyphs[i].kerning - glyphs[i].offset;
    }
    m_content.append(buffer, used);
    m_penX += qreal(moved) * size / 1000000;
    m_penY = py;
    m_penKnown = true;
}

void PdfCanvas::resetState()
{
    m_fill = m_stroke = qRgb(0, 0, 0);
    m_indexed = false;
    m_lineWidth = 1;
    m_inText = m_inArray = m_inString = false;
    m_font = -1;
    m_size = 0;
    m_penKnown = false;
    m_pendingFill.reset();
    m_rules.clear();
}

QByteArray PdfCanvas::take()
{
    drawRules();
    endText();
    // A copy at its size; the canvas keeps its buffer for the next page (see deflated()).
    QByteArray content(m_content.constData(), m_content.size());
    m_content.resize(0);
    resetState();
    return content;
}

// --- PdfDocument --------------------------------------------------------------------

PdfDocument::PdfDocument(QSizeF page, qreal margin)
    : m_page(page)
    , m_margin(margin)
{
}

int PdfDocument::addFont(std::shared_ptr<const PdfFont> font)
{
    m_fonts.push_back(std::move(font));
    m_used.emplace_back();
    return int(m_fonts.size() - 1);
}

void PdfDocument::useGlyph(int font, quint16 glyph, const QString &text)
{
    auto &used = m_used[size_t(font)];
    const auto found = used.find(glyph);
    if (found == used.end())
        used.emplace(glyph, text);
    else if (found->second.isEmpty())
        found->second = text;
}

void PdfDocument::addPage(const QByteArray &content)
{
    // In a save/restore pair: an overlay then starts from the initial graphics state,
    // whatever colours and line widths the page's drawing left behind.
    m_pages.push_back({deflatedStream({}, {"q\n", view(content), "Q\n"})});
}

int PdfDocument::paletteIndex(QRgb color)
{
    color = qRgb(qRed(color), qGreen(color), qBlue(color));
    if (const auto found = m_paletteIndex.constFind(color); found != m_paletteIndex.cend())
        return *found;
    if (m_palette.size() >= 256)
        return -1;
    m_palette.push_back(color);
    m_paletteIndex.insert(color, int(m_palette.size() - 1));
    return int(m_palette.size() - 1);
}

void PdfDocument::addOverlay(int index, const QByteArray &content)
{
    Q_ASSERT(index >= 0 && index < pageCount());
    m_pages[size_t(index)].push_back(deflatedStream({}, {view(content)}));
}

QByteArray PdfDocument::producer()
{
    return QByteArrayLiteral("Clearroom");
}

QByteArray PdfDocument::xmpMetadata(const PdfMetadata &metadata)
{
    const QByteArray date = metadata.created.toUTC().toString(Qt::ISODate).toLatin1();
    const auto escaped = [](const QString &text) { return text.toHtmlEscaped().toUtf8(); };
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
        + escaped(metadata.title)
        + QByteArrayLiteral("</rdf:li>\n"
                            "        </rdf:Alt>\n"
                            "      </dc:title>\n"
                            "    </rdf:Description>\n"
                            "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
                            "rdf:about=\"\" xmp:CreatorTool=\"")
        + escaped(metadata.creator) + QByteArrayLiteral("\" xmp:CreateDate=\"") + date
        + QByteArrayLiteral("\" xmp:ModifyDate=\"") + date
        + QByteArrayLiteral("\"/>\n"
                            "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
                            "rdf:about=\"\" pdf:Producer=\"")
        + producer()
        + QByteArrayLiteral("\"/>\n"
                            "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
                            "rdf:about=\"\" pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
                            "  </rdf:RDF>\n"
                            "</x:xmpmeta>\n"
                            "<?xpacket end='w'?>\n");
}

Result<void> PdfDocument::write(const PdfMetadata &metadata, const Sink &write)
{
    // The output intent PDF/A asks for: sRGB, the profile Qt's own PDF writer embeds.
    QByteArray profile;
    QFile qtProfile(QStringLiteral(":/qpdf/sRGB2014.icc"));
    if (qtProfile.open(QIODevice::ReadOnly))
        profile = qtProfile.readAll();
    if (profile.isEmpty())
        profile = QColorSpace(QColorSpace::SRgb).iccProfile();
    if (profile.isEmpty())
        return Error {tr("Qt has no sRGB colour profile for the PDF's output intent.")};

    // Written object by object, each page's let go of once written; the document's id
    // is worked out on the way.
    std::vector<qint64> offsets;
    qint64 written = 0;
    crypto::Sha256 digest;
    Result<void> failed;
    const auto put = [&](const QByteArray &bytes) {
        if (!failed)
            return;
        digest.add(bytes);
        written += bytes.size();
        failed = write(bytes);
    };
    put("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
    const auto object = [&](const QByteArray &body) {
        offsets.push_back(written);
        put(QByteArray::number(qulonglong(offsets.size())) + " 0 obj\n");
        put(body);
        put("\nendobj\n");
    };

    // 1 catalog, 2 page tree, 3 information, 4 metadata, 5 colour profile, 6 resources,
    // then the fonts (six or seven objects each), then each page and its content.
    constexpr int FirstFont = 7;
    QByteArray fontResources;
    std::vector<QByteArray> fontObjects;
    for (size_t i = 0; i < m_fonts.size(); ++i) {
        if (m_used[i].empty())
            continue;
        const int first = FirstFont + int(fontObjects.size());
        auto objects = m_fonts[i]->objects(first, m_used[i]);
        if (!objects)
            return objects.error();
        fontResources += " /F" + QByteArray::number(qulonglong(i)) + ' ' + reference(first);
        for (QByteArray &body : *objects)
            fontObjects.push_back(std::move(body));
    }
    // Each page's object is followed by those of its content streams.
    std::vector<int> pageObjects;
    pageObjects.reserve(m_pages.size());
    QByteArray kids;
    for (int next = FirstFont + int(fontObjects.size()); const auto &page : m_pages) {
        kids += (pageObjects.empty() ? "" : " ") + reference(next);
        pageObjects.push_back(next);
        next += 1 + int(page.size());
    }

    object("<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R /OutputIntents [<< /Type "
           "/OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info "
           "(sRGB IEC61966-2.1) /DestOutputProfile 5 0 R >>] >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count "
           + QByteArray::number(qulonglong(m_pages.size())) + " >>");
    object("<< /Title " + textString(metadata.title) + " /Creator " + textString(metadata.creator)
           + " /Producer (" + producer() + ") /CreationDate (" + pdfDate(metadata.created)
           + ") >>");
    object(stream("/Type /Metadata /Subtype /XML", xmpMetadata(metadata)));
    object(stream("/N 3", profile));
    // The palette the pages set their fill colours from: an Indexed colour space over
    // DeviceRGB, which PDF/A-1 allows with an RGB output intent (ISO 19005-1, 6.2.3.3).
    QByteArray colorSpaces;
    if (!m_palette.empty()) {
        QByteArray lookup;
        for (const QRgb color : m_palette) {
            for (const int channel : {qRed(color), qGreen(color), qBlue(color)})
                lookup += hex4(quint16(channel)).right(2);
        }
        colorSpaces = " /ColorSpace << /C0 [/Indexed /DeviceRGB "
            + QByteArray::number(qulonglong(m_palette.size() - 1)) + " <" + lookup + ">] >>";
    }
    object("<< /Font <<" + fontResources + " >>" + colorSpaces + " /ProcSet [/PDF /Text] >>");
    for (const QByteArray &body : fontObjects)
        object(body);
    const QByteArray mediaBox
        = "[0 0 " + pdfNumber(m_page.width()) + ' ' + pdfNumber(m_page.height()) + ']';
    for (size_t i = 0; i < m_pages.size(); ++i) {
        QByteArray contents;
        for (size_t k = 0; k < m_pages[i].size(); ++k)
            contents += (k ? " " : "") + reference(pageObjects[i] + 1 + int(k));
        object("<< /Type /Page /Parent 2 0 R /MediaBox " + mediaBox
               + " /Resources 6 0 R /Contents [" + contents + "] >>");
        for (QByteArray &content : m_pages[i])
            object(std::exchange(content, {}));
    }

    // The document's id: the start of the SHA-256 of everything above, so that the same
    // content has the same id and another content another.
    const QByteArray id = digest.hex().left(32);
    const qint64 xref = written;
    QByteArray out = "xref\n0 " + QByteArray::number(qulonglong(offsets.size() + 1))
        + "\n0000000000 65535 f \n";
    for (const qint64 offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(qulonglong(offsets.size() + 1))
        + " /Root 1 0 R /Info 3 0 R /ID [ <" + id + "> <" + id + "> ] >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    put(out);
    return failed;
}

} // namespace clearroom::package
