// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffdocument.h"
#include "diffpanel.h"
#include "historybuilder.h"
#include "linediff.h"
#include "mainwindow.h"
#include "process.h"
#include "scratchdirectory.h"
#include "sourcetext.h"
#include "sourceview.h"

#include <QTreeWidget>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

namespace {

QByteArray numbered(int from, int to, const QByteArray &tag = {})
{
    QByteArray text;
    for (int i = from; i <= to; ++i)
        text += "line " + QByteArray::number(i) + tag + "\n";
    return text;
}

} // namespace

// The diff view as a reviewer reads it: git's files, statuses, counts and hunks, each
// line with the numbers git gives it, the changed part of a changed line marked, both
// sides aligned, and binary files, renames and hidden characters stated plainly.
class TestDiffPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::HistoryBuilder history;
        test::HistoryBuilder::Commit commit;
        commit.files = {{"src/main.c", numbered(1, 40)},
                        {"docs/guide.txt", numbered(1, 30, " of the guide")},
                        {"old/name.txt", numbered(1, 25, " moving")},
                        {"logo.bin", QByteArray("\x89PNG\0\0\x01", 7)},
                        {"gone.txt", "bye\n"}};
        const int first = history.commit(commit);
        commit.parents = {first};
        commit.time += 60;
        QByteArray main = numbered(1, 40);
        main.replace("line 5\n", "line five\n");
        main.replace("line 20\n", "line 20\ninserted a\ninserted b\n");
        main.replace("line 33\nline 34\n", "");
        commit.files["src/main.c"] = main;
        commit.files.remove("old/name.txt");
        commit.files["new/name.txt"] = numbered(1, 25, " moving").replace("line 3 ", "line III ");
        commit.files["logo.bin"] = QByteArray("\x89PNG\0\0\x02", 7);
        commit.files.remove("gone.txt");
        commit.files["trojan.c"] = "int ok;\nif (admin) { /*\xe2\x80\xae } \xe2\x81\xa6 */\n";
        m_second = history.commit(commit);
        history.setBranch("main", m_second);
        QString error;
        QVERIFY2(history.create(repoPath(), true, &error), qPrintable(error));
    }

    void unifiedDocumentHasGitsLinesAndNumbers()
    {
        const QByteArray oldText = numbered(1, 40);
        QByteArray newText = oldText;
        newText.replace("line 5\n", "line five\n");
        newText.replace("line 20\n", "line 20\ninserted\n");
        auto hunks = git::LineDiff::hunks(oldText, newText, 3);
        QVERIFY(hunks.ok());
        const DiffDocument document = DiffDocument::unified(*hunks);
        const QStringList lines = document.text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), document.lines.size());
        // git's function context: the nearest line above that starts with a letter.
        QCOMPARE(lines.first(), QStringLiteral("@@ -2,7 +2,7 @@ line 1"));
        // The body as git prints it, sign by sign.
        QStringList body;
        for (int i = 0; i < lines.size(); ++i) {
            const DiffDocument::Line &line = document.lines.at(i);
            if (line.kind == DiffDocument::LineKind::HunkHeader)
                body << lines.at(i);
            else
                body << QString(QLatin1Char(line.kind == DiffDocument::LineKind::Added ? '+'
                                                : line.kind == DiffDocument::LineKind::Deleted
                                                ? '-'
                                                : ' '))
                        + lines.at(i);
        }
        QCOMPARE(body.join(QLatin1Char('\n')),
                 QStringLiteral(
                     "@@ -2,7 +2,7 @@ line 1\n line 2\n line 3\n line 4\n-line 5\n+line five\n"
                     " line 6\n line 7\n line 8\n@@ -18,6 +18,7 @@ line 17\n line 18\n line 19\n"
                     " line 20\n+inserted\n line 21\n line 22\n line 23"));
        // Old and new numbers in the gutter.
        QCOMPARE(document.gutterLabel(1, true), QStringLiteral(" 2  2  "));
        QCOMPARE(document.gutterLabel(4, true), QStringLiteral(" 5    -"));
        QCOMPARE(document.gutterLabel(5, true), QStringLiteral("    5 +"));
        QCOMPARE(document.lineBackgrounds().value(4), DiffDocument::deletedColor());
        QCOMPARE(document.lineBackgrounds().value(5), DiffDocument::addedColor());
        QVERIFY(!document.lineBackgrounds().contains(1));
        // "5" became "five": only that part is marked.
        QCOMPARE(document.marks.size(), 2);
        QCOMPARE(document.marks.at(0).line, 4);
        QCOMPARE(document.marks.at(0).column, 5);
        QCOMPARE(document.marks.at(0).length, 1);
        QCOMPARE(document.marks.at(1).line, 5);
        QCOMPARE(document.marks.at(1).length, 4);
    }

    void sideBySideAlignsBothSides()
    {
        const QByteArray oldText = "a\nb\nc\nd\n";
        const QByteArray newText = "a\nB\nx\ny\nd\n";
        auto hunks = git::LineDiff::hunks(oldText, newText, 3);
        QVERIFY(hunks.ok());
        const auto [left, right] = DiffDocument::sideBySide(*hunks);
        QCOMPARE(left.lines.size(), right.lines.size());
        QCOMPARE(left.text, QStringLiteral("@@ -1,4 +1,5 @@\na\nb\nc\n\nd"));
        QCOMPARE(right.text, QStringLiteral("@@ -1,4 +1,5 @@\na\nB\nx\ny\nd"));
        QCOMPARE(left.lines.at(4).kind, DiffDocument::LineKind::Filler);
        QCOMPARE(left.gutterLabel(5, false), QStringLiteral("4  "));
        QCOMPARE(right.gutterLabel(5, false), QStringLiteral("5  "));
        QCOMPARE(right.gutterLabel(4, false), QStringLiteral("4 +"));
    }

    void listsGitsFilesStatusesAndCounts()
    {
        DiffPanel panel;
        panel.show();
        panel.compare(repoPath(), "main~1", "main");
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        // git diff --numstat and --name-status, renames found as git finds them.
        const QByteArrayList numstat
            = test::referenceGitLines(repoPath(), {"diff", "--numstat", "main~1", "main"});
        const QByteArrayList nameStatus
            = test::referenceGitLines(repoPath(), {"diff", "--name-status", "main~1", "main"});
        QTreeWidget *files = panel.fileList();
        QCOMPARE(files->topLevelItemCount(), nameStatus.size());
        for (int row = 0; row < files->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = files->topLevelItem(row);
            const QByteArrayList status = nameStatus.at(row).split('\t');
            const QByteArrayList counts = numstat.at(row).split('\t');
            QCOMPARE(item->text(DiffPanel::StatusColumn).toUtf8(), status.first());
            QCOMPARE(item->text(DiffPanel::PathColumn).toUtf8(),
                     status.mid(1).join(QByteArray(" \xe2\x86\x92 ")));
            if (counts.first() == "-") {
                QCOMPARE(item->text(DiffPanel::AddedColumn), QStringLiteral("binary"));
            } else {
                QCOMPARE(item->text(DiffPanel::AddedColumn).toUtf8(), counts.at(0));
                QCOMPARE(item->text(DiffPanel::DeletedColumn).toUtf8(), counts.at(1));
            }
        }
        QVERIFY2(panel.statusText().startsWith(QLocale().toString(nameStatus.size())),
                 qPrintable(panel.statusText()));
    }

    void showsEachFileAsGitDoes()
    {
        DiffPanel panel;
        panel.resize(1000, 600);
        panel.show();
        panel.compare(repoPath(), "main~1", "main");
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        QTreeWidget *files = panel.fileList();
        for (int row = 0; row < files->topLevelItemCount(); ++row) {
            const QString path = files->topLevelItem(row)->text(DiffPanel::PathColumn);
            panel.showFile(row);
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoadingFile(), 30000);
            if (path == QStringLiteral("logo.bin")) {
                QVERIFY2(panel.noteText().contains(QStringLiteral("binary")),
                         qPrintable(panel.noteText()));
                continue;
            }
            if (path == QStringLiteral("src/main.c")) {
                // Line for line the hunks of git diff.
                const QByteArray patch
                    = test::referenceGit(repoPath(), {"diff", "main~1", "main", "--", "src/main.c"})
                          .standardOutput;
                QByteArrayList body = patch.split('\n');
                while (!body.isEmpty() && !body.first().startsWith("@@"))
                    body.removeFirst();
                if (!body.isEmpty() && body.last().isEmpty())
                    body.removeLast();
                const QStringList shown
                    = panel.unifiedView()->source()->text().split(QLatin1Char('\n'));
                QCOMPARE(shown.size(), body.size());
                for (int i = 0; i < body.size(); ++i) {
                    const QByteArray expected
                        = body.at(i).startsWith("@@") ? body.at(i) : body.at(i).mid(1);
                    QCOMPARE(shown.at(i).toUtf8(), expected);
                }
                panel.setSideBySide(true);
                QCOMPARE(panel.oldView()->lineCount(), panel.newView()->lineCount());
                panel.setSideBySide(false);
            }
            if (path.startsWith(QStringLiteral("old/name.txt"))) {
                QVERIFY(panel.unifiedView()->source()->text().contains(QStringLiteral("line III")));
            }
            if (path == QStringLiteral("trojan.c")) {
                const QString text = panel.unifiedView()->source()->text();
                QVERIFY2(text.contains(QString::fromUtf8("\xe2\x9f\xa8RLO\xe2\x9f\xa9")),
                         qPrintable(text));
                QVERIFY(!text.contains(QChar(0x202E)));
            }
        }
    }

    void rootCommitAndUnknownRevisions()
    {
        DiffPanel panel;
        panel.show();
        panel.compare(repoPath(), {}, "main~1"); // a root commit: everything added
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        QCOMPARE(panel.fileList()->topLevelItemCount(), 5);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(panel.fileList()->topLevelItem(row)->text(DiffPanel::StatusColumn),
                     QStringLiteral("A"));
        panel.compare(repoPath(), "main", "no-such-revision");
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 30000);
        QVERIFY2(panel.statusText().contains(QStringLiteral("no-such-revision")),
                 qPrintable(panel.statusText()));
        QCOMPARE(panel.fileList()->topLevelItemCount(), 0);
    }

    void windowComparesRevisions()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        window.compareRevisions("main~1", "main");
        QTRY_VERIFY_WITH_TIMEOUT(!window.diffPanel()->isRunning(), 30000);
        QCOMPARE(
            window.diffPanel()->fileList()->topLevelItemCount(),
            test::referenceGitLines(repoPath(), {"diff", "--name-only", "main~1", "main"}).size());
        QVERIFY(window.diffPanel()->isVisible());
    }

private:
    QString repoPath() const { return m_dir.path() + QStringLiteral("/repo.git"); }

    test::ScratchDirectory m_dir;
    int m_second = 0;
};

QTEST_MAIN(TestDiffPanel)
#include "tst_diffpanel.moc"
