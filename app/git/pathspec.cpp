// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pathspec.h"

#include "pathquote.h"

#include <cstring>

namespace clearroom::git {

namespace {

bool isWildcard(char c)
{
    return c == '*' || c == '?' || c == '[' || c == '\\';
}

// POSIX character classes in the C locale, spelled out: <cctype> follows the process's
// locale, and git's pathspecs do not.
enum class ClassResult { Matches, DoesNotMatch, Unknown };

ClassResult inClass(const char *name, qsizetype size, unsigned char c)
{
    const auto is = [&](const char *candidate) {
        return qsizetype(std::strlen(candidate)) == size
            && std::memcmp(candidate, name, size_t(size)) == 0;
    };
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower = c >= 'a' && c <= 'z';
    const bool digit = c >= '0' && c <= '9';
    const bool graph = c > 0x20 && c < 0x7f;
    bool result = false;
    if (is("alnum"))
        result = upper || lower || digit;
    else if (is("alpha"))
        result = upper || lower;
    else if (is("blank"))
        result = c == ' ' || c == '\t';
    else if (is("cntrl"))
        result = c < 0x20 || c == 0x7f;
    else if (is("digit"))
        result = digit;
    else if (is("graph"))
        result = graph;
    else if (is("lower"))
        result = lower;
    else if (is("print"))
        result = graph || c == ' ';
    else if (is("punct"))
        result = graph && !(upper || lower || digit);
    else if (is("space"))
        result = c == ' ' || (c >= '\t' && c <= '\r');
    else if (is("upper"))
        result = upper;
    else if (is("xdigit"))
        result = digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    else
        return ClassResult::Unknown;
    return result ? ClassResult::Matches : ClassResult::DoesNotMatch;
}

enum class Step { Matches, DoesNotMatch, Malformed };

// One bracket expression at pattern[0] == '[' against one byte; `consumed` is its length.
Step matchBracket(const char *pattern, qsizetype size, unsigned char c, qsizetype *consumed)
{
    qsizetype i = 1;
    const bool negated = i < size && (pattern[i] == '!' || pattern[i] == '^');
    if (negated)
        ++i;
    bool matched = false;
    for (bool first = true;; first = false) {
        if (i >= size)
            return Step::Malformed;
        auto low = static_cast<unsigned char>(pattern[i]);
        if (low == ']' && !first) {
            ++i;
            break;
        }
        if (low == '\\') {
            if (i + 1 >= size)
                return Step::Malformed;
            low = static_cast<unsigned char>(pattern[i + 1]);
            i += 2;
        } else if (low == '[' && i + 1 < size && pattern[i + 1] == ':') {
            const char *nameStart = pattern + i + 2;
            const char *close = nullptr;
            for (const char *p = nameStart; p + 1 < pattern + size; ++p) {
                if (p[0] == ':' && p[1] == ']') {
                    close = p;
                    break;
                }
                if (p[0] == ']')
                    break;
            }
            if (close) {
                const ClassResult result = inClass(nameStart, close - nameStart, c);
                if (result == ClassResult::Unknown)
                    return Step::Malformed;
                matched = matched || result == ClassResult::Matches;
                i = close + 2 - pattern;
                continue;
            }
            ++i;
        } else {
            ++i;
        }
        if (i + 1 < size && pattern[i] == '-' && pattern[i + 1] != ']') {
            auto high = static_cast<unsigned char>(pattern[i + 1]);
            i += 2;
            if (high == '\\') {
                if (i >= size)
                    return Step::Malformed;
                high = static_cast<unsigned char>(pattern[i]);
                ++i;
            }
            matched = matched || (low <= c && c <= high);
        } else {
            matched = matched || low == c;
        }
    }
    *consumed = i;
    return matched != negated ? Step::Matches : Step::DoesNotMatch;
}

// One element of a pattern other than '*' against one byte.
Step matchOne(const char *pattern, qsizetype size, unsigned char c, qsizetype *consumed)
{
    switch (pattern[0]) {
    case '?':
        *consumed = 1;
        return Step::Matches;
    case '\\':
        if (size < 2)
            return Step::Malformed;
        *consumed = 2;
        return static_cast<unsigned char>(pattern[1]) == c ? Step::Matches : Step::DoesNotMatch;
    case '[':
        return matchBracket(pattern, size, c, consumed);
    default:
        *consumed = 1;
        return static_cast<unsigned char>(pattern[0]) == c ? Step::Matches : Step::DoesNotMatch;
    }
}

} // namespace

bool wildcardMatch(const char *pattern, qsizetype patternSize, const char *text, qsizetype textSize)
{
    // Since '*' matches anything, '/' included, the classic single-backtrack loop is exact:
    // on a mismatch, the most recent '*' takes one more byte.
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starPattern = -1;
    qsizetype starText = 0;
    while (t < textSize) {
        if (p < patternSize && pattern[p] == '*') {
            while (p < patternSize && pattern[p] == '*')
                ++p;
            if (p == patternSize)
                return true;
            starPattern = p;
            starText = t;
            continue;
        }
        if (p < patternSize) {
            qsizetype consumed = 0;
            const Step step = matchOne(pattern + p, patternSize - p,
                                       static_cast<unsigned char>(text[t]), &consumed);
            if (step == Step::Malformed)
                return false; // such a pattern matches nothing, as in git
            if (step == Step::Matches) {
                p += consumed;
                ++t;
                continue;
            }
        }
        if (starPattern < 0)
            return false;
        p = starPattern;
        t = ++starText;
    }
    while (p < patternSize && pattern[p] == '*')
        ++p;
    return p == patternSize;
}

namespace {

bool globFrom(const char *p, const char *patternEnd, const char *t, const char *textEnd,
              const char *patternStart)
{
    while (p < patternEnd) {
        if (*p == '*') {
            const char *stars = p;
            while (p < patternEnd && *p == '*')
                ++p;
            if (p - stars >= 2) {
                const bool startsComponent = stars == patternStart || stars[-1] == '/';
                if (startsComponent && p == patternEnd)
                    return true;
                if (startsComponent && *p == '/') {
                    // "**/": no folder, or any number of whole folders.
                    for (const char *q = t;;) {
                        if (globFrom(p + 1, patternEnd, q, textEnd, patternStart))
                            return true;
                        const auto *slash
                            = static_cast<const char *>(std::memchr(q, '/', size_t(textEnd - q)));
                        if (!slash)
                            return false;
                        q = slash + 1;
                    }
                }
                // Elsewhere "**" matches anything, '/' included.
                for (const char *q = t;; ++q) {
                    if (globFrom(p, patternEnd, q, textEnd, patternStart))
                        return true;
                    if (q == textEnd)
                        return false;
                }
            }
            for (const char *q = t;; ++q) {
                if (globFrom(p, patternEnd, q, textEnd, patternStart))
                    return true;
                if (q == textEnd || *q == '/')
                    return false;
            }
        }
        if (t == textEnd)
            return false;
        const auto c = static_cast<unsigned char>(*t);
        if (c == '/' && (*p == '?' || *p == '['))
            return false;
        qsizetype consumed = 0;
        if (matchOne(p, patternEnd - p, c, &consumed) != Step::Matches)
            return false;
        p += consumed;
        ++t;
    }
    return t == textEnd;
}

} // namespace

bool globMatch(const char *pattern, qsizetype patternSize, const char *text, qsizetype textSize)
{
    return globFrom(pattern, pattern + patternSize, text, text + textSize, pattern);
}

Pathspec::Pathspec(const QVector<Item> &items)
{
    for (const Item &item : items) {
        Compiled compiled;
        compiled.text = item.path;
        compiled.literalPrefix = item.path.size();
        compiled.glob = item.glob;
        for (qsizetype i = 0; !item.literal && i < item.path.size(); ++i) {
            if (isWildcard(item.path.at(i))) {
                compiled.literalPrefix = i;
                compiled.hasWildcard = true;
                break;
            }
        }
        (item.exclude ? m_excluded : m_included).append(compiled);
    }
}

Result<QByteArray> Pathspec::normalizePath(const QByteArray &path, const QByteArray &givenArgument)
{
    const QByteArray &argument = givenArgument.isEmpty() ? path : givenArgument;
    if (path.startsWith('/')) {
        return Error {Pathspec::tr("The path '%1' is absolute; give it relative to the top of "
                                   "the repository.")
                          .arg(displayBytes(argument))};
    }
    QByteArrayList parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (parts.isEmpty()) {
                return Error {Pathspec::tr("The path '%1' is outside the repository.")
                                  .arg(displayBytes(argument))};
            }
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    QByteArray normalized = parts.join('/');
    const bool endsAsFolder
        = path.endsWith('/') || path.endsWith("/.") || path == "." || path.endsWith("/..");
    if (!normalized.isEmpty() && endsAsFolder)
        normalized.append('/');
    return normalized;
}

namespace {

Result<Pathspec::Item> parseItem(const QByteArray &argument)
{
    Pathspec::Item item;
    QByteArray path = argument;
    if (argument.startsWith(":(")) {
        const qsizetype close = argument.indexOf(')');
        if (close < 0) {
            return Error {Pathspec::tr("The pathspec '%1' lacks the ')' that ends its magic.")
                              .arg(displayBytes(argument))};
        }
        for (const QByteArray &word : argument.mid(2, close - 2).split(',')) {
            if (word == "exclude") {
                item.exclude = true;
            } else if (word == "literal") {
                item.literal = true;
            } else if (word == "glob") {
                item.glob = true;
            } else if (word != "top") {
                return Error {Pathspec::tr("The pathspec magic '%1' in '%2' is not supported; "
                                           "'top', 'exclude', 'literal' and 'glob' are.")
                                  .arg(displayBytes(word), displayBytes(argument))};
            }
        }
        if (item.literal && item.glob) {
            return Error {Pathspec::tr("The pathspec '%1' asks for both 'literal' and 'glob' "
                                       "magic, which exclude each other.")
                              .arg(displayBytes(argument))};
        }
        path = argument.mid(close + 1);
    } else if (argument.startsWith(':')) {
        // Short magic: '!' or '^' excludes, '/' is the top (where paths start anyway);
        // an optional ':' ends it.
        qsizetype i = 1;
        for (; i < argument.size(); ++i) {
            const char c = argument.at(i);
            if (c == '!' || c == '^')
                item.exclude = true;
            else if (c != '/')
                break;
        }
        if (i < argument.size() && argument.at(i) == ':')
            ++i;
        path = argument.mid(i);
    }
    if (path.isEmpty()) {
        // Magic alone names the whole tree; an empty argument is refused, as by git.
        if (argument.startsWith(':'))
            return item;
        return Error {Pathspec::tr("An empty path names nothing; use '.' for the whole tree.")};
    }
    auto normalized = Pathspec::normalizePath(path, argument);
    if (!normalized)
        return normalized.error();
    item.path = *normalized;
    return item;
}

} // namespace

Result<Pathspec> Pathspec::parse(const QByteArrayList &arguments)
{
    QVector<Item> items;
    for (const QByteArray &argument : arguments) {
        auto item = parseItem(argument);
        if (!item)
            return item.error();
        items.append(*item);
    }
    return Pathspec(items);
}

Pathspec::Pathspec(const QByteArrayList &paths)
{
    QVector<Item> items;
    for (const QByteArray &path : paths)
        items.append({path, false, false});
    *this = Pathspec(items);
}

bool Pathspec::itemMatches(const Compiled &item, const char *path, qsizetype size)
{
    const qsizetype length = item.text.size();
    if (length == 0)
        return true;
    // Literally: the path itself, or a folder on its way.
    if (length <= size && std::memcmp(item.text.constData(), path, size_t(length)) == 0
        && (length == size || item.text.endsWith('/') || path[length] == '/'))
        return true;
    if (!item.hasWildcard)
        return false;
    return item.glob ? globMatch(item.text.constData(), length, path, size)
                     : wildcardMatch(item.text.constData(), length, path, size);
}

bool Pathspec::mayMatchBelow(const Compiled &item, const char *path, qsizetype size)
{
    // Compare "path/" with the part of the item before any wildcard: either may be a
    // prefix of the other.
    const qsizetype prefix = item.literalPrefix;
    const char *text = item.text.constData();
    if (prefix <= size)
        return std::memcmp(text, path, size_t(prefix)) == 0;
    return std::memcmp(text, path, size_t(size)) == 0 && text[size] == '/';
}

bool Pathspec::matches(const char *path, qsizetype size) const
{
    for (const Compiled &item : m_excluded) {
        if (itemMatches(item, path, size))
            return false;
    }
    if (m_included.isEmpty())
        return true;
    for (const Compiled &item : m_included) {
        if (itemMatches(item, path, size))
            return true;
    }
    return false;
}

bool Pathspec::mayMatchBelow(const char *path, qsizetype size) const
{
    // A folder an exclusion names literally (or a folder inside it) is left out whole.
    for (const Compiled &item : m_excluded) {
        const qsizetype length = item.literalPrefix;
        if (length == item.text.size() && (length == 0 || itemMatches(item, path, size)))
            return false;
    }
    if (m_included.isEmpty())
        return true;
    for (const Compiled &item : m_included) {
        if (mayMatchBelow(item, path, size))
            return true;
    }
    return false;
}

} // namespace clearroom::git
