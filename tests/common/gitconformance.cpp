// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "gitconformance.h"

#include <QFile>
#include <QTest>

namespace clearroom::test {

namespace {

// The first line where two outputs part, with its number, for a readable failure.
QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QByteArrayList expectedLines = expected.split('\n');
    const QByteArrayList actualLines = actual.split('\n');
    for (qsizetype i = 0; i < qMax(expectedLines.size(), actualLines.size()); ++i) {
        const QByteArray want = expectedLines.value(i);
        const QByteArray have = actualLines.value(i);
        if (want != have || i >= expectedLines.size() || i >= actualLines.size()) {
            return QStringLiteral("line %1:\n  git:           %2\n  clearroom-cli: %3")
                .arg(i + 1)
                .arg(i < expectedLines.size() ? printableBytes(want) : QStringLiteral("<none>"),
                     i < actualLines.size() ? printableBytes(have) : QStringLiteral("<none>"));
        }
    }
    return QStringLiteral("(outputs differ only in the last byte)");
}

} // namespace

QString printableBytes(const QByteArray &bytes)
{
    QString shown;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f)
            shown += QLatin1Char(c);
        else
            shown += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return shown;
}

QString failureConventionViolation(const ProcessResult &result)
{
    if (result.crashed)
        return QStringLiteral("clearroom-cli crashed");
    if (result.exitCode == 0)
        return QStringLiteral("clearroom-cli succeeded");
    if (!result.standardOutput.isEmpty()) {
        return QStringLiteral("clearroom-cli failed but wrote to standard output: ")
            + printableBytes(result.standardOutput.left(200));
    }
    const QByteArray &error = result.standardError;
    if (error.count('\n') != 1 || !error.endsWith('\n') || error.trimmed().isEmpty()) {
        return QStringLiteral("clearroom-cli's standard error is not exactly one line: ")
            + printableBytes(error.left(400));
    }
    return {};
}

QString differenceFromGit(const QString &repository, const QByteArrayList &arguments)
{
    const ProcessResult git = referenceGit(repository, arguments);
    QByteArrayList cliArguments = {"-C", QFile::encodeName(repository), "repo"};
    cliArguments += arguments;
    const ProcessResult cli = clearroomCli(cliArguments);

    const QString command = printableBytes(arguments.join(' '));
    if (cli.crashed)
        return QStringLiteral("clearroom-cli crashed on: ") + command;
    if (git.crashed)
        return QStringLiteral("git crashed on: ") + command;
    if (git.ok() != cli.ok()) {
        return QStringLiteral("'%1': git %2 (exit %3: %4), clearroom-cli %5 (exit %6: %7)")
            .arg(command, git.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed"))
            .arg(git.exitCode)
            .arg(printableBytes(git.standardError.trimmed()),
                 cli.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed"))
            .arg(cli.exitCode)
            .arg(printableBytes(cli.standardError.trimmed()));
    }
    if (!git.ok()) {
        const QString violation = failureConventionViolation(cli);
        return violation.isEmpty() ? QString() : command + QStringLiteral(": ") + violation;
    }
    if (git.standardOutput != cli.standardOutput) {
        return QStringLiteral("'%1': standard output differs at ").arg(command)
            + firstDifference(git.standardOutput, cli.standardOutput);
    }
    return {};
}

QString differenceFromGitOfRow()
{
    QFETCH(QString, repository);
    QFETCH(QByteArrayList, arguments);
    return differenceFromGit(repository, arguments);
}

} // namespace clearroom::test
