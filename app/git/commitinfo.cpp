// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commitinfo.h"

#include <cerrno>
#include <climits>
#include <cstring>
#include <iconv.h>

namespace clearroom::git {

namespace {

// git's own notion of white space: no vertical tab, no form feed.
bool isGitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Hex digit values, -1 for anything else.
struct HexTable
{
    signed char value[256];
    constexpr HexTable()
        : value()
    {
        for (int c = 0; c < 256; ++c)
            value[c] = -1;
        for (int c = 0; c < 10; ++c)
            value['0' + c] = static_cast<signed char>(c);
        for (int c = 0; c < 6; ++c) {
            value['a' + c] = static_cast<signed char>(10 + c);
            value['A' + c] = static_cast<signed char>(10 + c);
        }
    }
};
constexpr HexTable hexTable;

// 40 hex digits at `hex` as an id; nullopt when they are not all hex digits.
std::optional<ObjectId> idFromHex(const char *hex)
{
    unsigned char raw[ObjectId::RawSize];
    for (int i = 0; i < ObjectId::RawSize; ++i) {
        const int high = hexTable.value[static_cast<unsigned char>(hex[2 * i])];
        const int low = hexTable.value[static_cast<unsigned char>(hex[2 * i + 1])];
        if ((high | low) < 0)
            return std::nullopt;
        raw[i] = static_cast<unsigned char>((high << 4) | low);
    }
    return ObjectId::fromRaw(raw);
}

qsizetype digitRun(const QByteArray &text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && isDigit(text.at(end)))
        ++end;
    return end - from;
}

// The number C's strtoumax() reads at `from`: leading white space, a sign, digits;
// UINTMAX_MAX when it does not fit; a minus sign wraps around as in C.
quint64 readUnsignedLikeC(const char *text, const char *end)
{
    while (text < end && (*text == ' ' || (*text >= '\t' && *text <= '\r')))
        ++text;
    bool negative = false;
    if (text < end && (*text == '+' || *text == '-')) {
        negative = *text == '-';
        ++text;
    }
    quint64 value = 0;
    bool overflow = false;
    for (; text < end && isDigit(*text); ++text) {
        const quint64 digit = quint64(*text - '0');
        if (value > (ULLONG_MAX - digit) / 10)
            overflow = true;
        else
            value = value * 10 + digit;
    }
    if (overflow)
        return ULLONG_MAX;
    return negative ? quint64(0) - value : value;
}

// The commit time the way git 2.39 reads it for ordering: the line after the parents
// must be "author...", the next "committer..."; the number follows the first '>' from
// there, and a byte must follow that line.
quint64 readCommitTime(const char *line, const char *tail)
{
    const auto after = [tail](const char *from, char c) -> const char * {
        const auto *found = static_cast<const char *>(std::memchr(from, c, size_t(tail - from)));
        return found ? found + 1 : tail;
    };
    if (tail - line <= 6 || std::memcmp(line, "author", 6) != 0)
        return 0;
    line = after(line, '\n');
    if (tail - line <= 9 || std::memcmp(line, "committer", 9) != 0)
        return 0;
    line = after(line, '>');
    if (line >= tail)
        return 0;
    const char *date = line;
    line = after(line, '\n');
    if (line >= tail)
        return 0;
    return readUnsignedLikeC(date, line);
}

} // namespace

std::optional<quint64> Signature::time() const
{
    if (seconds.isEmpty())
        return std::nullopt;
    const quint64 value = readUnsignedLikeC(seconds.constBegin(), seconds.constEnd());
    if (value == ULLONG_MAX)
        return std::nullopt;
    return value;
}

long Signature::zoneNumber() const
{
    if (zone.isEmpty())
        return 0;
    // strtol(): the sign, then as many digits as fit.
    const bool negative = zone.startsWith('-');
    long value = 0;
    for (qsizetype i = 1; i < zone.size(); ++i) {
        const long digit = zone.at(i) - '0';
        if (value > (LONG_MAX - digit) / 10)
            return negative ? LONG_MIN : LONG_MAX;
        value = value * 10 + digit;
    }
    return negative ? -value : value;
}

