// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fileview.h"
#include "fixturerepository.h"
#include "mainwindow.h"
#include "process.h"
#include "scratchdirectory.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "sourceview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

// The search panel as an auditor uses it: results as git finds them, streamed in,
// grouped by file, opening the file at the line.
class TestSearchPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(test::FixtureRepository::createStandard(repoPath(), &error), qPrintable(error));
        test::FixtureRepository repo(repoPath());
        QVERIFY(repo.writeFile("trojan.c", "int x; /*\xe2\x80\xae evil */\nint y;\n"));
        QVERIFY(repo.commitAll("hidden characters"));
    }

    void findsWhatGitGrepFinds_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<bool>("ignoreCase");
        QTest::newRow("main") << QByteArray("main") << false;
        QTest::newRow("ignore case") << QByteArray("FIXTURE|version") << true;
    }

    void findsWhatGitGrepFinds()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(bool, ignoreCase);
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        SearchPanel *panel = window.searchPanel();
        QAbstractItemModelTester tester(panel->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        git::SearchPattern search;
        search.patterns = {pattern};
        search.syntax = git::SearchPattern::Syntax::Extended;
        search.ignoreCase = ignoreCase;
        panel->search(search, {});
        QVERIFY(panel->isRunning());
        QTRY_VERIFY(!panel->isRunning());
        QVERIFY2(panel->statusText().contains(QStringLiteral("matching")),
                 qPrintable(panel->statusText()));

        QByteArrayList arguments {"grep", "-l", "-E"};
        if (ignoreCase)
            arguments << "-i";
        arguments << "-e" << pattern << "HEAD";
        const auto git = test::referenceGit(repoPath(), arguments);
        QByteArrayList expected;
        for (const QByteArray &line : git.standardOutput.split('\n')) {
            if (!line.isEmpty())
                expected << line.mid(5); // "HEAD:"
        }
        QByteArrayList found;
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            found << panel->model()->index(row, 0).data(SearchResultsModel::PathRole).toByteArray();
        QCOMPARE(found, expected);
    }

    void opensTheFileAtTheLine()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        git::SearchPattern search;
        search.patterns = {"return 0"};
        search.syntax = git::SearchPattern::Syntax::Fixed;
        window.searchPanel()->search(search, {"src"});
        QTRY_VERIFY(!window.searchPanel()->isRunning());
        SearchResultsModel *model = window.searchPanel()->model();
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex line = model->index(0, 0, model->index(0, 0));
        QCOMPARE(line.data(SearchResultsModel::PathRole).toByteArray(), QByteArray("src/main.cpp"));
        QCOMPARE(line.data(SearchResultsModel::LineRole).toLongLong(), 7);
        window.openAt("src/main.cpp", 7);
        QTRY_COMPARE(window.fileView()->codeView()->cursorLine(), 7);
    }

    void findsHiddenCharacters()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        window.searchPanel()->searchHiddenCharacters();
        QTRY_VERIFY(!window.searchPanel()->isRunning());
        SearchResultsModel *model = window.searchPanel()->model();
        QStringList found;
        for (int row = 0; row < model->rowCount(); ++row)
            found << QString::fromUtf8(
                model->index(row, 0).data(SearchResultsModel::PathRole).toByteArray());
        // Not every line: an empty pattern (a U+FEFF taken for a byte order mark) once did that.
        QVERIFY2(found == QStringList {QStringLiteral("trojan.c")},
                 qPrintable(found.join(QLatin1Char('|'))));
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        // The result line shows the character as a marker, never raw.
        const QString shown = model->index(0, 0, model->index(0, 0)).data().toString();
        QVERIFY2(shown.contains(QStringLiteral("U+202e")), qPrintable(shown));
        QVERIFY(!shown.contains(QChar(0x202E)));
    }

    void cancelStopsAndSaysSo()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        git::SearchPattern search;
        search.patterns = {"."};
        window.searchPanel()->search(search, {});
        window.searchPanel()->cancel();
        QVERIFY(!window.searchPanel()->isRunning());
        QVERIFY(window.searchPanel()->statusText().contains(QStringLiteral("cancelled")));
        // A late answer of the cancelled search changes nothing.
        QTest::qWait(200);
        QVERIFY(window.searchPanel()->statusText().contains(QStringLiteral("cancelled")));
    }

private:
    QString repoPath() const { return m_dir.filePath(QStringLiteral("repo")); }
    test::ScratchDirectory m_dir;
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
