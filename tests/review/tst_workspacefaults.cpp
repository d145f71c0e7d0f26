// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// A workspace whose disk fills up, fails or turns read-only while the auditor records a
// finding (faults injected by tests/common/faultvfs.h, since tests run as root): the
// action fails with a message saying why, and afterwards the file is sound, the audit
// chain verifies, everything recorded before is there and nothing of the failed action.
#include "auditlog.h"
#include "auditverifier.h"
#include "coveragestore.h"
#include "database.h"
#include "faultvfs.h"
#include "findingstore.h"
#include "reanchoring.h"
#include "reviewfixture.h"

#include <QDir>
#include <QFile>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::FaultVfs;
using clearroom::test::ReviewFixture;
using Fault = FaultVfs::Fault;

Q_DECLARE_METATYPE(clearroom::test::FaultVfs::Fault)

namespace {

struct FaultCase
{
    const char *name;
    Fault fault;
    QString reason;
};

const QVector<FaultCase> faults = {
    {"disk full", Fault::DiskFull, QStringLiteral("the disk is full")},
    {"I/O error", Fault::IoError, QStringLiteral("reading or writing the file failed (I/O error)")},
    {"read-only", Fault::ReadOnly, QStringLiteral("the file is read-only")},
};

void addFaultColumns()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("reason");
}

// The titles of the findings in the workspace.
QStringList titles(Workspace &workspace)
{
    QStringList result;
    const auto all = workspace.findings().all();
    if (!all)
        return {all.errorMessage()};
    for (const Finding &finding : *all)
        result.append(finding.title);
    result.sort();
    return result;
}

// Sound, verified, and holding exactly `expected` findings.
void checkWorkspace(Workspace &workspace, const QStringList &expected)
{
    QCOMPARE(test::scalar(workspace.database(), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(titles(workspace), expected);
}

} // namespace

class TestWorkspaceFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void cleanup() { FaultVfs::install().clear(); }

    void addingAFindingFails_data();
    void addingAFindingFails();
    void movingTheReviewFails_data();
    void movingTheReviewFails();
    void readOnlyWorkspaceOpensForReading();
    void failedCreateLeavesNoFile_data();
    void failedCreateLeavesNoFile();
};

void TestWorkspaceFaults::addingAFindingFails_data()
{
    addFaultColumns();
    QTest::addColumn<bool>("halfWay");
    for (const FaultCase &each : faults) {
        QTest::addRow("%s at the first write", each.name) << each.fault << each.reason << false;
        QTest::addRow("%s half-way through", each.name) << each.fault << each.reason << true;
    }
}

void TestWorkspaceFaults::addingAFindingFails()
{
    QFETCH(Fault, fault);
    QFETCH(QString, reason);
    QFETCH(bool, halfWay);
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    QVERIFY(fixture->add("src/main.c", 1, 2, QStringLiteral("earlier 1")));
    auto commented = fixture->add("src/util.c", 3, 4, QStringLiteral("earlier 2"));
    QVERIFY(commented);
    QVERIFY(workspace.findings().addComment(*commented, QStringLiteral("A comment")));
    // One add as it goes without a fault, to know how many writes it takes.
    FaultVfs &vfs = FaultVfs::install();
    vfs.clear();
    QVERIFY(fixture->add("src/main.c", 3, 4, QStringLiteral("earlier 3")));
    const int writes = vfs.writes();
    QVERIFY2(writes >= 2, qPrintable(QString::number(writes)));
    const QStringList earlier = titles(workspace);
    const QString state = test::workspaceState(workspace.database());

    {
        FaultVfs::Scope scope(fault, halfWay ? writes / 2 : 0);
        auto failed = fixture->add("src/main.c", 5, 7, QStringLiteral("failed"));
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains(reason), qPrintable(failed.errorMessage()));
        QVERIFY2(failed.errorMessage().contains(fixture->workspacePath()),
                 qPrintable(failed.errorMessage()));
        QVERIFY(vfs.failures() > 0);
    }
    QCOMPARE(test::workspaceState(workspace.database()), state);
    checkWorkspace(workspace, earlier);
    if (QTest::currentTestFailed())
        return;

    // The same workspace goes on working once the disk does, and the file holds it.
    QVERIFY(fixture->add("src/main.c", 5, 7, QStringLiteral("later")));
    checkWorkspace(workspace, earlier + QStringList {QStringLiteral("later")});
    QVERIFY(fixture->reopen());
    checkWorkspace(fixture->workspace(), earlier + QStringList {QStringLiteral("later")});
}

