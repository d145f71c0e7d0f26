// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacesession.h"

#include "workerpost.h"

#include "coveragestore.h"
#include "findingstore.h"
#include "locationreader.h"
#include "workspaceworker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>

namespace clearroom::ui {

namespace {

Result<WorkspaceSession::State> stateOf(review::Workspace &workspace)
{
    auto repositories = workspace.repositories();
    if (!repositories)
        return repositories.error();
    return WorkspaceSession::State {workspace.fileName(), workspace.review(), *repositories};
}

} // namespace

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_worker(new WorkspaceWorker)
{
    qRegisterMetaType<State>("clearroom::ui::WorkspaceSession::State");
    qRegisterMetaType<Coverage>("clearroom::ui::WorkspaceSession::Coverage");
    qRegisterMetaType<QVector<review::Finding>>("QVector<clearroom::review::Finding>");
    qRegisterMetaType<QVector<review::Comment>>("QVector<clearroom::review::Comment>");
    qRegisterMetaType<QVector<review::AuditEntry>>("QVector<clearroom::review::AuditEntry>");
    qRegisterMetaType<QVector<review::FindingLocation>>(
        "QVector<clearroom::review::FindingLocation>");
    qRegisterMetaType<QVector<review::MovedFinding>>("QVector<clearroom::review::MovedFinding>");
    m_thread.setObjectName(QStringLiteral("workspace"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &WorkspaceWorker::changedElsewhere, this, [this] {
        if (m_open)
            Q_EMIT changedElsewhere();
    });
    m_thread.start();
}

WorkspaceSession::~WorkspaceSession()
{
    // Each request is one transaction or one read: the wait ends with the current one.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setWorkspace(nullptr); });
    m_thread.quit();
    m_thread.wait();
}

template<typename Work, typename Deliver>
void WorkspaceSession::post(Work work, Deliver deliver)
{
    postToWorker(this, m_worker, &m_generation, std::move(work), std::move(deliver));
}

void WorkspaceSession::finishOpen(const Result<State> &state)
{
    if (!state) {
        m_open = false;
        Q_EMIT openFailed(state.errorMessage());
        return;
    }
    m_open = true;
    m_state = *state;
    Q_EMIT opened(m_state);
    reloadFindings();
}

void WorkspaceSession::create(const QString &fileName, const QString &reviewName,
                              const QString &reviewer, const QString &repositoryPath,
                              const git::ObjectId &commit)
{
    ++m_generation;
    post(
        [=](WorkspaceWorker &worker) -> Result<State> {
            worker.setWorkspace(nullptr);
            auto repository = worker.repository(repositoryPath);
            if (!repository)
                return repository.error();
            auto reviewed = review::Workspace::prepareRepository(**repository, repositoryPath, {},
                                                                 commit.toHex());
            if (!reviewed)
                return reviewed.error();
            if (auto outside = review::Workspace::checkOutsideRepository(fileName, repositoryPath);
                !outside)
                return outside.error();
            auto workspace = review::Workspace::create(fileName, reviewName, reviewer);
            if (!workspace)
                return workspace.error();
            if (auto added = (*workspace)->addRepository(*reviewed); !added) {
                // A workspace without its repository is half made: it goes.
                workspace->reset();
                review::Workspace::discard(fileName);
                return added.error();
            }
            auto state = stateOf(**workspace);
            worker.setWorkspace(std::move(workspace).value());
            return state;
        },
        [this](const Result<State> &state) { finishOpen(state); });
}

void WorkspaceSession::open(const QString &fileName)
{
    ++m_generation;
    post(
        [fileName](WorkspaceWorker &worker) -> Result<State> {
            worker.setWorkspace(nullptr);
            auto workspace = review::Workspace::open(fileName);
            if (!workspace)
                return workspace.error();
            auto state = stateOf(**workspace);
            if (state)
                worker.setWorkspace(std::move(workspace).value());
            return state;
        },
        [this](const Result<State> &state) { finishOpen(state); });
}

void WorkspaceSession::close()
{
    ++m_generation;
    m_open = false;
    m_state = {};
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->setWorkspace(nullptr); });
    Q_EMIT closed();
}

const review::ReviewRepository *WorkspaceSession::repositoryAt(const QString &path) const
{
    const QString wanted = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    for (const review::ReviewRepository &repository : m_state.repositories) {
        if (repository.path == wanted)
            return &repository;
    }
    return nullptr;
}

