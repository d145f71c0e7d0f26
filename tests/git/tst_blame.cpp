// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The blame engine as the GUI's gutter uses it: any range first, entries as they are
// found, cancel and carry on, and always the same answer as blaming the whole file at
// once; broken repositories give one clear error.
#include "blame.h"
#include "commitgraphcache.h"
#include "fixturerepository.h"
#include "historybuilder.h"
#include "process.h"
#include "repository.h"
#include "scratchdirectory.h"

#include <QFile>
#include <QTest>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

// Who is guilty of each line: "commit path sourceLine", for comparing answers.
QByteArrayList perLine(const Blame &blame, const QVector<BlameEntry> &entries)
{
    QByteArrayList lines;
    for (int i = 0; i < blame.lineCount(); ++i)
        lines.append(QByteArray());
    for (const BlameEntry &entry : entries) {
        for (int i = 0; i < entry.count; ++i) {
            const BlameOrigin &origin = blame.origin(entry.origin);
            QByteArray &line = lines[entry.line + i];
            // A line blamed twice would show up as two answers in one.
            line += origin.commit.toHex() + ' ' + origin.path + ' '
                + QByteArray::number(entry.sourceLine + i) + ';';
        }
    }
    return lines;
}

} // namespace

class TestBlame : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rangesGiveTheWholeFileAnswer_data();
    void rangesGiveTheWholeFileAnswer();
    void entriesArriveWhileTheWalkGoesOn();
    void cancelledRunCarriesOn();
    void badInputGivesOneError();
    void missingAndDamagedObjects();
    void cacheSparesTreesWithTheSameAnswer();

private:
    Blame create(const QByteArray &path);

    ScratchDirectory m_scratch;
    QString m_random;
    std::optional<Repository> m_repository;
    ObjectId m_head;
    QByteArray m_busyFile; // the file at main blamed on the most commits
};

void TestBlame::initTestCase()
{
    // Never the user's own cache folder.
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(m_scratch.filePath(QStringLiteral("cache"))));
    m_random = m_scratch.filePath(QStringLiteral("random.git"));
    QString error;
    QVERIFY2(HistoryBuilder::random(4242, 600).create(m_random, true, &error), qPrintable(error));
    auto repository = Repository::open(m_random);
    QVERIFY(repository.ok());
    m_repository.emplace(std::move(*repository));
    auto head = m_repository->resolveCommit("main");
    QVERIFY(head.ok());
    m_head = *head;
    const QByteArrayList files = referenceGit(m_random, {"ls-tree", "-r", "--name-only", "main"})
                                     .standardOutput.trimmed()
                                     .split('\n');
    int most = 0;
    for (const QByteArray &file : files) {
        Blame blame = create(file);
        QSet<ObjectId> commits;
        const auto entries = blame.all();
        QVERIFY(entries.ok());
        for (const BlameEntry &entry : *entries)
            commits.insert(blame.origin(entry.origin).commit);
        if (commits.size() > most) {
            most = int(commits.size());
            m_busyFile = file;
        }
    }
    QVERIFY(most > 2);
}

Blame TestBlame::create(const QByteArray &path)
{
    auto blame = Blame::create(*m_repository, m_head, path);
    if (!blame)
        qFatal("cannot blame %s: %s", path.constData(), qPrintable(blame.errorMessage()));
    return std::move(*blame);
}

void TestBlame::rangesGiveTheWholeFileAnswer_data()
{
    QTest::addColumn<QByteArray>("path");
    const ProcessResult listed = referenceGit(m_random, {"ls-tree", "-r", "--name-only", "main"});
    QVERIFY2(listed.ok(), listed.standardError.constData());
    const QByteArrayList files = listed.standardOutput.trimmed().split('\n');
    QVERIFY2(!files.isEmpty(), listed.standardOutput.constData());
    for (const QByteArray &file : files)
        QTest::newRow(file.constData()) << file;
}

