// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// findings.json and coverage.json, written straight into bytes, keep the bytes that
// QJsonDocument gave them before (the reference below is that former code): strings with
// control characters, quotes, non-BMP characters and lone surrogates, paths and lines of
// code that are not UTF-8, empty arrays, missing and present columns and CWEs.
#include "auditstate.h"
#include "coveragereport.h"
#include "findingjson.h"
#include "historybuilder.h"
#include "packageentries.h"
#include "repository.h"
#include "scratchdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

namespace {

// ---- The former QJsonDocument-based writer, kept as the reference.

QJsonValue referenceLine(const QByteArray &line)
{
    const QString text = QString::fromUtf8(line);
    if (text.toUtf8() == line)
        return text;
    return QJsonObject {{QStringLiteral("base64"), QString::fromLatin1(line.toBase64())}};
}

QJsonObject referenceReview(const review::ReviewInfo &info)
{
    return {{QStringLiteral("id"), info.id},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("reviewer"), info.reviewerName},
            {QStringLiteral("created"), review::timeToText(info.created)}};
}

QByteArray referenceFindings(const PackageContent &content)
{
    QJsonArray repositories;
    for (const PackageRepository &repository : content.repositories)
        repositories.append(QJsonObject {
            {QStringLiteral("name"), repository.repository.name},
            {QStringLiteral("commit"), QString::fromLatin1(repository.repository.commit)},
            {QStringLiteral("tree"), QString::fromLatin1(repository.tree)}});
    QJsonArray findings;
    for (const PackageFinding &packaged : content.findings) {
        QJsonObject finding = review::findingjson::finding(packaged.finding);
        QJsonArray comments;
        for (const review::Comment &comment : packaged.comments)
            comments.append(review::findingjson::comment(comment));
        finding.insert(QStringLiteral("comments"), comments);
        QJsonArray excerpts;
        for (const Excerpt &excerpt : packaged.excerpts) {
            QJsonArray lines;
            for (const QByteArray &line : excerpt.lines)
                lines.append(referenceLine(line));
            excerpts.append(
                QJsonObject {{QStringLiteral("path"), review::auditstate::pathValue(excerpt.path)},
                             {QStringLiteral("first_line"), excerpt.firstLine},
                             {QStringLiteral("finding_first_line"), excerpt.findingFirstLine},
                             {QStringLiteral("finding_last_line"), excerpt.findingLastLine},
                             {QStringLiteral("lines"), lines}});
        }
        finding.insert(QStringLiteral("excerpts"), excerpts);
        findings.append(finding);
    }
    return QJsonDocument(
               QJsonObject {{QStringLiteral("type"), QStringLiteral("clearroom-findings")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("review"), referenceReview(content.review)},
                            {QStringLiteral("repositories"), repositories},
                            {QStringLiteral("findings"), findings}})
        .toJson(QJsonDocument::Indented);
}

QByteArray referenceCoverage(const CollectedReview &collected)
{
    QJsonArray repositories;
    for (const RepositoryCoverage &coverage : collected.coverage) {
        QHash<QByteArray, QJsonArray> rangesOf;
        for (const review::CoverageRange &range : coverage.ranges)
            rangesOf[range.path].append(
                QJsonObject {{QStringLiteral("start_line"), range.startLine},
                             {QStringLiteral("end_line"), range.endLine},
                             {QStringLiteral("reviewer"), range.reviewer},
                             {QStringLiteral("marked"), review::timeToText(range.marked)}});
        QJsonArray files;
        for (const review::FileCoverage &file : coverage.report.files())
            files.append(
                QJsonObject {{QStringLiteral("path"), review::auditstate::pathValue(file.path)},
                             {QStringLiteral("lines"), file.lines},
                             {QStringLiteral("reviewed_lines"), file.reviewedLines},
                             {QStringLiteral("ranges"), rangesOf.value(file.path)}});
        const review::CoverageTotals &totals = coverage.report.total();
        repositories.append(QJsonObject {
            {QStringLiteral("name"), coverage.repository},
            {QStringLiteral("commit"), QString::fromLatin1(coverage.commit)},
            {QStringLiteral("total"),
             QJsonObject {{QStringLiteral("files"), totals.files},
                          {QStringLiteral("reviewed_files"), totals.reviewedFiles},
                          {QStringLiteral("partial_files"), totals.partialFiles},
                          {QStringLiteral("lines"), double(totals.lines)},
                          {QStringLiteral("reviewed_lines"), double(totals.reviewedLines)}}},
            {QStringLiteral("files"), files}});
    }
    return QJsonDocument(
               QJsonObject {{QStringLiteral("type"), QStringLiteral("clearroom-coverage")},
                            {QStringLiteral("version"), 1},
                            {QStringLiteral("review"), referenceReview(collected.content.review)},
                            {QStringLiteral("repositories"), repositories}})
        .toJson(QJsonDocument::Indented);
}

