// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace clearroom::test {

// QProcess passes arguments as QString, which cannot carry bytes that are not UTF-8;
// tests need exactly those names, so this spawns the process itself.
namespace {

StreamedProcessResult run(const QByteArray &program, const QByteArrayList &arguments,
                          const QByteArrayList &environment, const QByteArray &workingDirectory,
                          const std::function<void(const char *, qsizetype)> &output,
                          StandardOutputEnd end)
{
    StreamedProcessResult streamed;
    ProcessResult &result = streamed.result;
    int outPipe[2];
    int errPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0)
        return streamed;
    if (end == StandardOutputEnd::ClosedPipe) {
        ::close(outPipe[0]);
        outPipe[0] = -1;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    if (end == StandardOutputEnd::Closed)
        posix_spawn_file_actions_addclose(&actions, 1);
    else
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1);
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2);
    if (!workingDirectory.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, workingDirectory.constData());

    std::vector<char *> argv;
    QByteArrayList storage = arguments;
    QByteArray programCopy = program;
    argv.push_back(programCopy.data());
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QByteArrayList environmentStorage = environment;
    // A sanitized build's options go wherever the network guard goes (CLEARROOM_SANITIZE:
    // the guard is preloaded before the sanitizer's runtime, which its options allow).
    for (const char *name : {"ASAN_OPTIONS", "UBSAN_OPTIONS"}) {
        if (!environment.isEmpty() && qEnvironmentVariableIsSet(name))
            environmentStorage += QByteArray(name) + '=' + qgetenv(name);
    }
    std::vector<char *> envp;
    for (QByteArray &entry : environmentStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, program.constData(), &actions, nullptr, argv.data(),
                                     environment.isEmpty() ? environ : envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    if (end != StandardOutputEnd::Read && outPipe[0] >= 0) {
        ::close(outPipe[0]);
        outPipe[0] = -1;
    }
    if (spawned != 0) {
        if (outPipe[0] >= 0)
            ::close(outPipe[0]);
        ::close(errPipe[0]);
        result.standardError = "cannot start " + program + ": " + strerror(spawned);
        return streamed;
    }

    pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
    int open = outPipe[0] >= 0 ? 2 : 1;
    char buffer[65536];
    while (open > 0) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0 && i == 0) {
                streamed.outputBytes += n;
                output(buffer, n);
            } else if (n > 0) {
                result.standardError.append(buffer, n);
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    rusage usage {};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) { }
    streamed.peakMemoryKb = usage.ru_maxrss;
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else
        result.crashed = true;
    return streamed;
}

} // namespace

ProcessResult runProcess(const QByteArray &program, const QByteArrayList &arguments,
                         const QByteArrayList &environment, const QByteArray &workingDirectory)
{
    QByteArray standardOutput;
    ProcessResult result = run(
                               program, arguments, environment, workingDirectory,
                               [&standardOutput](const char *data, qsizetype size) {
                                   standardOutput.append(data, size);
                               },
                               StandardOutputEnd::Read)
                               .result;
    result.standardOutput = std::move(standardOutput);
    return result;
}

StreamedProcessResult runProcessStreaming(
    const QByteArray &program, const QByteArrayList &arguments, const QByteArrayList &environment,
    const std::function<void(const char *data, qsizetype size)> &output, StandardOutputEnd end)
{
    return run(program, arguments, environment, {}, output, end);
}

ProcessResult fastImport(const QString &repository, const QByteArray &stream)
{
    const QString streamFile = repository + QStringLiteral(".fast-import");
    QFile file(streamFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(stream) != stream.size()) {
        ProcessResult failed;
        failed.standardError = "cannot write " + QFile::encodeName(streamFile);
        return failed;
    }
    file.close();
    ProcessResult result
        = runProcess("sh",
                     {"-c", "git -C \"$0\" fast-import --quiet < \"$1\"",
                      QFile::encodeName(repository), QFile::encodeName(streamFile)},
                     referenceGitEnvironment());
    QFile::remove(streamFile);
    return result;
}

QByteArrayList referenceGitEnvironment(const QByteArrayList &extra)
{
    QByteArrayList environment
        = {"HOME=/nonexistent", "GIT_CONFIG_NOSYSTEM=1",  "GIT_CONFIG_GLOBAL=/dev/null", "TZ=UTC",
           "LC_ALL=C",          "PATH=" + qgetenv("PATH")};
    // The network guard stays on for git too.
    if (qEnvironmentVariableIsSet("LD_PRELOAD")) {
        environment += "LD_PRELOAD=" + qgetenv("LD_PRELOAD");
        environment += "CLEARROOM_NETGUARD_LOG=" + qgetenv("CLEARROOM_NETGUARD_LOG");
    }
    environment += extra;
    return environment;
}

ProcessResult referenceGit(const QString &repository, const QByteArrayList &arguments)
{
    QByteArrayList full = {"--no-replace-objects", "-C", QFile::encodeName(repository)};
    full += arguments;
    return runProcess("git", full, referenceGitEnvironment());
}

QByteArrayList referenceGitLines(const QString &repository, const QByteArrayList &arguments)
{
    QByteArrayList lines = referenceGit(repository, arguments).standardOutput.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray clearroomCliPath()
{
    return qgetenv("CLEARROOM_CLI");
}

ProcessResult clearroomCli(const QByteArrayList &arguments, const QByteArrayList &environment)
{
    return runProcess(clearroomCliPath(), arguments, environment);
}

} // namespace clearroom::test
