// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo grep` against `git grep`: byte-identical standard output and the
// same success or failure for flags, patterns, revisions, pathspecs and option orders, on
// the standard fixture (work tree and bare), on a fixture of awkward content built here
// (CRLF, no final newline, binary files, latin-1, words with underscores, regex specials,
// names that need quoting or look like wildcards), and on Debian's libgit2-fixtures; the
// same again with every object verified once (`repo cache build`), read without re-hashing.
#include "fixturerepository.h"
#include "gitconformance.h"
#include "libgit2fixtures.h"
#include "scratchdirectory.h"
#include "standardrepositories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace clearroom::test;

namespace {

const QList<QByteArrayList> flagSets = {{},
                                        {"-n"},
                                        {"-i"},
                                        {"-w"},
                                        {"-l"},
                                        {"-c"},
                                        {"-E"},
                                        {"-F"},
                                        {"-n", "-i"},
                                        {"-n", "-w"},
                                        {"-niw"},
                                        {"-c", "-i"},
                                        {"-l", "-w"},
                                        {"-n", "-E", "-w"},
                                        {"-F", "-i", "-n"},
                                        {"-F", "-w", "-n"},
                                        {"-l", "-c"},
                                        {"-c", "-l"},
                                        {"-E", "-F"},
                                        {"-F", "-E", "-n"},
                                        {"-G"},
                                        {"-v", "-n"},
                                        {"-v", "-c"},
                                        {"-a", "-n"},
                                        {"-I", "-c"},
                                        {"-q"},
                                        {"--line-number", "--ignore-case", "--word-regexp"},
                                        {"--count", "--extended-regexp"},
                                        {"--files-with-matches", "--fixed-strings"},
                                        {"--name-only"}};

// Patterns for the standard fixture: plain words, empty matches, anchors, specials.
const QByteArrayList standardPatterns
    = {"e", "main", "MAIN", "^$", "^", "", "o$", "in.", "s(", "[[:upper:]]", "a|i", "t\\{2\\}"};

// What the awkward fixture holds, one file each.
struct FixtureFile
{
    QByteArray path;
    QByteArray content;
};

QList<FixtureFile> awkwardFiles()
{
    QByteArray lateNul(9000, 'x');
    lateNul.append('\n');
    lateNul.append("late NUL after the first 8,000 bytes: still text\n");
    lateNul.append('\0');
    lateNul.append("\nfoo\n");
    QByteArray earlyNul = "header\n";
    earlyNul.append('\0');
    earlyNul.append("binary foo match here\nfoo again\nfoo_bar\n");
    return {
        {"words.txt",
         "foo_bar foo\nxfoo foox\nfoo\n_foo\nfoo-bar\nfoofoo foo\nabb_ ab\n"
         "FOO Foo fOO\nfoo1 foo\nunder_score_word\nCRLF line\r\n"
         "last line without newline"},
        {"crlf.txt", "alpha\r\nbeta\r\n\r\ngamma foo\r\n"},
        {"cr-only.txt", "one\rtwo\rfoo\r"},
        {"nonl.txt", "one\ntwo foo"},
        {"blank-lines.txt", "\n\n\nfoo\n\n"},
        {"latin1.txt", "caf\xe9 latin\nCAF\xc9 upper\n\xc3\xa9t\xc3\xa9 utf-8\nna\xefve foo\n"},
        {"specials.txt",
         "a.b\na*b\n[x]\n(paren)\n{brace}\nback\\slash\n$dollar\n^caret\n"
         "a+b\na?b\na|b\ntab\there\n"},
        {"bin/early-nul.dat", earlyNul},
        {"bin/late-nul.dat", lateNul},
        {"sub dir/b\tin.dat", QByteArray("x\0 foo hit\n", 11)},
        {"src/deep/er/code.c", "/* foo */\nint foo_bar(void) { return 0; }\n// FIXME later\n"},
        {"src/deep/code.h", "#define FOO 1\n// TODO: foo\n"},
        {"src/util.c", "static int foo;\n"},
        {"a[1].txt", "foo in a[1]\n"},
        {"a1.txt", "foo in a1\n"},
        {"a[b", "foo in a[b\n"},
        {"*star", "foo in star\n"},
        {"br[1]/x", "foo in br[1]/x\n"},
        {"br1", "foo in br1\n"},
        {"q?.txt", "foo in q?\n"},
        {"d\tq/f.txt", "foo in a folder with a tab\n"},
        {"na\xefve-latin1-name.txt", "foo in a latin-1 name\n"},
        {"empty.txt", ""},
        {"only-newline.txt", "\n"},
    };
}

const QByteArrayList awkwardPatterns
    = {"foo", "FOO",  "^$",      "$",    "^",    "x*", "",      "a\\.b",     "a.b", "\\\\", "foo.*",
       "ab*", "_foo", "foo foo", "\xc9", "caf.", "\t", "a\\|b", "\\<foo\\>", "\r",  "o$",   "e$"};

QString rowName(const QByteArray &kind, const QByteArrayList &arguments)
{
    return QString::fromLatin1(kind) + QLatin1Char(' ') + printableBytes(arguments.join(' '));
}

bool cloneBare(const QString &from, const QString &to, QString *error)
{
    const ProcessResult clone = runProcess(
        "git",
        {"clone", "-q", "--bare", "--no-hardlinks", QFile::encodeName(from), QFile::encodeName(to)},
        referenceGitEnvironment());
    if (!clone.ok())
        *error = QString::fromUtf8(clone.standardError);
    return clone.ok();
}

} // namespace

