// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fuzzapplication.h"

#include <QCoreApplication>
#include <QString>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int * /*argc*/, char *** /*argv*/)
{
    // QCoreApplication keeps a reference to its arguments: give it ones that live as long
    // as it does. It is never destroyed; the sanitizers see it as reachable.
    static int argc = 1;
    static char name[] = "clearroom-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);
    return 0;
}

namespace clearroom::fuzz {

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace clearroom::fuzz
