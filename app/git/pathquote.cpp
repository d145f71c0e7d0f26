// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pathquote.h"

#include "textcontent.h"

namespace clearroom::git {

namespace {

bool needsQuoting(unsigned char c)
{
    return c < 0x20 || c == '"' || c == '\\' || c >= 0x7f;
}

char escapeLetter(unsigned char c)
{
    switch (c) {
    case '\a':
        return 'a';
    case '\b':
        return 'b';
    case '\t':
        return 't';
    case '\n':
        return 'n';
    case '\v':
        return 'v';
    case '\f':
        return 'f';
    case '\r':
        return 'r';
    case '"':
        return '"';
    case '\\':
        return '\\';
    default:
        return 0;
    }
}

} // namespace

void appendQuotedPath(QByteArray &out, const char *path, qsizetype size)
{
    bool plain = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (needsQuoting(static_cast<unsigned char>(path[i]))) {
            plain = false;
            break;
        }
    }
    if (plain) {
        out.append(path, size);
        return;
    }
    out.append('"');
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(path[i]);
        if (!needsQuoting(c)) {
            out.append(path[i]);
        } else if (const char letter = escapeLetter(c)) {
            out.append('\\');
            out.append(letter);
        } else {
            const char octal[4]
                = {'\\', static_cast<char>('0' + ((c >> 6) & 07)),
                   static_cast<char>('0' + ((c >> 3) & 07)), static_cast<char>('0' + (c & 07))};
            out.append(octal, 4);
        }
    }
    out.append('"');
}

QByteArray quotePath(const QByteArray &path)
{
    QByteArray quoted;
    appendQuotedPath(quoted, path.constData(), path.size());
    return quoted;
}

void appendHex(QByteArray &out, const unsigned char *rawId)
{
    static const char digits[] = "0123456789abcdef";
    char hex[40];
    for (int i = 0; i < 20; ++i) {
        hex[2 * i] = digits[rawId[i] >> 4];
        hex[2 * i + 1] = digits[rawId[i] & 0xF];
    }
    out.append(hex, 40);
}

namespace {

// Bytes shown as text: every byte that is not valid UTF-8 and every control character
// (which could move a terminal's cursor or hide what follows) as "\xNN", every
// bidirectional control or invisible character (Trojan Source) as a marker "⟨RLO⟩".
QString visibleText(const QByteArray &bytes, bool keepLineBreaks)
{
    static const char hexDigits[] = "0123456789ABCDEF";
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QByteArray visible;
    // The bytes from `plain` on are shown as they are: they go in at once, when something
    // must be shown otherwise or at the end (a character at a time was a twentieth of an
    // export, which shows every line of every excerpt).
    qsizetype plain = 0;
    const auto appendPlain = [&](qsizetype end) {
        if (visible.isNull())
            visible.reserve(size + 16);
        visible.append(bytes.constData() + plain, int(end - plain));
    };
    const auto appendEscaped = [&visible](unsigned char byte) {
        visible.append("\\x");
        visible.append(hexDigits[byte >> 4]);
        visible.append(hexDigits[byte & 0xF]);
    };
    for (qsizetype i = 0; i < size;) {
        // Printable ASCII is shown as it is, and no such character is suspicious: most
        // text is nothing else, taken here without decoding and looking it up.
        const unsigned char byte = data[i];
        if ((byte >= 0x20 && byte < 0x7F) || (keepLineBreaks && (byte == '\n' || byte == '\t'))) {
            ++i;
            continue;
        }
        char32_t codePoint = 0;
        const int length = utf8SequenceLength(data, size, i, &codePoint);
        if (length == 0) {
            appendPlain(i);
            appendEscaped(data[i]);
            plain = ++i;
            continue;
        }
        const bool lineBreak = codePoint == '\n' || codePoint == '\t';
        if ((codePoint < 0x20 || codePoint == 0x7F) && !(keepLineBreaks && lineBreak)) {
            appendPlain(i);
            appendEscaped(static_cast<unsigned char>(codePoint));
            plain = i + length;
        } else if (SuspiciousCharacter::Kind kind; TextContent::isSuspicious(codePoint, &kind)) {
            appendPlain(i);
            visible.append("\xe2\x9f\xa8"); // ⟨
            visible.append(
                TextContent::markerText(SuspiciousCharacter {kind, codePoint, 0, 0}).toUtf8());
            visible.append("\xe2\x9f\xa9"); // ⟩
            plain = i + length;
        }
        i += length;
    }
    if (plain == 0)
        return QString::fromUtf8(bytes); // all of it shown as it is: valid UTF-8
    appendPlain(size);
    return QString::fromUtf8(visible);
}

} // namespace

QString displayBytes(const QByteArray &bytes)
{
    return visibleText(bytes, false);
}

QString displayMultilineBytes(const QByteArray &bytes)
{
    return visibleText(bytes, true);
}

} // namespace clearroom::git
