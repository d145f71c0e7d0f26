// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The search engine on its own: LineMatcher picks the lines git picks (whole words, the
// empty line after the final newline, bytes in the C locale whatever the process's
// locale), Pathspec and wildcards, and TreeGrep delivers files in git's path order
// whatever the number of threads, stops early when cancelled or told to, reports
// progress, and names the object of a missing blob.
#include "fixturerepository.h"
#include "gitconformance.h"
#include "pathspec.h"
#include "process.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "treegrep.h"

#include <QTest>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

Q_DECLARE_METATYPE(SearchPattern::Syntax)

namespace {

constexpr int FileCount = 400;

SearchPattern patternOf(const QByteArrayList &patterns,
                        SearchPattern::Syntax syntax = SearchPattern::Syntax::Basic)
{
    SearchPattern pattern;
    pattern.patterns = patterns;
    pattern.syntax = syntax;
    return pattern;
}

// "number:text" for each selected line, joined by '|'.
QByteArray selectedLines(const LineMatcher &matcher, const QByteArray &text)
{
    QByteArrayList lines;
    const auto scanned = matcher.forEachSelectedLine(
        text.constData(), text.size(), [&](qint64 number, const char *line, qsizetype size) {
            lines.append(QByteArray::number(number) + ':' + QByteArray(line, size));
            return true;
        });
    if (!scanned)
        return "error: " + scanned.errorMessage().toUtf8();
    return lines.join('|');
}

// One line per file: path, binary flag, line count and the lines, for comparing runs.
QByteArray describe(const QVector<GrepFileMatches> &files)
{
    QByteArray out;
    for (const GrepFileMatches &file : files) {
        out += file.path + (file.isBinary ? " binary " : " text ")
            + QByteArray::number(file.lineCount) + ':';
        for (const GrepLine &line : file.lines)
            out += ' ' + QByteArray::number(line.number) + '=' + line.text;
        out += '\n';
    }
    return out;
}

// The error of a result, for a test message; empty on success (asking a successful
// Result for its error would throw).
template<typename T>
QByteArray messageOf(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.errorMessage().toUtf8();
}

} // namespace

class TestTreeGrep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void firstMatch_data();
    void firstMatch();
    void selectsLinesAsGit_data();
    void selectsLinesAsGit();
    void bytesInTheCLocaleWhateverTheProcessLocale();
    void invalidPatternIsAnError();

    void wildcards_data();
    void wildcards();
    void globs_data();
    void globs();
    void pathspecPrunesFolders();
    void pathspecParsesAsGit_data();
    void pathspecParsesAsGit();

    void resultsArriveInGitPathOrder();
    void threadsGiveTheSameResult_data();
    void threadsGiveTheSameResult();
    void cancelStopsEarly();
    void cancelledBeforeStartSearchesNothing();
    void callbackCanStop();
    void progressCountsEveryFile();
    void missingBlobNamesTheObject();

private:
    QVector<GrepFileMatches> search(const SearchPattern &pattern, int threads,
                                    const Pathspec &pathspec = {});

    ScratchDirectory m_scratch;
    QString m_repository;
    ObjectId m_tree;
};

void TestTreeGrep::initTestCase()
{
    // Many files in nested folders, some matching, some binary, a symlink and a
    // submodule (never searched), so that two workers really interleave.
    m_repository = m_scratch.filePath(QStringLiteral("many"));
    FixtureRepository fixture(m_repository);
    QVERIFY2(fixture.init(), qPrintable(fixture.lastError()));
    for (int i = 0; i < FileCount; ++i) {
        const QByteArray folder
            = "d" + QByteArray::number(i % 7) + "/e" + QByteArray::number(i % 3);
        QByteArray content;
        for (int line = 0; line < 50 + i % 17; ++line) {
            content += "line " + QByteArray::number(line) + " of file " + QByteArray::number(i);
            if ((i + line) % 29 == 0)
                content += " TODO: needle";
            content += '\n';
        }
        if (i % 37 == 0)
            content.prepend(QByteArray("bin\0ary needle\n", 15));
        QVERIFY(fixture.writeFile(folder + "/file" + QByteArray::number(i) + ".c", content,
                                  i % 11 == 0));
    }
    QVERIFY(fixture.writeSymlink("d0/link", "needle"));
    QVERIFY2(fixture.commitAll("Many files"), qPrintable(fixture.lastError()));
    QVERIFY(fixture.git({"update-index", "--add", "--cacheinfo",
                         "160000,3333333333333333333333333333333333333333,d1/needle"}));
    QVERIFY(fixture.git({"commit", "-q", "-m", "submodule"}));

    auto repository = Repository::open(m_repository);
    QVERIFY2(repository.ok(), messageOf(repository).constData());
    auto tree = repository->resolveTree("HEAD");
    QVERIFY(tree.ok());
    m_tree = *tree;
}

