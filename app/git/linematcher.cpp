// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "linematcher.h"

#include "pathquote.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <locale.h>
#include <regex.h>
#include <vector>

namespace clearroom::git {

namespace {

// glibc's regcomp and regexec follow the calling thread's locale: in a UTF-8 locale a
// byte that is not valid UTF-8 never matches '.', and case folding and word characters
// change. git compares bytes in the C locale, so every call runs in it, on this thread
// only (uselocale), leaving the process's locale alone.
locale_t cLocale()
{
    static const locale_t locale = newlocale(LC_ALL_MASK, "C", locale_t(nullptr));
    return locale;
}

class CLocaleScope
{
public:
    CLocaleScope()
        : m_previous(cLocale() ? uselocale(cLocale()) : locale_t(nullptr))
    {
    }
    ~CLocaleScope()
    {
        if (m_previous)
            uselocale(m_previous);
    }
    CLocaleScope(const CLocaleScope &) = delete;
    CLocaleScope &operator=(const CLocaleScope &) = delete;

private:
    locale_t m_previous;
};

bool isWordByte(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

constexpr std::array<unsigned char, 256> makeFoldTable()
{
    std::array<unsigned char, 256> table {};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + 32)
                                                  : static_cast<unsigned char>(c);
    return table;
}

// ASCII case folding, as tolower() in the C locale.
constexpr std::array<unsigned char, 256> foldTable = makeFoldTable();

// A pattern without any character its syntax treats specially is searched as plain
// bytes: the same lines match, and a byte search is several times faster than regexec.
bool isLiteral(const QByteArray &pattern, SearchPattern::Syntax syntax)
{
    const char *special
        = syntax == SearchPattern::Syntax::Extended ? "\\.[]*^$+?{}()|" : "\\.[]*^$";
    for (const char c : pattern) {
        if (c == '\0' || std::strchr(special, c))
            return false;
    }
    return true;
}

// The newlines in [begin, end), eight bytes at a time: the look-ahead jumps over long
// stretches without a match and must still know the line number it lands on.
qint64 countNewlines(const char *begin, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 low7 = 0x7f7f7f7f7f7f7f7fULL;
    qint64 count = 0;
    for (; end - begin >= 8; begin += 8) {
        quint64 word;
        std::memcpy(&word, begin, 8);
        const quint64 x = word ^ (ones * '\n');
        // 1 in each byte that was '\n', 0 elsewhere (exact, unlike the usual zero-byte test).
        const quint64 newlines = ~(((x & low7) + low7) | x | low7) >> 7;
        // One 0 or 1 per byte: the multiplication sums them into the top byte (popcount
        // would be a library call without -mpopcnt).
        count += qint64((newlines * ones) >> 56);
    }
    for (; begin < end; ++begin)
        count += *begin == '\n';
    return count;
}

// regexec takes offsets as int (regoff_t): longer stretches are searched line by line.
constexpr qsizetype maxRegexSpan = INT_MAX;

} // namespace

struct LineMatcher::Private
{
    enum class Outcome { Found, NotFound, Failed };

    struct Pattern
    {
        QByteArray source;
        bool fixed = false;
        QByteArray literal; ///< folded when ignoring case
        std::array<qsizetype, 256> shift {}; ///< skip table of the case-folded search
        regex_t regex {};
        bool compiled = false;
        /// "\`" anchors at the start of the searched span, so a match found from an
        /// earlier line start cannot be reused from a later one.
        bool anchorsAtSpanStart = false;

        Pattern() = default;
        Pattern(const Pattern &) = delete;
        Pattern &operator=(const Pattern &) = delete;
        ~Pattern()
        {
            if (compiled)
                regfree(&regex);
        }
    };

    std::vector<std::unique_ptr<Pattern>> patterns;
    bool ignoreCase = false;
    bool wholeWords = false;
    bool invert = false;

    // glibc has no case-insensitive memmem (strcasestr stops at a NUL and follows the
    // locale), hence this Horspool search over ASCII-folded bytes.
    static qsizetype foldedFind(const Pattern &pattern, const char *text, qsizetype size)
    {
        const auto *needle = reinterpret_cast<const unsigned char *>(pattern.literal.constData());
        const qsizetype length = pattern.literal.size();
        if (length == 0)
            return 0;
        const auto *haystack = reinterpret_cast<const unsigned char *>(text);
        const unsigned char last = needle[length - 1];
        for (qsizetype pos = 0; pos + length <= size;) {
            const unsigned char c = foldTable[haystack[pos + length - 1]];
            if (c == last) {
                qsizetype k = 0;
                while (k < length - 1 && foldTable[haystack[pos + k]] == needle[k])
                    ++k;
                if (k == length - 1)
                    return pos;
            }
            pos += pattern.shift[c];
        }
        return -1;
    }

