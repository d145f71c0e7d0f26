// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "historypanel.h"

#include "commitgraphcache.h"
#include "history.h"
#include "historymodel.h"
#include "pathquote.h"
#include "repository.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QThread>
#include <QTreeView>

#include <atomic>
#include <functional>

namespace clearroom::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : QWidget(parent)
    , m_scope(new QLabel(this))
    , m_fileOnly(new QCheckBox(tr("Only the open file"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_details(new QPlainTextEdit(this))
    , m_model(new HistoryModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_scope->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_fileOnly->setEnabled(false);
    m_cancelButton->setEnabled(false);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->setRange(0, 0);
    m_progress->hide();

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // 100,000 rows scroll without measuring each
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(HistoryModel::SubjectColumn, QHeaderView::Stretch);
    const QFontMetrics metrics(m_view->font());
    m_view->header()->resizeSection(HistoryModel::AuthorColumn,
                                    metrics.horizontalAdvance(QLatin1Char('x')) * 22);
    m_view->header()->resizeSection(
        HistoryModel::DateColumn,
        metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88 +8888")) + 16);
    m_view->header()->resizeSection(HistoryModel::CommitColumn,
                                    metrics.horizontalAdvance(QStringLiteral("8888888888")) + 16);

    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a commit to read its message."));

    // Side by side: a bottom dock is wide and low.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_scope, 0, 0);
    layout->addWidget(m_fileOnly, 0, 1);
    layout->addWidget(m_cancelButton, 0, 2);
    layout->addWidget(m_progress, 1, 0, 1, 3);
    layout->addWidget(m_status, 2, 0, 1, 3);
    layout->addWidget(splitter, 3, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_fileOnly, &QCheckBox::toggled, this, &HistoryPanel::setFileOnly);
    connect(m_cancelButton, &QPushButton::clicked, this, &HistoryPanel::cancel);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                const auto id = current.data(HistoryModel::CommitIdRole).value<git::ObjectId>();
                m_details->setPlainText(
                    tr("Reading commit %1…").arg(QString::fromLatin1(id.toHex())));
                m_shownCommit = id;
                Q_EMIT commitSelected(id);
            });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(HistoryModel::CommitIdRole).value<git::ObjectId>(),
                             m_walkedPath);
    });
    m_status->setText(tr("Open a repository to read its history."));
}

HistoryPanel::~HistoryPanel()
{
    // m_runs waits for the workers: they report to this object.
}

void HistoryPanel::setStart(const QString &repositoryPath, const git::ObjectId &start,
                            const QString &startName)
{
    if (repositoryPath != m_repositoryPath)
        m_currentFile.clear();
    m_repositoryPath = repositoryPath;
    m_start = start;
    m_startName = startName;
    m_walked = false;
    updateScope();
    if (isVisible())
        walk();
}

void HistoryPanel::setCurrentFile(const QByteArray &path)
{
    if (path == m_currentFile)
        return;
    m_currentFile = path;
    m_fileOnly->setEnabled(!path.isEmpty());
    if (m_fileOnly->isChecked()) {
        m_walked = false;
        if (isVisible())
            walk();
    }
    updateScope();
}

void HistoryPanel::setFileOnly(bool fileOnly)
{
    if (m_fileOnly->isChecked() != fileOnly)
        m_fileOnly->setChecked(fileOnly); // comes back here through toggled()
    m_walked = false;
    updateScope();
    if (isVisible())
        walk();
}

void HistoryPanel::updateScope()
{
    if (m_start.isNull()) {
        m_scope->setText(tr("History"));
        return;
    }
    if (m_fileOnly->isChecked() && !m_currentFile.isEmpty())
        m_scope->setText(
            tr("History of %1 in %2").arg(git::displayBytes(m_currentFile), m_startName));
    else
        m_scope->setText(tr("History of %1").arg(m_startName));
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_walked)
        walk();
}

QString HistoryPanel::statusText() const
{
    return m_status->text();
}

QString HistoryPanel::detailsText() const
{
    return m_details->toPlainText();
}

