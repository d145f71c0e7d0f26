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

// KSyntaxHighlighting's engine finding the tokens of one line at a time, each with its
// format's look (the report's style sheet has a class for every format of the definitions
// its excerpts use: see ExcerptHtml's constructor).
class FragmentHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    // The looks by format id for the lines that follow.
    void setLooks(const QHash<quint16, int> *looks) { m_looks = looks; }

    void line(ExcerptLines::Line &line, KSyntaxHighlighting::State *state)
    {
        m_tokens = &line.tokens;
        m_written = 0;
        *state = highlightLine(line.text, *state);
        m_tokens = nullptr;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length <= 0 || offset < m_written)
            return;
        m_written = offset + length;
        if (m_looks) {
            const auto known = m_looks->constFind(format.id());
            if (known != m_looks->constEnd()) {
                m_tokens->append({offset, length, *known, QString()});
                return;
            }
        }
        // A format the style sheet does not know (which no definition should give): its
        // style inline; none for plain text.
        auto found = m_inlineStyles.constFind(format.id());
        if (found == m_inlineStyles.constEnd())
            found = m_inlineStyles.insert(format.id(), formatStyle(format, theme()));
        if (!found->isEmpty())
            m_tokens->append({offset, length, -1, *found});
    }

private:
    QVector<ExcerptLines::Token> *m_tokens = nullptr;
    int m_written = 0;
    const QHash<quint16, int> *m_looks = nullptr;
    QHash<quint16, QString> m_inlineStyles;
};

} // namespace

// The lines of a report's excerpts highlighted so far, each with the state it was
// highlighted from and the state it left: highlighting a line takes KSyntaxHighlighting
// tens of thousands of instructions, and a report's excerpts repeat many lines ("}",
// "return 0;", a project's idioms: a third of the lines of a review of a thousand
// findings). What a line's highlighting gives depends only on its definition, the state
// it starts in and its text, so a line found here with an equal state is not highlighted
// again. Used under the highlighting's lock; forgotten when it grows large.
struct HighlightedLines
{
    struct Entry
    {
        KSyntaxHighlighting::State before;
        KSyntaxHighlighting::State after;
        QVector<ExcerptLines::Token> tokens;
    };
    static constexpr int MaximumLines = 100000;
    QHash<QString, QHash<QString, QVector<Entry>>> byDefinition;
    int count = 0;
};

namespace {

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

// The tokens of an excerpt's lines; false when no definition matches its file.
bool highlight(const Excerpt &excerpt, ExcerptLines &lines, const QHash<quint16, int> &looks,
               HighlightedLines &highlighted)
{
    Highlighting &shared = highlighting();
    const QMutexLocker lock(&shared.mutex);
    const KSyntaxHighlighting::Definition definition
        = shared.definitionFor(git::displayBytes(excerpt.path));
    if (!definition.isValid())
        return false;
    FragmentHighlighter &engine = shared.engine;
    engine.setDefinition(definition);
    engine.setLooks(&looks);
    if (highlighted.count > HighlightedLines::MaximumLines) {
        highlighted.byDefinition.clear();
        highlighted.count = 0;
    }
    auto &known = highlighted.byDefinition[definition.name()];
    KSyntaxHighlighting::State state;
    for (ExcerptLines::Line &line : lines.lines) {
        if (line.text.size() > ExcerptHtml::MaximumHighlightedLineLength)
            continue;
        QVector<HighlightedLines::Entry> &same = known[line.text];
        const auto found = std::find_if(
            same.cbegin(), same.cend(),
            [&state](const HighlightedLines::Entry &entry) { return entry.before == state; });
        if (found != same.cend()) {
            line.tokens = found->tokens;
            state = found->after;
            continue;
        }
        const KSyntaxHighlighting::State before = state;
        engine.line(line, &state);
        same.append({before, state, line.tokens});
        ++highlighted.count;
    }
    engine.setLooks(nullptr);
    return true;
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

} // namespace

struct HighlightedLines
{
};

namespace {

bool highlight(const Excerpt &, ExcerptLines &, const QHash<quint16, int> &, HighlightedLines &)
{
    return false;
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
    , m_highlighted(std::make_shared<HighlightedLines>())
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
    for (int i = 0; i < looks.size(); ++i) {
        m_styleSheet += QLatin1String("span.") + className(i) + QLatin1String(" { ") + looks.at(i)
            + QLatin1String(" }\n");
        m_openingTags.append(QLatin1String("<span class=\"") + className(i) + QLatin1String("\">"));
    }
    for (auto it = styles.constBegin(); it != styles.constEnd(); ++it)
        m_looks.insert(
            it.key(),
            int(std::lower_bound(looks.begin(), looks.end(), it.value()) - looks.begin()));
}

QString ExcerptHtml::className(int look)
{
    return QLatin1String("hl") + QString::number(look + 1);
}

bool ExcerptHtml::canHighlight()
{
    return CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING;
}

ExcerptLines ExcerptHtml::lines(const Excerpt &excerpt) const
{
    ExcerptLines lines;
    lines.lines.reserve(excerpt.lines.size());
    for (int i = 0; i < excerpt.lines.size(); ++i) {
        const int number = excerpt.firstLine + i;
        // Hidden characters in the code become visible markers before anything else.
        lines.lines.append({number,
                            number >= excerpt.findingFirstLine && number <= excerpt.findingLastLine,
                            git::displayMultilineBytes(excerpt.lines.at(i)),
                            {}});
    }
    // (An excerpt without lines was never called highlighted.)
    lines.highlighted = m_highlight && !lines.lines.isEmpty()
        && highlight(excerpt, lines, m_looks, *m_highlighted);
    return lines;
}

QString ExcerptHtml::table(const ExcerptLines &lines) const
{
    QString html = lines.highlighted
        ? QStringLiteral("<table class=\"code highlighted\" width=\"100%\" cellspacing=\"0\" "
                         "cellpadding=\"1\">\n")
        : QStringLiteral("<table class=\"code\" width=\"100%\" cellspacing=\"0\" "
                         "cellpadding=\"1\">\n");
    for (const ExcerptLines::Line &line : lines.lines) {
        // The marked lines' background comes from the style sheet (tr.finding).
        html += line.marked ? QLatin1String("<tr class=\"finding\">") : QLatin1String("<tr>");
        html += QLatin1String("<td class=\"number\" width=\"5%\">");
        html += QString::number(line.number);
        html += QLatin1String("</td><td class=\"marker\" width=\"2%\">");
        html += line.marked ? QStringLiteral("\u25B6") : QStringLiteral("&nbsp;");
        html += QLatin1String("</td><td class=\"source\" width=\"93%\">");
        const QStringView text(line.text);
        int written = 0;
        for (const ExcerptLines::Token &token : line.tokens) {
            htmltext::appendEscaped(html, text.mid(written, token.start - written));
            if (token.look >= 0)
                html += m_openingTags.at(token.look);
            else
                html += QLatin1String("<span style=\"") + token.inlineStyle + QLatin1String("\">");
            htmltext::appendEscaped(html, text.mid(token.start, token.length));
            html += QLatin1String("</span>");
            written = token.start + token.length;
        }
        htmltext::appendEscaped(html, text.mid(written));
        html += QLatin1String("</td></tr>\n");
    }
    html += QLatin1String("</table>\n");
    return html;
}

} // namespace clearroom::package
