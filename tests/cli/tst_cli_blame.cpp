// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo blame` against `git blame`: byte-identical standard output and the
// same success or failure, on a written-down history of every case blame meets (merges,
// evil merges, renames with edits, copies, moved blocks, deleted and recreated files, CRLF,
// binary and non-UTF-8 content, empty files, mode changes), on the standard fixture, on a
// seeded random history of a few thousand commits, and on Debian's libgit2-fixtures. With
// Clearroom's commit-graph cache warm the output is byte for byte the output without it and
// git's; a stale, damaged or forged cache never changes an answer.
#include "cachefile.h"
#include "fixturerepository.h"
#include "gitconformance.h"
#include "historybuilder.h"
#include "libgit2fixtures.h"
#include "process.h"
#include "scratchdirectory.h"
#include "standardrepositories.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace clearroom::test;

namespace {

QByteArrayList split(const QByteArray &arguments)
{
    return arguments.isEmpty() ? QByteArrayList() : arguments.split(' ');
}

QByteArray gitOutput(const QString &repository, const QByteArrayList &arguments)
{
    return referenceGit(repository, arguments).standardOutput;
}

QByteArray numbered(const QByteArray &prefix, int from, int to)
{
    QByteArray text;
    for (int i = from; i < to; ++i)
        text += prefix + ' ' + QByteArray::number(i) + '\n';
    return text;
}

// The written-down history: every case the issue names for blame, in one repository.
HistoryBuilder storyHistory()
{
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    qint64 time = 1700000000;
    const auto next = [&](const QVector<int> &parents, const QByteArray &message,
                          const QByteArray &author = "Ada Auditor <ada@example.org>") {
        commit.parents = parents;
        commit.message = message;
        commit.author = author;
        time += 60;
        commit.time = time;
        return history.commit(commit);
    };
    QByteArray binary("\x00\x01\x02\nbinary\n\xff\xfe\x00tail\n", 20);
    commit.files = {{"a.txt", numbered("alpha", 0, 30)},
                    {"b.txt", "b one\nb two\nb three\n"},
                    {"dir/c.txt", numbered("gamma", 0, 12)},
                    {"crlf.txt", "one\r\ntwo\r\nthree\r\n"},
                    {"bin.dat", binary},
                    {"empty.txt", ""},
                    {"latin.txt", "caf\xe9\nna\xefve\n\xff\xfe\n"},
                    {"noeol.txt", "first\nlast without newline"},
                    {"na\xefve \xe9t\xe9.txt", "latin-1 name\nsecond\n"},
                    {"mix.txt", numbered("mix", 0, 8)},
                    {"slider.c", "start\n\nfoo {\n  a\n}\n"}};
    const int root = next({}, "Initial import\n");

    // Edits of every shape: a change, an insertion, a deletion.
    commit.files["a.txt"].replace("alpha 3\n", "alpha three\n");
    commit.files["a.txt"].replace("alpha 10\n", "alpha 10\ninserted 1\ninserted 2\n");
    commit.files["a.txt"].replace("alpha 20\nalpha 21\n", "");
    commit.files["crlf.txt"] = "one\r\nTWO\r\nthree\r\nfour\r\n";
    commit.files["bin.dat"] = QByteArray("\x00\x01\x02\nbinary changed\n\xff\xfe\x00tail\n", 28);
    commit.files["latin.txt"] += "d\xe9j\xe0 vu\n";
    commit.files["noeol.txt"] = "first\nlast without newline, changed";
    commit.files["na\xefve \xe9t\xe9.txt"] += "third\n";
    // Where xdiff's indent heuristic decides which lines are new.
    commit.files["slider.c"] = "start\n\nfoo {\n  b\n}\n\nfoo {\n  a\n}\n";
    const int c1
        = next({root}, "Edits of every shape\n", "J\xc3\xa9r\xc3\xb4me <jerome@example.org>");

    // A side branch and main change different lines; both make the same change too.
    const HistoryBuilder::Files base = commit.files;
    commit.files["a.txt"].replace("alpha 25\n", "alpha 25 on the side\n");
    commit.files["b.txt"] = "b one\nb two on the side\nb three\nsame on both\n";
    const int s1 = next({c1}, "Side: a and b\n", "Bob Builder <bob@example.org>");
    commit.files = base;
    commit.files["a.txt"].replace("alpha 1\n", "alpha 1 on main\n");
    commit.files["b.txt"] = "b one\nb two\nb three\nsame on both\n";
    const int c2 = next({c1}, "Main: a and b\n");
    commit.files = history.files(c2);
    commit.files["a.txt"] = history.files(c2).value("a.txt");
    commit.files["a.txt"].replace("alpha 25\n", "alpha 25 on the side\n");
    commit.files["b.txt"] = "b one\nb two on the side\nb three\nsame on both\n";
    // An evil merge: lines neither parent had.
    commit.files["mix.txt"].replace("mix 4\n", "mix 4\nevil line\n");
    const int m1 = next({c2, s1}, "Evil merge of the side branch\n");

    // A merge that takes one parent's file whole.
    commit.files["dir/c.txt"] += "gamma on the side\n";
    const int s2 = next({m1}, "Side: c\n");
    commit.files = history.files(m1);
    commit.files["mix.txt"] += "mix on main\n";
    const int c3 = next({m1}, "Main: mix\n");
    commit.files = history.files(c3);
    commit.files["dir/c.txt"] = history.files(s2).value("dir/c.txt");
    const int m2 = next({c3, s2}, "Merge taking the side's c\n");

    // Renames with edits: a file whose blame crosses two renames.
    commit.files.insert("docs/alpha.txt", commit.files.take("a.txt") + "after the rename\n");
    const int c4 = next({m2}, "Rename a.txt to docs/alpha.txt with an edit\n");
    commit.files["docs/alpha.txt"].replace("alpha 5\n", "alpha five\n");
    const int c5 = next({c4}, "Edit alpha\n");
    commit.files.insert("alpha.md", commit.files.take("docs/alpha.txt"));
    const int c6 = next({c5}, "Rename docs/alpha.txt to alpha.md\n");

    // A copy (its lines are new: git blame without -C looks only at deleted files).
    commit.files["copy.txt"] = commit.files.value("dir/c.txt") + "copied\n";
    const int c7 = next({c6}, "Copy dir/c.txt\n");
    // Deleted and recreated with partly the same lines.
    commit.files.remove("b.txt");
    const int c8 = next({c7}, "Delete b.txt\n");
    commit.files["b.txt"] = "b one\nnew b\n";
    const int c9 = next({c8}, "Recreate b.txt\n");
    // A moved block.
    QByteArray moved = commit.files.value("alpha.md");
    const QByteArray block = "alpha 12\nalpha 13\nalpha 14\n";
    moved.replace(block, "");
    moved.replace("alpha 28\n", QByteArray("alpha 28\n" + block));
    commit.files["alpha.md"] = moved;
    const int c10 = next({c9}, "Move a block\n");
    // White space only changes, for -w.
    commit.files["mix.txt"].replace("mix 2\n", "mix  2 \n");
    commit.files["mix.txt"].replace("mix 6\n", "\tmix 6\n");
    const int c11 = next({c10}, "Reindent mix\n");

    // Two names of one file meet again: lines of one commit found under both.
    commit.files["twin-a.txt"] = numbered("twin", 0, 10);
    commit.files["twin-b.txt"] = numbered("twin", 0, 10) + "b only\n";
    const int c12 = next({c11}, "Twins\n");
    commit.files.insert("together.txt", commit.files.take("twin-a.txt"));
    commit.files["together.txt"].replace("twin 2\n", "twin 2 left\n");
    const int left = next({c12}, "Left: rename twin-a\n");
    commit.files = history.files(c12);
    commit.files.insert("together.txt", commit.files.take("twin-b.txt"));
    commit.files["together.txt"].replace("twin 7\n", "twin 7 right\n");
    const int right = next({c12}, "Right: rename twin-b\n");
    commit.files = history.files(left);
    commit.files["together.txt"] = numbered("twin", 0, 2) + "twin 2 left\n" + numbered("twin", 3, 7)
        + "twin 7 right\n" + numbered("twin", 8, 10) + "b only\n";
    commit.files.remove("twin-b.txt");
    const int m3 = next({left, right}, "Merge the twins\n\nWith a body.\n");

    history.setBranch("main", m3);
    history.setBranch("side", s2);
    Q_UNUSED(c5);
    return history;
}

// A file that stays the same over long stretches while others change around it, on a
// branch merged back twice (once taking the side's version of it), renamed into another
// folder, deleted and re-created: the commits the cache's filters let blame pass over.
HistoryBuilder steadyHistory()
{
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    qint64 time = 1710000000;
    const auto next = [&](const QVector<int> &parents) {
        commit.parents = parents;
        time += 90;
        commit.time = time;
        commit.message = "change " + QByteArray::number(history.size()) + '\n';
        return history.commit(commit);
    };
    commit.files = {{"lib/steady.txt", numbered("steady", 0, 40)},
                    {"lib/busy.txt", "busy\n"},
                    {"docs/notes.txt", "notes\n"}};
    int tip = next({});
    for (int i = 0; i < 60; ++i) {
        commit.files["lib/busy.txt"] += "busy " + QByteArray::number(i) + '\n';
        if (i % 7 == 0)
            commit.files["docs/notes.txt"] += "note " + QByteArray::number(i) + '\n';
        if (i == 30)
            commit.files["lib/steady.txt"].replace("steady 10\n", "steady ten\n");
        tip = next({tip});
    }
    // A side branch that edits the file once, merged back: first keeping main's file
    // (the side's edit is lost), later taking the side's.
    const int fork = tip;
    commit.files = history.files(fork);
    commit.files["lib/steady.txt"].replace("steady 20\n", "steady twenty (side)\n");
    int side = next({fork});
    for (int i = 0; i < 15; ++i) {
        commit.files["docs/side.txt"] += "side " + QByteArray::number(i) + '\n';
        side = next({side});
    }
    commit.files = history.files(fork);
    for (int i = 0; i < 20; ++i) {
        commit.files["lib/busy.txt"] += "main " + QByteArray::number(i) + '\n';
        tip = next({tip});
    }
    commit.files["docs/side.txt"] = history.files(side).value("docs/side.txt");
    tip = next({tip, side});
    for (int i = 0; i < 10; ++i) {
        commit.files["lib/busy.txt"] += "after " + QByteArray::number(i) + '\n';
        tip = next({tip});
    }
    commit.files["lib/steady.txt"] = history.files(side).value("lib/steady.txt");
    tip = next({tip, side});
    // Renamed with an edit, then quiet again.
    commit.files.insert("src/steady.txt",
                        commit.files.take("lib/steady.txt") + "after the rename\n");
    tip = next({tip});
    for (int i = 0; i < 30; ++i) {
        commit.files["lib/busy.txt"] += "quiet " + QByteArray::number(i) + '\n';
        tip = next({tip});
    }
    // Deleted, and re-created later with part of its lines.
    const QByteArray before = commit.files.take("src/steady.txt");
    tip = next({tip});
    for (int i = 0; i < 10; ++i) {
        commit.files["lib/busy.txt"] += "gone " + QByteArray::number(i) + '\n';
        tip = next({tip});
    }
    commit.files["src/steady.txt"] = before.left(before.size() / 2) + "re-created\n";
    tip = next({tip});
    for (int i = 0; i < 20; ++i) {
        commit.files["docs/notes.txt"] += "late " + QByteArray::number(i) + '\n';
        tip = next({tip});
    }
    history.setBranch("side", side);
    history.setBranch("main", tip);
    return history;
}

} // namespace

