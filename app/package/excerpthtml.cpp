// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "excerpthtml.h"

#include "buildconfig.h"
#include "htmltext.h"
#include "pathquote.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringList>

#if CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>
#endif

namespace clearroom::package {

namespace {

#if CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING

// KSyntaxHighlighting's engine writing one line at a time as escaped HTML with spans
// styled inline (a report has no style sheet the spans could refer to in every viewer).
class FragmentHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString line(const QString &text, KSyntaxHighlighting::State *state)
    {
        m_text = text;
        m_html.clear();
        m_written = 0;
        *state = highlightLine(text, *state);
        // Whatever the definition left without a format is plain text.
        if (m_written < text.size())
            htmltext::appendEscaped(m_html, QStringView(text).mid(m_written));
        return m_html;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || offset < m_written)
            return;
        // Written straight into the fragment: a token at a time, no copies of its own.
        const QStringView text(m_text);
        if (offset > m_written)
            htmltext::appendEscaped(m_html, text.mid(m_written, offset - m_written));
        const QString &css = style(format);
        if (!css.isEmpty()) {
            m_html += QLatin1String("<span style=\"");
            m_html += css;
            m_html += QLatin1String("\">");
        }
        htmltext::appendEscaped(m_html, text.mid(offset, length));
        if (!css.isEmpty())
            m_html += QLatin1String("</span>");
        m_written = offset + length;
    }

private:
    // The inline style of a format, worked out once per format (the theme never changes).
    const QString &style(const KSyntaxHighlighting::Format &format)
    {
        auto found = m_styles.constFind(format.id());
        if (found == m_styles.constEnd())
            found = m_styles.insert(format.id(), makeStyle(format));
        return *found;
    }

    QString makeStyle(const KSyntaxHighlighting::Format &format) const
    {
        const KSyntaxHighlighting::Theme t = theme();
        if (format.isDefaultTextStyle(t))
            return {};
        QStringList css;
        if (format.hasTextColor(t))
            css.append(QLatin1String("color:") + format.textColor(t).name());
        if (format.hasBackgroundColor(t))
            css.append(QLatin1String("background-color:") + format.backgroundColor(t).name());
        if (format.isBold(t))
            css.append(QStringLiteral("font-weight:bold"));
        if (format.isItalic(t))
            css.append(QStringLiteral("font-style:italic"));
        if (format.isUnderline(t))
            css.append(QStringLiteral("text-decoration:underline"));
        else if (format.isStrikeThrough(t))
            css.append(QStringLiteral("text-decoration:line-through"));
        return css.join(QLatin1Char(';'));
    }

    QString m_text;
    QString m_html;
    int m_written = 0;
    QHash<quint16, QString> m_styles;
};

// One repository of definitions for every report (loading one costs tens of
// milliseconds), and one engine in its light theme; definitions load lazily, so every use
// holds the lock.
struct Highlighting
{
    Highlighting()
    {
        engine.setTheme(repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
    }

    // The definition for a path: the repository matches the file's name against every
    // definition's patterns, so the answer is kept per name.
    KSyntaxHighlighting::Definition definitionFor(const QString &path)
    {
        const QString name = QFileInfo(path).fileName();
        auto found = definitions.constFind(name);
        if (found == definitions.constEnd())
            found = definitions.insert(name, repository.definitionForFileName(name));
        return *found;
    }

    QMutex mutex;
    KSyntaxHighlighting::Repository repository;
    QHash<QString, KSyntaxHighlighting::Definition> definitions;
    FragmentHighlighter engine;
};

Highlighting &highlighting()
{
    static Highlighting instance;
    return instance;
}

// The lines of an excerpt highlighted, or empty when no definition matches its file.
QStringList highlightedLines(const Excerpt &excerpt, const QStringList &visible)
{
    Highlighting &shared = highlighting();
    const QMutexLocker lock(&shared.mutex);
    const KSyntaxHighlighting::Definition definition
        = shared.definitionFor(git::displayBytes(excerpt.path));
    if (!definition.isValid())
        return {};
    FragmentHighlighter &engine = shared.engine;
    engine.setDefinition(definition);
    KSyntaxHighlighting::State state;
    QStringList lines;
    for (const QString &text : visible) {
        if (text.size() > ExcerptHtml::MaximumHighlightedLineLength)
            lines.append(htmltext::escape(text));
        else
            lines.append(engine.line(text, &state));
    }
    return lines;
}

#else

QStringList highlightedLines(const Excerpt &, const QStringList &)
{
    return {};
}

#endif

} // namespace

bool ExcerptHtml::canHighlight()
{
    return CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING;
}

QString ExcerptHtml::table(const Excerpt &excerpt, bool highlight)
{
    // Hidden characters in the code become visible markers before anything else.
    QStringList visible;
    visible.reserve(excerpt.lines.size());
    for (const QByteArray &line : excerpt.lines)
        visible.append(git::displayMultilineBytes(line));
    QStringList lines;
    if (highlight && canHighlight())
        lines = highlightedLines(excerpt, visible);
    const bool highlighted = !lines.isEmpty();
    if (!highlighted) {
        for (const QString &text : visible)
            lines.append(htmltext::escape(text));
    }

    QString html = QStringLiteral("<table class=\"code%1\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"1\">\n")
                       .arg(highlighted ? QStringLiteral(" highlighted") : QString());
    for (int i = 0; i < lines.size(); ++i) {
        const int number = excerpt.firstLine + i;
        const bool marked = number >= excerpt.findingFirstLine && number <= excerpt.findingLastLine;
        const QString background = marked
            ? QLatin1String("background-color:") + markedLineColor() + QLatin1Char(';')
            : QString();
        html += QStringLiteral("<tr%1><td class=\"number\" width=\"5%\" style=\"%2\">%3</td>"
                               "<td class=\"marker\" width=\"2%\" style=\"%2\">%4</td>"
                               "<td class=\"source\" width=\"93%\" style=\"%2\">%5</td></tr>\n")
                    .arg(marked ? QStringLiteral(" class=\"finding\"") : QString(), background,
                         QString::number(number),
                         marked ? QStringLiteral("\u25B6") : QStringLiteral("&nbsp;"), lines.at(i));
    }
    html += QLatin1String("</table>\n");
    return html;
}

} // namespace clearroom::package
