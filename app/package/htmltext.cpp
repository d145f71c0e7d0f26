// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "htmltext.h"

#include "pathquote.h"

namespace clearroom::package::htmltext {

QString escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            escaped += QLatin1String("&amp;");
            break;
        case '<':
            escaped += QLatin1String("&lt;");
            break;
        case '>':
            escaped += QLatin1String("&gt;");
            break;
        case '"':
            escaped += QLatin1String("&quot;");
            break;
        case '\'':
            escaped += QLatin1String("&#39;");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

QString line(const QString &text)
{
    return escape(git::displayBytes(text.toUtf8()));
}

QString paragraphs(const QString &text)
{
    return escape(git::displayMultilineBytes(text.toUtf8()))
        .replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString bytes(const QByteArray &bytes)
{
    return escape(git::displayBytes(bytes));
}

} // namespace clearroom::package::htmltext
