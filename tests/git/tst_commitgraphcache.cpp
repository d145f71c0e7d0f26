// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::CommitGraphCache and History::walk with it: on seeded random histories
// (merges, renames, equal and backward dates) the cached walk gives git's answer and the
// uncached walk's for every path the history ever had, with and without --first-parent
// and --follow; the cache holds git's parents, trees and dates; a damaged, truncated,
// foreign or forged file is never trusted; new commits are read from the repository and
// added by the next build; the repository's files are unchanged by all of it.
#include "cachefile.h"
#include "commitgraphcache.h"
#include "commitinfo.h"
#include "history.h"
#include "historybuilder.h"
#include "process.h"
#include "readonlywatch.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "walkedids.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QtEndian>

#include <random>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

// The commits a walk from HEAD shows, as "id parents" lines like git's %H %P.
Result<QByteArray> walkedIds(const Repository &repository, const HistoryOptions &options)
{
    const auto head = repository.resolveCommit("HEAD");
    if (!head)
        return head.error();
    return test::walkedIds(repository, *head, options);
}

// Every path any commit of the history touched, with the folders above them, sorted.
QByteArrayList historyPaths(const QString &repository)
{
    const QByteArray names
        = referenceGit(repository, {"log", "--all", "--format=", "--name-only", "-z", "-m"})
              .standardOutput;
    QSet<QByteArray> paths;
    for (QByteArray name : names.split('\0')) {
        name = name.trimmed();
        while (!name.isEmpty()) {
            paths.insert(name);
            const qsizetype slash = name.lastIndexOf('/');
            name = slash < 0 ? QByteArray() : name.left(slash);
        }
    }
    QByteArrayList sorted(paths.cbegin(), paths.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// Forges the lists of changed paths of a commit-graph cache file (format version 3, see
// commitgraphcache.h) as an attacker would, the trailer made right again: "list order"
// swaps the first two entries of a list, "list range" points an entry past the paths,
// "path order" swaps the first two paths. Returns what went wrong, or an empty string.
QString forgeLists(QByteArray &bytes, const QString &damage)
{
    // Reads past the end count as nothing: a file too short stops the forging below,
    // instead of reading memory that is not the file's.
    const auto u32 = [&bytes](qsizetype at) -> quint32 {
        if (at < 0 || at > bytes.size() - 4)
            return 0;
        return qFromLittleEndian<quint32>(reinterpret_cast<const uchar *>(bytes.constData()) + at);
    };
    const auto setU32 = [&bytes](qsizetype at, quint32 value) {
        qToLittleEndian(value, reinterpret_cast<uchar *>(bytes.data()) + at);
    };
    qsizetype at = 8 + 4 + 4;
    at += 4 + u32(at); // the identity
    at += 4 + qsizetype(u32(at)) * 20; // the tips
    const quint32 commits = u32(at);
    const quint32 parents = u32(at + 4);
    const quint32 changes = u32(at + 8);
    const quint32 paths = u32(at + 12);
    at += 24;
    const qsizetype edges = at + qsizetype(commits) * (20 + 40);
    const qsizetype list = edges + qsizetype(parents) * 28;
    const qsizetype table = list + qsizetype(changes) * 4;
    if (paths < 2 || changes < 2)
        return QStringLiteral("the file has too few paths to forge");
    if (table + 16 > bytes.size() || list + 4 > bytes.size())
        return QStringLiteral("the file is shorter than its sections say");
    if (damage == QLatin1String("path order")) {
        const QByteArray first = bytes.mid(table, 8);
        bytes.replace(table, 8, bytes.mid(table + 8, 8));
        bytes.replace(table + 8, 8, first);
    } else if (damage == QLatin1String("list range")) {
        setU32(list, paths);
    } else {
        qsizetype edge = 0;
        for (quint32 i = 0; i < parents && !edge; ++i) {
            const qsizetype here = edges + qsizetype(i) * 28;
            const quint32 length = u32(here + 24);
            if (length != 0xFFFFFFFFu && length >= 2)
                edge = here;
        }
        if (!edge)
            return QStringLiteral("no list has two entries");
        const qsizetype start = list + qsizetype(u32(edge + 20)) * 4;
        if (start + 8 > bytes.size())
            return QStringLiteral("a list lies past the end of the file");
        const quint32 first = u32(start);
        setU32(start, u32(start + 4));
        setU32(start + 4, first);
    }
    recomputeTrailer(bytes);
    return QString();
}

QString errorOf(const Result<QByteArray> &result)
{
    return result.ok() ? QString() : result.errorMessage();
}

} // namespace

class TestCommitGraphCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cachedWalksAreGits_data();
    void cachedWalksAreGits();
    void cacheHoldsGitsCommits();
    void listsAreGitsChangedPaths();
    void damagedFilesAreDiscarded_data();
    void damagedFilesAreDiscarded();
    void foreignFileIsDiscarded();
    void forgedFileIsCaught_data();
    void forgedFileIsCaught();
    void randomForgeriesNeverCrash();
    void newCommitsAreReadAndAdded();
    void shallowHistoryEndsWhereGitsDoes();
    void repositoryIsUnchanged();

private:
    QString makeHistory(quint32 seed, int commits);

    ScratchDirectory m_scratch;
    QString m_cacheFolder;
    QStringList m_histories;
};