void WorkspaceSession::reloadFindings()
{
    using Loaded
        = std::pair<QVector<review::Finding>, std::shared_ptr<const review::FindingTextIndex>>;
    post(
        [](WorkspaceWorker &worker) -> Result<Loaded> {
            if (!worker.workspace())
                return Loaded {{}, std::make_shared<const review::FindingTextIndex>()};
            auto findings = worker.workspace()->findings().all();
            if (!findings)
                return findings.error();
            auto index = std::make_shared<const review::FindingTextIndex>(*findings);
            return Loaded {std::move(*findings), std::move(index)};
        },
        [this](const Result<Loaded> &loaded) {
            if (loaded)
                Q_EMIT findingsLoaded(loaded->first, loaded->second);
            else
                Q_EMIT actionFailed(loaded.errorMessage());
        });
}

namespace {

// Lines as a finding's location, read from the repository on the worker.
Result<review::FindingLocation> readLocation(WorkspaceWorker &worker,
                                             const WorkspaceSession::Lines &lines)
{
    auto repository = worker.reviewedRepository(lines.repository);
    if (!repository)
        return repository.error();
    return review::LocationReader(**repository)
        .read(lines.commit, lines.path, lines.startLine, lines.endLine);
}

} // namespace

void WorkspaceSession::addFinding(const Draft &draft)
{
    post(
        [draft](WorkspaceWorker &worker) -> Result<QString> {
            auto location = readLocation(worker, draft);
            if (!location)
                return location.error();
            review::Finding finding;
            finding.repository = draft.repository;
            finding.commit = draft.commit.toHex();
            finding.locations = {*location};
            finding.title = draft.fields.title.value_or(QString());
            finding.severity = draft.fields.severity.value_or(review::Severity::Medium);
            finding.status = draft.fields.status.value_or(review::FindingStatus::Open);
            finding.cwe = draft.fields.cwe.value_or(0);
            finding.description = draft.fields.description.value_or(QString());
            finding.recommendation = draft.fields.recommendation.value_or(QString());
            return worker.workspace()->findings().add(finding);
        },
        [this](const Result<QString> &id) {
            if (!id) {
                Q_EMIT actionFailed(id.errorMessage());
                return;
            }
            Q_EMIT findingSaved(*id);
            reloadFindings();
        });
}

void WorkspaceSession::updateFinding(const QString &id, const review::FindingChanges &changes)
{
    post(
        [id, changes](WorkspaceWorker &worker) -> Result<bool> {
            return worker.workspace()->findings().update(id, changes);
        },
        [this, id](const Result<bool> &changed) {
            if (!changed) {
                Q_EMIT actionFailed(changed.errorMessage());
                return;
            }
            // The reloaded list brings the finding's new details with it.
            Q_EMIT findingSaved(id);
            reloadFindings();
        });
}

void WorkspaceSession::addLocation(const QString &findingId, const Lines &lines)
{
    post(
        [findingId, lines](WorkspaceWorker &worker) -> Result<void> {
            auto finding = worker.workspace()->findings().get(findingId);
            if (!finding)
                return finding.error();
            if (finding->repository != lines.repository || finding->commit != lines.commit.toHex())
                return Error {
                    tr("The finding is about commit %1 of '%2': show that commit to "
                       "add lines to it.")
                        .arg(QString::fromLatin1(finding->commit.left(12)), finding->repository)};
            auto location = readLocation(worker, lines);
            if (!location)
                return location.error();
            return worker.workspace()->findings().addLocations(findingId, {*location});
        },
        [this, findingId](const Result<void> &added) {
            if (!added) {
                Q_EMIT actionFailed(added.errorMessage());
                return;
            }
            Q_EMIT findingSaved(findingId);
            reloadFindings();
        });
}

void WorkspaceSession::addComment(const QString &findingId, const QString &body)
{
    post(
        [findingId, body](WorkspaceWorker &worker) -> Result<QString> {
            return worker.workspace()->findings().addComment(findingId, body);
        },
        [this, findingId](const Result<QString> &id) {
            if (!id) {
                Q_EMIT actionFailed(id.errorMessage());
                return;
            }
            loadDetails(findingId);
        });
}

