// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo diff` against `git diff --no-textconv --no-ext-diff`: byte-identical
// standard output and the same success or failure for every output format and rename
// option, on a written-down history of every case git's diff distinguishes, on a
// repository with more rename candidates than git's limit, on pairs of commits of a seeded
// random history, and on Debian's libgit2-fixtures repositories; failures follow
// clearroom-cli's conventions.
#include "diffcommand.h"
#include "diffstat.h"
#include "gitconformance.h"
#include "historybuilder.h"
#include "libgit2fixtures.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QTest>

#include <random>

using namespace clearroom::test;

namespace {

const QByteArray emptyTree = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";

// Every output format, alone and combined, and every rename option.
const QList<QByteArrayList> storyFlags = {
    {},
    {"-p"},
    {"--stat"},
    {"--numstat"},
    {"--shortstat"},
    {"--summary"},
    {"--raw"},
    {"--name-status"},
    {"--name-only"},
    {"-z", "--raw"},
    {"-z", "--name-status"},
    {"-z", "--numstat", "--name-only"},
    {"-z", "--raw", "--numstat", "--stat", "--summary", "-p"},
    {"--raw", "--numstat", "--stat", "--shortstat", "--summary", "-u"},
    {"--stat", "-p"},
    {"-U0"},
    {"-U1", "--stat"},
    {"--unified=8"},
    {"--no-renames", "--stat", "-p"},
    {"-M", "--no-renames", "-M30%", "--raw"},
    {"-M7", "--name-status"},
    {"-M0.9", "--stat"},
    {"-M100%", "--name-status"},
    {"--find-renames=65%", "--raw"},
    {"--find-renames", "--summary"},
    {"-M1.5", "--name-status"},
    {"-M05", "--name-status"},
    {"-l1", "--name-status"},
    {"-l", "0", "--name-status"},
    {"--stat=60"},
    {"--stat=100,30"},
    {"--stat=200,0,3"},
    {"--stat=,,1", "--numstat"},
    {"--stat-width=50"},
    {"--stat-name-width=20"},
    {"--stat-graph-width=10"},
    {"--stat-count=2", "--summary"},
    {"--no-textconv", "--no-ext-diff", "--patch"},
};

// For the random history, fixtures and pathspecs: every format at least once, cheaply.
const QList<QByteArrayList> everyFormat = {
    {"--raw", "--numstat", "--stat", "--shortstat", "--summary", "-p"},
    {"--name-status"},
};

QByteArray numbered(const QByteArray &text, int from, int to)
{
    QByteArray lines;
    for (int i = from; i < to; ++i)
        lines += text + ' ' + QByteArray::number(i) + '\n';
    return lines;
}

// `text` with the lines numbered in `changed` replaced.
QByteArray edited(const QByteArray &text, const QVector<int> &changed, const QByteArray &tag)
{
    QByteArrayList lines = text.split('\n');
    for (const int line : changed)
        lines[line] = tag + ' ' + QByteArray::number(line);
    return lines.join('\n');
}

QByteArray cSource()
{
    return "#include <stdio.h>\n"
           "\n"
           "static int helper(int x)\n"
           "{\n"
        + numbered("    x = x * 3 +", 0, 12)
        + "    return x;\n"
          "}\n"
          "\n"
          "void a_function_with_a_signature_longer_than_the_eighty_bytes_git_keeps(int "
          "first, int second)   \n"
          "{\n"
        + numbered("    first += second -", 0, 10)
        + "}\n"
          "\n"
          "int main(int argc, char **argv)\n"
          "{\n"
        + numbered("    printf(\"%d\\n\", helper(argc)) +", 0, 14) + "  label:\n"
        + numbered("    argc--; /* step */", 0, 6) + "    return 0;\n}\n";
}

// The written-down history: each case of the brief, changed in several steps, so that
// every pair of its commits is a test of its own.
HistoryBuilder storyHistory()
{
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    QByteArray binary("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    for (int i = 0; i < 300; ++i)
        binary += char(i * 7);
    const QByteArray config = numbered("setting", 0, 40);
    const QByteArray shared = numbered("shared", 0, 40);
    const QByteArray sixty = numbered("sixty", 0, 20);
    const QByteArray longName = "a/very/long/path/name/that/goes/on/and/on/far/beyond/what/a/"
                                "terminal/shows/in/its/width/file.txt";

    commit.files = {
        {"src/main.c", cSource()},
        {"src/util.c", numbered("int util", 0, 30)},
        {"README", numbered("Read me", 0, 10)},
        {"docs/guide.txt", numbered("Guide", 0, 30)},
        {"docs/old-name.txt", numbered("Old name", 0, 25)},
        {"docs/x.txt", numbered("x", 0, 8)},
        {"data/blob.bin", binary},
        {"data/same.bin", binary + "same"},
        {"crlf.txt", "first\r\nsecond\r\nthird\r\n"},
        {"latin1.txt",
         "caf\xe9\nna\xefve\nstra\xdf"
         "e\n"},
        {"empty.txt", ""},
        {"empty-later.txt", ""},
        {"script.sh", "#!/bin/sh\necho hello\n"},
        {"link", "README"},
        {"sub", "1111111111111111111111111111111111111111"},
        {"typechange", "a regular file\n"},
        {"nonl.txt", "no newline at the end"},
        {"gets-newline.txt", "one\ntwo"},
        {"name with space.txt", "spaced\n"},
        {"tab\tname.txt", "tab\n"},
        {"quote\"name.txt", "quote\n"},
        {"\"leading-quote.txt", "leading quote\n"},
        {"back\\slash.txt", "backslash\n"},
        {"caf\xc3\xa9.txt", "utf-8 name\n"},
        {"lat\xe9.txt", "latin-1 name\n"},
        {"fd", "a file that becomes a folder\n"},
        {"gone.txt", numbered("gone", 0, 5)},
        {"inside/moves-out.txt", numbered("moves out", 0, 12)},
        {longName, numbered("long", 0, 4)},
        {"big.txt", numbered("big", 0, 400)},
        {"rules/a/config.txt", config},
        {"rules/p/same.txt", numbered("same", 0, 10)},
        {"rules/q/same.txt", numbered("same", 0, 10)},
        {"rules/r/other.txt", numbered("same", 0, 10)},
        {"rules/u/first.txt", shared},
        {"rules/u/second.txt", shared},
        {"rules/m/sixty.txt", sixty},
        {"tools/run.sh", "#!/bin/sh\nexec \"$@\"\n"},
    };
    commit.modes = {{"link", "120000"}, {"sub", "160000"}};
    commit.message = "Initial import\n";
    int at = history.commit(commit);

    // Edits of every kind, renames with and without edits, a copy.
    commit.parents = {at};
    commit.time += 60;
    commit.files["src/main.c"] = edited(cSource(), {7, 26, 40, 51}, "    changed();");
    commit.files.insert("docs/new-name.txt",
                        edited(commit.files.take("docs/old-name.txt"), {3, 10}, "edited"));
    commit.files.insert("guide/guide.txt", commit.files.take("docs/guide.txt"));
    commit.files.insert("docs/sub/x.txt", commit.files.take("docs/x.txt"));
    commit.files["src/util_copy.c"] = commit.files.value("src/util.c") + "int copied;\n";
    commit.modes["script.sh"] = "100755";
    commit.files["data/blob.bin"][20] = 'X';
    commit.files["crlf.txt"] = "first\r\nsecond, changed\r\nthird\r\n";
    commit.files["latin1.txt"] += "d\xe9j\xe0 vu\n";
    commit.files.insert("empty-renamed.txt", commit.files.take("empty.txt"));
    commit.files["link"] = "src/main.c";
    commit.files["sub"] = "2222222222222222222222222222222222222222";
    commit.modes["typechange"] = "120000";
    commit.files["typechange"] = "README";
    commit.files["nonl.txt"] = "no newline at the end, still";
    commit.files["gets-newline.txt"] += '\n';
    commit.files["name with space.txt"] += "more\n";
    commit.files.insert("tab\tname renamed.txt", commit.files.take("tab\tname.txt"));
    commit.files["quote\"name.txt"] += "more\n";
    commit.files["lat\xe9.txt"] += "more\n";
    commit.files.remove("fd");
    commit.files["fd/inner.txt"] = "now a folder\n";
    commit.files.remove("gone.txt");
    commit.files["big.txt"] = numbered("big, changed", 0, 300) + numbered("big", 300, 400);
    at = history.commit(commit);

    // Back and forth: recreated paths, types changed back, a rename with a new mode, a
    // binary renamed with and without a change, a rename leaving a folder.
    commit.parents = {at};
    commit.time += 60;
    commit.files["gone.txt"] = numbered("back again", 0, 3);
    commit.files.insert("bin/tool.sh", commit.files.take("script.sh") + "echo more\n");
    commit.modes.remove("script.sh");
    commit.modes["bin/tool.sh"] = "100755";
    commit.files.insert("data/renamed.bin", commit.files.take("data/blob.bin"));
    commit.files.insert("data/changed-same.bin", commit.files.take("data/same.bin") + "more");
    commit.modes.remove("typechange");
    commit.files["typechange"] = "a regular file again\n";
    commit.files.remove("sub");
    commit.modes.remove("sub");
    commit.files["sub"] = "a file where a submodule was\n";
    commit.files["link2"] = "README";
    commit.modes["link2"] = "120000";
    commit.files["new-sub"] = "3333333333333333333333333333333333333333";
    commit.modes["new-sub"] = "160000";
    commit.files.insert("outside/moves-out.txt",
                        commit.files.take("inside/moves-out.txt") + "moved\n");
    commit.files["empty-later.txt"] = "not empty any more\n";
    commit.files["nonl.txt"] += '\n';
    commit.files["latin1.txt"] = "\xe9\n\xe0\n";
    at = history.commit(commit);

    // git's rename rules: identical files first (the same base name preferred), then a
    // unique base name when similar enough (over a more similar file elsewhere), then the
    // most similar pairs, ties to the first source; a 60 % rename for the thresholds.
    commit.parents = {at};
    commit.time += 60;
    commit.files.remove("rules/a/config.txt");
    commit.files["rules/b/config.txt"] = edited(config, {1, 5, 9, 13, 17, 21, 25, 29}, "new");
    commit.files["rules/c/settings.txt"] = edited(config, {2}, "new");
    for (const QByteArray path : {"rules/p/same.txt", "rules/q/same.txt", "rules/r/other.txt"})
        commit.files.remove(path);
    commit.files["rules/s/same.txt"] = numbered("same", 0, 10);
    commit.files["rules/t/new.txt"] = numbered("same", 0, 10);
    commit.files.remove("rules/u/first.txt");
    commit.files.remove("rules/u/second.txt");
    commit.files["rules/v/target.txt"] = shared + "one more line\n";
    commit.files["rules/v/second.txt"] = shared + "another line\n";
    commit.files.insert(
        "rules/n/sixty-two.txt",
        edited(commit.files.take("rules/m/sixty.txt"), {0, 2, 4, 6, 8, 10, 12}, "different"));
    commit.files.insert("a/very/long/path/name/that/goes/on/and/on/far/beyond/what/a/"
                        "terminal/shows/in/its/width/renamed.txt",
                        commit.files.take(longName));
    // Identical under a new name and mode.
    commit.files.insert("tools/bin/run", commit.files.take("tools/run.sh"));
    commit.modes["tools/bin/run"] = "100755";
    at = history.commit(commit);
    history.setBranch("main", at);
    return history;
}

// More rename candidates than git's limit of 1000 allows; a pair with a unique base name
// is still found (git looks for those before it checks the limit).
HistoryBuilder crowdedHistory()
{
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    for (int i = 0; i < 1001; ++i)
        commit.files["old/f" + QByteArray::number(i) + ".txt"] = numbered("file", i, i + 4);
    commit.files["old/keep.txt"] = numbered("keep", 0, 20);
    commit.files["old/exact.txt"] = "identical\n";
    const int first = history.commit(commit);
    commit.parents = {first};
    commit.time += 60;
    commit.files.clear();
    for (int i = 0; i < 1001; ++i)
        commit.files["new/g" + QByteArray::number(i) + ".txt"] = numbered("file", i, i + 4) + "+\n";
    commit.files["new/keep.txt"] = numbered("keep", 0, 20) + "kept\n";
    commit.files["new/exact-renamed.txt"] = "identical\n";
    history.setBranch("main", history.commit(commit));
    return history;
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conformsToGit_data();
    void conformsToGit();
    void libgit2Fixtures_data();
    void libgit2Fixtures();
    void renameLimitWarns();
    void renameThresholds_data();
    void renameThresholds();
    void renameDisplayNames_data();
    void renameDisplayNames();
    void failuresFollowConventions_data();
    void failuresFollowConventions();
    void damagedRepositories();

private:
    void addRow(const QString &label, const QString &repository, const QByteArrayList &arguments);

    ScratchDirectory m_scratch;
    QString m_story;
    QString m_storyBare;
    QString m_crowded;
    QString m_random;
};

void TestCliDiff::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    m_story = m_scratch.filePath(QStringLiteral("story"));
    m_storyBare = m_scratch.filePath(QStringLiteral("story.git"));
    const HistoryBuilder story = storyHistory();
    QVERIFY2(story.create(m_story, false, &error), qPrintable(error));
    QVERIFY2(story.create(m_storyBare, true, &error), qPrintable(error));
    m_crowded = m_scratch.filePath(QStringLiteral("crowded.git"));
    QVERIFY2(crowdedHistory().create(m_crowded, true, &error), qPrintable(error));
    m_random = m_scratch.filePath(QStringLiteral("random.git"));
    QVERIFY2(HistoryBuilder::random(20260501, 160).create(m_random, true, &error),
             qPrintable(error));
}

void TestCliDiff::addRow(const QString &label, const QString &repository,
                         const QByteArrayList &arguments)
{
    const QString name = label + QLatin1Char(' ') + printableBytes(arguments.join(' '));
    QTest::newRow(qPrintable(name))
        << repository << (QByteArrayList {"diff", "--no-textconv", "--no-ext-diff"} + arguments);
}

void TestCliDiff::conformsToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArrayList>("arguments");

