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

/// True in a build with AddressSanitizer (CLEARROOM_SANITIZE), whose shadow memory,
/// redzones and quarantine make resident sizes say nothing of the code's own use: tests
/// that hold code to a memory bound skip there (every other build runs them).
constexpr bool addressSanitized()
{
#if defined(__SANITIZE_ADDRESS__)
    return true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return true;
#else
    return false;
#endif
#else
    return false;
#endif
}

/// Why such a test skips.
constexpr const char *sanitizedSkipReason
    = "resident memory means nothing under AddressSanitizer (CLEARROOM_SANITIZE)";

} // namespace residentmemory

} // namespace clearroom::test
