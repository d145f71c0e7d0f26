// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The proof that Clearroom never writes to a repository it reads: every file of a work
// tree (with .git) and of a bare clone is hashed, the folders are watched with inotify,
// clearroom-cli and the engine in-process read everything they can (a review's workflow
// included: findings, coverage, a move), and afterwards no write event was seen and every
// hash, size, mode and time is unchanged.
// tests/common/readonlywatch.h does the watching, so a GUI drive can do the same.
#include "gitconformance.h"
#include "pathquote.h"
#include "process.h"
#include "readonlywatch.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "standardrepositories.h"
#include "storedformsrepositories.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

const QByteArrayList revisions = {"HEAD",   "main",   "feature",     "v1.0",     "light",
                                  "HEAD~1", "main~2", "HEAD^{tree}", "HEAD:src", "v1.0^{}"};

// Reads every tree and blob below `tree` through every reading method.
void readEverything(const Repository &repository, const ObjectId &tree, int *objects)
{
    const auto entries = repository.treeEntries(tree);
    QVERIFY(entries.ok());
    int walked = 0;
    QVERIFY(repository.forEachTreeEntry(tree, [&walked](const TreeEntryView &) { ++walked; }).ok());
    QCOMPARE(walked, entries->size());
    for (const TreeEntry &entry : *entries) {
        ++*objects;
        (void)quotePath(entry.name);
        (void)displayBytes(entry.name);
        if (entry.isTree()) {
            readEverything(repository, entry.id, objects);
            if (QTest::currentTestFailed())
                return;
        } else if (entry.isBlob()) {
            const auto size = repository.objectSize(entry.id);
            QVERIFY(size.ok());
            const auto content = repository.blobContent(entry.id);
            QVERIFY(content.ok());
            QCOMPARE(qint64(content->size()), *size);
            (void)looksBinary(*content);
        }
    }
}

} // namespace

class TestReadOnly : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void watchSeesWrites();
    void cliReadsEverything();
    void engineReadsEverything();
    void reviewWorkflowReadsOnly();
    void streamingReadsOnly();
    void nothingWasWritten();

private:
    QStringList repositoryPaths() const;

    StandardRepositories m_repositories;
    StoredFormsRepositories m_forms;
    QMap<QString, QByteArray> m_before;
    ReadOnlyWatch m_watch;
    QByteArrayList m_blobPaths;
};

void TestReadOnly::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    QVERIFY2(m_repositories.create(&error), qPrintable(error));
    // Blobs loose, packed whole and packed as deltas, which `repo show` streams from the
    // files itself: beside the standard ones, under the same watch and hashes.
    const QString forms = m_repositories.root() + QStringLiteral("/forms");
    QVERIFY(QDir().mkpath(forms));
    QVERIFY2(m_forms.create(forms, &error), qPrintable(error));
    // Asked of git before the watch starts: git is not under test.
    const ProcessResult listing
        = referenceGit(m_repositories.workTree(), {"ls-tree", "-r", "-z", "--name-only", "HEAD"});
    QVERIFY(listing.ok());
    m_blobPaths = listing.standardOutput.split('\0');
    m_blobPaths.removeAll(QByteArray());
    QVERIFY(m_blobPaths.size() > 15);

    m_before = snapshotTree(m_repositories.root());
    QVERIFY(m_before.size() > 100); // work tree, .git with its objects, the bare clone
    QVERIFY(m_before.contains(QStringLiteral("worktree/.git/HEAD")));
    QVERIFY(m_before.contains(QStringLiteral("bare.git/packed-refs")));
    QVERIFY2(m_watch.start(m_repositories.root(), &error), qPrintable(error));
    QVERIFY(m_watch.watchedFolders() > 20);
}

QStringList TestReadOnly::repositoryPaths() const
{
    return {m_repositories.workTree(), m_repositories.workTree() + QStringLiteral("/.git"),
            m_repositories.bare()};
}

