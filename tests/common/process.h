// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

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

/// The reference git: no user or system config, UTC, C locale, replace refs ignored.
ProcessResult referenceGit(const QString &repository, const QByteArrayList &arguments);
/// The lines of the reference git's standard output, without the empty one after the
/// last newline.
QByteArrayList referenceGitLines(const QString &repository, const QByteArrayList &arguments);

/// The environment of the reference git, plus `extra` entries.
QByteArrayList referenceGitEnvironment(const QByteArrayList &extra = {});

/// clearroom-cli as built (its path comes from CLEARROOM_CLI, set by CTest).
QByteArray clearroomCliPath();
ProcessResult clearroomCli(const QByteArrayList &arguments, const QByteArrayList &environment = {});

} // namespace clearroom::test
