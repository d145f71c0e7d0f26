// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace clearroom;

// The `clearroom` executable itself, started as a user would.
class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutDisplayExplainsAndExits_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("English") << QByteArray("C.UTF-8") << QStringLiteral("there is no display");
        QTest::newRow("German") << QByteArray("de_DE.UTF-8") << QStringLiteral("keine Anzeige");
    }

    void withoutDisplayExplainsAndExits()
    {
        QFETCH(QByteArray, language);
        QFETCH(QString, expected);
        QElapsedTimer timer;
        timer.start();
        // No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: Qt would abort with a core dump.
        const auto run = test::runProcess(qgetenv("CLEARROOM_GUI"), {},
                                          {"PATH=" + qgetenv("PATH"), "LANG=" + language});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromLocal8Bit(run.standardError).contains(expected),
                 run.standardError.constData());
        QVERIFY(run.standardError.contains("xvfb-run"));
        QVERIFY(timer.elapsed() < 30000); // it must not hang
    }

    void versionAndHelpNeedNoRepository()
    {
        const auto version = test::runProcess(qgetenv("CLEARROOM_GUI"), {"--version"});
        QVERIFY2(version.ok(), version.standardError.constData());
        QVERIFY(version.standardOutput.contains("Clearroom 0.1.0"));
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
