// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_diff [REPO A B]...
// `clearroom-cli repo diff --stat A B` (renames found, as by default) against the
// reference git, run in turn (A B A B ...), the median of the per-pair ratios printed; also
// --name-status and the patch. First on a generated pair of commits of 8,000 files between
// which 2,400 change, 600 are renamed (identical, under the same name elsewhere, or under
// another name with edits), 300 are deleted and 300 added; then on every repository named
// with its two revisions (e.g. git.git v2.0.0 v2.47.0).
#include "benchmark.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <cstdio>
#include <random>

using namespace clearroom;
using namespace clearroom::bench;

namespace {

constexpr int Pairs = 11;

// Two commits imported with fast-import: "before" and "after" (refs/heads/before, main).
bool generatePair(const QString &path)
{
    if (!test::runProcess("git", {"init", "-q", "--bare", "-b", "main", QFile::encodeName(path)},
                          test::referenceGitEnvironment())
             .ok())
        return false;
    std::mt19937 random(42);
    const auto pick = [&random](int n) { return int(random() % quint32(n)); };
    QByteArrayList vocabulary;
    for (int i = 0; i < 5000; ++i)
        vocabulary.append("    value_" + QByteArray::number(i * 7919 % 100003) + " = compute("
                          + QByteArray::number(i) + ");");
    const auto content = [&](int lines) -> QByteArray {
        QByteArray text = "int function_" + QByteArray::number(pick(1000000)) + "(void)\n{\n";
        for (int i = 0; i < lines; ++i)
            text += vocabulary.at(pick(int(vocabulary.size()))) + '\n';
        return text + "}\n";
    };
    const auto edit = [&](QByteArray text, int changes) -> QByteArray {
        QByteArrayList lines = text.split('\n');
        for (int i = 0; i < changes; ++i)
            lines[1 + pick(int(lines.size()) - 2)] = "    changed(" + QByteArray::number(i) + ");";
        return lines.join('\n');
    };
    const auto pathOf = [](int i) -> QByteArray {
        return "src/module" + QByteArray::number(i % 40) + "/part" + QByteArray::number(i % 7)
            + "/file" + QByteArray::number(i) + ".c";
    };

    QMap<QByteArray, QByteArray> files;
    for (int i = 0; i < 8000; ++i)
        files.insert(pathOf(i), content(20 + pick(200)));
    QMap<QByteArray, QByteArray> after = files;
    for (int i = 0; i < 8000; ++i) {
        const QByteArray path = pathOf(i);
        const int kind = i % 40;
        if (kind < 12) { // changed
            after[path] = edit(files.value(path), 1 + pick(6));
        } else if (kind == 12) { // renamed, identical
            after.insert("moved/exact/" + path, after.take(path));
        } else if (kind == 13) { // moved to another folder under the same name, edited
            after.insert("moved/same-name/" + path.mid(path.lastIndexOf('/') + 1),
                         edit(after.take(path), 2));
        } else if (kind == 14) { // renamed and edited
            after.remove(path);
            after.insert("renamed/" + QByteArray::number(i) + ".cpp",
                         edit(files.value(path), 1 + pick(10)));
        } else if (kind == 15) { // deleted
            after.remove(path);
        } else if (kind == 16) { // added
            after.insert("added/new" + QByteArray::number(i) + ".c", content(20 + pick(200)));
        }
    }

    QByteArray stream;
    const auto commit
        = [&stream](const QByteArray &ref, int mark, const QMap<QByteArray, QByteArray> &tree) {
              stream += "commit " + ref + "\nmark :" + QByteArray::number(mark)
                  + "\ncommitter Bench <bench@example.org> " + QByteArray::number(1600000000 + mark)
                  + " +0000\ndata 7\nchange\n";
              if (mark > 1)
                  stream += "from :" + QByteArray::number(mark - 1) + '\n';
              stream += "deleteall\n";
              for (auto file = tree.cbegin(); file != tree.cend(); ++file) {
                  stream += "M 100644 inline " + file.key() + "\ndata "
                      + QByteArray::number(file.value().size()) + '\n' + file.value() + '\n';
              }
              stream += '\n';
          };
    commit("refs/heads/main", 1, files);
    commit("refs/heads/main", 2, after);
    stream += "reset refs/heads/before\nfrom :1\n\n";
    return test::fastImport(path, stream).ok();
}

void compare(const QString &repository, const QByteArrayList &arguments, const QByteArray &label)
{
    const QByteArray repo = QFile::encodeName(repository);
    const Command clearroom {
        CLEARROOM_BENCH_CLI, QByteArrayList {"-C", repo, "repo", "diff"} + arguments, {}};
    const Command git = referenceGitCommand(
        repository, QByteArrayList {"diff", "--no-textconv", "--no-ext-diff"} + arguments);
    const auto ours = test::runProcess(clearroom.program, clearroom.arguments);
    const auto theirs = test::runProcess(git.program, git.arguments, git.environment);
    if (!ours.ok() || !theirs.ok())
        qFatal("%s: diff %s failed: %s%s", label.constData(), arguments.join(' ').constData(),
               ours.standardError.constData(), theirs.standardError.constData());
    if (ours.standardOutput != theirs.standardOutput) {
        // Reported, not fatal: git's similarity count can merge two different lines (see
        // similarity.h), which moves a percentage by a point now and then.
        const QByteArrayList mine = ours.standardOutput.split('\n');
        const QByteArrayList gits = theirs.standardOutput.split('\n');
        int differing = 0;
        QByteArray first;
        for (qsizetype i = 0; i < std::max(mine.size(), gits.size()); ++i) {
            if (mine.value(i) == gits.value(i))
                continue;
            if (differing++ == 0)
                first = "git: " + gits.value(i) + " | clearroom-cli: " + mine.value(i);
        }
        std::printf("%-28s %-40s NOTE: %d of %lld lines differ from git's, first %s\n",
                    label.constData(), arguments.join(' ').constData(), differing,
                    static_cast<long long>(gits.size()), first.constData());
    }
    QVector<double> ourTimes;
    QVector<double> gitTimes;
    const double ratio = median(alternatingRatios(clearroom, git, Pairs, &ourTimes, &gitTimes));
    std::printf("%-28s %-40s lines %7lld  clearroom %8.1f ms  git %8.1f ms  ratio %.2f\n",
                label.constData(), arguments.join(' ').constData(),
                static_cast<long long>(ours.standardOutput.count('\n')), median(ourTimes) * 1e3,
                median(gitTimes) * 1e3, ratio);
}

void measure(const QString &repository, const QByteArray &from, const QByteArray &to,
             const QByteArray &label)
{
    compare(repository, {"--stat", from, to}, label);
    compare(repository, {"--name-status", from, to}, label);
    compare(repository, {"-p", from, to}, label);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    if ((argc - 1) % 3 != 0) {
        std::fprintf(stderr, "usage: bench_diff [REPO A B]...\n");
        return 2;
    }
    test::ScratchDirectory scratch;
    // Clearroom's caches in a folder of the benchmark's own, never the user's.
    bench::useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));
    const QString generated = scratch.filePath(QStringLiteral("generated-renames"));
    std::printf("generating 8,000 files and their changes...\n");
    if (!generatePair(generated))
        qFatal("cannot generate the benchmark repository");
    measure(generated, "before", "main", "generated");

    for (int i = 1; i + 2 < argc; i += 3) {
        const QString repository = QString::fromLocal8Bit(argv[i]);
        measure(repository, argv[i + 1], argv[i + 2],
                QFileInfo(repository).fileName().toLocal8Bit());
    }
    return 0;
}
