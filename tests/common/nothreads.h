// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>

namespace clearroom::test {

/// From now on, every attempt of this process to start a thread (or a process) fails as
/// at the process's thread limit: the kernel answers clone() and clone3() with EAGAIN
/// (a seccomp filter, which cannot be lifted). Only for a process of its own that a test
/// started for this. False, with `error` set, where the filter cannot be installed.
bool forbidNewThreads(QString *error);

} // namespace clearroom::test