    // Every ordered pair of the story's commits in every format.
    const QByteArrayList commits = {"main~3", "main~2", "main~1", "main"};
    for (const QByteArray &from : commits) {
        for (const QByteArray &to : commits) {
            if (from == to)
                continue;
            for (const QByteArrayList &flags : storyFlags)
                addRow(QStringLiteral("story"), m_storyBare, flags + QByteArrayList {from, to});
        }
    }
    // The work-tree repository (its work tree is never read), revision forms, trees.
    for (const QByteArrayList &revisions : QList<QByteArrayList> {{"main~3", "main"},
                                                                  {"main~3..main"},
                                                                  {"main~2.."},
                                                                  {"..main~1"},
                                                                  {emptyTree, "main"},
                                                                  {"main", emptyTree},
                                                                  {"main~1^{tree}", "main^{tree}"},
                                                                  {"main:rules", "main~3:rules"},
                                                                  {"main", "main"}}) {
        for (const QByteArrayList &flags : everyFormat)
            addRow(QStringLiteral("story-worktree"), m_story, flags + revisions);
    }
    // Pathspecs: a rename with one side outside is a deletion or an addition.
    for (const QByteArray &path :
         {QByteArray("inside"), QByteArray("outside"), QByteArray("src"), QByteArray("*.txt"),
          QByteArray(":!rules"), QByteArray("docs/new-name.txt"), QByteArray("fd"),
          QByteArray("fd/"), QByteArray("rules/v"), QByteArray(":(glob)rules/*/s*.txt"),
          QByteArray("missing"), QByteArray("lat\xe9.txt"), QByteArray(".")}) {
        for (const QByteArrayList &flags : everyFormat) {
            addRow(QStringLiteral("pathspec"), m_storyBare,
                   flags + QByteArrayList {"main~3", "main", "--", path});
        }
    }
    addRow(QStringLiteral("pathspec"), m_storyBare,
           {"--name-status", "main~3", "main", "--", "inside", "outside"});

