// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "repositorypreparation.h"

#include "commitgraphcache.h"
#include "repository.h"
#include "verifiedobjects.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>

namespace clearroom::ui {

RepositoryPreparation::RepositoryPreparation(QObject *parent)
    : QObject(parent)
{
}

RepositoryPreparation::~RepositoryPreparation()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool RepositoryPreparation::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void RepositoryPreparation::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void RepositoryPreparation::start(const QString &repositoryPath)
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    // The signals are queued to the receivers' (GUI) thread.
    m_thread.reset(QThread::create([this, cancel, repositoryPath] {
        const auto fail = [&](const QString &message) {
            Q_EMIT failed(repositoryPath,
                          cancel->load() ? tr("Verifying the objects of '%1' was cancelled; "
                                              "nothing was recorded.")
                                               .arg(repositoryPath)
                                         : message);
        };
        auto repository = git::Repository::open(repositoryPath);
        if (!repository)
            return fail(repository.errorMessage());
        QElapsedTimer timer;
        timer.start();
        // The objects first: a damaged one fails the run before anything is recorded.
        auto verified = git::VerifiedObjects::build(
            *repository, [this](const QString &line) { Q_EMIT progress(line); }, cancel.get());
        if (!verified)
            return fail(verified.errorMessage());
        Q_EMIT progress(tr("Building the commit-graph cache…"));
        git::CommitGraphCache::BuildStatistics statistics;
        auto built = git::CommitGraphCache::build(*repository, cancel.get(), &statistics);
        if (!built)
            return fail(built.errorMessage());
        QString summary
            = tr("Every object of '%1' was verified once against its id in %2 s (packs: %3, "
                 "objects in them: %4, loose objects: %5), and the commit-graph cache holds %6 "
                 "commits.")
                  .arg(repositoryPath)
                  .arg(QLocale().toString(double(timer.elapsed()) / 1000, 'f', 1))
                  .arg(verified->packs)
                  .arg(verified->packedObjects)
                  .arg(verified->looseObjects)
                  .arg(statistics.commits);
        const git::VerifiedObjects::Status status = git::VerifiedObjects::status(*repository);
        summary += QLatin1Char(' ');
        summary += status.notApplicable.isEmpty()
            ? tr("Its objects are read without hashing each again while no object file "
                 "changes.")
            : tr("Its objects are still hashed as they are read: %1.").arg(status.notApplicable);
        Q_EMIT finished(repositoryPath, summary);
    }));
    m_thread->start();
    // At the process's thread or memory limit QThread::start() only warns: said here, later
    // (as a worker's signals come), rather than a preparation that never ends.
    if (!m_thread->isRunning() && !m_thread->isFinished()) {
        QMetaObject::invokeMethod(
            this,
            [this, repositoryPath] {
                Q_EMIT failed(repositoryPath,
                              tr("No thread could be started to verify the objects of '%1'.")
                                  .arg(repositoryPath));
            },
            Qt::QueuedConnection);
    }
}

} // namespace clearroom::ui