class TestCliBlame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformsToGit_data();
    void conformsToGit();
    void libgit2Fixtures_data();
    void libgit2Fixtures();
    void failuresFollowConventions_data();
    void failuresFollowConventions();
    void cacheKeepsGitsAnswer_data();
    void cacheKeepsGitsAnswer();
    void staleDamagedOrForgedCacheIsNotTrusted();

private:
    void addRow(const QString &label, const QString &repository, const QByteArrayList &arguments);
    void addFiles(const QString &label, const QString &repository, const QByteArray &revision,
                  const QByteArrayList &flagSets);

    StandardRepositories m_standard;
    ScratchDirectory m_scratch;
    QString m_story;
    QString m_storyBare;
    QString m_modes;
    QString m_random;
    QString m_steady;
    QSet<QString> m_cached; // repositories whose commit-graph cache was built
};

void TestCliBlame::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    // Commit-graph caches go to a folder of the test's own; until cacheKeepsGitsAnswer
    // builds them, every blame reads the repository only.
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(m_scratch.filePath(QStringLiteral("cache"))));
    QString error;
    QVERIFY2(m_standard.create(&error), qPrintable(error));
    m_story = m_scratch.filePath(QStringLiteral("story"));
    m_storyBare = m_scratch.filePath(QStringLiteral("story.git"));
    const HistoryBuilder story = storyHistory();
    QVERIFY2(story.create(m_story, false, &error), qPrintable(error));
    QVERIFY2(story.create(m_storyBare, true, &error), qPrintable(error));

    // Modes: a file made executable and edited, a file that becomes a symbolic link.
    m_modes = m_scratch.filePath(QStringLiteral("modes"));
    FixtureRepository modes(m_modes);
    QVERIFY2(modes.init() && modes.writeFile("run.sh", "#!/bin/sh\necho one\n")
                 && modes.writeFile("kind.txt", "a file\n") && modes.commitAll("Scripts")
                 && modes.writeFile("run.sh", "#!/bin/sh\necho one\necho two\n", true)
                 && modes.commitAll("Executable now") && modes.removeFile("kind.txt")
                 && modes.writeSymlink("kind.txt", "run.sh") && modes.commitAll("A link now")
                 && modes.removeFile("kind.txt") && modes.writeFile("kind.txt", "a file\nagain\n")
                 && modes.commitAll("A file again"),
             qPrintable(modes.lastError()));

    m_steady = m_scratch.filePath(QStringLiteral("steady.git"));
    QVERIFY2(steadyHistory().create(m_steady, true, &error), qPrintable(error));

    m_random = m_scratch.filePath(QStringLiteral("random.git"));
    QVERIFY2(HistoryBuilder::random(20260412, 2500).create(m_random, true, &error),
             qPrintable(error));
}