int Signature::offsetMinutes() const
{
    const long number = zoneNumber();
    const long magnitude = number < 0 ? -number : number;
    const long minutes = (magnitude / 100) * 60 + magnitude % 100;
    return int(number < 0 ? -minutes : minutes);
}

Signature Signature::parse(const QByteArray &line)
{
    Signature signature;
    const qsizetype open = line.indexOf('<');
    if (open < 0)
        return signature;
    const qsizetype close = line.indexOf('>', open + 1);
    if (close < 0)
        return signature;
    signature.isValid = true;
    qsizetype nameEnd = open;
    while (nameEnd > 0 && isGitSpace(line.at(nameEnd - 1)))
        --nameEnd;
    signature.name = line.left(nameEnd);
    signature.email = line.mid(open + 1, close - open - 1);

    // The date follows the last '>': a broken e-mail may hold another one.
    qsizetype at = line.lastIndexOf('>') + 1;
    while (at < line.size() && isGitSpace(line.at(at)))
        ++at;
    const qsizetype secondsLength = digitRun(line, at);
    if (secondsLength == 0)
        return signature;
    qsizetype zoneAt = at + secondsLength;
    while (zoneAt < line.size() && isGitSpace(line.at(zoneAt)))
        ++zoneAt;
    if (zoneAt >= line.size() || (line.at(zoneAt) != '+' && line.at(zoneAt) != '-'))
        return signature;
    const qsizetype zoneDigits = digitRun(line, zoneAt + 1);
    if (zoneDigits == 0)
        return signature;
    signature.seconds = line.mid(at, secondsLength);
    signature.zone = line.mid(zoneAt, zoneDigits + 1);
    return signature;
}

std::optional<CommitLinks> CommitLinks::parse(const char *data, qsizetype size)
{
    CommitLinks links;
    const char *tail = data + size;
    // "tree <40 hex>\n" first, then the parent lines that follow it directly.
    constexpr int treeLineSize = 5 + ObjectId::HexSize + 1;
    if (size < treeLineSize || std::memcmp(data, "tree ", 5) != 0 || data[treeLineSize - 1] != '\n')
        return std::nullopt;
    const auto tree = idFromHex(data + 5);
    if (!tree)
        return std::nullopt;
    links.tree = *tree;
    const char *line = data + treeLineSize;
    constexpr int parentLineSize = 7 + ObjectId::HexSize + 1;
    while (tail - line >= parentLineSize && std::memcmp(line, "parent ", 7) == 0
           && line[parentLineSize - 1] == '\n') {
        const auto parent = idFromHex(line + 7);
        if (!parent)
            break;
        links.parents.append(*parent);
        line += parentLineSize;
    }
    links.commitTime = readCommitTime(line, tail);
    return links;
}

std::optional<CommitInfo> CommitInfo::parse(const ObjectId &id, const char *data, qsizetype size)
{
    auto links = CommitLinks::parse(data, size);
    if (!links)
        return std::nullopt;
    CommitInfo commit;
    commit.id = id;
    commit.tree = links->tree;
    commit.parents = std::move(links->parents);
    commit.commitTime = links->commitTime;

    // The header ends at the first empty line; the last author and committer lines win.
    const char *tail = data + size;
    const char *line = data;
    while (line < tail && *line != '\n') {
        const char *end = static_cast<const char *>(std::memchr(line, '\n', size_t(tail - line)));
        if (!end)
            end = tail;
        const auto view = QByteArray::fromRawData(line, end - line);
        if (view.startsWith("author "))
            commit.author = Signature::parse(view.mid(7));
        else if (view.startsWith("committer "))
            commit.committer = Signature::parse(view.mid(10));
        else if (view.startsWith("encoding ") && commit.encoding.isEmpty())
            commit.encoding = QByteArray(line + 9, end - line - 9);
        line = end < tail ? end + 1 : tail;
    }
    commit.header = QByteArray(data, line - data);
    if (line < tail)
        commit.message = QByteArray(line + 1, tail - line - 1);
    return commit;
}