// The visible part first, then the rest (in the same Blame, reusing its work), or in
// pieces of one line each: the same guilty commit, path and line for every line.
void TestBlame::rangesGiveTheWholeFileAnswer()
{
    QFETCH(QByteArray, path);
    Blame whole = create(path);
    auto all = whole.all();
    QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.errorMessage()));
    const QByteArrayList expected = perLine(whole, *all);
    QVERIFY(!expected.contains(QByteArray()));

    Blame gutter = create(path);
    const int lines = gutter.lineCount();
    const int middle = lines / 2;
    QVector<BlameEntry> found;
    const auto collect = [&found](const BlameEntry &entry) { found.append(entry); };
    QCOMPARE(*gutter.run({{middle, 3}}, nullptr, collect), Blame::End::Completed);
    int covered = 0;
    for (const BlameEntry &entry : std::as_const(found)) {
        QVERIFY(entry.line >= middle && entry.line + entry.count <= middle + 3);
        covered += entry.count;
    }
    QCOMPARE(covered, std::min(3, lines - middle));
    QCOMPARE(*gutter.run({{0, middle}, {middle + 3, lines}}, nullptr, collect),
             Blame::End::Completed);
    QCOMPARE(perLine(gutter, found), expected);
    QCOMPARE(perLine(gutter, Blame::coalesced(found)), expected);

    Blame pieces = create(path);
    QVector<BlameEntry> single;
    for (int line = lines - 1; line >= 0; --line) {
        QCOMPARE(*pieces.run({{line, 1}}, nullptr,
                             [&single](const BlameEntry &entry) { single.append(entry); }),
                 Blame::End::Completed);
    }
    QCOMPARE(perLine(pieces, single), expected);
}

// Entries come one by one before the run ends: the gutter fills in while it waits.
void TestBlame::entriesArriveWhileTheWalkGoesOn()
{
    Blame blame = create(m_busyFile);
    int calls = 0;
    QSet<QByteArray> commits;
    auto end = blame.run({{0, blame.lineCount()}}, nullptr, [&](const BlameEntry &entry) {
        ++calls;
        commits.insert(blame.origin(entry.origin).commit.toHex());
    });
    QVERIFY(end.ok());
    QVERIFY2(commits.size() > 1, "the file should have more than one guilty commit");
    QVERIFY(calls >= commits.size());
}

// A cancelled run stops between commits; the next run finishes what it left and the
// answer is the whole-file one.
void TestBlame::cancelledRunCarriesOn()
{
    Blame whole = create(m_busyFile);
    const QByteArrayList expected = perLine(whole, *whole.all());

    Blame blame = create(m_busyFile);
    std::atomic<bool> cancel {false};
    QVector<BlameEntry> found;
    auto end = blame.run({{0, blame.lineCount()}}, &cancel, [&](const BlameEntry &entry) {
        found.append(entry);
        cancel = true;
    });
    QVERIFY(end.ok());
    QCOMPARE(*end, Blame::End::Cancelled);
    QVERIFY(found.size() >= 1);
    int covered = 0;
    for (const BlameEntry &entry : std::as_const(found))
        covered += entry.count;
    QVERIFY2(covered < blame.lineCount(), "the run should have stopped early");
    cancel = false;
    end = blame.run({}, &cancel, [&](const BlameEntry &entry) { found.append(entry); });
    QCOMPARE(*end, Blame::End::Completed);
    QCOMPARE(perLine(blame, found), expected);
}

void TestBlame::badInputGivesOneError()
{
    auto missing = Blame::create(*m_repository, m_head, "no/such/file");
    QVERIFY(!missing.ok());
    QVERIFY2(missing.errorMessage().contains(QStringLiteral("'no/such/file'")),
             qPrintable(missing.errorMessage()));
    auto folder = Blame::create(*m_repository, m_head, "src");
    QVERIFY(!folder.ok());
    QVERIFY2(folder.errorMessage().contains(QStringLiteral("folder")),
             qPrintable(folder.errorMessage()));
    auto notACommit
        = Blame::create(*m_repository, ObjectId::fromHex(QByteArray(40, '1')), "README");
    QVERIFY(!notACommit.ok());
    QVERIFY(notACommit.errorMessage().contains(QStringLiteral("1111111111")));
}

