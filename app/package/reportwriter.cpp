// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reportwriter.h"

#include "cwecatalogue.h"
#include "excerpthtml.h"
#include "htmltext.h"
#include "pathquote.h"
#include "pdfrenderer.h"

#include <algorithm>
#include <array>

namespace clearroom::package {

using review::Finding;
using review::FindingLocation;
using review::FindingNames;
using review::FindingStatus;
using review::Severity;

namespace {

constexpr std::array<Severity, 5> worstFirst {Severity::Critical, Severity::High, Severity::Medium,
                                              Severity::Low, Severity::Info};
constexpr std::array<FindingStatus, 6> statuses {
    FindingStatus::Open,  FindingStatus::Confirmed,     FindingStatus::Disputed,
    FindingStatus::Fixed, FindingStatus::FalsePositive, FindingStatus::AcceptedRisk};

QString severityColor(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return QStringLiteral("#7b1010");
    case Severity::High:
        return QStringLiteral("#c0392b");
    case Severity::Medium:
        return QStringLiteral("#b9770e");
    case Severity::Low:
        return QStringLiteral("#1f618d");
    case Severity::Info:
        return QStringLiteral("#566573");
    }
    return QStringLiteral("#000000");
}

QString styleSheet()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; "
        "font-size: 10pt; color: #1a1a1a; }\n"
        "h1 { font-size: 18pt; margin-bottom: 2pt; }\n"
        "h2 { font-size: 14pt; margin-top: 18pt; border-bottom: 1px solid #999999; }\n"
        "h3 { font-size: 12pt; margin-top: 16pt; }\n"
        "h4 { font-size: 10pt; margin-top: 8pt; margin-bottom: 2pt; }\n"
        "p.subtitle { font-size: 13pt; margin-top: 0; }\n"
        "p.note, p.footer { color: #444444; font-size: 9pt; }\n"
        "table.facts th { text-align: left; vertical-align: top; padding-right: 10pt; }\n"
        "table.facts td { vertical-align: top; }\n"
        "table.grid { border-collapse: collapse; }\n"
        "table.grid th, table.grid td { border: 1px solid #b0b0b0; padding: 2pt 5pt; }\n"
        "table.grid th { background-color: #eeeeee; text-align: left; }\n"
        "td.count { text-align: right; }\n"
        "tr.total td { font-weight: bold; }\n"
        ".mono { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; }\n"
        ".text { white-space: pre-wrap; }\n"
        "p.path { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; "
        "margin-bottom: 2pt; }\n"
        "table.code { font-family: 'DejaVu Sans Mono', 'Liberation Mono', monospace; "
        "font-size: 8pt; border: 1px solid #c8c8c8; border-collapse: collapse; }\n"
        "table.code td { vertical-align: top; }\n"
        "table.code td.number { color: #6e6e6e; text-align: right; padding-right: 4pt; }\n"
        "table.code td.marker { color: #b9770e; padding-right: 4pt; }\n"
        "table.code td.source { white-space: pre-wrap; }\n"
        "div.comment { margin-left: 12pt; margin-bottom: 6pt; }\n"
        "p.comment-head { color: #444444; margin-bottom: 1pt; }\n");
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("\u2014");
    // From the stored form (quick to write, see timeToText()) where it has four-digit years.
    const QString stored = review::timeToText(time);
    if (stored.size() == 24 && stored.endsWith(QLatin1Char('Z')))
        return stored.left(10) + QLatin1Char(' ') + stored.mid(11, 8) + QLatin1String(" UTC");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

// A share with one decimal, by integer arithmetic: no locale or rounding surprises.
QString percentText(qint64 part, qint64 whole)
{
    const qint64 tenths = whole > 0 ? (part * 1000 + whole / 2) / whole : 0;
    return ReportWriter::tr("%1.%2 %", "a percentage: whole part, tenths")
        .arg(QString::number(tenths / 10), QString::number(tenths % 10));
}

