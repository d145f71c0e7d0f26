// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blamecontroller.h"
#include "diffpanel.h"
#include "fileview.h"
#include "findingeditor.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "historymodel.h"
#include "historypanel.h"
#include "mainwindow.h"
#include "pathquote.h"
#include "process.h"
#include "readonlywatch.h"
#include "reviewcontroller.h"
#include "scratchdirectory.h"
#include "sourceview.h"
#include "standardrepositories.h"
#include "treemodel.h"
#include "workspacesession.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

// The read-only proof for the GUI: a whole session of reading (open, every revision,
// every folder, every file) leaves every file of the repository as it was, and nothing
// is created, written, renamed or deleted there even for a moment.
class TestReadOnlyGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readingChangesNothing_data()
    {
        QTest::addColumn<bool>("bare");
        QTest::newRow("work tree") << false;
        QTest::newRow("bare") << true;
    }

    void readingChangesNothing()
    {
        QFETCH(bool, bare);
        test::StandardRepositories repositories;
        QString error;
        QVERIFY2(repositories.create(&error), qPrintable(error));
        const QString path = bare ? repositories.bare() : repositories.workTree();

        const auto before = test::snapshotTree(path);
        test::ReadOnlyWatch watch;
        QVERIFY2(watch.start(path, &error), qPrintable(error));
        QVERIFY(watch.watchedFolders() > 5);

        {
            MainWindow window;
            window.show();
            window.openRepository(path);
            QTRY_VERIFY(!window.currentCommit().isNull());
            for (const QByteArray &revision :
                 {QByteArray("HEAD"), QByteArray("refs/tags/v1.0"),
                  QByteArray("refs/heads/feature"), QByteArray("HEAD~1"),
                  QByteArray("no-such-revision")}) {
                QSignalSpy reset(window.treeModel(), &QAbstractItemModel::modelReset);
                window.showRevision(revision);
                if (revision == "no-such-revision") {
                    QTRY_VERIFY(!window.errorText().isEmpty());
                    continue;
                }
                QTRY_VERIFY(reset.count() > 0 && window.treeModel()->rowCount() > 0);
                readEverything(window);
            }
            reviewSomething(window);
        }

        const QStringList events = watch.events();
        QVERIFY2(events.isEmpty(), qPrintable(events.join(QLatin1Char('\n'))));
        const auto after = test::snapshotTree(path);
        QVERIFY2(before == after,
                 qPrintable(test::snapshotDifferences(before, after).join(QLatin1Char('\n'))));
    }

private:
    // The review workflow reads the repository as well (findings, coverage of every file,
    // re-anchoring through a diff), and only reads it; the workspace lives elsewhere.
    static void reviewSomething(MainWindow &window)
    {
        test::ScratchDirectory workspaceDir;
        ReviewController *review = window.review();
        window.showRevision("refs/tags/v1.0");
        QTRY_VERIFY(
            !window.currentCommit().isNull()
            && window.currentCommit().toHex()
                == test::referenceGitLines(window.repositoryPath(), {"rev-parse", "v1.0^{commit}"})
                       .value(0));
        review->createReview(workspaceDir.filePath(QStringLiteral("review.clearroom")),
                             QStringLiteral("Read-only proof"), QStringLiteral("Ada"));
        QTRY_VERIFY(review->session()->isOpen());
        QTRY_VERIFY(review->recordFindingAction()->isEnabled());
        // The first text file of the tree.
        QByteArray path;
        for (int row = 0; row < window.treeModel()->rowCount() && path.isEmpty(); ++row) {
            const QModelIndex index = window.treeModel()->index(row, 0);
            if (!index.data(TreeModel::IsFolderRole).toBool())
                path = index.data(TreeModel::PathRole).toByteArray();
        }
        window.revealPath(path);
        QTRY_COMPARE(window.fileView()->currentPath(), path);
        QDialog *opened = nullptr;
        QObject::connect(review, &ReviewController::editorOpened,
                         [&opened](QDialog *editor) { opened = editor; });
        window.fileView()->codeView()->setSelection(0, 0, 0, 1);
        review->recordFindingAction()->trigger();
        auto *editor = qobject_cast<FindingEditor *>(opened);
        QVERIFY(editor);
        editor->titleEdit()->setText(QStringLiteral("A finding"));
        editor->accept();
        QTRY_COMPARE(review->panel()->model()->rowCount(), 1);
        review->markFileReviewed(true);
        QTRY_VERIFY(review->coverage() && review->coverage()->report->total().reviewedLines > 0);
        review->showNextUnreviewedFile();
        window.showRevision("HEAD");
        QTRY_VERIFY(review->coverage() == nullptr
                    || review->coverage()->commit == window.currentCommit());
        review->moveReview(review->session()->state().repositories.value(0).name,
                           window.currentCommit());
        QTRY_VERIFY(!review->lastMoveSummary().isEmpty());
        QTRY_VERIFY(review->coverage() && review->coverage()->commit == window.currentCommit());
    }

    // Opens every folder and selects every file, waiting for each to be shown.
    static void readEverything(MainWindow &window)
    {
        TreeModel *model = window.treeModel();
        QList<QModelIndex> pending {QModelIndex()};
        int files = 0;
        while (!pending.isEmpty()) {
            const QModelIndex parent = pending.takeFirst();
            if (parent.isValid()) {
                window.treeView()->expand(parent);
                QTRY_VERIFY(model->rowCount(parent) > 0);
            }
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(TreeModel::IsFolderRole).toBool()) {
                    pending.append(index);
                    continue;
                }
                window.treeView()->setCurrentIndex(index);
                // Shown: as text (the header names it) or as a statement of what it is.
                const QString shown
                    = git::displayBytes(index.data(TreeModel::PathRole).toByteArray());
                QTRY_VERIFY(window.fileView()->headerText().startsWith(shown));
                ++files;
            }
        }
        QVERIFY(files > 10);

        // The history of the tree and of the last file, and the message of each commit.
        HistoryPanel *history = window.historyPanel();
        history->show();
        for (const bool fileOnly : {false, true}) {
            history->setFileOnly(fileOnly);
            QTRY_VERIFY_WITH_TIMEOUT(!history->isRunning(), 30000);
            QVERIFY(history->model()->rowCount() > 0);
            for (int row = 0; row < history->model()->rowCount(); ++row) {
                history->view()->setCurrentIndex(history->model()->index(row, 0));
                const QString id = QString::fromLatin1(history->model()->row(row).id.toHex());
                QTRY_VERIFY(history->detailsText().startsWith(QStringLiteral("commit ") + id));
            }
        }

        // Blame of the file on display, and every file's diff between two revisions.
        window.setBlameShown(true);
        QTRY_VERIFY_WITH_TIMEOUT(window.blame()->isActive() && !window.blame()->isRunning(), 30000);
        QVERIFY2(window.blame()->errorText().isEmpty(), qPrintable(window.blame()->errorText()));
        window.setBlameShown(false);
        DiffPanel *diff = window.diffPanel();
        window.compareRevisions("v1.0", "HEAD");
        QTRY_VERIFY_WITH_TIMEOUT(!diff->isRunning(), 30000);
        QVERIFY(diff->fileList()->topLevelItemCount() > 0);
        for (int row = 0; row < diff->fileList()->topLevelItemCount(); ++row) {
            diff->showFile(row);
            QTRY_VERIFY_WITH_TIMEOUT(!diff->isLoadingFile(), 30000);
        }
    }
};

QTEST_MAIN(TestReadOnlyGui)
#include "tst_readonly_gui.moc"