// ---- A rich fixture.

// Text with everything an escaper can get wrong.
QString odd(const QString &prefix)
{
    QString text
        = prefix + QStringLiteral(" \"quoted\" back\\slash /slash\ttab\nnew\rreturn\bback\fform ");
    for (char16_t c = 0; c < 0x20; ++c)
        text += QChar(c);
    text += QChar(0x7f);
    text += QStringLiteral(" Grüße € ");
    text += QString::fromUcs4(U"\U0001F600 \U00010400 ");
    text += QChar(0xd800); // a lone high surrogate
    text += QLatin1Char('x');
    text += QChar(0xdc00); // a lone low surrogate
    text += QStringLiteral(" \u2028\u2029 <script>&amp;");
    return text;
}

const QByteArray latin1Path = "src/caf\xe9.c";
const QByteArray emojiPath = "src/\xf0\x9f\x98\x80 and \"quotes\".c";
const QByteArray surrogatePath = "src/\xed\xa0\x80.c"; // CESU-8: not UTF-8

QDateTime at(int second)
{
    return QDateTime(QDate(2026, 11, 2), QTime(10, 30, second, 7), Qt::UTC);
}

review::FindingLocation location(const QByteArray &path, int start, int end, int column)
{
    review::FindingLocation location;
    location.path = path;
    location.blobId = QByteArray(40, 'a');
    location.startLine = start;
    location.endLine = end;
    location.startColumn = column;
    location.endColumn = column ? column + 4 : 0;
    location.excerptDigest = QByteArray(64, 'b');
    location.state = column ? review::AnchorState::Moved : review::AnchorState::Original;
    return location;
}

} // namespace