class TestCliGrep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtureShowsGitsQuirks_data();
    void fixtureShowsGitsQuirks();
    void conformsToGit_data();
    void conformsToGit();
    void verifiedObjectsKeepGitsAnswer_data();
    void verifiedObjectsKeepGitsAnswer();
    void libgit2Fixtures_data();
    void libgit2Fixtures();
    void failuresFollowConventions_data();
    void failuresFollowConventions();
    void noMatchIsOneMessage();

private:
    void addRow(const QByteArray &kind, const QByteArrayList &arguments);
    QString repository(const QByteArray &kind) const;

    StandardRepositories m_standard;
    ScratchDirectory m_scratch;
    QString m_awkward;
    QString m_awkwardBare;
    QSet<QString> m_verified; // repositories whose objects `repo cache build` verified
};

void TestCliGrep::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    // Caches and records of verified objects go to a folder of the test's own.
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(m_scratch.filePath(QStringLiteral("cache"))));
    QString error;
    QVERIFY2(m_standard.create(&error), qPrintable(error));

    // No .gitattributes anywhere: git would read it from the work tree (not from the
    // searched tree) and Clearroom never reads a work tree.
    m_awkward = m_scratch.filePath(QStringLiteral("awkward"));
    m_awkwardBare = m_scratch.filePath(QStringLiteral("awkward.git"));
    FixtureRepository fixture(m_awkward);
    QVERIFY2(fixture.init(), qPrintable(fixture.lastError()));
    for (const FixtureFile &file : awkwardFiles())
        QVERIFY2(fixture.writeFile(file.path, file.content), qPrintable(fixture.lastError()));
    QVERIFY(fixture.writeFile("scripts/run.sh", "#!/bin/sh\necho foo\n", true));
    QVERIFY(fixture.writeSymlink("link-to-words", "words.txt foo"));
    QVERIFY2(fixture.commitAll("Awkward content"), qPrintable(fixture.lastError()));
    QVERIFY(fixture.git({"update-index", "--add", "--cacheinfo",
                         "160000,2222222222222222222222222222222222222222,foo-submodule"}));
    QVERIFY(fixture.git({"commit", "-q", "-m", "A submodule named like the pattern"}));
    QVERIFY2(cloneBare(m_awkward, m_awkwardBare, &error), qPrintable(error));
}

QString TestCliGrep::repository(const QByteArray &kind) const
{
    if (kind == "bare")
        return m_standard.bare();
    if (kind == "worktree")
        return m_standard.workTree();
    if (kind == "awkward")
        return m_awkward;
    return m_awkwardBare;
}

void TestCliGrep::addRow(const QByteArray &kind, const QByteArrayList &arguments)
{
    QTest::newRow(qPrintable(rowName(kind, arguments))) << repository(kind) << arguments;
}