QString TestCommitGraphCache::makeHistory(quint32 seed, int commits)
{
    const QString path = m_scratch.filePath(QStringLiteral("random-%1.git").arg(seed));
    QString error;
    if (!HistoryBuilder::random(seed, commits).create(path, true, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

void TestCommitGraphCache::initTestCase()
{
    // Never the user's own cache folder.
    m_cacheFolder = m_scratch.filePath(QStringLiteral("cache"));
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(m_cacheFolder));
    QCOMPARE(CommitGraphCache::directory(), m_cacheFolder);
    for (const quint32 seed : {3u, 17u, 91u})
        m_histories.append(makeHistory(seed, 400));
}

void TestCommitGraphCache::cachedWalksAreGits_data()
{
    QTest::addColumn<int>("history");
    for (int i = 0; i < 3; ++i)
        QTest::newRow(QByteArray("history " + QByteArray::number(i)).constData()) << i;
}

void TestCommitGraphCache::cachedWalksAreGits()
{
    QFETCH(int, history);
    const QString path = m_histories.at(history);
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto cache = CommitGraphCache::build(*repository);
    QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.errorMessage()));
    QVERIFY(!cache->path().startsWith(QDir(path).absolutePath()));

    const QByteArrayList paths = historyPaths(path);
    QVERIFY(paths.size() > 10);
    const auto check = [&](const QByteArrayList &gitArguments, HistoryOptions options) {
        const QByteArray expected
            = referenceGit(path, QByteArrayList {"log", "--format=%H %P"} + gitArguments)
                  .standardOutput;
        const auto uncached = walkedIds(*repository, options);
        options.cache = &*cache;
        const auto cached = walkedIds(*repository, options);
        // As for `log --format=%H`: the commits shown are read, not parsed.
        options.commitText = false;
        const auto cachedIdsOnly = walkedIds(*repository, options);
        options.cache = nullptr;
        const auto uncachedIdsOnly = walkedIds(*repository, options);
        const QByteArray what = gitArguments.join(' ');
        for (const auto *walked : {&uncached, &cached, &cachedIdsOnly, &uncachedIdsOnly}) {
            QVERIFY2(walked->ok(), qPrintable(errorOf(*walked)));
            QVERIFY2(**walked == expected, what.constData());
        }
    };

    check({}, {});
    HistoryOptions firstParent;
    firstParent.firstParent = true;
    check({"--first-parent"}, firstParent);
    int followed = 0;
    for (const QByteArray &file : paths) {
        HistoryOptions options;
        options.paths = {file};
        check({"--", file}, options);
        if (QTest::currentTestFailed())
            return;
        options.firstParent = true;
        check({"--first-parent", "--", file}, options);
        if (QTest::currentTestFailed())
            return;
        // --follow for a few files (it compares whole trees and is slow).
        if (!file.contains('/') || followed >= 6
            || !referenceGit(path, {"cat-file", "-e", "HEAD:" + file}).ok())
            continue;
        ++followed;
        options.firstParent = false;
        options.followRenames = true;
        check({"--follow", "--", file}, options);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(followed > 0);
    // Two paths at once, a folder only ("dir/"), and the whole tree.
    for (qsizetype i = 0; i + 7 < paths.size(); i += 7) {
        HistoryOptions options;
        options.paths = {paths.at(i), paths.at(i + 7)};
        check({"--", paths.at(i), paths.at(i + 7)}, options);
        if (QTest::currentTestFailed())
            return;
    }
    for (const QByteArray &folder : paths) {
        if (referenceGit(path, {"cat-file", "-t", "HEAD:" + folder}).standardOutput != "tree\n")
            continue;
        HistoryOptions options;
        options.paths = {folder + '/'};
        check({"--", folder + '/'}, options);
        if (QTest::currentTestFailed())
            return;
    }
    // A file asked for as a folder ("file/"): changes to the file are none of the walk's,
    // although the cache lists the path as changed.
    int files = 0;
    for (const QByteArray &file : paths) {
        if (files >= 5
            || referenceGit(path, {"cat-file", "-t", "HEAD:" + file}).standardOutput != "blob\n")
            continue;
        ++files;
        HistoryOptions options;
        options.paths = {file + '/'};
        check({"--", file + '/'}, options);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(files > 0);
    HistoryOptions whole;
    whole.paths = {QByteArray()};
    check({"--", "."}, whole);
}

void TestCommitGraphCache::cacheHoldsGitsCommits()
{
    const QString path = m_histories.at(0);
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    CommitGraphCache::BuildStatistics statistics;
    const auto cache = CommitGraphCache::build(*repository, nullptr, &statistics);
    QVERIFY(cache.ok());
    const QByteArrayList lines = referenceGitLines(path, {"log", "--all", "--format=%H %T %ct %P"});
    QCOMPARE(cache->commitCount(), int(lines.size()));
    QCOMPARE(statistics.commits, int(lines.size()));
    QVERIFY(statistics.filters > lines.size() / 2);
    for (const QByteArray &line : lines) {
        const QByteArrayList fields = line.split(' ');
        const auto position = cache->find(ObjectId::fromHex(fields.at(0)));
        QVERIFY2(position, line.constData());
        QCOMPARE(cache->tree(*position).toHex(), fields.at(1));
        QCOMPARE(QByteArray::number(cache->commitTime(*position)), fields.at(2));
        QByteArrayList parents;
        quint32 generation = 0;
        for (const ObjectId &parent : cache->parents(*position)) {
            parents.append(parent.toHex());
            generation = std::max(generation, cache->generation(*cache->find(parent)));
        }
        QByteArrayList expectedParents = fields.mid(3);
        expectedParents.removeAll(QByteArray());
        QCOMPARE(parents, expectedParents);
        QCOMPARE(cache->generation(*position), generation + 1);
    }
    QVERIFY(!cache->find(ObjectId::fromHex(QByteArray(40, 'f'))));
    const auto tips = CommitGraphCache::currentTips(*repository);
    QVERIFY(tips.ok());
    QCOMPARE(cache->tips(), *tips);
}

void TestCommitGraphCache::listsAreGitsChangedPaths()
{
    // Against every parent of every commit, the cache's list names exactly the paths and
    // folders `git diff-tree -r -t` names: the walk takes both its "changed" and its
    // "unchanged" without comparing trees. A merge's long list against a parent other than
    // its first is not kept (the walk compares trees there).
    const QString path = m_histories.at(1);
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto cache = CommitGraphCache::build(*repository);
    QVERIFY(cache.ok());
    QByteArrayList paths = historyPaths(path);
    paths.append("never/there");
    int edges = 0;
    int merges = 0;
    int changes = 0;
    int unknown = 0;
    for (const QByteArray &line : referenceGitLines(path, {"log", "--all", "--format=%H %P"})) {
        QByteArrayList ids = line.split(' ');
        ids.removeAll(QByteArray());
        const auto position = cache->find(ObjectId::fromHex(ids.first()));
        QVERIFY(position);
        merges += ids.size() > 2 ? 1 : 0;
        for (int parent = 0; parent + 1 < ids.size(); ++parent) {
            const QByteArrayList changed = referenceGitLines(
                path, {"diff-tree", "-r", "-t", "--name-only", ids.at(parent + 1), ids.first()});
            const QSet<QByteArray> expected(changed.cbegin(), changed.cend());
            // Only a merge's list against another parent may be left out, when it is long.
            if (cache->change(*position, parent, *cache->lookupKey(paths.first()))
                == CommitGraphCache::PathChange::Unknown) {
                QVERIFY2(parent > 0 && expected.size() > 64, line.constData());
                ++unknown;
                continue;
            }
            for (const QByteArray &file : std::as_const(paths)) {
                const auto key = cache->lookupKey(file);
                QVERIFY(key);
                const auto change = cache->change(*position, parent, *key);
                QVERIFY2(change != CommitGraphCache::PathChange::Unknown, line.constData());
                QVERIFY2((change == CommitGraphCache::PathChange::Changed)
                             == expected.contains(file),
                         qPrintable(QStringLiteral("%1 against parent %2: %3")
                                        .arg(QString::fromLatin1(line))
                                        .arg(parent)
                                        .arg(QString::fromUtf8(file))));
            }
            changes += int(expected.size());
            ++edges;
        }
        // Past the last parent, and for a root commit, nothing is known.
        QCOMPARE(cache->change(*position, int(ids.size() - 1), *cache->lookupKey(paths.first())),
                 CommitGraphCache::PathChange::Unknown);
    }
    QVERIFY(merges > 10);
    QVERIFY(changes > edges);
    QVERIFY(unknown < merges);
    // The whole tree is no path a list names.
    QVERIFY(!cache->lookupKey(QByteArray()));
    QVERIFY(!cache->lookupKey("/"));
    QCOMPARE(cache->lookupKey("never/there"), CommitGraphCache::UnchangedPath);
}

void TestCommitGraphCache::damagedFilesAreDiscarded_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("byte flipped") << QStringLiteral("flip");
    QTest::newRow("truncated") << QStringLiteral("truncate");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("format version 2") << QStringLiteral("version 2");
    QTest::newRow("trailer only recomputed over garbage") << QStringLiteral("garbage");
    // Forged with a right checksum: the lists and the path table are checked on load.
    QTest::newRow("a list out of order") << QStringLiteral("list order");
    QTest::newRow("a list names no path") << QStringLiteral("list range");
    QTest::newRow("path names out of order") << QStringLiteral("path order");
}

void TestCommitGraphCache::damagedFilesAreDiscarded()
{
    QFETCH(QString, damage);
    const QString path = m_histories.at(2);
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto built = CommitGraphCache::build(*repository);
    QVERIFY(built.ok());
    const QString file = built->path();
    QFile cacheFile(file);
    QVERIFY(cacheFile.open(QIODevice::ReadOnly));
    QByteArray bytes = cacheFile.readAll();
    cacheFile.close();
    if (damage == QLatin1String("flip")) {
        const int middle = int(bytes.size() / 2);
        bytes[middle] = char(bytes.at(middle) ^ 0x10);
    } else if (damage == QLatin1String("truncate")) {
        bytes.chop(100);
    } else if (damage == QLatin1String("empty")) {
        bytes.clear();
    } else if (damage == QLatin1String("version 2")) {
        // A file of the format before, its trailer right for its bytes: read again from
        // the repository, not misread.
        bytes[8] = 2;
        recomputeTrailer(bytes);
    } else if (damage == QLatin1String("garbage")) {
        // A right checksum over a header whose sections claim more than there is.
        bytes = bytes.left(200 + 32);
        recomputeTrailer(bytes);
    } else {
        const QString forged = forgeLists(bytes, damage);
        QVERIFY2(forged.isEmpty(), qPrintable(forged));
    }
    QVERIFY(cacheFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(cacheFile.write(bytes), bytes.size());
    cacheFile.close();

    QString discarded;
    QVERIFY(!CommitGraphCache::load(*repository, &discarded));
    QVERIFY2(discarded.contains(file), qPrintable(discarded));
    if (damage == QLatin1String("version 2"))
        QVERIFY2(discarded.contains(QLatin1String("another format version")),
                 qPrintable(discarded));
    if (damage.startsWith(QLatin1String("list")) || damage.startsWith(QLatin1String("path")))
        QVERIFY2(discarded.contains(QLatin1String("lists of changed paths")),
                 qPrintable(discarded));
    QVERIFY(!QFile::exists(file));

    // Built again, and the answer is git's.
    const auto rebuilt = CommitGraphCache::build(*repository);
    QVERIFY(rebuilt.ok());
    const auto loaded = CommitGraphCache::load(*repository, &discarded);
    QVERIFY(loaded);
    HistoryOptions options;
    options.paths = {"src"};
    options.cache = &*loaded;
    const auto walked = walkedIds(*repository, options);
    QVERIFY(walked.ok());
    QCOMPARE(*walked, referenceGit(path, {"log", "--format=%H %P", "--", "src"}).standardOutput);
}

void TestCommitGraphCache::foreignFileIsDiscarded()
{
    const auto first = Repository::open(m_histories.at(0));
    const auto second = Repository::open(m_histories.at(1));
    QVERIFY(first.ok() && second.ok());
    const auto built = CommitGraphCache::build(*first);
    QVERIFY(built.ok());
    const QString target = CommitGraphCache::filePath(*second);
    QFile::remove(target);
    QVERIFY(QFile::copy(built->path(), target));
    QString discarded;
    QVERIFY(!CommitGraphCache::load(*second, &discarded));
    QVERIFY2(discarded.contains(QLatin1String("another repository")), qPrintable(discarded));
    QVERIFY(!QFile::exists(target));
    QVERIFY(CommitGraphCache::load(*first));
}

void TestCommitGraphCache::forgedFileIsCaught_data()
{
    QTest::addColumn<bool>("commitText");
    QTest::newRow("commits parsed") << true;
    QTest::newRow("ids only") << false; // as for `log --format=%H`
}

void TestCommitGraphCache::forgedFileIsCaught()
{
    QFETCH(bool, commitText);
    // A file with a right checksum whose record of the newest commit that changes src
    // has another commit time: the walk reads every commit it shows and refuses the
    // cache, which it deletes.
    const QString path = m_histories.at(0);
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto built = CommitGraphCache::build(*repository);
    QVERIFY(built.ok());
    const ObjectId head = ObjectId::fromHex(
        referenceGit(path, {"log", "-1", "--format=%H", "--", "src"}).standardOutput.trimmed());
    const ObjectId tree = built->tree(*built->find(head));
    const QString forgery = forgeCommitTime(
        built->path(), QByteArray(reinterpret_cast<const char *>(tree.raw()), ObjectId::RawSize));
    QVERIFY2(forgery.isEmpty(), qPrintable(forgery));

    const auto forged = CommitGraphCache::load(*repository);
    QVERIFY(forged);
    HistoryOptions options;
    options.paths = {"src"};
    options.cache = &*forged;
    options.commitText = commitText;
    const auto walked = walkedIds(*repository, options);
    QVERIFY(!walked.ok());
    QVERIFY2(walked.errorMessage().contains(QLatin1String("disagrees")),
             qPrintable(walked.errorMessage()));
    QVERIFY(!QFile::exists(built->path()));
}

void TestCommitGraphCache::randomForgeriesNeverCrash()
{
    // Bytes changed at random with the checksum made right again, as an attacker with
    // write access to the cache folder could: load() refuses the file or the walk runs to
    // an end (an answer, or an error where a shown commit disagrees); nothing crashes or
    // hangs.
    const QString path = m_histories.at(2);
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto built = CommitGraphCache::build(*repository);
    QVERIFY(built.ok());
    QFile file(built->path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    std::mt19937 random(1129);
    int refused = 0;
    int walked = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray bytes = original;
        const int changes = 1 + int(random() % 4);
        for (int i = 0; i < changes; ++i) {
            const int at = int(random() % quint32(bytes.size() - 32));
            bytes[at] = char(random() % 256);
        }
        recomputeTrailer(bytes);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        const auto forged = CommitGraphCache::load(*repository);
        if (!forged) {
            ++refused;
            continue;
        }
        HistoryOptions options;
        options.paths = {"src"};
        options.cache = &*forged;
        (void)walkedIds(*repository, options);
        options.paths = {"doc/guide.txt", "src/"};
        (void)walkedIds(*repository, options);
        ++walked;
    }
    QVERIFY(refused > 0);
    QVERIFY(walked > 0);
    QFile::remove(built->path());
}

// A shallow clone: commits at the boundary have parents the repository does not hold, and
// git shows them without parents. The cache keeps what the commits name; the walk ends
// at the boundary with and without it, as git's does.
void TestCommitGraphCache::shallowHistoryEndsWhereGitsDoes()
{
    const QString path = m_scratch.filePath(QStringLiteral("shallow.git"));
    const auto cloned = runProcess("git",
                                   {"clone", "-q", "--bare", "--no-local", "--depth", "40",
                                    QFile::encodeName(m_histories.at(1)), QFile::encodeName(path)});
    QVERIFY2(cloned.ok(), cloned.standardError.constData());
    QVERIFY(QFile::exists(path + QStringLiteral("/shallow")));
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto cache = CommitGraphCache::build(*repository);
    QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.errorMessage()));
    int boundaries = 0;
    for (const QByteArray &limit : {QByteArray("src"), QByteArray("doc"), QByteArray()}) {
        QByteArrayList arguments {"log", "--format=%H %P"};
        if (!limit.isEmpty())
            arguments << "--" << limit;
        const auto reference = referenceGit(path, arguments);
        QVERIFY2(reference.ok(), reference.standardError.constData());
        const QByteArray expected = reference.standardOutput;
        for (const QByteArray &line : expected.split('\n'))
            boundaries += line.size() == 41 ? 1 : 0; // an id, a space and no parents
        for (const bool cached : {false, true}) {
            HistoryOptions options;
            if (!limit.isEmpty())
                options.paths = {limit};
            options.cache = cached ? &*cache : nullptr;
            const auto walked = walkedIds(*repository, options);
            QVERIFY2(walked.ok(), qPrintable(walked.ok() ? QString() : walked.errorMessage()));
            QCOMPARE(*walked, expected);
        }
    }
    QVERIFY(boundaries > 0);
}

