// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "commitinfo.h"
#include "filecontent.h"
#include "reference.h"
#include "treeentry.h"

#include <QObject>
#include <QThread>

namespace clearroom::ui {

class RepositoryWorker;

/// The GUI's access to one repository: requests go to a worker thread with its own
/// repository handle, answers come back as signals on the GUI thread. Opening another
/// repository starts a new generation; answers of the old one are dropped, as are
/// answers for a file that is no longer the one last asked for.
class RepositorySession : public QObject
{
    Q_OBJECT

public:
    explicit RepositorySession(QObject *parent = nullptr);
    ~RepositorySession() override;

    void open(const QString &path);
    void resolve(const QByteArray &revision);
    void loadTree(const git::ObjectId &tree);
    void loadFile(const QByteArray &path, const git::ObjectId &id, quint32 mode);
    /// Reads a commit; only the answer to the last request is delivered.
    void loadCommit(const git::ObjectId &commit);

    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    /// Whether the open repository's objects were all verified once against their ids
    /// (`clearroom-cli repo cache build`) and are read without hashing each again.
    bool objectsVerified() const { return m_objectsVerified; }

Q_SIGNALS:
    /// `notices`: what is unusual about the repository (alternates, grafts, ...).
    void opened(const QString &path, const clearroom::git::References &references,
                const QByteArray &headTarget, const QStringList &notices);
    void openFailed(const QString &path, const QString &message);
    void resolved(const QByteArray &revision, const clearroom::git::ObjectId &commit,
                  const clearroom::git::ObjectId &tree);
    void resolveFailed(const QByteArray &revision, const QString &message);
    void treeLoaded(const clearroom::git::ObjectId &tree,
                    const clearroom::git::TreeEntries &entries);
    void treeFailed(const clearroom::git::ObjectId &tree, const QString &message);
    void fileLoaded(const clearroom::ui::FileContent &file);
    void fileFailed(const QByteArray &path, const QString &message);
    void commitLoaded(const clearroom::git::CommitInfo &commit);
    void commitFailed(const clearroom::git::ObjectId &commit, const QString &message);

private:
    /// Runs `work(worker)` on the worker thread, then `deliver(result)` on the GUI
    /// thread unless the session has moved on to another repository meanwhile.
    template<typename Work, typename Deliver>
    void post(Work work, Deliver deliver);

    QThread m_thread;
    RepositoryWorker *m_worker = nullptr;
    quint64 m_generation = 0;
    quint64 m_fileRequest = 0;
    quint64 m_commitRequest = 0;
    QString m_path;
    bool m_open = false;
    bool m_objectsVerified = false;
};

} // namespace clearroom::ui
