// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

namespace clearroom::test {

/// The process's memory as Linux reports it in /proc/self/status, for tests and
/// benchmarks that hold code to a memory bound.
namespace residentmemory {

/// A field of /proc/self/status in kilobytes ("VmRSS:", "VmHWM:"), or -1.
long statusKilobytes(const char *field);
/// The resident size now, in bytes.
long long current();
/// The peak resident size since the process started or the last resetPeak(), in bytes.
long long peak();
/// Starts the peak again from the current resident size (Linux 4.0 and later).
bool resetPeak();

} // namespace residentmemory

} // namespace clearroom::test
