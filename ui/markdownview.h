// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QTextBrowser>

namespace clearroom::ui {

/// Shows Markdown someone wrote (descriptions, recommendations, comments) as text only:
/// no HTML inside it is interpreted, nothing it references is loaded (no files, no
/// images, never the network), and links are shown, not followed.
class MarkdownView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit MarkdownView(QWidget *parent = nullptr);
    void setMarkdownText(const QString &markdown);

    /// Plain text for a Markdown document: every character Markdown could read as
    /// markup is escaped, so that names and titles cannot forge emphasis, links or lines.
    static QString escaped(const QString &text);
    /// `text` as a fenced code block, shown as it is: the fence is longer than any run of
    /// backticks inside, so that the text cannot close it.
    static QString codeBlock(const QString &text);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace clearroom::ui
