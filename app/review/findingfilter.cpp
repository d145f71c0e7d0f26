// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingfilter.h"

#include <QVarLengthArray>

#include <cstring>

namespace clearroom::review {

namespace {

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c;
}

// Whether `haystack` holds `lowerNeedle` (lower case already), ignoring the case of ASCII
// letters: paths are bytes, and a copy of each in lower case would cost more than the test.
bool containsIgnoringAsciiCase(const QByteArray &haystack,
                               const QVarLengthArray<char, 64> &lowerNeedle)
{
    const qsizetype size = lowerNeedle.size();
    const qsizetype last = haystack.size() - size;
    const char *data = haystack.constData();
    for (qsizetype at = 0; at <= last; ++at) {
        if (asciiLower(data[at]) != lowerNeedle[0])
            continue;
        qsizetype i = 1;
        while (i < size && asciiLower(data[at + i]) == lowerNeedle[i])
            ++i;
        if (i == size)
            return true;
    }
    return false;
}

// Whether `haystack` holds `needle` ignoring case, as QString::contains() with
// Qt::CaseInsensitive does (simple case folding), for a needle of ASCII characters only
// (`folded`: its characters folded). Written for filtering every finding of a big review
// at each keystroke: the first character is looked for four at a time, and only where
// one of them is a candidate (its upper or lower case, or any non-ASCII character, since
// U+212A KELVIN SIGN and U+017F LONG S fold to ASCII letters) is the rest compared. It
// takes a fraction of QString::contains()'s time, which folds every character.
bool containsAsciiIgnoringCase(const QString &haystack, const QVarLengthArray<char16_t, 64> &folded)
{
    const qsizetype size = folded.size();
    const qsizetype last = haystack.size() - size;
    const auto *text = reinterpret_cast<const char16_t *>(haystack.constData());
    const auto matchesAt = [&](qsizetype at) {
        for (qsizetype i = 0; i < size; ++i) {
            const char16_t c = text[at + i];
            const char16_t f
                = c < 0x80 ? char16_t(asciiLower(char(c))) : QChar(c).toCaseFolded().unicode();
            if (f != folded[i])
                return false;
        }
        return true;
    };
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    const char16_t first = folded[0];
    const quint64 lower = ones * first;
    const quint64 upper = ones * (first >= u'a' && first <= u'z' ? first - (u'a' - u'A') : first);
    qsizetype at = 0;
    while (at <= last) {
        if (at + 4 <= last + 1) {
            quint64 word;
            std::memcpy(&word, text + at, sizeof word);
            if (!(hasZero(word ^ lower) | hasZero(word ^ upper) | (word & (ones * 0xff80)))) {
                at += 4;
                continue;
            }
        }
        if (matchesAt(at))
            return true;
        ++at;
    }
    return false;
}

} // namespace

bool FindingFilter::isEmpty() const
{
    return severities.isEmpty() && statuses.isEmpty() && path.isEmpty() && author.isEmpty()
        && text.isEmpty();
}

bool FindingFilter::matches(const Finding &finding) const
{
    if (!severities.isEmpty() && !severities.contains(finding.severity))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(finding.status))
        return false;
    if (!author.isEmpty() && finding.author != author)
        return false;
    if (!path.isEmpty()) {
        // Without a copy on the heap for each finding where the path typed is ASCII.
        QVarLengthArray<char, 64> wanted;
        for (const QChar c : path) {
            if (c.unicode() >= 0x80) {
                wanted.clear();
                for (const char byte : path.toUtf8())
                    wanted.append(asciiLower(byte));
                break;
            }
            wanted.append(asciiLower(char(c.unicode())));
        }
        bool found = false;
        for (const FindingLocation &location : finding.locations) {
            if (containsIgnoringAsciiCase(location.path, wanted)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    if (!text.isEmpty()) {
        QVarLengthArray<char16_t, 64> folded;
        for (const QChar c : text)
            folded.append(c.unicode() < 0x80 ? char16_t(asciiLower(char(c.unicode()))) : 0);
        if (folded.contains(0)) { // beyond ASCII: as Qt compares
            if (!finding.title.contains(text, Qt::CaseInsensitive)
                && !finding.description.contains(text, Qt::CaseInsensitive))
                return false;
        } else if (!containsAsciiIgnoringCase(finding.title, folded)
                   && !containsAsciiIgnoringCase(finding.description, folded)) {
            return false;
        }
    }
    return true;
}

} // namespace clearroom::review
