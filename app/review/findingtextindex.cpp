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

void appendUnit(QByteArray &out, char16_t unit)
{
    if (unit < 0x80) {
        out.append(char(unit));
    } else if (unit < 0x800) {
        out.append(char(0xC0 | (unit >> 6)));
        out.append(char(0x80 | (unit & 0x3F)));
    } else {
        out.append(char(0xE0 | (unit >> 12)));
        out.append(char(0x80 | ((unit >> 6) & 0x3F)));
        out.append(char(0x80 | (unit & 0x3F)));
    }
}

// Folds each character as QString's case-insensitive comparison does: code point by code
// point (a surrogate pair as one), a lone surrogate as itself.
void appendFolded(QByteArray &out, const QString &text)
{
    const auto *units = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = units[i];
        if (unit < 0x80) {
            out.append(unit >= u'A' && unit <= u'Z' ? char(unit + (u'a' - u'A')) : char(unit));
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size
                   && QChar::isLowSurrogate(units[i + 1])) {
            const char32_t folded = QChar::toCaseFolded(QChar::surrogateToUcs4(unit, units[i + 1]));
            appendUnit(out, QChar::highSurrogate(folded));
            appendUnit(out, QChar::lowSurrogate(folded));
            ++i;
        } else {
            appendUnit(out, QChar(unit).toCaseFolded().unicode());
        }
    }
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
    for (const Finding &finding : findings)
        units += finding.title.size() + finding.description.size() + 2;
    m_text.reserve(units + units / 8); // mostly ASCII: one byte a unit
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
