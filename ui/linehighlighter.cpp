// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "linehighlighter.h"

#include "buildconfig.h"
#include "sourcetext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMimeDatabase>
#include <QTimer>

#if CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

#include <vector>

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

// KSyntaxHighlighting's engine: applyFormat() collects into `collected` when formats are
// wanted, and is ignored while only states are computed.
class Engine : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    KSyntaxHighlighting::State highlight(QStringView text, const KSyntaxHighlighting::State &state,
                                         QVector<QTextLayout::FormatRange> *collected)
    {
        m_collected = collected;
        const KSyntaxHighlighting::State next = highlightLine(text, state);
        m_collected = nullptr;
        return next;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (!m_collected || length == 0 || format.isDefaultTextStyle(theme()))
            return;
        QTextLayout::FormatRange range;
        range.start = offset;
        range.length = length;
        range.format = charFormat(format);
        m_collected->append(range);
    }

private:
    QTextCharFormat charFormat(const KSyntaxHighlighting::Format &format)
    {
        auto it = m_formats.find(format.id());
        if (it != m_formats.end())
            return *it;
        QTextCharFormat f;
        const KSyntaxHighlighting::Theme t = theme();
        if (format.hasTextColor(t))
            f.setForeground(format.textColor(t));
        if (format.hasBackgroundColor(t))
            f.setBackground(format.backgroundColor(t));
        if (format.isBold(t))
            f.setFontWeight(QFont::Bold);
        if (format.isItalic(t))
            f.setFontItalic(true);
        if (format.isUnderline(t))
            f.setFontUnderline(true);
        if (format.isStrikeThrough(t))
            f.setFontStrikeOut(true);
        m_formats.insert(format.id(), f);
        return f;
    }

public:
    void clearFormatCache() { m_formats.clear(); }

private:
    QVector<QTextLayout::FormatRange> *m_collected = nullptr;
    QHash<quint16, QTextCharFormat> m_formats;
};

} // namespace

struct LineHighlighter::Private
{
    Engine engine;
    std::shared_ptr<const SourceText> source;
    /// states[i]: the state at the start of line i.
    std::vector<KSyntaxHighlighting::State> states;
    QTimer slice;
};

LineHighlighter::LineHighlighter(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->engine.setTheme(definitions().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    d->slice.setSingleShot(true);
    d->slice.setInterval(0);
    connect(&d->slice, &QTimer::timeout, this, &LineHighlighter::runSlice);
}

LineHighlighter::~LineHighlighter() = default;

bool LineHighlighter::isAvailable()
{
    return true;
}

void LineHighlighter::setSource(std::shared_ptr<const SourceText> source, const QString &fileName,
                                const QByteArray &head)
{
    d->slice.stop();
    d->source = std::move(source);
    KSyntaxHighlighting::Definition definition = definitions().definitionForFileName(fileName);
    if (!definition.isValid()) {
        const QMimeType mime = QMimeDatabase().mimeTypeForFileNameAndData(fileName, head);
        definition = definitions().definitionForMimeType(mime.name());
    }
    d->engine.setDefinition(definition);
    d->states.clear();
    if (definition.isValid() && d->source && d->source->lineCount() > 0) {
        d->states.reserve(size_t(d->source->lineCount()) + 1);
        d->states.emplace_back();
        d->slice.start();
    }
}

void LineHighlighter::clear()
{
    d->slice.stop();
    d->source.reset();
    d->states.clear();
    d->engine.setDefinition(KSyntaxHighlighting::Definition());
}

void LineHighlighter::setBackground(const QColor &background)
{
    d->engine.setTheme(definitions().defaultTheme(
        background.lightness() < 128 ? KSyntaxHighlighting::Repository::DarkTheme
                                     : KSyntaxHighlighting::Repository::LightTheme));
    d->engine.clearFormatCache();
}

void LineHighlighter::runSlice()
{
    if (!d->source)
        return;
    QElapsedTimer timer;
    timer.start();
    const int from = int(d->states.size()) - 1;
    const int lines = d->source->lineCount();
    int line = from;
    // Check the clock every few lines: it is cheaper than a line.
    while (line < lines) {
        for (int k = 0; k < 64 && line < lines; ++k, ++line) {
            const QStringView text = d->source->line(line).left(MaximumHighlightedLineLength);
            d->states.push_back(d->engine.highlight(text, d->states.back(), nullptr));
        }
        if (timer.elapsed() >= SliceMilliseconds)
            break;
    }
    Q_EMIT linesReady(from, line);
    if (line < lines)
        d->slice.start();
}

QVector<QTextLayout::FormatRange> LineHighlighter::formats(int line)
{
    QVector<QTextLayout::FormatRange> collected;
    if (!d->source || line < 0 || size_t(line) >= d->states.size()
        || line >= d->source->lineCount())
        return collected;
    const QStringView text = d->source->line(line);
    if (text.size() > MaximumHighlightedLineLength)
        return collected;
    d->engine.highlight(text, d->states[size_t(line)], &collected);
    return collected;
}

int LineHighlighter::highlightedLines() const
{
    return d->states.empty() ? 0 : int(d->states.size()) - 1;
}

bool LineHighlighter::isFinished() const
{
    return d->source && !d->states.empty() && highlightedLines() >= d->source->lineCount();
}

QString LineHighlighter::definitionName() const
{
    const auto definition = d->engine.definition();
    return definition.isValid() ? definition.translatedName() : QString();
}

QColor LineHighlighter::themeBackground() const
{
    return QColor::fromRgba(
        d->engine.theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
}

QColor LineHighlighter::themeForeground() const
{
    return QColor::fromRgba(d->engine.theme().textColor(KSyntaxHighlighting::Theme::Normal));
}

QColor LineHighlighter::themeLineNumber() const
{
    return QColor::fromRgba(d->engine.theme().editorColor(KSyntaxHighlighting::Theme::LineNumbers));
}

#else

struct LineHighlighter::Private
{
};

LineHighlighter::LineHighlighter(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
}

LineHighlighter::~LineHighlighter() = default;

bool LineHighlighter::isAvailable()
{
    return false;
}

void LineHighlighter::setSource(std::shared_ptr<const SourceText>, const QString &,
                                const QByteArray &)
{
}
void LineHighlighter::clear() { }
void LineHighlighter::setBackground(const QColor &) { }
void LineHighlighter::runSlice() { }

QVector<QTextLayout::FormatRange> LineHighlighter::formats(int)
{
    return {};
}

int LineHighlighter::highlightedLines() const
{
    return 0;
}

bool LineHighlighter::isFinished() const
{
    return true;
}

QString LineHighlighter::definitionName() const
{
    return {};
}

QColor LineHighlighter::themeBackground() const
{
    return {};
}

QColor LineHighlighter::themeForeground() const
{
    return {};
}

QColor LineHighlighter::themeLineNumber() const
{
    return {};
}

#endif

} // namespace clearroom::ui
