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

bool fastImport(const QString &path, const QByteArray &stream)
{
    const QString streamFile = path + QStringLiteral(".fi");
    QFile out(streamFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(stream) != stream.size())
        return false;
    out.close();
    const auto imported = test::runProcess("sh",
                                           {"-c", "git -C \"$0\" fast-import --quiet < \"$1\"",
                                            QFile::encodeName(path), QFile::encodeName(streamFile)},
                                           test::referenceGitEnvironment());
    QFile::remove(streamFile);
    return imported.ok();
}

void buildCommitGraphCache(const QByteArray &cli, const QString &repository,
                           const QByteArray &label)
{
    const QByteArray repo = QFile::encodeName(repository);
    test::runProcess(cli, {"-C", repo, "repo", "cache", "drop"});
    const Command build {cli, {"-C", repo, "repo", "cache", "build"}, {}};
    const double seconds = timeRun(build);
    const auto status = test::runProcess(cli, {"-C", repo, "repo", "cache", "status"});
    if (!status.ok() || !status.standardOutput.contains("covers every ref"))
        qFatal("%s: repo cache build made no cache", label.constData());
    std::printf(
        "%-48s repo cache build: %.1f s, %lld bytes\n", label.constData(), seconds,
        static_cast<long long>(
            QFileInfo(QString::fromUtf8(status.standardOutput.split('\'').value(1))).size()));
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

} // namespace clearroom::bench
