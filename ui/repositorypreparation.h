// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace clearroom::ui {

/// Verifies every object of a repository once and builds Clearroom's commit-graph cache
/// of it, as `clearroom-cli repo cache build` does: on a thread of its own with a
/// repository handle of its own, never writing into the repository. Afterwards the
/// repository, opened again, is read without hashing each object and its history from
/// the cache.
class RepositoryPreparation : public QObject
{
    Q_OBJECT

public:
    explicit RepositoryPreparation(QObject *parent = nullptr);
    /// Cancels a run and waits for its thread.
    ~RepositoryPreparation() override;

    /// Starts a run (unless one runs).
    void start(const QString &repositoryPath);
    /// Asks the run to stop; failed() follows, saying it was cancelled.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    /// What is being verified now (a pack, its objects hashed so far).
    void progress(const QString &line);
    /// Done: what was verified and built, for the auditor.
    void finished(const QString &repositoryPath, const QString &summary);
    /// A damaged object (named, with its pack), a cache that cannot be written, or the
    /// run was cancelled: nothing of it is used.
    void failed(const QString &repositoryPath, const QString &message);

private:
    std::unique_ptr<QThread> m_thread;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace clearroom::ui
