// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fileview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "sourcetext.h"
#include "sourceview.h"

#include <QAction>
#include <QLineEdit>
#include <QtTest>

using namespace clearroom::ui;

// Find in the open file: the next and previous occurrence, going round at the ends,
// case, every occurrence marked, and a count that a large file does not make wait.
class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNextAndPreviousAndGoesRound()
    {
        SourceView view;
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSource(SourceText::fromText(
            QStringLiteral("alpha Beta\ngamma beta\n\nbeta delta BETA\nomega\n")));
        view.setFindTerm(QStringLiteral("beta"), Qt::CaseInsensitive);
        bool wrapped = true;
        QVERIFY(view.findNext(false, &wrapped));
        QVERIFY(!wrapped);
        QCOMPARE(view.selectedText(), QStringLiteral("Beta"));
        QCOMPARE(view.cursorLine(), 1);
        QVERIFY(view.findNext(false, &wrapped));
        QCOMPARE(view.cursorLine(), 2);
        QVERIFY(view.findNext(false, &wrapped));
        QCOMPARE(view.cursorLine(), 4);
        QCOMPARE(view.selectedText(), QStringLiteral("beta"));
        QVERIFY(view.findNext(false, &wrapped));
        QCOMPARE(view.selectedText(), QStringLiteral("BETA"));
        QVERIFY(!wrapped);
        QVERIFY(view.findNext(false, &wrapped)); // round to the start
        QVERIFY(wrapped);
        QCOMPARE(view.cursorLine(), 1);
        QVERIFY(view.findNext(true, &wrapped)); // round to the end
        QVERIFY(wrapped);
        QCOMPARE(view.selectedText(), QStringLiteral("BETA"));
        QVERIFY(view.findNext(true, &wrapped));
        QVERIFY(!wrapped);
        QCOMPARE(view.selectedText(), QStringLiteral("beta"));
        QCOMPARE(view.cursorLine(), 4);

        // Case matters when asked to.
        view.setFindTerm(QStringLiteral("BETA"), Qt::CaseSensitive);
        QVERIFY(view.findNext(false, &wrapped));
        QCOMPARE(view.selectedText(), QStringLiteral("BETA"));
        QVERIFY(view.findNext(false, &wrapped));
        QVERIFY(wrapped);
        QCOMPARE(view.cursorLine(), 4);
        view.setFindTerm(QStringLiteral("nowhere"), Qt::CaseInsensitive);
        QVERIFY(!view.findNext(false, &wrapped));
        view.setFindTerm(QString(), Qt::CaseInsensitive);
        QVERIFY(!view.findNext(false, &wrapped));
    }

    void marksEveryOccurrenceOnTheLine()
    {
        SourceView view;
        view.resize(600, 300);
        view.show();
        view.setSource(SourceText::fromText(QStringLiteral("xx ab xx AB\nnothing\n")));
        const auto found = [&view](int line) {
            QVector<int> starts;
            for (const QTextLayout::FormatRange &range : view.formatsOfLine(line)) {
                if (range.format.background().color() == QColor(255, 200, 0, 150))
                    starts << range.start;
            }
            return starts;
        };
        QVERIFY(found(0).isEmpty());
        view.setFindTerm(QStringLiteral("ab"), Qt::CaseInsensitive);
        QCOMPARE(found(0), (QVector<int> {3, 9}));
        QVERIFY(found(1).isEmpty());
        view.setFindTerm(QStringLiteral("ab"), Qt::CaseSensitive);
        QCOMPARE(found(0), (QVector<int> {3}));
        view.setFindTerm(QString(), Qt::CaseSensitive);
        QVERIFY(found(0).isEmpty());
    }

    void countsALargeFileOffTheGuiThread()
    {
        // 400,000 lines; every seventh holds the term twice, every eleventh once in
        // capitals.
        QString text;
        qint64 expectedIgnoringCase = 0;
        qint64 expectedExact = 0;
        for (int i = 0; i < 400000; ++i) {
            if (i % 7 == 0) {
                text += QStringLiteral("needle and needle %1\n").arg(i);
                expectedIgnoringCase += 2;
                expectedExact += 2;
            } else if (i % 11 == 0) {
                text += QStringLiteral("a NEEDLE %1\n").arg(i);
                ++expectedIgnoringCase;
            } else {
                text += QStringLiteral("hay %1\n").arg(i);
            }
        }
        FileView fileView;
        fileView.resize(800, 600);
        fileView.show();
        SourceView *view = fileView.codeView();
        view->setSource(SourceText::fromText(text));
        FindBar *bar = fileView.findBar();
        bar->activate();
        QVERIFY(bar->isVisible());
        // Typing starts a count per keystroke; each new term cancels the one before.
        for (const QString &typed : {QStringLiteral("n"), QStringLiteral("ne"),
                                     QStringLiteral("nee"), QStringLiteral("needle")})
            bar->termEdit()->setText(typed);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isCounting(), 30000);
        QVERIFY2(bar->statusText().contains(QLocale().toString(expectedIgnoringCase)),
                 qPrintable(bar->statusText()));
        bar->setIgnoreCase(false);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isCounting(), 30000);
        QVERIFY2(bar->statusText().contains(QLocale().toString(expectedExact)),
                 qPrintable(bar->statusText()));
        // Counts as the user's language writes them: 112.450 in German, not 112450.
        {
            const QLocale before;
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            bar->setIgnoreCase(true);
            QTRY_VERIFY_WITH_TIMEOUT(!bar->isCounting(), 30000);
            const QString german = bar->statusText();
            QLocale::setDefault(before);
            bar->setIgnoreCase(false);
            QTRY_VERIFY_WITH_TIMEOUT(!bar->isCounting(), 30000);
            QVERIFY(expectedIgnoringCase >= 1000);
            QVERIFY2(german.contains(QString::number(expectedIgnoringCase / 1000) + QLatin1Char('.')
                                     + QString::number(expectedIgnoringCase % 1000)
                                           .rightJustified(3, QLatin1Char('0'))),
                     qPrintable(german));
        }

        bar->findNext();
        QCOMPARE(view->cursorLine(), 1);
        bar->findNext();
        QCOMPARE(view->cursorLine(), 1);
        bar->findNext();
        QCOMPARE(view->cursorLine(), 8);
        bar->findPrevious();
        bar->findPrevious();
        bar->findPrevious();
        QCOMPARE(view->cursorLine(), 399995); // i = 399994, the last multiple of 7
        QVERIFY2(bar->statusText().contains(QStringLiteral("round")),
                 qPrintable(bar->statusText()));

        bar->termEdit()->setText(QStringLiteral("no such thing"));
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isCounting(), 30000);
        QCOMPARE(bar->statusText(), QStringLiteral("Not found."));

        QTest::keyClick(bar, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
    }

    void windowActionsOpenTheBar()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SourceView *view = window.fileView()->codeView();
        view->setSource(SourceText::fromText(QStringLiteral("one\ntwo word\nthree word\n")));
        view->setSelection(1, 4, 1, 8); // "word"
        QAction *find = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Find))
                find = action;
        }
        QVERIFY(find);
        find->trigger();
        FindBar *bar = window.fileView()->findBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->termEdit()->text(), QStringLiteral("word"));
        bar->findNext();
        QCOMPARE(view->cursorLine(), 3);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
