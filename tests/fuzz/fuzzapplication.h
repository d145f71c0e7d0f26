// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// What every fuzz target shares, whether libFuzzer drives it or replaymain.cpp replays
// its corpus: the QCoreApplication, made once in LLVMFuzzerInitialize().
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size);

namespace clearroom::fuzz {

/// The input as bytes, without a copy (reads past its end are the sanitizer's to see).
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
}

/// Reports a broken invariant and aborts, which libFuzzer records as a crash.
[[noreturn]] void fail(const char *what, const QString &detail);

} // namespace clearroom::fuzz
