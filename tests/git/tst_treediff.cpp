// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::TreeDiff and LineDiff on their own: the changes between two trees in
// git's order, and git's rules for pairing removed with added files into renames, each
// rule in a case where another rule would pair differently; git itself confirms every
// expectation. Then hunks, function context and counts of the line diff.
#include "historybuilder.h"
#include "linediff.h"
#include "process.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "treediff.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <optional>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

QByteArray numbered(const QByteArray &text, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i)
        lines += text + ' ' + QByteArray::number(i) + '\n';
    return lines;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out += char((value >> shift) & 0xFF);
}

// A pack of one blob whose index names `id` but whose stored bytes are `content`: what a
// forged repository could hand over. The blob is deflated as one stored block.
bool writeForgedPack(const QString &objectsDirectory, const ObjectId &id, const QByteArray &content)
{
    QByteArray pack = "PACK";
    appendBigEndian(pack, 2);
    appendBigEndian(pack, 1);
    quint64 size = quint64(content.size());
    uchar first = uchar(0x30 | (size & 0x0F)); // type 3: a blob
    size >>= 4;
    pack += char(first | (size ? 0x80 : 0));
    while (size) {
        pack += char((size & 0x7F) | (size > 0x7F ? 0x80 : 0));
        size >>= 7;
    }
    quint32 a = 1;
    quint32 b = 0;
    for (const char c : content) {
        a = (a + uchar(c)) % 65521;
        b = (b + a) % 65521;
    }
    const auto length = quint16(content.size());
    pack += QByteArray("\x78\x01\x01", 3);
    pack += char(length & 0xFF);
    pack += char(length >> 8);
    pack += char(~length & 0xFF);
    pack += char((~length >> 8) & 0xFF);
    pack += content;
    appendBigEndian(pack, (b << 16) | a);
    const QByteArray checksum(20, '\x5a');
    pack += checksum;

    QByteArray index("\377tOc", 4);
    appendBigEndian(index, 2);
    for (int i = 0; i < 256; ++i)
        appendBigEndian(index, i >= id.raw()[0] ? 1 : 0);
    index += QByteArray(reinterpret_cast<const char *>(id.raw()), ObjectId::RawSize);
    appendBigEndian(index, 0); // CRC, not checked when reading
    appendBigEndian(index, 12);
    index += checksum + QByteArray(20, '\x5a');

    const QString base
        = objectsDirectory + QStringLiteral("/pack/pack-") + QString(40, QLatin1Char('5'));
    QDir().mkpath(objectsDirectory + QStringLiteral("/pack"));
    QFile packFile(base + QStringLiteral(".pack"));
    QFile indexFile(base + QStringLiteral(".idx"));
    return packFile.open(QIODevice::WriteOnly) && packFile.write(pack) == pack.size()
        && indexFile.open(QIODevice::WriteOnly) && indexFile.write(index) == index.size();
}

// A change as git --name-status -M<score> prints it: "R087 old new", "A path".
QByteArray describe(const FileChange &change)
{
    if (change.status == FileChange::Status::Renamed) {
        return 'R' + QByteArray::number(change.similarityPercent()).rightJustified(3, '0') + ' '
            + change.oldSide.path + ' ' + change.newSide.path;
    }
    return char(change.status) + QByteArray(" ") + change.newSide.path;
}

} // namespace

class TestTreeDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renames_data();
    void renames();
    void renameLimit();
    void contentOfEachSide();
    void sizesAsGitReadsThem();
    void forgedContentIsCaught();
    void hunks_data();
    void hunks();

private:
    Result<TreeDiff> compare(const QByteArray &from, const QByteArray &to,
                             const TreeDiffOptions &options);

    ScratchDirectory m_scratch;
    QString m_path;
    std::optional<Repository> m_repository;
};

