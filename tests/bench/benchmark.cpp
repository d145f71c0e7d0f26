// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "benchmark.h"

#include "process.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace clearroom::bench {

double timeRun(const Command &command)
{
    QElapsedTimer timer;
    timer.start();
    const auto result = test::runProcess(command.program, command.arguments, command.environment);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok()) {
        qFatal("benchmark command failed: %s %s: %s", command.program.constData(),
               command.arguments.join(' ').constData(), result.standardError.constData());
    }
    return seconds;
}

QVector<double> alternatingRatios(const Command &a, const Command &b, int pairs,
                                  QVector<double> *aTimes, QVector<double> *bTimes)
{
    QVector<double> ratios;
    for (int i = 0; i < pairs; ++i) {
        const double ta = timeRun(a);
        const double tb = timeRun(b);
        ratios.append(ta / tb);
        if (aTimes)
            aTimes->append(ta);
        if (bTimes)
            bTimes->append(tb);
    }
    return ratios;
}

double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

Command referenceGitCommand(const QString &repository, const QByteArrayList &arguments)
{
    QByteArrayList full = {"--no-replace-objects", "-C", QFile::encodeName(repository)};
    full += arguments;
    return {"git", full, test::referenceGitEnvironment()};
}

void buildCommitGraphCache(const QByteArray &cli, const QString &repository,
                           const QByteArray &label)
{
    const QByteArray repo = QFile::encodeName(repository);
    // The record of verified objects is kept (CLEARROOM_BENCH_CACHE_DIR keeps it between
    // runs): a pack is verified once, as in use; the commit-graph cache is built anew.
    const QByteArray before
        = test::runProcess(cli, {"-C", repo, "repo", "cache", "status"}).standardOutput;
    const QString graph = QString::fromUtf8(before.split('\'').value(1));
    if (graph.endsWith(QStringLiteral(".graph")))
        QFile::remove(graph);
    QElapsedTimer timer;
    timer.start();
    const auto built = test::runProcess(cli, {"-C", repo, "repo", "cache", "build"});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const auto status = test::runProcess(cli, {"-C", repo, "repo", "cache", "status"});
    if (!built.ok() || !status.ok() || !status.standardOutput.contains("covers every ref"))
        qFatal("%s: repo cache build made no cache", label.constData());
    std::printf(
        "%-48s repo cache build: %.1f s, %lld bytes\n", label.constData(), seconds,
        static_cast<long long>(
            QFileInfo(QString::fromUtf8(status.standardOutput.split('\'').value(1))).size()));
    // "Verified every object once in X s: ...", and whether reading now skips the hashing.
    for (const QByteArray &line : built.standardOutput.split('\n')) {
        if (line.startsWith("Verified every object once"))
            std::printf("%-48s   %s\n", label.constData(), line.constData());
    }
    if (!status.standardOutput.contains("objects are not hashed again"))
        std::printf("%-48s   objects are still hashed as they are read\n", label.constData());
}

void useBenchCacheFolder(const QString &scratchFolder)
{
    const QString kept = qEnvironmentVariable("CLEARROOM_BENCH_CACHE_DIR");
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(kept.isEmpty() ? scratchFolder : kept));
}

QByteArray fileSha256(const QString &fileName)
{
    QFile file(fileName);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

QString optionValue(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const int index = int(arguments.indexOf(name));
    return index > 0 && index + 1 < arguments.size() ? arguments.at(index + 1) : fallback;
}

MachineCheck::MachineCheck()
    : m_before(fixedWorkMs())
{
    readStat(&m_steal, &m_total);
}

double MachineCheck::fixedWorkMs()
{
    const QByteArray data(32 << 20, 'x');
    double fastest = 0;
    for (int round = 0; round < 2; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (digest.isEmpty())
            return 0;
        fastest = round == 0 ? ms : std::min(fastest, ms);
    }
    return fastest;
}

bool MachineCheck::readStat(long long *steal, long long *total)
{
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice" (in ticks)
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    if (fields.size() < 9 || fields.at(0) != "cpu")
        return false;
    *total = 0;
    for (int i = 1; i <= 8; ++i)
        *total += fields.at(i).toLongLong();
    *steal = fields.at(8).toLongLong();
    return true;
}

void MachineCheck::print() const
{
    const double after = fixedWorkMs();
    long long steal = 0;
    long long total = 0;
    QByteArray stolen = "unknown";
    if (m_steal >= 0 && readStat(&steal, &total) && total > m_total) {
        stolen
            = QByteArray::number(100.0 * double(steal - m_steal) / double(total - m_total), 'f', 1)
            + " %";
    }
    std::printf("machine: Qt's SHA-256 of 32 MiB took %.0f ms at the start and %.0f ms at the "
                "end (one thread); the hypervisor took %s of the processors' time meanwhile "
                "(steal)\n",
                m_before, after, stolen.constData());
}

} // namespace clearroom::bench