void TestCommitGraphCache::newCommitsAreReadAndAdded()
{
    const QString path = m_scratch.filePath(QStringLiteral("growing.git"));
    QString error;
    QVERIFY2(HistoryBuilder::random(5, 120).create(path, true, &error), qPrintable(error));
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto before = CommitGraphCache::build(*repository);
    QVERIFY(before.ok());
    const int oldCount = before->commitCount();

    // Two new commits on HEAD's branch, made with git's plumbing.
    const QByteArray branch = referenceGit(path, {"symbolic-ref", "HEAD"}).standardOutput.trimmed();
    for (int i = 0; i < 2; ++i) {
        const QByteArray parent
            = referenceGit(path, {"rev-parse", "HEAD"}).standardOutput.trimmed();
        const QByteArray tree
            = referenceGit(path, {"rev-parse", "HEAD^{tree}"}).standardOutput.trimmed();
        const auto made = runProcess(
            "git",
            {"-C", QFile::encodeName(path), "commit-tree", tree, "-p", parent, "-m",
             "new " + QByteArray::number(i)},
            referenceGitEnvironment({"GIT_AUTHOR_NAME=A", "GIT_AUTHOR_EMAIL=a@example.org",
                                     "GIT_COMMITTER_NAME=A", "GIT_COMMITTER_EMAIL=a@example.org"}));
        QVERIFY2(made.ok(), made.standardError.constData());
        QVERIFY(referenceGit(path, {"update-ref", branch, made.standardOutput.trimmed()}).ok());
    }
    const auto repositoryNow = Repository::open(path);
    QVERIFY(repositoryNow.ok());
    const auto stale = CommitGraphCache::load(*repositoryNow);
    QVERIFY(stale);
    QVERIFY(!stale->find(*repositoryNow->resolveCommit("HEAD")));
    for (const QByteArray &limit : {QByteArray("src"), QByteArray()}) {
        HistoryOptions options;
        if (!limit.isEmpty())
            options.paths = {limit};
        options.cache = &*stale;
        const auto walked = walkedIds(*repositoryNow, options);
        QVERIFY(walked.ok());
        QByteArrayList arguments {"log", "--format=%H %P"};
        if (!limit.isEmpty())
            arguments += QByteArrayList {"--", limit};
        QCOMPARE(*walked, referenceGit(path, arguments).standardOutput);
    }
    CommitGraphCache::BuildStatistics statistics;
    const auto after = CommitGraphCache::build(*repositoryNow, nullptr, &statistics);
    QVERIFY(after.ok());
    QCOMPARE(after->commitCount(), oldCount + 2);
    QCOMPARE(statistics.reused, oldCount);
    QVERIFY(after->find(*repositoryNow->resolveCommit("HEAD")));
}

