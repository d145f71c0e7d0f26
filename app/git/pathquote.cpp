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

QString displayBytes(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QByteArray valid;
    valid.reserve(size);
    for (qsizetype i = 0; i < size;) {
        char32_t codePoint = 0;
        const int length = utf8SequenceLength(data, size, i, &codePoint);
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