QVector<GrepFileMatches> TestTreeGrep::search(const SearchPattern &pattern, int threads,
                                              const Pathspec &pathspec)
{
    QVector<GrepFileMatches> files;
    TreeGrep grep(m_repository, m_tree, pattern, pathspec);
    grep.setThreadCount(threads);
    const auto summary = grep.run([&](const GrepFileMatches &file) {
        files.append(file);
        return true;
    });
    if (!summary.ok())
        qWarning("%s", messageOf(summary).constData());
    return files;
}

void TestTreeGrep::firstMatch_data()
{
    using Syntax = SearchPattern::Syntax;
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<Syntax>("syntax");
    QTest::addColumn<bool>("ignoreCase");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("start"); // -1: no match
    QTest::addColumn<int>("end");

    QTest::newRow("plain") << QByteArray("foo") << Syntax::Basic << false << false
                           << QByteArray("a foo b") << 2 << 5;
    QTest::newRow("word after a failed one")
        << QByteArray("foo") << Syntax::Basic << false << true << QByteArray("xfoo foo") << 5 << 8;
    QTest::newRow("word: longest match is not shortened")
        << QByteArray("foo.*") << Syntax::Basic << false << true << QByteArray("xfoo foox") << 5
        << 9;
    QTest::newRow("word: underscore is a word byte")
        << QByteArray("foo") << Syntax::Fixed << false << true << QByteArray("foo_bar") << -1 << -1;
    QTest::newRow("word: an empty match is no word")
        << QByteArray("x*") << Syntax::Basic << false << true << QByteArray("a b") << -1 << -1;
    QTest::newRow("fixed ignoring case")
        << QByteArray("CAF") << Syntax::Fixed << true << false << QByteArray("x caf") << 2 << 5;
    QTest::newRow("no case outside ASCII")
        << QByteArray("\xc9") << Syntax::Basic << true << false << QByteArray("\xe9") << -1 << -1;
    QTest::newRow("basic alternation is GNU's \\|")
        << QByteArray("a\\|b") << Syntax::Basic << false << false << QByteArray("xb") << 1 << 2;
    // An extended alternation of plain strings is searched as plain bytes: the same match.
    QTest::newRow("extended alternation: the longest at the leftmost start")
        << QByteArray("ab|abc|b") << Syntax::Extended << false << false << QByteArray("xabcd") << 1
        << 4;
    QTest::newRow("extended alternation: the leftmost")
        << QByteArray("TODO|FIXME") << Syntax::Extended << false << false
        << QByteArray("a FIXME, TODO") << 2 << 7;
    QTest::newRow("extended alternation ignoring case")
        << QByteArray("todo|FIXME") << Syntax::Extended << true << false << QByteArray("a Fixme")
        << 2 << 7;
    QTest::newRow("extended alternation with an empty alternative matches everywhere")
        << QByteArray("zzz|") << Syntax::Extended << false << false << QByteArray("abc") << 0 << 0;
    // With -w git checks the longest alternative and moves past it: the shorter whole
    // word "foo" is never tried.
    QTest::newRow("word: extended alternation checks the longest")
        << QByteArray("foo|foo-b") << Syntax::Extended << false << true << QByteArray("foo-bar")
        << -1 << -1;
    QTest::newRow("+ is literal in basic")
        << QByteArray("a+b") << Syntax::Basic << false << false << QByteArray("aab a+b") << 4 << 7;
    QTest::newRow("+ repeats in extended") << QByteArray("a+b") << Syntax::Extended << false
                                           << false << QByteArray("aab a+b") << 0 << 3;
    QTest::newRow("NUL inside a line, fixed")
        << QByteArray("b") << Syntax::Fixed << false << false << QByteArray("a\0b", 3) << 2 << 3;
    // glibc's '.' never matches NUL (as for git), but the bytes after it are seen.
    QTest::newRow("NUL inside a line, regex dot") << QByteArray("a.b") << Syntax::Basic << false
                                                  << false << QByteArray("a\0b", 3) << -1 << -1;
    QTest::newRow("NUL inside a line, regex")
        << QByteArray("b$") << Syntax::Basic << false << false << QByteArray("a\0b", 3) << 2 << 3;
    QTest::newRow("carriage return stays")
        << QByteArray("a$") << Syntax::Basic << false << false << QByteArray("a\r") << -1 << -1;
}

