// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "database.h"
#include "scratchdirectory.h"
#include "statement.h"
#include "transaction.h"

#include <QFile>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::review;

// The SQLite wrapper every workspace goes through.
class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensWithDurableSettings()
    {
        test::ScratchDirectory dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.clearroom")),
                                 Database::Mode::ReadWriteCreate);
        QVERIFY2(db, db ? "" : qPrintable(db.errorMessage()));
        QCOMPARE(pragma(*db, "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(*db, "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(*db, "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(*db, "busy_timeout"), QString::number(Database::BusyTimeoutMilliseconds));
        auto version = db->userVersion();
        QVERIFY(version);
        QCOMPARE(*version, 0);
        QVERIFY(db->setUserVersion(3));
        QCOMPARE(*db->userVersion(), 3);
    }

    void valuesRoundTripExactly()
    {
        test::ScratchDirectory dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.clearroom")),
                                 Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(db->execute(QStringLiteral("CREATE TABLE t(i INTEGER, s TEXT, b BLOB, n TEXT)")));
        const QString text = QStringLiteral("Grüße \u202e evil \U0001F600");
        const QByteArray blob("a\0b\xff", 4);
        {
            auto insert = db->prepare(QStringLiteral("INSERT INTO t VALUES(?, ?, ?, ?)"));
            QVERIFY(insert);
            insert->bind(1, qint64(1) << 40).bind(2, text).bind(3, blob).bindNull(4);
            QVERIFY(insert->run());
        }
        auto select = db->prepare(QStringLiteral("SELECT i, s, b, n FROM t"));
        QVERIFY(select);
        QVERIFY(*select->step());
        QCOMPARE(select->integer(0), qint64(1) << 40);
        QCOMPARE(select->text(1), text);
        QCOMPARE(select->blob(2), blob);
        QVERIFY(select->isNull(3));
        QVERIFY(!*select->step());
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::ScratchDirectory dir;
        auto db = Database::open(dir.filePath(QStringLiteral("w.clearroom")),
                                 Database::Mode::ReadWriteCreate);
        QVERIFY(db);
        QVERIFY(db->execute(QStringLiteral("CREATE TABLE t(x INTEGER)")));
        {
            Transaction transaction(*db);
            QVERIFY(transaction.isActive());
            QVERIFY(db->execute(QStringLiteral("INSERT INTO t VALUES(1)")));
        } // no commit: rolled back
        {
            Transaction transaction(*db);
            QVERIFY(db->execute(QStringLiteral("INSERT INTO t VALUES(2)")));
            QVERIFY(transaction.commit());
        }
        auto count = db->prepare(QStringLiteral("SELECT group_concat(x) FROM t"));
        QVERIFY(count && *count->step());
        QCOMPARE(count->text(0), QStringLiteral("2"));
    }

    void badFilesGetSpecificErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("create");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QByteArray("this is a text file, not a workspace\n") << true
                                    << QStringLiteral("not an SQLite database");
        QTest::newRow("missing") << QByteArray() << false << QStringLiteral("does not exist");
    }

    void badFilesGetSpecificErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, create);
        QFETCH(QString, expected);
        test::ScratchDirectory dir;
        const QString name = dir.filePath(QStringLiteral("w.clearroom"));
        if (create) {
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content.repeated(200));
        }
        auto db = Database::open(name);
        QVERIFY(!db);
        QVERIFY2(db.errorMessage().contains(expected), qPrintable(db.errorMessage()));
        QVERIFY(db.errorMessage().contains(name));
    }

    void secondConnectionSeesCommittedWork()
    {
        test::ScratchDirectory dir;
        const QString name = dir.filePath(QStringLiteral("w.clearroom"));
        auto writer = Database::open(name, Database::Mode::ReadWriteCreate);
        QVERIFY(writer);
        QVERIFY(writer->execute(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(7);")));
        auto reader = Database::open(name, Database::Mode::ReadOnly);
        QVERIFY2(reader, reader ? "" : qPrintable(reader.errorMessage()));
        auto select = reader->prepare(QStringLiteral("SELECT x FROM t"));
        QVERIFY(select && *select->step());
        QCOMPARE(select->integer(0), 7);
        // The reader cannot write.
        auto write = reader->execute(QStringLiteral("INSERT INTO t VALUES(8)"));
        QVERIFY(!write);
        QVERIFY2(write.errorMessage().contains(QStringLiteral("read-only")),
                 qPrintable(write.errorMessage()));
    }

private:
    static QString pragma(Database &db, const char *name)
    {
        auto statement = db.prepare(QStringLiteral("PRAGMA ") + QLatin1String(name));
        if (!statement)
            return {};
        auto row = statement->step();
        if (!row || !*row)
            return {};
        return statement->text(0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
