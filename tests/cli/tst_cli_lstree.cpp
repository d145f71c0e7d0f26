// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo ls-tree` against `git ls-tree`: byte-identical standard output
// and the same success or failure for revisions, flags, paths and option orders, on
// the standard fixture's work tree and on its bare clone.
#include "gitconformance.h"
#include "standardrepositories.h"

#include <QTest>

using namespace clearroom::test;

namespace {

const QByteArrayList revisions
    = {"HEAD",  "main",   "feature",     "v1.0",     "light",   "HEAD~1",
       "HEAD^", "main~2", "HEAD^{tree}", "HEAD:src", "v1.0^{}", "HEAD:nested/a"};

const QList<QByteArrayList> flagSets = {{},
                                        {"-r"},
                                        {"-t"},
                                        {"-d"},
                                        {"-r", "-t"},
                                        {"-d", "-r"},
                                        {"-d", "-t"},
                                        {"-l"},
                                        {"--long"},
                                        {"--name-only"},
                                        {"--name-status"},
                                        {"-z"},
                                        {"--object-only"},
                                        {"-rl"},
                                        {"-rt"},
                                        {"-r", "-z", "--name-only"},
                                        {"-r", "-z", "-l"},
                                        {"-d", "--object-only"},
                                        {"--full-name"},
                                        {"--full-tree", "-r"}};

const QList<QByteArrayList> pathSets = {{"src"},
                                        {"src/"},
                                        {"src/util"},
                                        {"src/util/"},
                                        {"src/util/strings.h"},
                                        {"nested/a/b/c"},
                                        {"nested/a/b/c/"},
                                        {"nested/a"},
                                        {"docs/with space.txt"},
                                        {"docs/latin1-\xe9t\xe9.txt"},
                                        {"docs/tab\tname.txt"},
                                        {"docs/quote\"name.txt"},
                                        {"docs/"},
                                        {"."},
                                        {"./src//"},
                                        {"src/.."},
                                        {"src/../docs"},
                                        {"nested/a/../a/b"},
                                        {"missing"},
                                        {"src/missing/deeper"},
                                        {"src/main.cpp/"},
                                        {"vendor/lib"},
                                        {"vendor/lib/"},
                                        {"vendor/lib/inside"},
                                        {"SRC"},
                                        {"sr"},
                                        {"*.md"},
                                        {""},
                                        {".."},
                                        {"src", "docs/with space.txt", "missing"},
                                        {"nested", "src/util"},
                                        {"src/util", "src"},
                                        {"README.md", "README.md"}};

QString rowName(const QByteArray &kind, const QByteArrayList &arguments)
{
    return QString::fromLatin1(kind) + QLatin1Char(' ') + printableBytes(arguments.join(' '));
}

} // namespace

class TestCliLsTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformsToGit_data();
    void conformsToGit();
    void failuresFollowConventions_data();
    void failuresFollowConventions();

private:
    void addRow(const QByteArray &kind, const QByteArrayList &arguments);
    StandardRepositories m_repositories;
};

void TestCliLsTree::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    QVERIFY2(m_repositories.create(&error), qPrintable(error));
}

void TestCliLsTree::addRow(const QByteArray &kind, const QByteArrayList &arguments)
{
    const QString repository = kind == "bare" ? m_repositories.bare() : m_repositories.workTree();
    QTest::newRow(qPrintable(rowName(kind, arguments))) << repository << arguments;
}

