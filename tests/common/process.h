// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <functional>

namespace clearroom::test {

/// What a finished process left.
struct ProcessResult
{
    int exitCode = -1; ///< -1 when it did not exit normally
    bool crashed = false; ///< ended by a signal
    QByteArray standardOutput;
    QByteArray standardError;
    bool ok() const { return !crashed && exitCode == 0; }
};

/// Runs a program with byte-exact arguments (names that are not UTF-8 survive) and
/// the given environment ("NAME=value" entries; empty: inherit), in `workingDirectory`
/// when given. Standard input is /dev/null.
ProcessResult runProcess(const QByteArray &program, const QByteArrayList &arguments,
                         const QByteArrayList &environment = {},
                         const QByteArray &workingDirectory = {});

/// Where a streamed process's standard output goes.
enum class StandardOutputEnd {
    Read, ///< a pipe read to its end
    ClosedPipe, ///< a pipe whose reading end is closed before the process starts (EPIPE)
    Closed, ///< no standard output at all (descriptor 1 closed)
};

/// What a streamed process left: its standard output went to a handler, not here.
struct StreamedProcessResult
{
    ProcessResult result; ///< standardOutput stays empty
    qint64 outputBytes = 0;
    long peakMemoryKb = 0; ///< the process's own peak resident set (ru_maxrss from wait4)
};

/// Runs a program as runProcess() does, passing its standard output piece by piece to
/// `output` (never holding it whole), and measures its own peak memory.
StreamedProcessResult
runProcessStreaming(const QByteArray &program, const QByteArrayList &arguments,
                    const QByteArrayList &environment,
                    const std::function<void(const char *data, qsizetype size)> &output,
                    StandardOutputEnd end = StandardOutputEnd::Read);

/// The reference git: no user or system config, UTC, C locale, replace refs ignored.
ProcessResult referenceGit(const QString &repository, const QByteArrayList &arguments);
/// The lines of the reference git's standard output, without the empty one after the
/// last newline.
QByteArrayList referenceGitLines(const QString &repository, const QByteArrayList &arguments);

/// Imports a `git fast-import` stream into the repository at `repository` with the reference
/// git, through a file beside it that is removed again (git's complaints, if any, are in
/// the result's standardError).
ProcessResult fastImport(const QString &repository, const QByteArray &stream);

/// The environment of the reference git, plus `extra` entries.
QByteArrayList referenceGitEnvironment(const QByteArrayList &extra = {});

/// clearroom-cli as built (its path comes from CLEARROOM_CLI, set by CTest).
QByteArray clearroomCliPath();
ProcessResult clearroomCli(const QByteArrayList &arguments, const QByteArrayList &environment = {});

} // namespace clearroom::test