QString fact(const QString &label, const QString &valueHtml)
{
    return QLatin1String("<tr><th>") + htmltext::escape(label) + QLatin1String("</th><td>")
        + valueHtml + QLatin1String("</td></tr>\n");
}

QString mono(const QString &textHtml)
{
    return QLatin1String("<span class=\"mono\">") + textHtml + QLatin1String("</span>");
}

QString hex(const QByteArray &digits)
{
    return mono(htmltext::bytes(digits));
}

QString severityHtml(Severity severity)
{
    return QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2</span>")
        .arg(severityColor(severity), htmltext::escape(FindingNames::severityText(severity)));
}

QString cweText(int cwe)
{
    if (cwe <= 0)
        return ReportWriter::tr("none");
    const auto entry = review::CweCatalogue::instance().find(cwe);
    return entry ? QStringLiteral("CWE-%1: %2").arg(QString::number(cwe), entry->name)
                 : QStringLiteral("CWE-%1").arg(cwe);
}

QString linesText(const FindingLocation &location)
{
    QString lines = location.startLine == location.endLine
        ? ReportWriter::tr("line %1").arg(location.startLine)
        : ReportWriter::tr("lines %1\u2013%2").arg(location.startLine).arg(location.endLine);
    if (location.startColumn > 0) {
        lines += QLatin1Char(' ')
            + ReportWriter::tr("(columns %1\u2013%2)")
                  .arg(location.startColumn)
                  .arg(location.endColumn);
    }
    return lines;
}

QString signatureSection(const PackageContent &content)
{
    QString html = QLatin1String("<h2>") + htmltext::escape(ReportWriter::tr("Signature"))
        + QLatin1String("</h2>\n<table class=\"facts\">\n");
    html += fact(ReportWriter::tr("Signed by"), htmltext::line(content.signer.name));
    html += fact(ReportWriter::tr("Certificate subject"), htmltext::line(content.signer.subject));
    html += fact(ReportWriter::tr("Certificate fingerprint (SHA-256)"),
                 hex(content.signer.fingerprint));
    html += fact(ReportWriter::tr("Created and signed"),
                 htmltext::escape(timeText(content.created)));
    html += fact(ReportWriter::tr("Meaning of the signature"), htmltext::line(content.meaning));
    html += fact(ReportWriter::tr("Package"), mono(htmltext::line(content.packageId)));
    html += fact(ReportWriter::tr("Previous package of this review"),
                 content.previousPackageId.isEmpty()
                     ? htmltext::escape(ReportWriter::tr("none"))
                     : mono(htmltext::line(content.previousPackageId)));
    html += fact(ReportWriter::tr("Made with"),
                 htmltext::line(QStringLiteral("Clearroom ") + content.toolVersion));
    html += QLatin1String("</table>\n<p class=\"note\">")
        + htmltext::escape(ReportWriter::tr(
            "The signature (manifest.json.p7s) covers manifest.json, which lists the SHA-256 "
            "digest of this report and of every other entry of the package. This report "
            "proves nothing by itself: verify the package with “clearroom-cli verify” "
            "or with OpenSSL as Clearroom's README describes."))
        + QLatin1String("</p>\n");
    return html;
}

