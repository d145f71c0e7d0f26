// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `repo show` streams a big blob as git does: a blob of 200 MB, loose and then stored
// whole in a pack, comes out identical to `git show` (SHA-256 of both outputs, read
// through a pipe and never held) while clearroom-cli's own peak memory (ru_maxrss from
// wait4) stays far below the blob's size; a reader that goes away or a closed standard
// output is a one-line error, not a death by SIGPIPE.
#include "gitconformance.h"
#include "residentmemory.h"
#include "scratchdirectory.h"
#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace clearroom;
using namespace clearroom::test;

namespace {

constexpr qint64 BlobSize = qint64(200) * 1000 * 1000;
// clearroom-cli itself takes about 25 MB (Qt, libgit2, OpenSSL) before reading anything.
constexpr long MemoryLimitKb = 64 * 1024;

struct Shown
{
    StreamedProcessResult process;
    QByteArray sha256;
};

Shown show(const QByteArray &program, const QByteArrayList &arguments,
           const QByteArrayList &environment)
{
    crypto::Sha256 hash;
    Shown shown;
    shown.process = runProcessStreaming(program, arguments, environment,
                                        [&hash](const char *data, qsizetype size) {
                                            hash.add(std::string_view(data, size_t(size)));
                                        });
    shown.sha256 = hash.hex();
    return shown;
}

} // namespace

class TestCliShowStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void looseBlobStreams();
    void packedBlobStreams();
    void goneReaderIsAnError_data();
    void goneReaderIsAnError();

private:
    bool git(const QByteArrayList &arguments, QByteArray *output = nullptr);
    void compareWithGit(const QByteArray &object);

    ScratchDirectory m_dir;
    QString m_repository;
    QByteArray m_blob;
};

bool TestCliShowStream::git(const QByteArrayList &arguments, QByteArray *output)
{
    const ProcessResult result = runProcess(
        "git", QByteArrayList {"-C", QFile::encodeName(m_repository)} + arguments,
        referenceGitEnvironment({"GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.org",
                                 "GIT_COMMITTER_NAME=Ada", "GIT_COMMITTER_EMAIL=ada@example.org",
                                 "GIT_AUTHOR_DATE=1700000000 +0000",
                                 "GIT_COMMITTER_DATE=1700000000 +0000"}));
    if (!result.ok())
        qWarning("git %s: %s", arguments.join(' ').constData(), result.standardError.constData());
    if (output)
        *output = result.standardOutput.trimmed();
    return result.ok();
}

void TestCliShowStream::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    m_repository = m_dir.filePath(QStringLiteral("big"));
    QVERIFY(QDir().mkpath(m_repository));
    QVERIFY(git({"init", "-q", "-b", "main"}));

    // Text lines that differ every megabyte: quick for zlib, never one repeated block.
    const QString bigFile = m_dir.filePath(QStringLiteral("big.txt"));
    {
        QFile file(bigFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        while (block.size() < 1000 * 1000)
            block += "a line of a big file, which repo show must stream as git does\n";
        block.truncate(1000 * 1000);
        for (qint64 written = 0; written < BlobSize; written += block.size()) {
            block.replace(0, 12, QByteArray::number(written).rightJustified(12, '0'));
            QCOMPARE(file.write(block), qint64(block.size()));
        }
    }
    QVERIFY(git({"hash-object", "-w", "--no-filters", QFile::encodeName(bigFile)}, &m_blob));
    QVERIFY(QFile::remove(bigFile));
    QByteArray tree;
    QByteArray commit;
    QVERIFY(git({"update-index", "--add", "--cacheinfo", "100644," + m_blob + ",big.txt"}));
    QVERIFY(git({"write-tree"}, &tree));
    QVERIFY(git({"commit-tree", "-m", "big", tree}, &commit));
    QVERIFY(git({"update-ref", "refs/heads/main", commit}));
}

void TestCliShowStream::compareWithGit(const QByteArray &object)
{
    const QByteArray repository = QFile::encodeName(m_repository);
    const Shown clearroom
        = show(clearroomCliPath(), {"-C", repository, "repo", "show", object}, {});
    QVERIFY2(clearroom.process.result.ok(), clearroom.process.result.standardError.constData());
    const Shown git = show("git", {"--no-replace-objects", "-C", repository, "show", object},
                           referenceGitEnvironment());
    QVERIFY2(git.process.result.ok(), git.process.result.standardError.constData());
    QCOMPARE(clearroom.process.outputBytes, BlobSize);
    QCOMPARE(git.process.outputBytes, BlobSize);
    QCOMPARE(clearroom.sha256, git.sha256);
    qInfo("%s: clearroom-cli peak %ld KB, git peak %ld KB, blob %lld KB", object.constData(),
          clearroom.process.peakMemoryKb, git.process.peakMemoryKb, BlobSize / 1024);
    if (test::residentmemory::addressSanitized())
        return; // the output is compared; its memory means nothing there
    QVERIFY2(clearroom.process.peakMemoryKb < MemoryLimitKb,
             qPrintable(QStringLiteral("clearroom-cli peaked at %1 KB for a blob of %2 KB")
                            .arg(clearroom.process.peakMemoryKb)
                            .arg(BlobSize / 1024)));
}

void TestCliShowStream::looseBlobStreams()
{
    QVERIFY(QFile::exists(m_repository + QStringLiteral("/.git/objects/")
                          + QString::fromLatin1(m_blob.left(2)) + u'/'
                          + QString::fromLatin1(m_blob.mid(2))));
    compareWithGit("main:big.txt");
    compareWithGit(m_blob);
}

void TestCliShowStream::packedBlobStreams()
{
    QVERIFY(git({"-c", "core.bigFileThreshold=1m", "-c", "core.compression=1", "repack", "-adq"}));
    QVERIFY(!QFile::exists(m_repository + QStringLiteral("/.git/objects/")
                           + QString::fromLatin1(m_blob.left(2)) + u'/'
                           + QString::fromLatin1(m_blob.mid(2))));
    compareWithGit("main:big.txt");
}

void TestCliShowStream::goneReaderIsAnError_data()
{
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reader gone") << int(StandardOutputEnd::ClosedPipe)
                                 << QStringLiteral("broken pipe");
    QTest::newRow("no standard output")
        << int(StandardOutputEnd::Closed) << QStringLiteral("Standard output is closed");
}

void TestCliShowStream::goneReaderIsAnError()
{
    QFETCH(int, end);
    QFETCH(QString, expected);
    for (const QByteArray &object : {QByteArray("main:big.txt"), QByteArray("main:")}) {
        const StreamedProcessResult result = runProcessStreaming(
            clearroomCliPath(), {"-C", QFile::encodeName(m_repository), "repo", "show", object}, {},
            [](const char *, qsizetype) {}, StandardOutputEnd(end));
        QVERIFY(!result.result.crashed);
        QCOMPARE(result.result.exitCode, 1);
        const QString message = QString::fromUtf8(result.result.standardError);
        QVERIFY2(message.startsWith(QStringLiteral("clearroom-cli: ")), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(message.count(u'\n'), 1);
    }
}

QTEST_GUILESS_MAIN(TestCliShowStream)
#include "tst_cli_showstream.moc"
