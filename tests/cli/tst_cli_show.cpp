// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo show REV:PATH` against `git show REV:PATH`: every file of the
// standard fixture at two versions byte for byte (binary, empty, symlink, odd names),
// folders as git lists them, and a one-line error where Clearroom shows nothing; blobs
// in every form git stores them (loose, packed whole, packed as a delta, empty), and
// damaged ones named in the error.
#include "gitconformance.h"
#include "scratchdirectory.h"
#include "standardrepositories.h"
#include "storedformsrepositories.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace clearroom::test;

class TestCliShow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileConformsToGit_data();
    void everyFileConformsToGit();
    void foldersConformToGit_data();
    void foldersConformToGit();
    void refusals_data();
    void refusals();
    void storedFormsConformToGit_data();
    void storedFormsConformToGit();
    void damagedObjectsAreNamed_data();
    void damagedObjectsAreNamed();
    void bigBlobThatCannotStreamIsRefused();

private:
    QString repositoryPath(const QByteArray &kind) const
    {
        return kind == "bare" ? m_repositories.bare() : m_repositories.workTree();
    }
    QByteArray blobId(const QByteArray &revision) const
    {
        return referenceGit(m_forms.loose(), {"rev-parse", revision}).standardOutput.trimmed();
    }
    StandardRepositories m_repositories;
    ScratchDirectory m_formsFolder;
    StoredFormsRepositories m_forms;
};

void TestCliShow::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    QVERIFY2(m_repositories.create(&error), qPrintable(error));
    QVERIFY2(m_forms.create(m_formsFolder.path(), &error), qPrintable(error));
}

void TestCliShow::everyFileConformsToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArray>("object");

    int files = 0;
    for (const QByteArray revision : {"HEAD", "v1.0", "feature"}) {
        const ProcessResult listing = referenceGit(
            m_repositories.workTree(), {"ls-tree", "-r", "-z", "--name-only", revision});
        QVERIFY(listing.ok());
        for (const QByteArray &path : listing.standardOutput.split('\0')) {
            if (path.isEmpty() || path == "vendor/lib") // the submodule has no content here
                continue;
            ++files;
            for (const QByteArray kind : {"worktree", "bare"}) {
                QTest::addRow("%s %s:%s", kind.constData(), revision.constData(),
                              qPrintable(printableBytes(path)))
                    << repositoryPath(kind) << QByteArray(revision + ':' + path);
            }
        }
    }
    QVERIFY(files >= 45);
    // The same files by other names of the same versions.
    const QByteArray readmeBlob
        = referenceGit(m_repositories.workTree(), {"rev-parse", "HEAD:README.md"})
              .standardOutput.trimmed();
    for (const QByteArray &object :
         {QByteArray("main:src/main.cpp"), QByteArray("HEAD~1:src/main.cpp"),
          QByteArray("light:CHANGES"), QByteArray("v1.0^{}:README.md"),
          QByteArray("HEAD:src/util/../main.cpp"), QByteArray("HEAD:src//main.cpp"), readmeBlob,
          readmeBlob.left(7)}) {
        QTest::addRow("worktree %s", object.constData()) << m_repositories.workTree() << object;
    }
}

void TestCliShow::everyFileConformsToGit()
{
    QFETCH(QString, repository);
    QFETCH(QByteArray, object);
    const QString difference = differenceFromGit(repository, {"show", object});
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliShow::foldersConformToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArray>("object");

    const QByteArray srcTree = referenceGit(m_repositories.workTree(), {"rev-parse", "HEAD:src"})
                                   .standardOutput.trimmed();
    for (const QByteArray kind : {"worktree", "bare"}) {
        for (const QByteArray &object :
             {QByteArray("HEAD:src"), QByteArray("HEAD:"), QByteArray("v1.0:"),
              QByteArray("feature:"), QByteArray("HEAD:src/"), QByteArray("HEAD:docs"),
              QByteArray("HEAD:nested/a/b"), QByteArray("HEAD:vendor"), QByteArray("HEAD^{tree}"),
              QByteArray("v1.0:src/util"), srcTree}) {
            QTest::addRow("%s %s", kind.constData(), object.constData())
                << repositoryPath(kind) << object;
        }
        // Failures git also reports: a missing path, an unknown revision.
        for (const QByteArray &object :
             {QByteArray("HEAD:missing/path"), QByteArray("no-such-rev:README.md"),
              QByteArray("no-such-rev"), QByteArray("HEAD:vendor/lib"),
              QByteArray("HEAD:README.md/x"), QByteArray("HEAD~99:README.md")}) {
            QTest::addRow("%s %s", kind.constData(), object.constData())
                << repositoryPath(kind) << object;
        }
    }
}

