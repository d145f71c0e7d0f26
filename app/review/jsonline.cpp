// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "jsonline.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace clearroom::review {

namespace {

// Deep enough for any audit entry; a line nested deeper is refused, not a stack overflow.
constexpr int maxDepth = 64;
// Doubles hold every whole number up to 2^53 exactly.
constexpr double exactLimit = 9007199254740992.0;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The code unit of the \uXXXX escape at text[at] (the backslash), or -1.
int escapedUnit(std::string_view text, qsizetype at)
{
    if (at + 6 > qsizetype(text.size()) || text[at + 1] != 'u')
        return -1;
    int unit = 0;
    for (qsizetype i = at + 2; i < at + 6; ++i) {
        const int digit = hexDigit(text[i]);
        if (digit < 0)
            return -1;
        unit = unit * 16 + digit;
    }
    return unit;
}

void appendUtf8(QByteArray &out, uint code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
        out += char(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    } else {
        out += char(0xf0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3f));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    }
}

// The length of the well-formed UTF-8 sequence at text[at] (a byte of 0x80 or more), or 0.
int utf8Length(std::string_view text, qsizetype at)
{
    const auto byte = [&](qsizetype i) { return i < qsizetype(text.size()) ? uchar(text[i]) : 0u; };
    const uint lead = byte(at);
    const auto continuation = [&](qsizetype i) { return (byte(i) & 0xc0) == 0x80; };
    if (lead >= 0xc2 && lead <= 0xdf)
        return continuation(at + 1) ? 2 : 0;
    if (lead >= 0xe0 && lead <= 0xef) {
        const uint second = byte(at + 1);
        if ((lead == 0xe0 && second < 0xa0) || (lead == 0xed && second > 0x9f))
            return 0; // overlong, or a surrogate
        return continuation(at + 1) && continuation(at + 2) ? 3 : 0;
    }
    if (lead >= 0xf0 && lead <= 0xf4) {
        const uint second = byte(at + 1);
        if ((lead == 0xf0 && second < 0x90) || (lead == 0xf4 && second > 0x8f))
            return 0; // overlong, or beyond U+10FFFF
        return continuation(at + 1) && continuation(at + 2) && continuation(at + 3) ? 4 : 0;
    }
    return 0;
}

#ifndef __SSE2__
// Whether any of the eight bytes of `word` ends a run of plain string bytes: a quote, a
// backslash, a control character or a byte of 0x80 or more (the usual bit tricks: each
// term is nonzero exactly when some byte matches).
bool endsPlainRun(quint64 word)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) { return (v - ones) & ~v & highs; };
    const quint64 below20 = (word - ones * 0x20) & ~word & highs;
    return (below20 | hasZero(word ^ (ones * '"')) | hasZero(word ^ (ones * '\\')) | (word & highs))
        != 0;
}
#endif

// Where the first byte from text[at] that needs care stands, or the end: a quote, a
// backslash, a control character, and (with `highBytes`) a byte of 0x80 or more. The
// reader stops at all of them; appendString() leaves UTF-8 as it is.
template<bool highBytes>
qsizetype stopAt(std::string_view text, qsizetype at)
{
    const qsizetype end = qsizetype(text.size());
#ifdef __SSE2__
    // Sixteen bytes at a time: a signed comparison with 0x20 finds both control
    // characters and bytes of 0x80 or more (negative as signed bytes).
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i space = _mm_set1_epi8(0x20);
    while (at + 16 <= end) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text.data() + at));
        __m128i below = _mm_cmplt_epi8(bytes, space);
        if constexpr (!highBytes)
            below = _mm_andnot_si128(_mm_cmplt_epi8(bytes, _mm_setzero_si128()), below);
        const __m128i stops = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)), below);
        if (const int mask = _mm_movemask_epi8(stops); mask != 0)
            return at + std::countr_zero(uint(mask));
        at += 16;
    }
#else
    if constexpr (highBytes) {
        quint64 word;
        while (at + 8 <= end) {
            std::memcpy(&word, text.data() + at, 8);
            if (endsPlainRun(word))
                break;
            at += 8;
        }
    }
#endif
    for (; at < end; ++at) {
        const uchar c = uchar(text[at]);
        if (c < 0x20 || c == '"' || c == '\\' || (highBytes && c >= 0x80))
            break;
    }
    return at;
}

} // namespace

bool JsonLine::parse(std::string_view text)
{
    m_nodes.clear();
    m_text = text;
    m_at = 0;
    if (text.size() > size_t(INT_MAX))
        return false;
    skipSpace();
    if (!parseValue(-1, 0))
        return false;
    skipSpace();
    return m_at == qsizetype(text.size());
}

