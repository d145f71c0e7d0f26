// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo log` against `git log`: byte-identical standard output and the same
// success or failure, on the standard fixture, on a written-down history of merges,
// renames, encodings and odd messages, on a seeded random history, on a repository big
// enough for longer abbreviations, and on Debian's libgit2-fixtures repositories. The
// story and random histories have a commit-graph cache (`repo cache build`), which every
// row of them reads; the standard fixture has none.
#include "gitconformance.h"
#include "historybuilder.h"
#include "libgit2fixtures.h"
#include "logformat.h"
#include "process.h"
#include "readonlywatch.h"
#include "scratchdirectory.h"
#include "standardrepositories.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace clearroom::test;

namespace {

// Formats that between them use every placeholder and modifier repo log prints.
const QByteArrayList formats = {
    "--format=%H|%h|%T|%t|%P|%p",
    "--format=%an|%aN|%ae|%aE|%al|%aL|%ad|%aD|%ai|%aI|%as|%at",
    "--format=%cn|%cN|%ce|%cE|%cl|%cL|%cd|%cD|%ci|%cI|%cs|%ct",
    "--format=[%s]%n[%b]%n[%B]",
    "--format=%+s%-b% h%x41%x0a%m%e%%%gd%gs%Cred%Cgreen%Cblue%Creset%C(bold)",
    "--format=%z%q%(foo)%a%c%ax%x4%xZ1%+z%-%",
    "--format=x%n%-b|%+b|% b",
    "--pretty=format:%h %s",
    "--pretty=tformat:%h %s",
    "--format=tformat:%h",
    "--format=format:%h%n",
    "--format=",
    "--format=format:",
    "--pretty=oneline",
    "--pretty",
    "--pretty=medium",
    "--format=med",
    "--oneline",
    "--abbrev-commit",
    "--oneline --no-abbrev-commit",
};

QByteArrayList split(const QByteArray &arguments)
{
    return arguments.isEmpty() ? QByteArrayList() : arguments.split(' ');
}

QByteArray gitOutput(const QString &repository, const QByteArrayList &arguments)
{
    return referenceGit(repository, arguments).standardOutput;
}

// The written-down history: every case the brief of `repo log` names, in one repository.
HistoryBuilder storyHistory()
{
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    qint64 time = 1700000000;
    const auto next
        = [&](const QVector<int> &parents, const QByteArray &message, qint64 step = 60) {
              commit.parents = parents;
              commit.message = message;
              time += step;
              commit.time = time;
              return history.commit(commit);
          };
    QByteArray lines;
    for (int i = 0; i < 20; ++i)
        lines += "line " + QByteArray::number(i) + " of the first file\n";

    commit.files = {{"a.txt", lines},
                    {"b.txt", "b one\nb two\nb three\n"},
                    {"dir/c.txt", "c one\nc two\nc three\nc four\n"},
                    {"mix.txt", "mix\n"}};
    const int root = next({}, "Initial import\n");
    commit.files["a.txt"] += "more\n";
    commit.zone = "+0200";
    const int c1 = next({root}, "\n\n  Subject with leading space\n\nBody\n\n\n");
    commit.zone = "-0700";

    // A side branch; its first commit has the same time as main's next one.
    HistoryBuilder::Files mainFiles = commit.files;
    commit.files["b.txt"] = "b one\nb two changed on the side\nb three\n";
    const int s1 = next({c1}, "Side: change b\n");
    commit.files = mainFiles;
    commit.files["a.txt"] += "main change\n";
    const int c2 = next({c1}, "Main: change a\n", 0);
    commit.files = history.files(s1);
    commit.files["dir/c.txt"] += "c from the side\n";
    const int s2 = next({s1}, "Side: change c, with a clock that went back\n", -5000);
    time += 5000;
    // One side changed b.txt and dir/c.txt, the other a.txt.
    commit.files = history.files(c2);
    commit.files["b.txt"] = history.files(s2).value("b.txt");
    commit.files["dir/c.txt"] = history.files(s2).value("dir/c.txt");
    const int m1 = next({c2, s2}, "Merge the side branch\n");

    // A merge that takes its second parent's tree whole.
    commit.files = history.files(m1);
    commit.files["a.txt"] += "side again\n";
    commit.files["dir/c.txt"] += "side again\n";
    const int s3 = next({m1}, "Side: a and c\n");
    commit.files = history.files(m1);
    commit.files["mix.txt"] = "mix changed on main\n";
    const int c3 = next({m1}, "Main: mix\n");
    commit.files = history.files(s3);
    const int m2 = next({c3, s3}, "Merge taking the side's tree\n");

    // An evil merge: it changes a.txt, which neither parent changed.
    commit.files = history.files(m2);
    commit.files["b.txt"] += "b on the side\n";
    const int s4 = next({m2}, "Side: b\n");
    commit.files = history.files(m2);
    commit.files["dir/c.txt"] += "c on main\n";
    const int c4 = next({m2}, "Main: c\n");
    commit.files = history.files(c4);
    commit.files["b.txt"] = history.files(s4).value("b.txt");
    commit.files["a.txt"] += "evil\n";
    const int m3 = next({c4, s4}, "Evil merge\n");

    // Renames with edits, then an exact rename; a file deleted and recreated.
    commit.files = history.files(m3);
    commit.files.insert("docs/alpha.txt", commit.files.take("a.txt") + "renamed\n");
    const int c5 = next({m3}, "Rename a.txt to docs/alpha.txt with an edit\n");
    commit.files["docs/alpha.txt"] += "edited\n";
    const int c6 = next({c5}, "Edit alpha\n");
    commit.files.insert("alpha.md", commit.files.take("docs/alpha.txt"));
    const int c7 = next({c6}, "Rename docs/alpha.txt to alpha.md\n");
    commit.files.remove("b.txt");
    const int c8 = next({c7}, "Delete b.txt\n");
    commit.files["mix.txt"] += "between\n";
    const int c9 = next({c8}, "Something else\n");
    commit.files["b.txt"] = "a new b\n";
    const int c10 = next({c9}, "Recreate b.txt\n");

    // Encodings and odd messages; the same second for several commits.
    commit.author = "J\xe9r\xf4me Latin <jerome@example.org>";
    commit.encoding = "ISO-8859-1";
    commit.files["mix.txt"] += "latin\n";
    const int c11 = next({c10}, "Caf\xe9 au lait\n\nCorps du message: \xe9t\xe9\n", 0);
    commit.encoding.clear();
    commit.files["mix.txt"] += "no header\n";
    const int c12 = next({c11}, "Latin-1 bytes without a header: \xe9\n", 0);
    commit.author = "Ada Auditor <ada@example.org>";
    commit.encoding = "UTF-8";
    commit.files["mix.txt"] += "utf8 header\n";
    const int c13 = next({c12}, "UTF-8 with a header: \xc3\xa9\n", 0);
    commit.encoding = "bogus-encoding";
    commit.files["mix.txt"] += "bogus\n";
    const int c14 = next({c13}, "Unknown encoding: \xe9\n");
    commit.encoding.clear();
    commit.files["mix.txt"] += "empty\n";
    const int c15 = next({c14}, "");
    commit.files["mix.txt"] += "crlf\n";
    const int c16 = next({c15}, "CRLF subject\r\nsecond line\r\n\r\nCRLF body\r\n");
    commit.files["mix.txt"] += "tabs\n";
    const int c17 = next({c16},
                         "Tabs\tin\tthe subject\n\n\tindented\n12345\t\xe6\x97\xa5\tX\x01\tY\n"
                         "trailing white space   \t\nA very long line: "
                             + QByteArray(150, 'x') + '\n');

    // A copy of a file that stays, with an edit: --follow goes to the original.
    commit.files["copy.txt"] = commit.files.value("dir/c.txt") + "copied\n";
    const int c18 = next({c17}, "Copy dir/c.txt\n");
    // Every form of mailmap line, git's reading of one the documentation does not
    // describe (a name after the address), a comment, case-insensitive addresses.
    commit.files[".mailmap"] = "# Who is who\n"
                               "Ada the Auditor <ada@auditors.example> <ada@example.org>\n"
                               "Bob Builder Jr <bob@example.org> Bob Builder\n"
                               "Nobody <nobody@example.org> Someone Else <bob@example.org>\n"
                               "<jerome@latin.example> <JEROME@example.org>\n"
                               "C <c@x>  # a comment at the end\n"
                               "broken line without an address\n";
    commit.author = "Bob Builder <bob@example.org>";
    const int c19 = next({c18}, "Add a mailmap\n");
    commit.author = "Ada Auditor <ada@example.org>";
    commit.files["copy.txt"] += "more\n";
    const int c20 = next({c19}, "Multi-line\nsubject\n\nbody\n\n\nlast paragraph\n");

    history.setBranch("main", c20);
    history.setBranch("side", s4);
    return history;
}

} // namespace

class TestCliLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformsToGit_data();
    void conformsToGit();
    void libgit2Fixtures_data();
    void libgit2Fixtures();
    void abbreviationGrows();
    void failuresFollowConventions_data();
    void failuresFollowConventions();
    void cacheCommand();
    void formatsReadCommitTextOnlyWhereShown_data();
    void formatsReadCommitTextOnlyWhereShown();

private:
    void addRows(const QString &label, const QString &repository, const QByteArrayList &paths,
                 const QByteArrayList &revisions);
    void addRow(const QString &label, const QString &repository, const QByteArrayList &arguments);

    StandardRepositories m_standard;
    ScratchDirectory m_scratch;
    QString m_story;
    QString m_storyBare;
    QString m_random;
};

void TestCliLog::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    // Commit-graph caches go to a folder of the test's own, never the user's.
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(m_scratch.filePath(QStringLiteral("cache"))));
    QString error;
    QVERIFY2(m_standard.create(&error), qPrintable(error));

    m_story = m_scratch.filePath(QStringLiteral("story"));
    m_storyBare = m_scratch.filePath(QStringLiteral("story.git"));
    const HistoryBuilder story = storyHistory();
    QVERIFY2(story.create(m_story, false, &error), qPrintable(error));
    QVERIFY2(story.create(m_storyBare, true, &error), qPrintable(error));

    // Commits no porcelain makes: broken people lines, odd dates, no message at all.
    const QByteArray tree = gitOutput(m_story, {"rev-parse", "HEAD^{tree}"}).trimmed();
    QByteArray parent = gitOutput(m_story, {"rev-parse", "HEAD"}).trimmed();
    const QByteArrayList people = {"No Email 1700002000 +0000",
                                   "Name <e@x>",
                                   "Name <e@x> notanumber +0000",
                                   "Name <e@x> 1700002000",
                                   "Name <e@x> 1700002000 +2359",
                                   "Name <e@x> 1700002000 -1260",
                                   "Name <e@x> 99999999999 +0000",
                                   "  Spaced   <e@x>   1700002000 +0100",
                                   "<e@x> 1700002000 +0000",
                                   "Name <e@x>1700002000 +0000",
                                   "Na<me <e@x> 1700002000 +0000",
                                   "Name <a>b@x> 1700002000 +0000",
                                   "Name <e@x> 18446744073709551617 +0000",
                                   "Name <e@x> 9223372036854775807 +0000",
                                   "Name <e@x 1700002000 +0000"};
    int step = 0;
    for (const QByteArray &person : people) {
        const QByteArray committer
            = "C <c@x> " + QByteArray::number(1700100000 + 100 * ++step) + " +0000\n";
        parent = writeRawCommit(m_story,
                                "tree " + tree + "\nparent " + parent + "\nauthor " + person
                                    + "\ncommitter " + committer + "\nperson: " + person + '\n');
        QVERIFY(!parent.isEmpty());
    }
    for (const QByteArray &rest :
         {QByteArray("\n"), QByteArray(""), QByteArray("\n\n   \n\t\n"), QByteArray("\nno newline"),
          QByteArray("mergetag object 0\n type commit\n\n continuation\n\nafter\n")}) {
        const QByteArray committer
            = "C <c@x> " + QByteArray::number(1700100000 + 100 * ++step) + " +0000\n";
        parent = writeRawCommit(m_story,
                                "tree " + tree + "\nparent " + parent
                                    + "\nauthor A <a@x> 1700000000 +0000\ncommitter " + committer
                                    + rest);
        QVERIFY(!parent.isEmpty());
    }
    QVERIFY(runProcess("git",
                       {"-C", QFile::encodeName(m_story), "update-ref", "refs/heads/odd", parent},
                       referenceGitEnvironment())
                .ok());

    m_random = m_scratch.filePath(QStringLiteral("random.git"));
    QVERIFY2(HistoryBuilder::random(20260412, 400).create(m_random, true, &error),
             qPrintable(error));
    for (const QString &repository : {m_story, m_storyBare, m_random}) {
        const ProcessResult built
            = clearroomCli({"-C", QFile::encodeName(repository), "repo", "cache", "build"});
        QVERIFY2(built.ok(), built.standardError.constData());
        // The cached rows also read without re-hashing: every object was verified once.
        const QByteArray status
            = clearroomCli({"-C", QFile::encodeName(repository), "repo", "cache", "status"})
                  .standardOutput;
        QVERIFY2(status.contains("objects are not hashed again"), status.constData());
    }
}