// An old version of the file is missing, or damaged: an error that names the object,
// from the engine and from the command line (one line, nothing on standard output).
void TestBlame::missingAndDamagedObjects()
{
    for (const bool damaged : {false, true}) {
        const QString path
            = m_scratch.filePath(damaged ? QStringLiteral("damaged") : QStringLiteral("missing"));
        FixtureRepository repo(path);
        QVERIFY2(repo.init() && repo.writeFile("f.txt", "one\ntwo\n") && repo.commitAll("First")
                     && repo.writeFile("f.txt", "one\ntwo\nthree\n") && repo.commitAll("Second"),
                 qPrintable(repo.lastError()));
        QByteArray blob;
        QVERIFY(repo.git({"rev-parse", "HEAD~1:f.txt"}, &blob));
        blob = blob.trimmed();
        const QString object = repo.gitDirectory() + QStringLiteral("/objects/")
            + QString::fromLatin1(blob.left(2)) + QLatin1Char('/')
            + QString::fromLatin1(blob.mid(2));
        QFile::setPermissions(object, QFile::ReadOwner | QFile::WriteOwner);
        if (damaged) {
            QFile file(object);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write("x\x9c garbage, not zlib");
        } else {
            QVERIFY(QFile::remove(object));
        }
        auto repository = Repository::open(path);
        QVERIFY(repository.ok());
        auto head = repository->resolveCommit("HEAD");
        QVERIFY(head.ok());
        auto blame = Blame::create(*repository, *head, "f.txt");
        QVERIFY(blame.ok());
        auto all = blame->all();
        QVERIFY(!all.ok());
        QVERIFY2(all.errorMessage().contains(QString::fromLatin1(blob)),
                 qPrintable(all.errorMessage()));

        const ProcessResult cli
            = runProcess(clearroomCliPath(),
                         {"-C", QFile::encodeName(path), "repo", "blame", "HEAD", "--", "f.txt"});
        QCOMPARE(cli.exitCode, 1);
        QVERIFY(cli.standardOutput.isEmpty());
        QCOMPARE(cli.standardError.count('\n'), 1);
        QVERIFY2(cli.standardError.contains(blob), cli.standardError.constData());
    }
}

// With the commit-graph cache, commits whose filter says a file is unchanged pass its lines
// on without their trees being read, and every line has the same guilty commit, path and
// line as without the cache.
void TestBlame::cacheSparesTreesWithTheSameAnswer()
{
    const auto cache = CommitGraphCache::build(*m_repository);
    QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.errorMessage()));
    const QByteArrayList files = referenceGit(m_random, {"ls-tree", "-r", "--name-only", "main"})
                                     .standardOutput.trimmed()
                                     .split('\n');
    int passed = 0;
    for (const QByteArray &file : files) {
        Blame plain = create(file);
        const auto expected = plain.all();
        QVERIFY(expected.ok());
        QCOMPARE(plain.passedByFilter(), 0);
        BlameOptions options;
        options.cache = &*cache;
        auto cached = Blame::create(*m_repository, m_head, file, options);
        QVERIFY(cached.ok());
        const auto all = cached->all();
        QVERIFY2(all.ok(), qPrintable(all.ok() ? QString() : all.errorMessage()));
        QCOMPARE(perLine(*cached, *all), perLine(plain, *expected));
        passed += cached->passedByFilter();
    }
    QVERIFY2(passed > 0, qPrintable(QString::number(passed)));

    // A file left alone by 100 commits: (nearly) each of them passes its lines on unread.
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    commit.files = {{"lib/steady.txt", "steady\nlines\n"}, {"busy.txt", "busy\n"}};
    int tip = history.commit(commit);
    for (int i = 0; i < 100; ++i) {
        commit.parents = {tip};
        commit.time += 60;
        commit.files["busy.txt"] += "busy\n";
        tip = history.commit(commit);
    }
    history.setBranch("main", tip);
    const QString path = m_scratch.filePath(QStringLiteral("steady.git"));
    QString error;
    QVERIFY2(history.create(path, true, &error), qPrintable(error));
    const auto steady = Repository::open(path);
    QVERIFY(steady.ok());
    const auto steadyCache = CommitGraphCache::build(*steady);
    QVERIFY(steadyCache.ok());
    BlameOptions options;
    options.cache = &*steadyCache;
    auto blame = Blame::create(*steady, *steady->resolveCommit("main"), "lib/steady.txt", options);
    QVERIFY(blame.ok());
    const auto all = blame->all();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QVERIFY(blame->origin(all->first().origin).boundary);
    QVERIFY2(blame->passedByFilter() >= 95, qPrintable(QString::number(blame->passedByFilter())));
}

QTEST_GUILESS_MAIN(TestBlame)
#include "tst_blame.moc"