void TestCliLsTree::conformsToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArrayList>("arguments");

    const QByteArray head
        = referenceGit(m_repositories.workTree(), {"rev-parse", "HEAD"}).standardOutput.trimmed();
    const QByteArray srcTree = referenceGit(m_repositories.workTree(), {"rev-parse", "HEAD:src"})
                                   .standardOutput.trimmed();
    QByteArrayList allRevisions = revisions;
    allRevisions << head << head.left(7) << head.left(12) << srcTree;

    for (const QByteArray kind : {"worktree", "bare"}) {
        // Every revision with every flag set.
        for (const QByteArray &revision : std::as_const(allRevisions)) {
            for (const QByteArrayList &flags : flagSets)
                addRow(kind, QByteArrayList {"ls-tree"} + flags + QByteArrayList {revision});
        }
        // Every path set with a handful of flag sets that treat paths differently.
        for (const QByteArrayList &paths : pathSets) {
            for (const QByteArrayList &flags :
                 {QByteArrayList {}, QByteArrayList {"-r"}, QByteArrayList {"-t"},
                  QByteArrayList {"-d"}, QByteArrayList {"-r", "-t"}, QByteArrayList {"-d", "-r"},
                  QByteArrayList {"-l"}, QByteArrayList {"--name-only", "-z"}}) {
                addRow(kind, QByteArrayList {"ls-tree"} + flags + QByteArrayList {"HEAD"} + paths);
            }
        }
        // Paths relative to a tree given as REV:PATH.
        addRow(kind, {"ls-tree", "HEAD:src", "util"});
        addRow(kind, {"ls-tree", "-r", "HEAD:src", "util/", "main.cpp"});
        addRow(kind, {"ls-tree", "v1.0:docs", "with space.txt"});

        // Option orders: flags after REV, after paths, `--` before paths or REV.
        addRow(kind, {"ls-tree", "HEAD", "-r"});
        addRow(kind, {"ls-tree", "HEAD", "src", "-r"});
        addRow(kind, {"ls-tree", "-r", "HEAD", "--", "src"});
        addRow(kind, {"ls-tree", "-r", "--", "HEAD", "src"});
        addRow(kind, {"ls-tree", "HEAD", "--", "-r"});
        addRow(kind, {"ls-tree", "--name-only", "HEAD", "--long"});
        addRow(kind, {"ls-tree", "-l", "-r", "-t", "HEAD", "nested"});

        // Failures git also reports.
        addRow(kind, {"ls-tree"});
        addRow(kind, {"ls-tree", "-r"});
        addRow(kind, {"ls-tree", "no-such-rev"});
        addRow(kind, {"ls-tree", "HEAD:missing"});
        addRow(kind, {"ls-tree", "HEAD:README.md"});
        addRow(kind, {"ls-tree", "HEAD~99"});
        addRow(kind, {"ls-tree", "HEAD:vendor/lib"});
        addRow(kind, {"ls-tree", "1111111111111111111111111111111111111111"});
        addRow(kind, {"ls-tree", "--bogus", "HEAD"});
        addRow(kind, {"ls-tree", "-x", "HEAD"});
        addRow(kind, {"ls-tree", "--long=3", "HEAD"});
        addRow(kind, {"ls-tree", "--name-only", "--object-only", "HEAD"});
        addRow(kind, {"ls-tree", "-l", "--name-only", "HEAD"});
        addRow(kind, {"ls-tree", "HEAD", "/abs"});
    }
}

void TestCliLsTree::conformsToGit()
{
    QFETCH(QString, repository);
    QFETCH(QByteArrayList, arguments);
    const QString difference = differenceFromGit(repository, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliLsTree::failuresFollowConventions_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("missing REV") << QByteArrayList {"ls-tree"} << QStringLiteral("HEAD");
    QTest::newRow("unknown flag") << QByteArrayList {"ls-tree", "--bogus", "HEAD"}
                                  << QStringLiteral("'--bogus'");
    QTest::newRow("unknown short flag")
        << QByteArrayList {"ls-tree", "-rx", "HEAD"} << QStringLiteral("'-x'");
    QTest::newRow("unknown revision")
        << QByteArrayList {"ls-tree", "no-such-rev"} << QStringLiteral("'no-such-rev'");
    QTest::newRow("missing path in REV:PATH")
        << QByteArrayList {"ls-tree", "HEAD:no/such/dir"} << QStringLiteral("'no/such/dir'");
    QTest::newRow("a blob is not a tree")
        << QByteArrayList {"ls-tree", "HEAD:README.md"} << QStringLiteral("blob");
    QTest::newRow("path outside the tree")
        << QByteArrayList {"ls-tree", "HEAD", "../x"} << QStringLiteral("'../x'");
    QTest::newRow("empty path") << QByteArrayList {"ls-tree", "HEAD", ""} << QStringLiteral("'.'");
}

void TestCliLsTree::failuresFollowConventions()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, expectedInMessage);

    const ProcessResult result = clearroomCli(
        QByteArrayList {"-C", QFile::encodeName(m_repositories.workTree()), "repo"} + arguments);
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.startsWith(QStringLiteral("clearroom-cli: ")), qPrintable(message));
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCliLsTree)
#include "tst_cli_lstree.moc"
