// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "textwidth.h"

#include <QChar>

#include <algorithm>
#include <cstring>

namespace clearroom::cli {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

// Unicode's East Asian Wide and Fullwidth characters (main blocks and emoji).
constexpr Range wideRanges[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F251}, {0x1F300, 0x1F320},
    {0x1F32D, 0x1F335}, {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA},
    {0x1F3CF, 0x1F3D3}, {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E},
    {0x1F440, 0x1F440}, {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E},
    {0x1F550, 0x1F567}, {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4},
    {0x1F5FB, 0x1F64F}, {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2},
    {0x1F6D5, 0x1F6D7}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
    {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
};

bool isWide(char32_t c)
{
    const auto *end = std::end(wideRanges);
    const auto *range = std::lower_bound(std::begin(wideRanges), end, c,
                                         [](const Range &r, char32_t v) { return r.last < v; });
    return range != end && range->first <= c;
}

bool isZeroWidth(char32_t c)
{
    if (c == 0x00AD)
        return false;
    if ((c >= 0x1160 && c <= 0x11FF) || c == 0x200B)
        return true;
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format:
        return true;
    default:
        return false;
    }
}

// Decodes one UTF-8 character at `text`; 0 bytes when it is not valid (overlong,
// surrogate, beyond U+10FFFF, a U+xxFFFE/U+xxFFFF non-character).
int decode(const unsigned char *text, qsizetype size, char32_t *out)
{
    const unsigned char lead = text[0];
    int length = 0;
    char32_t c = 0;
    if (lead < 0x80) {
        *out = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        c = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        c = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        c = lead & 0x07;
    } else {
        return 0;
    }
    if (size < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((text[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (text[i] & 0x3F);
    }
    const char32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < smallest[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)
        || (c & 0xFFFE) == 0xFFFE)
        return 0;
    *out = c;
    return length;
}

} // namespace

std::optional<int> gitDisplayWidth(const char *text, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    int width = 0;
    for (qsizetype i = 0; i < size;) {
        char32_t c = 0;
        const int length = decode(bytes + i, size - i, &c);
        if (length == 0)
            return std::nullopt;
        i += length;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0))
            return std::nullopt;
        if (isZeroWidth(c))
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

int gitStringWidth(const char *text, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text);
    int width = 0;
    for (qsizetype i = 0; i < size;) {
        char32_t c = 0;
        const int length = decode(bytes + i, size - i, &c);
        if (length == 0)
            return int(size);
        i += length;
        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || isZeroWidth(c))
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

void appendTabExpanded(QByteArray &out, const char *line, qsizetype size)
{
    constexpr int TabWidth = 8;
    while (size > 0) {
        const auto *tab = static_cast<const char *>(std::memchr(line, '\t', size_t(size)));
        if (!tab)
            break;
        const auto width = gitDisplayWidth(line, tab - line);
        if (!width)
            break;
        out.append(line, tab - line);
        out.append(QByteArray(TabWidth - *width % TabWidth, ' '));
        size -= tab + 1 - line;
        line = tab + 1;
    }
    out.append(line, size);
}

} // namespace clearroom::cli
