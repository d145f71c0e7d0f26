// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blamecontroller.h"
#include "diffpanel.h"
#include "fileview.h"
#include "historybuilder.h"
#include "mainwindow.h"
#include "process.h"
#include "scratchdirectory.h"
#include "sourceview.h"
#include "treemodel.h"

#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>

using namespace clearroom;
using namespace clearroom::ui;

// Blame in the code view as a reviewer uses it: each line's commit exactly as git blame
// says, shown in the gutter, and a click on it shows that commit's changes.
class TestBlameController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::HistoryBuilder history = test::HistoryBuilder::random(11, 300);
        QString error;
        QVERIFY2(history.create(repoPath(), true, &error), qPrintable(error));
    }

    void gutterShowsGitBlame()
    {
        const QByteArrayList files
            = test::referenceGitLines(repoPath(), {"ls-tree", "-r", "--name-only", "HEAD"});
        QVERIFY(!files.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        window.setBlameShown(true);
        SourceView *view = window.fileView()->codeView();
        for (const QByteArray &file : {files.first(), files.last()}) {
            window.revealPath(file);
            QTRY_VERIFY(window.fileView()->headerText().startsWith(QString::fromUtf8(file)));
            QTRY_VERIFY_WITH_TIMEOUT(view->source() && window.blame()->isActive()
                                         && !window.blame()->isRunning(),
                                     30000);
            QVERIFY2(window.blame()->errorText().isEmpty(),
                     qPrintable(window.blame()->errorText()));
            QVERIFY(view->annotationWidth() > 0);
            // git blame --porcelain: "<commit> <old line> <new line> [<count>]" per line.
            QByteArrayList expected;
            for (const QByteArray &line :
                 test::referenceGit(repoPath(), {"blame", "--line-porcelain", "HEAD", "--", file})
                     .standardOutput.split('\n')) {
                const QByteArray id = line.left(40);
                const bool isId = id.size() == 40 && std::all_of(id.begin(), id.end(), [](char c) {
                                      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                                  });
                if (isId && line.size() > 40 && line.at(40) == ' ')
                    expected << id;
            }
            QCOMPARE(view->lineCount(), expected.size());
            QCOMPARE(window.blame()->blamedLines(), view->lineCount());
            for (int line = 0; line < view->lineCount(); ++line)
                QCOMPARE(window.blame()->commitOfLine(line).toHex(), expected.at(line));
        }

        // A click on a line's blame shows that commit's changes.
        const git::ObjectId commit = window.blame()->commitOfLine(0);
        Q_EMIT view->annotationClicked(0);
        QTRY_VERIFY_WITH_TIMEOUT(!window.diffPanel()->isRunning(), 30000);
        QVERIFY(window.diffPanel()->isVisible());
        QCOMPARE(window.diffPanel()->fileList()->topLevelItemCount(),
                 test::referenceGitLines(repoPath(),
                                         {"diff-tree", "-r", "--root", "-M", "--no-commit-id",
                                          "--name-only", commit.toHex()})
                     .size());

        window.setBlameShown(false);
        QVERIFY(!window.blame()->isActive());
        QCOMPARE(view->annotationWidth(), 0);
    }

    // A blame that fails (here: the repository gone from the medium after the file was
    // shown) says why above the code, with the file's name.
    void failureIsShown()
    {
        const QString path = m_dir.path() + QStringLiteral("/leaving.git");
        test::HistoryBuilder history = test::HistoryBuilder::random(5, 20);
        QString error;
        QVERIFY2(history.create(path, true, &error), qPrintable(error));
        const QByteArray file
            = test::referenceGitLines(path, {"ls-tree", "-r", "--name-only", "HEAD"}).value(0);
        QVERIFY(!file.isEmpty());
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openRepository(path);
        QTRY_VERIFY(!window.currentCommit().isNull());
        window.revealPath(file);
        QTRY_VERIFY(window.fileView()->headerText().startsWith(QString::fromUtf8(file)));
        QTRY_VERIFY(window.fileView()->codeView()->source());
        QVERIFY(QDir().rename(path, path + QStringLiteral(".gone")));
        QSignalSpy failed(window.blame(), &BlameController::failed);
        window.setBlameShown(true);
        QTRY_VERIFY_WITH_TIMEOUT(!window.blame()->isRunning(), 30000);
        QCOMPARE(failed.size(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY(!message.isEmpty());
        QCOMPARE(window.blame()->errorText(), message);
        // No empty column beside the code: the banner says why.
        QVERIFY(!window.blame()->isActive());
        QCOMPARE(window.fileView()->codeView()->annotationWidth(), 0);
        QVERIFY2(window.errorText().contains(message)
                     && window.errorText().contains(QString::fromUtf8(file)),
                 qPrintable(window.errorText()));
    }

private:
    QString repoPath() const { return m_dir.path() + QStringLiteral("/repo.git"); }

    test::ScratchDirectory m_dir;
};

QTEST_MAIN(TestBlameController)
#include "tst_blamecontroller.moc"
