// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "repositorysession.h"

#include "workerpost.h"

#include "repositoryidentity.h"
#include "repositoryworker.h"

#include <QCoreApplication>

namespace clearroom::ui {

RepositorySession::RepositorySession(QObject *parent)
    : QObject(parent)
    , m_worker(new RepositoryWorker)
{
    // For queued connections and QSignalSpy, which look types up by name.
    qRegisterMetaType<git::ObjectId>("clearroom::git::ObjectId");
    qRegisterMetaType<git::References>("clearroom::git::References");
    qRegisterMetaType<git::TreeEntries>("clearroom::git::TreeEntries");
    qRegisterMetaType<FileContent>("clearroom::ui::FileContent");
    qRegisterMetaType<git::CommitInfo>("clearroom::git::CommitInfo");
    m_thread.setObjectName(QStringLiteral("repository"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

RepositorySession::~RepositorySession()
{
    // Requests are short (one tree, one file); the wait ends with the current one.
    m_thread.quit();
    m_thread.wait();
}

template<typename Work, typename Deliver>
void RepositorySession::post(Work work, Deliver deliver)
{
    postToWorker(this, m_worker, &m_generation, std::move(work), std::move(deliver));
}

void RepositorySession::open(const QString &path)
{
    ++m_generation;
    m_open = false;
    m_path = path;
    struct Opened
    {
        Result<void> status;
        git::References references;
        QByteArray headTarget;
        QStringList notices;
        bool objectsVerified = false;
    };
    post(
        [path](RepositoryWorker &worker) {
            Opened opened {worker.open(path), {}, {}, {}, false};
            if (opened.status) {
                opened.objectsVerified = worker.repository()->objectsVerified();
                auto references = worker.repository()->references();
                if (references)
                    opened.references = *references;
                else
                    opened.status = references.error();
                opened.headTarget = worker.repository()->headTarget();
                if (auto identity = git::RepositoryInspector::inspect(*worker.repository())) {
                    for (const git::RepositoryNotice &notice : std::as_const(identity->notices))
                        opened.notices.append(notice.message);
                } else {
                    opened.notices.append(identity.errorMessage());
                }
            }
            return opened;
        },
        [this, path](const Opened &opened) {
            if (!opened.status) {
                Q_EMIT openFailed(path, opened.status.errorMessage());
                return;
            }
            m_open = true;
            m_objectsVerified = opened.objectsVerified;
            Q_EMIT this->opened(path, opened.references, opened.headTarget, opened.notices);
        });
}

void RepositorySession::resolve(const QByteArray &revision)
{
    struct Resolved
    {
        Result<git::ObjectId> commit;
        Result<git::ObjectId> tree;
    };
    post(
        [revision](RepositoryWorker &worker) -> Resolved {
            const git::Repository *repository = worker.repository();
            if (!repository)
                return {Error {tr("No repository is open.")}, git::ObjectId()};
            auto commit = repository->resolveCommit(revision);
            if (!commit)
                return {commit, git::ObjectId()};
            return {commit, repository->resolveTree(commit->toHex())};
        },
        [this, revision](const Resolved &resolved) {
            if (!resolved.commit)
                Q_EMIT resolveFailed(revision, resolved.commit.errorMessage());
            else if (!resolved.tree)
                Q_EMIT resolveFailed(revision, resolved.tree.errorMessage());
            else
                Q_EMIT this->resolved(revision, *resolved.commit, *resolved.tree);
        });
}

void RepositorySession::loadTree(const git::ObjectId &tree)
{
    post(
        [tree](RepositoryWorker &worker) -> Result<git::TreeEntries> {
            if (!worker.repository())
                return Error {tr("No repository is open.")};
            return worker.repository()->treeEntries(tree);
        },
        [this, tree](const Result<git::TreeEntries> &entries) {
            if (entries)
                Q_EMIT treeLoaded(tree, *entries);
            else
                Q_EMIT treeFailed(tree, entries.errorMessage());
        });
}

void RepositorySession::loadFile(const QByteArray &path, const git::ObjectId &id, quint32 mode)
{
    const quint64 request = ++m_fileRequest;
    post(
        [path, id, mode](RepositoryWorker &worker) -> Result<FileContent> {
            if (!worker.repository())
                return Error {tr("No repository is open.")};
            return worker.readFile(path, id, mode);
        },
        [this, path, request](const Result<FileContent> &file) {
            if (request != m_fileRequest)
                return; // the user has moved on to another file
            if (file)
                Q_EMIT fileLoaded(*file);
            else
                Q_EMIT fileFailed(path, file.errorMessage());
        });
}

void RepositorySession::loadCommit(const git::ObjectId &commit)
{
    const quint64 request = ++m_commitRequest;
    post(
        [commit](RepositoryWorker &worker) -> Result<git::CommitInfo> {
            if (!worker.repository())
                return Error {tr("No repository is open.")};
            return worker.repository()->commit(commit);
        },
        [this, commit, request](const Result<git::CommitInfo> &loaded) {
            if (request != m_commitRequest)
                return; // another commit was asked for meanwhile
            if (loaded)
                Q_EMIT commitLoaded(*loaded);
            else
                Q_EMIT commitFailed(commit, loaded.errorMessage());
        });
}

} // namespace clearroom::ui
