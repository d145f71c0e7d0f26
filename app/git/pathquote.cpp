// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "pathquote.h"

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

// Length of the valid UTF-8 sequence starting at data[i], or 0 when it is not one
// (overlong forms, surrogates and code points above U+10FFFF are invalid).
int validUtf8Length(const unsigned char *data, qsizetype size, qsizetype i)
{
    const unsigned char c = data[i];
    int length = 0;
    unsigned int codePoint = 0;
    unsigned int minimum = 0;
    if (c < 0x80)
        return 1;
    if ((c & 0xE0) == 0xC0) {
        length = 2;
        codePoint = c & 0x1F;
        minimum = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        length = 3;
        codePoint = c & 0x0F;
        minimum = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        length = 4;
        codePoint = c & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        const unsigned char next = data[i + k];
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        return 0;
    return length;
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

QString displayBytes(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QByteArray valid;
    valid.reserve(size);
    for (qsizetype i = 0; i < size;) {
        const int length = validUtf8Length(data, size, i);
        if (length == 0) {
            static const char hexDigits[] = "0123456789ABCDEF";
            valid.append("\\x");
            valid.append(hexDigits[data[i] >> 4]);
            valid.append(hexDigits[data[i] & 0xF]);
            ++i;
        } else {
            valid.append(bytes.constData() + i, length);
            i += length;
        }
    }
    return QString::fromUtf8(valid);
}

} // namespace clearroom::git
