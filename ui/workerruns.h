// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace clearroom::ui {

/// Why a run did not start where the process could start no thread for it.
QString noThreadForRun();

/// The long operations of a panel (a search, a history walk), each on a thread of its
/// own with its own repository handles. One run is current: starting another cancels it,
/// and the reports of a run that is no longer current are dropped, so a slow old answer
/// never overwrites a new one. The destructor cancels the current run and waits for
/// every thread (each stops at its next cancel check). Where no thread can be started (the
/// process at its thread or memory limit), the owner's `failed` is told why, on its thread
/// once start() has returned, as a run's last report would come: the run has ended by then
/// and nothing of it ran.
template<typename Owner>
class WorkerRuns
{
public:
    /// Code a worker sends to run on the owner's thread, with the owner.
    using Report = std::function<void(Owner *)>;
    using Post = std::function<void(Report)>;
    /// The work of a run: it checks `cancel` often and sends what it finds with `post`.
    using Work = std::function<void(const std::atomic<bool> &cancel, const Post &post)>;

    WorkerRuns(Owner *owner, void (Owner::*failed)(const QString &reason))
        : m_owner(owner)
        , m_failed(failed)
    {
    }
    WorkerRuns(const WorkerRuns &) = delete;
    WorkerRuns &operator=(const WorkerRuns &) = delete;

    ~WorkerRuns()
    {
        cancel();
        for (QThread *thread : std::as_const(m_threads))
            thread->wait();
    }

    /// Cancels the current run and starts `work` as the new one.
    void start(Work work)
    {
        cancel();
        auto flag = std::make_shared<std::atomic<bool>>(false);
        m_current = flag;
        Owner *owner = m_owner;
        Post post = [this, owner, flag](Report report) {
            QMetaObject::invokeMethod(
                owner,
                [this, owner, flag, report] {
                    if (m_current == flag)
                        report(owner);
                },
                Qt::QueuedConnection);
        };
        QThread *thread = QThread::create([work, flag, post] { work(*flag, post); });
        m_threads.append(thread);
        QObject::connect(thread, &QThread::finished, owner, [this, thread] {
            m_threads.removeOne(thread);
            thread->deleteLater();
        });
        thread->start();
        // QThread::start() only warns where it cannot make the thread.
        if (!thread->isRunning() && !thread->isFinished()) {
            m_threads.removeOne(thread);
            delete thread;
            QMetaObject::invokeMethod(
                owner,
                [this, owner, flag] {
                    if (m_current != flag)
                        return;
                    m_current.reset();
                    (owner->*m_failed)(noThreadForRun());
                },
                Qt::QueuedConnection);
        }
    }

    /// Asks the current run to stop and drops whatever it still reports.
    void cancel()
    {
        if (m_current)
            *m_current = true;
        m_current.reset();
    }
    /// The current run has reported its end: it is no longer running.
    void finish() { m_current.reset(); }
    bool isRunning() const { return m_current != nullptr; }

private:
    Owner *m_owner;
    void (Owner::*m_failed)(const QString &);
    std::shared_ptr<std::atomic<bool>> m_current;
    QList<QThread *> m_threads;
};

} // namespace clearroom::ui
