// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom-cli's own conventions: --version and --help, one line on standard error
// and nothing on standard output for every usage error, and no upward search for a
// repository.
#include "gitconformance.h"
#include "standardrepositories.h"

#include <QFile>
#include <QTest>

using namespace clearroom::test;

class TestCliTool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void noUpwardSearch_data();
    void noUpwardSearch();
    void repositoryByDefaultIsTheCurrentFolder();

private:
    StandardRepositories m_repositories;
};

void TestCliTool::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    QVERIFY2(m_repositories.create(&error), qPrintable(error));
}

void TestCliTool::version()
{
    const ProcessResult result = clearroomCli({"--version"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardError.isEmpty());
    const QByteArray text = result.standardOutput;
    QVERIFY2(text.startsWith("clearroom-cli "), text.constData());
    QVERIFY2(text.contains("Qt ") && text.contains(QT_VERSION_STR), text.constData());
    QVERIFY2(text.contains("syntax highlighting: "), text.constData());
    QVERIFY2(text.contains("libgit2 "), text.constData());
}

void TestCliTool::help_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QByteArray>("expectedUsage");

    QTest::newRow("--help") << QByteArrayList {"--help"}
                            << QByteArray("Usage: clearroom-cli [-C REPO] COMMAND");
    QTest::newRow("-h") << QByteArrayList {"-h"}
                        << QByteArray("Usage: clearroom-cli [-C REPO] COMMAND");
    QTest::newRow("repo --help") << QByteArrayList {"repo", "--help"}
                                 << QByteArray("Usage: clearroom-cli [-C REPO] repo COMMAND");
    QTest::newRow("repo ls-tree --help")
        << QByteArrayList {"repo", "ls-tree", "--help"}
        << QByteArray("Usage: clearroom-cli [-C REPO] repo ls-tree");
    QTest::newRow("repo show -h") << QByteArrayList {"repo", "show", "-h"}
                                  << QByteArray("Usage: clearroom-cli [-C REPO] repo show");
}

void TestCliTool::help()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QByteArray, expectedUsage);

    // Help needs no repository: it works from a folder that is none.
    const ProcessResult result
        = runProcess(clearroomCliPath(), arguments, {}, QFile::encodeName(m_repositories.root()));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardError.isEmpty());
    QVERIFY2(result.standardOutput.startsWith(expectedUsage), result.standardOutput.constData());
}

void TestCliTool::usageErrors_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("no arguments") << QByteArrayList {} << QStringLiteral("--help");
    QTest::newRow("unknown global option")
        << QByteArrayList {"--bogus"} << QStringLiteral("'--bogus'");
    QTest::newRow("unknown global short option")
        << QByteArrayList {"-x", "repo"} << QStringLiteral("'-x'");
    QTest::newRow("-C without a value") << QByteArrayList {"-C"} << QStringLiteral("'-C'");
    QTest::newRow("--version with a value")
        << QByteArrayList {"--version=2"} << QStringLiteral("'--version'");
    QTest::newRow("unknown subcommand")
        << QByteArrayList {"frobnicate"} << QStringLiteral("'frobnicate'");
    QTest::newRow("repo without a command")
        << QByteArrayList {"repo"} << QStringLiteral("repo --help");
    QTest::newRow("unknown repo command")
        << QByteArrayList {"repo", "frobnicate"} << QStringLiteral("'repo frobnicate'");
    QTest::newRow("unknown ls-tree flag")
        << QByteArrayList {"repo", "ls-tree", "--bogus", "HEAD"} << QStringLiteral("'--bogus'");
    QTest::newRow("unknown show flag")
        << QByteArrayList {"repo", "show", "-p", "HEAD:README.md"} << QStringLiteral("'-p'");
    QTest::newRow("ls-tree without REV")
        << QByteArrayList {"repo", "ls-tree", "-r"} << QStringLiteral("HEAD");
    QTest::newRow("show without REV") << QByteArrayList {"repo", "show"} << QStringLiteral("HEAD:");
    QTest::newRow("an option-like command after --")
        << QByteArrayList {"--", "--bogus"} << QStringLiteral("'--bogus'");
}

void TestCliTool::usageErrors()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, expectedInMessage);

    const ProcessResult result = clearroomCli(
        QByteArrayList {"-C", QFile::encodeName(m_repositories.workTree())} + arguments);
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.startsWith(QStringLiteral("clearroom-cli: ")), qPrintable(message));
    // The program's name once, not twice.
    QVERIFY2(!message.mid(15).contains(QStringLiteral("clearroom-cli:")), qPrintable(message));
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
    // As --help promises: 2 for a usage error (1 is for a command that failed).
    QCOMPARE(result.exitCode, 2);
}

void TestCliTool::noUpwardSearch_data()
{
    QTest::addColumn<QByteArray>("folder");
    QTest::newRow("a folder of the work tree") << QByteArray("src");
    QTest::newRow("a deep folder of the work tree") << QByteArray("nested/a/b/c");
    QTest::newRow("the objects folder") << QByteArray(".git/objects");
    QTest::newRow("the refs folder") << QByteArray(".git/refs");
}

void TestCliTool::noUpwardSearch()
{
    QFETCH(QByteArray, folder);

    // git finds the enclosing repository from here; Clearroom must not guess.
    const QByteArray path = QFile::encodeName(m_repositories.workTree()) + '/' + folder;
    QVERIFY(referenceGit(QFile::decodeName(path), {"rev-parse", "HEAD"}).ok());

    const ProcessResult byOption = clearroomCli({"-C", path, "repo", "ls-tree", "HEAD"});
    QString violation = failureConventionViolation(byOption);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QVERIFY2(byOption.standardError.contains("is not a git repository"),
             byOption.standardError.constData());
    QCOMPARE(byOption.exitCode, 1);

    const ProcessResult byFolder
        = runProcess(clearroomCliPath(), {"repo", "show", "HEAD:README.md"}, {}, path);
    violation = failureConventionViolation(byFolder);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QVERIFY2(byFolder.standardError.contains("is not a git repository"),
             byFolder.standardError.constData());
}

void TestCliTool::repositoryByDefaultIsTheCurrentFolder()
{
    for (const QString &repository : {m_repositories.workTree(), m_repositories.bare()}) {
        const ProcessResult result
            = runProcess(clearroomCliPath(), {"repo", "show", "HEAD:README.md"}, {},
                         QFile::encodeName(repository));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.standardOutput,
                 referenceGit(repository, {"show", "HEAD:README.md"}).standardOutput);
    }
}

QTEST_GUILESS_MAIN(TestCliTool)
#include "tst_cli_tool.moc"
