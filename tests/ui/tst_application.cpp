// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"
#include "reviewfixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
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

    // `clearroom --review FILE` opens the workspace (and its repository): SQLite makes
    // the workspace's shared-memory file beside it when a connection reads it.
    void reviewOptionOpensTheWorkspace()
    {
        auto fixture = test::ReviewFixture::created();
        QVERIFY(fixture);
        fixture->close(); // the last connection removes the -wal and -shm files
        const QString shm = fixture->workspacePath() + QStringLiteral("-shm");
        QVERIFY(!QFile::exists(shm));
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(environment);
        gui.start(QString::fromLocal8Bit(qgetenv("CLEARROOM_GUI")),
                  {QStringLiteral("--review"), fixture->workspacePath()});
        QVERIFY(gui.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(shm) || gui.state() == QProcess::NotRunning, 20000);
        const bool running = gui.state() == QProcess::Running;
        gui.kill();
        gui.waitForFinished();
        QVERIFY2(running, gui.readAllStandardError().constData());
        QVERIFY(QFile::exists(shm));
    }
};

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
