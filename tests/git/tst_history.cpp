// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::History, CommitInfo and Abbreviator on their own: commits arrive one by
// one in git's order with git's values, a cancel flag or the visitor stops the walk
// early, and a damaged repository gives an Error that names the missing object.
#include "abbreviation.h"
#include "commitinfo.h"
#include "history.h"
#include "historybuilder.h"
#include "process.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "walkedids.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

QByteArray gitOutput(const QString &repository, const QByteArrayList &arguments)
{
    return referenceGit(repository, arguments).standardOutput;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walksInGitsOrder_data();
    void walksInGitsOrder();
    void commitValuesAreGits();
    void idsOnlyWalkIsGits();
    void visitorStopsTheWalk();
    void cancelStopsTheWalk();
    void missingParentIsNamed();
    void missingTreeIsNamed();
    void damagedPackIsAnError();
    void signatureSplitsAsGit_data();
    void signatureSplitsAsGit();
    void automaticAbbreviationLength_data();
    void automaticAbbreviationLength();
    void approximateObjectCountIsGits();

private:
    ScratchDirectory m_scratch;
    QString m_random;
};

void TestHistory::initTestCase()
{
    m_random = m_scratch.filePath(QStringLiteral("random.git"));
    QString error;
    QVERIFY2(HistoryBuilder::random(7, 250).create(m_random, true, &error), qPrintable(error));
}

void TestHistory::walksInGitsOrder_data()
{
    QTest::addColumn<QByteArrayList>("gitArguments");
    QTest::addColumn<QByteArrayList>("paths"); // normalised: "" is the whole tree
    QTest::addColumn<bool>("firstParent");
    QTest::addColumn<bool>("follow");
    QTest::addColumn<bool>("reverse");
    QTest::addColumn<int>("maxCount");

    QTest::newRow("all") << QByteArrayList {} << QByteArrayList {} << false << false << false << -1;
    QTest::newRow("first parent") << QByteArrayList {"--first-parent"} << QByteArrayList {} << true
                                  << false << false << -1;
    QTest::newRow("reverse, 10") << QByteArrayList {"--reverse", "-n", "10"} << QByteArrayList {}
                                 << false << false << true << 10;
    for (const QByteArray path : {"src", "src/a.c", "README", "doc/", ""}) {
        const QByteArray gitPath = path.isEmpty() ? QByteArray(".") : path;
        QTest::newRow(gitPath.constData())
            << QByteArrayList {"--", gitPath} << QByteArrayList {path} << false << false << false
            << -1;
        QTest::newRow(QByteArray("first parent " + gitPath).constData())
            << QByteArrayList {"--first-parent", "--", gitPath} << QByteArrayList {path} << true
            << false << false << -1;
        QTest::newRow(QByteArray("follow " + gitPath).constData())
            << QByteArrayList {"--follow", "--", gitPath} << QByteArrayList {path} << false << true
            << false << -1;
    }
    QTest::newRow("two paths") << QByteArrayList {"--", "README", "src/b.c"}
                               << QByteArrayList {"README", "src/b.c"} << false << false << false
                               << -1;
}

void TestHistory::walksInGitsOrder()
{
    QFETCH(QByteArrayList, gitArguments);
    QFETCH(QByteArrayList, paths);
    QFETCH(bool, firstParent);
    QFETCH(bool, follow);
    QFETCH(bool, reverse);
    QFETCH(int, maxCount);

    const auto repository = Repository::open(m_random);
    QVERIFY(repository.ok());
    const auto head = repository->resolveCommit("HEAD");
    QVERIFY(head.ok());
    HistoryOptions options;
    options.paths = paths;
    options.firstParent = firstParent;
    options.followRenames = follow;
    options.reverse = reverse;
    options.maxCount = maxCount;
    const auto walked = walkedIds(*repository, *head, options);
    QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.errorMessage()));
    const QByteArray expected
        = gitOutput(m_random, QByteArrayList {"log", "--format=%H %P"} + gitArguments);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(*walked, expected);
}