void TestCliLog::addRow(const QString &label, const QString &repository,
                        const QByteArrayList &arguments)
{
    const QString name = label + QLatin1Char(' ') + printableBytes(arguments.join(' '));
    QTest::newRow(qPrintable(name)) << repository << (QByteArrayList {"log"} + arguments);
}

// Every format on every revision; every path with and without --first-parent, --follow,
// -n and --reverse.
void TestCliLog::addRows(const QString &label, const QString &repository,
                         const QByteArrayList &paths, const QByteArrayList &revisions)
{
    for (const QByteArray &format : formats)
        addRow(label, repository, split(format));
    for (const QByteArray &revision : revisions) {
        for (const QByteArray &flags :
             {QByteArray(), QByteArray("--first-parent"), QByteArray("--reverse"),
              QByteArray("-n 3"), QByteArray("-2 --reverse"), QByteArray("--max-count=1"),
              QByteArray("-n0"), QByteArray("--first-parent --reverse -n 4"), QByteArray("-n -1"),
              QByteArray("--max-count -3"), QByteArray("-n 4294967298"), QByteArray("-n x")}) {
            addRow(label, repository,
                   split(flags) + QByteArrayList {"--format=%h %p %s", revision});
        }
    }
    for (const QByteArray &path : paths) {
        for (const QByteArray &flags :
             {QByteArray("--format=%h %p %s"), QByteArray("--first-parent --format=%h"),
              QByteArray("--follow --format=%h %s"),
              QByteArray("--follow --first-parent --format=%h"),
              QByteArray("--follow --reverse --format=%h"), QByteArray("--follow -n 2 --format=%h"),
              QByteArray("--follow --reverse -n 3 --format=%h"),
              QByteArray("--reverse -n 2 --format=%h")}) {
            addRow(label, repository, split(flags) + QByteArrayList {"--", path});
        }
    }
    addRow(label, repository, {"--"});
    addRow(label, repository, {"--format=%h", "--", paths.value(0), paths.value(1)});
}