    // The leftmost match of one pattern in [text, text + size), which the pattern sees as
    // the whole string (REG_STARTEND: no copy, NUL bytes are ordinary bytes).
    Outcome search(const Pattern &pattern, const char *text, qsizetype size, bool notAtLineStart,
                   Match *match) const
    {
        if (pattern.fixed) {
            qsizetype found = -1;
            if (ignoreCase) {
                found = foldedFind(pattern, text, size);
            } else if (pattern.literal.isEmpty()) {
                found = 0;
            } else if (const void *hit = memmem(text, size_t(size), pattern.literal.constData(),
                                                size_t(pattern.literal.size()))) {
                found = static_cast<const char *>(hit) - text;
            }
            if (found < 0)
                return Outcome::NotFound;
            *match = {found, found + pattern.literal.size()};
            return Outcome::Found;
        }
        regmatch_t span;
        span.rm_so = 0;
        span.rm_eo = regoff_t(std::min(size, maxRegexSpan));
        const int rc = regexec(&pattern.regex, text, 1, &span,
                               REG_STARTEND | (notAtLineStart ? REG_NOTBOL : 0));
        if (rc == REG_NOMATCH)
            return Outcome::NotFound;
        if (rc != 0)
            return Outcome::Failed;
        *match = {span.rm_so, span.rm_eo};
        return Outcome::Found;
    }

    // git's rule for whole words: a match counts when the bytes around it are not word
    // bytes and it is not empty; otherwise the search goes on from the first position
    // after the match's start that follows a non-word byte.
    Outcome matchInLine(const Pattern &pattern, const char *line, qsizetype size,
                        Match *match) const
    {
        qsizetype from = 0;
        bool notAtLineStart = false;
        for (;;) {
            Match found;
            const Outcome outcome
                = search(pattern, line + from, size - from, notAtLineStart, &found);
            if (outcome != Outcome::Found)
                return outcome;
            found.start += from;
            found.end += from;
            if (!wholeWords) {
                *match = found;
                return Outcome::Found;
            }
            const bool boundedBefore = found.start == 0
                || !isWordByte(static_cast<unsigned char>(line[found.start - 1]));
            const bool boundedAfter
                = found.end == size || !isWordByte(static_cast<unsigned char>(line[found.end]));
            if (boundedBefore && boundedAfter && found.end > found.start) {
                *match = found;
                return Outcome::Found;
            }
            from = found.start + 1;
            while (from < size && isWordByte(static_cast<unsigned char>(line[from - 1])))
                ++from;
            if (from >= size)
                return Outcome::NotFound;
            notAtLineStart = true;
        }
    }

    Outcome lineMatches(const char *line, qsizetype size) const
    {
        for (const auto &pattern : patterns) {
            Match match;
            const Outcome outcome = matchInLine(*pattern, line, size, &match);
            if (outcome != Outcome::NotFound)
                return outcome;
        }
        return Outcome::NotFound;
    }

    Error failure() const
    {
        return Error {LineMatcher::tr("The regular expression '%1' could not be applied: the "
                                      "system's regular expression library ran out of memory.")
                          .arg(displayBytes(patterns.front()->source))};
    }

    // Every line in turn: for inverted searches, and for texts too long for regexec.
    Result<void> eachLine(const char *text, qsizetype size,
                          const std::function<bool(qint64, const char *, qsizetype)> &onLine) const
    {
        qint64 number = 1;
        for (qsizetype pos = 0; pos < size; ++number) {
            const auto *newline
                = static_cast<const char *>(std::memchr(text + pos, '\n', size_t(size - pos)));
            const qsizetype end = newline ? newline - text : size;
            const Outcome outcome = lineMatches(text + pos, end - pos);
            if (outcome == Outcome::Failed)
                return failure();
            if ((outcome == Outcome::Found) != invert && !onLine(number, text + pos, end - pos))
                return {};
            pos = end + 1;
        }
        return {};
    }