void TestTreeGrep::firstMatch()
{
    QFETCH(QByteArray, pattern);
    QFETCH(SearchPattern::Syntax, syntax);
    QFETCH(bool, ignoreCase);
    QFETCH(bool, wholeWords);
    QFETCH(QByteArray, line);
    QFETCH(int, start);
    QFETCH(int, end);

    SearchPattern search = patternOf({pattern}, syntax);
    search.ignoreCase = ignoreCase;
    search.wholeWords = wholeWords;
    const auto matcher = LineMatcher::create(search);
    QVERIFY2(matcher.ok(), messageOf(matcher).constData());
    const auto match = matcher->firstMatch(line.constData(), line.size());
    QCOMPARE(match.has_value(), start >= 0);
    if (match) {
        QCOMPARE(int(match->start), start);
        QCOMPARE(int(match->end), end);
    }
    QCOMPARE(matcher->selects(line.constData(), line.size()), start >= 0);
}

void TestTreeGrep::selectsLinesAsGit_data()
{
    QTest::addColumn<QByteArrayList>("patterns");
    QTest::addColumn<bool>("invert");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty line after the final newline")
        << QByteArrayList {"^$"} << false << QByteArray("a\r\nb\r\n") << QByteArray("3:");
    // git looks ahead again after line 3 and finds the empty string at the very end.
    QTest::newRow("an empty line, and the one after the final newline")
        << QByteArrayList {"^$"} << false << QByteArray("a\n\nb\n") << QByteArray("2:|4:");
    QTest::newRow("never when inverted")
        << QByteArrayList {"a"} << true << QByteArray("a\n\n") << QByteArray("2:");
    QTest::newRow("last line without newline")
        << QByteArrayList {"b"} << false << QByteArray("a\nb") << QByteArray("2:b");
    QTest::newRow("every line matches empty")
        << QByteArrayList {"x*"} << false << QByteArray("a\nb\n") << QByteArray("1:a|2:b");
    QTest::newRow("nothing in nothing")
        << QByteArrayList {"^"} << false << QByteArray() << QByteArray();
    QTest::newRow("a lone CR does not end a line")
        << QByteArrayList {"b"} << false << QByteArray("a\rb\n") << QByteArray("1:a\rb");
    QTest::newRow("several patterns")
        << QByteArrayList {"a", "c"} << false << QByteArray("a\nb\nc\n") << QByteArray("1:a|3:c");
    QTest::newRow("a pattern with a newline is two")
        << QByteArrayList {"a\nc"} << false << QByteArray("a\nb\nc\n") << QByteArray("1:a|3:c");
    // \` anchors where git's look-ahead starts: line 1, and never again after line 2.
    QTest::newRow("span start anchor")
        << QByteArrayList {"\\`a"} << false << QByteArray("a\nb\na\n") << QByteArray("1:a");
    // Another pattern's earlier match must not let a look-ahead skip line 2.
    QTest::newRow("span start anchor beside another pattern")
        << QByteArrayList {"\\`b\\|foo", "a"} << false << QByteArray("a\nb\nfoo\n")
        << QByteArray("1:a|2:b|3:foo");
    QTest::newRow("a match across lines is not a line")
        << QByteArrayList {"a[[:space:]]b"} << false << QByteArray("a\nb\na b\n")
        << QByteArray("3:a b");
}