void WorkspaceSession::loadDetails(const QString &findingId)
{
    struct Details
    {
        QVector<review::Comment> comments;
        QVector<review::AuditEntry> history;
        QVector<review::FindingLocation> original;
    };
    post(
        [findingId](WorkspaceWorker &worker) -> Result<Details> {
            if (!worker.workspace())
                return Details {};
            auto comments = worker.workspace()->findings().comments(findingId);
            if (!comments)
                return comments.error();
            auto history
                = review::AuditLog::entriesAbout(worker.workspace()->database(), findingId);
            if (!history)
                return history.error();
            auto original = worker.workspace()->findings().anchors(findingId, 0);
            if (!original)
                return original.error();
            return Details {*comments, *history, *original};
        },
        [this, findingId](const Result<Details> &details) {
            if (!details) {
                Q_EMIT actionFailed(details.errorMessage());
                return;
            }
            Q_EMIT detailsLoaded(findingId, details->comments, details->history, details->original);
        });
}

void WorkspaceSession::markReviewed(const QString &repository, const git::ObjectId &commit,
                                    const QByteArray &path, int first, int last, bool reviewed)
{
    post(
        [=](WorkspaceWorker &worker) -> Result<Coverage> {
            auto opened = worker.reviewedRepository(repository);
            if (!opened)
                return opened.error();
            auto file = review::LocationReader(**opened).file(commit, path);
            if (!file)
                return file.error();
            auto within = review::LocationReader::lineRange(
                *file, first > 0 ? std::optional(std::pair {first, last}) : std::nullopt);
            if (!within)
                return within.error();
            review::CoverageRange range;
            range.path = file->path;
            std::tie(range.startLine, range.endLine) = *within;
            review::CoverageStore &store = worker.workspace()->coverage();
            auto changed = reviewed ? store.mark(repository, commit.toHex(), {range})
                                    : store.unmark(repository, commit.toHex(), range.path,
                                                   {range.startLine, range.endLine});
            if (!changed)
                return changed.error();
            auto cache = worker.coverage(repository, commit, false);
            if (!cache)
                return cache.error();
            if (auto refreshed = worker.refreshFile(repository, commit, range.path); !refreshed)
                return refreshed.error();
            return Coverage {repository, commit, (*cache)->report, (*cache)->reviewed};
        },
        [this](const Result<Coverage> &coverage) {
            if (!coverage) {
                Q_EMIT actionFailed(coverage.errorMessage());
                return;
            }
            Q_EMIT coverageLoaded(*coverage);
        });
}

void WorkspaceSession::loadCoverage(const QString &repository, const git::ObjectId &commit)
{
    post(
        [=](WorkspaceWorker &worker) -> Result<Coverage> {
            if (!worker.workspace())
                return Error {};
            auto cache = worker.coverage(repository, commit, false);
            if (!cache)
                return cache.error();
            return Coverage {repository, commit, (*cache)->report, (*cache)->reviewed};
        },
        [this](const Result<Coverage> &coverage) {
            if (!coverage) {
                if (!coverage.errorMessage().isEmpty())
                    Q_EMIT actionFailed(coverage.errorMessage());
                return;
            }
            Q_EMIT coverageLoaded(*coverage);
        });
}

void WorkspaceSession::moveReview(const QString &repository, const git::ObjectId &commit)
{
    struct Moved
    {
        QVector<review::MovedFinding> findings;
        QVector<review::ReviewRepository> repositories;
    };
    post(
        [=](WorkspaceWorker &worker) -> Result<Moved> {
            auto opened = worker.reviewedRepository(repository);
            if (!opened)
                return opened.error();
            auto moved = review::Reanchoring::moveReview(*worker.workspace(), **opened, repository,
                                                         commit);
            if (!moved)
                return moved.error();
            auto repositories = worker.workspace()->repositories();
            if (!repositories)
                return repositories.error();
            return Moved {*moved, *repositories};
        },
        [this, repository, commit](const Result<Moved> &moved) {
            if (!moved) {
                Q_EMIT actionFailed(moved.errorMessage());
                return;
            }
            m_state.repositories = moved->repositories;
            Q_EMIT reviewMoved(repository, commit, moved->findings);
            reloadFindings();
        });
}

void WorkspaceSession::withWorkspace(QObject *context, WorkspaceWork work)
{
    const QPointer<QObject> guard(context);
    const quint64 asked = m_generation;
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, asked, work] {
            // The session outlives its thread (its destructor waits), so it receives
            // the calls; the generation and the context are checked on the GUI thread.
            const GuiPost post = [this, guard, asked](GuiCall call) {
                QMetaObject::invokeMethod(
                    this,
                    [this, guard, asked, call] {
                        if (guard && m_generation == asked)
                            call();
                    },
                    Qt::QueuedConnection);
            };
            if (GuiCall last = work(worker->workspace(), post))
                post(std::move(last));
        },
        Qt::QueuedConnection);
}

} // namespace clearroom::ui