    // As git does: search the rest of the text for the earliest match of any pattern, jump
    // to the line where it starts, and check that line on its own. Lines without a match
    // are never looked at one by one.
    Result<void> lookAhead(const char *text, qsizetype size,
                           const std::function<bool(qint64, const char *, qsizetype)> &onLine) const
    {
        // Where each pattern's next match starts (absolute), -1 for none, -2 unknown.
        std::vector<qsizetype> next(patterns.size(), -2);
        qint64 number = 1;
        qsizetype pos = 0;
        while (pos < size) {
            qsizetype earliest = -1;
            for (size_t i = 0; i < patterns.size(); ++i) {
                const Pattern &pattern = *patterns[i];
                if (next[i] == -2 || (next[i] >= 0 && next[i] < pos)
                    || pattern.anchorsAtSpanStart) {
                    Match match;
                    const Outcome outcome = search(pattern, text + pos, size - pos, false, &match);
                    if (outcome == Outcome::Failed)
                        return failure();
                    next[i] = outcome == Outcome::Found ? pos + match.start : -1;
                }
                if (next[i] >= 0 && (earliest < 0 || next[i] < earliest))
                    earliest = next[i];
            }
            if (earliest < 0)
                return {};
            qsizetype lineStart = earliest;
            while (lineStart > pos && text[lineStart - 1] != '\n')
                --lineStart;
            number += countNewlines(text + pos, text + lineStart);
            pos = lineStart;
            // When the earliest match is the empty string after the final newline, pos is
            // now the end of the text, and git checks that empty "line" too.
            const auto *newline = pos < size
                ? static_cast<const char *>(std::memchr(text + pos, '\n', size_t(size - pos)))
                : nullptr;
            const qsizetype end = newline ? newline - text : size;
            const Outcome outcome = lineMatches(text + pos, end - pos);
            if (outcome == Outcome::Failed)
                return failure();
            if (outcome == Outcome::Found && !onLine(number, text + pos, end - pos))
                return {};
            if (end >= size)
                return {};
            pos = end + 1;
            ++number;
        }
        return {};
    }
};

LineMatcher::LineMatcher()
    : d(std::make_unique<Private>())
{
}

LineMatcher::LineMatcher(LineMatcher &&other) noexcept = default;
LineMatcher &LineMatcher::operator=(LineMatcher &&other) noexcept = default;
LineMatcher::~LineMatcher() = default;

Result<LineMatcher> LineMatcher::create(const SearchPattern &pattern)
{
    const CLocaleScope locale;
    LineMatcher matcher;
    matcher.d->ignoreCase = pattern.ignoreCase;
    matcher.d->wholeWords = pattern.wholeWords;
    matcher.d->invert = pattern.invert;
    for (const QByteArray &given : pattern.patterns) {
        for (const QByteArray &source : given.split('\n')) {
            auto compiled = std::make_unique<Private::Pattern>();
            compiled->source = source;
            if (pattern.syntax == SearchPattern::Syntax::Fixed
                || isLiteral(source, pattern.syntax)) {
                compiled->fixed = true;
                compiled->literal = source;
                if (pattern.ignoreCase) {
                    for (char &c : compiled->literal)
                        c = static_cast<char>(foldTable[static_cast<unsigned char>(c)]);
                    const qsizetype length = compiled->literal.size();
                    compiled->shift.fill(std::max<qsizetype>(length, 1));
                    for (qsizetype i = 0; i + 1 < length; ++i)
                        compiled->shift[static_cast<unsigned char>(compiled->literal.at(i))]
                            = length - 1 - i;
                }
            } else {
                if (source.contains('\0')) {
                    return Error {tr("The pattern '%1' contains a NUL byte, which a regular "
                                     "expression cannot hold; search for it with fixed strings.")
                                      .arg(displayBytes(source)),
                                  true};
                }
                int flags = REG_NEWLINE;
                if (pattern.syntax == SearchPattern::Syntax::Extended)
                    flags |= REG_EXTENDED;
                if (pattern.ignoreCase)
                    flags |= REG_ICASE;
                const int rc = regcomp(&compiled->regex, source.constData(), flags);
                if (rc != 0) {
                    char message[256];
                    regerror(rc, &compiled->regex, message, sizeof message);
                    return Error {tr("The pattern '%1' is not a valid regular expression: %2.")
                                      .arg(displayBytes(source), QString::fromLatin1(message)),
                                  true};
                }
                compiled->compiled = true;
                compiled->anchorsAtSpanStart = source.contains("\\`");
            }
            matcher.d->patterns.push_back(std::move(compiled));
        }
    }
    if (matcher.d->patterns.empty())
        return Error {tr("A search needs at least one pattern."), true};
    return matcher;
}

std::optional<LineMatcher::Match> LineMatcher::firstMatch(const char *line, qsizetype size) const
{
    const CLocaleScope locale;
    std::optional<Match> earliest;
    for (const auto &pattern : d->patterns) {
        Match match;
        if (d->matchInLine(*pattern, line, size, &match) == Private::Outcome::Found
            && (!earliest || match.start < earliest->start))
            earliest = match;
    }
    return earliest;
}

bool LineMatcher::selects(const char *line, qsizetype size) const
{
    const CLocaleScope locale;
    return (d->lineMatches(line, size) == Private::Outcome::Found) != d->invert;
}

Result<void> LineMatcher::forEachSelectedLine(
    const char *text, qsizetype size,
    const std::function<bool(qint64 number, const char *line, qsizetype size)> &onLine) const
{
    const CLocaleScope locale;
    // An inverted search has to look at every line, and so does git (it never looks ahead
    // then, so the empty line after the final newline is never selected).
    if (d->invert || size > maxRegexSpan)
        return d->eachLine(text, size, onLine);
    return d->lookAhead(text, size, onLine);
}

} // namespace clearroom::git