void TestTreeDiff::initTestCase()
{
    const QByteArray config = numbered("setting", 40);
    const QByteArray shared = numbered("shared", 40);
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    commit.files = {{"config/a/config.txt", config},
                    {"exact/p/same.txt", numbered("same", 10)},
                    {"exact/q/same.txt", numbered("same", 10)},
                    {"exact/r/other.txt", numbered("same", 10)},
                    {"tie/first.txt", shared},
                    {"tie/second.txt", shared},
                    {"mode/tool.sh", numbered("echo", 10)},
                    {"link", "target"},
                    {"kind", "a file\n"},
                    {"fd", "a file\n"},
                    {"sixty/old.txt", numbered("sixty", 20)}};
    commit.modes = {{"link", "120000"}};
    const int before = history.commit(commit);

    commit.parents = {before};
    commit.time += 60;
    commit.files.remove("config/a/config.txt");
    QByteArrayList lines = config.split('\n');
    for (const int changed : {1, 5, 9, 13, 17, 21, 25, 29}) // 80 % similar
        lines[changed] = "new " + QByteArray::number(changed);
    commit.files["config/b/config.txt"] = lines.join('\n');
    lines = config.split('\n');
    lines[2] = "new 2"; // 97 % similar, but another base name
    commit.files["config/c/settings.txt"] = lines.join('\n');
    for (const QByteArray path : {"exact/p/same.txt", "exact/q/same.txt", "exact/r/other.txt"})
        commit.files.remove(path);
    commit.files["exact/s/same.txt"] = numbered("same", 10);
    commit.files["exact/t/new.txt"] = numbered("same", 10);
    commit.files.remove("tie/first.txt");
    commit.files.remove("tie/second.txt");
    commit.files["tie/target.txt"] = shared + "one more line\n";
    commit.files.insert("mode/bin/tool.sh", commit.files.take("mode/tool.sh"));
    commit.modes["mode/bin/tool.sh"] = "100755";
    commit.files.insert("link-moved", commit.files.take("link"));
    commit.modes.remove("link");
    commit.modes["link-moved"] = "120000";
    commit.modes["kind"] = "120000";
    commit.files.remove("fd");
    commit.files["fd/inner"] = "a file\n";
    lines = numbered("sixty", 20).split('\n');
    for (const int changed : {0, 2, 4, 6, 8, 10, 12})
        lines[changed] = "different";
    commit.files.remove("sixty/old.txt");
    commit.files["sixty/new.txt"] = lines.join('\n');
    history.setBranch("main", history.commit(commit));

    m_path = m_scratch.filePath(QStringLiteral("renames.git"));
    QString error;
    QVERIFY2(history.create(m_path, true, &error), qPrintable(error));
    auto repository = Repository::open(m_path);
    QVERIFY(repository.ok());
    m_repository.emplace(std::move(*repository));
}

Result<TreeDiff> TestTreeDiff::compare(const QByteArray &from, const QByteArray &to,
                                       const TreeDiffOptions &options)
{
    auto oldTree = m_repository->resolveTree(from);
    if (!oldTree)
        return oldTree.error();
    auto newTree = m_repository->resolveTree(to);
    if (!newTree)
        return newTree.error();
    return TreeDiff::compare(*m_repository, *oldTree, *newTree, options);
}

void TestTreeDiff::renames_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QByteArray>("gitThreshold"); // the same score as git's -M reads it
    QTest::addColumn<QByteArrayList>("paths");
    QTest::addColumn<QByteArrayList>("expected");

    // The unique base name wins over the more similar settings.txt; identical files pair
    // first, the same base name preferred (also a file that became a folder); of two
    // equal sources the first is taken. A rename takes its added file's place.
    QTest::newRow("default") << DefaultRenameScore << QByteArray("-M50%") << QByteArrayList()
                             << QByteArrayList {"R080 config/a/config.txt config/b/config.txt",
                                                "A config/c/settings.txt",
                                                "D exact/r/other.txt",
                                                "R100 exact/p/same.txt exact/s/same.txt",
                                                "R100 exact/q/same.txt exact/t/new.txt",
                                                "R100 fd fd/inner",
                                                "T kind",
                                                "R100 link link-moved",
                                                "R100 mode/tool.sh mode/bin/tool.sh",
                                                "R061 sixty/old.txt sixty/new.txt",
                                                "D tie/second.txt",
                                                "R096 tie/first.txt tie/target.txt"};
    // From 81 % the base name rule needs 90.5 %: the most similar file takes config.txt.
    QTest::newRow("-M81%") << RenameScoreMax * 81 / 100 << QByteArray("-M81%")
                           << QByteArrayList {"config"}
                           << QByteArrayList {"A config/b/config.txt",
                                              "R097 config/a/config.txt config/c/settings.txt"};
    // sixty/new.txt keeps 112 of its 182 bytes from sixty/old.txt: a score of 36923.
    QTest::newRow("exactly the threshold")
        << 36923 << QByteArray("-M0.61539") << QByteArrayList {"sixty"}
        << QByteArrayList {"R061 sixty/old.txt sixty/new.txt"};
    QTest::newRow("just above it") << 36924 << QByteArray("-M0.6154") << QByteArrayList {"sixty"}
                                   << QByteArrayList {"A sixty/new.txt", "D sixty/old.txt"};
    QTest::newRow("identical only")
        << RenameScoreMax << QByteArray("-M100%") << QByteArrayList {"config", "tie"}
        << QByteArrayList {"D config/a/config.txt",   "A config/b/config.txt",
                           "A config/c/settings.txt", "D tie/first.txt",
                           "D tie/second.txt",        "A tie/target.txt"};
    // A pathspec that leaves out one side of a rename leaves it a deletion or an addition.
    QTest::newRow("one side outside the pathspec")
        << DefaultRenameScore << QByteArray("-M") << QByteArrayList {"config/a", "config/c"}
        << QByteArrayList {"R097 config/a/config.txt config/c/settings.txt"};
    QTest::newRow("rename source outside")
        << DefaultRenameScore << QByteArray("-M") << QByteArrayList {"config/b"}
        << QByteArrayList {"A config/b/config.txt"};
}

