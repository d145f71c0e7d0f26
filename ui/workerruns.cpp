// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workerruns.h"

#include <QCoreApplication>

namespace clearroom::ui {

QString noThreadForRun()
{
    return QCoreApplication::translate(
        "WorkerRuns",
        "No thread could be started for this work: the system is at its limit of threads or "
        "memory. Close other work (windows, searches, programs) and try again.");
}

} // namespace clearroom::ui
