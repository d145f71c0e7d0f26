// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "exportpreviewdocument.h"

#include "exportpreview.h"
#include "packagebuilder.h"
#include "pathquote.h"

#include <QFontDatabase>
#include <QTextCursor>
#include <QTextDocument>

namespace clearroom::ui {

namespace {

QString shown(const QString &text)
{
    return git::displayBytes(text.toUtf8());
}

class Writer
{
public:
    explicit Writer(QTextDocument &document)
        : m_cursor(&document)
    {
        m_code.setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_code.setFontFixedPitch(true);
        m_heading.setFontWeight(QFont::Bold);
        m_heading.setFontPointSize(m_heading.font().pointSizeF() * 1.15);
        m_strong.setFontWeight(QFont::Bold);
        m_flagged = m_code;
        m_flagged.setBackground(ExportPreviewDocument::warningBackground());
        m_own = m_code;
        m_own.setFontWeight(QFont::Bold);
    }

    void block(const QString &text, const QTextCharFormat &format)
    {
        if (!m_first)
            m_cursor.insertBlock();
        m_first = false;
        m_cursor.insertText(text, format);
    }
    void heading(const QString &text)
    {
        if (!m_first)
            block(QString(), m_plain);
        block(text, m_heading);
    }
    void line(const QString &text) { block(text, m_plain); }
    void strong(const QString &text) { block(text, m_strong); }
    void code(const QString &text, bool own) { block(text, own ? m_own : m_code); }
    void flagged(const QString &text) { block(text, m_flagged); }

private:
    QTextCursor m_cursor;
    bool m_first = true;
    QTextCharFormat m_plain;
    QTextCharFormat m_heading;
    QTextCharFormat m_strong;
    QTextCharFormat m_code;
    QTextCharFormat m_own;
    QTextCharFormat m_flagged;
};

QString fieldText(const QString &field)
{
    if (field == QLatin1String("title"))
        return ExportPreviewDocument::tr("title");
    if (field == QLatin1String("description"))
        return ExportPreviewDocument::tr("description");
    if (field == QLatin1String("recommendation"))
        return ExportPreviewDocument::tr("recommendation");
    if (field == QLatin1String("comment"))
        return ExportPreviewDocument::tr("comment");
    return field;
}

} // namespace

QColor ExportPreviewDocument::warningBackground()
{
    return QColor(0xff, 0xe0, 0x8a);
}

void ExportPreviewDocument::fill(QTextDocument &document, const package::PackageBuilder &builder)
{
    document.clear();
    Writer out(document);
    const package::PackageContent &content = builder.content();
    const package::CollectedReview &collected = builder.collected();

    int excerpts = 0;
    for (const package::PackageFinding &packaged : content.findings)
        excerpts += int(packaged.excerpts.size());
    out.heading(tr("Code that leaves the room (%Ln excerpt(s))", nullptr, excerpts));
    if (excerpts == 0)
        out.line(tr("None: the egress policy (%1) lets no code leave.")
                     .arg(collected.policy.description()));
    for (const package::PackageFinding &packaged : content.findings) {
        for (const package::Excerpt &excerpt : packaged.excerpts) {
            out.strong(QStringLiteral("[%1] %2 — %3")
                           .arg(review::FindingNames::severityText(packaged.finding.severity),
                                shown(packaged.finding.title),
                                package::ExportPreview::locationText(
                                    excerpt.path, excerpt.firstLine, excerpt.lastLine())));
            for (int i = 0; i < excerpt.lines.size(); ++i) {
                const int number = excerpt.firstLine + i;
                const bool own
                    = number >= excerpt.findingFirstLine && number <= excerpt.findingLastLine;
                out.code(QStringLiteral("%1 %2 | %3")
                             .arg(own ? QLatin1Char('>') : QLatin1Char(' '))
                             .arg(number, 6)
                             .arg(git::displayBytes(excerpt.lines.at(i))),
                         own);
            }
        }
    }

    out.heading(tr("Free text that looks like pasted code (%Ln place(s))", nullptr,
                   int(collected.flagged.size())));
    if (collected.flagged.isEmpty())
        out.line(tr("None found."));
    else
        out.line(tr("Pasted code is code: it leaves as written. Edit the finding if it must "
                    "not leave."));
    for (const package::FlaggedText &flagged : collected.flagged) {
        QString title;
        for (const package::PackageFinding &packaged : content.findings) {
            if (packaged.finding.id == flagged.findingId)
                title = shown(packaged.finding.title);
        }
        out.strong(tr("“%1”, %2, lines %3-%4")
                       .arg(title, fieldText(flagged.field))
                       .arg(flagged.run.firstLine)
                       .arg(flagged.run.lastLine));
        const QStringList lines = flagged.run.lines.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            out.flagged(QStringLiteral("! ") + shown(line));
    }
}

} // namespace clearroom::ui