void TestHistory::commitValuesAreGits()
{
    const auto repository = Repository::open(m_random);
    QVERIFY(repository.ok());
    QByteArray values;
    const auto walked = History::walk(
        *repository, *repository->resolveCommit("main"), {}, nullptr, [&](CommitInfo &&commit) {
            values += commit.tree.toHex() + '|' + commit.author.name + '|' + commit.author.email
                + '|' + commit.author.seconds + '|' + commit.committer.zone + '|' + commit.message
                + '\n';
            return true;
        });
    QVERIFY(walked.ok());
    QCOMPARE(values,
             gitOutput(m_random, {"log", "--format=%T|%an|%ae|%at|%cd|%B", "--date=format:%z"}));
}

void TestHistory::idsOnlyWalkIsGits()
{
    // Without the commits' text: ids, trees, commit times and parents as git's, and none
    // of the text.
    const auto repository = Repository::open(m_random);
    QVERIFY(repository.ok());
    for (const QByteArray path : {"", "src", "README"}) {
        HistoryOptions options;
        if (!path.isEmpty())
            options.paths = {path};
        options.commitText = false;
        QByteArray values;
        const auto walked
            = History::walk(*repository, *repository->resolveCommit("main"), options, nullptr,
                            [&](CommitInfo &&commit) {
                                values += commit.id.toHex() + ' ' + commit.tree.toHex() + ' '
                                    + QByteArray::number(commit.commitTime);
                                for (const ObjectId &parent : std::as_const(commit.parents))
                                    values += ' ' + parent.toHex();
                                values += '\n';
                                return commit.message.isEmpty() && commit.header.isEmpty()
                                    && !commit.author.isValid && !commit.committer.isValid;
                            });
        QVERIFY(walked.ok());
        QCOMPARE(*walked, History::End::Completed);
        QByteArrayList gitArguments {"log", "--format=%H %T %ct %P"};
        if (!path.isEmpty())
            gitArguments << "--" << path;
        QByteArray expected = gitOutput(m_random, gitArguments);
        expected.replace(" \n", "\n"); // a root commit: no parents after the space
        QCOMPARE(values, expected);
    }
}

void TestHistory::visitorStopsTheWalk()
{
    const auto repository = Repository::open(m_random);
    QVERIFY(repository.ok());
    int seen = 0;
    const auto walked = History::walk(*repository, *repository->resolveCommit("HEAD"), {}, nullptr,
                                      [&](CommitInfo &&) { return ++seen < 5; });
    QVERIFY(walked.ok());
    QCOMPARE(*walked, History::End::Stopped);
    QCOMPARE(seen, 5);
}

void TestHistory::cancelStopsTheWalk()
{
    const auto repository = Repository::open(m_random);
    QVERIFY(repository.ok());
    std::atomic<bool> cancel {false};
    int seen = 0;
    const auto walked = History::walk(*repository, *repository->resolveCommit("HEAD"), {}, &cancel,
                                      [&](CommitInfo &&) {
                                          if (++seen == 3)
                                              cancel = true; // as another thread would
                                          return true;
                                      });
    QVERIFY(walked.ok());
    QCOMPARE(*walked, History::End::Cancelled);
    QCOMPARE(seen, 3);

    // Cancelled before it starts: nothing at all.
    seen = 0;
    HistoryOptions options;
    options.paths = {"src"};
    const auto early = History::walk(*repository, *repository->resolveCommit("HEAD"), options,
                                     &cancel, [&](CommitInfo &&) { return ++seen > 0; });
    QVERIFY(early.ok());
    QCOMPARE(*early, History::End::Cancelled);
    QCOMPARE(seen, 0);
}