    // Seeded random pairs of the random history, each in one of the formats.
    const QByteArrayList ids
        = referenceGit(m_random, {"rev-list", "--all"}).standardOutput.trimmed().split('\n');
    QVERIFY(ids.size() >= 150);
    const QList<QByteArrayList> randomFlags
        = {{"--stat"},    {"--numstat"},      {"--raw"},           {"--name-status"}, {"-p"},
           {"--summary"}, {"-M30%", "--raw"}, {"-M90%", "--stat"}, {"-z", "--raw"},   {"-U1"}};
    std::mt19937 random(20260501);
    for (int i = 0; i < 300; ++i) {
        const QByteArray from = ids.at(int(random() % quint32(ids.size())));
        const QByteArray to = ids.at(int(random() % quint32(ids.size())));
        addRow(QStringLiteral("random %1").arg(i), m_random,
               randomFlags.at(i % randomFlags.size()) + QByteArrayList {from, to});
    }

    // Failures git reports too (the message may differ, success or failure may not).
    for (const QByteArrayList &arguments :
         QList<QByteArrayList> {{"main"},
                                {"no-such-revision", "main"},
                                {"main:README", "main"},
                                {"main~1", "main", "--", "/absolute"},
                                {"main~1", "main", "--", "../outside"},
                                {"--name-only", "--name-status", "main~1", "main"},
                                {"-Mx", "main~1", "main"},
                                {"-M5%%", "main~1", "main"}}) {
        addRow(QStringLiteral("failure"), m_storyBare, arguments);
    }
}