void TestReadOnly::watchSeesWrites()
{
    // The detector itself, on a folder of its own: it must see what a careless
    // reader could do (a lock file, a rewritten ref, a changed mode).
    ScratchDirectory scratch;
    const QByteArray folder = QFile::encodeName(scratch.path());
    const QByteArray refs = folder + "/refs";
    const QByteArray lockName = folder + "/refs/main.lock";
    const QByteArray refName = folder + "/refs/main";
    QVERIFY(::mkdir(refs.constData(), 0755) == 0);
    QVERIFY(QFile(QFile::decodeName(refName)).open(QIODevice::WriteOnly));
    const QMap<QString, QByteArray> before = snapshotTree(scratch.path());

    ReadOnlyWatch watch;
    QString error;
    QVERIFY2(watch.start(scratch.path(), &error), qPrintable(error));
    QVERIFY(watch.events().isEmpty());
    QVERIFY(snapshotDifferences(before, snapshotTree(scratch.path())).isEmpty());

    QFile lock(QFile::decodeName(lockName));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("0000\n");
    lock.close();
    QVERIFY(::rename(lockName.constData(), refName.constData()) == 0);
    QVERIFY(::chmod(refs.constData(), 0700) == 0);

    const QStringList events = watch.events();
    const QString all = events.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("refs/main.lock: IN_CREATE")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("refs/main.lock: IN_CLOSE_WRITE")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("refs/main.lock: IN_MOVED_FROM")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("refs/main: IN_MOVED_TO")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("refs: IN_ATTRIB|IN_ISDIR")), qPrintable(all));
    QVERIFY(watch.events().isEmpty()); // read once

    const QStringList differences = snapshotDifferences(before, snapshotTree(scratch.path()));
    QVERIFY2(differences.size() >= 2, qPrintable(differences.join(QLatin1Char('\n'))));
}

void TestReadOnly::cliReadsEverything()
{
    const QList<QByteArrayList> flagSets = {{},
                                            {"-r"},
                                            {"-r", "-t"},
                                            {"-d", "-r"},
                                            {"-r", "-l"},
                                            {"-r", "-z", "--name-only"},
                                            {"--object-only", "-r"}};
    int runs = 0;
    for (const QString &repository : repositoryPaths()) {
        const QByteArray path = QFile::encodeName(repository);
        for (const QByteArray &revision : revisions) {
            for (const QByteArrayList &flags : flagSets) {
                const ProcessResult result
                    = clearroomCli(QByteArrayList {"-C", path, "repo", "ls-tree"} + flags
                                   + QByteArrayList {revision});
                QVERIFY2(result.ok(), result.standardError.constData());
                ++runs;
            }
        }
        for (const QByteArray &blob : std::as_const(m_blobPaths)) {
            if (blob == "vendor/lib")
                continue;
            const ProcessResult result = clearroomCli({"-C", path, "repo", "show", "HEAD:" + blob});
            QVERIFY2(result.ok(), result.standardError.constData());
            ++runs;
            const ProcessResult blame
                = clearroomCli({"-C", path, "repo", "blame", "--porcelain", "HEAD", "--", blob});
            QVERIFY2(blame.ok(), blame.standardError.constData());
            ++runs;
        }
        // History and search read every commit and file they reach.
        for (const QByteArrayList &reading :
             {QByteArrayList {"repo", "log"},
              QByteArrayList {"repo", "log", "--format=%H %an %s", "--first-parent", "main"},
              QByteArrayList {"repo", "log", "--", "src"},
              QByteArrayList {"repo", "log", "--follow", "--", m_blobPaths.first()},
              QByteArrayList {"repo", "grep", "-n", "-i", "-E", "main|include", "HEAD"},
              QByteArrayList {"repo", "grep", "-c", "-F", "a", "HEAD", "feature", "--", "src"}}) {
            const ProcessResult result = clearroomCli(QByteArrayList {"-C", path} + reading);
            QVERIFY2(result.ok(), result.standardError.constData());
            ++runs;
        }
        for (const QByteArrayList &diff : {QByteArrayList {"main~2", "HEAD"},
                                           QByteArrayList {"--stat", "-M30%", "v1.0", "feature"},
                                           QByteArrayList {"--raw", "--numstat", "--summary", "-p",
                                                           "light", "HEAD", "--", "src"}}) {
            const ProcessResult result
                = clearroomCli(QByteArrayList {"-C", path, "repo", "diff"} + diff);
            QVERIFY2(result.ok(), result.standardError.constData());
            ++runs;
        }
        // Every object verified once (repo cache build, into a cache folder outside the
        // repository), then read without re-hashing; the record dropped again.
        {
            const ScratchDirectory cache;
            qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(cache.path()));
            for (const QByteArrayList &verified :
                 {QByteArrayList {"repo", "cache", "build"},
                  QByteArrayList {"repo", "cache", "status"},
                  QByteArrayList {"repo", "log", "--", "src"},
                  QByteArrayList {"repo", "grep", "-n", "-i", "-E", "main|include", "HEAD"},
                  QByteArrayList {"repo", "blame", "HEAD", "--", m_blobPaths.first()},
                  QByteArrayList {"repo", "cache", "drop"}}) {
                const ProcessResult result = clearroomCli(QByteArrayList {"-C", path} + verified);
                QVERIFY2(result.ok(), result.standardError.constData());
                ++runs;
            }
            qunsetenv("CLEARROOM_CACHE_DIR");
        }
        // Failures read too: they must not leave anything behind either.
        for (const QByteArrayList &failing :
             {QByteArrayList {"repo", "diff", "HEAD", "no-such"},
              QByteArrayList {"repo", "show", "HEAD"},
              QByteArrayList {"repo", "show", "HEAD:missing"},
              QByteArrayList {"repo", "ls-tree", "no-such-rev"},
              QByteArrayList {"repo", "show", "HEAD:vendor/lib"},
              QByteArrayList {"repo", "log", "no-such-rev"},
              QByteArrayList {"repo", "grep", "no line has this", "HEAD"},
              QByteArrayList {"repo", "blame", "HEAD", "--", "missing"}}) {
            const ProcessResult result = clearroomCli(QByteArrayList {"-C", path} + failing);
            QVERIFY(!result.ok() && !result.crashed);
            ++runs;
        }
        // Without -C: the current folder.
        const ProcessResult inFolder
            = runProcess(clearroomCliPath(), {"repo", "ls-tree", "-r", "HEAD"}, {}, path);
        QVERIFY(inFolder.ok());
    }
    QVERIFY(runs > 250);
}