void TestCliLog::conformsToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArrayList>("arguments");

    for (const QString &repository : {m_standard.workTree(), m_standard.bare()}) {
        const QString label = repository == m_standard.bare() ? QStringLiteral("standard-bare")
                                                              : QStringLiteral("standard");
        addRows(label, repository,
                {"src/main.cpp", "src", "src/", "README.md", "vendor/lib", "vendor/lib/", "CHANGES",
                 "feature.txt", "src/main.cpp/", "docs/latin1-\xe9t\xe9.txt", "docs/tab\tname.txt",
                 "nested/a/b/c", ".", "missing"},
                {"HEAD", "feature", "v1.0", "light", "main~1", "HEAD^{}"});
    }

    QByteArrayList storyPaths
        = {"a.txt",          "b.txt",        "dir",          "dir/",    "dir/c.txt",
           "docs/alpha.txt", "alpha.md",     "copy.txt",     "mix.txt", ".mailmap",
           "missing",        "./dir//c.txt", "dir/../b.txt", "docs",    "a.txt/nope"};
    for (const QString &repository : {m_story, m_storyBare}) {
        const QString label
            = repository == m_storyBare ? QStringLiteral("story-bare") : QStringLiteral("story");
        addRows(label, repository, storyPaths, {"main", "side", "main~3", "main^2", "main~9^2"});
    }
    for (const QByteArray &format : formats)
        addRow(QStringLiteral("odd"), m_story, split(format) + QByteArrayList {"odd"});
    addRow(QStringLiteral("odd"), m_story, {"odd"});

    // Every path the random history ever had.
    const QByteArrayList everyPath
        = gitOutput(m_random, {"log", "--all", "--format=", "--name-only"}).split('\n');
    QByteArrayList randomPaths = {"src", "src/util", "doc", "."};
    for (const QByteArray &path : everyPath) {
        if (!path.isEmpty() && !randomPaths.contains(path))
            randomPaths.append(path);
    }
    addRows(QStringLiteral("random"), m_random, randomPaths, {"main", "branch1", "main~20"});
    addRow(QStringLiteral("random"), m_random, {"--format=%H %P %ct", "branch2"});

    // Failures git reports too (the message may differ, success or failure may not), and
    // what git walks nothing from.
    for (const QByteArrayList &arguments :
         QList<QByteArrayList> {{"no-such-revision"},
                                {"HEAD^{tree}"},
                                {"HEAD:a.txt"},
                                {"--follow"},
                                {"--follow", "--", "a.txt", "b.txt"},
                                {"--", "../outside"},
                                {"--", ""},
                                {"--format=nonsense"},
                                {"--bogus"},
                                {"-n"},
                                {"main", "--", "/absolute"}}) {
        addRow(QStringLiteral("edge"), m_story, arguments);
    }
}

