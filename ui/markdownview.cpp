// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "markdownview.h"

namespace clearroom::ui {

MarkdownView::MarkdownView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void MarkdownView::setMarkdownText(const QString &markdown)
{
    document()->setMarkdown(markdown,
                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                            | QTextDocument::MarkdownNoHTML));
}

QString MarkdownView::escaped(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_{}[]()#+-.!<>|~&").contains(c))
            result += QLatin1Char('\\');
        result += c;
    }
    return result;
}

QString MarkdownView::codeBlock(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), QLatin1Char('`'));
    QString block = fence + QLatin1Char('\n') + text;
    if (!block.endsWith(QLatin1Char('\n')))
        block += QLatin1Char('\n');
    return block + fence + QLatin1Char('\n');
}

QVariant MarkdownView::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

} // namespace clearroom::ui
