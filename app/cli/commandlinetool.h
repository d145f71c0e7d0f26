// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace clearroom::cli {

class CommandOutput;

/// What a command produced: standard output only on success (perhaps with warnings for
/// standard error, one line each), one message otherwise.
struct CommandOutcome
{
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };
    int exitCode = Success;
    QByteArray standardOutput;
    QString errorMessage;
    QStringList warnings;
};

/// clearroom-cli: global options, then a subcommand. Nothing is written on failure.
class CommandLineTool
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::CommandLineTool)

public:
    /// Runs the command line (without the program name). A command that streams its
    /// standard output writes it to `output`; every other command's is in the outcome,
    /// for the caller to write after it.
    static CommandOutcome run(const QByteArrayList &arguments, CommandOutput &output);
    static QString help();
    static QString versionText();
    /// Whether the command line asks for work that needs QtGui (an export's PDF report).
    static bool needsGui(int argc, char **argv);
};

} // namespace clearroom::cli