void TestTreeDiff::renames()
{
    QFETCH(int, score);
    QFETCH(QByteArray, gitThreshold);
    QFETCH(QByteArrayList, paths);
    QFETCH(QByteArrayList, expected);
    TreeDiffOptions options;
    options.renameScore = score;
    options.pathspec = Pathspec(paths);
    auto diff = compare("main~1", "main", options);
    QVERIFY2(diff.ok(), qPrintable(diff.ok() ? QString() : diff.errorMessage()));
    QByteArrayList found;
    for (const FileChange &change : diff->changes())
        found.append(describe(change));
    QCOMPARE(found, expected);
    QCOMPARE(diff->neededRenameLimit(), 0);
    QVERIFY(diff->finishVerification().ok());

    // What git says.
    const QByteArrayList arguments
        = {"diff", "--name-status", gitThreshold, "main~1", "main", "--"};
    const QByteArray git = referenceGit(m_path, arguments + paths).standardOutput;
    QCOMPARE(git, expected.join('\n').replace(' ', '\t') + '\n');
}

// Over the limit only identical files and unique base names are paired; the limit that
// would be needed is the larger of the numbers of sources and destinations left.
void TestTreeDiff::renameLimit()
{
    TreeDiffOptions options;
    options.renameLimit = 1;
    auto diff = compare("main~1", "main", options);
    QVERIFY(diff.ok());
    QByteArrayList found;
    for (const FileChange &change : diff->changes())
        found.append(describe(change));
    QVERIFY(found.contains("R080 config/a/config.txt config/b/config.txt"));
    QVERIFY(found.contains("R100 exact/p/same.txt exact/s/same.txt"));
    QVERIFY(found.contains("R100 fd fd/inner"));
    QVERIFY(found.contains("D sixty/old.txt"));
    QVERIFY(found.contains("A tie/target.txt"));
    // Left: exact/r/other.txt, sixty/old.txt, tie/first.txt and tie/second.txt; added:
    // config/c/settings.txt, sixty/new.txt and tie/target.txt.
    QCOMPARE(diff->neededRenameLimit(), 4);

    options.detectRenames = false;
    diff = compare("main~1", "main", options);
    QVERIFY(diff.ok());
    for (const FileChange &change : diff->changes())
        QVERIFY(change.status != FileChange::Status::Renamed);
    QCOMPARE(diff->neededRenameLimit(), 0);
}

void TestTreeDiff::contentOfEachSide()
{
    auto diff = compare("main~1", "main", TreeDiffOptions());
    QVERIFY(diff.ok());
    for (const FileChange &change : diff->changes()) {
        if (change.newSide.path != "kind")
            continue;
        QCOMPARE(*diff->content(change.oldSide), QByteArray("a file\n"));
        QCOMPARE(*diff->content(change.newSide), QByteArray("a file\n"));
        QCOMPARE(*diff->size(change.oldSide), qint64(7));
        QCOMPARE(change.newSide.mode, 0120000u);
    }
    DiffSide submodule;
    submodule.mode = 0160000;
    submodule.id = ObjectId::fromHex("1111111111111111111111111111111111111111");
    QCOMPARE(*diff->content(submodule),
             QByteArray("Subproject commit 1111111111111111111111111111111111111111\n"));
    QCOMPARE(*diff->size(submodule), qint64(diff->content(submodule)->size()));
    QCOMPARE(*diff->content(DiffSide()), QByteArray());

    DiffSide missing;
    missing.mode = 0100644;
    missing.path = "missing.txt";
    missing.id = ObjectId::fromHex("2222222222222222222222222222222222222222");
    const auto content = diff->content(missing);
    QVERIFY(!content.ok());
    QVERIFY2(content.errorMessage().contains(QStringLiteral("2222222222")),
             qPrintable(content.errorMessage()));
}