void TestHistory::missingParentIsNamed()
{
    const QString path = m_scratch.filePath(QStringLiteral("damaged"));
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    commit.files = {{"a", "1\n"}};
    int last = history.commit(commit);
    for (int i = 2; i <= 4; ++i) {
        commit.parents = {last};
        commit.time += 60;
        commit.files["a"] = QByteArray::number(i) + '\n';
        last = history.commit(commit);
    }
    history.setBranch("main", last);
    QString error;
    QVERIFY2(history.create(path, false, &error), qPrintable(error));
    // fast-import leaves an import this small as loose objects: one can go missing.
    const QByteArray gitDir = QFile::encodeName(path) + "/.git";
    const QByteArray parent = gitOutput(path, {"rev-parse", "HEAD~2"}).trimmed();
    QVERIFY(QFile::remove(
        QFile::decodeName(gitDir + "/objects/" + parent.left(2) + '/' + parent.mid(2))));

    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    int seen = 0;
    const auto walked = History::walk(*repository, *repository->resolveCommit("HEAD"), {}, nullptr,
                                      [&](CommitInfo &&) { return ++seen > 0; });
    QVERIFY(!walked.ok());
    QVERIFY2(walked.errorMessage().contains(QString::fromLatin1(parent)),
             qPrintable(walked.errorMessage()));
    // git stops at the same commit: the one whose parent cannot be read is not shown.
    QCOMPARE(seen, 1);
}

void TestHistory::missingTreeIsNamed()
{
    const QString path = m_scratch.filePath(QStringLiteral("no-tree"));
    QVERIFY(runProcess("git", {"init", "-q", "--bare", QFile::encodeName(path)},
                       referenceGitEnvironment())
                .ok());
    const QByteArray missingTree = "1234567890123456789012345678901234567890";
    const QByteArray id = writeRawCommit(path,
                                         "tree " + missingTree
                                             + "\nauthor A <a@x> 1 +0000\ncommitter A <a@x> 1 "
                                               "+0000\n\nno tree\n");
    QVERIFY(!id.isEmpty());
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    HistoryOptions options;
    options.paths = {"a"};
    const auto walked = History::walk(*repository, ObjectId::fromHex(id), options, nullptr,
                                      [](CommitInfo &&) { return true; });
    QVERIFY(!walked.ok());
    QVERIFY2(walked.errorMessage().contains(QString::fromLatin1(missingTree)),
             qPrintable(walked.errorMessage()));
}