// The fixtures must really show what the comparisons are about: if git stopped printing
// these, the rows below would compare less than they claim.
void TestCliGrep::fixtureShowsGitsQuirks_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QByteArray>("expectedInOutput");

    QTest::newRow("an empty line after the final newline")
        << QByteArrayList {"grep", "-n", "^$", "HEAD", "--", "crlf.txt"}
        << QByteArray("HEAD:crlf.txt:5:\n");
    QTest::newRow("binary file") << QByteArrayList {"grep", "foo", "HEAD", "--", "bin"}
                                 << QByteArray("Binary file HEAD:bin/early-nul.dat matches\n");
    QTest::newRow("NUL after 8,000 bytes is text")
        << QByteArrayList {"grep", "-n", "still", "HEAD", "--", "bin"}
        << QByteArray("HEAD:bin/late-nul.dat:2:late NUL");
    QTest::newRow("quoted binary name")
        << QByteArrayList {"grep", "hit", "HEAD"}
        << QByteArray("Binary file HEAD:\"sub dir/b\\tin.dat\" matches\n");
    QTest::newRow("word found after a failed first match")
        << QByteArrayList {"grep", "-w", "foo.*", "HEAD", "--", "words.txt"}
        << QByteArray("HEAD:words.txt:xfoo foox\n");
    QTest::newRow("CR stays in the line")
        << QByteArrayList {"grep", "-c", "a\r$", "HEAD", "--", "crlf.txt"}
        << QByteArray("HEAD:crlf.txt:2\n");
    QTest::newRow("literal pathspec with wildcard characters")
        << QByteArrayList {"grep", "-l", "foo", "HEAD", "--", "br[1]"}
        << QByteArray("HEAD:br1\nHEAD:br[1]/x\n");
}