QString repositoriesSection(const PackageContent &content)
{
    QString html = QLatin1String("<h2>")
        + htmltext::escape(ReportWriter::tr("Repositories and coverage"))
        + QLatin1String("</h2>\n<table class=\"grid\">\n<tr><th>")
        + htmltext::escape(ReportWriter::tr("Repository")) + QLatin1String("</th><th>")
        + htmltext::escape(ReportWriter::tr("Commit and tree reviewed"))
        + QLatin1String("</th><th>") + htmltext::escape(ReportWriter::tr("Files reviewed"))
        + QLatin1String("</th><th>") + htmltext::escape(ReportWriter::tr("Lines reviewed"))
        + QLatin1String("</th></tr>\n");
    for (const PackageRepository &repository : content.repositories) {
        const review::CoverageTotals &coverage = repository.coverage;
        const QString files
            = ReportWriter::tr("%1 of %2").arg(coverage.reviewedFiles).arg(coverage.files)
            + (coverage.partialFiles > 0 ? QLatin1Char(' ')
                       + ReportWriter::tr("(%n partly)", nullptr, coverage.partialFiles)
                                         : QString());
        const QString lines
            = ReportWriter::tr("%1 of %2 (%3)")
                  .arg(QString::number(coverage.reviewedLines), QString::number(coverage.lines),
                       percentText(coverage.reviewedLines, coverage.lines));
        html += QLatin1String("<tr><td>") + htmltext::line(repository.repository.name)
            + QLatin1String("<br>") + mono(htmltext::line(repository.repository.path))
            + QLatin1String("</td><td>") + htmltext::escape(ReportWriter::tr("commit"))
            + QLatin1Char(' ') + hex(repository.repository.commit) + QLatin1String("<br>")
            + htmltext::escape(ReportWriter::tr("tree")) + QLatin1Char(' ') + hex(repository.tree)
            + QLatin1String("</td><td class=\"count\">") + htmltext::escape(files)
            + QLatin1String("</td><td class=\"count\">") + htmltext::escape(lines)
            + QLatin1String("</td></tr>\n");
    }
    html += QLatin1String("</table>\n<p class=\"note\">")
        + htmltext::escape(
                ReportWriter::tr("Text files count; blank lines count for neither side."))
        + QLatin1String("</p>\n");
    return html;
}

QString countCell(const QString &id, int count)
{
    return QStringLiteral("<td class=\"count\" id=\"%1\">%2</td>").arg(id, QString::number(count));
}

QString summarySection(const PackageContent &content)
{
    int counts[5][6] = {};
    for (const PackageFinding &finding : content.findings)
        ++counts[4 - int(finding.finding.severity)][int(finding.finding.status)];

    QString html = QLatin1String("<h2>") + htmltext::escape(ReportWriter::tr("Summary"))
        + QLatin1String("</h2>\n<p>")
        + htmltext::escape(
                       ReportWriter::tr("%n finding(s).", nullptr, int(content.findings.size())))
        + QLatin1String("</p>\n<table class=\"grid summary\">\n<tr><th>")
        + htmltext::escape(ReportWriter::tr("Severity")) + QLatin1String("</th><th>")
        + htmltext::escape(ReportWriter::tr("All")) + QLatin1String("</th>");
    for (FindingStatus status : statuses)
        html += QLatin1String("<th>") + htmltext::escape(FindingNames::statusText(status))
            + QLatin1String("</th>");
    html += QLatin1String("</tr>\n");
    int statusTotals[6] = {};
    for (int row = 0; row < 5; ++row) {
        const Severity severity = worstFirst[size_t(row)];
        const QString key = FindingNames::severityKey(severity);
        int all = 0;
        QString cells;
        for (int column = 0; column < 6; ++column) {
            const FindingStatus status = statuses[size_t(column)];
            const int count = counts[row][int(status)];
            all += count;
            statusTotals[column] += count;
            cells += countCell(
                QStringLiteral("count-%1-%2").arg(key, FindingNames::statusKey(status)), count);
        }
        html += QLatin1String("<tr><td>") + severityHtml(severity) + QLatin1String("</td>")
            + countCell(QStringLiteral("count-") + key, all) + cells + QLatin1String("</tr>\n");
    }
    html += QLatin1String("<tr class=\"total\"><td>") + htmltext::escape(ReportWriter::tr("All"))
        + QLatin1String("</td>")
        + countCell(QStringLiteral("count-all"), int(content.findings.size()));
    for (int column = 0; column < 6; ++column)
        html += countCell(QStringLiteral("count-all-")
                              + FindingNames::statusKey(statuses[size_t(column)]),
                          statusTotals[column]);
    html += QLatin1String("</tr>\n</table>\n");

    // An index of the findings, linked to their sections.
    if (!content.findings.isEmpty()) {
        html += QLatin1String("<table class=\"grid index\">\n<tr><th>#</th><th>")
            + htmltext::escape(ReportWriter::tr("Severity")) + QLatin1String("</th><th>")
            + htmltext::escape(ReportWriter::tr("Status")) + QLatin1String("</th><th>")
            + htmltext::escape(ReportWriter::tr("Title")) + QLatin1String("</th></tr>\n");
        for (int i = 0; i < content.findings.size(); ++i) {
            const Finding &finding = content.findings.at(i).finding;
            // The PDF sets a link's text as text.
            const QString number = QStringLiteral("<a href=\"#finding-%1\">%1</a>").arg(i + 1);
            html += QStringLiteral(
                        "<tr><td class=\"count\">%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                        .arg(number, severityHtml(finding.severity),
                             htmltext::escape(FindingNames::statusText(finding.status)),
                             htmltext::line(finding.title));
        }
        html += QLatin1String("</table>\n");
    }
    return html;
}