void TestCliDiff::conformsToGit()
{
    const QString difference = differenceFromGitOfRow();
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliDiff::libgit2Fixtures_data()
{
    addLibgit2FixtureRows();
}

// Each fixture git can read: its last change, everything since its first commit, since
// the empty tree, and between its branch and tag tips.
void TestCliDiff::libgit2Fixtures()
{
    const QString repository
        = copyLibgit2FixtureOfRow(m_scratch.filePath(QStringLiteral("fixtures")));
    QVERIFY(!repository.isEmpty());
    if (!referenceGit(repository, {"rev-parse", "-q", "--verify", "HEAD^{tree}"}).ok()) {
        // Nothing to compare (no HEAD, or not a repository): both must fail alike.
        const QString difference = differenceFromGit(repository, {"diff", emptyTree, "HEAD"});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        return;
    }

    QList<QByteArrayList> pairs = {{emptyTree, "HEAD"}};
    if (referenceGit(repository, {"rev-parse", "-q", "--verify", "HEAD~1"}).ok())
        pairs.append(QByteArrayList {"HEAD~1", "HEAD"});
    const QByteArrayList roots = referenceGit(repository, {"rev-list", "--max-parents=0", "HEAD"})
                                     .standardOutput.trimmed()
                                     .split('\n');
    if (!roots.value(0).isEmpty())
        pairs.append(QByteArrayList {roots.last(), "HEAD"});
    const QByteArrayList tips
        = referenceGit(repository,
                       {"for-each-ref", "--format=%(objectname)", "refs/heads", "refs/tags"})
              .standardOutput.trimmed()
              .split('\n');
    for (qsizetype i = 1; i < tips.size() && i < 5; ++i)
        pairs.append(QByteArrayList {tips.at(i - 1), tips.at(i)});
    for (const QByteArrayList &pair : std::as_const(pairs)) {
        for (const QByteArrayList &flags : everyFormat) {
            const QString difference = differenceFromGit(
                repository,
                QByteArrayList {"diff", "--no-textconv", "--no-ext-diff"} + flags + pair);
            QVERIFY2(difference.isEmpty(),
                     qPrintable(QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(": ")
                                + difference));
        }
    }
}

void TestCliDiff::renameLimitWarns()
{
    // Standard output as git's, in every format; the inexact renames were not looked for.
    for (const QByteArrayList &flags : everyFormat + QList<QByteArrayList> {{"-l2000", "--stat"}}) {
        const QString difference = differenceFromGit(
            m_crowded, QByteArrayList {"diff"} + flags + QByteArrayList {"main~1", "main"});
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }
    const ProcessResult git = referenceGit(m_crowded, {"diff", "--name-status", "main~1", "main"});
    QVERIFY(git.standardError.contains("diff.renameLimit variable to at least 1001"));
    QVERIFY(git.standardOutput.contains("R100\told/exact.txt\tnew/exact-renamed.txt\n"));
    QVERIFY(git.standardOutput.contains("R096\told/keep.txt\tnew/keep.txt\n"));
    QVERIFY(git.standardOutput.contains("A\tnew/g0.txt\n"));

    // A warning of one line on standard error, in the user's language.
    const QByteArray repository = QFile::encodeName(m_crowded);
    const ProcessResult warned
        = clearroomCli({"-C", repository, "repo", "diff", "--stat", "main~1", "main"});
    QVERIFY(warned.ok());
    QCOMPARE(warned.standardError.count('\n'), 1);
    QVERIFY2(warned.standardError.startsWith("clearroom-cli: warning: repo diff: exhaustive rename "
                                             "detection was skipped")
                 && warned.standardError.contains("-l1001"),
             warned.standardError.constData());
    const ProcessResult german
        = clearroomCli({"-C", repository, "repo", "diff", "--stat", "main~1", "main"},
                       {"PATH=" + qgetenv("PATH"), "LANG=de_DE.UTF-8"});
    QVERIFY(german.ok());
    QCOMPARE(german.standardOutput, warned.standardOutput);
    QVERIFY2(german.standardError.contains("Warnung: repo diff: Die vollständige Erkennung"),
             german.standardError.constData());
    // With a limit that allows them, inexact renames are found and nothing is said.
    const ProcessResult allowed
        = clearroomCli({"-C", repository, "repo", "diff", "-l1001", "--stat", "main~1", "main"});
    QVERIFY(allowed.ok());
    QVERIFY(allowed.standardError.isEmpty());
    QVERIFY(allowed.standardOutput.contains(" old/f0.txt => new/g0.txt "));
}

// git's reading of -M<n> (out of 60000): digits are a fraction unless '%' follows.
void TestCliDiff::renameThresholds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("score");
    const QList<QPair<QByteArray, int>> cases
        = {{"", 0},           {"5", 30000},   {"50", 30000}, {"50%", 30000},   {"0.5", 30000},
           {".5", 30000},     {"05", 3000},   {"9", 54000},  {"100%", 60000},  {"150%", 60000},
           {"1.5", 60000},    {"5.5%", 3300}, {"0.05%", 30}, {"123456", 7407}, {"0.61539", 36923},
           {"99.99%", 59994}, {"x", -1},      {"5%%", -1},   {"-1", -1},       {"5 ", -1},
           {"1..2", -1}};
    for (const auto &[text, score] : cases)
        QTest::newRow(text.isEmpty() ? "(empty)" : text.constData()) << text << score;
}

