// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "codehighlighting.h"

#include "buildconfig.h"

#include <QMimeDatabase>
#include <QTextDocument>

#if CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace clearroom::ui {

#if CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING

namespace {

// One repository of definitions and themes for the whole application, as
// KSyntaxHighlighting recommends: loading it costs tens of milliseconds.
KSyntaxHighlighting::Repository &definitions()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

} // namespace

struct CodeHighlighting::Private
{
    QTextDocument *document = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *highlighter = nullptr;
    KSyntaxHighlighting::Theme theme;
    KSyntaxHighlighting::Definition definition;
};

CodeHighlighting::CodeHighlighting(QTextDocument *document)
    : d(std::make_unique<Private>())
{
    d->document = document;
    d->theme = definitions().defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
}

CodeHighlighting::~CodeHighlighting() = default;

bool CodeHighlighting::isAvailable()
{
    return true;
}

void CodeHighlighting::setFile(const QString &fileName, const QByteArray &head)
{
    KSyntaxHighlighting::Definition definition = definitions().definitionForFileName(fileName);
    if (!definition.isValid()) {
        const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, head);
        definition = definitions().definitionForMimeType(mime.name());
    }
    d->definition = definition;
    if (!d->highlighter) {
        // Parented to the document, which owns it from here on.
        d->highlighter = new KSyntaxHighlighting::SyntaxHighlighter(d->document);
        d->highlighter->setTheme(d->theme);
    }
    d->highlighter->setDefinition(definition);
    d->highlighter->rehighlight();
}

void CodeHighlighting::setBackground(const QColor &background)
{
    d->theme = definitions().defaultTheme(background.lightness() < 128
                                              ? KSyntaxHighlighting::Repository::DarkTheme
                                              : KSyntaxHighlighting::Repository::LightTheme);
    if (d->highlighter) {
        d->highlighter->setTheme(d->theme);
        d->highlighter->rehighlight();
    }
}

void CodeHighlighting::disable()
{
    if (d->highlighter) {
        d->highlighter->setDefinition(KSyntaxHighlighting::Definition());
        d->highlighter->setDocument(nullptr);
        delete d->highlighter;
        d->highlighter = nullptr;
    }
    d->definition = KSyntaxHighlighting::Definition();
}

QString CodeHighlighting::definitionName() const
{
    return d->definition.isValid() ? d->definition.translatedName() : QString();
}

QColor CodeHighlighting::themeBackground() const
{
    return QColor::fromRgba(d->theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QColor CodeHighlighting::themeForeground() const
{
    return QColor::fromRgba(d->theme.textColor(KSyntaxHighlighting::Theme::Normal));
}

QColor CodeHighlighting::themeLineNumber() const
{
    return QColor::fromRgba(d->theme.editorColor(KSyntaxHighlighting::Theme::LineNumbers));
}

#else

struct CodeHighlighting::Private
{
};

CodeHighlighting::CodeHighlighting(QTextDocument *)
    : d(std::make_unique<Private>())
{
}

CodeHighlighting::~CodeHighlighting() = default;

bool CodeHighlighting::isAvailable()
{
    return false;
}

void CodeHighlighting::setFile(const QString &, const QByteArray &) { }
void CodeHighlighting::setBackground(const QColor &) { }
void CodeHighlighting::disable() { }

QString CodeHighlighting::definitionName() const
{
    return {};
}

QColor CodeHighlighting::themeBackground() const
{
    return {};
}

QColor CodeHighlighting::themeForeground() const
{
    return {};
}

QColor CodeHighlighting::themeLineNumber() const
{
    return {};
}

#endif

} // namespace clearroom::ui