void TestCliBlame::addRow(const QString &label, const QString &repository,
                          const QByteArrayList &arguments)
{
    const QString name = label + QLatin1Char(' ') + printableBytes(arguments.join(' '));
    QTest::newRow(qPrintable(name)) << repository << (QByteArrayList {"blame"} + arguments);
}

// Every file of a revision, with each set of flags.
void TestCliBlame::addFiles(const QString &label, const QString &repository,
                            const QByteArray &revision, const QByteArrayList &flagSets)
{
    const QByteArrayList files
        = gitOutput(repository, {"ls-tree", "-r", "-z", "--name-only", revision}).split('\0');
    for (const QByteArray &file : files) {
        if (file.isEmpty())
            continue;
        for (const QByteArray &flags : flagSets)
            addRow(label, repository, split(flags) + QByteArrayList {revision, "--", file});
    }
}

void TestCliBlame::conformsToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArrayList>("arguments");

    const QByteArrayList everyFormat
        = {"--porcelain", "", "--line-porcelain", "-n -f -e", "-l -s", "-w", "--root -n"};
    addFiles(QStringLiteral("story"), m_story, "main", everyFormat);
    addFiles(QStringLiteral("story"), m_story, "main~3", {"--porcelain", ""});
    addFiles(QStringLiteral("story"), m_story, "side", {"--porcelain"});
    addFiles(QStringLiteral("story-bare"), m_storyBare, "main", {"", "-p"});
    addFiles(QStringLiteral("standard"), m_standard.workTree(), "HEAD", {"--porcelain", ""});
    addFiles(QStringLiteral("standard"), m_standard.bare(), "feature", {"--porcelain", "-e"});
    addFiles(QStringLiteral("modes"), m_modes, "main", {"--porcelain", "", "-f -n"});
    addFiles(QStringLiteral("modes"), m_modes, "main~1", {"--porcelain"});

    // Line ranges in every form git reads, several at once, and their errors.
    for (const QByteArray &range :
         {QByteArray("-L 2,5"), QByteArray("-L 5,2"), QByteArray("-L 10"), QByteArray("-L 10,"),
          QByteArray("-L ,4"), QByteArray("-L 3,+4"), QByteArray("-L 12,-5"),
          QByteArray("-L 3,-10"), QByteArray("-L 1,1 -L 20,22 -L 2,3"),
          QByteArray("-L 4,8 -L 6,12"), QByteArray("-L 30,100"), QByteArray("-L 300,310"),
          QByteArray("-L 0,3"), QByteArray("-L 3,+0"), QByteArray("-L x"), QByteArray("-L 3,4x"),
          QByteArray("-L ^,5"), QByteArray("-L1,3 --porcelain"), QByteArray("-L 2,4 -n -f")}) {
        addRow(QStringLiteral("range"), m_story,
               split(range) + QByteArrayList {"main", "--", "alpha.md"});
    }
    addRow(QStringLiteral("range"), m_story, {"-L", "1,2", "main", "--", "empty.txt"});
    addRow(QStringLiteral("range"), m_story, {"-L", ",", "main", "--", "empty.txt"});
    // Other ways to name the revision and the file.
    addRow(QStringLiteral("names"), m_story, {"main", "alpha.md"});
    addRow(QStringLiteral("names"), m_story, {"main~2^2", "--", "./dir//c.txt"});
    addRow(QStringLiteral("names"), m_story, {"--porcelain", "main^{commit}", "--", "dir/c.txt"});

    // A sample of the random history: every file of a few revisions.
    for (const QByteArray &revision : {QByteArray("main"), QByteArray("main~40"),
                                       QByteArray("branch1"), QByteArray("main~400^2")}) {
        addFiles(QStringLiteral("random"), m_random, revision, {"--porcelain"});
    }
    addFiles(QStringLiteral("random"), m_random, "main~7", {""});

    // Failures git reports too (the message may differ, success or failure may not).
    for (const QByteArrayList &arguments :
         QList<QByteArrayList> {{"no-such-revision", "--", "alpha.md"},
                                {"main", "--", "missing.txt"},
                                {"main", "--", "dir"},
                                {"main", "--", "dir/"},
                                {"main^{tree}", "--", "alpha.md"},
                                {"main~99", "--", "alpha.md"},
                                {"main", "--", "../outside"}}) {
        addRow(QStringLiteral("edge"), m_story, arguments);
    }
}