void TestCliGrep::fixtureShowsGitsQuirks()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QByteArray, expectedInOutput);
    const ProcessResult git = referenceGit(m_awkwardBare, arguments);
    QVERIFY2(git.ok(), git.standardError.constData());
    QVERIFY2(git.standardOutput.contains(expectedInOutput),
             qPrintable(printableBytes(git.standardOutput)));
    const QString difference = differenceFromGit(m_awkwardBare, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliGrep::conformsToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArrayList>("arguments");

    const QByteArray head
        = referenceGit(m_standard.workTree(), {"rev-parse", "HEAD"}).standardOutput.trimmed();
    QVERIFY(head.size() == 40);

    for (const QByteArray kind : {"worktree", "bare"}) {
        // Every flag set with every pattern.
        for (const QByteArrayList &flags : flagSets) {
            for (const QByteArray &pattern : standardPatterns)
                addRow(kind, QByteArrayList {"grep"} + flags + QByteArrayList {pattern, "HEAD"});
        }
        // Revisions: branches, tags, ids, trees, blobs, several at once.
        for (const QByteArray &revision :
             {QByteArray("v1.0"), QByteArray("light"), QByteArray("feature"), QByteArray("HEAD~1"),
              QByteArray("HEAD^{tree}"), QByteArray("HEAD:src"), QByteArray("HEAD:nested/a"),
              QByteArray("HEAD:src/main.cpp"), QByteArray("HEAD:assets/logo.bin"),
              QByteArray("HEAD:docs/tab\tname.txt"), QByteArray("HEAD:link-to-main"),
              QByteArray("v1.0:docs/na\xc3\xafve \xc3\xbcnicode.txt"), head, head.left(7)}) {
            addRow(kind, {"grep", "-n", "e", revision});
            addRow(kind, {"grep", "-c", "i", revision});
            addRow(kind, {"grep", "-l", ".", revision});
        }
        addRow(kind, {"grep", "-n", "main", "HEAD", "v1.0", "feature"});
        addRow(kind, {"grep", "-l", "e", "HEAD~1", "HEAD", "HEAD:src/main.cpp"});
        addRow(kind, {"grep", "-c", "main", "HEAD", "HEAD"});

        // Pathspecs: folders, files, wildcards at any depth, several, none matching.
        for (const QByteArrayList &paths : QList<QByteArrayList> {
                 {"src"},
                 {"src/"},
                 {"src/util"},
                 {"src/main.cpp"},
                 {"src/main.cpp/"},
                 {"*.cpp"},
                 {"*.h", "*.txt"},
                 {"src/*.h"},
                 {"*/util/*"},
                 {"s?c"},
                 {"s?c/*"},
                 {"[ab]*"},
                 {"[!s]*"},
                 {"*"},
                 {"**/deep.txt"},
                 {"docs/tab?name.txt"},
                 {"docs/with space.txt"},
                 {"docs/latin1-\xe9t\xe9.txt"},
                 {"nested/a"},
                 {"nes?ed"},
                 {"missing"},
                 {"link-to-main"},
                 {"vendor"},
                 {"vendor/lib"},
                 {"."},
                 {"./src//util/"},
                 {"src/.."},
                 {"src/../docs"},
                 {"SRC"},
                 {"src", "docs/with space.txt", "missing"},
                 // Pathspec magic: exclusion, literal paths, the top of the tree.
                 {":!src"},
                 {":^src/"},
                 {":!*.h"},
                 {":(exclude)*.h", "src"},
                 {"src", ":^src/util"},
                 {":!src", ":!docs"},
                 {":(literal)s*"},
                 {":(exclude,literal)s*"},
                 {":/src"},
                 {":/:src"},
                 {":!:src"},
                 {":/!src"},
                 {":(top)src"},
                 {":(top,exclude)src"},
                 {":(literal)"},
                 {":(top)"},
                 {":/"},
                 {":!"},
                 {":(exclude)"},
                 {":!nope"},
                 {":!./src"},
                 {":!src/.."},
                 {":x"},
                 {"::src"},
                 {"!src"},
                 {":(exclude"},
                 {":( exclude)src"},
                 {":(glob)*"},
                 {":(glob)s*"},
                 {":(glob)s*/*"},
                 {":(glob)src/*"},
                 {":(glob)src/**"},
                 {":(glob)**/*.h"},
                 {":(glob)**"},
                 {":(glob)*/**/*.txt"},
                 {":(glob)nested/**/deep.txt"},
                 {":(glob)nested/**/c"},
                 {":(glob)**/c"},
                 {":(glob)src/**/"},
                 {":(glob)s?c/*"},
                 {":(glob)src[/]main.cpp"},
                 {":(glob)src?main.cpp"},
                 {":(glob)a**s/*"},
                 {":(glob)*s*/*"},
                 {":(glob)nested/a"},
                 {":(glob)nes*"},
                 {":(glob)**/b/**"},
                 {":(glob)n**/deep.txt"},
                 {":(glob)***/deep.txt"},
                 {":(glob)nested/***/deep.txt"},
                 {":(glob)nested**"},
                 {":(glob,exclude)src/*"},
                 {":(glob,literal)src"},
             }) {
            addRow(kind, QByteArrayList {"grep", "-l", ".", "HEAD", "--"} + paths);
            addRow(kind, QByteArrayList {"grep", "-n", "e", "HEAD", "--"} + paths);
        }

        // Option orders and pattern forms.
        addRow(kind, {"grep", "-e", "main", "HEAD"});
        addRow(kind, {"grep", "-e", "main", "-e", "puts", "-n", "HEAD"});
        addRow(kind, {"grep", "-e", "main", "-e", "puts", "HEAD", "--", "src"});
        addRow(kind, {"grep", "-n", "--", "main", "HEAD"});
        addRow(kind, {"grep", "--", "-", "HEAD"});
        addRow(kind, {"grep", "-n", "--", "main", "HEAD", "--", "src"});
        addRow(kind, {"grep", "-e-h", "HEAD", "--", "nested"});
        addRow(kind, {"grep", "-ne", "main", "HEAD"});
        addRow(kind, {"grep", "-n", "ma\nputs", "HEAD"});
        addRow(kind, {"grep", "-F", "-n", "ma\nputs", "HEAD"});
        addRow(kind, {"grep", "-E", "-G", "a|i", "HEAD"});
        addRow(kind, {"grep", "-a", "-I", "-c", ".", "HEAD"});
        addRow(kind, {"grep", "-I", "-a", "-c", ".", "HEAD"});

        // Failures git also reports (those it reports only without a work tree are
        // compared on the bare clone).
        addRow(kind, {"grep", "-n", "[", "HEAD"});
        addRow(kind, {"grep", "-E", "(", "HEAD"});
        addRow(kind, {"grep", "main", "no-such-rev"});
        addRow(kind, {"grep", "main", "HEAD:missing"});
        addRow(kind, {"grep", "main", "HEAD:vendor/lib"});
        addRow(kind, {"grep", "main", "HEAD~99"});
        addRow(kind, {"grep", "main", "1111111111111111111111111111111111111111"});
        addRow(kind, {"grep", "main", "HEAD", "-n"});
        addRow(kind, {"grep", "--bogus", "main", "HEAD"});
        addRow(kind, {"grep", "-x", "main", "HEAD"});
        addRow(kind, {"grep", "main", "HEAD", "--", ""});
        addRow(kind, {"grep", "main", "HEAD", "--", ".."});
        addRow(kind, {"grep", "main", "HEAD", "--", "/abs"});
        addRow(kind, {"grep", "-e"});
    }
    addRow("bare", {"grep"});
    addRow("bare", {"grep", "main"});
    addRow("bare", {"grep", "-e", "main"});
    addRow("bare", {"grep", "-e", "main", "--", "HEAD"});
    addRow("bare", {"grep", "main", "HEAD", "src"});

    // Every flag set with every pattern on the bare clone; the work tree holds the same
    // objects, so there a few suffice.
    for (const QByteArrayList &flags : flagSets) {
        for (const QByteArray &pattern : awkwardPatterns)
            addRow("awkward-bare",
                   QByteArrayList {"grep"} + flags + QByteArrayList {pattern, "HEAD"});
    }
    for (const QByteArray kind : {"awkward", "awkward-bare"}) {
        for (const QByteArray &pattern : awkwardPatterns)
            addRow(kind, {"grep", "-n", pattern, "HEAD"});
        for (const QByteArrayList &paths : QList<QByteArrayList> {{"a[1].txt"},
                                                                  {"a[b"},
                                                                  {"*star"},
                                                                  {"\\*star"},
                                                                  {"br[1]"},
                                                                  {"br[1]/"},
                                                                  {"q?.txt"},
                                                                  {"a[[:digit:]].txt"},
                                                                  {"a[]1].txt"},
                                                                  {"a[!]].txt"},
                                                                  {"a[a-z].txt"},
                                                                  {"a[z-a].txt"},
                                                                  {"[[:foo:]]*"},
                                                                  {"a\\"},
                                                                  {"*["},
                                                                  {"d?q"},
                                                                  {"d?q/*"},
                                                                  {"*/"},
                                                                  {"*.c"},
                                                                  {"src/*.c"},
                                                                  {"src/*/code.?"},
                                                                  {"*deep*"},
                                                                  {"na\xef*"},
                                                                  {"foo-submodule"},
                                                                  {"link-to-words"},
                                                                  {"bin", "*.txt"},
                                                                  {":(literal)a[1].txt"},
                                                                  {":!a[1].txt"},
                                                                  {":(exclude,literal)a[1].txt"},
                                                                  {":(literal)br[1]"},
                                                                  {":(glob)src/*/code.?"},
                                                                  {":(glob)**/*.c"},
                                                                  {":(glob)d?q/*"},
                                                                  {":(glob)*star"},
                                                                  {":(glob)br[1]"},
                                                                  {":(glob)**/er/**"},
                                                                  {"*.txt", ":!a*"}}) {
            addRow(kind, QByteArrayList {"grep", "-l", "foo", "HEAD", "--"} + paths);
        }
        addRow(kind, {"grep", "-n", "foo", "HEAD:d\tq"});
        addRow(kind, {"grep", "-n", "foo", "HEAD:d\tq/f.txt"});
        addRow(kind, {"grep", "-c", "foo", "HEAD:sub dir/b\tin.dat"});
        addRow(kind, {"grep", "foo", "HEAD:sub dir/b\tin.dat"});
        addRow(kind, {"grep", "foo", "HEAD:link-to-words"});
        addRow(kind, {"grep", "-n", "-e", "^$", "-e", "zzz", "HEAD"});
        addRow(kind, {"grep", "-n", "-w", "-e", "foo", "-e", "bar", "HEAD"});
        addRow(kind, {"grep", "-n", "-F", "-e", "a.b", "-e", "a*b", "HEAD"});
        addRow(kind, {"grep", "-n", "\\`foo", "HEAD"});
        addRow(kind, {"grep", "-n", "-E", "^$|alpha", "HEAD"});
        addRow(kind, {"grep", "-n", "-E", "foo|^$", "HEAD"});
        addRow(kind, {"grep", "-c", "-E", "o\\s+t", "HEAD"});
        addRow(kind, {"grep", "-n", "-i", "caf\xc9", "HEAD"});
        addRow(kind, {"grep", "-n", "-F", "-i", "caf\xc9", "HEAD"});
        addRow(kind, {"grep", "-n", "-w", "-F", "foo foo", "HEAD"});
        addRow(kind, {"grep", "-n", "-w", "f[a-z]*", "HEAD"});
        addRow(kind, {"grep", "-n", "-w", "-i", "[a-z]*", "HEAD"});
        // Extended alternations of plain strings (searched as plain bytes): case, words,
        // binary files, bytes that are not UTF-8, white space inside an alternative.
        for (const QByteArrayList &flags : QList<QByteArrayList> {{"-n"},
                                                                  {"-n", "-i"},
                                                                  {"-n", "-w"},
                                                                  {"-n", "-w", "-i"},
                                                                  {"-c"},
                                                                  {"-l"},
                                                                  {"-v", "-c"},
                                                                  {"-a", "-n"},
                                                                  {"-I", "-n"}}) {
            for (const QByteArray &pattern :
                 {QByteArray("foo|FIXME"), QByteArray("FOO|caf\xe9"), QByteArray("foo|foo-b"),
                  QByteArray("\xc9|latin|zzz"), QByteArray("here|hit"), QByteArray("a b|tab\there"),
                  QByteArray("foo|"), QByteArray("e|\r")}) {
                addRow(kind,
                       QByteArrayList {"grep", "-E"} + flags + QByteArrayList {pattern, "HEAD"});
            }
        }
    }
}