void TestCommitGraphCache::repositoryIsUnchanged()
{
    const QString path = m_histories.at(1);
    const auto before = snapshotTree(path);
    QVERIFY(!before.isEmpty());
    ReadOnlyWatch watch;
    QString error;
    QVERIFY2(watch.start(path, &error), qPrintable(error));
    {
        const auto repository = Repository::open(path);
        QVERIFY(repository.ok());
        QVERIFY(CommitGraphCache::drop(*repository).ok());
        const auto cache = CommitGraphCache::build(*repository);
        QVERIFY(cache.ok());
        QVERIFY(QFile::exists(cache->path()));
        QVERIFY(!QFileInfo(cache->path()).absoluteFilePath().startsWith(QDir(path).absolutePath()));
        HistoryOptions options;
        options.paths = {"src"};
        options.cache = &*cache;
        QVERIFY(walkedIds(*repository, options).ok());
        QVERIFY(CommitGraphCache::drop(*repository).ok());
        QVERIFY(!QFile::exists(cache->path()));
    }
    QCOMPARE(watch.events(), QStringList());
    const auto after = snapshotTree(path);
    QCOMPARE(snapshotDifferences(before, after), QStringList());
}

QTEST_GUILESS_MAIN(TestCommitGraphCache)
#include "tst_commitgraphcache.moc"
