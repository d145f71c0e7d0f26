// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Duplicate proposals among several auditors' findings: the rule (same
// repository and path, overlapping lines, and a shared CWE or similar titles) case by
// case, and the sweep checked against comparing every pair on random findings.
#include "duplicategroups.h"

#include <QRandomGenerator>
#include <QTest>

#include <deque>

using namespace clearroom;
using namespace clearroom::package;

namespace {

const QByteArray commitA(40, 'a');
const QByteArray commitB(40, 'b');

review::Finding finding(const QString &title, const QByteArray &path, int start, int end,
                        int cwe = 0, const QByteArray &commit = commitA,
                        const QByteArray &blob = QByteArray(40, '1'))
{
    review::Finding finding;
    finding.id = title;
    finding.repository = QStringLiteral("vendor");
    finding.commit = commit;
    finding.title = title;
    finding.cwe = cwe;
    review::FindingLocation location;
    location.path = path;
    location.blobId = blob;
    location.startLine = start;
    location.endLine = end;
    finding.locations.append(location);
    return finding;
}

} // namespace

class TestDuplicateGroups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void titleSimilarity()
    {
        QCOMPARE(DuplicateGrouper::titleSimilarity(QStringLiteral("SQL injection in login"),
                                                   QStringLiteral("SQL Injection in the login")),
                 100);
        QCOMPARE(DuplicateGrouper::titleSimilarity(QStringLiteral("Buffer overflow"),
                                                   QStringLiteral("Hard-coded password")),
                 0);
        QCOMPARE(DuplicateGrouper::titleSimilarity(QStringLiteral("Weak hash for passwords"),
                                                   QStringLiteral("Weak hash")),
                 80); // 2 * 2 / (3 + 2)
        QCOMPARE(DuplicateGrouper::titleSimilarity(QString(), QStringLiteral("the")), 0);
    }

    void rule_data()
    {
        QTest::addColumn<int>("secondSource");
        QTest::addColumn<QString>("secondTitle");
        QTest::addColumn<QByteArray>("secondPath");
        QTest::addColumn<int>("secondStart");
        QTest::addColumn<int>("secondEnd");
        QTest::addColumn<int>("secondCwe");
        QTest::addColumn<QByteArray>("secondCommit");
        QTest::addColumn<QByteArray>("secondBlob");
        QTest::addColumn<bool>("grouped");
        const QByteArray blob(40, '1');
        const QByteArray otherBlob(40, '2');
        // The first finding: "SQL injection in login", src/db.c lines 10-20, CWE-89.
        QTest::newRow("same CWE, other title")
            << 1 << QStringLiteral("Unescaped query") << QByteArray("src/db.c") << 15 << 25 << 89
            << commitA << blob << true;
        QTest::newRow("similar title, no CWE")
            << 1 << QStringLiteral("SQL injection in the login form") << QByteArray("src/db.c")
            << 20 << 22 << 0 << commitA << blob << true;
        QTest::newRow("other CWE, other title")
            << 1 << QStringLiteral("Hard-coded password") << QByteArray("src/db.c") << 12 << 12
            << 798 << commitA << blob << false;
        QTest::newRow("touching, not overlapping")
            << 1 << QStringLiteral("SQL injection in login") << QByteArray("src/db.c") << 21 << 30
            << 89 << commitA << blob << false;
        QTest::newRow("other path")
            << 1 << QStringLiteral("SQL injection in login") << QByteArray("src/db.h") << 10 << 20
            << 89 << commitA << blob << false;
        QTest::newRow("same auditor")
            << 0 << QStringLiteral("SQL injection in login") << QByteArray("src/db.c") << 10 << 20
            << 89 << commitA << blob << false;
        QTest::newRow("other commit, same blob")
            << 1 << QStringLiteral("SQL injection in login") << QByteArray("src/db.c") << 10 << 20
            << 89 << commitB << blob << true;
        QTest::newRow("other commit, other blob")
            << 1 << QStringLiteral("SQL injection in login") << QByteArray("src/db.c") << 10 << 20
            << 89 << commitB << otherBlob << false;
    }

    void rule()
    {
        QFETCH(int, secondSource);
        QFETCH(QString, secondTitle);
        QFETCH(QByteArray, secondPath);
        QFETCH(int, secondStart);
        QFETCH(int, secondEnd);
        QFETCH(int, secondCwe);
        QFETCH(QByteArray, secondCommit);
        QFETCH(QByteArray, secondBlob);
        QFETCH(bool, grouped);
        const review::Finding first
            = finding(QStringLiteral("SQL injection in login"), "src/db.c", 10, 20, 89);
        const review::Finding second = finding(secondTitle, secondPath, secondStart, secondEnd,
                                               secondCwe, secondCommit, secondBlob);
        const QVector<GroupCandidate> candidates {{0, &first}, {secondSource, &second}};
        const auto groups = DuplicateGrouper::propose(candidates);
        QCOMPARE(groups.size(), grouped ? 1 : 0);
        if (grouped) {
            QCOMPARE(groups.first().members, QVector<int>({0, 1}));
            const QStringList reasons = groups.first().reasons(candidates);
            QCOMPARE(reasons.size(), 1);
            QVERIFY2(reasons.first().contains(QStringLiteral("of src/db.c overlap")),
                     qPrintable(reasons.first()));
            QVERIFY2(reasons.first().contains(secondCwe == 89 ? QStringLiteral("CWE-89")
                                                              : QStringLiteral("% alike")),
                     qPrintable(reasons.first()));
        }
    }

    void chainsAndDisagreements()
    {
        review::Finding a
            = finding(QStringLiteral("Integer overflow in parser"), "p.c", 1, 10, 190);
        review::Finding b = finding(QStringLiteral("Overflow of length"), "p.c", 8, 12, 190);
        review::Finding c = finding(QStringLiteral("Length overflow"), "p.c", 12, 14);
        review::Finding d = finding(QStringLiteral("Unrelated"), "q.c", 1, 10, 190);
        b.severity = review::Severity::High;
        const QVector<GroupCandidate> candidates {{0, &a}, {1, &b}, {2, &c}, {1, &d}};
        const auto groups = DuplicateGrouper::propose(candidates);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().members, QVector<int>({0, 1, 2}));
        QCOMPARE(groups.first().links.size(), 2);
        QVERIFY(groups.first().severityDiffers);
        QVERIFY(!groups.first().statusDiffers);
    }

    // The sweep finds exactly the links that comparing every pair finds, in any input order.
    void sweepEqualsEveryPair()
    {
        QRandomGenerator random(20261128);
        const QStringList words {QStringLiteral("buffer"),    QStringLiteral("overflow"),
                                 QStringLiteral("injection"), QStringLiteral("sql"),
                                 QStringLiteral("path"),      QStringLiteral("traversal"),
                                 QStringLiteral("weak"),      QStringLiteral("hash")};
        std::deque<review::Finding> findings;
        QVector<GroupCandidate> candidates;
        for (int i = 0; i < 600; ++i) {
            QString title;
            for (int w = 0, n = 1 + random.bounded(3); w < n; ++w)
                title += words.at(random.bounded(words.size())) + QLatin1Char(' ');
            const int start = 1 + random.bounded(200);
            findings.push_back(finding(title + QString::number(i % 3),
                                       "f" + QByteArray::number(random.bounded(4)), start,
                                       start + random.bounded(15), random.bounded(4) * 100,
                                       random.bounded(5) ? commitA : commitB,
                                       QByteArray(40, random.bounded(2) ? '1' : '2')));
            candidates.append({random.bounded(4), &findings.back()});
        }
        QSet<QPair<int, int>> expected;
        for (int i = 0; i < candidates.size(); ++i) {
            for (int j = i + 1; j < candidates.size(); ++j) {
                const review::Finding &x = *candidates.at(i).finding;
                const review::Finding &y = *candidates.at(j).finding;
                const auto &p = x.locations.first();
                const auto &q = y.locations.first();
                if (candidates.at(i).source != candidates.at(j).source && p.path == q.path
                    && p.startLine <= q.endLine && q.startLine <= p.endLine
                    && (x.commit == y.commit || p.blobId == q.blobId)
                    && ((x.cwe > 0 && x.cwe == y.cwe)
                        || DuplicateGrouper::titleSimilarity(x.title, y.title)
                            >= DuplicateGrouper::SimilarTitles))
                    expected.insert({i, j});
            }
        }
        QVERIFY(expected.size() > 50);
        QSet<QPair<int, int>> found;
        for (const DuplicateGroup &group : DuplicateGrouper::propose(candidates)) {
            for (const DuplicateLink &link : group.links)
                found.insert({link.first, link.second});
        }
        QCOMPARE(found, expected);

        // Reversed input: the same groups, by finding.
        QVector<GroupCandidate> reversed(candidates.crbegin(), candidates.crend());
        const auto idsOf
            = [](const QVector<DuplicateGroup> &groups, const QVector<GroupCandidate> &input) {
                  QSet<QStringList> sets;
                  for (const DuplicateGroup &group : groups) {
                      QStringList ids;
                      for (int member : group.members)
                          ids.append(input.at(member).finding->id);
                      ids.sort();
                      sets.insert(ids);
                  }
                  return sets;
              };
        QCOMPARE(idsOf(DuplicateGrouper::propose(reversed), reversed),
                 idsOf(DuplicateGrouper::propose(candidates), candidates));
    }
};

QTEST_GUILESS_MAIN(TestDuplicateGroups)
#include "tst_duplicategroups.moc"