void TestCliDiff::renameThresholds()
{
    QFETCH(QByteArray, text);
    QFETCH(int, score);
    QCOMPARE(clearroom::cli::parseRenameScore(text), score);
}

// The common folders before and the common end after are written once; the end may share
// its '/' with the beginning.
void TestCliDiff::renameDisplayNames_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QByteArray>("shown");
    QTest::newRow("folder") << QByteArray("d/moved.txt") << QByteArray("e/moved.txt")
                            << QByteArray("{d => e}/moved.txt");
    QTest::newRow("name") << QByteArray("src/a.c") << QByteArray("src/b.c")
                          << QByteArray("src/{a.c => b.c}");
    QTest::newRow("deeper") << QByteArray("a/b") << QByteArray("a/c/b")
                            << QByteArray("a/{ => c}/b");
    QTest::newRow("shallower") << QByteArray("a/c/b") << QByteArray("a/b")
                               << QByteArray("a/{c => }/b");
    QTest::newRow("nothing shared")
        << QByteArray("one") << QByteArray("two") << QByteArray("one => two");
    QTest::newRow("same end, no folder")
        << QByteArray("old.txt") << QByteArray("new.txt") << QByteArray("old.txt => new.txt");
    QTest::newRow("middle") << QByteArray("x/a/y/f") << QByteArray("x/b/y/f")
                            << QByteArray("x/{a => b}/y/f");
    QTest::newRow("quoted") << QByteArray("tab\tname") << QByteArray("plain")
                            << QByteArray("\"tab\\tname\" => plain");
}