// Sizes come from the pack without building objects (a delta's from its first bytes): the
// same as git's for every blob of a history full of deltas.
void TestTreeDiff::sizesAsGitReadsThem()
{
    // One file changed a line at a time, repacked: git stores most versions as deltas.
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    QByteArrayList lines = numbered("line", 300).split('\n');
    for (int i = 0; i < 80; ++i) {
        lines[(i * 37) % 300] = "changed " + QByteArray::number(i);
        commit.files["file.txt"] = lines.join('\n');
        commit.files["other.txt"] = numbered("other " + QByteArray::number(i % 3), 50 + i);
        const int at = history.commit(commit);
        commit.parents = {at};
        commit.time += 60;
    }
    history.setBranch("main", commit.parents.first());
    const QString path = m_scratch.filePath(QStringLiteral("deltas.git"));
    QString error;
    QVERIFY2(history.create(path, true, &error), qPrintable(error));
    QVERIFY(runProcess("git", {"-C", QFile::encodeName(path), "repack", "-q", "-a", "-d", "-f"},
                       referenceGitEnvironment())
                .ok());
    const QByteArrayList objects
        = referenceGit(path,
                       {"cat-file", "--batch-all-objects",
                        "--batch-check=%(objectname) %(objecttype) %(objectsize) "
                        "%(deltabase)"})
              .standardOutput.trimmed()
              .split('\n');
    auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    auto oldTree = repository->resolveTree("main");
    QVERIFY(oldTree.ok());
    auto diff = TreeDiff::compare(*repository, *oldTree, *oldTree, TreeDiffOptions());
    QVERIFY(diff.ok());
    int deltas = 0;
    for (const QByteArray &line : objects) {
        const QByteArrayList fields = line.split(' ');
        if (fields.value(1) != "blob")
            continue;
        deltas += fields.value(3) != QByteArray(40, '0');
        DiffSide side;
        side.mode = 0100644;
        side.id = ObjectId::fromHex(fields.at(0));
        const auto size = diff->size(side);
        QVERIFY(size.ok());
        QCOMPARE(*size, fields.at(2).toLongLong());
        QCOMPARE(qint64(diff->content(side)->size()), *size);
    }
    QVERIFY2(deltas > 100, qPrintable(QStringLiteral("only %1 deltas").arg(deltas)));
    QVERIFY(diff->finishVerification().ok());
}

