// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_grep [REPO...]
// `clearroom-cli repo grep -n -E 'TODO|FIXME' HEAD` against the reference git, run in
// turn, the median of the per-pair ratios printed: on a generated repository of C-like
// files and on every repository named. Both outputs are compared first. Each repository is
// measured as it is and again with its objects verified once (`repo cache build`, timed;
// then Clearroom reads without re-hashing every blob).
#include "benchmark.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>

#include <cstdio>

using namespace clearroom;
using namespace clearroom::bench;

namespace {

constexpr int Pairs = 15;
constexpr int GeneratedFiles = 4000;

// A deterministic source file of a few hundred lines that reads like C: comments,
// declarations, loops, now and then a TODO or FIXME.
QByteArray sourceFile(int index)
{
    QByteArray text = "/* SPDX-License-Identifier: Apache-2.0\n * module "
        + QByteArray::number(index)
        + " of the generated benchmark tree\n */\n#include <stdio.h>\n#include <stdlib.h>\n\n";
    const int functions = 8 + index % 13;
    for (int f = 0; f < functions; ++f) {
        const QByteArray name
            = "module" + QByteArray::number(index) + "_step" + QByteArray::number(f);
        text += "/* " + name + ": advances the state by one step. */\n";
        text += "static int " + name + "(struct state *s, const char *input, size_t length)\n{\n";
        text += "    int total = 0;\n";
        text += "    for (size_t i = 0; i < length; ++i) {\n";
        text += "        if (input[i] == '\\n')\n            ++s->lines;\n";
        text += "        total += (unsigned char)input[i] * " + QByteArray::number(f + 3) + ";\n";
        text += "    }\n";
        if ((index * 7 + f) % 23 == 0)
            text += "    // TODO: handle overflow of total\n";
        if ((index * 5 + f) % 41 == 0)
            text += "    /* FIXME: this check is wrong for empty input */\n";
        text += "    if (total < 0)\n        return -1;\n    s->sum += total;\n    return "
                "total;\n}\n\n";
    }
    return text;
}

// The generated repository, made with git fast-import (seconds, where committing files
// one by one would take minutes): folders of 50 files, two levels deep.
bool generateRepository(const QString &path)
{
    if (!test::runProcess("git", {"init", "-q", "-b", "main", QFile::encodeName(path)},
                          test::referenceGitEnvironment())
             .ok())
        return false;
    QByteArray stream = "commit refs/heads/main\n"
                        "committer Bench <bench@example.org> 1700000000 +0000\n"
                        "data 10\ngenerated\n";
    for (int i = 0; i < GeneratedFiles; ++i) {
        const QByteArray content = sourceFile(i);
        stream += "M 100644 inline src/part" + QByteArray::number(i / 500) + "/unit"
            + QByteArray::number(i / 50) + "/module" + QByteArray::number(i) + ".c\n";
        stream += "data " + QByteArray::number(content.size()) + "\n" + content + "\n";
    }
    // Packed, as a repository handed over for review usually is.
    return test::fastImport(path, stream).ok()
        && test::runProcess("git", {"-C", QFile::encodeName(path), "gc", "-q"},
                            test::referenceGitEnvironment())
               .ok();
}

// This process's environment with `entry` added.
QByteArrayList environmentWith(const QByteArray &entry)
{
    QByteArrayList environment;
    const QStringList inherited = QProcessEnvironment::systemEnvironment().toStringList();
    for (const QString &variable : inherited)
        environment.append(variable.toLocal8Bit());
    return environment << entry;
}

void compareGrep(const QString &repository, const QByteArray &label,
                 const QByteArrayList &environment)
{
    const QByteArrayList arguments = {"grep", "-n", "-E", "TODO|FIXME", "HEAD"};
    const Command clearroom {
        CLEARROOM_BENCH_CLI,
        QByteArrayList {"-C", QFile::encodeName(repository), "repo"} + arguments, environment};
    const Command git = referenceGitCommand(repository, arguments);
    const auto ours = test::runProcess(clearroom.program, clearroom.arguments, environment);
    const auto theirs = test::runProcess(git.program, git.arguments, git.environment);
    if (ours.standardOutput != theirs.standardOutput || ours.exitCode != theirs.exitCode)
        qFatal("%s: clearroom-cli and git disagree on grep -n -E 'TODO|FIXME' HEAD",
               label.constData());
    QVector<double> ourTimes;
    QVector<double> gitTimes;
    const double ratio = median(alternatingRatios(clearroom, git, Pairs, &ourTimes, &gitTimes));
    std::printf("grep -n -E 'TODO|FIXME' HEAD  %-34s lines %6lld  clearroom %8.1f ms  git "
                "%8.1f ms  ratio (median of %d pairs) %.2f (target <= 0.8)\n",
                label.constData(), static_cast<long long>(ours.standardOutput.count('\n')),
                median(ourTimes) * 1e3, median(gitTimes) * 1e3, Pairs, ratio);
}

// Every blob hashed as it is read (CLEARROOM_NO_CACHE=1), then with the objects verified
// once (the record is kept in $CLEARROOM_BENCH_CACHE_DIR when that is set).
void measure(const QString &repository, const QByteArray &label)
{
    compareGrep(repository, label + ", hashed as read", environmentWith("CLEARROOM_NO_CACHE=1"));
    buildCommitGraphCache(CLEARROOM_BENCH_CLI, repository, label);
    compareGrep(repository, label + ", objects verified", {});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::ScratchDirectory scratch;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));

    const QString generated = scratch.filePath(QStringLiteral("generated"));
    std::printf("generating a repository of %d C files...\n", GeneratedFiles);
    if (!generateRepository(generated))
        qFatal("cannot generate the benchmark repository");
    measure(generated, "generated, 4,000 C files");

    for (int i = 1; i < argc; ++i)
        measure(QString::fromLocal8Bit(argv[i]), argv[i]);
    return 0;
}
