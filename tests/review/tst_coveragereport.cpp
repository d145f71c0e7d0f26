// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors

// CoverageReport::compute reads the files of a commit on worker threads: every text file
// counted once, under its own path, and seen by the visitor in git's path order with its
// own blob and content; a file that cannot be read is named, and nothing after it is seen.

#include "coveragereport.h"
#include "fixturerepository.h"
#include "repository.h"
#include "reviewfixture.h"
#include "scratchdirectory.h"

#include <QRandomGenerator>
#include <QTest>

using namespace clearroom;
using namespace clearroom::review;
using namespace clearroom::test;

class TestCoverageReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsEveryTextFileInPathOrder();
    void namesAFileThatCannotBeRead();
    void stopsWhenCancelled();
    void lineIndexHasEveryLine_data();
    void lineIndexHasEveryLine();

private:
    ScratchDirectory m_scratch;
    QString m_path;
    // Every file committed, by path, with its content.
    QMap<QByteArray, QByteArray> m_files;
    QVector<CoverageRange> m_ranges;
};

void TestCoverageReport::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    m_path = m_scratch.filePath(QStringLiteral("many"));
    FixtureRepository fixture(m_path);
    QVERIFY(fixture.init());
    // Enough files that the workers run far ahead of the one seen, in folders at several
    // depths, with binary files, files of blank lines only, empty files and symbolic links
    // between them (which do not count).
    QRandomGenerator random(20261129);
    for (int i = 0; i < 700; ++i) {
        QByteArray path = "f" + QByteArray::number(i) + ".c";
        if (i % 3 == 1)
            path.prepend("sub" + QByteArray::number(i % 7) + '/');
        if (i % 5 == 2)
            path.prepend("deep/er/");
        QByteArray content;
        const int lines = int(random.bounded(60));
        for (int line = 0; line < lines; ++line) {
            if (random.bounded(4) == 0)
                content += random.bounded(2) ? "\n" : "  \t\n";
            else
                content += "line " + QByteArray::number(line) + " of " + path + '\n';
        }
        if (i % 11 == 5)
            content = "binary\0data\n" + content;
        if (i % 13 == 6)
            content = "\n\n   \n";
        if (i % 17 == 8)
            content.clear();
        QVERIFY(fixture.writeFile(path, content, i % 19 == 3));
        m_files.insert(path, content);
        if (i % 4 == 0 && lines > 2)
            m_ranges.append(coverageLines(path, 2, lines / 2));
    }
    QVERIFY(fixture.writeSymlink("link.c", "f0.c"));
    QVERIFY(fixture.commitAll("many files"));
}

void TestCoverageReport::countsEveryTextFileInPathOrder()
{
    auto repository = git::Repository::open(m_path);
    QVERIFY(repository.ok());
    auto head = repository->resolve("HEAD");
    QVERIFY(head.ok());
    FixtureRepository fixture(m_path);
    QByteArray listing;
    QVERIFY(fixture.git({"ls-tree", "-r", "HEAD"}, &listing));

    // What git lists, in its order: the text files, each with its blob.
    QByteArrayList expectedPaths;
    QList<QByteArray> expectedBlobs;
    for (const QByteArray &line : listing.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray path = line.mid(line.indexOf('\t') + 1);
        const QByteArrayList fields = line.left(line.indexOf('\t')).split(' ');
        if (fields.at(0) == "120000")
            continue;
        if (m_files.value(path).left(8000).contains('\0'))
            continue;
        expectedPaths.append(path);
        expectedBlobs.append(fields.at(2));
    }
    QVERIFY(expectedPaths.size() > 500);

    QByteArrayList seenPaths;
    QList<QByteArray> seenBlobs;
    bool contentsMatch = true;
    bool linesMatch = true;
    const auto report = CoverageReport::compute(
        *repository, head->id, m_ranges, nullptr,
        [&](const QByteArray &path, const git::ObjectId &blob, const QByteArray &content,
            const LineIndex &lines) {
            seenPaths.append(path);
            seenBlobs.append(blob.toHex());
            contentsMatch = contentsMatch && content == m_files.value(path);
            // The index handed over is the content's own: its lines, each up to and with
            // one newline (the last may lack it), make up the content again.
            QByteArray joined;
            for (int line = 1; line <= lines.lineCount(); ++line) {
                const QByteArray piece = lines.lines(content, line, line);
                const bool last = line == lines.lineCount();
                linesMatch = linesMatch
                    && piece.count('\n') == (last ? int(piece.endsWith('\n')) : 1)
                    && (last || piece.endsWith('\n'));
                joined += piece;
            }
            linesMatch = linesMatch && joined == content;
        });
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.errorMessage()));
    QCOMPARE(seenPaths, expectedPaths);
    QCOMPARE(seenBlobs, expectedBlobs);
    QVERIFY(contentsMatch);
    QVERIFY(linesMatch);

    // Each file measured on its own content with its own ranges.
    QHash<QByteArray, QVector<LineSpan>> spans;
    for (const CoverageRange &range : std::as_const(m_ranges))
        spans[range.path].append({range.startLine, range.endLine});
    QVector<FileCoverage> expected;
    CoverageTotals total;
    for (const QByteArray &path : std::as_const(expectedPaths)) {
        FileCoverage file = CoverageReport::measure(m_files.value(path), spans.value(path));
        if (file.lines == 0)
            continue;
        file.path = path;
        expected.append(file);
        total.add(file);
    }
    std::sort(expected.begin(), expected.end(),
              [](const FileCoverage &a, const FileCoverage &b) { return a.path < b.path; });
    QCOMPARE(report->files().size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(report->files().at(i).path, expected.at(i).path);
        QCOMPARE(report->files().at(i).lines, expected.at(i).lines);
        QCOMPARE(report->files().at(i).reviewedLines, expected.at(i).reviewedLines);
    }
    QCOMPARE(report->total().files, total.files);
    QCOMPARE(report->total().lines, total.lines);
    QCOMPARE(report->total().reviewedLines, total.reviewedLines);
    QVERIFY(total.reviewedLines > 0);
}

