// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "htmltext.h"

#include "pathquote.h"

namespace clearroom::package::htmltext {

QString escape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + text.size() / 8);
    appendEscaped(escaped, text);
    return escaped;
}

namespace {

// Escapes `text` onto `out`; with `lineBreaks`, each '\n' becomes <br> in the same pass.
void appendEscapedText(QString &out, QStringView text, bool lineBreaks)
{
    // The characters between two that need escaping go in at once.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QLatin1String entity;
        switch (text.at(i).unicode()) {
        case '\n':
            if (!lineBreaks)
                continue;
            entity = QLatin1String("<br>");
            break;
        case '&':
            entity = QLatin1String("&amp;");
            break;
        case '<':
            entity = QLatin1String("&lt;");
            break;
        case '>':
            entity = QLatin1String("&gt;");
            break;
        case '"':
            entity = QLatin1String("&quot;");
            break;
        case '\'':
            entity = QLatin1String("&#39;");
            break;
        default:
            continue;
        }
        out.append(text.mid(plain, i - plain));
        out.append(entity);
        plain = i + 1;
    }
    out.append(text.mid(plain));
}

} // namespace

void appendEscaped(QString &out, QStringView text)
{
    appendEscapedText(out, text, false);
}

QString line(const QString &text)
{
    return escape(git::displayBytes(text.toUtf8()));
}

QString paragraphs(const QString &text)
{
    const QString visible = git::displayMultilineBytes(text.toUtf8());
    QString html;
    html.reserve(visible.size() + visible.size() / 8);
    appendEscapedText(html, visible, true);
    return html;
}

QString bytes(const QByteArray &bytes)
{
    return escape(git::displayBytes(bytes));
}

} // namespace clearroom::package::htmltext