void JsonLine::skipSpace()
{
    // Lines are written without white space: most calls return at once, without a loop.
    if (m_at >= qsizetype(m_text.size()) || uchar(m_text[m_at]) > ' ')
        return;
    while (m_at < qsizetype(m_text.size()) && uchar(m_text[m_at]) <= ' ') {
        const char c = m_text[m_at];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_at;
    }
}

bool JsonLine::parseValue(int parent, int depth)
{
    if (depth > maxDepth || m_at >= qsizetype(m_text.size()))
        return false;
    const int index = int(m_nodes.size());
    m_nodes.push_back({Type::Undefined, false, false, qint32(m_at), 0, 0, qint32(parent)});
    bool ok = false;
    bool canonical = true; // for a container: no white space, keys in order, members canonical
    switch (m_text[m_at]) {
    case '{':
    case '[': {
        const bool object = m_text[m_at] == '{';
        const char close = object ? '}' : ']';
        m_nodes[index].type = object ? Type::Object : Type::Array;
        const auto space = [&] {
            if (m_at >= qsizetype(m_text.size()) || uchar(m_text[m_at]) > ' ')
                return; // none, as nearly always
            const qsizetype before = m_at;
            skipSpace();
            canonical = canonical && m_at == before;
        };
        const auto child = [&] {
            const size_t at = m_nodes.size();
            if (!parseValue(index, depth + 1))
                return false;
            canonical = canonical && m_nodes[at].canonical;
            return true;
        };
        std::string_view previousKey;
        bool hasKey = false;
        ++m_at;
        space();
        if (m_at < qsizetype(m_text.size()) && m_text[m_at] == close) {
            ++m_at;
            ok = true;
            break;
        }
        while (true) {
            if (object) {
                if (m_at >= qsizetype(m_text.size()) || m_text[m_at] != '"' || !child())
                    return false;
                // Keys compared without their quotes (a key with escapes is not canonical).
                const std::string_view quoted = Value(this, int(m_nodes.size()) - 1).text();
                const std::string_view key = quoted.substr(1, quoted.size() - 2);
                canonical = canonical && (!hasKey || previousKey < key);
                previousKey = key;
                hasKey = true;
                space();
                if (m_at >= qsizetype(m_text.size()) || m_text[m_at] != ':')
                    return false;
                ++m_at;
                space();
            }
            if (!child())
                return false;
            space();
            if (m_at >= qsizetype(m_text.size()))
                return false;
            const char c = m_text[m_at++];
            if (c == close) {
                ok = true;
                break;
            }
            if (c != ',')
                return false;
            space();
        }
        break;
    }
    case '"':
        ok = parseString();
        break;
    case 't':
        ok = parseLiteral("true", Type::True);
        break;
    case 'f':
        ok = parseLiteral("false", Type::False);
        break;
    case 'n':
        ok = parseLiteral("null", Type::Null);
        break;
    default:
        ok = parseNumber();
        break;
    }
    if (!ok)
        return false;
    Node &node = m_nodes[index];
    node.size = qint32(m_at - node.begin);
    node.next = qint32(m_nodes.size());
    switch (node.type) {
    case Type::Object:
    case Type::Array:
        node.canonical = canonical;
        break;
    case Type::String:
        node.canonical = !node.escaped;
        break;
    case Type::Number: {
        // A whole number of at most 15 digits is written as appendNumber() writes it.
        std::string_view digits = m_text.substr(size_t(node.begin), size_t(node.size));
        if (digits.front() == '-')
            digits.remove_prefix(1);
        node.canonical = digits.size() <= 15
            && std::all_of(digits.begin(), digits.end(),
                           [](char c) { return c >= '0' && c <= '9'; })
            && (digits.front() != '0' || node.size == 1);
        break;
    }
    default:
        node.canonical = true;
        break;
    }
    return true;
}