void TestCliShow::foldersConformToGit()
{
    QFETCH(QString, repository);
    QFETCH(QByteArray, object);
    const QString difference = differenceFromGit(repository, {"show", object});
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestCliShow::refusals_data()
{
    QTest::addColumn<QByteArrayList>("arguments");
    QTest::addColumn<QString>("expectedInMessage");

    // git shows a commit or tag with its diff; Clearroom's show is for files and folders.
    QTest::newRow("a commit") << QByteArrayList {"show", "HEAD"} << QStringLiteral("commit");
    QTest::newRow("an annotated tag") << QByteArrayList {"show", "v1.0"} << QStringLiteral("tag");
    QTest::newRow("missing path") << QByteArrayList {"show", "HEAD:missing/path"}
                                  << QStringLiteral("'missing/path'");
    QTest::newRow("unknown revision")
        << QByteArrayList {"show", "no-such-rev:README.md"} << QStringLiteral("'no-such-rev'");
    QTest::newRow("a submodule") << QByteArrayList {"show", "HEAD:vendor/lib"}
                                 << QStringLiteral("submodule");
    QTest::newRow("nothing to show") << QByteArrayList {"show"} << QStringLiteral("HEAD:");
    QTest::newRow("two objects") << QByteArrayList {"show", "HEAD:README.md", "HEAD:CHANGES"}
                                 << QStringLiteral("exactly one");
    QTest::newRow("unknown flag") << QByteArrayList {"show", "--stat", "HEAD:README.md"}
                                  << QStringLiteral("'--stat'");
}

void TestCliShow::refusals()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(QString, expectedInMessage);

    for (const QByteArray kind : {"worktree", "bare"}) {
        const ProcessResult result = clearroomCli(
            QByteArrayList {"-C", QFile::encodeName(repositoryPath(kind)), "repo"} + arguments);
        const QString violation = failureConventionViolation(result);
        QVERIFY2(violation.isEmpty(), qPrintable(violation));
        const QString message = QString::fromUtf8(result.standardError);
        QVERIFY2(message.startsWith(QStringLiteral("clearroom-cli: ")), qPrintable(message));
        QVERIFY2(message.contains(expectedInMessage), qPrintable(message));
    }
}

void TestCliShow::storedFormsConformToGit_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QByteArray>("object");

    // The pack holds what each row says it does: plain.bin whole, one base.txt as a delta.
    qint64 offset = 0;
    qint64 sizeInPack = 0;
    int depth = -1;
    QString pack;
    QVERIFY(m_forms.packEntry(blobId("HEAD:plain.bin"), &offset, &sizeInPack, &depth, &pack));
    QCOMPARE(depth, 0);
    int deltas = 0;
    for (const QByteArray revision : {"HEAD:base.txt", "HEAD~1:base.txt"}) {
        QVERIFY(m_forms.packEntry(blobId(revision), &offset, &sizeInPack, &depth, &pack));
        deltas += depth > 0 ? 1 : 0;
    }
    QCOMPARE(deltas, 1);
    QVERIFY(QFile::exists(m_forms.looseObjectFile(blobId("HEAD:plain.bin"))));

    for (const QString &repository : {m_forms.loose(), m_forms.packed()}) {
        const QByteArray kind = repository == m_forms.loose() ? "loose" : "packed";
        for (const QByteArray &object :
             {QByteArray("HEAD:small.txt"), QByteArray("HEAD:empty"), QByteArray("HEAD:base.txt"),
              QByteArray("HEAD~1:base.txt"), QByteArray("HEAD:plain.bin"), blobId("HEAD:plain.bin"),
              blobId("HEAD~1:base.txt"), blobId("HEAD:empty")}) {
            QTest::addRow("%s %s", kind.constData(), object.constData()) << repository << object;
        }
    }
}

void TestCliShow::storedFormsConformToGit()
{
    QFETCH(QString, repository);
    QFETCH(QByteArray, object);
    const QString difference = differenceFromGit(repository, {"show", object});
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

namespace {

enum class Damage { LastByteFlipped, Truncated };

bool damage(const QString &fileName, qint64 at, Damage how)
{
    QFile file(fileName);
    file.setPermissions(file.permissions() | QFileDevice::WriteOwner);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    if (how == Damage::Truncated)
        return file.resize(at);
    if (!file.seek(at))
        return false;
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(at))
        return false;
    return file.putChar(char(byte ^ 0x5A));
}

} // namespace

