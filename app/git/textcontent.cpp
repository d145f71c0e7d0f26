// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "textcontent.h"

namespace clearroom::git {

// The length of the valid UTF-8 sequence at data[i], or 0 (overlong forms, surrogates and
// code points above U+10FFFF are invalid). Written here rather than through a codec
// because every invalid byte must be found and reported, not only replaced.
int utf8SequenceLength(const unsigned char *data, qsizetype size, qsizetype i, char32_t *codePoint)
{
    const unsigned char c = data[i];
    if (c < 0x80) {
        *codePoint = c;
        return 1;
    }
    int length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        value = c & 0x1F;
        minimum = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        value = c & 0x0F;
        minimum = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        value = c & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((data[i + k] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (data[i + k] & 0x3F);
    }
    if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    *codePoint = value;
    return length;
}

namespace {

void appendCodePoint(QString &text, char32_t codePoint)
{
    if (codePoint > 0xFFFF) {
        const char32_t v = codePoint - 0x10000;
        text.append(QChar(char16_t(0xD800 + (v >> 10))));
        text.append(QChar(char16_t(0xDC00 + (v & 0x3FF))));
    } else {
        text.append(QChar(char16_t(codePoint)));
    }
}

// Finds the suspicious characters of already decoded text.
void scan(TextContent &content)
{
    const QString &text = content.text;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            ++line;
            continue;
        }
        char32_t codePoint = c.unicode();
        qsizetype width = 1;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, text.at(i + 1));
            width = 2;
        }
        SuspiciousCharacter::Kind kind;
        // A byte order mark at the very start is the encoding's, not hidden content.
        if (!(i == 0 && codePoint == 0xFEFF) && TextContent::isSuspicious(codePoint, &kind))
            content.suspicious.append({kind, codePoint, i, line});
        i += width - 1;
    }
}

} // namespace

bool TextContent::isSuspicious(char32_t codePoint, SuspiciousCharacter::Kind *kind)
{
    auto is = [kind](SuspiciousCharacter::Kind k) {
        if (kind)
            *kind = k;
        return true;
    };
    switch (codePoint) {
    case 0x061C: // arabic letter mark
    case 0x200E: // left-to-right mark
    case 0x200F: // right-to-left mark
        return is(SuspiciousCharacter::Kind::Bidirectional);
    case 0x00AD: // soft hyphen
    case 0x180E: // mongolian vowel separator
    case 0x200B: // zero width space
    case 0x200C: // zero width non-joiner
    case 0x200D: // zero width joiner
    case 0x2060: // word joiner
    case 0x2061: // function application
    case 0x2062: // invisible times
    case 0x2063: // invisible separator
    case 0x2064: // invisible plus
    case 0xFEFF: // zero width no-break space (a BOM inside the text)
    case 0x3164: // hangul filler
    case 0xFFA0: // halfwidth hangul filler
    case 0x115F: // hangul choseong filler
    case 0x1160: // hangul jungseong filler
        return is(SuspiciousCharacter::Kind::Invisible);
    default:
        break;
    }
    if ((codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069))
        return is(SuspiciousCharacter::Kind::Bidirectional);
    if (codePoint >= 0xE0000 && codePoint <= 0xE007F) // tag characters
        return is(SuspiciousCharacter::Kind::Invisible);
    return false;
}

bool TextContent::hasUtf16ByteOrderMark(const QByteArray &bytes)
{
    return bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
}

