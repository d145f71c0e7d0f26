// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fixturerepository.h"
#include "process.h"
#include "repository.h"
#include "repositoryidentity.h"
#include "scratchdirectory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::git;

// Repositories that read from elsewhere or that git would show differently are noticed,
// and nothing a repository's configuration names is ever run.
class TestRepositoryIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::FixtureRepository source(m_dir.filePath(QStringLiteral("source")));
        QVERIFY2(
            source.init() && source.writeFile("a.txt", "one\n") && source.commitAll("one")
                && source.writeFile("a.txt", "two\n") && source.commitAll("two")
                && source.writeFile("a.txt", "three\n") && source.commitAll("three")
                && source.git({"remote", "add", "origin", "https://vendor.example/product.git"}),
            qPrintable(source.lastError()));
        QVERIFY(source.git({"rev-parse", "HEAD~1", "HEAD~2"}, &m_commits));
    }

    void plainRepositoryHasNoNotices()
    {
        auto identity = inspect(m_dir.filePath(QStringLiteral("source")));
        QVERIFY(identity.notices.isEmpty());
        QCOMPARE(identity.remotes.size(), 1);
        QCOMPARE(identity.remotes.first().url, QByteArray("https://vendor.example/product.git"));
        QVERIFY(identity.hasWorkTree);
    }

    void noticesWhatRedirectsOrChangesHistory_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("alternates") << QStringLiteral("alternates") << QByteArray("alternates")
                                    << QStringLiteral("alternates");
        QTest::newRow("worktree (.git file, commondir)")
            << QStringLiteral("worktree") << QByteArray("git-file") << QStringLiteral(".git file");
        QTest::newRow("worktree commondir")
            << QStringLiteral("worktree") << QByteArray("commondir") << QStringLiteral("commondir");
        QTest::newRow("core.worktree")
            << QStringLiteral("coreworktree") << QByteArray("core.worktree")
            << QStringLiteral("core.worktree");
        QTest::newRow("include.path") << QStringLiteral("include") << QByteArray("include.path")
                                      << QStringLiteral("include.path");
        QTest::newRow("replace refs") << QStringLiteral("replace") << QByteArray("replace-refs")
                                      << QStringLiteral("refs/replace");
        QTest::newRow("grafts") << QStringLiteral("grafts") << QByteArray("grafts")
                                << QStringLiteral("grafts");
        QTest::newRow("shallow") << QStringLiteral("shallow") << QByteArray("shallow")
                                 << QStringLiteral("shallow");
    }

    void noticesWhatRedirectsOrChangesHistory()
    {
        QFETCH(QString, setup);
        QFETCH(QByteArray, kind);
        QFETCH(QString, inMessage);
        const QString path = prepare(setup);
        QVERIFY(!path.isEmpty());
        const auto identity = inspect(path);
        bool found = false;
        for (const RepositoryNotice &notice : identity.notices) {
            if (RepositoryInspector::kindName(notice.kind) != kind)
                continue;
            found = true;
            QVERIFY2(notice.message.contains(inMessage), qPrintable(notice.message));
            QVERIFY(!notice.details.isEmpty());
        }
        QVERIFY2(found, kind.constData());

        // The CLI prints the same as JSON.
        const auto cli = test::clearroomCli({"-C", QFile::encodeName(path), "repo", "identity"});
        QVERIFY2(cli.ok(), cli.standardError.constData());
        const QJsonObject json = QJsonDocument::fromJson(cli.standardOutput).object();
        bool inJson = false;
        for (const auto &notice : json.value(QStringLiteral("notices")).toArray())
            inJson |= notice.toObject().value(QStringLiteral("kind")).toString()
                == QLatin1String(kind);
        QVERIFY2(inJson, cli.standardOutput.constData());
    }

    void sha256RepositoryIsNamedAsSuch()
    {
        const QString path = m_dir.filePath(QStringLiteral("sha256"));
        const auto made = test::runProcess(
            "git", {"init", "-q", "--object-format=sha256", QFile::encodeName(path)},
            test::referenceGitEnvironment());
        QVERIFY2(made.ok(), made.standardError.constData());
        auto opened = Repository::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("SHA-256")),
                 qPrintable(opened.errorMessage()));
    }

    void nothingTheConfigurationNamesIsRun()
    {
        // Every hook, filter, textconv, fsmonitor and ssh command would create a marker.
        const QString path = copyOf(QStringLiteral("hostile"));
        const QString marker = m_dir.filePath(QStringLiteral("marker"));
        const QByteArray command = "touch " + QFile::encodeName(marker);
        test::FixtureRepository repo(path);
        for (const QByteArray &key :
             {QByteArray("core.fsmonitor"), QByteArray("core.sshCommand"), QByteArray("core.pager"),
              QByteArray("diff.evil.textconv"), QByteArray("diff.evil.command"),
              QByteArray("filter.evil.smudge"), QByteArray("filter.evil.clean"),
              QByteArray("core.hooksPath")}) {
            QVERIFY2(repo.git({"config", key, command}), qPrintable(repo.lastError()));
        }
        QVERIFY(repo.writeFile(".git/info/attributes", "* diff=evil filter=evil\n"));
        for (const char *hook :
             {"post-checkout", "pre-commit", "post-merge", "reference-transaction"})
            QVERIFY(repo.writeFile(QByteArray(".git/hooks/") + hook, "#!/bin/sh\n" + command + "\n",
                                   true));

        const QByteArray p = QFile::encodeName(path);
        for (const QByteArrayList &arguments :
             {QByteArrayList {"-C", p, "repo", "ls-tree", "-r", "-l", "HEAD"},
              QByteArrayList {"-C", p, "repo", "show", "HEAD:a.txt"},
              QByteArrayList {"-C", p, "repo", "show", "HEAD~1:a.txt"},
              QByteArrayList {"-C", p, "repo", "identity"}}) {
            const auto run = test::clearroomCli(arguments);
            QVERIFY2(run.ok(), run.standardError.constData());
        }
        auto opened = Repository::open(path);
        QVERIFY(opened);
        QVERIFY(opened->references());
        QVERIFY(opened->resolveTree("HEAD"));
        QVERIFY(RepositoryInspector::inspect(*opened));
        QVERIFY2(!QFile::exists(marker), "a command named in the repository's configuration ran");
    }