// Bytes changed in the middle of a pack: an Error (as git reports one), never a crash or
// a history that silently differs.
void TestHistory::damagedPackIsAnError()
{
    const QString copy = m_scratch.filePath(QStringLiteral("damaged-pack.git"));
    QVERIFY(runProcess("cp", {"-a", QFile::encodeName(m_random), QFile::encodeName(copy)}).ok());
    const QStringList packs = QDir(copy + QStringLiteral("/objects/pack"))
                                  .entryList({QStringLiteral("*.pack")}, QDir::Files);
    QCOMPARE(packs.size(), 1);
    QFile pack(copy + QStringLiteral("/objects/pack/") + packs.first());
    QVERIFY(pack.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(pack.open(QIODevice::ReadWrite));
    const qint64 middle = pack.size() / 2;
    QVERIFY(pack.seek(middle));
    QByteArray bytes = pack.read(64);
    for (char &c : bytes)
        c = char(~c);
    QVERIFY(pack.seek(middle));
    QCOMPARE(pack.write(bytes), qint64(bytes.size()));
    pack.close();

    const ProcessResult git = referenceGit(copy, {"log", "--format=%H", "--", "src"});
    QVERIFY(!git.ok());
    const auto repository = Repository::open(copy);
    QVERIFY(repository.ok());
    HistoryOptions options;
    options.paths = {"src"};
    const auto walked = History::walk(*repository, *repository->resolveCommit("HEAD"), options,
                                      nullptr, [](CommitInfo &&) { return true; });
    QVERIFY(!walked.ok());
    QVERIFY2(walked.errorMessage().contains(QStringLiteral("damaged")),
             qPrintable(walked.errorMessage()));
}

void TestHistory::signatureSplitsAsGit_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("email");
    QTest::addColumn<QByteArray>("seconds");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("offsetMinutes");

    QTest::newRow("plain") << QByteArray("Ada <a@x> 1700000000 +0200") << true << QByteArray("Ada")
                           << QByteArray("a@x") << QByteArray("1700000000") << QByteArray("+0200")
                           << 120;
    QTest::newRow("negative half hour")
        << QByteArray("Ada <a@x> 5 -0130") << true << QByteArray("Ada") << QByteArray("a@x")
        << QByteArray("5") << QByteArray("-0130") << -90;
    QTest::newRow("spaces kept before, dropped after")
        << QByteArray("  Ada  B   <a@x>   7 +0000") << true << QByteArray("  Ada  B")
        << QByteArray("a@x") << QByteArray("7") << QByteArray("+0000") << 0;
    QTest::newRow("no date") << QByteArray("Ada <a@x>") << true << QByteArray("Ada")
                             << QByteArray("a@x") << QByteArray() << QByteArray() << 0;
    QTest::newRow("no zone") << QByteArray("Ada <a@x> 7") << true << QByteArray("Ada")
                             << QByteArray("a@x") << QByteArray() << QByteArray() << 0;
    QTest::newRow("'<' in the name")
        << QByteArray("A<da <a@x> 7 +0000") << true << QByteArray("A") << QByteArray("da <a@x")
        << QByteArray("7") << QByteArray("+0000") << 0;
    QTest::newRow("'>' in the e-mail")
        << QByteArray("Ada <a>b@x> 7 +0000") << true << QByteArray("Ada") << QByteArray("a")
        << QByteArray("7") << QByteArray("+0000") << 0;
    QTest::newRow("no '<'") << QByteArray("Ada 7 +0000") << false << QByteArray() << QByteArray()
                            << QByteArray() << QByteArray() << 0;
    QTest::newRow("no '>'") << QByteArray("Ada <a@x 7 +0000") << false << QByteArray()
                            << QByteArray() << QByteArray() << QByteArray() << 0;
}

void TestHistory::signatureSplitsAsGit()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, email);
    QFETCH(QByteArray, seconds);
    QFETCH(QByteArray, zone);
    QFETCH(int, offsetMinutes);
    const Signature signature = Signature::parse(line);
    QCOMPARE(signature.isValid, valid);
    QCOMPARE(signature.name, name);
    QCOMPARE(signature.email, email);
    QCOMPARE(signature.seconds, seconds);
    QCOMPARE(signature.zone, zone);
    QCOMPARE(signature.offsetMinutes(), offsetMinutes);
}

void TestHistory::automaticAbbreviationLength_data()
{
    QTest::addColumn<quint64>("objects");
    QTest::addColumn<int>("length");
    QTest::newRow("none") << quint64(0) << 7;
    QTest::newRow("tiny") << quint64(3) << 7;
    QTest::newRow("16383") << quint64(16383) << 7;
    QTest::newRow("16384") << quint64(16384) << 8;
    QTest::newRow("KDE syntax-highlighting") << quint64(53421) << 8;
    QTest::newRow("git.git") << quint64(350000) << 10;
    QTest::newRow("linux") << quint64(10000000) << 12;
}

void TestHistory::automaticAbbreviationLength()
{
    QFETCH(quint64, objects);
    QFETCH(int, length);
    QCOMPARE(git::automaticAbbreviationLength(objects), length);
}

void TestHistory::approximateObjectCountIsGits()
{
    const QByteArray counts = gitOutput(m_random, {"count-objects", "-v"});
    quint64 inPack = 0;
    for (const QByteArray &line : counts.split('\n')) {
        if (line.startsWith("in-pack: "))
            inPack = line.mid(9).toULongLong();
    }
    QVERIFY(inPack > 0);
    QCOMPARE(approximateObjectCount(m_random + QStringLiteral("/objects")), inPack);
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
