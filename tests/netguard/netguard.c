// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The network guard: preloaded into every test process (LD_PRELOAD), it refuses
// every AF_INET and AF_INET6 socket with EACCES and appends one line naming the
// process to the file in CLEARROOM_NETGUARD_LOG. Local sockets (AF_UNIX: X11,
// D-Bus) pass. The suite fails when the log is not empty at its end.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void record(int domain)
{
    const char *log = getenv("CLEARROOM_NETGUARD_LOG");
    if (!log || !*log)
        return;
    char program[512] = "?";
    const ssize_t n = readlink("/proc/self/exe", program, sizeof program - 1);
    if (n > 0)
        program[n] = '\0';
    char line[1024];
    const int length
        = snprintf(line, sizeof line, "pid %ld (%s) tried socket(%s)\n", (long)getpid(), program,
                   domain == AF_INET ? "AF_INET" : "AF_INET6");
    const int fd = open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd >= 0) {
        if (write(fd, line, (size_t)length) < 0) {
            // Nothing more can be done; the refusal itself still stands.
        }
        close(fd);
    }
}

int socket(int domain, int type, int protocol)
{
    if (domain == AF_INET || domain == AF_INET6) {
        record(domain);
        errno = EACCES;
        return -1;
    }
    typedef int (*socket_fn)(int, int, int);
    static socket_fn real_socket;
    if (!real_socket)
        real_socket = (socket_fn)dlsym(RTLD_NEXT, "socket");
    if (!real_socket) {
        errno = ENOSYS;
        return -1;
    }
    return real_socket(domain, type, protocol);
}