void TestCoverageReport::namesAFileThatCannotBeRead()
{
    const QString path = m_scratch.filePath(QStringLiteral("damaged"));
    FixtureRepository fixture(path);
    QVERIFY(fixture.init());
    for (int i = 0; i < 200; ++i)
        QVERIFY(fixture.writeFile("a" + QByteArray::number(1000 + i) + ".txt",
                                  "file " + QByteArray::number(i) + '\n'));
    QVERIFY(fixture.writeFile("b/lost.txt", "lost\n"));
    for (int i = 0; i < 200; ++i)
        QVERIFY(fixture.writeFile("c" + QByteArray::number(1000 + i) + ".txt",
                                  "file " + QByteArray::number(i) + '\n'));
    QVERIFY(fixture.commitAll("files"));
    QByteArray id;
    QVERIFY(fixture.removeLooseObject("HEAD:b/lost.txt", &id));

    auto repository = git::Repository::open(path);
    QVERIFY(repository.ok());
    auto head = repository->resolve("HEAD");
    QVERIFY(head.ok());
    QByteArrayList seen;
    const auto report = CoverageReport::compute(*repository, head->id, {}, nullptr,
                                                [&](const QByteArray &file, const git::ObjectId &,
                                                    const QByteArray &,
                                                    const LineIndex &) { seen.append(file); });
    QVERIFY(!report.ok());
    QVERIFY2(report.errorMessage().contains(QString::fromLatin1(id)),
             qPrintable(report.errorMessage()));
    QVERIFY2(report.errorMessage().contains(QStringLiteral("b/lost.txt")),
             qPrintable(report.errorMessage()));
    // The files before it in path order were seen, none after it.
    QCOMPARE(seen.size(), 200);
    QCOMPARE(seen.last(), QByteArray("a1199.txt"));
}

void TestCoverageReport::stopsWhenCancelled()
{
    auto repository = git::Repository::open(m_path);
    QVERIFY(repository.ok());
    auto head = repository->resolve("HEAD");
    QVERIFY(head.ok());
    std::atomic_bool cancel {false};
    int seen = 0;
    const auto report = CoverageReport::compute(
        *repository, head->id, m_ranges, &cancel,
        [&](const QByteArray &, const git::ObjectId &, const QByteArray &, const LineIndex &) {
            if (++seen == 10)
                cancel.store(true);
        });
    QVERIFY(!report.ok());
    QVERIFY2(report.errorMessage().contains(QStringLiteral("cancelled")),
             qPrintable(report.errorMessage()));
    QVERIFY(seen < 20);
}

QTEST_GUILESS_MAIN(TestCoverageReport)
// The lines a file has, as the coverage and the excerpts count them: a last line without
// a newline is a line; an empty file has none.
void TestCoverageReport::lineIndexHasEveryLine_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QByteArrayList>("lines");
    QTest::newRow("empty") << QByteArray() << QByteArrayList {};
    QTest::newRow("one line without a newline") << QByteArray("a") << QByteArrayList {"a"};
    QTest::newRow("one line") << QByteArray("a\n") << QByteArrayList {"a\n"};
    QTest::newRow("last without a newline") << QByteArray("a\nbc") << QByteArrayList {"a\n", "bc"};
    QTest::newRow("only newlines") << QByteArray("\n\n") << QByteArrayList {"\n", "\n"};
    QTest::newRow("CRLF and a NUL")
        << QByteArray("a\r\n\0b\n", 6) << QByteArrayList {"a\r\n", QByteArray("\0b\n", 3)};
}

void TestCoverageReport::lineIndexHasEveryLine()
{
    QFETCH(QByteArray, content);
    QFETCH(QByteArrayList, lines);
    const LineIndex index(content);
    QCOMPARE(index.lineCount(), lines.size());
    for (int line = 1; line <= index.lineCount(); ++line)
        QCOMPARE(index.lines(content, line, line), lines.at(line - 1));
    QCOMPARE(index.lines(content, 1, index.lineCount()), content);
}

#include "tst_coveragereport.moc"
