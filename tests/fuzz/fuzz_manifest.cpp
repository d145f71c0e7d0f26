// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Fuzz target: manifest.json as a party under audit may write it, read by
// Manifest::parse. Besides not crashing, hanging or leaking: a manifest that is accepted
// is written back by toBytes() in a form that is accepted again and written the same.
#include "fuzzapplication.h"
#include "manifest.h"

using namespace clearroom;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    auto manifest = package::Manifest::parse(bytes);
    if (!manifest)
        return 0;
    const QByteArray written = manifest->toBytes();
    auto again = package::Manifest::parse(written);
    if (!again)
        fuzz::fail("an accepted manifest, written again, is refused", again.errorMessage());
    if (again->toBytes() != written)
        fuzz::fail("an accepted manifest is written differently the second time",
                   QString::fromUtf8(written));
    return 0;
}