std::optional<CommitInfo> CommitInfo::parse(const ObjectId &id, const QByteArray &raw)
{
    return parse(id, raw.constData(), raw.size());
}

bool isUtf8EncodingName(const QByteArray &encoding)
{
    const QByteArray lower = encoding.toLower();
    return lower == "utf-8" || lower == "utf8";
}

namespace {

std::optional<QByteArray> iconvToUtf8(const QByteArray &bytes, const char *from)
{
    iconv_t converter = iconv_open("UTF-8", from);
    if (converter == iconv_t(-1))
        return std::nullopt;
    QByteArray out(bytes.size() * 2 + 16, Qt::Uninitialized);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    size_t written = 0;
    bool ok = true;
    while (true) {
        char *outPointer = out.data() + written;
        size_t outLeft = size_t(out.size()) - written;
        const size_t rc = iconv(converter, &in, &inLeft, &outPointer, &outLeft);
        written = size_t(out.size()) - outLeft;
        if (rc != size_t(-1)) {
            if (inLeft == 0)
                break;
            continue;
        }
        if (errno == E2BIG) {
            out.resize(out.size() * 2);
            continue;
        }
        ok = false; // EILSEQ, EINVAL: not valid in that encoding
        break;
    }
    iconv_close(converter);
    if (!ok)
        return std::nullopt;
    out.truncate(qsizetype(written));
    return out;
}

} // namespace

std::optional<QByteArray> convertToUtf8(const QByteArray &bytes, const QByteArray &encoding)
{
    if (encoding.isEmpty() || isUtf8EncodingName(encoding))
        return bytes;
    if (auto converted = iconvToUtf8(bytes, encoding.constData()))
        return converted;
    // git retries a name iconv may not know under the name it documents.
    if (encoding.toLower() == "latin-1")
        return iconvToUtf8(bytes, "ISO-8859-1");
    return std::nullopt;
}

namespace {

// One line of `text` from `at`: its end without the newline, and where the next starts.
qsizetype lineEnd(const QByteArray &text, qsizetype at, qsizetype *next)
{
    qsizetype end = text.indexOf('\n', at);
    *next = end < 0 ? text.size() : end + 1;
    return end < 0 ? text.size() : end;
}

qsizetype trimmedEnd(const QByteArray &text, qsizetype begin, qsizetype end)
{
    while (end > begin && isGitSpace(text.at(end - 1)))
        --end;
    return end;
}

// The end of the subject's paragraph, and the subject itself when asked for.
qsizetype subjectParagraph(const QByteArray &message, qsizetype at, QByteArray *subject)
{
    while (at < message.size()) {
        qsizetype next = 0;
        const qsizetype end = trimmedEnd(message, at, lineEnd(message, at, &next));
        if (end == at)
            break;
        if (subject) {
            if (!subject->isEmpty())
                subject->append(' ');
            subject->append(message.constData() + at, end - at);
        }
        at = next;
    }
    return at;
}

} // namespace

qsizetype skipBlankLines(const QByteArray &text, qsizetype from)
{
    qsizetype at = from;
    while (at < text.size()) {
        qsizetype next = 0;
        const qsizetype end = lineEnd(text, at, &next);
        if (trimmedEnd(text, at, end) != at)
            break;
        at = next;
    }
    return at;
}

QByteArray commitSubject(const QByteArray &message)
{
    QByteArray subject;
    subjectParagraph(message, skipBlankLines(message), &subject);
    return subject;
}

QByteArray commitBody(const QByteArray &message)
{
    const qsizetype end = subjectParagraph(message, skipBlankLines(message), nullptr);
    return message.mid(skipBlankLines(message, end));
}

} // namespace clearroom::git