void TestReadOnly::engineReadsEverything()
{
    for (const QString &path : repositoryPaths()) {
        const auto repository = Repository::open(path);
        QVERIFY2(repository.ok(),
                 qPrintable(repository.ok() ? QString() : repository.errorMessage()));
        QCOMPARE(repository->path(), path);
        QVERIFY(!repository->gitDirectory().isEmpty());
        (void)repository->hasWorkTree();
        QCOMPARE(repository->headTarget(), QByteArray("refs/heads/main"));
        const auto references = repository->references();
        QVERIFY(references.ok());
        QCOMPARE(references->size(), 4);

        int objects = 0;
        for (const QByteArray &revision : revisions) {
            const auto object = repository->resolve(revision);
            QVERIFY(object.ok());
            if (object->type != ObjectType::Tree)
                QVERIFY(repository->resolveCommit(revision).ok());
            const auto tree = repository->resolveTree(revision);
            QVERIFY(tree.ok());
            readEverything(*repository, *tree, &objects);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(objects > 100);

        // Failing reads.
        QVERIFY(!repository->resolve("no-such-rev").ok());
        QVERIFY(!repository->resolve("HEAD:missing/path").ok());
        QVERIFY(!repository->resolve("HEAD:vendor/lib").ok());
        QVERIFY(!repository->resolveTree("HEAD:README.md").ok());
        QVERIFY(!repository->resolveCommit("HEAD:src").ok());
        const ObjectId absent = ObjectId::fromHex("1111111111111111111111111111111111111111");
        QVERIFY(!repository->blobContent(absent).ok());
        QVERIFY(!repository->objectSize(absent).ok());
        QVERIFY(!repository->treeEntries(absent).ok());
    }
    // Opening what is not a repository reads around, and must not write either.
    QVERIFY(!Repository::open(m_repositories.workTree() + QStringLiteral("/src")).ok());
}

void TestReadOnly::reviewWorkflowReadsOnly()
{
    // A review of each repository, in a workspace outside the watched folders: recording
    // findings and coverage and moving the review read the repository, never write it.
    for (const QString &repository : repositoryPaths()) {
        ScratchDirectory scratch;
        const QByteArray workspace
            = QFile::encodeName(scratch.filePath(QStringLiteral("review.clearroom")));
        for (const QByteArrayList &command :
             {QByteArrayList {"review", "init", workspace, "--name", "Read-only proof", "--repo",
                              QFile::encodeName(repository), "--commit", "v1.0", "--reviewer",
                              "Ada"},
              QByteArrayList {"finding", "add", workspace, "--path", "src/main.cpp", "--lines",
                              "1-2", "--also", "README.md:1-1", "--severity", "high", "--title",
                              "Read only"},
              QByteArrayList {"coverage", "mark", workspace, "--path", "src/main.cpp"},
              QByteArrayList {"coverage", "mark", workspace, "--path", "README.md", "--lines",
                              "1-3"},
              QByteArrayList {"review", "move", workspace, "--commit", "HEAD"},
              QByteArrayList {"coverage", "show", workspace},
              QByteArrayList {"coverage", "show", workspace, "--format", "json"},
              QByteArrayList {"finding", "list", workspace, "--format", "json"},
              QByteArrayList {"log", "verify", workspace}}) {
            const ProcessResult result = clearroomCli(command);
            QVERIFY2(
                result.ok(),
                qPrintable(QString::fromUtf8(command.join(' ') + ": " + result.standardError)));
        }
        const ProcessResult listed = clearroomCli({"finding", "list", workspace});
        QVERIFY2(listed.standardOutput.contains("src/main.cpp:1-2"),
                 listed.standardOutput.constData());
        // Failures read too.
        for (const QByteArrayList &failing :
             {QByteArrayList {"finding", "add", workspace, "--path", "missing", "--lines", "1",
                              "--severity", "low", "--title", "T"},
              QByteArrayList {"coverage", "mark", workspace, "--path", "assets/logo.bin"},
              QByteArrayList {"review", "move", workspace, "--commit", "no-such-rev"}}) {
            const ProcessResult result = clearroomCli(failing);
            QVERIFY(!result.ok() && !result.crashed);
        }
    }
}

void TestReadOnly::streamingReadsOnly()
{
    int runs = 0;
    for (const QString &repository : {m_forms.loose(), m_forms.packed()}) {
        const QByteArray path = QFile::encodeName(repository);
        for (const QByteArray &object :
             {QByteArray("HEAD:small.txt"), QByteArray("HEAD:empty"), QByteArray("HEAD:base.txt"),
              QByteArray("HEAD~1:base.txt"), QByteArray("HEAD:plain.bin")}) {
            const ProcessResult result = clearroomCli({"-C", path, "repo", "show", object});
            QVERIFY2(result.ok(), result.standardError.constData());
            ++runs;
        }
        const auto opened = Repository::open(repository);
        QVERIFY(opened.ok());
        const auto blob = opened->resolve("HEAD:plain.bin");
        QVERIFY(blob.ok());
        qint64 streamed = 0;
        QVERIFY(opened
                    ->streamBlob(blob->id,
                                 [&streamed](const char *, qsizetype size) -> Result<void> {
                                     streamed += size;
                                     return {};
                                 })
                    .ok());
        QCOMPARE(streamed, *opened->objectSize(blob->id));
    }
    QCOMPARE(runs, 10);
}

void TestReadOnly::nothingWasWritten()
{
    const QStringList events = m_watch.events();
    for (const QString &event : events)
        qWarning("write event: %s", qPrintable(event));
    QVERIFY2(events.isEmpty(),
             qPrintable(QStringLiteral("%1 write events in the repositories, "
                                       "e.g. ")
                            .arg(events.size())
                        + events.value(0)));

    const QStringList differences
        = snapshotDifferences(m_before, snapshotTree(m_repositories.root()));
    for (const QString &difference : differences)
        qWarning("%s", qPrintable(difference));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.value(0)));
}

QTEST_GUILESS_MAIN(TestReadOnly)
#include "tst_readonly.moc"