QString textBlock(const QString &heading, const QString &text)
{
    QString html = QLatin1String("<h4>") + htmltext::escape(heading) + QLatin1String("</h4>\n");
    if (text.trimmed().isEmpty())
        return html + QLatin1String("<p class=\"note\">")
            + htmltext::escape(ReportWriter::tr("none")) + QLatin1String("</p>\n");
    return html + QLatin1String("<p class=\"text\">") + htmltext::paragraphs(text)
        + QLatin1String("</p>\n");
}

// A finding's section, appended to `html`; its excerpts' lines appended to `tables`, with
// where their tables are in `html`.
void appendFindingSection(QString &html, const PackageFinding &packageFinding, int number,
                          const ExcerptHtml &excerpts, QVector<ExcerptLines> &tables)
{
    const Finding &finding = packageFinding.finding;
    html += QStringLiteral("<h3><a name=\"finding-%1\"></a>%1. %2</h3>\n")
                .arg(QString::number(number), htmltext::line(finding.title));
    html += QLatin1String("<table class=\"facts\">\n");
    html += fact(ReportWriter::tr("Severity"), severityHtml(finding.severity));
    html += fact(ReportWriter::tr("Status"),
                 htmltext::escape(FindingNames::statusText(finding.status)));
    html += fact(ReportWriter::tr("Weakness"), htmltext::line(cweText(finding.cwe)));
    html += fact(ReportWriter::tr("Repository"),
                 htmltext::line(finding.repository) + QLatin1String(", ")
                     + htmltext::escape(ReportWriter::tr("commit")) + QLatin1Char(' ')
                     + hex(finding.commit));
    if (finding.anchorState != review::AnchorState::Original) {
        html += fact(ReportWriter::tr("Carried to this commit"),
                     htmltext::escape(FindingNames::anchorText(finding.anchorState)));
    }
    html += fact(ReportWriter::tr("Recorded by"), htmltext::line(finding.author));
    html += fact(ReportWriter::tr("Recorded"), htmltext::escape(timeText(finding.created)));
    html += fact(ReportWriter::tr("Last changed"), htmltext::escape(timeText(finding.updated)));
    html += fact(ReportWriter::tr("Finding id"), mono(htmltext::line(finding.id)));
    html += QLatin1String("</table>\n");

    html += textBlock(ReportWriter::tr("Description"), finding.description);
    html += textBlock(ReportWriter::tr("Recommendation"), finding.recommendation);

    html += QLatin1String("<h4>")
        + htmltext::escape(finding.locations.size() == 1 ? ReportWriter::tr("Location")
                                                         : ReportWriter::tr("Locations"))
        + QLatin1String("</h4>\n");
    for (int i = 0; i < finding.locations.size(); ++i) {
        const FindingLocation &location = finding.locations.at(i);
        QString where = htmltext::bytes(location.path) + QLatin1String(", ")
            + htmltext::escape(linesText(location));
        if (location.state != review::AnchorState::Original)
            where += QLatin1String(" (")
                + htmltext::escape(FindingNames::anchorText(location.state)) + QLatin1Char(')');
        html += QLatin1String("<p class=\"path\">") + where + QLatin1String("</p>\n");
        if (const Excerpt *excerpt = packageFinding.excerptFor(location)) {
            ExcerptLines lines = excerpts.lines(*excerpt);
            lines.htmlBegin = int(html.size());
            html += excerpts.table(lines);
            lines.htmlEnd = int(html.size());
            tables.append(std::move(lines));
        } else {
            html += QLatin1String("<p class=\"note\">")
                + htmltext::escape(ReportWriter::tr(
                    "No code of this location leaves the review room (egress policy)."))
                + QLatin1String("</p>\n");
        }
    }

    if (!packageFinding.comments.isEmpty()) {
        html += QLatin1String("<h4>") + htmltext::escape(ReportWriter::tr("Comments"))
            + QLatin1String("</h4>\n");
        for (const review::Comment &comment : packageFinding.comments) {
            html += QLatin1String("<div class=\"comment\"><p class=\"comment-head\">")
                + htmltext::line(comment.author) + QLatin1String(", ")
                + htmltext::escape(timeText(comment.created))
                + QLatin1String("</p><p class=\"text\">") + htmltext::paragraphs(comment.body)
                + QLatin1String("</p></div>\n");
        }
    }
}

} // namespace

