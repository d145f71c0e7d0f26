// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "terminalprocess.h"

#include <QElapsedTimer>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace clearroom::test {

namespace {

void drain(int fd, QByteArray &into, bool &open)
{
    char buffer[4096];
    const ssize_t got = ::read(fd, buffer, sizeof buffer);
    if (got > 0)
        into.append(buffer, int(got));
    else if (got == 0 || (errno != EINTR && errno != EAGAIN))
        open = false;
}

} // namespace

TerminalResult runOnTerminal(const QByteArray &program, const QByteArrayList &arguments,
                             const QVector<std::pair<QByteArray, QByteArray>> &answers,
                             const QByteArray &workingDirectory)
{
    TerminalResult result;
    int outPipe[2];
    int errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0)
        return result;
    QByteArrayList storage = arguments;
    QByteArray programCopy = program;
    std::vector<char *> argv {programCopy.data()};
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return result;
    if (pid == 0) {
        // The child: the pty is stdin and the controlling terminal; output goes to pipes.
        ::dup2(outPipe[1], 1);
        ::dup2(errPipe[1], 2);
        if (!workingDirectory.isEmpty() && ::chdir(workingDirectory.constData()) != 0)
            ::_exit(126);
        ::execvp(programCopy.constData(), argv.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    bool outOpen = true, errOpen = true, terminalOpen = true;
    int next = 0;
    qsizetype seen = 0; // the terminal output already matched against earlier prompts
    QElapsedTimer timer;
    timer.start();
    while ((outOpen || errOpen) && timer.elapsed() < 60000) {
        pollfd fds[3] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}, {master, POLLIN, 0}};
        const int ready = ::poll(fds, terminalOpen ? 3 : 2, 200);
        if (ready < 0 && errno != EINTR)
            break;
        if (fds[0].revents)
            drain(outPipe[0], result.standardOutput, outOpen);
        if (fds[1].revents)
            drain(errPipe[0], result.standardError, errOpen);
        if (terminalOpen && fds[2].revents)
            drain(master, result.terminal, terminalOpen);
        if (next < answers.size()) {
            const qsizetype at = result.terminal.indexOf(answers.at(next).first, seen);
            if (at >= 0) {
                const QByteArray line = answers.at(next).second + '\n';
                if (::write(master, line.constData(), size_t(line.size())) != line.size())
                    break;
                seen = at + answers.at(next).first.size();
                ++next;
            }
        }
    }
    int status = 0;
    if (outOpen || errOpen)
        ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    ::close(master);
    result.crashed = WIFSIGNALED(status);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

} // namespace clearroom::test
