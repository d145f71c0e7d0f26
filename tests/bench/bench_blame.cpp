// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_blame [REPO PATH [REV]]...
// `clearroom-cli repo blame --porcelain REV -- PATH` against the reference git's `git blame
// --porcelain`, run in turn (A B A B ...), the median of the per-pair ratios printed: on a
// generated long history of one big file (with side branches, merges and a rename), and on
// every repository and path named (REV defaults to HEAD), e.g. git.git and diff.c.
// Clearroom runs twice against git: cold (`--no-cache`) and with its own commit-graph cache
// warm (`repo cache build` first, in a cache folder of the benchmark's own; timed too).
#include "benchmark.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <random>

using namespace clearroom;
using namespace clearroom::bench;

namespace {

constexpr int Pairs = 7;

// One big C-like file changed by every commit (a few lines edited, inserted or deleted),
// beside files that change now and then; a side branch every 100 commits, merged back 20
// later; the big file renamed half way.
bool generateHistory(const QString &path, int commits, int lines)
{
    if (!test::runProcess("git", {"init", "-q", "--bare", "-b", "main", QFile::encodeName(path)},
                          test::referenceGitEnvironment())
             .ok())
        return false;
    std::mt19937 random(7);
    QByteArrayList file;
    for (int i = 0; i < lines; ++i)
        file.append(i % 12 == 0 ? QByteArray("}")
                                : "    statement_" + QByteArray::number(i) + "();");
    QByteArray stream;
    const auto data = [&stream](const QByteArray &bytes) {
        stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
    };
    QByteArray name = "src/engine/big.c";
    int mainTip = 0;
    int sideTip = 0;
    QByteArrayList sideFile;
    QByteArrayList mainFile;
    for (int mark = 1; mark <= commits; ++mark) {
        const bool branchOff = mainTip && mark % 100 == 50;
        const bool onSide = sideTip && !branchOff && random() % 3 == 0;
        QByteArrayList &text = onSide ? sideFile : file;
        const int edits = 1 + int(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const int at = int(random() % quint32(text.size()));
            switch (random() % 4) {
            case 0:
                text.insert(at,
                            "    added_" + QByteArray::number(mark) + "_" + QByteArray::number(e)
                                + "();");
                break;
            case 1:
                if (text.size() > lines / 2)
                    text.removeAt(at);
                break;
            default:
                text[at] = "    changed_" + QByteArray::number(mark) + "();";
            }
        }
        stream += onSide ? "commit refs/heads/side\n" : "commit refs/heads/main\n";
        stream += "mark :" + QByteArray::number(mark) + '\n';
        stream += "committer Bench <bench@example.org> "
            + QByteArray::number(1600000000 + mark * 60) + " +0000\n";
        data("change " + QByteArray::number(mark) + '\n');
        if (mark > 1) {
            stream += "from :" + QByteArray::number(onSide ? sideTip : mainTip) + '\n';
        }
        if (!onSide && sideTip && mark % 100 == 70) {
            // The merge keeps main's file with the side's last lines appended.
            stream += "merge :" + QByteArray::number(sideTip) + '\n';
            file += sideFile.mid(sideFile.size() - 3);
            sideTip = 0;
        }
        if (mark == commits / 2) {
            stream += "D " + name + '\n';
            name = "src/core/big_engine.c";
        }
        stream += "M 100644 inline " + name + '\n';
        data(text.join('\n') + '\n');
        if (random() % 10 == 0) {
            stream += "M 100644 inline other/f" + QByteArray::number(int(random() % 50)) + ".txt\n";
            data("other " + QByteArray::number(mark) + '\n');
        }
        if (onSide) {
            sideTip = mark;
        } else {
            mainTip = mark;
            if (branchOff) {
                sideTip = mark;
                sideFile = file;
            }
        }
    }
    return test::fastImport(path, stream).ok() && test::referenceGit(path, {"gc", "-q"}).ok();
}

void compare(const QString &repository, const QByteArray &revision, const QByteArray &path,
             const QByteArray &label, bool cached)
{
    const QByteArrayList arguments = {"--porcelain", revision, "--", path};
    const Command clearroom {CLEARROOM_BENCH_CLI,
                             QByteArrayList {"-C", QFile::encodeName(repository), "repo", "blame"}
                                 + (cached ? QByteArrayList {} : QByteArrayList {"--no-cache"})
                                 + arguments,
                             {}};
    const Command git = referenceGitCommand(repository, QByteArrayList {"blame"} + arguments);
    const auto ours = test::runProcess(clearroom.program, clearroom.arguments);
    const auto theirs = test::runProcess(git.program, git.arguments, git.environment);
    if (!theirs.ok() || ours.standardOutput != theirs.standardOutput)
        qFatal("%s: clearroom-cli and git disagree on blame %s", label.constData(),
               path.constData());
    QVector<double> ourTimes;
    QVector<double> gitTimes;
    const double ratio = median(alternatingRatios(clearroom, git, Pairs, &ourTimes, &gitTimes));
    const QByteArray name = label + (cached ? ", cache warm" : ", no cache");
    std::printf("%-32s %-28s lines %6lld  clearroom %8.1f ms  git %8.1f ms  ratio %.2f\n",
                name.constData(), path.constData(),
                static_cast<long long>(theirs.standardOutput.count("\n\t")), median(ourTimes) * 1e3,
                median(gitTimes) * 1e3, ratio);
}

void measure(const QString &repository, const QByteArray &revision, const QByteArray &path,
             const QByteArray &label)
{
    for (const bool cached : {false, true}) {
        if (cached)
            buildCommitGraphCache(CLEARROOM_BENCH_CLI, repository, label);
        compare(repository, revision, path, label, cached);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    test::ScratchDirectory scratch;
    // Clearroom's commit-graph caches: the benchmark's own, never the user's.
    useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));

    // CLEARROOM_BENCH_KEEP=DIR keeps the generated repository there, for profiling.
    const QString kept = qEnvironmentVariable("CLEARROOM_BENCH_KEEP");
    const QString generated
        = kept.isEmpty() ? scratch.filePath(QStringLiteral("generated-blame")) : kept;
    std::printf("generating a history of 3,000 commits of one 5,000-line file...\n");
    if (!generateHistory(generated, 3000, 5000))
        qFatal("cannot generate the benchmark repository");
    measure(generated, "main", "src/core/big_engine.c", "generated");
    if (!kept.isEmpty())
        return 0;

    for (int i = 1; i + 1 < argc; i += 2) {
        const QString repository = QString::fromLocal8Bit(argv[i]);
        const QByteArray path = argv[i + 1];
        QByteArray revision = "HEAD";
        if (i + 2 < argc && !QFileInfo::exists(QString::fromLocal8Bit(argv[i + 2]))) {
            revision = argv[i + 2];
            ++i;
        }
        measure(repository, revision, path, QFileInfo(repository).fileName().toLocal8Bit());
    }
    return 0;
}