TextContent TextContent::decode(const QByteArray &bytes)
{
    TextContent content;
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();

    if (hasUtf16ByteOrderMark(bytes)) {
        const bool little = data[0] == 0xFF;
        content.encoding = little ? Encoding::Utf16LittleEndian : Encoding::Utf16BigEndian;
        content.text.reserve(size / 2);
        for (qsizetype i = 2; i + 1 < size; i += 2) {
            content.text.append(QChar(little ? char16_t(data[i] | (data[i + 1] << 8))
                                             : char16_t((data[i] << 8) | data[i + 1])));
        }
        // Unpaired surrogates and an odd last byte are invalid: U+FFFD, and listed.
        QVector<SuspiciousCharacter> invalid;
        int line = 1;
        QString &text = content.text;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n'))
                ++line;
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            if (c.isSurrogate()) {
                invalid.append({SuspiciousCharacter::Kind::InvalidByte, c.unicode(), i, line});
                text.replace(i, 1, QChar(QChar::ReplacementCharacter));
            }
        }
        if (size % 2) {
            invalid.append(
                {SuspiciousCharacter::Kind::InvalidByte, data[size - 1], text.size(), line});
            text.append(QChar(QChar::ReplacementCharacter));
        }
        scan(content);
        content.suspicious += invalid;
        return content;
    }

    // First pass: is it UTF-8, and if not, is it plausibly Latin-1?
    qsizetype invalid = 0;
    qsizetype multiByte = 0;
    for (qsizetype i = 0; i < size;) {
        char32_t codePoint = 0;
        const int length = utf8SequenceLength(data, size, i, &codePoint);
        if (length == 0) {
            ++invalid;
            ++i;
        } else {
            multiByte += length > 1;
            i += length;
        }
    }
    if (invalid > 0 && multiByte == 0) {
        content.encoding = Encoding::Latin1;
        content.text = QString::fromLatin1(bytes);
        scan(content);
        return content;
    }

    content.encoding = bytes.startsWith("\xEF\xBB\xBF") ? Encoding::Utf8WithBom : Encoding::Utf8;
    if (invalid == 0) {
        content.text = QString::fromUtf8(bytes);
        scan(content);
        return content;
    }
    content.text.reserve(size);
    QVector<SuspiciousCharacter> invalidBytes;
    int line = 1;
    for (qsizetype i = 0; i < size;) {
        char32_t codePoint = 0;
        const int length = utf8SequenceLength(data, size, i, &codePoint);
        if (length == 0) {
            invalidBytes.append(
                {SuspiciousCharacter::Kind::InvalidByte, data[i], content.text.size(), line});
            content.text.append(QChar(QChar::ReplacementCharacter));
            ++i;
            continue;
        }
        if (codePoint == '\n')
            ++line;
        appendCodePoint(content.text, codePoint);
        i += length;
    }
    scan(content);
    content.suspicious += invalidBytes;
    return content;
}

int TextContent::count(SuspiciousCharacter::Kind kind) const
{
    int n = 0;
    for (const SuspiciousCharacter &character : suspicious)
        n += character.kind == kind;
    return n;
}

QString TextContent::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8WithBom:
        return tr("UTF-8 with byte order mark");
    case Encoding::Utf16LittleEndian:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BigEndian:
        return QStringLiteral("UTF-16BE");
    case Encoding::Latin1:
        return tr("Latin-1 (ISO-8859-1), not UTF-8");
    }
    return {};
}

QString TextContent::markerText(const SuspiciousCharacter &character)
{
    if (character.kind == SuspiciousCharacter::Kind::InvalidByte)
        return QStringLiteral("\\x")
            + QString::number(uint(character.codePoint), 16)
                  .toUpper()
                  .rightJustified(2, QLatin1Char('0'));
    switch (character.codePoint) {
    case 0x202A:
        return QStringLiteral("LRE");
    case 0x202B:
        return QStringLiteral("RLE");
    case 0x202C:
        return QStringLiteral("PDF");
    case 0x202D:
        return QStringLiteral("LRO");
    case 0x202E:
        return QStringLiteral("RLO");
    case 0x2066:
        return QStringLiteral("LRI");
    case 0x2067:
        return QStringLiteral("RLI");
    case 0x2068:
        return QStringLiteral("FSI");
    case 0x2069:
        return QStringLiteral("PDI");
    case 0x200E:
        return QStringLiteral("LRM");
    case 0x200F:
        return QStringLiteral("RLM");
    case 0x061C:
        return QStringLiteral("ALM");
    case 0x200B:
        return QStringLiteral("ZWSP");
    case 0x200C:
        return QStringLiteral("ZWNJ");
    case 0x200D:
        return QStringLiteral("ZWJ");
    case 0x2060:
        return QStringLiteral("WJ");
    case 0xFEFF:
        return QStringLiteral("ZWNBSP");
    case 0x00AD:
        return QStringLiteral("SHY");
    default:
        break;
    }
    return QStringLiteral("U+")
        + QString::number(uint(character.codePoint), 16)
              .toUpper()
              .rightJustified(4, QLatin1Char('0'));
}

} // namespace clearroom::git
