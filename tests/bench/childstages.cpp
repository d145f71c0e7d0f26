// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "childstages.h"

#include "benchmark.h"
#include "process.h"
#include "residentmemory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace clearroom::bench {

namespace {

using test::residentmemory::statusKilobytes;

double megabytes(double kilobytes)
{
    return kilobytes / 1024;
}

// The highest peak of the stages so far: each stage resets the process's VmHWM.
long highestPeak = 0;

} // namespace

void measureStage(const char *name, const std::function<void()> &work)
{
    test::residentmemory::resetPeak();
    const long before = statusKilobytes("VmRSS:");
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    work();
    const double wall = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = double(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const long peak = statusKilobytes("VmHWM:");
    highestPeak = std::max(highestPeak, peak);
    std::printf("stage %s %.3f %.3f %ld %ld\n", name, wall, cpu, before, peak);
    std::fflush(stdout);
}

void reportPeak()
{
    // The process's peak: VmHWM alone would be the last stage's, as each stage resets it.
    std::printf("hwm %ld\n", std::max(highestPeak, statusKilobytes("VmHWM:")));
    std::fflush(stdout);
}

void ChildRuns::run(const QByteArrayList &arguments)
{
    const test::ProcessResult result
        = test::runProcess(QFile::encodeName(QCoreApplication::applicationFilePath()), arguments);
    if (!result.ok())
        qFatal("the child %s failed: %s", arguments.join(' ').constData(),
               result.standardError.constData());
    // The library's warnings: a benchmark does not hide them.
    std::fputs(result.standardError.constData(), stderr);
    for (const QByteArray &line : result.standardOutput.split('\n')) {
        const QByteArrayList fields = line.split(' ');
        if (fields.first() == "stage" && fields.size() == 6) {
            const QString name = QString::fromLatin1(fields.at(1));
            if (!m_order.contains(name))
                m_order.append(name);
            Stage &stage = m_stages[name];
            stage.wall.append(fields.at(2).toDouble());
            stage.cpu.append(fields.at(3).toDouble());
            stage.rssBefore.append(fields.at(4).toDouble());
            stage.peak.append(fields.at(5).toDouble());
        } else if (fields.first() == "hwm" && fields.size() == 2) {
            m_hwm.append(fields.at(1).toDouble());
        } else if (!line.isEmpty()) {
            m_notes.append(line);
        }
    }
}

QVector<double> ChildRuns::sum(const QStringList &names, bool cpu) const
{
    QVector<double> totals(runs(), 0.0);
    for (const QString &name : names) {
        const Stage stage = m_stages.value(name);
        const QVector<double> &times = cpu ? stage.cpu : stage.wall;
        for (int i = 0; i < times.size() && i < totals.size(); ++i)
            totals[i] += times.at(i);
    }
    return totals;
}

void ChildRuns::print(const char *title) const
{
    std::printf("\n%s (%d runs, medians)\n", title, runs());
    std::printf("  %-12s %11s %11s %12s %12s %12s\n", "stage", "wall", "cpu", "RSS before",
                "stage peak", "growth");
    for (const QString &name : m_order) {
        const Stage &stage = m_stages[name];
        QVector<double> growth;
        for (int i = 0; i < stage.peak.size(); ++i)
            growth.append(stage.peak.at(i) - stage.rssBefore.at(i));
        std::printf("  %-12s %8.1f ms %8.1f ms %9.1f MB %9.1f MB %9.1f MB\n", qPrintable(name),
                    median(stage.wall), median(stage.cpu), megabytes(median(stage.rssBefore)),
                    megabytes(median(stage.peak)), megabytes(median(growth)));
    }
    std::printf("  peak resident memory of the process (VmHWM): %.1f MB\n",
                megabytes(median(m_hwm)));
}

void printFigure(const char *name, const QVector<double> &wall, const QVector<double> &cpu,
                 double targetMs)
{
    const auto [low, high] = std::minmax_element(wall.cbegin(), wall.cend());
    const double wallMedian = median(wall);
    const double cpuMedian = median(cpu);
    std::printf("  %-30s %8.1f ms (%.1f-%.1f), cpu %8.1f ms   target < %.0f ms: %s "
                "(by processor time: %s)\n",
                name, wallMedian, wall.isEmpty() ? 0.0 : *low, wall.isEmpty() ? 0.0 : *high,
                cpuMedian, targetMs, wallMedian < targetMs ? "MET" : "MISSED",
                cpuMedian < targetMs ? "MET" : "MISSED");
}

} // namespace clearroom::bench