private:
    RepositoryIdentity inspect(const QString &path)
    {
        auto repository = Repository::open(path);
        if (!repository) {
            qWarning() << repository.errorMessage();
            return {};
        }
        auto identity = RepositoryInspector::inspect(*repository);
        if (!identity) {
            qWarning() << identity.errorMessage();
            return {};
        }
        return *identity;
    }

    QString copyOf(const QString &name)
    {
        const QString target = m_dir.filePath(name);
        const auto cloned = test::runProcess(
            "git",
            {"clone", "-q", QFile::encodeName(m_dir.filePath(QStringLiteral("source"))),
             QFile::encodeName(target)},
            test::referenceGitEnvironment());
        return cloned.ok() ? target : QString();
    }

    // A repository with one unusual property, made with the git CLI.
    QString prepare(const QString &setup)
    {
        const QString source = m_dir.filePath(QStringLiteral("source"));
        const QString target = m_dir.filePath(setup);
        const QByteArray src = QFile::encodeName(source);
        const QByteArray dst = QFile::encodeName(target);
        const QByteArrayList env = test::referenceGitEnvironment();
        auto git = [&env](const QByteArrayList &arguments) {
            const auto run = test::runProcess("git", arguments, env);
            if (!run.ok())
                qWarning() << run.standardError;
            return run.ok();
        };
        const QByteArray older = m_commits.split('\n').value(0);
        const QByteArray oldest = m_commits.split('\n').value(1);
        if (QFileInfo::exists(target))
            return target;
        if (setup == QLatin1String("alternates"))
            return git({"clone", "-q", "--shared", src, dst}) ? target : QString();
        if (setup == QLatin1String("worktree"))
            return git({"-C", src, "worktree", "add", "-q", "--detach", dst}) ? target : QString();
        if (setup == QLatin1String("shallow")) {
            return git({"clone", "-q", "--depth", "1", "file://" + src, dst}) ? target : QString();
        }
        const QString copy = copyOf(setup);
        if (copy.isEmpty())
            return {};
        if (setup == QLatin1String("coreworktree"))
            return git({"-C", dst, "config", "core.worktree", "/elsewhere"}) ? copy : QString();
        if (setup == QLatin1String("include"))
            return git({"-C", dst, "config", "include.path", "/etc/vendor.gitconfig"}) ? copy
                                                                                       : QString();
        if (setup == QLatin1String("replace"))
            return git({"-C", dst, "replace", older, oldest}) ? copy : QString();
        if (setup == QLatin1String("grafts")) {
            QFile grafts(target + QStringLiteral("/.git/info/grafts"));
            QDir().mkpath(target + QStringLiteral("/.git/info"));
            if (!grafts.open(QIODevice::WriteOnly))
                return {};
            grafts.write(older + "\n"); // makes the older commit a root
            return copy;
        }
        return {};
    }

    test::ScratchDirectory m_dir;
    QByteArray m_commits;
};

QTEST_GUILESS_MAIN(TestRepositoryIdentity)
#include "tst_repositoryidentity.moc"