void TestCliBlame::conformsToGit()
{
    QFETCH(QString, repository);
    QFETCH(QByteArrayList, arguments);
    const QString difference = differenceFromGit(repository, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliBlame::libgit2Fixtures_data()
{
    addLibgit2FixtureRows();
}

// A sample of the files of each repository git can read: the first, the last and a few
// picked by a fixed seed.
void TestCliBlame::libgit2Fixtures()
{
    QFETCH(QString, name);
    const QString repository
        = copyLibgit2Fixture(name, m_scratch.filePath(QStringLiteral("fixtures")));
    QVERIFY(!repository.isEmpty());
    QByteArrayList files;
    for (const QByteArray &file :
         gitOutput(repository, {"ls-tree", "-r", "-z", "--name-only", "HEAD"}).split('\0')) {
        if (!file.isEmpty())
            files.append(file);
    }
    QByteArrayList sample;
    QRandomGenerator random(qHash(name));
    for (int i = 0; i < 4 && !files.isEmpty(); ++i)
        sample.append(files.at(i == 0       ? 0
                                   : i == 1 ? files.size() - 1
                                            : random.bounded(int(files.size()))));
    for (const QByteArray &file : std::as_const(sample)) {
        for (const QByteArray &flags : {QByteArray("--porcelain"), QByteArray("")}) {
            const QString difference = differenceFromGit(repository,
                                                         QByteArrayList {"blame"} + split(flags)
                                                             + QByteArrayList {"HEAD", "--", file});
            QVERIFY2(difference.isEmpty(), qPrintable(difference));
        }
    }
}

void TestCliBlame::failuresFollowConventions_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("unknown flag") << QByteArrayList {"-M", "main", "--", "alpha.md"} << 2
                                  << QStringLiteral("'-M'");
    QTest::newRow("no revision") << QByteArrayList {"--", "alpha.md"} << 2
                                 << QStringLiteral("revision");
    QTest::newRow("two files") << QByteArrayList {"main", "--", "alpha.md", "b.txt"} << 2
                               << QStringLiteral("one file");
    QTest::newRow("regex range") << QByteArrayList {"-L", "/alpha/,+2", "main", "--", "alpha.md"}
                                 << 2 << QStringLiteral("regular expressions");
    QTest::newRow("bad range") << QByteArrayList {"-L", "3,4x", "main", "--", "alpha.md"} << 2
                               << QStringLiteral("'3,4x'");
    QTest::newRow("beyond the end") << QByteArrayList {"-L", "300,310", "main", "--", "alpha.md"}
                                    << 1 << QStringLiteral("'alpha.md'");
    QTest::newRow("line zero") << QByteArrayList {"-L", "0,3", "main", "--", "alpha.md"} << 1
                               << QStringLiteral("0");
    QTest::newRow("unknown revision")
        << QByteArrayList {"no-such", "--", "alpha.md"} << 1 << QStringLiteral("'no-such'");
    QTest::newRow("missing path") << QByteArrayList {"main", "--", "missing.txt"} << 1
                                  << QStringLiteral("'missing.txt'");
    QTest::newRow("folder") << QByteArrayList {"main", "--", "dir"} << 1 << QStringLiteral("'dir'");
}

void TestCliBlame::failuresFollowConventions()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedInMessage);
    const ProcessResult result = clearroomCli(
        QByteArrayList {"-C", QFile::encodeName(m_story), "repo", "blame"} + arguments);
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(result.exitCode, exitCode);
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
}

