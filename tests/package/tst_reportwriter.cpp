// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "buildconfig.h"
#include "cwecatalogue.h"
#include "excerpthtml.h"
#include "packagecontentfixture.h"
#include "pathquote.h"
#include "pdfrenderer.h"
#include "process.h"
#include "reportwriter.h"
#include "scratchdirectory.h"
#include "translations.h"

#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTranslator>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::package;
using namespace clearroom::test;

namespace {

// The number in the summary cell of that id.
int count(const QByteArray &html, const QByteArray &id)
{
    const QRegularExpression cell(QStringLiteral("id=\"%1\">(\\d+)</td>")
                                      .arg(QRegularExpression::escape(QString::fromLatin1(id))));
    const auto match = cell.match(QString::fromUtf8(html));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// A tool installed by installer/setup-deps.sh: its absence is a failure, not a skip.
QByteArray tool(const char *name)
{
    return QFile::encodeName(QStandardPaths::findExecutable(QString::fromLatin1(name)));
}

// Bytes as text, all of them (fromLatin1 of a QByteArray stops at a NUL in Qt 5).
QString latin1(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.constData(), int(bytes.size()));
}

bool writeFile(const QString &name, const QByteArray &bytes)
{
    QFile file(name);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// `html` rendered as a PDF (as ReportWriter's HTML is) into `file`; false with `*error`
// where it could not be.
bool renderPdfFile(const QString &html, const QString &title, const QString &file, QString *error)
{
    PdfMetadata metadata;
    metadata.title = title;
    metadata.creator = QStringLiteral("tst_reportwriter");
    metadata.created = QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
    const auto pdf = PdfRenderer::render(html, metadata);
    if (!pdf) {
        *error = pdf.errorMessage();
        return false;
    }
    if (!writeFile(file, *pdf)) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    return true;
}

// A report page of one paragraph of `body`'s HTML.
QString paragraphHtml(const QString &body)
{
    return QStringLiteral("<html><head><title>t</title></head><body><p>") + body
        + QStringLiteral("</p></body></html>");
}

// The text poppler reads from a PDF.
QString pdfText(const QString &file)
{
    const ProcessResult text
        = runProcess(tool("pdftotext"), {"-enc", "UTF-8", QFile::encodeName(file), "-"});
    // Ligatures ("fi") come out as their own characters: compared decomposed.
    return text.ok()
        ? QString::fromUtf8(text.standardOutput).normalized(QString::NormalizationForm_KC)
        : QString();
}

// A word poppler reads from a PDF, with its box (points, from the top left of its page).
struct PdfWord
{
    QString text;
    int page = 0;
    double left = 0;
    double top = 0;
    double right = 0;
};

// The words of a PDF in reading order, as pdftotext -bbox gives them.
QVector<PdfWord> pdfWords(const QString &file)
{
    const ProcessResult boxes
        = runProcess(tool("pdftotext"), {"-enc", "UTF-8", "-bbox", QFile::encodeName(file), "-"});
    QVector<PdfWord> words;
    if (!boxes.ok())
        return words;
    const QRegularExpression word(
        QStringLiteral("<page |<word xMin=\"([-0-9.]+)\" yMin=\"([-0-9.]+)\" xMax=\"([-0-9.]+)\" "
                       "yMax=\"[-0-9.]+\">([^<]*)</word>"));
    int page = -1;
    for (auto it = word.globalMatch(QString::fromUtf8(boxes.standardOutput)); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(1).isEmpty()) {
            ++page;
            continue;
        }
        words.append({match.captured(4), page, match.captured(1).toDouble(),
                      match.captured(2).toDouble(), match.captured(3).toDouble()});
    }
    return words;
}

// The content streams of a PDF's pages, inflated (qpdf's QDF form).
QByteArray pdfContent(const QString &file, const QString &inflated)
{
    const ProcessResult qdf = runProcess(tool("qpdf"),
                                         {"--qdf", "--object-streams=disable",
                                          QFile::encodeName(file), QFile::encodeName(inflated)});
    return qdf.ok() ? readFile(inflated) : QByteArray();
}

} // namespace

