// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace clearroom::cli {

/// Questions the CLI asks a person at the terminal (a passphrase, a confirmation),
/// through /dev/tty so that standard input and output stay free for scripts. Scripts
/// answer with files and flags instead (--passphrase-file, --yes).
class Terminal
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::Terminal)

public:
    /// Whether a person can be asked: standard input is a terminal.
    static bool isInteractive();
    /// A passphrase: the first line of `fileName` when given (for `option`), else asked
    /// on the terminal without echo; `confirm` asks twice (for a new passphrase). Never
    /// empty.
    static Result<QByteArray> passphrase(const QByteArray &fileName, const QString &option,
                                         const QString &prompt, bool confirm);
    /// Asks a yes/no question; true only for "y" or "yes" (or the translation's).
    static Result<bool> confirm(const QString &question);
    /// Writes text to the terminal (for a preview shown before a question).
    static Result<void> show(const QString &text);
    /// What leaves the room, confirmed: with `confirmedAlready` (--yes) the preview is
    /// returned for standard output; otherwise it is shown on the terminal and `question`
    /// asked, and a "no" is an error naming `command` ("nothing was written").
    static Result<QByteArray> confirmPreview(const QString &command, const QString &preview,
                                             const QString &question, bool confirmedAlready);

private:
    static Result<QByteArray> readLine(const QString &prompt, bool echo);
};

} // namespace clearroom::cli
