// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "database.h"
#include "faultvfs.h"
#include "scratchdirectory.h"
#include "statement.h"
#include "transaction.h"

#include <QtTest>

#include <sqlite3.h>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::FaultVfs;
using Fault = FaultVfs::Fault;

Q_DECLARE_METATYPE(clearroom::test::FaultVfs::Fault)

namespace {

constexpr int BodyBytes = 1500;

/// How one user action (a transaction adding findings) ended, and at which step.
struct Outcome
{
    Result<void> result;
    QString step;
};

Outcome addFindings(Database &db, int first, int count)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return {transaction.status(), QStringLiteral("begin")};
    auto insert
        = db.prepare(QStringLiteral("INSERT INTO findings(id, title, body) VALUES(?, ?, ?)"));
    if (!insert)
        return {insert.error(), QStringLiteral("prepare")};
    for (int id = first; id < first + count; ++id) {
        insert->bind(1, id)
            .bind(2, QStringLiteral("Finding %1").arg(id))
            .bind(3, QByteArray(BodyBytes, char('a' + id % 26)));
        if (auto ran = insert->run(); !ran)
            return {ran, QStringLiteral("insert")};
        insert->reset();
    }
    auto committed = transaction.commit();
    return {committed, committed ? QString() : QStringLiteral("commit")};
}

QVector<int> range(int first, int count)
{
    QVector<int> result;
    for (int id = first; id < first + count; ++id)
        result.append(id);
    return result;
}

const QVector<int> FirstFindings = range(1, 3);

} // namespace

// A workspace whose disk fills up, fails or turns read-only in the middle of a user's
// action: the action fails with a message naming the reason, and the workspace keeps
// exactly what was committed before, with nothing of the failed action.
class TestFaultVfs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { FaultVfs::install(); }
    void cleanup() { FaultVfs::install().clear(); }

    void forwardsEverythingWithoutAFault()
    {
        test::ScratchDirectory dir;
        auto db = createWorkspace(dir);
        QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
        char *vfsName = nullptr;
        QCOMPARE(sqlite3_file_control(db->handle(), "main", SQLITE_FCNTL_VFSNAME, &vfsName),
                 SQLITE_OK);
        const QByteArray name(vfsName);
        sqlite3_free(vfsName);
        QVERIFY2(name.startsWith("clearroom-fault/"), name.constData());

        FaultVfs &vfs = FaultVfs::install();
        vfs.clear();
        QVERIFY(addFindings(*db, 10, 5).result);
        QVERIFY(vfs.writes() > 5);
        QVERIFY(vfs.syncs() > 0); // synchronous=FULL
        QCOMPARE(vfs.failures(), 0);
        QVERIFY(checkWorkspace(*db, FirstFindings + range(10, 5)));
    }

    void failedActionLeavesWorkspaceAsItWas_data() { addFaults(); }

    void failedActionLeavesWorkspaceAsItWas()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, reason);
        test::ScratchDirectory dir;
        const QString name = dir.filePath(QStringLiteral("w.clearroom"));
        {
            auto db = createWorkspace(dir);
            QVERIFY(db);
            {
                FaultVfs::Scope scope(fault);
                const Outcome outcome = addFindings(*db, 4, 1);
                QVERIFY(!outcome.result);
                // In WAL mode nothing reaches the files before COMMIT.
                QCOMPARE(outcome.step, QStringLiteral("commit"));
                QVERIFY2(outcome.result.errorMessage().contains(reason),
                         qPrintable(outcome.result.errorMessage()));
                QVERIFY(outcome.result.errorMessage().contains(name));
                QVERIFY(FaultVfs::install().failures() > 0);
            }
            QVERIFY(checkWorkspace(*db, FirstFindings));
            // The same connection goes on working once the disk does.
            QVERIFY(addFindings(*db, 5, 1).result);
            QVERIFY(checkWorkspace(*db, FirstFindings + QVector<int> {5}));
        }
        auto reopened = Database::open(name);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.errorMessage()));
        QVERIFY(checkWorkspace(*reopened, FirstFindings + QVector<int> {5}));
    }

    void faultInTheMiddleOfATransaction_data()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("cachePages");
        QTest::addColumn<QString>("step");
        for (const auto &[name, fault, reason] : faults()) {
            // The commit writes its pages to the WAL; the fault comes half-way through.
            QTest::addRow("%s during COMMIT", name)
                << fault << reason << 0 << QStringLiteral("commit");
            // A small page cache spills changed pages to the WAL before COMMIT: an INSERT
            // half-way through the transaction fails.
            QTest::addRow("%s in a cache spill", name)
                << fault << reason << 8 << QStringLiteral("insert");
        }
    }

    void faultInTheMiddleOfATransaction()
    {
        QFETCH(Fault, fault);
        QFETCH(QString, reason);
        QFETCH(int, cachePages);
        QFETCH(QString, step);
        constexpr int Rows = 60; // about 25 pages of findings
        test::ScratchDirectory dir;
        const QString name = dir.filePath(QStringLiteral("w.clearroom"));
        {
            auto db = createWorkspace(dir);
            QVERIFY(db);
            if (cachePages > 0)
                QVERIFY(db->execute(QStringLiteral("PRAGMA cache_size=%1").arg(cachePages)));
            // The same action without a fault, to know how many writes it takes.
            FaultVfs &vfs = FaultVfs::install();
            vfs.clear();
            QVERIFY(addFindings(*db, 100, Rows).result);
            const int writesPerAction = vfs.writes();
            QVERIFY2(writesPerAction > 20, qPrintable(QString::number(writesPerAction)));

            const int afterWrites = writesPerAction / 2;
            {
                FaultVfs::Scope scope(fault, afterWrites);
                const Outcome outcome = addFindings(*db, 200, Rows);
                QVERIFY(!outcome.result);
                QCOMPARE(outcome.step, step);
                QVERIFY2(outcome.result.errorMessage().contains(reason),
                         qPrintable(outcome.result.errorMessage()));
                // Half of the action's writes went through before the fault.
                QVERIFY(vfs.writes() > afterWrites);
                QVERIFY(vfs.failures() > 0);
            }
            QVERIFY(checkWorkspace(*db, FirstFindings + range(100, Rows)));
            QVERIFY(addFindings(*db, 300, 2).result);
        }
        auto reopened = Database::open(name);
        QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.errorMessage()));
        QVERIFY(checkWorkspace(*reopened, FirstFindings + range(100, Rows) + range(300, 2)));
    }

    void readOnlyWorkspaceOpensButRefusesWrites()
    {
        test::ScratchDirectory dir;
        const QString name = dir.filePath(QStringLiteral("w.clearroom"));
        QVERIFY(createWorkspace(dir));
        {
            FaultVfs::Scope scope(Fault::ReadOnly);
            auto db = Database::open(name);
            QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
            QVERIFY(FaultVfs::install().failures() > 0);
            QVERIFY(checkWorkspace(*db, FirstFindings));
            const Outcome outcome = addFindings(*db, 4, 1);
            QVERIFY(!outcome.result);
            // SQLite refuses at the first write, not at BEGIN.
            QCOMPARE(outcome.step, QStringLiteral("insert"));
            QVERIFY2(
                outcome.result.errorMessage().contains(QStringLiteral("the file is read-only")),
                qPrintable(outcome.result.errorMessage()));
        }
        auto db = Database::open(name);
        QVERIFY(db);
        QVERIFY(addFindings(*db, 4, 1).result);
        QVERIFY(checkWorkspace(*db, FirstFindings + QVector<int> {4}));
    }

    void faultWaitsForItsWrites()
    {
        test::ScratchDirectory dir;
        auto db = createWorkspace(dir);
        QVERIFY(db);
        FaultVfs &vfs = FaultVfs::install();
        vfs.failWrites(Fault::DiskFull, 1000);
        QVERIFY(addFindings(*db, 4, 1).result);
        QCOMPARE(vfs.failures(), 0);
        QVERIFY(vfs.writes() > 0);
        vfs.failWrites(Fault::DiskFull);
        QVERIFY(!addFindings(*db, 5, 1).result);
        QCOMPARE(vfs.fault(), Fault::DiskFull);
        {
            FaultVfs::Scope scope(Fault::IoError);
            QCOMPARE(vfs.fault(), Fault::IoError);
        }
        QCOMPARE(vfs.fault(), Fault::None);
        QCOMPARE(vfs.writes(), 0);
        QVERIFY(addFindings(*db, 5, 1).result);
        QVERIFY(checkWorkspace(*db, FirstFindings + QVector<int> {4, 5}));
    }

