// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Coverage in a workspace: marking and unmarking lines (ranges split and merged), each
// change with its audit entry, and bad input that changes nothing.
#include "auditverifier.h"
#include "coveragestore.h"
#include "reviewfixture.h"

#include <QtTest>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::coverageLines;
using clearroom::test::ReviewFixture;
using clearroom::test::workspaceState;

namespace {

using CoverageSpans = QVector<LineSpan>;

} // namespace

Q_DECLARE_METATYPE(CoverageSpans)

class TestCoverageStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coverageUnmarkSplitsRanges();
    void mergedSpans_data();
    void mergedSpans();
};

void TestCoverageStore::coverageUnmarkSplitsRanges()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    CoverageStore &coverage = workspace.coverage();
    const QString app = ReviewFixture::repositoryName();
    const QByteArray commit = fixture->commit("base").toHex();
    const auto spans = [&](const QByteArray &path) {
        CoverageSpans result;
        const auto ranges = coverage.ranges(app, commit, path);
        for (const CoverageRange &range : *ranges)
            result.append({range.startLine, range.endLine});
        return result;
    };
    const CoverageRange util = coverageLines("src/util.c", 1, 10);
    QVERIFY(coverage.mark(app, commit, {util, coverageLines("src/main.c", 1, 4)}));
    const qint64 entries = *AuditLog::size(workspace.database());
    const CoverageRange marked = coverage.ranges(app, commit, "src/util.c")->first();
    QCOMPARE(marked.reviewer, ReviewFixture::reviewerName());

    QVERIFY(coverage.unmark(app, commit, "src/util.c", {4, 6}));
    QCOMPARE(spans("src/util.c"), (CoverageSpans {{1, 3}, {7, 10}}));
    QCOMPARE(spans("src/main.c"), (CoverageSpans {{1, 4}}));
    QCOMPARE(*AuditLog::size(workspace.database()), entries + 1);
    // The parts that stay keep who marked them and when.
    const auto split = coverage.ranges(app, commit, "src/util.c");
    for (const CoverageRange &range : *split) {
        QCOMPARE(range.reviewer, marked.reviewer);
        QCOMPARE(range.marked, marked.marked);
    }

    // The edges, and lines not marked: no change, no entry.
    QVERIFY(coverage.unmark(app, commit, "src/util.c", {1, 1}));
    QVERIFY(coverage.unmark(app, commit, "src/util.c", {10, 12}));
    QCOMPARE(spans("src/util.c"), (CoverageSpans {{2, 3}, {7, 9}}));
    const QString state = workspaceState(workspace.database());
    QVERIFY(coverage.unmark(app, commit, "src/util.c", {4, 6}));
    QVERIFY(coverage.unmark(app, commit, "src/gone.c", {1, 6}));
    QCOMPARE(workspaceState(workspace.database()), state);

    // Marking over what is marked: the rows overlap, the lines are merged.
    QVERIFY(coverage.mark(app, commit, {coverageLines("src/util.c", 3, 8)}));
    QCOMPARE(CoverageStore::merged(spans("src/util.c")), (CoverageSpans {{2, 9}}));

    // Another repository than the review's is refused.
    auto unknown = coverage.mark(QStringLiteral("elsewhere"), commit, {util});
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("'elsewhere'")),
             qPrintable(unknown.errorMessage()));
    const QString before = workspaceState(workspace.database());
    QVERIFY(!coverage.mark(app, commit, {util, coverageLines("src/util.c", 5, 4)}));
    QCOMPARE(workspaceState(workspace.database()), before);

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
}

void TestCoverageStore::mergedSpans_data()
{
    QTest::addColumn<CoverageSpans>("spans");
    QTest::addColumn<CoverageSpans>("merged");
    QTest::newRow("none") << CoverageSpans {} << CoverageSpans {};
    QTest::newRow("one") << CoverageSpans {{3, 5}} << CoverageSpans {{3, 5}};
    QTest::newRow("adjacent") << CoverageSpans {{1, 3}, {4, 6}} << CoverageSpans {{1, 6}};
    QTest::newRow("overlapping") << CoverageSpans {{1, 5}, {3, 8}} << CoverageSpans {{1, 8}};
    QTest::newRow("nested") << CoverageSpans {{1, 10}, {3, 4}} << CoverageSpans {{1, 10}};
    QTest::newRow("gap of one line")
        << CoverageSpans {{1, 3}, {5, 6}} << CoverageSpans {{1, 3}, {5, 6}};
    QTest::newRow("unsorted") << CoverageSpans {{20, 30}, {1, 2}, {10, 12}, {2, 4}}
                              << CoverageSpans {{1, 4}, {10, 12}, {20, 30}};
    QTest::newRow("duplicates") << CoverageSpans {{7, 7}, {7, 7}} << CoverageSpans {{7, 7}};
}

void TestCoverageStore::mergedSpans()
{
    QFETCH(CoverageSpans, spans);
    QFETCH(CoverageSpans, merged);
    QCOMPARE(CoverageStore::merged(spans), merged);
}

QTEST_GUILESS_MAIN(TestCoverageStore)
#include "tst_coveragestore.moc"
