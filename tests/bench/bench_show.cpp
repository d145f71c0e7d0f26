// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_show [--size MB] [--pairs N]
// `clearroom-cli repo show main:big.txt` against the reference `git show` on a generated
// blob (1,000 MB by default), loose and then stored whole in a pack
// (core.bigFileThreshold), run in turn: the median wall-clock time of each, the median of
// the per-pair ratios, and each one's peak memory (ru_maxrss). Output is read through a
// pipe and checked to have the blob's size, never held.
#include "benchmark.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>

using namespace clearroom;
using namespace clearroom::bench;

namespace {

struct Run
{
    double seconds = 0;
    long peakKb = 0;
};

Run timeStreamed(const Command &command, qint64 expectedBytes)
{
    QElapsedTimer timer;
    timer.start();
    const auto streamed = test::runProcessStreaming(
        command.program, command.arguments, command.environment, [](const char *, qsizetype) {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!streamed.result.ok() || streamed.outputBytes != expectedBytes) {
        qFatal("%s %s: failed or printed %lld bytes: %s", command.program.constData(),
               command.arguments.join(' ').constData(),
               static_cast<long long>(streamed.outputBytes),
               streamed.result.standardError.constData());
    }
    return {seconds, streamed.peakMemoryKb};
}

bool git(const QString &repository, const QByteArrayList &arguments, QByteArray *output = nullptr)
{
    const auto result
        = test::runProcess("git", QByteArrayList {"-C", QFile::encodeName(repository)} + arguments,
                           test::referenceGitEnvironment(
                               {"GIT_AUTHOR_NAME=Bench", "GIT_AUTHOR_EMAIL=b@example.org",
                                "GIT_COMMITTER_NAME=Bench", "GIT_COMMITTER_EMAIL=b@example.org"}));
    if (output)
        *output = result.standardOutput.trimmed();
    return result.ok();
}

void compare(const QString &repository, qint64 size, int pairs, const char *label)
{
    const Command clearroom {CLEARROOM_BENCH_CLI,
                             {"-C", QFile::encodeName(repository), "repo", "show", "main:big.txt"},
                             {}};
    const Command reference = referenceGitCommand(repository, {"show", "main:big.txt"});
    QVector<double> ratios;
    QVector<double> ours;
    QVector<double> theirs;
    long ourPeak = 0;
    long theirPeak = 0;
    for (int i = 0; i < pairs; ++i) {
        const Run a = timeStreamed(clearroom, size);
        const Run b = timeStreamed(reference, size);
        ratios.append(a.seconds / b.seconds);
        ours.append(a.seconds);
        theirs.append(b.seconds);
        ourPeak = std::max(ourPeak, a.peakKb);
        theirPeak = std::max(theirPeak, b.peakKb);
    }
    std::printf("show of a %lld MB blob, %-18s clearroom %7.2f s (peak %6ld MB)  git %7.2f s "
                "(peak %6ld MB)  ratio (median of %d pairs) %.2f\n",
                static_cast<long long>(size / 1000000), label, median(ours), ourPeak / 1024,
                median(theirs), theirPeak / 1024, pairs, median(ratios));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QStringList arguments = app.arguments();
    const qint64 size
        = optionValue(arguments, QStringLiteral("--size"), QStringLiteral("1000")).toLongLong()
        * 1000 * 1000;
    const int pairs
        = optionValue(arguments, QStringLiteral("--pairs"), QStringLiteral("5")).toInt();
    if (size <= 0 || pairs <= 0)
        qFatal("usage: bench_show [--size MB] [--pairs N]");

    test::ScratchDirectory scratch;
    // Clearroom's caches in a folder of the benchmark's own, never the user's.
    bench::useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));
    const QString repository = scratch.filePath(QStringLiteral("big"));
    const QString file = scratch.filePath(QStringLiteral("big.txt"));
    std::printf("generating a blob of %lld MB...\n", static_cast<long long>(size / 1000000));
    {
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        QByteArray block;
        while (block.size() < 1000 * 1000)
            block += "a line of a big file, which repo show must stream as git does\n";
        block.truncate(1000 * 1000);
        for (qint64 written = 0; written < size; written += block.size()) {
            block.replace(0, 12, QByteArray::number(written).rightJustified(12, '0'));
            if (out.write(block) != block.size())
                qFatal("cannot write %s", qPrintable(file));
        }
    }
    QByteArray blob;
    QByteArray tree;
    QByteArray commit;
    if (!QDir().mkpath(repository) || !git(repository, {"init", "-q", "-b", "main"})
        || !git(repository, {"hash-object", "-w", "--no-filters", QFile::encodeName(file)}, &blob)
        || !git(repository,
                {"update-index", "--add", "--cacheinfo", QByteArray("100644," + blob + ",big.txt")})
        || !git(repository, {"write-tree"}, &tree)
        || !git(repository, {"commit-tree", "-m", "big", tree}, &commit)
        || !git(repository, {"update-ref", "refs/heads/main", commit}))
        qFatal("cannot make the benchmark repository");
    QFile::remove(file);

    compare(repository, size, pairs, "loose:");
    if (!git(repository,
             {"-c", "core.bigFileThreshold=1m", "-c", "core.compression=1", "repack", "-adq"}))
        qFatal("cannot pack the benchmark repository");
    compare(repository, size, pairs, "packed whole:");
    return 0;
}