void TestCliDiff::renameDisplayNames()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QByteArray, shown);
    QCOMPARE(clearroom::cli::renameDisplayName(from, to), shown);
}

void TestCliDiff::failuresFollowConventions_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("unknown flag") << QByteArrayList {"--bogus", "main~1", "main"} << 2
                                  << QStringLiteral("'--bogus'");
    QTest::newRow("combined short flags")
        << QByteArrayList {"-pz", "main~1", "main"} << 2 << QStringLiteral("'-pz'");
    QTest::newRow("bad threshold")
        << QByteArrayList {"-M50x", "main~1", "main"} << 2 << QStringLiteral("'-M50x'");
    QTest::newRow("bad context") << QByteArrayList {"-U-1", "main~1", "main"} << 2
                                 << QStringLiteral("'-U-1'");
    QTest::newRow("bad limit") << QByteArrayList {"-lx", "main~1", "main"} << 2
                               << QStringLiteral("'-lx'");
    QTest::newRow("limit without a number")
        << QByteArrayList {"main~1", "main", "-l"} << 2 << QStringLiteral("-l");
    QTest::newRow("bad stat width")
        << QByteArrayList {"--stat=wide", "main~1", "main"} << 2 << QStringLiteral("--stat=wide");
    QTest::newRow("one revision") << QByteArrayList {"main"} << 2 << QStringLiteral("two");
    QTest::newRow("three revisions")
        << QByteArrayList {"main~2", "main~1", "main"} << 2 << QStringLiteral("two");
    QTest::newRow("merge base") << QByteArrayList {"main~1...main"} << 2 << QStringLiteral("A...B");
    QTest::newRow("a file") << QByteArrayList {"main:README", "main"} << 2
                            << QStringLiteral("'main:README'");
    QTest::newRow("names only, twice")
        << QByteArrayList {"--name-only", "--name-status", "main~1", "main"} << 2
        << QStringLiteral("--name-status");
    QTest::newRow("unknown revision")
        << QByteArrayList {"main", "no-such"} << 1 << QStringLiteral("'no-such'");
}