private:
    struct FaultCase
    {
        const char *name;
        Fault fault;
        QString reason;
    };

    /// Each fault and the reason Database gives for it.
    static QVector<FaultCase> faults()
    {
        return {{"disk full", Fault::DiskFull, QStringLiteral("the disk is full")},
                {"I/O error", Fault::IoError, QStringLiteral("(I/O error)")},
                {"read-only", Fault::ReadOnly, QStringLiteral("the file is read-only")}};
    }

    static void addFaults()
    {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("reason");
        for (const auto &[name, fault, reason] : faults())
            QTest::newRow(name) << fault << reason;
    }

    /// A workspace-like database (WAL, synchronous=FULL) with three findings committed.
    static Result<Database> createWorkspace(const test::ScratchDirectory &dir)
    {
        auto db = Database::open(dir.filePath(QStringLiteral("w.clearroom")),
                                 Database::Mode::ReadWriteCreate);
        if (!db)
            return db;
        if (auto created = db->execute(QStringLiteral(
                "CREATE TABLE findings(id INTEGER PRIMARY KEY, title TEXT NOT NULL, body BLOB)"));
            !created)
            return created.error();
        if (const Outcome added = addFindings(*db, 1, 3); !added.result)
            return added.result.error();
        return db;
    }

    /// Whether SQLite finds the file sound and it holds exactly these findings, each whole.
    static bool checkWorkspace(Database &db, const QVector<int> &expected)
    {
        auto integrity = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!integrity)
            return false;
        if (auto row = integrity->step(); !row || !*row)
            return false;
        if (integrity->text(0) != QLatin1String("ok")) {
            qWarning("integrity_check: %s", qPrintable(integrity->text(0)));
            return false;
        }
        auto select
            = db.prepare(QStringLiteral("SELECT id, title, body FROM findings ORDER BY id"));
        if (!select)
            return false;
        QVector<int> ids;
        for (auto row = select->step(); row && *row; row = select->step()) {
            const int id = int(select->integer(0));
            if (select->text(1) != QStringLiteral("Finding %1").arg(id)
                || select->blob(2) != QByteArray(BodyBytes, char('a' + id % 26))) {
                qWarning("finding %d is not whole", id);
                return false;
            }
            ids.append(id);
        }
        if (ids != expected) {
            QStringList found;
            for (int id : std::as_const(ids))
                found.append(QString::number(id));
            qWarning("findings: %s", qPrintable(found.join(QLatin1Char(' '))));
            return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TestFaultVfs)
#include "tst_faultvfs.moc"