void TestCliLog::conformsToGit()
{
    const QString difference = differenceFromGitOfRow();
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliLog::libgit2Fixtures_data()
{
    addLibgit2FixtureRows();
}

void TestCliLog::libgit2Fixtures()
{
    const QString repository
        = copyLibgit2FixtureOfRow(m_scratch.filePath(QStringLiteral("fixtures")));
    QVERIFY(!repository.isEmpty());

    QList<QByteArrayList> cases = {{},
                                   {"--format=%H %h %P %p %T %t %an %aN %ae %ad %cd %s%n%b"},
                                   {"--first-parent", "--oneline"},
                                   {"--reverse", "--format=%h %s"}};
    const QByteArrayList paths
        = gitOutput(repository, {"ls-tree", "-r", "-t", "--name-only", "HEAD"}).split('\n');
    for (const QByteArray &path : paths.mid(0, 3)) {
        if (path.isEmpty())
            continue;
        cases.append({"--format=%h %p", "--", path});
        cases.append({"--follow", "--format=%h", "--", path});
    }
    for (const QByteArrayList &arguments : std::as_const(cases)) {
        const QString difference
            = differenceFromGit(repository, QByteArrayList {"log"} + arguments);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
}

// git abbreviates to more digits in a repository of more objects, and further where
// another object shares the prefix; core.abbrev sets the minimum.
void TestCliLog::abbreviationGrows()
{
    const QString big = m_scratch.filePath(QStringLiteral("big.git"));
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    for (int i = 0; i < 17000; ++i)
        commit.files.insert("f/" + QByteArray::number(i), QByteArray::number(i) + '\n');
    int last = history.commit(commit);
    for (int i = 0; i < 40; ++i) {
        commit.parents = {last};
        commit.time += 60;
        commit.files["f/" + QByteArray::number(i)] += "changed\n";
        last = history.commit(commit);
    }
    history.setBranch("main", last);
    QString error;
    QVERIFY2(history.create(big, true, &error), qPrintable(error));

    const QByteArrayList arguments = {"log", "--format=%h %t %p"};
    const QByteArray firstLine = gitOutput(big, arguments).split('\n').first();
    QCOMPARE(firstLine.split(' ').first().size(), 8); // 17,000 packed objects: 8 digits
    QString difference = differenceFromGit(big, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));

    // With a minimum of 4, prefixes shared with other objects make many ids longer.
    for (const QByteArray setting : {"4", "12", "no", "auto", "40"}) {
        QVERIFY(runProcess("git", {"-C", QFile::encodeName(big), "config", "core.abbrev", setting},
                           referenceGitEnvironment())
                    .ok());
        difference = differenceFromGit(big, arguments);
        const QString label = QString::fromLatin1(setting) + QStringLiteral(": ");
        QVERIFY2(difference.isEmpty(), qPrintable(label + difference));
        difference = differenceFromGit(big, {"log", "-n", "3"});
        QVERIFY2(difference.isEmpty(), qPrintable(label + difference));
        if (setting == "4") {
            // The case this is about: some ids need more than the minimum.
            const QByteArrayList ids = gitOutput(big, arguments).simplified().split(' ');
            QVERIFY(std::any_of(ids.cbegin(), ids.cend(),
                                [](const QByteArray &id) { return id.size() > 4; }));
        }
    }
}

void TestCliLog::failuresFollowConventions_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("unknown flag") << QByteArrayList {"--bogus"} << 2 << QStringLiteral("'--bogus'");
    QTest::newRow("--format without =")
        << QByteArrayList {"--format", "%h"} << 2 << QStringLiteral("--format=");
    QTest::newRow("unsupported placeholder")
        << QByteArrayList {"--format=%h %d"} << 2 << QStringLiteral("'%d'");
    QTest::newRow("unsupported padding")
        << QByteArrayList {"--format=%<(8)%s"} << 2 << QStringLiteral("'%<('");
    QTest::newRow("unsupported format")
        << QByteArrayList {"--pretty=fuller"} << 2 << QStringLiteral("fuller");
    QTest::newRow("unknown format")
        << QByteArrayList {"--format=nonsense"} << 2 << QStringLiteral("'nonsense'");
    QTest::newRow("range") << QByteArrayList {"main~2..main"} << 2
                           << QStringLiteral("'main~2..main'");
    QTest::newRow("two revisions")
        << QByteArrayList {"main", "side"} << 2 << QStringLiteral("'--'");
    QTest::newRow("wildcard") << QByteArrayList {"--", "*.txt"} << 2 << QStringLiteral("'*.txt'");
    QTest::newRow("--follow without a path")
        << QByteArrayList {"--follow"} << 2 << QStringLiteral("--follow");
    QTest::newRow("unknown revision")
        << QByteArrayList {"no-such"} << 1 << QStringLiteral("'no-such'");
}