void TestTreeGrep::selectsLinesAsGit()
{
    QFETCH(QByteArrayList, patterns);
    QFETCH(bool, invert);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    SearchPattern pattern = patternOf(patterns);
    pattern.invert = invert;
    const auto matcher = LineMatcher::create(pattern);
    QVERIFY2(matcher.ok(), messageOf(matcher).constData());
    QCOMPARE(selectedLines(*matcher, text), expected);
}

void TestTreeGrep::bytesInTheCLocaleWhateverTheProcessLocale()
{
    // CTest runs this in C.UTF-8, where glibc's '.' would not match a lone latin-1 byte
    // and [[:alpha:]] would not match a UTF-8 letter byte by byte; git's C locale does both
    // as bytes: '.' matches any byte, classes only ASCII.
    const QByteArray latin1 = "caf\xe9!";
    const auto dot = LineMatcher::create(patternOf({"caf.!"}));
    QVERIFY(dot.ok());
    QVERIFY(dot->selects(latin1.constData(), latin1.size()));
    const auto alpha = LineMatcher::create(patternOf({"^[[:alpha:]]*$"}));
    QVERIFY(alpha.ok());
    const QByteArray utf8 = "\xc3\xa9t\xc3\xa9";
    QVERIFY(!alpha->selects(utf8.constData(), utf8.size()));
    const QByteArray twoBytes = "\xc3\xa9";
    const auto twoDots = LineMatcher::create(patternOf({"^..$"}));
    QVERIFY(twoDots.ok());
    QVERIFY(twoDots->selects(twoBytes.constData(), twoBytes.size()));
}

void TestTreeGrep::invalidPatternIsAnError()
{
    const auto matcher = LineMatcher::create(patternOf({"a("}, SearchPattern::Syntax::Extended));
    QVERIFY(!matcher.ok());
    QVERIFY2(matcher.errorMessage().contains(QStringLiteral("'a('")),
             messageOf(matcher).constData());
    QVERIFY(matcher.error().isUsageError);

    TreeGrep grep(QStringLiteral("/nonexistent/repository"), m_tree,
                  patternOf({"["}, SearchPattern::Syntax::Basic));
    const auto summary = grep.run([](const GrepFileMatches &) { return true; });
    QVERIFY(!summary.ok());
    QVERIFY2(summary.errorMessage().contains(QStringLiteral("'['")),
             messageOf(summary).constData());
}

void TestTreeGrep::wildcards_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("* crosses /") << QByteArray("*.c") << QByteArray("a/b/c.c") << true;
    QTest::newRow("? crosses /") << QByteArray("a?b") << QByteArray("a/b") << true;
    QTest::newRow("set crosses /") << QByteArray("a[/]b") << QByteArray("a/b") << true;
    QTest::newRow("whole path") << QByteArray("s?c") << QByteArray("src/x") << false;
    QTest::newRow("negated set") << QByteArray("[!s]*") << QByteArray("src") << false;
    QTest::newRow("caret negates too") << QByteArray("[^s]*") << QByteArray("tst") << true;
    QTest::newRow("] first is literal") << QByteArray("a[]1]") << QByteArray("a]") << true;
    QTest::newRow("class") << QByteArray("[[:upper:]]*") << QByteArray("README") << true;
    QTest::newRow("class is ASCII") << QByteArray("[[:alpha:]]") << QByteArray("\xe9") << false;
    QTest::newRow("unknown class") << QByteArray("[[:foo:]]*") << QByteArray("foo") << false;
    QTest::newRow("reversed range") << QByteArray("a[z-a]") << QByteArray("ab") << false;
    QTest::newRow("escaped star") << QByteArray("\\*star") << QByteArray("*star") << true;
    QTest::newRow("escaped star is not a wildcard")
        << QByteArray("\\*star") << QByteArray("xstar") << false;
    QTest::newRow("unclosed set") << QByteArray("a[b") << QByteArray("ab") << false;
    QTest::newRow("trailing backslash") << QByteArray("a\\") << QByteArray("a\\") << false;
    QTest::newRow("case matters") << QByteArray("*.C") << QByteArray("x.c") << false;
    QTest::newRow("backtracking") << QByteArray("*a*b*c") << QByteArray("xaxbxbxc") << true;
}

void TestTreeGrep::wildcards()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, path);
    QFETCH(bool, matches);
    QCOMPARE(wildcardMatch(pattern.constData(), pattern.size(), path.constData(), path.size()),
             matches);
}

