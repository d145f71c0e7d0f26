// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingtextindex.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <string_view>

namespace clearroom::review {

namespace {

constexpr char fieldEnd = char(0xFF);

// Writes a UTF-16 unit as its UTF-8 bytes would be (at most three) at `out`; returns the
// end.
char *writeUnit(char *out, char16_t unit)
{
    if (unit < 0x80) {
        *out++ = char(unit);
    } else if (unit < 0x800) {
        *out++ = char(0xC0 | (unit >> 6));
        *out++ = char(0x80 | (unit & 0x3F));
    } else {
        *out++ = char(0xE0 | (unit >> 12));
        *out++ = char(0x80 | ((unit >> 6) & 0x3F));
        *out++ = char(0x80 | (unit & 0x3F));
    }
    return out;
}

// Folds each character as QString's case-insensitive comparison does: code point by code
// point (a surrogate pair as one), a lone surrogate as itself. Writes at most three bytes
// a unit at `out`; returns the end. Runs of ASCII, most of a review's text, are folded in
// a tight loop of their own.
char *writeFolded(char *out, const char16_t *units, qsizetype size)
{
    const char16_t *const end = units + size;
    while (units != end) {
        while (units != end && *units < 0x80) {
            const char16_t unit = *units++;
            *out++ = char(unit >= u'A' && unit <= u'Z' ? unit + (u'a' - u'A') : unit);
        }
        if (units == end)
            break;
        const char16_t unit = *units++;
        if (QChar::isHighSurrogate(unit) && units != end && QChar::isLowSurrogate(*units)) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(unit, *units++));
            out = writeUnit(out, QChar::highSurrogate(folded));
            out = writeUnit(out, QChar::lowSurrogate(folded));
        } else {
            out = writeUnit(out, QChar(unit).toCaseFolded().unicode());
        }
    }
    return out;
}

// Appends `text` folded to `out`, whose size is the bytes written so far: room is made
// for the longest folding once (growing the buffer geometrically), and the size set to
// what was written.
void appendFolded(QByteArray &out, const QString &text)
{
    const qsizetype used = out.size();
    out.resize(used + 3 * text.size());
    char *const begin = out.data() + used;
    char *const end
        = writeFolded(begin, reinterpret_cast<const char16_t *>(text.constData()), text.size());
    out.resize(used + (end - begin));
}

bool hasLoneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return true;
    }
    return false;
}

// The first place of `needle` in `haystack` at or after `from`, or -1.
qsizetype find(std::string_view haystack, std::string_view needle, qsizetype from)
{
#ifdef __GLIBC__
    // glibc's memmem runs at memory speed for the short needles typed into a filter.
    const void *found = memmem(haystack.data() + from, haystack.size() - size_t(from),
                               needle.data(), needle.size());
    return found ? static_cast<const char *>(found) - haystack.data() : -1;
#else
    const auto found
        = std::search(haystack.begin() + from, haystack.end(),
                      std::boyer_moore_horspool_searcher(needle.begin(), needle.end()));
    return found == haystack.end() ? -1 : found - haystack.begin();
#endif
}

} // namespace

FindingTextIndex::FindingTextIndex(const QVector<Finding> &findings)
{
    qsizetype units = 0;
    qsizetype longest = 0;
    for (const Finding &finding : findings) {
        units += finding.title.size() + finding.description.size() + 2;
        longest = std::max(
            {longest, qsizetype(finding.title.size()), qsizetype(finding.description.size())});
    }
    // Mostly ASCII: one byte a unit, and room for the last field's longest folding.
    m_text.reserve(units + units / 8 + 3 * longest);
    m_starts.reserve(findings.size());
    for (const Finding &finding : findings) {
        m_starts.append(m_text.size());
        appendFolded(m_text, finding.title);
        m_text.append(fieldEnd);
        appendFolded(m_text, finding.description);
        m_text.append(fieldEnd);
    }
}

qsizetype FindingTextIndex::rowAt(qsizetype offset) const
{
    return std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin() - 1;
}

QBitArray FindingTextIndex::search(const QString &text, const QVector<Finding> &findings) const
{
    QBitArray found(int(size()), text.isEmpty());
    if (text.isEmpty())
        return found;
    if (hasLoneSurrogate(text)) {
        // Qt compares such a needle unit by unit, even inside a pair: ask Qt.
        for (qsizetype row = 0; row < size() && row < findings.size(); ++row) {
            const Finding &finding = findings.at(row);
            if (finding.title.contains(text, Qt::CaseInsensitive)
                || finding.description.contains(text, Qt::CaseInsensitive))
                found.setBit(int(row));
        }
        return found;
    }
    QByteArray needle;
    appendFolded(needle, text);
    const std::string_view haystack(m_text.constData(), size_t(m_text.size()));
    const std::string_view wanted(needle.constData(), size_t(needle.size()));
    qsizetype at = 0;
    while ((at = find(haystack, wanted, at)) >= 0) {
        const qsizetype row = rowAt(at);
        found.setBit(int(row));
        // One match is enough: go on with the next finding.
        if (row + 1 >= size())
            break;
        at = m_starts.at(row + 1);
    }
    return found;
}

} // namespace clearroom::review
