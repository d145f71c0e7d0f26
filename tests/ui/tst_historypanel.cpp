// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "historybuilder.h"
#include "historymodel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "process.h"
#include "scratchdirectory.h"
#include "treemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QTreeView>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

// The history panel as an auditor uses it: git log's commits in git log's order, of the
// whole tree or of one file, streamed in, cancellable, each commit's message on selection,
// and any version of a file one activation away.
class TestHistoryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A history with merges, renames and clocks that went backwards, plus commits
        // whose text an attacker chose.
        test::HistoryBuilder history = test::HistoryBuilder::random(7, 400);
        test::HistoryBuilder::Commit commit;
        commit.parents = {history.size() - 1};
        commit.files = history.files(history.size() - 1);
        commit.files.insert("notes.txt", "first\n");
        commit.time = 1800000000;
        commit.message = "Fix parser\xe2\x80\xae gnp.exe\n\nBody line one.\nBody \xff line two.\n";
        const int hostile = history.commit(commit);
        commit.parents = {hostile};
        commit.files.insert("notes.txt", "first\nsecond\n");
        commit.time += 60;
        commit.message = "Caf\xe9 in Latin-1\n";
        commit.encoding = "ISO-8859-1";
        commit.author = "J\xf6rg Pr\xfc"
                        "fer <joerg@example.org>";
        const int latin1 = history.commit(commit);
        history.setBranch("main", latin1);
        QString error;
        QVERIFY2(history.create(repoPath(), false, &error), qPrintable(error));
    }

    void wholeHistoryIsGitLogs()
    {
        HistoryPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setStart(repoPath(), headId(), QStringLiteral("HEAD"));
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        QCOMPARE(shownIds(panel),
                 test::referenceGitLines(repoPath(), {"log", "--format=%H", "HEAD"}));
        QVERIFY2(panel.statusText().contains(QLocale().toString(panel.model()->rowCount())),
                 qPrintable(panel.statusText()));
        // Subjects as git gives them, hidden characters made visible.
        const QByteArrayList subjects
            = test::referenceGitLines(repoPath(), {"log", "--format=%s", "HEAD"});
        for (int row = 2; row < panel.model()->rowCount(); ++row) {
            QCOMPARE(panel.model()->index(row, HistoryModel::SubjectColumn).data().toString(),
                     QString::fromUtf8(subjects.at(row)));
        }
        QCOMPARE(panel.model()->index(1, HistoryModel::SubjectColumn).data().toString(),
                 QString::fromUtf8("Fix parser\xe2\x9f\xa8RLO\xe2\x9f\xa9 gnp.exe"));
        // A commit in Latin-1 reads as git's log shows it, converted.
        QCOMPARE(panel.model()->index(0, HistoryModel::SubjectColumn).data().toString(),
                 QString::fromUtf8("Caf\xc3\xa9 in Latin-1"));
        QCOMPARE(panel.model()->index(0, HistoryModel::AuthorColumn).data().toString(),
                 QString::fromUtf8("J\xc3\xb6rg Pr\xc3\xbc"
                                   "fer"));
    }

    void fileHistoryIsGitLogOfThePath()
    {
        const QByteArrayList files
            = test::referenceGitLines(repoPath(), {"ls-tree", "-r", "--name-only", "HEAD"});
        QVERIFY(files.size() > 3);
        HistoryPanel panel;
        panel.setStart(repoPath(), headId(), QStringLiteral("HEAD"));
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        for (const QByteArray &file : {files.first(), files.at(files.size() / 2), files.last()}) {
            panel.setCurrentFile(file);
            panel.setFileOnly(true);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
            QCOMPARE(panel.limitedTo(), file);
            QCOMPARE(
                shownIds(panel),
                test::referenceGitLines(repoPath(), {"log", "--format=%H", "HEAD", "--", file}));
        }
        panel.setFileOnly(false);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        QCOMPARE(panel.limitedTo(), QByteArray());
        QCOMPARE(shownIds(panel),
                 test::referenceGitLines(repoPath(), {"log", "--format=%H", "HEAD"}));
    }

    void cancelStopsTheWalk()
    {
        HistoryPanel panel;
        panel.setStart(repoPath(), headId(), QStringLiteral("HEAD"));
        panel.show();
        QVERIFY(panel.isRunning());
        panel.cancel();
        QVERIFY(!panel.isRunning());
        QVERIFY2(panel.statusText().startsWith(QStringLiteral("Cancelled")),
                 qPrintable(panel.statusText()));
        const int rows = panel.model()->rowCount();
        QTest::qWait(300); // reports of the cancelled walk are dropped
        QCOMPARE(panel.model()->rowCount(), rows);
    }

    void selectionShowsTheMessage()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        HistoryPanel *panel = window.historyPanel();
        panel->show();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && panel->model()->rowCount() > 2, 30000);
        panel->view()->setCurrentIndex(panel->model()->index(1, 0));
        QTRY_VERIFY(panel->detailsText().contains(QStringLiteral("Body line one.")));
        const QString details = panel->detailsText();
        QVERIFY2(details.contains(QStringLiteral("commit ")
                                  + QString::fromLatin1(panel->model()->row(1).id.toHex())),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Ada Auditor <ada@example.org>")));
        QVERIFY(
            details.contains(QString::fromUtf8("Fix parser\xe2\x9f\xa8RLO\xe2\x9f\xa9 gnp.exe")));
        QVERIFY(details.contains(QStringLiteral("Body \\xFF line two.")));
        QVERIFY(!details.contains(QChar(0x202E)));
    }

    void activatingAFileVersionOpensIt()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        window.revealPath("notes.txt");
        QTRY_COMPARE(window.treeView()->currentIndex().data(TreeModel::PathRole).toByteArray(),
                     QByteArray("notes.txt"));
        HistoryPanel *panel = window.historyPanel();
        panel->show();
        panel->setFileOnly(true);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning() && panel->model()->rowCount() == 2, 30000);
        const git::ObjectId older = panel->model()->row(1).id;
        Q_EMIT panel->view()->activated(panel->model()->index(1, 0));
        QTRY_COMPARE(window.currentCommit(), older);
        QTRY_COMPARE(window.treeView()->currentIndex().data(TreeModel::PathRole).toByteArray(),
                     QByteArray("notes.txt"));
        // The list stays as it was: the auditor reads along it.
        QCOMPARE(panel->model()->rowCount(), 2);
        QCOMPARE(panel->limitedTo(), QByteArray("notes.txt"));
    }

    void damagedHistoryIsReported()
    {
        // A commit naming a parent that is not in the repository.
        test::ScratchDirectory dir;
        const QString path = dir.path() + QStringLiteral("/broken");
        test::HistoryBuilder history;
        test::HistoryBuilder::Commit commit;
        commit.files = {{"a.txt", "a\n"}};
        history.setBranch("main", history.commit(commit));
        QString error;
        QVERIFY2(history.create(path, true, &error), qPrintable(error));
        const QByteArray tree
            = test::referenceGit(path, {"rev-parse", "HEAD^{tree}"}).standardOutput.trimmed();
        const QByteArray missing(40, 'e');
        const QByteArray id = test::writeRawCommit(
            path,
            "tree " + tree + "\nparent " + missing
                + "\nauthor A <a@b> 1700000000 +0000\ncommitter A <a@b> 1700000000 "
                  "+0000\n\nbroken\n");
        QVERIFY(!id.isEmpty());
        HistoryPanel panel;
        panel.setStart(path, git::ObjectId::fromHex(id), QStringLiteral("broken"));
        panel.show();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        QVERIFY2(panel.statusText().contains(QString::fromLatin1(missing)),
                 qPrintable(panel.statusText()));
    }

private:
    QString repoPath() const { return m_dir.path() + QStringLiteral("/repo"); }

    git::ObjectId headId() const
    {
        return git::ObjectId::fromHex(
            test::referenceGitLines(repoPath(), {"rev-parse", "HEAD"}).value(0));
    }

    static QByteArrayList shownIds(const HistoryPanel &panel)
    {
        QByteArrayList ids;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            ids << panel.model()->row(row).id.toHex();
        return ids;
    }

    test::ScratchDirectory m_dir;
};

QTEST_MAIN(TestHistoryPanel)
#include "tst_historypanel.moc"