void TestCliGrep::conformsToGit()
{
    QFETCH(QString, repository);
    QFETCH(QByteArrayList, arguments);
    const QString difference = differenceFromGit(repository, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliGrep::verifiedObjectsKeepGitsAnswer_data()
{
    conformsToGit_data();
}

// With every object verified once, grep reads without re-hashing and still answers as git.
void TestCliGrep::verifiedObjectsKeepGitsAnswer()
{
    QFETCH(QString, repository);
    QFETCH(QByteArrayList, arguments);
    const QByteArray repo = QFile::encodeName(repository);
    if (!m_verified.contains(repository)) {
        const ProcessResult built = clearroomCli({"-C", repo, "repo", "cache", "build"});
        QVERIFY2(built.ok(), built.standardError.constData());
        const QByteArray status
            = clearroomCli({"-C", repo, "repo", "cache", "status"}).standardOutput;
        QVERIFY2(status.contains("objects are not hashed again"), status.constData());
        m_verified.insert(repository);
    }
    const QString difference = differenceFromGit(repository, arguments);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliGrep::libgit2Fixtures_data()
{
    addLibgit2FixtureRows();
}

void TestCliGrep::libgit2Fixtures()
{
    QFETCH(QString, name);
    const QString path = copyLibgit2Fixture(name, m_scratch.filePath(QStringLiteral("fixtures")));
    QVERIFY(!path.isEmpty());
    for (const QByteArrayList &arguments : QList<QByteArrayList> {
             {"grep", "-n", "e", "HEAD"},
             {"grep", "-c", "-i", "a", "HEAD"},
             {"grep", "-l", "-w", "the", "HEAD"},
             {"grep", "-n", "-E", "^.{0,2}$", "HEAD"},
             {"grep", "-n", "-F", "-i", "ing", "HEAD"},
             {"grep", "-n", "^$", "HEAD"},
             {"grep", "-c", "-v", "x", "HEAD"},
             {"grep", "-n", "-w", "-i", "[a-z]*", "HEAD"},
             {"grep", "-a", "-c", ".", "HEAD"},
             {"grep", "-l", ".", "HEAD", "--", "*.txt"},
         }) {
        const QString difference = differenceFromGit(path, arguments);
        QVERIFY2(difference.isEmpty(), qPrintable(name + QStringLiteral(": ") + difference));
    }
}

void TestCliGrep::failuresFollowConventions_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedInMessage");

    QTest::newRow("nothing") << QByteArrayList {"grep"} << 2 << QStringLiteral("pattern");
    QTest::newRow("no revision") << QByteArrayList {"grep", "main"} << 2
                                 << QStringLiteral("revision");
    QTest::newRow("only paths after -e")
        << QByteArrayList {"grep", "-e", "main", "--", "src"} << 2 << QStringLiteral("revision");
    QTest::newRow("unknown flag") << QByteArrayList {"grep", "--bogus", "main", "HEAD"} << 2
                                  << QStringLiteral("'--bogus'");
    QTest::newRow("Perl regular expressions")
        << QByteArrayList {"grep", "-P", "main", "HEAD"} << 2 << QStringLiteral("'-P'");
    QTest::newRow("unknown short flag")
        << QByteArrayList {"grep", "-nx", "main", "HEAD"} << 2 << QStringLiteral("'-x'");
    QTest::newRow("option after the pattern")
        << QByteArrayList {"grep", "main", "HEAD", "-n"} << 2 << QStringLiteral("'-n'");
    QTest::newRow("bad regular expression")
        << QByteArrayList {"grep", "-E", "a(", "HEAD"} << 2 << QStringLiteral("'a('");
    QTest::newRow("unknown revision")
        << QByteArrayList {"grep", "main", "no-such-rev"} << 1 << QStringLiteral("'no-such-rev'");
    QTest::newRow("a path without --")
        << QByteArrayList {"grep", "main", "HEAD", "src"} << 1 << QStringLiteral("'src'");
    QTest::newRow("submodule") << QByteArrayList {"grep", "main", "HEAD:vendor/lib"} << 1
                               << QStringLiteral("submodule");
    QTest::newRow("unsupported pathspec magic")
        << QByteArrayList {"grep", "main", "HEAD", "--", ":(icase)src"} << 2
        << QStringLiteral("'icase'");
    QTest::newRow("path outside") << QByteArrayList {"grep", "main", "HEAD", "--", "../x"} << 2
                                  << QStringLiteral("'../x'");
    QTest::newRow("empty path") << QByteArrayList {"grep", "main", "HEAD", "--", ""} << 2
                                << QStringLiteral("'.'");
    QTest::newRow("unfinished magic")
        << QByteArrayList {"grep", "main", "HEAD", "--", ":(exclude"} << 2 << QStringLiteral("')'");
}

void TestCliGrep::failuresFollowConventions()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedInMessage);

    const ProcessResult result = clearroomCli(
        QByteArrayList {"-C", QFile::encodeName(m_standard.workTree()), "repo"} + arguments);
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QCOMPARE(result.exitCode, exitCode);
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.startsWith(QStringLiteral("clearroom-cli: ")), qPrintable(message));
    QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
}

