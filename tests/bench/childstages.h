// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <functional>

namespace clearroom::bench {

/// Stops the benchmark with `what` and the error when `result` failed; its value otherwise.
template<typename T>
T valueOf(Result<T> result, const char *what)
{
    if (!result)
        qFatal("%s: %s", what, qPrintable(result.errorMessage()));
    return std::move(result).value();
}

/// In a child process: runs `work` as one stage, with the peak resident size reset before
/// it, and prints "stage NAME WALL-MS CPU-MS RSS-BEFORE-KB PEAK-KB" for the parent.
void measureStage(const char *name, const std::function<void()> &work);
/// In a child process, last: prints "hwm KB", the peak resident size of the whole process.
void reportPeak();

/// The stages of one kind of child process over several runs, as the parent reads them.
class ChildRuns
{
public:
    struct Stage
    {
        QVector<double> wall; ///< ms
        QVector<double> cpu; ///< ms, all threads
        QVector<double> rssBefore; ///< KB
        QVector<double> peak; ///< KB
    };

    /// Runs this executable with `arguments` (which make it a child) and collects its
    /// stages; anything else it prints on standard output goes to `notes`.
    void run(const QByteArrayList &arguments);

    int runs() const { return int(m_hwm.size()); }
    QStringList order() const { return m_order; }
    Stage stage(const QString &name) const { return m_stages.value(name); }
    QVector<double> peaks() const { return m_hwm; }
    /// Per run, the sum of the wall (or processor) times of the stages named.
    QVector<double> sum(const QStringList &names, bool cpu) const;
    /// The other lines the children printed, in order.
    QByteArrayList notes() const { return m_notes; }

    /// Prints the table of stages (medians of wall and processor time, resident size
    /// before, the stage's peak and the growth) and the process's peak.
    void print(const char *title) const;

private:
    QStringList m_order;
    QMap<QString, Stage> m_stages;
    QVector<double> m_hwm;
    QByteArrayList m_notes;
};

/// Prints one figure: the median and range of `wall` (ms) beside the median processor
/// time, the target and whether it is met.
void printFigure(const char *name, const QVector<double> &wall, const QVector<double> &cpu,
                 double targetMs);

} // namespace clearroom::bench