void TestTreeGrep::globs_data()
{
    QTest::addColumn<QByteArray>("pattern");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("matches");

    QTest::newRow("* stays in its folder") << QByteArray("*.c") << QByteArray("a/b.c") << false;
    QTest::newRow("* in a folder") << QByteArray("a/*.c") << QByteArray("a/b.c") << true;
    QTest::newRow("? is not /") << QByteArray("a?b") << QByteArray("a/b") << false;
    QTest::newRow("a set is not /") << QByteArray("a[/]b") << QByteArray("a/b") << false;
    QTest::newRow("**/ at the start, no folder")
        << QByteArray("**/b.c") << QByteArray("b.c") << true;
    QTest::newRow("**/ at the start, folders")
        << QByteArray("**/b.c") << QByteArray("x/y/b.c") << true;
    QTest::newRow("/**/ no folder") << QByteArray("a/**/b") << QByteArray("a/b") << true;
    QTest::newRow("/**/ folders") << QByteArray("a/**/b") << QByteArray("a/x/y/b") << true;
    QTest::newRow("/** at the end") << QByteArray("a/**") << QByteArray("a/x/y") << true;
    QTest::newRow("** inside a name crosses /")
        << QByteArray("n**/d") << QByteArray("nx/y/d") << true;
    QTest::newRow("*** is **") << QByteArray("***/d") << QByteArray("x/d") << true;
    QTest::newRow("whole path") << QByteArray("a/**/c") << QByteArray("a/b/c/d") << false;
}

void TestTreeGrep::globs()
{
    QFETCH(QByteArray, pattern);
    QFETCH(QByteArray, path);
    QFETCH(bool, matches);
    QCOMPARE(globMatch(pattern.constData(), pattern.size(), path.constData(), path.size()),
             matches);
}

void TestTreeGrep::pathspecPrunesFolders()
{
    const Pathspec deep(QByteArrayList {"src/util/x.c"});
    QVERIFY(deep.mayMatchBelow("src", 3));
    QVERIFY(deep.mayMatchBelow("src/util", 8));
    QVERIFY(!deep.mayMatchBelow("srcx", 4));
    QVERIFY(!deep.mayMatchBelow("docs", 4));
    QVERIFY(deep.matches("src/util/x.c"));
    QVERIFY(!deep.matches("src/util/x.cc"));

    const Pathspec folder(QByteArrayList {"src/"});
    QVERIFY(folder.matches("src/a"));
    QVERIFY(!folder.matches("src"));

    const Pathspec wildcard(QByteArrayList {"sr?/*.h"});
    QVERIFY(wildcard.mayMatchBelow("src", 3));
    QVERIFY(wildcard.mayMatchBelow("sra", 3));
    QVERIFY(!wildcard.mayMatchBelow("docs", 4));
    QVERIFY(wildcard.matches("src/a/b.h"));
    // An item equal to the path matches literally, wildcard characters and all.
    const Pathspec literal(QByteArrayList {"br[1]"});
    QVERIFY(literal.matches("br[1]/x"));
    QVERIFY(literal.matches("br1"));
    QVERIFY(!literal.matches("br2"));
    const Pathspec literalOnly(QVector<Pathspec::Item> {{"br[1]", true, false}});
    QVERIFY(literalOnly.matches("br[1]/x"));
    QVERIFY(!literalOnly.matches("br1"));

    // Exclusions: alone they leave everything else in; a folder they name is not entered.
    const Pathspec excluded(QVector<Pathspec::Item> {{"src", false, true}});
    QVERIFY(excluded.matches("docs/a"));
    QVERIFY(!excluded.matches("src/a"));
    QVERIFY(!excluded.mayMatchBelow("src", 3));
    QVERIFY(excluded.mayMatchBelow("docs", 4));
    const Pathspec both(QVector<Pathspec::Item> {{"src", false, false}, {"*.h", false, true}});
    QVERIFY(both.matches("src/a.c"));
    QVERIFY(!both.matches("src/a.h"));
    QVERIFY(!both.matches("docs/a.c"));
    const Pathspec everything(QVector<Pathspec::Item> {{"", false, true}});
    QVERIFY(!everything.matches("a"));
}