// git exits with 1 and prints nothing when no line matches; clearroom-cli exits with 1
// too, standard output empty, and says so in one line on standard error.
void TestCliGrep::noMatchIsOneMessage()
{
    for (const QByteArrayList &arguments :
         {QByteArrayList {"grep", "no such text anywhere", "HEAD"},
          QByteArrayList {"grep", "-q", "no such text anywhere", "HEAD"},
          QByteArrayList {"grep", "-l", "main", "HEAD", "--", "docs"}}) {
        const ProcessResult git = referenceGit(m_standard.bare(), arguments);
        QCOMPARE(git.exitCode, 1);
        QVERIFY(git.standardOutput.isEmpty());
        const ProcessResult result = clearroomCli(
            QByteArrayList {"-C", QFile::encodeName(m_standard.bare()), "repo"} + arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardOutput.isEmpty());
        QCOMPARE(result.standardError, QByteArray("clearroom-cli: repo grep: no line matched.\n"));
    }
    // -q with a match: success and no output, as git.
    const QByteArrayList quiet = {"grep", "-q", "main", "HEAD"};
    const ProcessResult result
        = clearroomCli(QByteArrayList {"-C", QFile::encodeName(m_standard.bare()), "repo"} + quiet);
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.standardOutput.isEmpty());
    QVERIFY(referenceGit(m_standard.bare(), quiet).ok());
}

QTEST_GUILESS_MAIN(TestCliGrep)
#include "tst_cli_grep.moc"