QString ReportWriter::title(const PackageContent &content)
{
    return tr("Review report: %1").arg(content.review.name);
}

namespace {

QString opening(const PackageContent &content, const ExcerptHtml &excerpts)
{
    return QLatin1String("<!DOCTYPE html>\n<html lang=\"")
        + htmltext::escape(ReportWriter::tr("en", "the HTML language code of this translation"))
        + QLatin1String("\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                        "'none'; style-src 'unsafe-inline'\">\n"
                        "<meta name=\"generator\" content=\"Clearroom ")
        + htmltext::escape(content.toolVersion) + QLatin1String("\">\n<title>")
        + htmltext::line(ReportWriter::title(content)) + QLatin1String("</title>\n<style>\n")
        + styleSheet() + excerpts.styleSheet() + QLatin1String("</style>\n</head>\n<body>\n");
}

// Everything before the findings: the title, the additions' first page, the signature,
// the repositories, the summary and the findings' heading.
QString front(const PackageContent &content, const ReportAdditions &additions)
{
    QString html = QLatin1String("<h1>")
        + htmltext::escape(additions.heading.isEmpty() ? ReportWriter::tr("Review report")
                                                       : additions.heading)
        + QLatin1String("</h1>\n<p class=\"subtitle\">") + htmltext::line(content.review.name)
        + QLatin1String("</p>\n");
    html += additions.firstHtml;
    html += signatureSection(content);
    html += repositoriesSection(content);
    html += summarySection(content);
    html += QLatin1String("<h2>") + htmltext::escape(ReportWriter::tr("Findings"))
        + QLatin1String("</h2>\n");
    if (content.findings.isEmpty())
        html += QLatin1String("<p>")
            + htmltext::escape(ReportWriter::tr("The review recorded no findings."))
            + QLatin1String("</p>\n");
    return html;
}

QString findings(const PackageContent &content, const ReportAdditions &additions,
                 const ExcerptHtml &excerpts, int from, int to, QVector<ExcerptLines> &tables)
{
    QString html;
    for (int i = from; i < to; ++i) {
        appendFindingSection(html, content.findings.at(i), i + 1, excerpts, tables);
        html += additions.findingHtml.value(content.findings.at(i).finding.id);
    }
    return html;
}

QString ending()
{
    return QLatin1String("<p class=\"footer\">")
        + htmltext::escape(review::CweCatalogue::instance().attribution())
        + QLatin1String("</p>\n</body>\n</html>\n");
}

// Receives the report's HTML piece by piece, in order, with the lines of the excerpts whose
// tables are in the piece.
using PieceSink
    = std::function<Result<void>(const QString &html, const QVector<ExcerptLines> &tables)>;

Result<void> writePieces(const PackageContent &content, const ReportAdditions &additions,
                         const PieceSink &write)
{
    // Pieces of a few findings each: the whole report as one string would take about
    // three times its size in memory (UTF-16, then UTF-8).
    constexpr int findingsPerPiece = 32;
    const ExcerptHtml excerpts(content, content.highlighting);
    if (auto done = write(opening(content, excerpts) + front(content, additions), {}); !done)
        return done;
    const int count = int(content.findings.size());
    QVector<ExcerptLines> tables;
    for (int from = 0; from < count; from += findingsPerPiece) {
        const int to = std::min(count, from + findingsPerPiece);
        tables.clear();
        if (auto done = write(findings(content, additions, excerpts, from, to, tables), tables);
            !done)
            return done;
    }
    return write(ending(), {});
}

} // namespace

