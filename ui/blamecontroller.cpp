// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "blamecontroller.h"

#include "blame.h"
#include "commitgraphcache.h"
#include "historymodel.h"
#include "pathquote.h"
#include "repository.h"
#include "sourceview.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>

#include <cmath>
#include <limits>

namespace clearroom::ui {

namespace {

constexpr int AnnotationCharacters = 34;

struct BlameBatch
{
    int firstOrigin = 0;
    QVector<QPair<git::ObjectId, QPair<QString, qint64>>> origins; // commit, text, time
    QVector<bool> boundaries;
    QVector<git::BlameEntry> entries;
};

} // namespace

BlameController::BlameController(SourceView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    connect(m_view, &SourceView::annotationClicked, this, [this](int line) {
        const git::ObjectId commit = commitOfLine(line);
        if (m_active && !commit.isNull())
            Q_EMIT commitClicked(commit);
    });
}

BlameController::~BlameController() = default;

git::ObjectId BlameController::commitOfLine(int line) const
{
    const int origin = m_lineOrigin.value(line, -1);
    return origin >= 0 && origin < m_origins.size() ? m_origins.at(origin).commit : git::ObjectId();
}

QColor BlameController::tintOf(const Origin &origin) const
{
    if (origin.boundary)
        return QColor(128, 128, 128, 40);
    // The newest changes strongest, fading towards the oldest line of the file (over at
    // least a month, so that a young file is not all one strong colour).
    const qint64 oldest = qMin(m_oldestTime, m_referenceTime);
    const double span = qMax<double>(30, double(m_referenceTime - oldest) / 86400.0);
    const double days = qMax<double>(0, double(m_referenceTime - origin.time) / 86400.0);
    const double faded = qMin(1.0, std::log1p(days) / std::log1p(span));
    return QColor(0x3d, 0x8b, 0xd9, int(110 - 95 * faded));
}

void BlameController::stop()
{
    m_runs.cancel();
    m_active = false;
    m_view->setAnnotations({}, 0);
}

void BlameController::start(const QString &repositoryPath, const git::ObjectId &commit,
                            const QByteArray &path)
{
    m_runs.cancel();
    m_active = true;
    m_error.clear();
    m_origins.clear();
    m_blamedLines = 0;
    m_referenceTime = 0;
    m_oldestTime = std::numeric_limits<qint64>::max();
    const int lineCount = m_view->lineCount();
    m_lineOrigin = QVector<int>(lineCount, -1);
    m_view->setAnnotations(
        [this](int line) -> SourceView::Annotation {
            const int origin = m_lineOrigin.value(line, -1);
            if (origin < 0 || origin >= m_origins.size())
                return {m_error.isEmpty() ? QStringLiteral("…") : QString(), QColor()};
            const Origin &found = m_origins.at(origin);
            return {found.text, tintOf(found)};
        },
        AnnotationCharacters);
    const int firstVisible = m_view->firstVisibleLine();
    const int visible = m_view->visibleLineCount() + 1;
    m_runs.start([repositoryPath, commit, path, lineCount, firstVisible,
                  visible](const std::atomic<bool> &cancel,
                           const WorkerRuns<BlameController>::Post &post) {
        const auto fail = [&post](const QString &message) {
            post([message](BlameController *controller) { controller->fail(message); });
        };
        auto repository = git::Repository::open(repositoryPath);
        if (!repository)
            return fail(repository.errorMessage());
        // Clearroom's commit-graph cache where `clearroom-cli repo cache build` made one (a
        // damaged one is dropped; the answer is git's either way).
        std::optional<git::CommitGraphCache> cache;
        if (qEnvironmentVariableIsEmpty("CLEARROOM_NO_CACHE"))
            cache = git::CommitGraphCache::load(*repository);
        git::BlameOptions options;
        options.cache = cache ? &*cache : nullptr;
        auto blame = git::Blame::create(*repository, commit, path, options);
        if (!blame)
            return fail(blame.errorMessage());
        if (auto blamed = blame->commit(commit)) {
            const qint64 time = qint64(blamed->committer.time().value_or(0));
            post([time](BlameController *controller) { controller->m_referenceTime = time; });
        }

        QHash<QByteArray, QPair<QString, qint64>> commits; // by commit id
        BlameBatch batch;
        int knownOrigins = 0;
        QString error;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        const auto flush = [&] {
            post([batch = std::move(batch)](BlameController *controller) {
                if (controller->m_origins.size() != batch.firstOrigin)
                    return; // cannot happen within one run; guards the indices below
                for (qsizetype i = 0; i < batch.origins.size(); ++i) {
                    const auto &[id, described] = batch.origins.at(i);
                    controller->m_origins.append(
                        {id, described.first, described.second, batch.boundaries.at(i)});
                    if (described.second > 0)
                        controller->m_oldestTime = qMin(controller->m_oldestTime, described.second);
                }
                for (const git::BlameEntry &entry : batch.entries) {
                    for (int line = entry.line;
                         line < entry.line + entry.count && line < controller->m_lineOrigin.size();
                         ++line) {
                        if (controller->m_lineOrigin.at(line) < 0)
                            ++controller->m_blamedLines;
                        controller->m_lineOrigin[line] = entry.origin;
                    }
                }
                controller->m_view->updateAnnotations();
            });
            batch = BlameBatch();
            batch.firstOrigin = knownOrigins;
            sinceBatch.restart();
        };
        const auto found = [&](const git::BlameEntry &entry) {
            for (; knownOrigins <= entry.origin; ++knownOrigins) {
                const git::BlameOrigin &origin = blame->origin(knownOrigins);
                const QByteArray key = origin.commit.toHex();
                if (!commits.contains(key)) {
                    auto info = blame->commit(origin.commit);
                    if (!info) {
                        error = info.errorMessage();
                        commits.insert(key, {QString::fromLatin1(key.left(8)), 0});
                    } else {
                        const qint64 time = qint64(info->author.time().value_or(0));
                        const QString date
                            = QDateTime::fromSecsSinceEpoch(time, Qt::OffsetFromUTC,
                                                            info->author.offsetMinutes() * 60)
                                  .toString(QStringLiteral("yyyy-MM-dd"));
                        commits.insert(
                            key,
                            {QString::fromLatin1(key.left(8)) + QLatin1Char(' ') + date
                                 + QLatin1Char(' ')
                                 + displayCommitText(info->author.name, info->encoding, false),
                             time});
                    }
                }
                batch.origins.append({origin.commit, commits.value(key)});
                batch.boundaries.append(origin.boundary);
            }
            batch.entries.append(entry);
            if (sinceBatch.elapsed() >= 50)
                flush();
        };
        // What is on screen first, then the whole file (earlier work is kept).
        for (const git::BlameLineRange range :
             {git::BlameLineRange {firstVisible, visible}, git::BlameLineRange {0, lineCount}}) {
            auto end = blame->run({range}, &cancel, found);
            flush();
            if (!end)
                return fail(end.errorMessage());
            if (*end == git::Blame::End::Cancelled)
                return;
        }
        if (!error.isEmpty())
            return fail(error);
        post([](BlameController *controller) {
            controller->m_runs.finish();
            Q_EMIT controller->finished();
        });
    });
}

void BlameController::fail(const QString &message)
{
    m_runs.finish();
    m_error = message;
    // Nothing to show beside the code: its column goes (the window says why); the next
    // file shown is blamed again.
    m_active = false;
    m_view->setAnnotations({}, 0);
    Q_EMIT failed(message);
    Q_EMIT finished();
}

} // namespace clearroom::ui