void TestCliBlame::cacheKeepsGitsAnswer_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArrayList>("arguments");
    addFiles(QStringLiteral("steady"), m_steady, "main", {"--porcelain", "", "-w"});
    addFiles(QStringLiteral("steady"), m_steady, "main~25", {"--porcelain"});
    addFiles(QStringLiteral("steady"), m_steady, "side", {"--porcelain"});
    addRow(QStringLiteral("steady"), m_steady, {"-L", "5,12", "main", "--", "src/steady.txt"});
    addFiles(QStringLiteral("story"), m_story, "main", {"--porcelain", "--root -n"});
    addFiles(QStringLiteral("story"), m_story, "side", {"--porcelain"});
    addFiles(QStringLiteral("modes"), m_modes, "main", {"--porcelain"});
    for (const QByteArray &revision : {QByteArray("main"), QByteArray("main~40"),
                                       QByteArray("branch1"), QByteArray("main~400^2")}) {
        addFiles(QStringLiteral("random"), m_random, revision, {"--porcelain"});
    }
}

// With the cache warm, blame's output is git's and byte for byte what it is with
// --no-cache and with CLEARROOM_NO_CACHE=1.
void TestCliBlame::cacheKeepsGitsAnswer()
{
    QFETCH(QString, repository);
    QFETCH(QByteArrayList, arguments);
    const QByteArray repo = QFile::encodeName(repository);
    if (!m_cached.contains(repository)) {
        const ProcessResult built = clearroomCli({"-C", repo, "repo", "cache", "build"});
        QVERIFY2(built.ok(), built.standardError.constData());
        m_cached.insert(repository);
    }
    const QString difference = differenceFromGit(repository, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    const ProcessResult warm = clearroomCli(QByteArrayList {"-C", repo, "repo"} + arguments);
    const ProcessResult cold = clearroomCli(
        QByteArrayList {"-C", repo, "repo", "blame", "--no-cache"} + arguments.mid(1));
    const ProcessResult off
        = clearroomCli(QByteArrayList {"-C", repo, "repo"} + arguments, {"CLEARROOM_NO_CACHE=1"});
    QVERIFY2(warm.ok() && cold.ok() && off.ok(), cold.standardError.constData());
    QCOMPARE(warm.standardOutput, cold.standardOutput);
    QCOMPARE(off.standardOutput, cold.standardOutput);
    const QByteArray status = clearroomCli({"-C", repo, "repo", "cache", "status"}).standardOutput;
    QVERIFY(QFile::exists(QString::fromUtf8(status.split('\'').value(1))));
    // The warm runs read without re-hashing: the objects were verified once.
    QVERIFY2(status.contains("objects are not hashed again"), status.constData());
}

// A cache built before the newest commits (stale), one with a flipped byte (damaged) and
// one with a right checksum that lies about a commit (forged) never change blame's answer:
// new commits are read from the repository, a damaged file is deleted and not used, a lie
// about a commit that takes the blame is an error and the file is deleted.
void TestCliBlame::staleDamagedOrForgedCacheIsNotTrusted()
{
    const QString path = m_scratch.filePath(QStringLiteral("growing"));
    const QByteArray repo = QFile::encodeName(path);
    FixtureRepository fixture(path);
    QVERIFY2(fixture.init() && fixture.writeFile("f.txt", numbered("line", 0, 20))
                 && fixture.commitAll("First"),
             qPrintable(fixture.lastError()));
    for (int i = 0; i < 12; ++i) {
        QVERIFY2(fixture.writeFile("other.txt", numbered("other", 0, i + 1))
                     && (i % 4 != 3 || fixture.writeFile("f.txt", numbered("line", 0, 20 + i)))
                     && fixture.commitAll("Change " + QByteArray::number(i)),
                 qPrintable(fixture.lastError()));
    }
    const ProcessResult built = clearroomCli({"-C", repo, "repo", "cache", "build"});
    QVERIFY2(built.ok(), built.standardError.constData());
    const QString cacheFile = QString::fromUtf8(built.standardOutput.split('\'').value(1));
    QVERIFY2(QFile::exists(cacheFile), built.standardOutput.constData());

    // Stale: new commits change the file after the cache was built.
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(fixture.writeFile("f.txt", "new first\n" + numbered("line", 1, 25 + i))
                     && fixture.commitAll("After the cache " + QByteArray::number(i)),
                 qPrintable(fixture.lastError()));
    }
    const QByteArrayList arguments {"blame", "--porcelain", "HEAD", "--", "f.txt"};
    const QByteArray expected = gitOutput(path, arguments);
    QVERIFY(!expected.isEmpty());
    QVERIFY(clearroomCli({"-C", repo, "repo", "cache", "status"})
                .standardOutput.contains("It is stale"));
    QString difference = differenceFromGit(path, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // Damaged: a byte flipped in the middle.
    QFile file(cacheFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    const QString damage = flipMiddleByte(cacheFile);
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    difference = differenceFromGit(path, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    QVERIFY(!QFile::exists(cacheFile));

    // Forged: the commit time of the root commit (blamed for lines) changed, the checksum
    // made right again. The commit is read before it is shown, and the cache deleted.
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(good), good.size());
    file.close();
    const QString forgery = forgeCommitTime(
        cacheFile, QByteArray::fromHex(gitOutput(path, {"rev-parse", "HEAD~15^{tree}"}).trimmed()));
    QVERIFY2(forgery.isEmpty(), qPrintable(forgery));
    const ProcessResult forged = clearroomCli(QByteArrayList {"-C", repo, "repo"} + arguments);
    const QString violation = failureConventionViolation(forged);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QVERIFY2(forged.standardError.contains("disagrees"), forged.standardError.constData());
    QVERIFY(!QFile::exists(cacheFile));
    difference = differenceFromGit(path, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestCliBlame)
#include "tst_cli_blame.moc"