QByteArray ReportWriter::html(const PackageContent &content, const ReportAdditions &additions)
{
    QByteArray html;
    const Result<void> written
        = writeHtml(content, additions, [&html](const QByteArray &piece) -> Result<void> {
              html += piece;
              return {};
          });
    Q_ASSERT(written.ok()); // the piece collector above never fails
    return html;
}

Result<void> ReportWriter::writeHtml(const PackageContent &content,
                                     const ReportAdditions &additions, const HtmlSink &write)
{
    return writePieces(content, additions,
                       [&write](const QString &html, const QVector<ExcerptLines> &) {
                           return write(html.toUtf8());
                       });
}

Result<QByteArray> ReportWriter::pdf(const PackageContent &content,
                                     const ReportAdditions &additions)
{
    ReportJob job(content, additions);
    if (auto written = job.writeHtml([](const QByteArray &) -> Result<void> { return {}; });
        !written)
        return written.error();
    return job.takePdf();
}

namespace {

PdfMetadata pdfMetadata(const PackageContent &content, const ReportAdditions &additions)
{
    PdfMetadata metadata;
    metadata.title = git::displayBytes((additions.heading.isEmpty() ? ReportWriter::title(content)
                                                                    : additions.heading
                                                + QStringLiteral(": ") + content.review.name)
                                           .toUtf8());
    metadata.creator = QStringLiteral("Clearroom ") + content.toolVersion;
    metadata.created = content.created;
    return metadata;
}

} // namespace

ReportJob::ReportJob(const PackageContent &content, const ReportAdditions &additions)
    // Copies (implicitly shared, so cheap): the caller may change its own meanwhile.
    : m_content(content)
    , m_additions(additions)
    , m_pdf(std::make_unique<PdfRenderer>(pdfMetadata(content, additions)))
{
}

ReportJob::~ReportJob() = default;

Result<void> ReportJob::writeHtml(const ReportWriter::HtmlSink &write)
{
    // The PDF is made from the same pieces (the report's HTML is made once: highlighting
    // the excerpts is most of its cost), its excerpts set from their lines rather than
    // read back from their tables' HTML.
    return writePieces(m_content, m_additions,
                       [this, &write](const QString &html, const QVector<ExcerptLines> &tables) {
                           m_pdf->add(html, tables);
                           return write(html.toUtf8());
                       });
}

Result<void> ReportJob::writePdf(const PdfDocument::Sink &write)
{
    return m_pdf->finish(write);
}

Result<QByteArray> ReportJob::takePdf()
{
    return m_pdf->finish();
}

} // namespace clearroom::package
