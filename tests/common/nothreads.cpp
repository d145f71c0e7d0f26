// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "nothreads.h"

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include <cerrno>
#include <cstddef>
#include <cstring>

namespace clearroom::test {

bool forbidNewThreads(QString *error)
{
#if defined(__x86_64__) || defined(__aarch64__)
#if defined(__x86_64__)
    constexpr quint32 Architecture = AUDIT_ARCH_X86_64;
#else
    constexpr quint32 Architecture = AUDIT_ARCH_AARCH64;
#endif
#ifndef __NR_clone3
    constexpr int clone3Number = 435; // the same on every architecture
#else
    constexpr int clone3Number = __NR_clone3;
#endif
    sock_filter program[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, Architecture, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_clone, 2, 0),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, clone3Number, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EAGAIN & SECCOMP_RET_DATA)),
    };
    const sock_fprog filter {static_cast<unsigned short>(sizeof program / sizeof program[0]),
                             program};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
        || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &filter) != 0) {
        *error = QStringLiteral("forbidNewThreads: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#else
    *error = QStringLiteral("forbidNewThreads: no seccomp filter for this architecture");
    return false;
#endif
}

} // namespace clearroom::test
