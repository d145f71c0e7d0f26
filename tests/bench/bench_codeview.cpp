// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_codeview [FILE]
// The code view on a large file (by default a generated C++ file of 200,000 lines):
// time to split it into lines (worker thread), time to the first highlighted screen, the
// longest stall of the GUI thread while highlighting finishes in the background (measured
// by a timer that should fire every millisecond), and the total highlighting time.
#include "linehighlighter.h"
#include "sourcetext.h"
#include "sourceview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>

using namespace clearroom::ui;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);

    QString text;
    QString name = QStringLiteral("generated.cpp");
    if (argc > 1) {
        QFile file(QString::fromLocal8Bit(argv[1]));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", argv[1]);
        text = QString::fromUtf8(file.readAll());
        name = QString::fromLocal8Bit(argv[1]).section(QLatin1Char('/'), -1);
    } else {
        for (int i = 0; i < 200000; ++i) {
            text += (i % 50 == 0)
                ? QStringLiteral("/* block %1: a comment\n   that spans lines */\n").arg(i)
                : QStringLiteral("    int value%1 = compute(%1, \"text %1\"); // note\n").arg(i);
        }
    }

    QElapsedTimer timer;
    timer.start();
    const auto source = SourceText::fromText(text);
    const double split = double(timer.nsecsElapsed()) / 1e6;

    SourceView view;
    view.resize(1000, 800);
    view.show();
    app.processEvents();

    timer.restart();
    view.highlighter()->setSource(source, name, text.left(4096).toUtf8());
    view.setSource(source);
    // The first screen: paint until its lines are highlighted.
    while (view.highlighter()->highlightedLines()
               < qMin(source->lineCount(), view.visibleLineCount())
           && LineHighlighter::isAvailable())
        app.processEvents();
    view.viewport()->repaint();
    const double firstScreen = double(timer.nsecsElapsed()) / 1e6;

    // The rest: a 1 ms heartbeat measures how long the event loop is kept away.
    QElapsedTimer beat;
    beat.start();
    qint64 longestGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longestGap = qMax(longestGap, beat.elapsed());
        beat.restart();
    });
    heartbeat.start();
    timer.restart();
    while (!view.highlighter()->isFinished() && LineHighlighter::isAvailable()) {
        app.processEvents(QEventLoop::WaitForMoreEvents);
        // Scrolling as a reader would, to exercise painting meanwhile.
        view.goToLine((view.firstVisibleLine() + 997) % qMax(1, source->lineCount()) + 1);
        view.viewport()->repaint();
    }
    const double total = double(timer.nsecsElapsed()) / 1e6;

    std::printf("code view, %s: %d lines, %.1f MB\n", qPrintable(name), source->lineCount(),
                double(text.size()) * 2 / 1e6);
    std::printf("  split into lines (worker thread): %.1f ms\n", split);
    std::printf("  first highlighted screen: %.1f ms (target < 100 ms)\n", firstScreen);
    std::printf("  highlighting the rest: %.0f ms in slices; longest GUI-thread stall %lld ms "
                "(target < 50 ms)\n",
                total, longestGap);
    return 0;
}