void TestCliDiff::failuresFollowConventions()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedInMessage);
    const ProcessResult result = clearroomCli(
        QByteArrayList {"-C", QFile::encodeName(m_storyBare), "repo", "diff"} + arguments);
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(result.exitCode, exitCode);
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
}

// A missing or damaged file: one message naming the file and the object, exit 1.
void TestCliDiff::damagedRepositories()
{
    const QString path = m_scratch.filePath(QStringLiteral("damaged"));
    const QByteArray repository = QFile::encodeName(path);
    const QByteArrayList environment = referenceGitEnvironment();
    QVERIFY(runProcess("git", {"init", "-q", repository}, environment).ok());
    const auto commit = [&](const QByteArray &file, const QByteArray &content) {
        QFile out(path + QLatin1Char('/') + QFile::decodeName(file));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
        out.close();
        QVERIFY(runProcess("git", {"-C", repository, "add", file}, environment).ok());
        QVERIFY(runProcess("git",
                           {"-C", repository, "-c", "user.name=A", "-c", "user.email=a@x", "commit",
                            "-q", "-m", file},
                           environment)
                    .ok());
    };
    commit("kept.txt", "kept\n");
    commit("changed.txt", "before\n");
    commit("changed.txt", "after\n");
    const QByteArray before = referenceGit(path, QByteArrayList {"rev-parse", "HEAD~1:changed.txt"})
                                  .standardOutput.trimmed();
    const QByteArray after
        = referenceGit(path, {"rev-parse", "HEAD:changed.txt"}).standardOutput.trimmed();
    const auto objectFile = [&path](const QByteArray &id) -> QString {
        return path + QStringLiteral("/.git/objects/") + QString::fromLatin1(id.left(2))
            + QLatin1Char('/') + QString::fromLatin1(id.mid(2));
    };

    // The new content's object is another object's bytes: its id no longer matches.
    QFile::setPermissions(objectFile(after), QFile::ReadOwner | QFile::WriteOwner);
    QFile::remove(objectFile(after));
    QVERIFY(QFile::copy(objectFile(before), objectFile(after)));
    for (const QByteArrayList &flags : QList<QByteArrayList> {{"-p"}, {"--stat"}}) {
        const ProcessResult damaged = clearroomCli(QByteArrayList {"-C", repository, "repo", "diff"}
                                                   + flags + QByteArrayList {"HEAD~1", "HEAD"});
        const QString violation = failureConventionViolation(damaged);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.standardError.contains(after)
                     && damaged.standardError.contains("changed.txt"),
                 damaged.standardError.constData());
    }
    // Missing altogether.
    QVERIFY(QFile::remove(objectFile(after)));
    const ProcessResult missing
        = clearroomCli({"-C", repository, "repo", "diff", "--numstat", "HEAD~1", "HEAD"});
    const QString violation = failureConventionViolation(missing);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.standardError.contains(after) && missing.standardError.contains("missing"),
             missing.standardError.constData());
    // What needs no content still works, as in git.
    const QString difference = differenceFromGit(path, {"diff", "--raw", "HEAD~1", "HEAD"});
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