// A blob left unchecked for a line diff is checked by the id libgit2 computes: a pack that
// hands over other bytes for an id is caught, in the engine and in every format that reads.
void TestTreeDiff::forgedContentIsCaught()
{
    const QString path = m_scratch.filePath(QStringLiteral("forged"));
    const QByteArray repository = QFile::encodeName(path);
    const QByteArrayList environment = referenceGitEnvironment();
    QVERIFY(runProcess("git", {"init", "-q", repository}, environment).ok());
    for (const QByteArray content : {"original content\n", "changed content\n"}) {
        QFile file(path + QStringLiteral("/file.txt"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        QVERIFY(runProcess("git", {"-C", repository, "add", "file.txt"}, environment).ok());
        QVERIFY(runProcess("git",
                           {"-C", repository, "-c", "user.name=A", "-c", "user.email=a@x", "commit",
                            "-q", "-m", content},
                           environment)
                    .ok());
    }
    const QByteArray original
        = referenceGit(path, {"rev-parse", "HEAD~1:file.txt"}).standardOutput.trimmed();
    QCOMPARE(referenceGit(path, {"cat-file", "-p", original}).standardOutput,
             QByteArray("original content\n"));
    const QString objects = path + QStringLiteral("/.git/objects");
    QVERIFY(QFile::remove(objects + QLatin1Char('/') + QString::fromLatin1(original.left(2))
                          + QLatin1Char('/') + QString::fromLatin1(original.mid(2))));
    QVERIFY(writeForgedPack(objects, ObjectId::fromHex(original), "forged  content\n"));

    auto forged = Repository::open(path);
    QVERIFY(forged.ok());
    auto before = forged->resolveTree("HEAD~1");
    auto after = forged->resolveTree("HEAD");
    QVERIFY(before.ok() && after.ok());
    auto diff = TreeDiff::compare(*forged, *before, *after, TreeDiffOptions());
    QVERIFY(diff.ok());
    QCOMPARE(diff->changes().size(), 1);
    const FileChange change = diff->changes().first();
    qint64 size = 0;
    bool checked = true;
    const auto read = diff->contentUpTo(change.oldSide, BigFileThreshold, &size, &checked);
    QVERIFY(read.ok() && read->has_value());
    QCOMPARE(**read, QByteArray("forged  content\n"));
    QVERIFY(!checked);
    TextIds ids;
    QVERIFY(LineDiff::count(**read, *diff->content(change.newSide), &ids).ok());
    QVERIFY(ids.known);
    const auto confirmed = diff->confirm(change.oldSide, **read, &ids.before);
    QVERIFY(!confirmed.ok());
    QVERIFY2(confirmed.errorMessage().contains(QString::fromLatin1(original)),
             qPrintable(confirmed.errorMessage()));
    // Read as usual, the check on the second thread finds it.
    QVERIFY(diff->content(change.oldSide).ok());
    QVERIFY(!diff->finishVerification().ok());

    const QByteArray cli = qgetenv("CLEARROOM_CLI");
    QVERIFY(!cli.isEmpty());
    for (const QByteArray format : {"--stat", "-p", "--numstat"}) {
        const ProcessResult result
            = runProcess(cli, {"-C", repository, "repo", "diff", format, "HEAD~1", "HEAD"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardOutput.isEmpty());
        QVERIFY2(result.standardError.contains(original)
                     && result.standardError.contains("file.txt"),
                 result.standardError.constData());
    }
    // What reads no content is as git shows it.
    const ProcessResult raw
        = runProcess(cli, {"-C", repository, "repo", "diff", "--raw", "HEAD~1", "HEAD"});
    QVERIFY(raw.ok());
    QCOMPARE(raw.standardOutput,
             referenceGit(path, {"diff", "--raw", "HEAD~1", "HEAD"}).standardOutput);
}

void TestTreeDiff::hunks_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QByteArray>("expected"); // header and function of each hunk

    const QByteArray body = numbered("  body", 8);
    QTest::newRow("function context")
        << "int f(void)\n" + body + "int g(void)\n" + body
        << "int f(void)\n" + body + "int g(void)\n" + QByteArray(body).replace("body 5", "BODY")
        << QByteArray("-13,6 +13,6 int g(void)\n");
    QTest::newRow("trailing white space, 80 bytes")
        << "f" + QByteArray(100, 'x') + "\n" + body
        << "f" + QByteArray(100, 'x') + "\n" + body + "end\n"
        << "-7,3 +7,4 f" + QByteArray(79, 'x') + '\n';
    QTest::newRow("cut at invalid UTF-8") << "caf\xc3\xa9 stra\xdf"
                                             "e\n"
            + body
                                          << "caf\xc3\xa9 stra\xdf"
                                             "e\n"
            + body + "end\n" << QByteArray("-7,3 +7,4 caf\xc3\xa9 stra\n");
    QTest::newRow("U+FFFF ends it") << "a\xef\xbf\xbf"
                                       "b\n"
            + body
                                    << "a\xef\xbf\xbf"
                                       "b\n"
            + body + "end\n" << QByteArray("-7,3 +7,4 a\n");
    QTest::newRow("new file") << QByteArray() << QByteArray("one\ntwo\n")
                              << QByteArray("-0,0 +1,2 \n");
    QTest::newRow("no newline at the end")
        << QByteArray("a\nb") << QByteArray("a\nc") << QByteArray("-1,2 +1,2 \n");
}

void TestTreeDiff::hunks()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, expected);
    const auto hunks = LineDiff::hunks(before, after, 3);
    QVERIFY(hunks.ok());
    QByteArray found;
    qint64 added = 0;
    qint64 deleted = 0;
    for (const DiffHunk &hunk : *hunks) {
        found += '-' + QByteArray::number(hunk.oldStart) + ',' + QByteArray::number(hunk.oldCount)
            + " +" + QByteArray::number(hunk.newStart) + ',' + QByteArray::number(hunk.newCount)
            + ' ' + hunk.function + '\n';
        for (const DiffLine &line : hunk.lines) {
            added += line.kind == DiffLine::Kind::Added;
            deleted += line.kind == DiffLine::Kind::Deleted;
            QVERIFY(!line.text.contains('\n'));
            QCOMPARE(line.missingNewline, line.text == "b" || line.text == "c");
        }
    }
    QCOMPARE(found, expected);
    const auto counts = LineDiff::count(before, after);
    QVERIFY(counts.ok());
    QCOMPARE(counts->added, added);
    QCOMPARE(counts->deleted, deleted);
}

QTEST_GUILESS_MAIN(TestTreeDiff)
#include "tst_treediff.moc"
