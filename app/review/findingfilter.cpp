// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingfilter.h"

#include <QVarLengthArray>

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
    const qsizetype last = haystack.size() - lowerNeedle.size();
    for (qsizetype at = 0; at <= last; ++at) {
        qsizetype i = 0;
        while (i < lowerNeedle.size() && asciiLower(haystack.at(at + i)) == lowerNeedle.at(i))
            ++i;
        if (i == lowerNeedle.size())
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

bool FindingFilter::matches(const Finding &finding) const
{
    if (!severities.isEmpty() && !severities.contains(finding.severity))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(finding.status))
        return false;
    if (!author.isEmpty() && finding.author != author)
        return false;
    if (!path.isEmpty()) {
        const QByteArray utf8 = path.toUtf8();
        QVarLengthArray<char, 64> wanted;
        for (const char c : utf8)
            wanted.append(asciiLower(c));
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
    if (!text.isEmpty() && !finding.title.contains(text, Qt::CaseInsensitive)
        && !finding.description.contains(text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace clearroom::review
