// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "process.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QVector>

#include <utility>

namespace clearroom::test {

/// What a program run on a terminal did: its standard output and error (pipes, as a
/// script would see them) and everything it wrote to the terminal (prompts, previews).
struct TerminalResult : ProcessResult
{
    QByteArray terminal;
};

/// Runs a program with a pseudo-terminal as its standard input and controlling terminal,
/// answering each prompt: when the terminal output shows `first` (after the previous
/// answer), `second` and a newline are typed. Gives up after 60 seconds.
TerminalResult runOnTerminal(const QByteArray &program, const QByteArrayList &arguments,
                             const QVector<std::pair<QByteArray, QByteArray>> &answers,
                             const QByteArray &workingDirectory = {});

} // namespace clearroom::test