void HistoryPanel::walk()
{
    if (m_start.isNull())
        return;
    m_walked = true;
    const QByteArray path = m_fileOnly->isChecked() ? m_currentFile : QByteArray();
    cancel(); // a walk still under way ends with its current commit; its reports are dropped
    m_model->clear();
    m_details->clear();
    m_shownCommit = {};
    m_walkedPath = path;
    m_walkedStart = m_start;
    m_cancelButton->setEnabled(true);
    m_progress->show();
    m_status->setText(tr("Reading the history of %1…").arg(m_startName));

    const QString repositoryPath = m_repositoryPath;
    const git::ObjectId start = m_start;
    m_runs.start([repositoryPath, start, path](const std::atomic<bool> &cancel,
                                               const WorkerRuns<HistoryPanel>::Post &post) {
        auto repository = git::Repository::open(repositoryPath);
        if (!repository) {
            post([message = repository.errorMessage()](HistoryPanel *panel) {
                panel->finish(message);
            });
            return;
        }
        git::HistoryOptions options;
        // A file's history reads Clearroom's commit-graph cache where `clearroom-cli repo
        // cache build` made one (a damaged one is dropped; the answer is git's either way).
        std::optional<git::CommitGraphCache> cache;
        if (!path.isEmpty()) {
            options.paths = {path};
            if (qEnvironmentVariableIsEmpty("CLEARROOM_NO_CACHE"))
                cache = git::CommitGraphCache::load(*repository);
            options.cache = cache ? &*cache : nullptr;
        }
        QVector<HistoryRow> batch;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        const auto flush = [&batch, &sinceBatch, post] {
            post([rows = std::move(batch)](HistoryPanel *panel) {
                panel->m_model->append(rows);
                panel->m_status->setText(
                    tr("%Ln commit(s) so far…", nullptr, panel->m_model->rowCount()));
                if (panel->m_model->rowCount() == rows.size() && !rows.isEmpty())
                    panel->m_view->setCurrentIndex(panel->m_model->index(0, 0));
            });
            batch = {};
            sinceBatch.restart();
        };
        const auto end = git::History::walk(
            *repository, start, options, &cancel, [&](git::CommitInfo &&commit) {
                batch.append(HistoryRow::fromCommit(commit));
                // The first screen soon, then a few batches a second.
                if (sinceBatch.elapsed() >= 100
                    || (batch.size() >= 64 && sinceBatch.elapsed() >= 20))
                    flush();
                return true;
            });
        flush();
        post([end](HistoryPanel *panel) {
            if (!end) {
                panel->finish(end.errorMessage());
                return;
            }
            const int count = panel->m_model->rowCount();
            if (*end == git::History::End::Cancelled)
                panel->finish(tr("Cancelled after %Ln commit(s).", nullptr, count));
            else if (panel->m_walkedPath.isEmpty())
                panel->finish(tr("%Ln commit(s).", nullptr, count));
            else
                panel->finish(tr("%Ln commit(s) change %1.", nullptr, count)
                                  .arg(git::displayBytes(panel->m_walkedPath)));
        });
    });
}

void HistoryPanel::cancel()
{
    if (!m_runs.isRunning())
        return;
    m_runs.cancel();
    finish(tr("Cancelled after %Ln commit(s).", nullptr, m_model->rowCount()));
}

void HistoryPanel::finish(const QString &status)
{
    m_runs.finish();
    m_cancelButton->setEnabled(false);
    m_progress->hide();
    m_status->setText(status);
    Q_EMIT finished();
}

void HistoryPanel::showCommit(const git::CommitInfo &commit)
{
    if (commit.id != m_shownCommit)
        return;
    QString text = tr("commit %1").arg(QString::fromLatin1(commit.id.toHex())) + QLatin1Char('\n');
    for (const git::ObjectId &parent : commit.parents)
        text += tr("parent %1").arg(QString::fromLatin1(parent.toHex())) + QLatin1Char('\n');
    text += tr("Author:    %1").arg(displaySignature(commit.author)) + QLatin1Char('\n');
    text += tr("Committer: %1").arg(displaySignature(commit.committer)) + QLatin1Char('\n');
    if (!commit.encoding.isEmpty())
        text += tr("Encoding:  %1").arg(git::displayBytes(commit.encoding)) + QLatin1Char('\n');
    text += QLatin1Char('\n') + displayCommitText(commit.message, commit.encoding, true);
    m_details->setPlainText(text);
}

void HistoryPanel::showCommitError(const git::ObjectId &commit, const QString &message)
{
    if (commit == m_shownCommit)
        m_details->setPlainText(message);
}

} // namespace clearroom::ui
