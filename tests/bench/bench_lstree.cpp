// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_lstree [REPO...]
// `clearroom-cli repo ls-tree -r HEAD` against the reference git, run in turn, the
// median of the per-pair ratios printed: on a generated tree of 50,000 files and on
// every repository named. Then Clearroom's start-up cost beyond libgit2's own, on a
// one-file repository.
#include "benchmark.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace clearroom;
using namespace clearroom::bench;

namespace {

constexpr int Pairs = 21;

// A repository with `files` files in folders of 100, made with git fast-import
// (seconds, where committing files one by one would take minutes).
bool generateRepository(const QString &path, int files)
{
    if (!test::runProcess("git", {"init", "-q", "-b", "main", QFile::encodeName(path)},
                          test::referenceGitEnvironment())
             .ok())
        return false;
    QByteArray stream = "commit refs/heads/main\n"
                        "committer Bench <bench@example.org> 1700000000 +0000\n"
                        "data 10\ngenerated\n";
    for (int i = 0; i < files; ++i) {
        const QByteArray content = "file " + QByteArray::number(i) + "\n";
        stream += "M 100644 inline src/d" + QByteArray::number(i / 100 / 10) + "/e"
            + QByteArray::number(i / 100) + "/file" + QByteArray::number(i) + ".c\n";
        stream += "data " + QByteArray::number(content.size()) + "\n" + content + "\n";
    }
    return test::fastImport(path, stream).ok();
}

void compareLsTree(const QString &repository, const char *label)
{
    const Command clearroom {CLEARROOM_BENCH_CLI,
                             {"-C", QFile::encodeName(repository), "repo", "ls-tree", "-r", "HEAD"},
                             {}};
    const Command git = referenceGitCommand(repository, {"ls-tree", "-r", "HEAD"});
    const auto ours = test::runProcess(clearroom.program, clearroom.arguments);
    const auto theirs = test::runProcess(git.program, git.arguments, git.environment);
    if (ours.standardOutput != theirs.standardOutput)
        qFatal("%s: clearroom-cli and git disagree on ls-tree -r HEAD", label);
    QVector<double> ourTimes;
    QVector<double> gitTimes;
    const double ratio = median(alternatingRatios(clearroom, git, Pairs, &ourTimes, &gitTimes));
    std::printf("ls-tree -r HEAD  %-28s entries %7lld  clearroom %8.1f ms  git %8.1f ms  "
                "ratio (median of %d pairs) %.2f\n",
                label, static_cast<long long>(ours.standardOutput.count('\n')),
                median(ourTimes) * 1e3, median(gitTimes) * 1e3, Pairs, ratio);
}

void measureStartup(const QString &repository)
{
    const QByteArray repo = QFile::encodeName(repository);
    const Command clearroom {CLEARROOM_BENCH_CLI, {"-C", repo, "repo", "ls-tree", "HEAD"}, {}};
    const Command baseline {CLEARROOM_BENCH_BASELINE, {repo}, {}};
    const Command git = referenceGitCommand(repository, {"ls-tree", "HEAD"});
    QVector<double> ours;
    QVector<double> base;
    alternatingRatios(clearroom, baseline, 41, &ours, &base);
    QVector<double> gitTimes;
    for (int i = 0; i < 41; ++i)
        gitTimes.append(timeRun(git));
    std::printf("start-up (ls-tree HEAD of a one-file repository): clearroom-cli %.1f ms, "
                "plain libgit2 program %.1f ms, git %.1f ms; Clearroom adds %.1f ms beyond "
                "libgit2 (target < 10 ms)\n",
                median(ours) * 1e3, median(base) * 1e3, median(gitTimes) * 1e3,
                (median(ours) - median(base)) * 1e3);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::ScratchDirectory scratch;
    // Clearroom's caches in a folder of the benchmark's own, never the user's.
    bench::useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    const QString generated = scratch.filePath(QStringLiteral("generated-50000"));
    std::printf("generating a repository of 50,000 files...\n");
    if (!generateRepository(generated, 50000))
        qFatal("cannot generate the benchmark repository");
    compareLsTree(generated, "generated, 50,000 files");

    for (int i = 1; i < argc; ++i)
        compareLsTree(QString::fromLocal8Bit(argv[i]), argv[i]);

    const QString tiny = scratch.filePath(QStringLiteral("tiny"));
    if (!generateRepository(tiny, 1))
        qFatal("cannot generate the start-up repository");
    measureStartup(tiny);
    return 0;
}
