// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QObject>

namespace clearroom::ui {

/// Runs `work(*worker)` on the worker's thread, then `deliver(result)` on the owner's
/// thread, unless the owner moved on meanwhile (`*generation` changed: another repository
/// or workspace was opened) or is gone. The sessions' one way of asking their worker.
template<typename Worker, typename Work, typename Deliver>
void postToWorker(QObject *owner, Worker *worker, const quint64 *generation, Work work,
                  Deliver deliver)
{
    const quint64 asked = *generation;
    QMetaObject::invokeMethod(
        worker,
        [owner, worker, generation, asked, work, deliver] {
            auto result = work(*worker);
            QMetaObject::invokeMethod(
                owner,
                [generation, asked, deliver, result] {
                    if (*generation == asked)
                        deliver(result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace clearroom::ui