void TestCliShow::damagedObjectsAreNamed_data()
{
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("damagedFile");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("truncate");
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<bool>("partlyWritten");

    // Each row damages a copy of its own: the last bytes of a zlib stream are its
    // checksum, so flipping one is a damage zlib always finds.
    for (const QByteArray file : {"small.txt", "plain.bin"}) {
        const QByteArray id = blobId("HEAD:" + file);
        const bool big = file == "plain.bin";
        const QString looseFile = m_forms.looseObjectFile(id);
        const qint64 looseSize = QFileInfo(looseFile).size();
        QTest::addRow("loose %s, checksum", file.constData())
            << m_forms.loose() << looseFile << looseSize - 2 << false << id << big;
        QTest::addRow("loose %s, truncated", file.constData())
            << m_forms.loose() << looseFile << looseSize - 7 << true << id << big;
        qint64 offset = 0;
        qint64 sizeInPack = 0;
        int depth = -1;
        QString pack;
        QVERIFY(m_forms.packEntry(id, &offset, &sizeInPack, &depth, &pack));
        QCOMPARE(depth, 0);
        QTest::addRow("packed %s, checksum", file.constData())
            << m_forms.packed() << pack << offset + sizeInPack - 2 << false << id << big;
    }
}

void TestCliShow::damagedObjectsAreNamed()
{
    QFETCH(QString, repository);
    QFETCH(QString, damagedFile);
    QFETCH(qint64, at);
    QFETCH(bool, truncate);
    QFETCH(QByteArray, object);
    QFETCH(bool, partlyWritten);

    const ScratchDirectory copy;
    const QString copied = copy.filePath(QStringLiteral("repository"));
    QVERIFY(
        runProcess("cp", {"-a", QFile::encodeName(repository), QFile::encodeName(copied)}).ok());
    const QString file = copied + damagedFile.mid(repository.size());
    QVERIFY(damage(file, at, truncate ? Damage::Truncated : Damage::LastByteFlipped));

    // git refuses it too.
    QVERIFY(!referenceGit(copied, {"show", "HEAD:" + QByteArray(object)}).ok()
            || !referenceGit(copied, {"show", object}).ok());
    for (const QByteArray &name : {QByteArray("HEAD:plain.bin"), object}) {
        if (name == "HEAD:plain.bin" && !partlyWritten)
            continue;
        const ProcessResult result
            = clearroomCli({"-C", QFile::encodeName(copied), "repo", "show", name});
        QCOMPARE(result.exitCode, 1);
        const QString message = QString::fromUtf8(result.standardError);
        QVERIFY2(message.startsWith(QStringLiteral("clearroom-cli: ")), qPrintable(message));
        QVERIFY2(message.contains(QString::fromLatin1(object)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("damaged")), qPrintable(message));
        QCOMPARE(message.count(u'\n'), 1);
        // A big blob streams before its damage shows: then that is said. A small one is
        // held back: nothing went out.
        if (name == "HEAD:plain.bin" || !partlyWritten)
            QCOMPARE(!result.standardOutput.isEmpty(), partlyWritten);
        if (!result.standardOutput.isEmpty()) {
            QVERIFY2(message.contains(QStringLiteral("cannot be trusted")), qPrintable(message));
            QVERIFY(result.standardOutput.size() <= 2 * 1024 * 1024 + 17);
        }
    }
}

void TestCliShow::bigBlobThatCannotStreamIsRefused()
{
    // A blob of 300 MB in the objects of another repository (an alternate): Clearroom
    // streams only its own repository's objects, and reads no blob that big whole.
    const ScratchDirectory folder;
    const QByteArray other = QFile::encodeName(folder.filePath(QStringLiteral("other.git")));
    const QByteArray borrowing = QFile::encodeName(folder.filePath(QStringLiteral("borrowing")));
    const auto shell = [](const QByteArray &command) {
        const ProcessResult result
            = runProcess("sh", {"-c", command},
                         referenceGitEnvironment(
                             {"GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.org",
                              "GIT_COMMITTER_NAME=Ada", "GIT_COMMITTER_EMAIL=ada@example.org"}));
        if (!result.ok())
            qWarning("%s: %s", command.constData(), result.standardError.constData());
        return result.standardOutput.trimmed();
    };
    shell("git init -q --bare " + other + " && git init -q " + borrowing + " && echo " + other
          + "/objects > " + borrowing + "/.git/objects/info/alternates");
    const QByteArray blob
        = shell("head -c 300000000 /dev/zero | git -C " + other + " hash-object -w --stdin");
    QCOMPARE(blob.size(), 40);
    shell("cd " + borrowing + " && git update-index --add --cacheinfo 100644," + blob
          + ",huge.bin && git update-ref refs/heads/main $(git commit-tree -m huge $(git "
            "write-tree))");

    const ProcessResult result = clearroomCli({"-C", borrowing, "repo", "show", "main:huge.bin"});
    const QString violation = failureConventionViolation(result);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    const QString message = QString::fromUtf8(result.standardError);
    QVERIFY2(message.contains(QString::fromLatin1(blob)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("piece by piece")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("256 MiB")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestCliShow)
#include "tst_cli_show.moc"
