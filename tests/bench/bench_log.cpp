// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_log [REPO [PATH]]...
// `clearroom-cli repo log --format=%H -- PATH`, the same with the commits' text
// (`--format=%H %an %s`) and `repo log --format=%H` against the reference git, run in turn (A B A B
// ...), the median of the per-pair ratios printed: on a generated history of 20,000 commits over
// 3,000 files, and on every repository named (PATH defaults to CMakeLists.txt or README.md where
// HEAD has one). Each one is measured as it is and again in a copy with git's commit-graph file and
// its changed-path Bloom filters (`git commit-graph write --reachable --changed-paths`), which git
// uses and Clearroom does not. Clearroom runs twice against git: cold (`--no-cache`: history read
// from the object database only) and with its own commit-graph cache warm (`repo cache build`
// first, in a cache folder of the benchmark's own; the build is timed too).
#include "benchmark.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <cstdio>
#include <random>

using namespace clearroom;
using namespace clearroom::bench;

namespace {

constexpr int Pairs = 11;

// A history with fast-import: each commit changes one to three of `files` files, every
// 50th starts a side branch that is merged back 10 commits later.
bool generateHistory(const QString &path, int commits, int files)
{
    if (!test::runProcess("git", {"init", "-q", "--bare", "-b", "main", QFile::encodeName(path)},
                          test::referenceGitEnvironment())
             .ok())
        return false;
    std::mt19937 random(42);
    const auto fileName = [](int i) -> QByteArray {
        return "src/d" + QByteArray::number(i % 10) + "/e" + QByteArray::number(i % 37) + "/file"
            + QByteArray::number(i) + ".c";
    };
    QByteArray stream;
    const auto data = [&stream](const QByteArray &bytes) {
        stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
    };
    const auto header = [&](int mark, qint64 time) {
        stream += "mark :" + QByteArray::number(mark) + '\n';
        stream += "committer Bench <bench@example.org> " + QByteArray::number(time) + " +0000\n";
        data("change " + QByteArray::number(mark) + '\n');
    };
    stream += "commit refs/heads/main\n";
    header(1, 1600000000);
    for (int i = 0; i < files; ++i) {
        stream += "M 100644 inline " + fileName(i) + '\n';
        data("file " + QByteArray::number(i) + "\nline\nline\n");
    }
    int mainTip = 1;
    int sideTip = 0;
    QMap<QByteArray, QByteArray> sideChanges; // taken over by the merge
    for (int mark = 2; mark <= commits; ++mark) {
        const bool onSide = sideTip && random() % 2;
        stream += onSide ? "commit refs/heads/side\n" : "commit refs/heads/main\n";
        header(mark, 1600000000 + mark * 60);
        if (onSide) {
            stream += "from :" + QByteArray::number(sideTip) + '\n';
        } else {
            stream += "from :" + QByteArray::number(mainTip) + '\n';
            if (sideTip && mark % 50 == 10) {
                stream += "merge :" + QByteArray::number(sideTip) + '\n';
                for (auto change = sideChanges.cbegin(); change != sideChanges.cend(); ++change) {
                    stream += "M 100644 inline " + change.key() + '\n';
                    data(change.value());
                }
                sideChanges.clear();
                sideTip = 0;
            }
        }
        const int changes = 1 + int(random() % 3);
        for (int c = 0; c < changes; ++c) {
            // CMakeLists.txt changes in about one commit of 20.
            const QByteArray name = random() % 20 == 0 ? QByteArray("CMakeLists.txt")
                                                       : fileName(int(random() % quint32(files)));
            const QByteArray content = "version " + QByteArray::number(mark) + '\n';
            stream += "M 100644 inline " + name + '\n';
            data(content);
            if (onSide)
                sideChanges.insert(name, content);
        }
        (onSide ? sideTip : mainTip) = mark;
        if (!onSide && !sideTip && mark % 50 == 0)
            sideTip = mark;
    }
    return test::fastImport(path, stream).ok();
}

void compare(const QString &repository, const QByteArrayList &arguments, const QByteArray &label,
             bool cached)
{
    const QByteArray repo = QFile::encodeName(repository);
    const Command clearroom {CLEARROOM_BENCH_CLI,
                             QByteArrayList {"-C", repo, "repo", "log"}
                                 + (cached ? QByteArrayList {} : QByteArrayList {"--no-cache"})
                                 + arguments,
                             {}};
    const Command git = referenceGitCommand(repository, QByteArrayList {"log"} + arguments);
    const auto ours = test::runProcess(clearroom.program, clearroom.arguments);
    const auto theirs = test::runProcess(git.program, git.arguments, git.environment);
    if (ours.standardOutput != theirs.standardOutput)
        qFatal("%s: clearroom-cli and git disagree on log %s", label.constData(),
               arguments.join(' ').constData());
    QVector<double> ourTimes;
    QVector<double> gitTimes;
    const double ratio = median(alternatingRatios(clearroom, git, Pairs, &ourTimes, &gitTimes));
    const QByteArray name = label + (cached ? ", cache warm" : ", no cache");
    std::printf("%-48s %-38s commits %6lld  clearroom %8.1f ms  git %8.1f ms  ratio %.2f\n",
                name.constData(), arguments.join(' ').constData(),
                static_cast<long long>(ours.standardOutput.count('\n')), median(ourTimes) * 1e3,
                median(gitTimes) * 1e3, ratio);
}

void measure(const QString &repository, const QByteArray &path, const QByteArray &label)
{
    for (const bool cached : {false, true}) {
        if (cached)
            buildCommitGraphCache(CLEARROOM_BENCH_CLI, repository, label);
        compare(repository, {"--format=%H", "--", path}, label, cached);
        // With the commits' text: each commit shown is parsed too, where for %H it is only
        // read (and compared with the cache).
        compare(repository, {"--format=%H %an %s", "--", path}, label, cached);
        compare(repository, {"--format=%H"}, label, cached);
    }
}

QByteArray defaultPath(const QString &repository)
{
    for (const QByteArray candidate : {"CMakeLists.txt", "README.md", "Makefile", "README"}) {
        if (test::referenceGit(repository, {"cat-file", "-e", "HEAD:" + candidate}).ok())
            return candidate;
    }
    return test::referenceGit(repository, {"ls-tree", "--name-only", "HEAD"})
        .standardOutput.split('\n')
        .value(0);
}

// A copy with a commit-graph: what git reads instead of the commits themselves.
QString withCommitGraph(const QString &repository, const QString &scratch)
{
    static int copies = 0;
    const QString copy = scratch + QStringLiteral("/with-commit-graph-%1").arg(++copies);
    const QByteArray target = QFile::encodeName(copy);
    if (!test::runProcess(
             "git",
             {"clone", "-q", "--bare", "--no-hardlinks", QFile::encodeName(repository), target},
             test::referenceGitEnvironment())
             .ok()
        || !test::runProcess(
                "git", {"-C", target, "commit-graph", "write", "--reachable", "--changed-paths"},
                test::referenceGitEnvironment())
                .ok())
        qFatal("cannot write a commit-graph for %s", qPrintable(repository));
    return copy;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    test::ScratchDirectory scratch;
    // Clearroom's commit-graph caches: the benchmark's own, never the user's.
    useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));

    const QString generated = scratch.filePath(QStringLiteral("generated-20000"));
    std::printf("generating a history of 20,000 commits...\n");
    if (!generateHistory(generated, 20000, 3000))
        qFatal("cannot generate the benchmark repository");
    measure(generated, "CMakeLists.txt", "generated");
    measure(generated, "src/d3", "generated (a folder)");
    measure(withCommitGraph(generated, scratch.path()), "CMakeLists.txt",
            "generated, commit-graph");

    for (int i = 1; i < argc; ++i) {
        const QString repository = QString::fromLocal8Bit(argv[i]);
        QByteArray path;
        if (i + 1 < argc && !QFileInfo(QString::fromLocal8Bit(argv[i + 1])).isDir())
            path = argv[++i];
        else
            path = defaultPath(repository);
        measure(repository, path, QFileInfo(repository).fileName().toLocal8Bit());
        measure(withCommitGraph(repository, scratch.path()), path,
                QFileInfo(repository).fileName().toLocal8Bit() + ", commit-graph");
    }
    return 0;
}