bool JsonLine::parseString()
{
    Node &node = m_nodes.back();
    node.type = Type::String;
    const qsizetype end = qsizetype(m_text.size());
    ++m_at;
    while (m_at < end) {
        // Most of a line is plain string bytes: skip them many at a time.
        m_at = stopAt<true>(m_text, m_at);
        if (m_at >= end)
            break;
        const uchar c = uchar(m_text[m_at]);
        if (c == '"') {
            ++m_at;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            node.escaped = true;
            if (m_at + 1 >= end)
                return false;
            switch (m_text[m_at + 1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                m_at += 2;
                continue;
            default:
                break;
            }
            const int unit = escapedUnit(m_text, m_at);
            if (unit < 0 || (unit >= 0xdc00 && unit <= 0xdfff))
                return false;
            m_at += 6;
            if (unit >= 0xd800 && unit <= 0xdbff) { // a surrogate pair, or nothing
                const int low = m_at < end && m_text[m_at] == '\\' ? escapedUnit(m_text, m_at) : -1;
                if (low < 0xdc00 || low > 0xdfff)
                    return false;
                m_at += 6;
            }
            continue;
        }
        if (c < 0x80) {
            ++m_at;
            continue;
        }
        const int length = utf8Length(m_text, m_at);
        if (length == 0)
            return false;
        m_at += length;
    }
    return false;
}

bool JsonLine::parseNumber()
{
    m_nodes.back().type = Type::Number;
    const qsizetype end = qsizetype(m_text.size());
    const auto digits = [&] {
        const qsizetype start = m_at;
        while (m_at < end && m_text[m_at] >= '0' && m_text[m_at] <= '9')
            ++m_at;
        return m_at - start;
    };
    if (m_at < end && m_text[m_at] == '-')
        ++m_at;
    if (m_at < end && m_text[m_at] == '0')
        ++m_at;
    else if (digits() == 0)
        return false;
    if (m_at < end && m_text[m_at] == '.') {
        ++m_at;
        if (digits() == 0)
            return false;
    }
    if (m_at < end && (m_text[m_at] == 'e' || m_text[m_at] == 'E')) {
        ++m_at;
        if (m_at < end && (m_text[m_at] == '+' || m_text[m_at] == '-'))
            ++m_at;
        if (digits() == 0)
            return false;
    }
    return true;
}

bool JsonLine::parseLiteral(std::string_view word, Type type)
{
    if (m_text.substr(size_t(m_at), word.size()) != word)
        return false;
    m_nodes.back().type = type;
    m_at += qsizetype(word.size());
    return true;
}

JsonLine::Value JsonLine::Value::first() const
{
    const Type kind = type();
    if ((kind != Type::Object && kind != Type::Array)
        || m_line->m_nodes[m_index].next == m_index + 1)
        return {};
    return {m_line, m_index + 1};
}

JsonLine::Value JsonLine::Value::next() const
{
    if (!m_line || m_line->m_nodes[m_index].parent < 0)
        return {};
    const Node &node = m_line->m_nodes[m_index];
    return node.next < m_line->m_nodes[node.parent].next ? Value(m_line, node.next) : Value();
}

int JsonLine::Value::count() const
{
    int count = 0;
    for (Value item = first(); item.isValid(); item = item.next())
        ++count;
    return type() == Type::Object ? count / 2 : count;
}

JsonLine::Value JsonLine::Value::member(std::string_view key) const
{
    if (!isObject())
        return {};
    Value found;
    for (Value name = first(); name.isValid(); name = name.next().next()) {
        if (name.isString(key))
            found = name.next();
    }
    return found;
}

std::string_view JsonLine::Value::text() const
{
    if (!m_line)
        return {};
    const Node &node = m_line->m_nodes[m_index];
    return m_line->m_text.substr(size_t(node.begin), size_t(node.size));
}

QByteArray JsonLine::Value::string() const
{
    if (!isString())
        return {};
    const std::string_view quoted = text();
    const std::string_view raw = quoted.substr(1, quoted.size() - 2);
    if (!m_line->m_nodes[m_index].escaped)
        return QByteArray(raw.data(), qsizetype(raw.size()));
    QByteArray out;
    out.reserve(qsizetype(raw.size()));
    for (qsizetype at = 0; at < qsizetype(raw.size()); ++at) {
        if (raw[at] != '\\') {
            out += raw[at];
            continue;
        }
        switch (raw[at + 1]) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            uint code = uint(escapedUnit(raw, at));
            if (code >= 0xd800 && code <= 0xdbff) { // parse() checked the pair
                code
                    = 0x10000 + ((code - 0xd800) << 10) + (uint(escapedUnit(raw, at + 6)) - 0xdc00);
                at += 6;
            }
            appendUtf8(out, code);
            at += 4;
            break;
        }
        default: // " \ /
            out += raw[at + 1];
            break;
        }
        ++at;
    }
    return out;
}

bool JsonLine::Value::isString(std::string_view bytes) const
{
    if (!isString())
        return false;
    if (!m_line->m_nodes[m_index].escaped) {
        const std::string_view quoted = text();
        return quoted.substr(1, quoted.size() - 2) == bytes;
    }
    const QByteArray value = string();
    return std::string_view(value.constData(), size_t(value.size())) == bytes;
}

std::optional<qint64> JsonLine::Value::integer() const
{
    if (!isNumber())
        return std::nullopt;
    const std::string_view number = text();
    if (m_line->m_nodes[m_index].canonical) {
        // At most 15 digits, no fraction nor exponent (see parseValue()): exact as they
        // stand, and read without from_chars(), which the million coverage rows of a big
        // review's log noticed.
        const bool negative = number.front() == '-';
        qint64 whole = 0;
        for (size_t at = negative ? 1 : 0; at < number.size(); ++at)
            whole = whole * 10 + (number[at] - '0');
        return negative ? -whole : whole;
    }
    double value = 0;
    const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error != std::errc() || end != number.data() + number.size() || std::trunc(value) != value
        || std::fabs(value) > exactLimit)
        return std::nullopt;
    return qint64(value);
}