// report.html and report.pdf: what the authority's reader sees of a package.
class TestReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!tool("qpdf").isEmpty(), "qpdf is missing: run installer/setup-deps.sh");
        QVERIFY2(!tool("pdftotext").isEmpty(), "pdftotext is missing: run installer/setup-deps.sh");
    }

    void hostileStringsAreEscaped()
    {
        const PackageContent content = hostilePackageContent();
        const QByteArray html = ReportWriter::html(content);
        for (const QByteArray &marker : hostileMarkers())
            QVERIFY2(!html.contains(marker), marker.toHex().constData());
        const QString text = QString::fromUtf8(html);
        // Shown, not dropped: escaped markup, visible bidi controls and bytes.
        QVERIFY(text.contains(QStringLiteral(
            "Admin check \u27e8RLO\u27e9/* &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; */")));
        QVERIFY(text.contains(
            QStringLiteral("Review &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;")));
        QVERIFY(text.contains(QStringLiteral("Eve &lt;img src=x onerror=alert(1)&gt;")));
        QVERIFY(text.contains(QStringLiteral("src/\\xFF\\xFE&lt;b&gt;&amp;amp;.cpp")));
        QVERIFY(text.contains(QStringLiteral("\u27e8LRI\u27e9hidden\u27e8ZWSP\u27e9"))
                || text.contains(QStringLiteral("\u27e8LRI\u27e9hidden\u27e8")));
        QVERIFY(text.contains(QStringLiteral("\\x01 bell")));
        QVERIFY(text.contains(QStringLiteral("&lt;/pre&gt;&lt;/td&gt;&lt;script&gt;evil()")));
        QVERIFY(text.contains(QStringLiteral("Mallory &lt;b&gt;")));
        // Code: markup escaped, hidden characters and bytes that are not UTF-8 visible.
        QVERIFY(text.contains(QStringLiteral("\\xC0\\xAF")));
        QVERIFY(text.contains(QStringLiteral("\\x1B[2J")));
        QVERIFY(text.contains(QStringLiteral("\u27e8RLO\u27e9")));
        QVERIFY(text.contains(QStringLiteral("alert(2)")));
        // Markdown is shown as typed: a link to javascript: stays text.
        QVERIFY(text.contains(QStringLiteral("[link](javascript:alert(1))")));
    }

    void onlyTheReportsOwnMarkup_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::addColumn<bool>("highlighting");
        QTest::newRow("sample") << false << false;
        QTest::newRow("sample, highlighted") << false << true;
        QTest::newRow("hostile") << true << false;
        QTest::newRow("hostile, highlighted") << true << true;
    }

    void onlyTheReportsOwnMarkup()
    {
        QFETCH(bool, hostile);
        QFETCH(bool, highlighting);
        PackageContent content = hostile ? hostilePackageContent() : samplePackageContent();
        content.highlighting = highlighting;
        const QString html = QString::fromUtf8(ReportWriter::html(content));
        // Every tag and attribute is one the report writes itself.
        const QSet<QString> tags {
            QStringLiteral("!doctype"), QStringLiteral("html"),  QStringLiteral("head"),
            QStringLiteral("meta"),     QStringLiteral("title"), QStringLiteral("style"),
            QStringLiteral("body"),     QStringLiteral("h1"),    QStringLiteral("h2"),
            QStringLiteral("h3"),       QStringLiteral("h4"),    QStringLiteral("p"),
            QStringLiteral("table"),    QStringLiteral("tr"),    QStringLiteral("th"),
            QStringLiteral("td"),       QStringLiteral("span"),  QStringLiteral("a"),
            QStringLiteral("br"),       QStringLiteral("div")};
        const QSet<QString> attributes {
            QStringLiteral("lang"),        QStringLiteral("charset"),
            QStringLiteral("http-equiv"),  QStringLiteral("content"),
            QStringLiteral("name"),        QStringLiteral("class"),
            QStringLiteral("style"),       QStringLiteral("id"),
            QStringLiteral("href"),        QStringLiteral("width"),
            QStringLiteral("cellspacing"), QStringLiteral("cellpadding")};
        const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*([^\\s>/]+)([^>]*)>"));
        const QRegularExpression attribute(QStringLiteral("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\""));
        int seen = 0;
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto match = it.next();
            ++seen;
            QVERIFY2(tags.contains(match.captured(1).toLower()), qPrintable(match.captured(0)));
            for (auto a = attribute.globalMatch(match.captured(2)); a.hasNext();) {
                const auto pair = a.next();
                QVERIFY2(attributes.contains(pair.captured(1).toLower()),
                         qPrintable(match.captured(0)));
                if (pair.captured(1) == QLatin1String("href"))
                    QVERIFY2(pair.captured(2).startsWith(QLatin1String("#finding-")),
                             qPrintable(match.captured(0)));
            }
        }
        QVERIFY(seen > 100);
        // Self-contained: nothing to fetch, nothing to run.
        for (const char *outside :
             {"://", "<script", "<link", "<img", "<iframe", "@import", "url("})
            QVERIFY2(!html.contains(QLatin1String(outside)), outside);
        QVERIFY(html.contains(QStringLiteral("default-src 'none'")));
    }

    void summaryCountsBySeverityAndStatus_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<int>("expected");
        QTest::newRow("critical") << QByteArray("count-critical") << 1;
        QTest::newRow("high") << QByteArray("count-high") << 2;
        QTest::newRow("medium") << QByteArray("count-medium") << 1;
        QTest::newRow("low") << QByteArray("count-low") << 1;
        QTest::newRow("info") << QByteArray("count-info") << 1;
        QTest::newRow("all") << QByteArray("count-all") << 6;
        QTest::newRow("high open") << QByteArray("count-high-open") << 1;
        QTest::newRow("high fixed") << QByteArray("count-high-fixed") << 1;
        QTest::newRow("high confirmed") << QByteArray("count-high-confirmed") << 0;
        QTest::newRow("critical confirmed") << QByteArray("count-critical-confirmed") << 1;
        QTest::newRow("medium disputed") << QByteArray("count-medium-disputed") << 1;
        QTest::newRow("low false positive") << QByteArray("count-low-false-positive") << 1;
        QTest::newRow("info accepted risk") << QByteArray("count-info-accepted-risk") << 1;
        QTest::newRow("all open") << QByteArray("count-all-open") << 1;
        QTest::newRow("all fixed") << QByteArray("count-all-fixed") << 1;
    }

    void summaryCountsBySeverityAndStatus()
    {
        QFETCH(QByteArray, id);
        QFETCH(int, expected);
        QCOMPARE(count(ReportWriter::html(samplePackageContent()), id), expected);
    }

    void summaryCountsFollowTheFindings()
    {
        PackageContent content = samplePackageContent();
        // Three more critical, confirmed findings.
        for (int i = 0; i < 3; ++i) {
            PackageFinding extra = content.findings.at(0);
            extra.finding.id = QStringLiteral("1a2b3c4d-0000-4000-8000-00000000010%1").arg(i);
            content.findings.insert(1, extra);
        }
        const QByteArray html = ReportWriter::html(content);
        QCOMPARE(count(html, "count-critical"), 4);
        QCOMPARE(count(html, "count-critical-confirmed"), 4);
        QCOMPARE(count(html, "count-all"), 9);
        QCOMPARE(count(html, "count-all-confirmed"), 4);
        QCOMPARE(severityCounts(content), (QVector<int> {4, 2, 1, 1, 1}));
        PackageContent none = content;
        none.findings.clear();
        const QByteArray empty = ReportWriter::html(none);
        QCOMPARE(count(empty, "count-all"), 0);
        QVERIFY(empty.contains("The review recorded no findings."));
    }

    void everyPartOfTheReport()
    {
        const PackageContent content = samplePackageContent();
        const QString html = QString::fromUtf8(ReportWriter::html(content));
        const QStringList expected {
            QStringLiteral("<title>Review report: Payment service, release 4.2</title>"),
            QStringLiteral("Ada Auditor"),
            QStringLiteral("CN=Ada Auditor,O=Review Authority,C=DE"),
            QString(64, QLatin1Char('f')),
            QStringLiteral("2026-03-02 10:30:00 UTC"),
            QStringLiteral("auditor attests these findings"),
            content.packageId,
            QStringLiteral("/srv/review/app"),
            QStringLiteral("3b18e512dba79e4c8300dd08aeb37f8e728b8dad"),
            QStringLiteral("4b825dc642cb6eb9a060e54bf8d69288fbee4904"),
            QStringLiteral("12 of 40 (5 partly)"),
            QStringLiteral("2750 of 8000 (34.4 %)"),
            QStringLiteral("120 of 120 (100.0 %)"),
            QStringLiteral("SQL injection in the account search"),
            QStringLiteral("CWE-89: Improper Neutralization of Special Elements used in an SQL "
                           "Command (&#39;SQL Injection&#39;)"),
            QStringLiteral("The `name` parameter is pasted into the query.<br><br>Any user"),
            QStringLiteral("Use a prepared statement with a bound parameter."),
            QStringLiteral("Reproduced with `&#39; OR 1=1 --`."),
            QStringLiteral("Bob Lead"),
            QStringLiteral("src/db/search.cpp, lines 42\u201343"),
            QStringLiteral("src/api/accounts.cpp, line 17"),
            QStringLiteral("web/greeting.js, line 8 (columns 5\u201344)"),
            QStringLiteral("decode.c, lines 30\u201331 (Moved)"),
            QStringLiteral("No code of this location leaves the review room (egress policy)."),
            QStringLiteral("<a href=\"#finding-6\">6</a>"),
            review::CweCatalogue::instance().attribution(),
        };
        for (const QString &part : expected)
            QVERIFY2(html.contains(part), qPrintable(part));
        // The finding's own lines are marked: two in the first excerpt, one in the second.
        const int firstFinding = html.indexOf(QStringLiteral("<a name=\"finding-1\">"));
        const int secondFinding = html.indexOf(QStringLiteral("<a name=\"finding-2\">"));
        QCOMPARE(html.mid(firstFinding, secondFinding - firstFinding)
                     .count(QStringLiteral("<tr class=\"finding\">")),
                 3);
        QVERIFY(html.contains(QStringLiteral("<td class=\"number\" width=\"5%\">40</td>")));
        // Their background is the style sheet's, not repeated in each cell.
        QVERIFY(html.contains(
            QStringLiteral("\ntable.code tr.finding td { background-color: #fff0b3; }\n")));
        QVERIFY(!html.contains(QStringLiteral("<td class=\"number\" width=\"5%\" style=")));
    }

    // A long report: nothing of it may be lost (its index is a table of many rows across
    // pages), and the pages are numbered across the whole document.
    void longPdfKeepsEveryFindingAndRow()
    {
        PackageContent content = samplePackageContent();
        const PackageFinding first = content.findings.at(0);
        for (int i = 0; i < 230; ++i) {
            PackageFinding extra = first;
            extra.finding.id
                = QStringLiteral("1a2b3c4d-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
            extra.finding.title = QStringLiteral("Extra finding number %1").arg(i);
            content.findings.append(extra);
        }
        auto pdf = ReportWriter::pdf(content);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.errorMessage()));
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("long.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*pdf);
        out.close();
        const QString text = pdfText(file);
        for (int i = 0; i < 230; ++i) {
            // Once in the index and once as a section.
            QCOMPARE(text.count(QStringLiteral("Extra finding number %1\n").arg(i)), 2);
        }
        const int pages = text.count(QLatin1Char('\f'));
        QVERIFY(pages > 12);
        QVERIFY2(text.contains(QStringLiteral("Page %1 of %1").arg(pages)),
                 qPrintable(text.right(200)));
    }

    // A consolidated report's additions (its first page, a decision under each finding)
    // are in the PDF as in the HTML: a long table of decisions runs over several pages,
    // its header row again on each, and nothing of it is lost.
    void pdfKeepsTheAdditions()
    {
        const PackageContent content = samplePackageContent();
        ReportAdditions additions;
        additions.heading = QStringLiteral("Consolidated review report");
        QString first
            = QStringLiteral("<h2>What each auditor found</h2>\n<table class=\"grid\">\n"
                             "<tr><th>Auditor</th><th>Package</th></tr>\n"
                             "<tr><td>Ada &amp; Bob</td><td><code>pkg-1</code></td></tr>\n"
                             "</table>\n<h2>What the lead decided</h2>\n"
                             "<table class=\"grid\">\n<tr><th>Decision</th>"
                             "<th>Rationale</th></tr>\n");
        for (int i = 0; i < 150; ++i)
            first += QStringLiteral("<tr><td>merged</td><td>Decision number %1<br>the same "
                                    "problem</td></tr>\n")
                         .arg(i);
        first += QStringLiteral("</table>\n");
        additions.firstHtml = first;
        for (const PackageFinding &finding : content.findings)
            additions.findingHtml.insert(
                finding.finding.id,
                QStringLiteral("<h4>Consolidation</h4>\n<table class=\"facts\">\n<tr><th>"
                               "Decision</th><td>kept for %1</td></tr>\n</table>\n")
                    .arg(finding.finding.id));
        auto pdf = ReportWriter::pdf(content, additions);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.errorMessage()));
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("consolidated.pdf"));
        QVERIFY(writeFile(file, *pdf));
        const QString text = pdfText(file);
        QVERIFY(text.startsWith(QStringLiteral("Consolidated review report")));
        QVERIFY(text.contains(QStringLiteral("What each auditor found")));
        QVERIFY(text.contains(QStringLiteral("Ada & Bob")));
        QVERIFY(text.contains(QStringLiteral("pkg-1")));
        for (int i = 0; i < 150; ++i)
            QCOMPARE(text.count(QStringLiteral("Decision number %1\n").arg(i)), 1);
        // The decisions' table spans pages: its header comes again on each.
        const int firstDecision = text.indexOf(QStringLiteral("Decision number 0\n"));
        const int lastDecision = text.indexOf(QStringLiteral("Decision number 149\n"));
        const int pagesOfTable
            = text.mid(firstDecision, lastDecision - firstDecision).count(QLatin1Char('\f'));
        QVERIFY(pagesOfTable >= 1);
        QCOMPARE(text.mid(firstDecision, lastDecision - firstDecision)
                     .count(QStringLiteral("Rationale")),
                 pagesOfTable);
        for (const PackageFinding &finding : content.findings)
            QVERIFY2(text.contains(QStringLiteral("kept for ") + finding.finding.id),
                     qPrintable(finding.finding.id));
        const int pages = text.count(QLatin1Char('\f'));
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void excerptsHighlightedWhereTheBuildCan()
    {
        PackageContent content = samplePackageContent();
        content.highlighting = true;
        const QString html = QString::fromUtf8(ReportWriter::html(content));
        const int code = html.indexOf(QStringLiteral("<table class=\"code"));
        QVERIFY(code > 0);
        const QString firstTable
            = html.mid(code, html.indexOf(QStringLiteral("</table>"), code) - code);
        if (CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING) {
            // KSyntaxHighlighting's C++ definition: the keyword "const" and the string.
            QVERIFY2(firstTable.startsWith(QStringLiteral("<table class=\"code highlighted\"")),
                     qPrintable(firstTable));
            // Each look of the highlighting is a class of the style sheet: no span repeats
            // its style inline.
            const auto keyword
                = QRegularExpression(QStringLiteral("<span class=\"(hl\\d+)\">const</span>"))
                      .match(firstTable);
            QVERIFY2(keyword.hasMatch(), qPrintable(firstTable));
            const QString rules = html.left(html.indexOf(QStringLiteral("</style>")));
            QVERIFY2(
                rules.contains(QRegularExpression(
                    QStringLiteral("\\nspan\\.%1 \\{ [^}]*(color:#|font-weight:bold)[^}]* \\}\\n")
                        .arg(keyword.captured(1)))),
                qPrintable(rules));
            QVERIFY(!firstTable.contains(QStringLiteral(" style=")));
        } else {
            // Without KSyntaxHighlighting: the same lines, escaped, without error.
            QVERIFY(firstTable.startsWith(QStringLiteral("<table class=\"code\"")));
            QVERIFY(!firstTable.contains(QStringLiteral("<span")));
        }
        // The text is all there, whatever spans surround its pieces.
        QString text = firstTable;
        text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        QVERIFY2(text.contains(QStringLiteral("const QString sql = &quot;SELECT * FROM accounts "
                                              "WHERE name = &#39;&quot; + name")),
                 qPrintable(text));
        // Asked not to highlight: plain in every build.
        content.highlighting = false;
        const QString plain = QString::fromUtf8(ReportWriter::html(content));
        QVERIFY(!plain.contains(QStringLiteral("code highlighted")));
        const int plainCode = plain.indexOf(QStringLiteral("<table class=\"code"));
        QVERIFY(
            !plain.mid(plainCode, plain.indexOf(QStringLiteral("</table>"), plainCode) - plainCode)
                 .contains(QStringLiteral("<span")));
    }

    // The PDF reads the highlighting's classes from the report's style sheet and marks the
    // finding's lines by their class: an excerpt comes out in the same colours, weights and
    // backgrounds as if every span and cell carried its style inline.
    void pdfTakesTheExcerptsLooksFromTheStyleSheet()
    {
        PackageContent content = samplePackageContent();
        content.highlighting = true;
        const QString html = QString::fromUtf8(ReportWriter::html(content));
        // The same report with each class's style inline, and its rules gone.
        QString inlined = html;
        const QRegularExpression rule(QStringLiteral("span\\.(hl\\d+) \\{ ([^}]*) \\}\\n"));
        int classes = 0;
        for (auto it = rule.globalMatch(html); it.hasNext(); ++classes) {
            const auto match = it.next();
            inlined.remove(match.captured(0));
            inlined.replace(QStringLiteral("<span class=\"%1\">").arg(match.captured(1)),
                            QStringLiteral("<span style=\"%1\">").arg(match.captured(2)));
        }
        // (A build without KSyntaxHighlighting has the marked lines' rule only.)
        QVERIFY(CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING ? classes > 3 : classes == 0);
        QVERIFY(!inlined.contains(QStringLiteral("class=\"hl")));
        // The marked lines' background, as each cell had it inline before.
        QVERIFY(inlined.contains(QStringLiteral("table.code tr.finding td {")));
        inlined.remove(
            QRegularExpression(QStringLiteral("table\\.code tr\\.finding td \\{[^}]*\\}\\n")));
        const QRegularExpression marked(QStringLiteral("<tr class=\"finding\">[^\\n]*</tr>"));
        for (auto match = marked.match(inlined); match.hasMatch();
             match = marked.match(inlined, match.capturedStart() + 1)) {
            QString row = match.captured(0);
            row.replace(QRegularExpression(QStringLiteral("( width=\"\\d+%\")>")),
                        QStringLiteral("\\1 style=\"background-color:#fff0b3;\">"));
            inlined.replace(match.capturedStart(), match.capturedLength(), row);
        }
        QVERIFY(
            inlined.contains(QStringLiteral("width=\"93%\" style=\"background-color:#fff0b3;\">")));
        QString plain = html;
        plain.replace(QRegularExpression(QStringLiteral("<span class=\"hl\\d+\">")),
                      QStringLiteral("<span>"));
        plain.replace(QStringLiteral("<tr class=\"finding\">"), QStringLiteral("<tr>"));
        // The metadata ReportWriter gives its PDF.
        PdfMetadata metadata;
        metadata.title = ReportWriter::title(content);
        metadata.creator = QStringLiteral("Clearroom ") + content.toolVersion;
        metadata.created = content.created;
        const auto fromClasses = PdfRenderer::render(html, metadata);
        const auto fromInline = PdfRenderer::render(inlined, metadata);
        const auto withoutColours = PdfRenderer::render(plain, metadata);
        QVERIFY(fromClasses && fromInline && withoutColours);
        QVERIFY(*fromClasses == *fromInline);
        QVERIFY(*fromClasses != *withoutColours);
        // And the report's own PDF is that one.
        const auto report = ReportWriter::pdf(content);
        QVERIFY(report);
        QVERIFY(*report == *fromInline);
    }

    // report.pdf sets the excerpts from their lines, not from their tables' HTML: the same
    // PDF, byte for byte, as when the whole report's HTML is read back.
    void pdfOfTheExcerptsLinesIsThePdfOfTheirHtml_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("highlighting");
        for (const char *kind : {"sample", "hostile", "odd lines"}) {
            QTest::addRow("%s", kind) << QString::fromLatin1(kind) << false;
            QTest::addRow("%s, highlighted", kind) << QString::fromLatin1(kind) << true;
        }
    }

    void pdfOfTheExcerptsLinesIsThePdfOfTheirHtml()
    {
        QFETCH(QString, kind);
        QFETCH(bool, highlighting);
        PackageContent content
            = kind == QLatin1String("hostile") ? hostilePackageContent() : samplePackageContent();
        ReportAdditions additions;
        if (kind == QLatin1String("odd lines")) {
            Excerpt &excerpt = content.findings[0].excerpts[0];
            excerpt.lines[0] = QByteArrayLiteral("\tint  a = 1;   \r");
            excerpt.lines[1] = QByteArrayLiteral("");
            excerpt.lines[2] = QByteArrayLiteral("  two\nlines &amp; <b> \"q\" 'a'  ");
            excerpt.lines.append(QByteArray(12000, 'x') + QByteArrayLiteral(" = \"long\";"));
            content.findings[1].excerpts[0].lines.clear();
            // A consolidated report's additions are HTML of their own, read as before.
            additions.firstHtml = QStringLiteral("<h2>First</h2>\n<p>page &amp; more</p>\n");
            additions.findingHtml.insert(content.findings[0].finding.id,
                                         QStringLiteral("<p class=\"note\">added</p>\n"));
        }
        content.highlighting = highlighting;
        // The metadata ReportJob gives its PDF.
        PdfMetadata metadata;
        metadata.title = git::displayBytes(ReportWriter::title(content).toUtf8());
        metadata.creator = QStringLiteral("Clearroom ") + content.toolVersion;
        metadata.created = content.created;
        const auto fromLines = ReportWriter::pdf(content, additions);
        const auto fromHtml = PdfRenderer::render(
            QString::fromUtf8(ReportWriter::html(content, additions)), metadata);
        QVERIFY2(fromLines, qPrintable(fromLines ? QString() : fromLines.errorMessage()));
        QVERIFY(fromHtml);
        QVERIFY(fromLines->size() > 1000);
        QVERIFY(*fromLines == *fromHtml);
    }

    // Excerpts repeat lines, and a line highlighted before is not highlighted again: only
    // where it starts in the same state. The same line inside a comment and outside it
    // keeps its own looks, whichever comes first.
    void repeatedLinesKeepTheirOwnLooks()
    {
        const auto excerptOf = [](const QVector<QByteArray> &lines) {
            Excerpt excerpt;
            excerpt.path = "src/main.c";
            excerpt.firstLine = 10;
            excerpt.lines = lines;
            excerpt.findingFirstLine = 10;
            excerpt.findingLastLine = 10 + int(lines.size()) - 1;
            return excerpt;
        };
        const QVector<Excerpt> excerpts {
            excerptOf({"/* start", "int value = 42; return \"text\";", "end */"}),
            excerptOf({"int value = 42; return \"text\";", "}"}),
            excerptOf({"#if 0", "int value = 42; return \"text\";", "#endif"}),
            excerptOf({"}", "int value = 42; return \"text\";"}),
        };
        PackageContent content = samplePackageContent();
        content.findings[0].excerpts = excerpts;
        const auto tokensOf = [](const ExcerptLines &lines) {
            QStringList tokens;
            for (const ExcerptLines::Line &line : lines.lines) {
                QString text;
                for (const ExcerptLines::Token &token : line.tokens)
                    text += QStringLiteral("%1+%2:%3%4 ")
                                .arg(token.start)
                                .arg(token.length)
                                .arg(token.look)
                                .arg(token.inlineStyle);
                tokens.append(text);
            }
            return tokens;
        };
        // Each excerpt alone, then all in one order and in the other.
        QVector<QStringList> alone;
        for (const Excerpt &excerpt : excerpts)
            alone.append(tokensOf(ExcerptHtml(content, true).lines(excerpt)));
        if (ExcerptHtml::canHighlight()) {
            QVERIFY(alone.at(0).at(1) != alone.at(1).at(0)); // in a comment, and not
            QCOMPARE(alone.at(1).at(0), alone.at(3).at(1));
        } else {
            // A build without KSyntaxHighlighting: plain lines, however often they come.
            QCOMPARE(alone.at(0).at(1), QString());
        }
        for (const bool reversed : {false, true}) {
            const ExcerptHtml shared(content, true);
            for (int i = 0; i < excerpts.size(); ++i) {
                const int at = reversed ? int(excerpts.size()) - 1 - i : i;
                const ExcerptLines lines = shared.lines(excerpts.at(at));
                QCOMPARE(lines.highlighted, ExcerptHtml::canHighlight());
                QCOMPARE(tokensOf(lines), alone.at(at));
            }
        }
    }

    void highlightedHostileCodeStaysEscaped()
    {
        PackageContent content = hostilePackageContent();
        content.highlighting = true;
        const QByteArray html = ReportWriter::html(content);
        for (const QByteArray &marker : hostileMarkers())
            QVERIFY2(!html.contains(marker), marker.toHex().constData());
        QVERIFY(html.contains("&lt;/pre&gt;&lt;script&gt;alert(2)&lt;/script&gt;")
                || html.contains("&lt;/pre&gt;&lt;script&gt;alert(2)"));
    }

    void sameContentSameHtml()
    {
        const QByteArray first = ReportWriter::html(samplePackageContent());
        QTest::qSleep(20);
        QCOMPARE(ReportWriter::html(samplePackageContent()), first);
        PackageContent changed = samplePackageContent();
        changed.findings[2].finding.title = QStringLiteral("Another title");
        QVERIFY(ReportWriter::html(changed) != first);
    }

    void htmlIsWrittenInPieces()
    {
        // An export writes the report piece by piece into its spool: the pieces together
        // are the report, each holds a few findings, and a refused piece stops the writing.
        PackageContent content = samplePackageContent();
        const QVector<PackageFinding> sample = content.findings;
        for (int copy = 1; content.findings.size() < 200; ++copy) {
            for (PackageFinding finding : sample) {
                finding.finding.id += QString::number(copy);
                content.findings.append(finding);
            }
        }
        QByteArrayList pieces;
        const Result<void> written
            = ReportWriter::writeHtml(content, {}, [&pieces](const QByteArray &piece) {
                  pieces.append(piece);
                  return Result<void>();
              });
        QVERIFY(written);
        const QByteArray whole = ReportWriter::html(content);
        QCOMPARE(pieces.join(), whole);
        QVERIFY2(pieces.size() >= 200 / 32 + 2, qPrintable(QString::number(pieces.size())));
        int largest = 0;
        for (const QByteArray &piece : std::as_const(pieces))
            largest = std::max(largest, int(piece.size()));
        QVERIFY2(largest * 4 < whole.size(), qPrintable(QString::number(largest)));

        int calls = 0;
        const Result<void> refused
            = ReportWriter::writeHtml(content, {}, [&calls](const QByteArray &) -> Result<void> {
                  if (++calls == 2)
                      return Error {QStringLiteral("the medium is full")};
                  return {};
              });
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), QStringLiteral("the medium is full"));
        QCOMPARE(calls, 2);
    }

    void pdfIsDeterministicAcrossProcessesAndTimeZones()
    {
        const auto inProcess = ReportWriter::pdf(samplePackageContent());
        QVERIFY2(inProcess.ok(), qPrintable(inProcess.ok() ? QString() : inProcess.errorMessage()));
        QTest::qSleep(1100); // the clock's seconds would show
        const auto again = ReportWriter::pdf(samplePackageContent());
        QVERIFY(again.ok());
        QCOMPARE(*again, *inProcess);

        // Other processes (another QHash seed each) in other time zones write the same bytes.
        ScratchDirectory dir;
        for (const char *zone : {"UTC", "America/St_Johns", "Asia/Kathmandu"}) {
            const QString file = dir.filePath(
                QString::fromLatin1(zone).replace(QLatin1Char('/'), QLatin1Char('-')));
            const ProcessResult written
                = runProcess(CLEARROOM_REPORT_PDF_WRITER, {QFile::encodeName(file), "sample"},
                             {"TZ=" + QByteArray(zone), "QT_QPA_PLATFORM=offscreen",
                              "LC_ALL=C.UTF-8", "HOME=" + qgetenv("HOME"),
                              "PATH=" + qgetenv("PATH"), "LD_PRELOAD=" + qgetenv("LD_PRELOAD"),
                              "CLEARROOM_NETGUARD_LOG=" + qgetenv("CLEARROOM_NETGUARD_LOG")});
            QVERIFY2(written.ok(), written.standardError.constData());
            const QByteArray bytes = readFile(file);
            if (bytes != *inProcess) {
                qsizetype at = 0;
                while (at < bytes.size() && at < inProcess->size()
                       && bytes.at(at) == inProcess->at(at))
                    ++at;
                QFAIL(qPrintable(
                    QStringLiteral("%1 differs from byte %2: %3")
                        .arg(QLatin1String(zone))
                        .arg(at)
                        .arg(QString::fromLatin1(bytes.mid(qMax<qsizetype>(0, at - 40), 80)))));
            }
        }

        // The times are the content's, not the clock's.
        QVERIFY(inProcess->contains("/CreationDate (D:20260302103000Z)"));
        QVERIFY(inProcess->contains("xmp:CreateDate=\"2026-03-02T10:30:00Z\""));
        const QRegularExpression id(QStringLiteral("/ID \\[ <([0-9a-f]{32})> <\\1> \\]"));
        QVERIFY(id.match(latin1(*inProcess)).hasMatch());
        // Another content, another document id and other bytes.
        PackageContent changed = samplePackageContent();
        changed.findings[0].finding.title += QStringLiteral(" (changed)");
        const auto other = ReportWriter::pdf(changed);
        QVERIFY(other.ok());
        QVERIFY(*other != *inProcess);
        QVERIFY(id.match(latin1(*other)).captured(1) != id.match(latin1(*inProcess)).captured(1));
    }

    void pdfIsValidAndReadable_data()
    {
        QTest::addColumn<bool>("hostile");
        QTest::newRow("sample") << false;
        QTest::newRow("hostile") << true;
    }

    void pdfIsValidAndReadable()
    {
        QFETCH(bool, hostile);
        const PackageContent content = hostile ? hostilePackageContent() : samplePackageContent();
        const auto pdf = ReportWriter::pdf(content);
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF-1.4"));
        // Links within the HTML report would be web addresses that lead nowhere in a PDF.
        QVERIFY(!pdf->contains("#finding-"));
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeFile(file, *pdf));
        // qpdf checks the structure: cross-reference offsets, streams, object syntax.
        const ProcessResult checked
            = runProcess(tool("qpdf"), {"--check", QFile::encodeName(file)});
        QVERIFY2(checked.ok(),
                 QByteArray(checked.standardOutput + checked.standardError).constData());
        QVERIFY(checked.standardOutput.contains("No syntax or stream encoding errors"));

        const QString text = pdfText(file);
        QVERIFY(text.contains(QStringLiteral("Review report")));
        if (hostile) {
            // What was escaped in HTML is shown as the text it is.
            QVERIFY2(text.contains(QStringLiteral("<script>alert('x')</script>")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("Eve <img src=x onerror=alert(1)>")));
            QVERIFY(text.contains(QStringLiteral("\u27e8RLO\u27e9")));
            QVERIFY(!text.contains(QChar(0x202E)));
        } else {
            for (const PackageFinding &finding : content.findings)
                QVERIFY2(text.contains(finding.finding.title), qPrintable(finding.finding.title));
            QVERIFY(text.contains(QStringLiteral("auditor attests these findings")));
            QVERIFY(text.contains(QStringLiteral("2026-03-02 10:30:00 UTC")));
            QVERIFY(text.contains(QStringLiteral("SELECT * FROM accounts")));
        }
    }

    // The PDF is set by Clearroom (HarfBuzz shapes the text, the fonts are embedded as
    // subsets): text in other scripts, a word wider than its line and tabs keep every
    // character, and every font is embedded as a subset with the text each glyph stands
    // for (else the report could not be searched or copied from).
    void pdfKeepsEveryCharacterAndEmbedsSubsets()
    {
        const QString longWord = QString(300, QLatin1Char('x')) + QStringLiteral("END");
        const QString html
            = QStringLiteral("<html><head><title>t</title></head><body><h1>Characters</h1>"
                             "<p>Grüße, Ελληνικά, Кириллица, ﺍﻟﻌﺮﺑﻴﺔ, e\u0301t\u00e9, ⟨RLO⟩</p>"
                             "<p class=\"path\">%1</p>"
                             "<table class=\"code\"><tr><td class=\"number\" width=\"5%\">7"
                             "</td><td class=\"source\" width=\"95%\">\tint a;\tint b;</td></tr>"
                             "</table><p>after <b>bold</b> <i>italic</i> <code>mono</code></p>"
                             "</body></html>")
                  .arg(longWord);
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("characters.pdf"));
        QString error;
        QVERIFY2(renderPdfFile(html, QStringLiteral("Characters"), file, &error),
                 qPrintable(error));
        const ProcessResult checked
            = runProcess(tool("qpdf"), {"--check", QFile::encodeName(file)});
        QVERIFY2(checked.ok(), checked.standardOutput.constData());

        const QString text = pdfText(file);
        for (const char *expected : {"Characters", "Grüße, Ελληνικά, Кириллица,", "⟨RLO⟩", "int a;",
                                     "int b;", "after", "bold", "italic", "mono", "Page 1 of 1"})
            QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
        // The long word is broken over lines, and nothing of it is lost.
        QVERIFY(!text.contains(longWord));
        QString joined = text;
        joined.remove(QLatin1Char('\n'));
        QVERIFY2(joined.contains(longWord), qPrintable(text));

        // Every font embedded, as a subset, with its text: pdffonts prints "yes yes yes".
        const ProcessResult fonts = runProcess(tool("pdffonts"), {QFile::encodeName(file)});
        QVERIFY2(fonts.ok(), fonts.standardError.constData());
        const QList<QByteArray> lines = fonts.standardOutput.trimmed().split('\n').mid(2);
        QSet<QByteArray> faces;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> columns = line.simplified().split(' ');
            QVERIFY2(columns.size() >= 8, line.constData());
            QVERIFY2(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+DejaVuSans"))
                         .match(QString::fromLatin1(columns.at(0)))
                         .hasMatch(),
                     line.constData());
            // "Custom": the font's own CMap of one- and two-byte codes (see
            // glyphsBelow128TakeOneByte()).
            QVERIFY2(line.simplified().contains("CID TrueType Custom yes yes yes"),
                     line.constData());
            faces.insert(columns.at(0).mid(7));
        }
        for (const char *face :
             {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSansMono"})
            QVERIFY2(faces.contains(face), face);
    }

    // The pages write the glyphs of Latin letters, digits and signs (ids below 128 in
    // DejaVu) in one byte each and the others in two, through each font's own CMap: a
    // run of one letter is a string of as many bytes as letters, and every glyph reads
    // back as its text, also those whose byte is a parenthesis or backslash (escaped)
    // and those of two bytes (Greek, the arrows of a bidirectional control's marker).
    void glyphsBelow128TakeOneByte()
    {
        const QString letters(40, QLatin1Char('a'));
        const QString text = QStringLiteral("%1 EFy (EF) \\yy Ελληνικά Grüße <code>E(y) "
                                            "μ=1</code> ⟨RLO⟩.")
                                 .arg(letters);
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("codes.pdf"));
        QString error;
        QVERIFY2(renderPdfFile(paragraphHtml(text), QStringLiteral("Codes"), file, &error),
                 qPrintable(error));
        const ProcessResult checked
            = runProcess(tool("qpdf"), {"--check", QFile::encodeName(file)});
        QVERIFY2(checked.ok(), checked.standardOutput.constData());
        const QString read = pdfText(file);
        for (const QString &expected :
             {letters, QStringLiteral("EFy (EF) \\yy Ελληνικά Grüße E(y) μ=1"),
              QStringLiteral("⟨RLO⟩")})
            QVERIFY2(read.contains(expected), qPrintable(read));

        const QByteArray content = pdfContent(file, dir.filePath(QStringLiteral("inflated.pdf")));
        QVERIFY(content.contains("/CMapName /Clearroom-OneByte-Identity-H"));
        QVERIFY(content.contains("<00> <7F> 0"));
        // The 40 letters in the page's content: 40 equal bytes (two bytes each would be
        // 80, every other one zero).
        const qsizetype page = content.indexOf("%% Contents for page 1");
        QVERIFY(page >= 0);
        const QByteArray drawn = content.mid(page, content.indexOf("endstream", page) - page);
        const QRegularExpression run(QStringLiteral("([^ ])\\1{39}"));
        QVERIFY2(run.match(QString::fromLatin1(drawn)).hasMatch(), drawn.constData());
    }

    // Words of two styles each ("a1" in one colour, "b1" in another), so many that the
    // setter's table of shaped words grows and refills while such a word is being set:
    // every word still comes out whole (a word's first piece was once read from the
    // table's old storage after the second piece made it grow).
    void wordsOfSeveralStylesSurviveTheWordTableRefilling()
    {
        constexpr int Words = 60000;
        QString body;
        body.reserve(Words * 80);
        for (int i = 0; i < Words; ++i) {
            body += QStringLiteral("<span style=\"color:#aa0000\">a%1</span>"
                                   "<span style=\"color:#0000aa\">b%1</span> ")
                        .arg(i);
        }
        const QString html = paragraphHtml(body);
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("words.pdf"));
        QString error;
        QVERIFY2(renderPdfFile(html, QStringLiteral("Words"), file, &error), qPrintable(error));
        const QString text = pdfText(file);
        QSet<QString> found;
        for (const QString &word :
             text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
            found.insert(word);
        int missing = 0;
        QString first;
        for (int i = 0; i < Words; ++i) {
            const QString word = QStringLiteral("a%1b%1").arg(i);
            if (!found.contains(word) && missing++ == 0)
                first = word;
        }
        QVERIFY2(
            missing == 0,
            qPrintable(QStringLiteral("%1 words not whole, the first %2").arg(missing).arg(first)));
    }

    // A paragraph whose every letter has a colour of its own (as a highlighted excerpt's
    // tokens have), with bold, italic and monospaced words among them, is drawn in a few
    // text objects, each run placed from where the run before left the text position; its
    // words come out where they are when every run is placed on its own (a background
    // behind each letter ends the text object, so each run starts with a Td), nothing
    // drifting or overlapping.
    void runsOfManyStylesSitWhereTheyWereLaidOut()
    {
        const QStringList words = {QStringLiteral("AVATAR"),
                                   QStringLiteral("<b>Wave</b>"),
                                   QStringLiteral("Tokyo"),
                                   QStringLiteral("<i>LATVIA</i>"),
                                   QStringLiteral("<code>x=y;</code>"),
                                   QStringLiteral("office"),
                                   QStringLiteral("y.T,"),
                                   QStringLiteral("<b>AV</b>To"),
                                   QStringLiteral("Yv<i>AW</i>"),
                                   QStringLiteral("\u00e9t\u00e9"),
                                   QStringLiteral("<code>int</code>V"),
                                   QStringLiteral("Fa.")};
        const QStringList colours
            = {QStringLiteral("#aa0000"), QStringLiteral("#0000aa"), QStringLiteral("#008800")};
        QString coloured;
        QString placed; // each letter in a text object of its own
        int letters = 0;
        for (int line = 0; line < 6; ++line) {
            for (const QString &word : words) {
                // Each letter outside the markup in a colour of its own.
                bool inTag = false;
                const QString spaced = word + QLatin1Char(' ');
                for (const QChar c : spaced) {
                    if (c == QLatin1Char('<'))
                        inTag = true;
                    if (inTag) {
                        coloured += c;
                        placed += c;
                    } else {
                        const QString &colour = colours[letters++ % colours.size()];
                        coloured
                            += QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour, c);
                        placed += QStringLiteral("<span style=\"color:%1; "
                                                 "background-color:#ffffff\">%2</span>")
                                      .arg(colour, c);
                    }
                    if (c == QLatin1Char('>'))
                        inTag = false;
                }
            }
        }
        const auto page = [](const QString &body) {
            return paragraphHtml(QStringLiteral("<b>Runs</b></p><p>") + body);
        };
        ScratchDirectory dir;
        const QString colouredFile = dir.filePath(QStringLiteral("coloured.pdf"));
        const QString placedFile = dir.filePath(QStringLiteral("placed.pdf"));
        QString error;
        QVERIFY2(renderPdfFile(page(coloured), QStringLiteral("Runs"), colouredFile, &error),
                 qPrintable(error));
        QVERIFY2(renderPdfFile(page(placed), QStringLiteral("Runs"), placedFile, &error),
                 qPrintable(error));
        const QByteArray content
            = pdfContent(colouredFile, dir.filePath(QStringLiteral("inflated.pdf")));
        QVERIFY(!content.isEmpty());
        // Hundreds of runs, a handful of text objects, colours from the palette.
        QVERIFY2(content.count("TJ") > 300, content.constData());
        QVERIFY2(content.count("\nBT\n") < 10, content.constData());
        QVERIFY(content.contains(" sc\n"));
        QVERIFY(!content.contains(" rg\n"));
        const QByteArray placedContent
            = pdfContent(placedFile, dir.filePath(QStringLiteral("placed-inflated.pdf")));
        QVERIFY(placedContent.count("\nBT\n") > 300);

        const QVector<PdfWord> expected = pdfWords(placedFile);
        const QVector<PdfWord> found = pdfWords(colouredFile);
        QCOMPARE(found.size(), expected.size());
        QVERIFY(expected.size() > words.size() * 6);
        for (int i = 0; i < found.size(); ++i) {
            const PdfWord &word = found[i];
            const QString where = QStringLiteral("word %1 \"%2\" at %3..%4, %5 (expected \"%6\" "
                                                 "at %7..%8, %9)")
                                      .arg(i)
                                      .arg(word.text)
                                      .arg(word.left, 0, 'f', 3)
                                      .arg(word.right, 0, 'f', 3)
                                      .arg(word.top, 0, 'f', 3)
                                      .arg(expected[i].text)
                                      .arg(expected[i].left, 0, 'f', 3)
                                      .arg(expected[i].right, 0, 'f', 3)
                                      .arg(expected[i].top, 0, 'f', 3);
            QVERIFY2(word.text == expected[i].text && word.page == expected[i].page,
                     qPrintable(where));
            QVERIFY2(std::abs(word.left - expected[i].left) < 0.002, qPrintable(where));
            QVERIFY2(std::abs(word.right - expected[i].right) < 0.002, qPrintable(where));
            QVERIFY2(std::abs(word.top - expected[i].top) < 0.002, qPrintable(where));
            // A word on the same line as the one before starts a space after it (the
            // footer's title and page number apart).
            if (i > 0 && word.top < 700 && found[i - 1].page == word.page
                && std::abs(found[i - 1].top - word.top) < 1) {
                const double gap = word.left - found[i - 1].right;
                QVERIFY2(gap > 1.5 && gap < 7, qPrintable(where));
            }
        }
    }

    // Spaces leave no ink: a space in a colour of its own (highlighted code has a token of
    // spaces between most others) goes on with the run before it, so the page is the very
    // same as with the space in its neighbours' colour; a space that is underlined or has a
    // background still shows them.
    void spacesGoOnWithTheRunBefore()
    {
        ScratchDirectory dir;
        int serial = 0;
        const auto content = [&](const QString &space) {
            const QString html
                = paragraphHtml(QStringLiteral("<span style=\"color:#aa0000\">foo</span>") + space
                                + QStringLiteral("<span style=\"color:#aa0000\">bar</span>"));
            const QString file = dir.filePath(QStringLiteral("spaces%1.pdf").arg(++serial));
            QString error;
            if (!renderPdfFile(html, QStringLiteral("Spaces"), file, &error))
                return QByteArray(error.toUtf8());
            // Without the file's identifier, which changes with any byte of it.
            QByteArray inflated
                = pdfContent(file, dir.filePath(QStringLiteral("inflated%1.pdf").arg(serial)));
            const qsizetype id = inflated.indexOf("\n  /ID [");
            if (id >= 0)
                inflated.remove(id, inflated.indexOf('\n', id + 1) - id);
            return inflated;
        };
        const QByteArray same = content(QStringLiteral("<span style=\"color:#aa0000\"> </span>"));
        QVERIFY(same.contains(" TJ\n") || same.contains("]TJ\n"));
        QCOMPARE(content(QStringLiteral("<span style=\"color:#0000aa\"> </span>")), same);
        QCOMPARE(content(QStringLiteral("<span style=\"color:#0000aa\">   </span>")).count("TJ"),
                 same.count("TJ"));
        QVERIFY(content(QStringLiteral("<span style=\"color:#0000aa\">x</span>")) != same);
        const QByteArray underlined = content(
            QStringLiteral("<span style=\"color:#0000aa; text-decoration:underline\"> </span>"));
        QVERIFY(underlined.count(" l S\n") > same.count(" l S\n"));
        const QByteArray behind
            = content(QStringLiteral("<span style=\"background-color:#ffff00\"> </span>"));
        QVERIFY(behind.count(" re f\n") > same.count(" re f\n"));
    }

    // The palette holds 256 colours: text in more colours than that still comes out in
    // each of them (the rest set as three numbers), the PDF still valid.
    void moreColoursThanThePaletteHolds()
    {
        QString body;
        for (int i = 0; i < 300; ++i)
            body += QStringLiteral("<span style=\"color:#%1\">w%2</span> ")
                        .arg(i * 7 + 0x100000, 6, 16, QLatin1Char('0'))
                        .arg(i);
        const QString html = paragraphHtml(body);
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("colours.pdf"));
        QString error;
        QVERIFY2(renderPdfFile(html, QStringLiteral("Colours"), file, &error), qPrintable(error));
        const ProcessResult checked
            = runProcess(tool("qpdf"), {"--check", QFile::encodeName(file)});
        QVERIFY2(checked.ok(), checked.standardOutput.constData());
        const QByteArray content = pdfContent(file, dir.filePath(QStringLiteral("inflated.pdf")));
        // The last of the 300 colours, as three numbers, after the palette's.
        QVERIFY(content.contains(" sc\n"));
        const QByteArray last = pdfNumber(0x10 / 255.0) + ' ' + pdfNumber(0x08 / 255.0) + ' '
            + pdfNumber(0x2d / 255.0) + " rg\n";
        QVERIFY(content.contains(last));
        const QString text = pdfText(file);
        for (int i = 0; i < 300; ++i)
            QVERIFY2(text.contains(QStringLiteral("w%1 ").arg(i))
                         || text.contains(QStringLiteral("w%1\n").arg(i)),
                     qPrintable(QString::number(i)));
    }

    void inTheLanguageOfTheUserInterface()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        installTranslations(*QCoreApplication::instance());
        const QString html = QString::fromUtf8(ReportWriter::html(samplePackageContent()));
        const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
        for (QTranslator *translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
        for (const char *german :
             {"<html lang=\"de\">", "<h1>Prüfbericht</h1>", "Bedeutung der Signatur",
              "2750 von 8000 (34,4 %)", "(5 teilweise)", "6 Befunde.", "Schweregrad", "Kritisch"})
            QVERIFY2(html.contains(QString::fromUtf8(german)), german);
        // What the signature attests stays in English: it is what was signed.
        QVERIFY(html.contains(QStringLiteral("auditor attests these findings")));
    }

    void pdfRefusesSubstituteFonts()
    {
        // A machine without the DejaVu fonts would set the report in whatever it has.
        ScratchDirectory dir;
        const QString config = dir.filePath(QStringLiteral("fonts.conf"));
        QVERIFY(writeFile(config,
                          "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM "
                          "\"fonts.dtd\">\n<fontconfig><dir>"
                              + QFile::encodeName(dir.filePath(QStringLiteral("none")))
                              + "</dir><cachedir>"
                              + QFile::encodeName(dir.filePath(QStringLiteral("cache")))
                              + "</cachedir></fontconfig>\n"));
        const QString file = dir.filePath(QStringLiteral("report.pdf"));
        const ProcessResult refused
            = runProcess(CLEARROOM_REPORT_PDF_WRITER, {QFile::encodeName(file), "sample"},
                         {"FONTCONFIG_FILE=" + QFile::encodeName(config),
                          "QT_QPA_PLATFORM=offscreen", "HOME=" + qgetenv("HOME"),
                          "PATH=" + qgetenv("PATH"), "LD_PRELOAD=" + qgetenv("LD_PRELOAD"),
                          "CLEARROOM_NETGUARD_LOG=" + qgetenv("CLEARROOM_NETGUARD_LOG")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains("fonts-dejavu-core"),
                 refused.standardError.constData());
        QVERIFY(!QFile::exists(file));
    }

    void pdfNeedsAGuiApplication()
    {
        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("report.pdf"));
        const ProcessResult refused
            = runProcess(CLEARROOM_REPORT_PDF_WRITER, {QFile::encodeName(file), "sample", "--core"},
                         {"PATH=" + qgetenv("PATH"), "LD_PRELOAD=" + qgetenv("LD_PRELOAD"),
                          "CLEARROOM_NETGUARD_LOG=" + qgetenv("CLEARROOM_NETGUARD_LOG")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains("offscreen"), refused.standardError.constData());
        QVERIFY(!QFile::exists(file));
    }
};

QTEST_MAIN(TestReportWriter)
#include "tst_reportwriter.moc"