void TestTreeGrep::pathspecParsesAsGit_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QByteArrayList>("included"); // of: a/b/c.h, a/d.c, e.c, :x
    QTest::addColumn<QString>("error"); // a part of the message, or empty

    const auto row
        = [](const char *name, QByteArrayList arguments, QByteArrayList included,
             QString error = {}) { QTest::newRow(name) << arguments << included << error; };
    row("nothing", {}, {"a/b/c.h", "a/d.c", "e.c", ":x"});
    row("folder", {"a"}, {"a/b/c.h", "a/d.c"});
    row("dot slashes", {"./a//b/"}, {"a/b/c.h"});
    row("climbing", {"a/b/../d.c"}, {"a/d.c"});
    row("dot", {"."}, {"a/b/c.h", "a/d.c", "e.c", ":x"});
    row("wildcard", {"*.c"}, {"a/d.c", "e.c"});
    row("exclusion", {":!a"}, {"e.c", ":x"});
    row("caret exclusion", {":^*.c"}, {"a/b/c.h", ":x"});
    row("top and exclusion", {":/!a/b"}, {"a/d.c", "e.c", ":x"});
    row("colon ends short magic", {"::e.c"}, {"e.c"});
    row("a name starting with a colon", {"./:x"}, {":x"});
    row("long magic", {"a", ":(top,exclude)a/b"}, {"a/d.c"});
    row("literal", {":(literal)*.c"}, {});
    row("magic alone", {":/"}, {"a/b/c.h", "a/d.c", "e.c", ":x"});
    row("exclusion of everything", {":!"}, {});
    row("empty", {""}, {}, QStringLiteral("'.'"));
    row("absolute", {"/a"}, {}, QStringLiteral("'/a'"));
    row("outside", {"a/../.."}, {}, QStringLiteral("'a/../..'"));
    row("unfinished magic", {":(top"}, {}, QStringLiteral("')'"));
    row("glob magic", {":(glob)*.c"}, {"e.c"});
    row("glob magic, any folders", {":(glob)**/*.c"}, {"a/d.c", "e.c"});
    row("icase magic", {":(icase)*.c"}, {}, QStringLiteral("'icase'"));
    row("glob and literal", {":(glob,literal)*.c"}, {}, QStringLiteral("'literal'"));
}

void TestTreeGrep::pathspecParsesAsGit()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QByteArrayList, included);
    QFETCH(QString, error);
    const auto pathspec = Pathspec::parse(arguments);
    QCOMPARE(pathspec.ok(), error.isEmpty());
    if (!pathspec.ok()) {
        QVERIFY2(pathspec.errorMessage().contains(error), messageOf(pathspec).constData());
        return;
    }
    QByteArrayList matched;
    for (const QByteArray path : {"a/b/c.h", "a/d.c", "e.c", ":x"}) {
        if (pathspec->matches(path))
            matched.append(path);
    }
    QCOMPARE(matched, included);
}

void TestTreeGrep::resultsArriveInGitPathOrder()
{
    const ProcessResult git = referenceGit(m_repository, {"grep", "-l", "-z", "needle", "HEAD"});
    QVERIFY(git.ok());
    QByteArrayList expected;
    for (const QByteArray &name : git.standardOutput.split('\0')) {
        if (!name.isEmpty())
            expected.append(name.mid(5)); // "HEAD:"
    }
    QVERIFY(expected.size() > 100);

    QByteArrayList paths;
    for (const GrepFileMatches &file : search(patternOf({"needle"}), 2))
        paths.append(file.path);
    QCOMPARE(paths, expected);
}

void TestTreeGrep::threadsGiveTheSameResult_data()
{
    QTest::addColumn<int>("threads");
    QTest::newRow("2") << 2;
    QTest::newRow("3") << 3;
    QTest::newRow("8") << 8;
}

void TestTreeGrep::threadsGiveTheSameResult()
{
    QFETCH(int, threads);
    SearchPattern pattern = patternOf({"TODO|of file 1[0-9]$"}, SearchPattern::Syntax::Extended);
    const QByteArray one = describe(search(pattern, 1));
    QVERIFY(one.count('\n') > 100);
    QCOMPARE(describe(search(pattern, threads)), one);
    const Pathspec some(QByteArrayList {"d1", "*/e2/*"});
    QCOMPARE(describe(search(pattern, threads, some)), describe(search(pattern, 1, some)));
}

