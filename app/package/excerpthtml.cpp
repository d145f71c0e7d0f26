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

#include <algorithm>
#include <utility>

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

// A format's look as CSS declarations ("color:#0057ae;font-weight:bold"); empty for the
// theme's default text, which needs no span.
QString formatStyle(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &t)
{
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

// KSyntaxHighlighting's engine writing one line at a time as escaped HTML, each token in a
// span of its format's class (the report's style sheet has a class for every format of the
// definitions its excerpts use: see ExcerptHtml's constructor).
class FragmentHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    // The opening tags by format id for the lines that follow.
    void setOpeningTags(const QHash<quint16, QString> *tags) { m_openingTags = tags; }

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
        const QString &tag = openingTag(format);
        m_html += tag;
        htmltext::appendEscaped(m_html, text.mid(offset, length));
        if (!tag.isEmpty())
            m_html += QLatin1String("</span>");
        m_written = offset + length;
    }

private:
    // The span a format's tokens are in: its class, or (for a format the style sheet does
    // not know, which no definition should give) its style inline; empty for plain text.
    const QString &openingTag(const KSyntaxHighlighting::Format &format)
    {
        if (m_openingTags) {
            const auto known = m_openingTags->constFind(format.id());
            if (known != m_openingTags->constEnd())
                return *known;
        }
        auto found = m_inlineTags.constFind(format.id());
        if (found == m_inlineTags.constEnd()) {
            const QString css = formatStyle(format, theme());
            found = m_inlineTags.insert(format.id(),
                                        css.isEmpty() ? QString()
                                                      : QLatin1String("<span style=\"") + css
                                                + QLatin1String("\">"));
        }
        return *found;
    }

    QString m_text;
    QString m_html;
    int m_written = 0;
    const QHash<quint16, QString> *m_openingTags = nullptr;
    QHash<quint16, QString> m_inlineTags;
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
QStringList highlightedLines(const Excerpt &excerpt, const QStringList &visible,
                             const QHash<quint16, QString> &openingTags)
{
    Highlighting &shared = highlighting();
    const QMutexLocker lock(&shared.mutex);
    const KSyntaxHighlighting::Definition definition
        = shared.definitionFor(git::displayBytes(excerpt.path));
    if (!definition.isValid())
        return {};
    FragmentHighlighter &engine = shared.engine;
    engine.setDefinition(definition);
    engine.setOpeningTags(&openingTags);
    KSyntaxHighlighting::State state;
    QStringList lines;
    for (const QString &text : visible) {
        if (text.size() > ExcerptHtml::MaximumHighlightedLineLength)
            lines.append(htmltext::escape(text));
        else
            lines.append(engine.line(text, &state));
    }
    engine.setOpeningTags(nullptr);
    return lines;
}

// The style of every format the excerpts' files may be highlighted with: the formats of
// their definitions and of the definitions those include (C++ includes Doxygen's, for
// one), by format id.
QHash<quint16, QString> formatStyles(const PackageContent &content)
{
    Highlighting &shared = highlighting();
    const QMutexLocker lock(&shared.mutex);
    QHash<QString, KSyntaxHighlighting::Definition> definitions;
    for (const PackageFinding &finding : content.findings) {
        for (const Excerpt &excerpt : finding.excerpts) {
            const KSyntaxHighlighting::Definition definition
                = shared.definitionFor(git::displayBytes(excerpt.path));
            if (definition.isValid() && !definitions.contains(definition.name())) {
                definitions.insert(definition.name(), definition);
                for (const KSyntaxHighlighting::Definition &included :
                     definition.includedDefinitions())
                    definitions.insert(included.name(), included);
            }
        }
    }
    const KSyntaxHighlighting::Theme theme = shared.engine.theme();
    QHash<quint16, QString> styles;
    for (const KSyntaxHighlighting::Definition &definition : std::as_const(definitions)) {
        for (const KSyntaxHighlighting::Format &format : definition.formats()) {
            const QString css = formatStyle(format, theme);
            if (!css.isEmpty())
                styles.insert(format.id(), css);
        }
    }
    return styles;
}

#else

QStringList highlightedLines(const Excerpt &, const QStringList &, const QHash<quint16, QString> &)
{
    return {};
}

QHash<quint16, QString> formatStyles(const PackageContent &)
{
    return {};
}

#endif

} // namespace

ExcerptHtml::ExcerptHtml(const PackageContent &content, bool highlight)
    : m_highlight(highlight && canHighlight())
    , m_styleSheet(QLatin1String("table.code tr.finding td { background-color: ")
                   + markedLineColor() + QLatin1String("; }\n"))
{
    if (!m_highlight)
        return;
    // A class per look, not per format (many formats look alike), named in the order of
    // their styles: the same content gets the same style sheet in every process, whatever
    // the ids the repository gave the formats.
    const QHash<quint16, QString> styles = formatStyles(content);
    QStringList looks = styles.values();
    std::sort(looks.begin(), looks.end());
    looks.erase(std::unique(looks.begin(), looks.end()), looks.end());
    QHash<QString, QString> classes;
    for (int i = 0; i < looks.size(); ++i) {
        const QString name = QLatin1String("hl") + QString::number(i + 1);
        classes.insert(looks.at(i), name);
        m_styleSheet += QLatin1String("span.") + name + QLatin1String(" { ") + looks.at(i)
            + QLatin1String(" }\n");
    }
    for (auto it = styles.constBegin(); it != styles.constEnd(); ++it)
        m_openingTags.insert(it.key(),
                             QLatin1String("<span class=\"") + classes.value(it.value())
                                 + QLatin1String("\">"));
}

bool ExcerptHtml::canHighlight()
{
    return CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING;
}

QString ExcerptHtml::table(const Excerpt &excerpt) const
{
    // Hidden characters in the code become visible markers before anything else.
    QStringList visible;
    visible.reserve(excerpt.lines.size());
    for (const QByteArray &line : excerpt.lines)
        visible.append(git::displayMultilineBytes(line));
    QStringList lines;
    if (m_highlight)
        lines = highlightedLines(excerpt, visible, m_openingTags);
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
        // The marked lines' background comes from the style sheet (tr.finding).
        html += QStringLiteral("<tr%1><td class=\"number\" width=\"5%\">%2</td>"
                               "<td class=\"marker\" width=\"2%\">%3</td>"
                               "<td class=\"source\" width=\"93%\">%4</td></tr>\n")
                    .arg(marked ? QStringLiteral(" class=\"finding\"") : QString(),
                         QString::number(number),
                         marked ? QStringLiteral("\u25B6") : QStringLiteral("&nbsp;"), lines.at(i));
    }
    html += QLatin1String("</table>\n");
    return html;
}

} // namespace clearroom::package