void TestCliLog::failuresFollowConventions()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedInMessage);
    const ProcessResult result = clearroomCli(
        QByteArrayList {"-C", QFile::encodeName(m_story), "repo", "log"} + arguments);
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(result.exitCode, exitCode);
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
}

// repo cache build, status and drop: what they say, that the log is git's with the cache,
// without it (--no-cache, CLEARROOM_NO_CACHE) and with a stale one, that a damaged file
// is replaced, and that the repository's files are unchanged by all of it.
void TestCliLog::cacheCommand()
{
    const QString repository = m_scratch.filePath(QStringLiteral("cached"));
    QString error;
    QVERIFY2(HistoryBuilder::random(77, 150).create(repository, false, &error), qPrintable(error));
    const QByteArray repo = QFile::encodeName(repository);
    const auto before = snapshotTree(repository);
    ReadOnlyWatch watch;
    QVERIFY2(watch.start(repository, &error), qPrintable(error));

    const auto cache = [&repo](const QByteArray &action) {
        return clearroomCli({"-C", repo, "repo", "cache", action});
    };
    const auto log = [&repo](const QByteArrayList &arguments, const QByteArrayList &environment) {
        return clearroomCli(
            QByteArrayList {"-C", repo, "repo", "log", "--format=%H %P"} + arguments, environment);
    };
    QVERIFY(cache("drop").ok());
    ProcessResult result = cache("status");
    QVERIFY(result.ok());
    QVERIFY2(result.standardOutput.startsWith("There is no commit-graph cache"),
             result.standardOutput.constData());
    result = cache("build");
    QVERIFY2(result.ok(), result.standardError.constData());
    QVERIFY2(result.standardOutput.contains(" 0 taken over"), result.standardOutput.constData());
    const QString file = QString::fromUtf8(result.standardOutput.split('\'').value(1));
    QVERIFY2(QFile::exists(file), qPrintable(file));
    QVERIFY(!file.startsWith(repository));
    result = cache("status");
    QVERIFY(result.standardOutput.contains("It covers every ref and HEAD."));

    for (const QByteArray path : {"src", "README", "doc/", "src/a.c"}) {
        const QByteArray expected = gitOutput(repository, {"log", "--format=%H %P", "--", path});
        QCOMPARE(log({"--", path}, {}).standardOutput, expected);
        QCOMPARE(log({"--no-cache", "--", path}, {}).standardOutput, expected);
        QCOMPARE(log({"--", path}, {"CLEARROOM_NO_CACHE=1"}).standardOutput, expected);
    }

    // Damaged: deleted on the next log, which is still git's; built again from scratch.
    QFile damaged(file);
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    QVERIFY(damaged.seek(damaged.size() / 2));
    QCOMPARE(damaged.write("XXXX"), qint64(4));
    damaged.close();
    QCOMPARE(log({"--", "src"}, {}).standardOutput,
             gitOutput(repository, {"log", "--format=%H %P", "--", "src"}));
    QVERIFY(!QFile::exists(file));
    QVERIFY(cache("build").ok());

    QCOMPARE(watch.events(), QStringList());
    QCOMPARE(snapshotDifferences(before, snapshotTree(repository)), QStringList());

    // Stale after a new commit (made by git): still git's answer, and the next build takes
    // the old commits over.
    QVERIFY(runProcess("git", {"-C", repo, "commit", "-q", "--allow-empty", "-m", "later"},
                       referenceGitEnvironment({"GIT_AUTHOR_NAME=A", "GIT_AUTHOR_EMAIL=a@x",
                                                "GIT_COMMITTER_NAME=C", "GIT_COMMITTER_EMAIL=c@x"}))
                .ok());
    result = cache("status");
    QVERIFY2(result.standardOutput.contains("It is stale: 1 ref"),
             result.standardOutput.constData());
    QCOMPARE(log({"--", "src"}, {}).standardOutput,
             gitOutput(repository, {"log", "--format=%H %P", "--", "src"}));
    result = cache("build");
    QVERIFY2(!result.standardOutput.contains(" 0 taken over"), result.standardOutput.constData());
    result = cache("drop");
    QVERIFY2(result.standardOutput.startsWith("Deleted the commit-graph cache"),
             result.standardOutput.constData());
    QVERIFY(!QFile::exists(file));

    // Usage errors.
    for (const QByteArrayList &arguments :
         QList<QByteArrayList> {{}, {"rebuild"}, {"build", "drop"}, {"--bogus"}}) {
        result = clearroomCli(QByteArrayList {"-C", repo, "repo", "cache"} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(failureConventionViolation(result).isEmpty(),
                 qPrintable(failureConventionViolation(result)));
    }
}

QTEST_GUILESS_MAIN(TestCliLog)
void TestCliLog::formatsReadCommitTextOnlyWhereShown_data()
{
    // The walk parses the commits it shows only for a format that shows more than ids
    // (the conformance rows above give the output of both kinds).
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<bool>("readsText");
    QTest::newRow("%H") << QByteArray("%H") << false;
    QTest::newRow("ids") << QByteArray("%H|%h|%T|%t|%P|%p") << false;
    QTest::newRow("tformat:%h") << QByteArray("tformat:%h") << false;
    QTest::newRow("no placeholder") << QByteArray("format:x") << false;
    QTest::newRow("marks and colours")
        << QByteArray("%m%n%%%x41%Cred%C(bold)%gd%+h% p%-t") << false;
    QTest::newRow("not placeholders") << QByteArray("%z%q%ax%x4%%s") << false;
    QTest::newRow("%s") << QByteArray("%H %s") << true;
    QTest::newRow("%+b") << QByteArray("%h%+b") << true;
    QTest::newRow("%B") << QByteArray("%B") << true;
    QTest::newRow("%e") << QByteArray("%e") << true;
    QTest::newRow("%an") << QByteArray("%an") << true;
    QTest::newRow("% cd") << QByteArray("%h% cd") << true;
    QTest::newRow("%aN") << QByteArray("%aN") << true;
    QTest::newRow("medium") << QByteArray("medium") << true;
    QTest::newRow("oneline") << QByteArray("oneline") << true;
}

void TestCliLog::formatsReadCommitTextOnlyWhereShown()
{
    QFETCH(QByteArray, format);
    QFETCH(bool, readsText);
    const auto parsed = clearroom::cli::LogFormat::parse(format);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->readsCommitText(), readsText);
}

#include "tst_cli_log.moc"
