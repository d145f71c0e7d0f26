// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fixturerepository.h"
#include "process.h"
#include "repositorysession.h"
#include "treemodel.h"

#include "scratchdirectory.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

class TestTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(
            test::FixtureRepository::createStandard(m_dir.filePath(QStringLiteral("repo")), &error),
            qPrintable(error));
    }

    void loadsLazilyFoldersFirstInGitOrder()
    {
        RepositorySession session;
        QSignalSpy opened(&session, &RepositorySession::opened);
        session.open(m_dir.filePath(QStringLiteral("repo")));
        QVERIFY(opened.wait());
        QSignalSpy resolved(&session, &RepositorySession::resolved);
        session.resolve("HEAD");
        QVERIFY(resolved.wait());
        const auto tree = resolved.first().at(2).value<git::ObjectId>();

        TreeModel model(&session);
        model.setRoot(tree);
        QTRY_VERIFY(model.rowCount() > 0);

        // A folder is not read until it is opened.
        const QModelIndex src = model.indexForPath("src");
        QVERIFY(src.isValid());
        QCOMPARE(model.rowCount(src), 0);
        QVERIFY(model.hasChildren(src));
        QVERIFY(model.canFetchMore(src));
        model.fetchMore(src);
        QTRY_COMPARE(model.rowCount(src), 2);
        QCOMPARE(model.index(0, 0, src).data(TreeModel::PathRole).toByteArray(),
                 QByteArray("src/util"));
        QCOMPARE(model.index(1, 0, src).data(TreeModel::PathRole).toByteArray(),
                 QByteArray("src/main.cpp"));
        QVERIFY(!model.canFetchMore(src));

        // From here on every change is checked for model consistency.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Top level: folders first, then files, each in git's (byte) order, as ls-tree lists them.
        const auto listed
            = test::referenceGit(m_dir.filePath(QStringLiteral("repo")), {"ls-tree", "-z", "HEAD"});
        QVERIFY(listed.ok());
        QByteArrayList folders;
        QByteArrayList files;
        for (const QByteArray &line : listed.standardOutput.split('\0')) {
            if (line.isEmpty())
                continue;
            const QByteArray name = line.mid(line.indexOf('\t') + 1);
            (line.contains(" tree ") ? folders : files).append(name);
        }
        QByteArrayList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data(TreeModel::PathRole).toByteArray());
        QCOMPARE(shown, folders + files);

        // Invalid UTF-8 in a name is shown with a visible escape, never lost.
        const QModelIndex docs = model.indexForPath("docs");
        model.fetchMore(docs);
        QTRY_VERIFY(model.rowCount(docs) > 0);
        const QModelIndex latin1 = model.indexForPath("docs/latin1-\xe9t\xe9.txt");
        QVERIFY(latin1.isValid());
        QCOMPARE(latin1.data().toString(), QStringLiteral("latin1-\\xE9t\\xE9.txt"));

        // Submodules and symlinks say what they are.
        QVERIFY(model.indexForPath("vendor").isValid());
        model.fetchMore(model.indexForPath("vendor"));
        QTRY_VERIFY(model.indexForPath("vendor/lib").isValid());
        QVERIFY(model.indexForPath("vendor/lib")
                    .data()
                    .toString()
                    .contains(QStringLiteral("submodule")));
        QVERIFY(model.indexForPath("link-to-main")
                    .data()
                    .toString()
                    .contains(QStringLiteral("symbolic link")));
    }

    void missingTreeIsReported()
    {
        RepositorySession session;
        QSignalSpy opened(&session, &RepositorySession::opened);
        session.open(m_dir.filePath(QStringLiteral("repo")));
        QVERIFY(opened.wait());
        TreeModel model(&session);
        QSignalSpy failed(&model, &TreeModel::loadFailed);
        model.setRoot(git::ObjectId::fromHex("2222222222222222222222222222222222222222"));
        QVERIFY(failed.wait());
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("2222222222")),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 0);
    }

private:
    test::ScratchDirectory m_dir;
};

QTEST_MAIN(TestTreeModel)
#include "tst_treemodel.moc"
