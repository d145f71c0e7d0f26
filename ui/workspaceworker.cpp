// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspaceworker.h"

#include "coveragestore.h"
#include "locationreader.h"

#include <QTimer>

namespace clearroom::ui {

void WorkspaceWorker::setWorkspace(std::unique_ptr<review::Workspace> workspace)
{
    m_workspace = std::move(workspace);
    m_repositories.clear();
    m_coverage.reset();
    m_dataVersion = -1;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setInterval(PollMilliseconds);
        connect(m_timer, &QTimer::timeout, this, &WorkspaceWorker::poll);
    }
    if (m_workspace) {
        if (auto version = m_workspace->dataVersion())
            m_dataVersion = *version;
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void WorkspaceWorker::poll()
{
    if (!m_workspace)
        return;
    auto version = m_workspace->dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    // Someone else's marks may have changed the coverage.
    m_coverage.reset();
    Q_EMIT changedElsewhere();
}

Result<const git::Repository *> WorkspaceWorker::repository(const QString &path)
{
    auto it = m_repositories.find(path);
    if (it == m_repositories.end()) {
        auto opened = git::Repository::open(path);
        if (!opened)
            return opened.error();
        it = m_repositories.emplace(path, std::move(opened).value()).first;
    }
    return &it->second;
}

Result<const git::Repository *> WorkspaceWorker::reviewedRepository(const QString &name)
{
    auto reviewed = m_workspace->repository(name);
    if (!reviewed)
        return reviewed.error();
    return repository(reviewed->path);
}

Result<const WorkspaceWorker::CoverageCache *>
WorkspaceWorker::coverage(const QString &repository, const git::ObjectId &commit, bool refresh)
{
    if (!refresh && m_coverage && m_coverage->repository == repository
        && m_coverage->commit == commit)
        return m_coverage.get();
    auto opened = reviewedRepository(repository);
    if (!opened)
        return opened.error();
    auto ranges = m_workspace->coverage().ranges(repository, commit.toHex());
    if (!ranges)
        return ranges.error();
    auto report = review::CoverageReport::compute(**opened, commit, *ranges);
    if (!report)
        return report.error();
    auto cache = std::make_unique<CoverageCache>();
    cache->repository = repository;
    cache->commit = commit;
    cache->report = std::make_shared<review::CoverageReport>(std::move(report).value());
    for (const review::CoverageRange &range : std::as_const(*ranges))
        cache->reviewed[range.path].append({range.startLine, range.endLine});
    m_coverage = std::move(cache);
    return m_coverage.get();
}

Result<void> WorkspaceWorker::refreshFile(const QString &repository, const git::ObjectId &commit,
                                          const QByteArray &path)
{
    if (!m_coverage || m_coverage->repository != repository || m_coverage->commit != commit)
        return {};
    auto ranges = m_workspace->coverage().ranges(repository, commit.toHex(), path);
    if (!ranges)
        return ranges.error();
    QVector<review::LineSpan> spans;
    for (const review::CoverageRange &range : std::as_const(*ranges))
        spans.append({range.startLine, range.endLine});
    auto opened = reviewedRepository(repository);
    if (!opened)
        return opened.error();
    auto file = review::LocationReader(**opened).file(commit, path);
    if (!file)
        return file.error();
    // The report is shared with the GUI thread: replace it, never change it in place.
    auto report = std::make_shared<review::CoverageReport>(*m_coverage->report);
    report->updateFile(path, file->content, spans);
    m_coverage->report = report;
    m_coverage->reviewed[path] = spans;
    return {};
}

} // namespace clearroom::ui
