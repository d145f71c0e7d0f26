// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "decisionrules.h"

#include <QTest>

using namespace clearroom;
using package::ConsolidationDecision;
using package::Decision;
using package::DecisionRules;

namespace {

review::Finding finding(const QString &id, const QString &title, review::Severity severity)
{
    review::Finding f;
    f.id = id;
    f.title = title;
    f.severity = severity;
    f.cwe = 89;
    f.description = QStringLiteral("Input reaches the query.");
    return f;
}

} // namespace

class TestDecisionRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void departuresNameTheAuditor();
};

void TestDecisionRules::check_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<int>("sources");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("rationale");
    QTest::addColumn<QString>("problem"); // a word the message must contain, "" for none

    const int merge = int(Decision::Merge), keep = int(Decision::Keep),
              reject = int(Decision::Reject);
    const int high = int(review::Severity::High), critical = int(review::Severity::Critical);
    const QString title = QStringLiteral("SQL injection");
    // The two sources: Alice's (High) and Bob's (Critical), same title, CWE and text.
    QTest::newRow("merge agreeing with one, departing from the other, no rationale")
        << merge << 2 << title << critical << QString() << QStringLiteral("severity (Alice: High)");
    QTest::newRow("merge departing, with rationale")
        << merge << 2 << title << critical << QStringLiteral("Bob showed the exploit.")
        << QString();
    QTest::newRow("merge with blank rationale")
        << merge << 2 << title << critical << QStringLiteral("  \n ")
        << QStringLiteral("rationale");
    QTest::newRow("merge of one") << merge << 1 << title << high << QStringLiteral("x")
                                  << QStringLiteral("at least two");
    QTest::newRow("merge without title")
        << merge << 2 << QString() << critical << QStringLiteral("x") << QStringLiteral("title");
    QTest::newRow("keep as is") << keep << 1 << title << high << QString() << QString();
    QTest::newRow("keep with a new title, no rationale")
        << keep << 1 << QStringLiteral("Injection") << high << QString()
        << QStringLiteral("title (Alice: \"SQL injection\")");
    QTest::newRow("keep of two") << keep << 2 << title << high << QString()
                                 << QStringLiteral("exactly one");
    QTest::newRow("reject without reason")
        << reject << 1 << title << high << QString() << QStringLiteral("reason");
    QTest::newRow("reject with reason")
        << reject << 1 << title << high << QStringLiteral("Not reachable from outside.")
        << QString();
}

void TestDecisionRules::check()
{
    QFETCH(int, decision);
    QFETCH(int, sources);
    QFETCH(QString, title);
    QFETCH(int, severity);
    QFETCH(QString, rationale);
    QFETCH(QString, problem);

    const review::Finding alice
        = finding(QStringLiteral("a1"), QStringLiteral("SQL injection"), review::Severity::High);
    const review::Finding bob = finding(QStringLiteral("b1"), QStringLiteral("SQL injection"),
                                        review::Severity::Critical);
    ConsolidationDecision made;
    made.decision = Decision(decision);
    made.result.finding = alice;
    made.result.finding.title = title;
    made.result.finding.severity = review::Severity(severity);
    made.rationale = rationale;
    QVector<QPair<QString, const review::Finding *>> given;
    made.sources.append({QStringLiteral("p1"), QStringLiteral("a1"), QStringLiteral("Alice"), {}});
    given.append({QStringLiteral("Alice"), &alice});
    if (sources > 1) {
        made.sources.append(
            {QStringLiteral("p2"), QStringLiteral("b1"), QStringLiteral("Bob"), {}});
        given.append({QStringLiteral("Bob"), &bob});
    }
    const QString message = DecisionRules::check(made, given);
    if (problem.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.contains(problem), qPrintable(message));
}

void TestDecisionRules::departuresNameTheAuditor()
{
    const review::Finding alice
        = finding(QStringLiteral("a1"), QStringLiteral("SQL injection"), review::Severity::High);
    review::Finding result = alice;
    result.status = review::FindingStatus::Confirmed;
    result.cwe = 0;
    result.recommendation = QStringLiteral("Use bound parameters.");
    const QStringList departs
        = DecisionRules::departures(result, {{QStringLiteral("Alice"), &alice}});
    QCOMPARE(departs.size(), 3);
    QVERIFY2(departs.at(0).startsWith(QStringLiteral("status (Alice: ")),
             qPrintable(departs.at(0)));
    QCOMPARE(departs.at(1), QStringLiteral("CWE (Alice: CWE-89)"));
    QCOMPARE(departs.at(2), QStringLiteral("recommendation (differs from Alice)"));
    // A source the decision names but nobody imported is a refusal of its own.
    ConsolidationDecision kept;
    kept.decision = Decision::Keep;
    kept.result.finding = alice;
    kept.sources.append({QStringLiteral("p1"), QStringLiteral("a1"), QStringLiteral("Alice"), {}});
    QVERIFY(DecisionRules::check(kept, {}).contains(QStringLiteral("not among")));
}

QTEST_GUILESS_MAIN(TestDecisionRules)
#include "tst_decisionrules.moc"
