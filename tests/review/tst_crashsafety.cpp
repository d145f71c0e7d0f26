// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// A process adding findings is killed with SIGKILL at random points, 1,000 findings
// attempted in all: afterwards the workspace is sound, every finding whose add() had
// returned (its id printed) is there, at most the one in progress is there besides, and
// the audit chain verifies and agrees with the tables.
#include "auditverifier.h"
#include "database.h"
#include "findingstore.h"
#include "reviewfixture.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <chrono>
#include <thread>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::ReviewFixture;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomPoints();
    void writersAtOnce();
};

void TestCrashSafety::killedAtRandomPoints()
{
    constexpr int Attempts = 1000;
    // A seed of one's own (CLEARROOM_CRASH_SEED) repeats a run's kill points.
    const quint32 seed = qEnvironmentVariableIsSet("CLEARROOM_CRASH_SEED")
        ? quint32(qEnvironmentVariableIntValue("CLEARROOM_CRASH_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u", seed);
    QRandomGenerator random(seed);

    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    fixture->close();
    QSet<QString> printed;
    int attempted = 0;
    int kills = 0;
    int rounds = 0;
    int unprinted = 0;
    while (attempted < Attempts) {
        ++rounds;
        const int remaining = Attempts - attempted;
        // Killed while starting (before any add) now and then, otherwise after a few ids,
        // and a little later still: in the middle of the next add, at any point of it.
        const int killAfter = random.bounded(8) == 0 ? 0 : int(random.bounded(1, 60));
        const int delayMicroseconds = int(random.bounded(4000));
        QProcess writer;
        writer.start(QStringLiteral(CLEARROOM_WORKSPACE_WRITER),
                     {fixture->workspacePath(), QString::number(remaining)});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        QByteArray output;
        while (output.count('\n') < killAfter && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(100);
            output += writer.readAllStandardOutput();
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delayMicroseconds));
        const bool killed = writer.state() == QProcess::Running;
        if (killed) {
            writer.kill(); // SIGKILL
            ++kills;
        }
        if (writer.state() != QProcess::NotRunning)
            QVERIFY(writer.waitForFinished(10000));
        output += writer.readAllStandardOutput();
        if (!killed) {
            QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
            QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        } else {
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        }
        // Only whole lines: an id cut off by the kill was not printed.
        QByteArrayList lines = output.split('\n');
        lines.removeLast();
        for (const QByteArray &line : std::as_const(lines)) {
            QCOMPARE(line.size(), 36);
            printed.insert(QString::fromLatin1(line));
        }
        attempted += int(lines.size()) + (killed ? 1 : 0);

        auto workspace = Workspace::open(fixture->workspacePath());
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.errorMessage()));
        QCOMPARE(test::scalar((*workspace)->database(), QStringLiteral("PRAGMA integrity_check")),
                 QStringLiteral("ok"));
        const auto all = (*workspace)->findings().all();
        QVERIFY(all);
        QSet<QString> present;
        for (const Finding &finding : *all)
            present.insert(finding.id);
        const QSet<QString> lost = printed - present;
        QVERIFY2(
            lost.isEmpty(),
            qPrintable(QStringLiteral("round %1: %2 findings lost: ").arg(rounds).arg(lost.size())
                       + QStringList(lost.values()).join(QLatin1Char(' '))));
        // Besides, at most the add in progress at each kill.
        QVERIFY2(present.size() <= printed.size() + kills,
                 qPrintable(QStringLiteral("%1 findings, %2 printed, %3 kills")
                                .arg(present.size())
                                .arg(printed.size())
                                .arg(kills)));
        auto verified = AuditVerifier::verify(**workspace);
        QVERIFY2(verified,
                 qPrintable(QStringLiteral("round %1: %2")
                                .arg(rounds)
                                .arg(verified ? QString() : verified.errorMessage())));
        QCOMPARE(verified->entries, 2 + present.size());
        unprinted = int(present.size() - printed.size());
    }
    // Those are findings whose add committed but was killed before it printed the id.
    qInfo("%d rounds, %d kills, %d ids printed, %d findings more", rounds, kills,
          int(printed.size()), unprinted);
    QVERIFY(kills >= 10);
}

void TestCrashSafety::writersAtOnce()
{
    // Three programs adding to the same workspace at the same time: each waits for the
    // others' transactions, none fails, and the chain stays one.
    constexpr int Writers = 3;
    constexpr int Each = 60;
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    fixture->close();
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < Writers; ++i) {
        writers.push_back(std::make_unique<QProcess>());
        writers.back()->start(QStringLiteral(CLEARROOM_WORKSPACE_WRITER),
                              {fixture->workspacePath(), QString::number(Each)});
    }
    QSet<QString> printed;
    for (const auto &writer : writers) {
        QVERIFY(writer->waitForFinished(60000));
        QVERIFY2(writer->exitStatus() == QProcess::NormalExit && writer->exitCode() == 0,
                 writer->readAllStandardError().constData());
        const QByteArrayList lines = writer->readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), Each);
        for (const QByteArray &line : lines)
            printed.insert(QString::fromLatin1(line));
    }
    QCOMPARE(printed.size(), Writers * Each);
    QVERIFY(fixture->reopen());
    Workspace &workspace = fixture->workspace();
    QCOMPARE(test::scalar(workspace.database(), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
    QCOMPARE(workspace.findings().all()->size(), Writers * Each);
    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, 2 + Writers * Each);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