void TestTreeGrep::cancelStopsEarly()
{
    std::atomic<bool> cancel {false};
    TreeGrep grep(m_repository, m_tree, patternOf({"line"}));
    grep.setCancelFlag(&cancel);
    int delivered = 0;
    const auto summary = grep.run([&](const GrepFileMatches &) {
        ++delivered;
        cancel.store(true);
        return true;
    });
    QVERIFY2(summary.ok(), messageOf(summary).constData());
    QVERIFY(summary->cancelled);
    QCOMPARE(delivered, 1);
    QCOMPARE(summary->filesSearched, qint64(1));
    QCOMPARE(summary->filesTotal, qint64(FileCount));
}

void TestTreeGrep::cancelledBeforeStartSearchesNothing()
{
    std::atomic<bool> cancel {true};
    TreeGrep grep(m_repository, m_tree, patternOf({"line"}));
    grep.setCancelFlag(&cancel);
    int delivered = 0;
    const auto summary = grep.run([&](const GrepFileMatches &) {
        ++delivered;
        return true;
    });
    QVERIFY(summary.ok());
    QVERIFY(summary->cancelled);
    QCOMPARE(delivered, 0);
    QCOMPARE(summary->filesSearched, qint64(0));
}

void TestTreeGrep::callbackCanStop()
{
    TreeGrep grep(m_repository, m_tree, patternOf({"needle"}));
    int delivered = 0;
    const auto summary = grep.run([&](const GrepFileMatches &) { return ++delivered < 3; });
    QVERIFY(summary.ok());
    QVERIFY(summary->stopped);
    QVERIFY(!summary->cancelled);
    QCOMPARE(delivered, 3);
    QCOMPARE(summary->filesMatched, qint64(3));
}

void TestTreeGrep::progressCountsEveryFile()
{
    TreeGrep grep(m_repository, m_tree, patternOf({"needle"}));
    QVector<qint64> searched;
    grep.setProgressCallback([&](qint64 done, qint64 total) {
        QCOMPARE(total, qint64(FileCount));
        searched.append(done);
    });
    const auto summary = grep.run([](const GrepFileMatches &) { return true; });
    QVERIFY(summary.ok());
    QCOMPARE(searched.size(), FileCount);
    for (int i = 0; i < searched.size(); ++i)
        QCOMPARE(searched.at(i), qint64(i + 1));
    QCOMPARE(summary->filesSearched, qint64(FileCount));
    QVERIFY(summary->filesMatched > 100);
}

void TestTreeGrep::missingBlobNamesTheObject()
{
    const QString path = m_scratch.filePath(QStringLiteral("damaged"));
    FixtureRepository fixture(path);
    QVERIFY(fixture.init());
    QVERIFY(fixture.writeFile("a.txt", "needle a\n"));
    QVERIFY(fixture.writeFile("b/lost.txt", "needle lost\n"));
    QVERIFY(fixture.writeFile("c.txt", "needle c\n"));
    QVERIFY(fixture.commitAll("three files"));
    QByteArray id;
    QVERIFY(fixture.removeLooseObject("HEAD:b/lost.txt", &id));

    auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    auto tree = repository->resolveTree("HEAD");
    QVERIFY(tree.ok());
    for (const int threads : {1, 2}) {
        TreeGrep grep(path, *tree, patternOf({"needle"}));
        grep.setThreadCount(threads);
        QByteArrayList delivered;
        const auto summary = grep.run([&](const GrepFileMatches &file) {
            delivered.append(file.path);
            return true;
        });
        QVERIFY(!summary.ok());
        QVERIFY2(summary.errorMessage().contains(QString::fromLatin1(id)),
                 messageOf(summary).constData());
        QVERIFY2(summary.errorMessage().contains(QStringLiteral("b/lost.txt")),
                 messageOf(summary).constData());
        // Files before it in path order were delivered, none after it.
        QCOMPARE(delivered, QByteArrayList {"a.txt"});
    }
}

QTEST_GUILESS_MAIN(TestTreeGrep)
#include "tst_treegrep.moc"
