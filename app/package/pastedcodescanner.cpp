// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pastedcodescanner.h"

#include <QStringList>

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>

namespace clearroom::package {

namespace {

struct Line
{
    std::string_view text; ///< without surrounding white space
    int number = 0; ///< 1-based
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The non-blank lines of a text, trimmed.
std::vector<Line> nonBlankLines(std::string_view text)
{
    std::vector<Line> lines;
    int number = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        ++number;
        size_t first = start, last = end;
        while (first < last && isSpace(text[first]))
            ++first;
        while (last > first && isSpace(text[last - 1]))
            --last;
        if (last > first)
            lines.push_back({text.substr(first, last - first), number});
        if (end == text.size())
            break;
        start = end + 1;
    }
    return lines;
}

quint64 hashOf(std::string_view bytes)
{
    return quint64(std::hash<std::string_view>()(bytes));
}

// Combines the hashes of RunLength consecutive lines, each line hashed once.
quint64 windowHash(const std::vector<quint64> &lineHashes, size_t at)
{
    quint64 hash = 0;
    for (size_t i = at; i < at + PastedCodeScanner::RunLength; ++i)
        hash = hash * 1099511628211ULL ^ lineHashes[i];
    return hash;
}

// Sorts 64-bit hashes by their 16-bit digits, the lowest first (a counting sort each,
// into a second buffer). Written here rather than std::sort because a repository of a
// few thousand files gives close to a million windows to sort before an export's free
// text is scanned: std::sort's comparisons of random hashes go either way, and it took
// twice as long as this (std::sort was a seventh of the collecting thread's work).
void radixSort(std::vector<quint64> &keys)
{
    if (keys.size() < 4096) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    constexpr int DigitBits = 16;
    constexpr size_t Digits = size_t(1) << DigitBits;
    std::vector<quint64> sorted(keys.size());
    std::vector<size_t> starts(Digits);
    for (int shift = 0; shift < 64; shift += DigitBits) {
        std::fill(starts.begin(), starts.end(), 0);
        for (const quint64 key : keys)
            ++starts[(key >> shift) & (Digits - 1)];
        size_t start = 0;
        for (size_t &count : starts)
            start += std::exchange(count, start);
        for (const quint64 key : keys)
            sorted[starts[(key >> shift) & (Digits - 1)]++] = key;
        keys.swap(sorted); // four passes: the sorted hashes end where they began
    }
}

} // namespace

void PastedCodeScanner::addFile(const QByteArray &content)
{
    const auto lines = nonBlankLines(std::string_view(content.constData(), size_t(content.size())));
    std::vector<quint64> hashes(lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        hashes[i] = hashOf(lines[i].text);
        if (lines[i].text.size() >= size_t(LongLine))
            m_longLines.push_back(hashes[i]);
    }
    for (size_t i = 0; i + RunLength <= lines.size(); ++i)
        m_windows.push_back(windowHash(hashes, i));
    m_sorted = false;
}

void PastedCodeScanner::sort() const
{
    for (std::vector<quint64> *hashes : {&m_windows, &m_longLines}) {
        radixSort(*hashes);
        hashes->erase(std::unique(hashes->begin(), hashes->end()), hashes->end());
        hashes->shrink_to_fit();
    }
    m_sorted = true;
}

bool PastedCodeScanner::contains(const std::vector<quint64> &hashes, quint64 hash) const
{
    return std::binary_search(hashes.cbegin(), hashes.cend(), hash);
}

QVector<PastedRun> PastedCodeScanner::scan(const QString &text) const
{
    QVector<PastedRun> runs;
    if (isEmpty() || text.isEmpty())
        return runs;
    const QByteArray utf8 = text.toUtf8();
    const auto lines = nonBlankLines(std::string_view(utf8.constData(), size_t(utf8.size())));
    if (!m_sorted)
        sort();
    std::vector<quint64> hashes(lines.size());
    for (size_t i = 0; i < lines.size(); ++i)
        hashes[i] = hashOf(lines[i].text);
    std::vector<bool> flagged(lines.size(), false);
    for (size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].text.size() >= size_t(LongLine) && contains(m_longLines, hashes[i]))
            flagged[i] = true;
        if (i + RunLength <= lines.size() && contains(m_windows, windowHash(hashes, i))) {
            for (int k = 0; k < RunLength; ++k)
                flagged[i + size_t(k)] = true;
        }
    }
    const QStringList textLines = text.split(QLatin1Char('\n'));
    for (size_t i = 0; i < lines.size(); ++i) {
        if (!flagged[i])
            continue;
        size_t end = i;
        while (end + 1 < lines.size() && flagged[end + 1])
            ++end;
        PastedRun run;
        run.firstLine = lines[i].number;
        run.lastLine = lines[end].number;
        run.lines = textLines.mid(run.firstLine - 1, run.lastLine - run.firstLine + 1)
                        .join(QLatin1Char('\n'));
        runs.append(run);
        i = end;
    }
    return runs;
}

} // namespace clearroom::package
