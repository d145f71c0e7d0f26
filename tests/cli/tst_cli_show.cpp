// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// `clearroom-cli repo show REV:PATH` against `git show REV:PATH`: every file of the
// standard fixture at two versions byte for byte (binary, empty, symlink, odd names),
// folders as git lists them, and a one-line error where Clearroom shows nothing.
#include "gitconformance.h"
#include "standardrepositories.h"

#include <QFile>
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

private:
    QString repositoryPath(const QByteArray &kind) const
    {
        return kind == "bare" ? m_repositories.bare() : m_repositories.workTree();
    }
    StandardRepositories m_repositories;
};

void TestCliShow::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    QVERIFY2(m_repositories.create(&error), qPrintable(error));
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

QTEST_GUILESS_MAIN(TestCliShow)
#include "tst_cli_show.moc"