class TestPackageEntries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_directory.isValid());
        test::HistoryBuilder history;
        test::HistoryBuilder::Commit commit;
        commit.files.insert("src/main.c", "int a;\n\nint b;\nint c;\n");
        commit.files.insert(latin1Path, "x\ny\n");
        commit.files.insert(emojiPath, "one\ntwo\nthree\n");
        commit.files.insert(surrogatePath, "z\n");
        commit.files.insert("empty.txt", "\n\n");
        history.setBranch("main", history.commit(commit));
        const QString path = m_directory.filePath(QStringLiteral("repository"));
        QString error;
        QVERIFY2(history.create(path, true, &error), qPrintable(error));
        auto repository = git::Repository::open(path);
        QVERIFY(repository);
        auto head = repository->resolveCommit("main");
        QVERIFY(head);

        PackageContent &content = m_collected.content;
        content.review = {QStringLiteral("6f1c2a3e-0000-4000-8000-000000000001"),
                          odd(QStringLiteral("review")), odd(QStringLiteral("reviewer")),
                          QString(64, QLatin1Char('f')), at(1)};
        PackageRepository packaged;
        packaged.repository.name = odd(QStringLiteral("repository"));
        packaged.repository.commit = head->toHex();
        packaged.tree = QByteArray(40, 'c');
        content.repositories = {packaged, packaged};

        PackageFinding rich;
        rich.finding.id = QStringLiteral("f-1");
        rich.finding.repository = odd(QStringLiteral("repository"));
        rich.finding.commit = head->toHex();
        rich.finding.locations = {location("src/main.c", 1, 3, 0), location(latin1Path, 2, 2, 3),
                                  location(emojiPath, 1, 1, 0), location(surrogatePath, 1, 1, 0)};
        rich.finding.title = odd(QStringLiteral("title"));
        rich.finding.severity = review::Severity::Critical;
        rich.finding.cwe = 787;
        rich.finding.status = review::FindingStatus::Confirmed;
        rich.finding.description = odd(QStringLiteral("description"));
        rich.finding.recommendation = odd(QStringLiteral("recommendation"));
        rich.finding.author = odd(QStringLiteral("author"));
        rich.finding.authorFingerprint = QString(64, QLatin1Char('d'));
        rich.finding.created = at(2);
        rich.finding.updated = at(3);
        rich.finding.anchorState = review::AnchorState::Moved;
        rich.comments
            = {{QStringLiteral("c-1"), QStringLiteral("f-1"), odd(QStringLiteral("commenter")),
                at(4), odd(QStringLiteral("body"))},
               {QStringLiteral("c-2"), QStringLiteral("f-1"), QString(), at(5), QString()}};
        Excerpt excerpt;
        excerpt.path = latin1Path;
        excerpt.firstLine = 1;
        excerpt.findingFirstLine = 2;
        excerpt.findingLastLine = 2;
        excerpt.lines = {"int a; /* \"quoted\" \\ */",
                         QByteArray("nul\0byte\ttab", 12),
                         "caf\xe9",
                         "\xf0\x9f\x98\x80",
                         "\xed\xa0\x80",
                         "\xff\xfe",
                         "",
                         "\x7f\x01"};
        Excerpt plain;
        plain.path = emojiPath;
        plain.firstLine = 7;
        plain.findingFirstLine = 7;
        plain.findingLastLine = 7;
        plain.lines = {};
        rich.excerpts = {excerpt, plain};

        // A finding with empty fields, no CWE, no comments, no excerpts.
        PackageFinding bare;
        bare.finding.id = QStringLiteral("f-2");
        bare.finding.commit = head->toHex();
        bare.finding.locations = {location("src/main.c", 4, 4, 0)};
        bare.finding.severity = review::Severity::Info;
        content.findings = {rich, bare};

        QVector<review::CoverageRange> ranges;
        const auto range = [&](const QByteArray &file, int start, int end, const QString &who) {
            review::CoverageRange covered;
            covered.repository = packaged.repository.name;
            covered.commit = head->toHex();
            covered.path = file;
            covered.startLine = start;
            covered.endLine = end;
            covered.reviewer = who;
            covered.marked = at(start);
            ranges.append(covered);
        };
        // Unsorted, several per file, one for a file that does not count.
        range("src/main.c", 3, 4, odd(QStringLiteral("reviewer")));
        range(emojiPath, 1, 2, QStringLiteral("Ada"));
        range("src/main.c", 1, 1, QStringLiteral("Bob"));
        range(latin1Path, 1, 2, QString());
        range("empty.txt", 1, 2, QStringLiteral("Eve"));
        range(surrogatePath, 1, 1, QStringLiteral("Zoë"));
        auto report = review::CoverageReport::compute(*repository, *head, ranges);
        QVERIFY2(report, qPrintable(report ? QString() : report.errorMessage()));
        QVERIFY(report->files().size() >= 4);
        m_collected.coverage = {{packaged.repository.name, head->toHex(), *report, ranges},
                                {QStringLiteral("nothing reviewed"),
                                 QByteArray(40, 'e'),
                                 review::CoverageReport(),
                                 {}}};
    }

    void findingsJsonKeepsItsBytes()
    {
        const QByteArray expected = referenceFindings(m_collected.content);
        QVERIFY(expected.contains("\\u0001"));
        QVERIFY(expected.contains("\"base64\""));
        QVERIFY(expected.contains("\"bytes\""));
        QVERIFY(expected.contains("\"comments\": [\n"));
        compare(packageentries::findingsJson(m_collected.content), expected);
    }

    void findingsJsonInPieces()
    {
        // An export writes findings.json into its spool a few findings at a time: the
        // pieces are the bytes of the whole, and a refused piece stops the writing.
        PackageContent content = m_collected.content;
        const QVector<PackageFinding> sample = content.findings;
        QVERIFY(!sample.isEmpty());
        for (int copy = 1; content.findings.size() < 200; ++copy) {
            for (PackageFinding finding : sample) {
                finding.finding.id += QString::number(copy);
                content.findings.append(finding);
            }
        }
        QByteArrayList pieces;
        const Result<void> written = packageentries::writeFindingsJson(
            content, [&pieces](const QByteArray &piece) -> Result<void> {
                pieces.append(piece);
                return {};
            });
        QVERIFY(written);
        compare(pieces.join(), referenceFindings(content));
        QVERIFY2(pieces.size() >= 200 / 64 + 1, qPrintable(QString::number(pieces.size())));

        int calls = 0;
        const Result<void> refused = packageentries::writeFindingsJson(
            content, [&calls](const QByteArray &) -> Result<void> {
                ++calls;
                return Error {QStringLiteral("the medium is full")};
            });
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), QStringLiteral("the medium is full"));
        QCOMPARE(calls, 1);
    }

    void coverageJsonKeepsItsBytes()
    {
        const QByteArray expected = referenceCoverage(m_collected);
        QVERIFY(expected.contains("\"bytes\""));
        QVERIFY(expected.contains("\"files\": [\n"));
        compare(packageentries::coverageJson(m_collected), expected);
    }

    void emptyReviewKeepsItsBytes()
    {
        CollectedReview empty;
        compare(packageentries::findingsJson(empty.content), referenceFindings(empty.content));
        compare(packageentries::coverageJson(empty), referenceCoverage(empty));
    }

private:
    static void compare(const QByteArray &actual, const QByteArray &expected)
    {
        if (actual == expected)
            return;
        int at = 0;
        while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at))
            ++at;
        QFAIL(qPrintable(
            QStringLiteral("differs at byte %1:\nwritten:  %2\nexpected: %3")
                .arg(at)
                .arg(QString::fromLatin1(
                         actual.mid(qMax(0, at - 40), 80).toPercentEncoding(" \n\"{}[]:,")),
                     QString::fromLatin1(
                         expected.mid(qMax(0, at - 40), 80).toPercentEncoding(" \n\"{}[]:,")))));
    }

    test::ScratchDirectory m_directory;
    CollectedReview m_collected;
};

QTEST_MAIN(TestPackageEntries)
#include "tst_packageentries.moc"
