// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace clearroom::ui {

/// Syntax highlighting of one document with KSyntaxHighlighting: the definition chosen
/// by file name and content, a theme that follows the palette (light or dark). In a
/// build without KSyntaxHighlighting it does nothing and says so.
class CodeHighlighting
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::ui::CodeHighlighting)

public:
    explicit CodeHighlighting(QTextDocument *document);
    ~CodeHighlighting();

    static bool isAvailable();

    /// Chooses the definition for a file and highlights the document's current text.
    void setFile(const QString &fileName, const QByteArray &head);
    /// Switches to the light or dark theme matching `background`.
    void setBackground(const QColor &background);
    /// Stops highlighting (for text too large to highlight on the GUI thread).
    void disable();

    /// The name of the definition in use ("C++", "Markdown", ...), or "" for none.
    QString definitionName() const;
    QColor themeBackground() const;
    QColor themeForeground() const;
    QColor themeLineNumber() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::ui
