// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace clearroom::bench {

/// One command to time: program, arguments, environment ("NAME=value").
struct Command
{
    QByteArray program;
    QByteArrayList arguments;
    QByteArrayList environment;
};

/// Wall-clock seconds of one run of `command` (its output read and discarded).
double timeRun(const Command &command);

/// Runs a and b in turn (A B A B ...) `pairs` times and returns the per-pair ratios a/b.
QVector<double> alternatingRatios(const Command &a, const Command &b, int pairs,
                                  QVector<double> *aTimes = nullptr,
                                  QVector<double> *bTimes = nullptr);

double median(QVector<double> values);

/// The reference git command on a repository (no user or system config, UTC, C locale).
Command referenceGitCommand(const QString &repository, const QByteArrayList &arguments);

/// Builds Clearroom's commit-graph cache for `repository` from nothing, and verifies the
/// objects not yet recorded verified, with the clearroom-cli at `cli` (in the cache folder
/// $CLEARROOM_CACHE_DIR names), and prints how long that took, the file's size and the
/// verification's line after `label`.
void buildCommitGraphCache(const QByteArray &cli, const QString &repository,
                           const QByteArray &label);

/// Points Clearroom's cache folder at $CLEARROOM_BENCH_CACHE_DIR when that is set (records
/// of verified objects, which take minutes to make for a big repository, are kept there
/// between runs), otherwise at `scratchFolder`.
void useBenchCacheFolder(const QString &scratchFolder);

/// The SHA-256 of a file's content in hexadecimal, empty when it cannot be read: the
/// checksums of a benchmark's cached data.
QByteArray fileSha256(const QString &fileName);

/// How fast this machine is while a benchmark runs: this workplace's processors are shared
/// with other tenants of the host, and the same binary's figures move by half from one
/// hour to the next. Made at the start of a benchmark and printed with its figures at the
/// end: a fixed piece of work (Qt's own SHA-256 of 32 MiB, one thread, twice, the faster
/// kept) timed before and after, and the share of the processors' time the hypervisor took
/// for others meanwhile (the "steal" of /proc/stat), so that figures of different hours
/// can be told apart.
class MachineCheck
{
public:
    MachineCheck();
    /// "machine: ..." with both timings and the steal since construction.
    void print() const;

private:
    static double fixedWorkMs();
    static bool readStat(long long *steal, long long *total);

    double m_before = 0;
    long long m_steal = -1;
    long long m_total = 0;
};

/// The value of `--name VALUE` among a benchmark's arguments, or `fallback`.
QString optionValue(const QStringList &arguments, const QString &name,
                    const QString &fallback = {});

} // namespace clearroom::bench
