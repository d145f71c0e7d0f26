// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "terminal.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace clearroom::cli {

namespace {

// A passphrase longer than this is a file someone named by mistake.
constexpr int MaximumPassphrase = 1024;

struct TerminalFile
{
    int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY);
    ~TerminalFile()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t written = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

} // namespace

bool Terminal::isInteractive()
{
    return ::isatty(STDIN_FILENO) == 1;
}

Result<QByteArray> Terminal::readLine(const QString &prompt, bool echo)
{
    TerminalFile terminal;
    if (terminal.fd < 0 || !isInteractive())
        return Error {tr("There is no terminal to ask on.")};
    termios saved {};
    const bool hasAttributes = ::tcgetattr(terminal.fd, &saved) == 0;
    if (!echo && hasAttributes) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        silent.c_lflag |= ECHONL;
        ::tcsetattr(terminal.fd, TCSAFLUSH, &silent);
    }
    writeAll(terminal.fd, prompt.toUtf8());
    QByteArray line;
    char c = 0;
    bool ended = false;
    while (line.size() <= MaximumPassphrase) {
        const ssize_t got = ::read(terminal.fd, &c, 1);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0 || c == '\n') {
            ended = got > 0;
            break;
        }
        line.append(c);
    }
    if (!echo && hasAttributes)
        ::tcsetattr(terminal.fd, TCSAFLUSH, &saved);
    if (!ended && line.isEmpty())
        return Error {tr("The terminal closed before an answer was given.")};
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

Result<QByteArray> Terminal::passphrase(const QByteArray &fileName, const QString &option,
                                        const QString &prompt, bool confirm)
{
    if (!fileName.isEmpty()) {
        QFile file(QFile::decodeName(fileName));
        if (!file.open(QIODevice::ReadOnly))
            return Error {
                tr("%1: cannot read '%2': %3").arg(option, file.fileName(), file.errorString())};
        QByteArray line = file.readLine(MaximumPassphrase + 2);
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > MaximumPassphrase)
            return Error {tr("%1: the first line of '%2' is longer than %3 bytes; a passphrase "
                             "file holds the passphrase on its first line.")
                              .arg(option, file.fileName())
                              .arg(MaximumPassphrase)};
        if (line.isEmpty())
            return Error {tr("%1: the first line of '%2' is empty; it must hold the passphrase.")
                              .arg(option, file.fileName())};
        return line;
    }
    if (!isInteractive())
        return Error {tr("A passphrase is needed and there is no terminal to ask on: give it "
                         "with %1 (its first line), never as an argument.")
                          .arg(option)};
    auto first = readLine(prompt, false);
    if (!first)
        return first.error();
    if (first->isEmpty())
        return Error {tr("The passphrase is empty.")};
    if (confirm) {
        auto second = readLine(tr("Repeat the passphrase: "), false);
        if (!second)
            return second.error();
        if (*second != *first)
            return Error {tr("The two passphrases differ; nothing was written.")};
    }
    return first;
}

Result<bool> Terminal::confirm(const QString &question)
{
    auto answer = readLine(question, true);
    if (!answer)
        return answer.error();
    const QString text = QString::fromUtf8(*answer).trimmed().toLower();
    //: The answers that mean "yes" to a question on the terminal, separated by "|".
    const QStringList yes = tr("y|yes").split(QLatin1Char('|'));
    return text == QLatin1String("y") || text == QLatin1String("yes") || yes.contains(text);
}

Result<void> Terminal::show(const QString &text)
{
    TerminalFile terminal;
    if (terminal.fd < 0 || !writeAll(terminal.fd, text.toUtf8()))
        return Error {tr("There is no terminal to show the preview on.")};
    return {};
}

Result<QByteArray> Terminal::confirmPreview(const QString &command, const QString &preview,
                                            const QString &question, bool confirmedAlready)
{
    if (confirmedAlready)
        return QByteArray(preview.toUtf8() + '\n');
    if (auto shown = show(preview + QLatin1Char('\n')); !shown)
        return shown.error();
    auto answer = confirm(question);
    if (!answer)
        return answer.error();
    if (!*answer)
        return Error {tr("%1: not confirmed; nothing was written.").arg(command)};
    return QByteArray();
}

} // namespace clearroom::cli
