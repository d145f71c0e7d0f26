// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingfilter.h"

#include <QVarLengthArray>
#include <QtAlgorithms>

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

// The position in a needle of its character least likely in prose (by the frequency of
// English letters; space the likeliest, other characters rare): looked for first, it makes
// the fewest candidates.
qsizetype rarestCharacter(const QVarLengthArray<char16_t, 64> &folded)
{
    static const char byFrequency[] = " etaoinsrhldcumfpgwybvkxjqz";
    qsizetype rarest = 0;
    qsizetype rarestRank = -1;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char *found = folded[i] != 0 ? std::strchr(byFrequency, char(folded[i])) : nullptr;
        const qsizetype rank = found ? found - byFrequency : qsizetype(sizeof byFrequency);
        if (rank > rarestRank) {
            rarest = i;
            rarestRank = rank;
        }
    }
    return rarest;
}

// Whether `haystack` holds the needle ignoring case, as QString::contains() with
// Qt::CaseInsensitive does (simple case folding), for a needle of ASCII characters only
// (`folded`: its characters folded). Written for filtering every finding of a big review
// at each keystroke: the needle's rarest character is looked for four characters at a
// time, and only where one is a candidate (that character in either case, or any non-ASCII
// character, since U+212A KELVIN SIGN and U+017F LONG S fold to ASCII letters) is the
// needle compared. QString::contains() folds every character and takes several times as
// long.
bool containsAsciiIgnoringCase(const QString &haystack, const QVarLengthArray<char16_t, 64> &folded,
                               qsizetype anchor)
{
    const qsizetype size = folded.size();
    const qsizetype last = haystack.size() - size; // the last place the needle can start
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
    // Four UTF-16 characters in a 64-bit word; each term marks (in a lane's top bit) the
    // lanes that match, exactly in the lowest such lane (the usual bit tricks).
    constexpr quint64 ones = 0x0001000100010001ULL;
    constexpr quint64 highs = 0x8000800080008000ULL;
    constexpr quint64 low15 = 0x7F807F807F807F80ULL;
    const auto zeroLanes = [](quint64 v) { return (v - ones) & ~v & highs; };
    const char16_t wanted = folded[anchor];
    const quint64 lower = ones * wanted;
    const quint64 upper
        = ones * (wanted >= u'a' && wanted <= u'z' ? wanted - (u'a' - u'A') : wanted);
    const qsizetype end = last + anchor; // the last place the anchor can be
    for (qsizetype at = anchor; at <= end; ++at) {
        if (at + 4 <= end + 1) {
            quint64 word;
            std::memcpy(&word, text + at, sizeof word);
            const quint64 nonAscii = (((word & low15) + low15) | word) & highs;
            const quint64 lanes = zeroLanes(word ^ lower) | zeroLanes(word ^ upper) | nonAscii;
            if (!lanes) {
                at += 3;
                continue;
            }
            at += qCountTrailingZeroBits(lanes) / 16;
        }
        if (matchesAt(at - anchor))
            return true;
    }
    return false;
}

} // namespace

bool FindingFilter::isEmpty() const
{
    return severities.isEmpty() && statuses.isEmpty() && path.isEmpty() && author.isEmpty()
        && text.isEmpty();
}

bool FindingFilter::matchesExceptText(const Finding &finding) const
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
    return true;
}

bool FindingFilter::matches(const Finding &finding) const
{
    if (!matchesExceptText(finding))
        return false;
    if (!text.isEmpty()) {
        QVarLengthArray<char16_t, 64> folded;
        for (const QChar c : text)
            folded.append(c.unicode() < 0x80 ? char16_t(asciiLower(char(c.unicode()))) : 0);
        if (folded.contains(0)) { // beyond ASCII: as Qt compares
            if (!finding.title.contains(text, Qt::CaseInsensitive)
                && !finding.description.contains(text, Qt::CaseInsensitive))
                return false;
        } else if (const qsizetype anchor = rarestCharacter(folded);
                   !containsAsciiIgnoringCase(finding.title, folded, anchor)
                   && !containsAsciiIgnoringCase(finding.description, folded, anchor)) {
            return false;
        }
    }
    return true;
}

QBitArray FindingFilter::matching(const QVector<Finding> &findings,
                                  const FindingTextIndex &index) const
{
    QBitArray shown(int(findings.size()));
    qsizetype candidates = 0;
    for (qsizetype row = 0; row < findings.size(); ++row) {
        if (matchesExceptText(findings.at(row))) {
            shown.setBit(int(row));
            ++candidates;
        }
    }
    if (text.isEmpty())
        return shown;
    // Where the other criteria leave few findings, reading those few beats reading the
    // whole index.
    if (index.size() != findings.size() || candidates < findings.size() / 16) {
        for (qsizetype row = 0; row < findings.size(); ++row) {
            if (shown.testBit(int(row)) && !matches(findings.at(row)))
                shown.clearBit(int(row));
        }
        return shown;
    }
    return shown & index.search(text, findings);
}

} // namespace clearroom::review