void TestWorkspaceFaults::movingTheReviewFails_data()
{
    addFaultColumns();
    for (const FaultCase &each : faults)
        QTest::addRow("%s", each.name) << each.fault << each.reason;
}

void TestWorkspaceFaults::movingTheReviewFails()
{
    // Moving a review is one action of many changes: all of them, or none.
    QFETCH(Fault, fault);
    QFETCH(QString, reason);
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    const QString app = ReviewFixture::repositoryName();
    for (int line = 1; line <= 18; line += 3)
        QVERIFY(fixture->add("src/main.c", line, line + 2, QStringLiteral("at %1").arg(line)));
    QVERIFY(workspace.coverage().mark(app, fixture->commit("base").toHex(),
                                      {test::coverageLines("src/main.c", 1, 20)}));
    FaultVfs &vfs = FaultVfs::install();
    const QString state = test::workspaceState(workspace.database());
    {
        FaultVfs::Scope scope(fault, 3);
        auto moved = Reanchoring::moveReview(workspace, fixture->repository(), app,
                                             fixture->commit("main"));
        QVERIFY(!moved);
        QVERIFY2(moved.errorMessage().contains(reason), qPrintable(moved.errorMessage()));
        QVERIFY(vfs.writes() > 3);
    }
    QCOMPARE(test::workspaceState(workspace.database()), state);
    QCOMPARE(workspace.repository(app)->commit, fixture->commit("base").toHex());
    const auto findings = workspace.findings().all();
    for (const Finding &finding : *findings)
        QCOMPARE(finding.generation, 0);
    checkWorkspace(workspace, titles(workspace));
    if (QTest::currentTestFailed())
        return;
    auto moved
        = Reanchoring::moveReview(workspace, fixture->repository(), app, fixture->commit("main"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.errorMessage()));
    QCOMPARE(moved->size(), 6);
    QVERIFY(AuditVerifier::verify(workspace));
}

void TestWorkspaceFaults::readOnlyWorkspaceOpensForReading()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    QVERIFY(fixture->add("src/main.c", 1, 2, QStringLiteral("recorded")));
    fixture->close();
    QFile file(fixture->workspacePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    {
        FaultVfs::Scope scope(Fault::ReadOnly);
        auto opened = Workspace::open(fixture->workspacePath());
        QVERIFY2(opened, opened ? "" : qPrintable(opened.errorMessage()));
        Workspace &workspace = **opened;
        QCOMPARE(titles(workspace), QStringList {QStringLiteral("recorded")});
        auto draft = test::findingDraft(fixture->repository(), ReviewFixture::repositoryName(),
                                        fixture->commit("base"), "src/util.c", 1, 1,
                                        QStringLiteral("refused"));
        QVERIFY(draft);
        auto added = workspace.findings().add(*draft);
        QVERIFY(!added);
        QVERIFY2(added.errorMessage().contains(QStringLiteral("the file is read-only")),
                 qPrintable(added.errorMessage()));
        checkWorkspace(workspace, {QStringLiteral("recorded")});
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(file.readAll() == before, "the read-only workspace was changed");
}

void TestWorkspaceFaults::failedCreateLeavesNoFile_data()
{
    addFaultColumns();
    for (const FaultCase &each : faults)
        QTest::addRow("%s", each.name) << each.fault << each.reason;
}

void TestWorkspaceFaults::failedCreateLeavesNoFile()
{
    QFETCH(Fault, fault);
    QFETCH(QString, reason);
    test::ScratchDirectory dir;
    const QString name = dir.filePath(QStringLiteral("new.clearroom"));
    {
        FaultVfs::Scope scope(fault);
        auto created = Workspace::create(name, QStringLiteral("Review"), QStringLiteral("Ada"));
        QVERIFY(!created);
        QVERIFY2(created.errorMessage().contains(reason), qPrintable(created.errorMessage()));
    }
    // Nothing half-made stays behind to be refused as existing on the next try.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    auto created = Workspace::create(name, QStringLiteral("Review"), QStringLiteral("Ada"));
    QVERIFY2(created, created ? "" : qPrintable(created.errorMessage()));
    QVERIFY(AuditVerifier::verify(**created));
}

QTEST_GUILESS_MAIN(TestWorkspaceFaults)
#include "tst_workspacefaults.moc"
