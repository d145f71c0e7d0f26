// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "buildconfig.h"
#include "linehighlighter.h"
#include "sourcetext.h"
#include "sourceview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QtTest>

using namespace clearroom::ui;

// The code view a reader works in: lines as git counts them, selection and copy with
// mouse and keyboard, long lines, lazy highlighting of large files.
class TestSourceView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsLinesAsGitCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QString>("last");
        QTest::newRow("empty") << QString() << 0 << QString();
        QTest::newRow("one line with newline") << QStringLiteral("a\n") << 1 << QStringLiteral("a");
        QTest::newRow("no final newline") << QStringLiteral("a\nb") << 2 << QStringLiteral("b");
        QTest::newRow("only a newline") << QStringLiteral("\n") << 1 << QString();
        QTest::newRow("blank last line") << QStringLiteral("a\n\n") << 2 << QString();
        QTest::newRow("CR stays") << QStringLiteral("a\r\nb\r\n") << 2 << QStringLiteral("b\r");
    }

    void splitsLinesAsGitCounts()
    {
        QFETCH(QString, text);
        QFETCH(int, lines);
        QFETCH(QString, last);
        const auto source = SourceText::fromText(text);
        QCOMPARE(source->lineCount(), lines);
        if (lines > 0)
            QCOMPARE(source->line(lines - 1).toString(), last);
        for (int i = 0; i < lines; ++i)
            QCOMPARE(source->lineOfOffset(source->lineStart(i)), i);
    }

    void selectsAndCopiesWithKeyboardAndMouse()
    {
        SourceView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSource(SourceText::fromText(QStringLiteral("first line\nsecond line\nthird\n")));
        QCOMPARE(view.lineCount(), 3);
        QCOMPARE(view.text(), QStringLiteral("first line\nsecond line\nthird"));

        view.setSelection(0, 6, 1, 6);
        QCOMPARE(view.selectedText(), QStringLiteral("line\nsecond"));
        QCOMPARE(view.selectedLines(), qMakePair(1, 2));

        // Keyboard: from the start, Shift+Down then Shift+End selects two lines.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(&view, Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(&view, Qt::Key_End, Qt::ShiftModifier);
        QCOMPARE(view.selectedText(), QStringLiteral("first line\nsecond line"));
        QTest::keyClick(&view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("first line\nsecond line"));
        QTest::keyClick(&view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(view.selectedText(), view.text());

        // A click in the gutter selects the whole line.
        const int lineHeight = view.fontMetrics().height();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(4, lineHeight * 2 + 2));
        QCOMPARE(view.selectedLines(), qMakePair(3, 3));
        QCOMPARE(view.selectedText(), QStringLiteral("third"));
        // A click in the text puts the cursor there and selects nothing.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(view.gutterWidth() + 30, 2));
        QCOMPARE(view.selectedText(), QString());
    }

    void longLinesAreCutButCopiedWhole()
    {
        SourceView view;
        view.resize(600, 400);
        const QString huge(200000, QLatin1Char('x'));
        view.setSource(
            SourceText::fromText(QStringLiteral("short\n") + huge + QStringLiteral("\nend\n")));
        QCOMPARE(view.lineCount(), 3);
        view.setSelection(1, 0, 2, 0);
        QCOMPARE(view.selectedText().size(), huge.size() + 1);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->repaint(); // laying out the long line must not take forever
    }

    void goToLineScrolls()
    {
        SourceView view;
        view.resize(600, 300);
        QString text;
        for (int i = 1; i <= 5000; ++i)
            text += QStringLiteral("line %1\n").arg(i);
        view.setSource(SourceText::fromText(text));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.goToLine(4000);
        QVERIFY(view.firstVisibleLine() <= 3999);
        QVERIFY(view.firstVisibleLine() + view.visibleLineCount() > 3999);
        QVERIFY(view.firstVisibleLine() > 3000);
    }

    void highlightsLargeFilesInSlices()
    {
        SourceView view;
        view.resize(800, 600);
        QString text;
        for (int i = 0; i < 200000; ++i)
            text += QStringLiteral("int value%1 = compute(%1, \"text\"); // note\n").arg(i);
        const auto source = SourceText::fromText(text);
        view.highlighter()->setSource(source, QStringLiteral("big.cpp"), {});
        view.setSource(source);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (!CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING) {
            // A build without KSyntaxHighlighting (Qt 6 on Debian 12) shows plain text.
            QVERIFY(!LineHighlighter::isAvailable());
            QVERIFY(view.formatsOfLine(0).isEmpty());
            QCOMPARE(view.lineCount(), 200000);
            return;
        }
        // Not all at once: the GUI thread gets the event loop back between slices...
        QVERIFY(view.highlighter()->highlightedLines() < 200000);
        // ...and the first screen is highlighted almost at once.
        QTRY_VERIFY(view.highlighter()->highlightedLines() > view.visibleLineCount());
        QVERIFY(!view.formatsOfLine(0).isEmpty());
        // The end of the file is reached in the background.
        QTRY_VERIFY_WITH_TIMEOUT(view.highlighter()->isFinished(), 60000);
        QVERIFY(!view.formatsOfLine(199999).isEmpty());
    }
};

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