void JsonLine::appendString(QByteArray &out, std::string_view utf8)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype first = stopAt<false>(utf8, 0);
    if (first == qsizetype(utf8.size())) {
        // Nothing to escape, as nearly always: the string in its quotes in one piece.
        const qsizetype at = out.size();
        out.resize(at + first + 2);
        char *const to = out.data() + at;
        to[0] = '"';
        if (first > 0) // an empty view's data() may be null, which memcpy may not be given
            std::memcpy(to + 1, utf8.data(), utf8.size());
        to[first + 1] = '"';
        return;
    }
    out += '"';
    qsizetype plain = 0; // copies runs that need no escape at once
    for (qsizetype at = first; at < qsizetype(utf8.size()); ++at) {
        const uchar c = uchar(utf8[at]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.data() + plain, at - plain);
        plain = at + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            break;
        }
    }
    out.append(utf8.data() + plain, qsizetype(utf8.size()) - plain);
    out += '"';
}

void JsonLine::appendNumber(QByteArray &out, qint64 number)
{
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, number);
    out.append(digits, result.ptr - digits);
}

void JsonLine::Value::appendCanonical(QByteArray &out) const
{
    if (m_line && m_line->m_nodes[m_index].canonical) {
        out.append(text().data(), qsizetype(text().size()));
        return;
    }
    switch (type()) {
    case Type::Undefined:
        return;
    case Type::Null:
    case Type::False:
    case Type::True:
        out += QByteArray(text().data(), qsizetype(text().size()));
        return;
    case Type::Number: {
        if (const auto whole = integer(); whole) {
            appendNumber(out, *whole);
            return;
        }
        double value = 0;
        std::from_chars(text().data(), text().data() + text().size(), value);
        char digits[32];
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        out.append(digits, result.ptr - digits);
        return;
    }
    case Type::String:
        if (!m_line->m_nodes[m_index].escaped) {
            // No backslash, and JSON allows no control character: already canonical.
            out.append(text().data(), qsizetype(text().size()));
        } else {
            const QByteArray bytes = string();
            appendString(out, std::string_view(bytes.constData(), size_t(bytes.size())));
        }
        return;
    case Type::Array: {
        out += '[';
        for (Value element = first(); element.isValid(); element = element.next()) {
            if (element.m_index != m_index + 1)
                out += ',';
            element.appendCanonical(out);
        }
        out += ']';
        return;
    }
    case Type::Object: {
        // Keys are compared where they stand, unless they hold escapes (Clearroom never
        // writes any); Qt writes them sorted already.
        struct Member
        {
            std::string_view key;
            Value name;
            QByteArray unescaped;
        };
        QVarLengthArray<Member, 24> members;
        bool sorted = true;
        for (Value name = first(); name.isValid(); name = name.next().next()) {
            Member member {{}, name, {}};
            if (m_line->m_nodes[name.m_index].escaped) {
                member.unescaped = name.string();
            } else {
                const std::string_view quoted = name.text();
                member.key = quoted.substr(1, quoted.size() - 2);
            }
            members.append(member);
            Member &added = members.last();
            if (!added.unescaped.isNull())
                added.key
                    = std::string_view(added.unescaped.constData(), size_t(added.unescaped.size()));
            sorted = sorted && (members.size() == 1 || members[members.size() - 2].key < added.key);
        }
        // Stable: of a repeated key, the last stays last, and only it is written.
        if (!sorted) {
            std::stable_sort(members.begin(), members.end(),
                             [](const Member &a, const Member &b) { return a.key < b.key; });
        }
        out += '{';
        bool firstMember = true;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (i + 1 < members.size() && members[i + 1].key == members[i].key)
                continue;
            if (!firstMember)
                out += ',';
            firstMember = false;
            members[i].name.appendCanonical(out);
            out += ':';
            members[i].name.next().appendCanonical(out);
        }
        out += '}';
        return;
    }
    }
}

QByteArray JsonLine::Value::canonical() const
{
    QByteArray out;
    out.reserve(qsizetype(text().size()));
    appendCanonical(out);
    return out;
}

bool JsonLine::Value::hasCanonicalForm(const QByteArray &form) const
{
    if (m_line && m_line->m_nodes[m_index].canonical)
        return text() == std::string_view(form.constData(), size_t(form.size()));
    return canonical() == form;
}

} // namespace clearroom::review
