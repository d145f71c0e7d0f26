// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "diffpanel.h"

#include "diffdocument.h"
#include "linediff.h"
#include "linehighlighter.h"
#include "pathquote.h"
#include "repository.h"
#include "sourcetext.h"
#include "sourceview.h"
#include "treediff.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>

#include <algorithm>
#include <mutex>
#include <optional>

namespace clearroom::ui {

/// One comparison, kept for the diffs of its files: the repository handle and the tree
/// comparison that reads from it. Workers take turns through the mutex.
struct DiffPanel::Comparison
{
    std::mutex mutex;
    std::optional<git::Repository> repository; // outlives `diff`, which reads through it
    std::optional<git::TreeDiff> diff;
};

namespace {

constexpr int ContextLines = 3; // git's default

QString statusLetters(const git::FileChange &change)
{
    QString letters(QLatin1Char(char(change.status)));
    if (change.status == git::FileChange::Status::Renamed)
        letters += QString::number(change.similarityPercent()).rightJustified(3, QLatin1Char('0'));
    return letters;
}

QString statusName(git::FileChange::Status status)
{
    switch (status) {
    case git::FileChange::Status::Added:
        return DiffPanel::tr("added");
    case git::FileChange::Status::Deleted:
        return DiffPanel::tr("deleted");
    case git::FileChange::Status::Modified:
        return DiffPanel::tr("modified");
    case git::FileChange::Status::Renamed:
        return DiffPanel::tr("renamed");
    case git::FileChange::Status::TypeChanged:
        return DiffPanel::tr("changed its type");
    }
    return {};
}

QString shownPath(const git::FileChange &change)
{
    if (change.status == git::FileChange::Status::Renamed)
        return git::displayBytes(change.oldSide.path) + QStringLiteral(" → ")
            + git::displayBytes(change.newSide.path);
    return git::displayBytes(change.newSide.exists() ? change.newSide.path : change.oldSide.path);
}

bool looksBinary(const QByteArray &content)
{
    return content.left(8000).contains('\0'); // git's rule
}

struct FileRow
{
    QString status;
    QString statusTip;
    QString path;
};

struct FileStats
{
    int row = 0;
    bool binary = false;
    git::LineCounts counts;
};

/// What one view of a file's diff shows, made on the worker: splitting the text into
/// lines and colouring them is linear in the diff's size, too much for the GUI thread
/// when a diff runs to a million lines.
struct PreparedView
{
    std::shared_ptr<const DiffDocument> document;
    std::shared_ptr<const SourceText> source;
    QHash<int, QColor> backgrounds;

    static PreparedView of(DiffDocument document)
    {
        PreparedView view;
        view.source = SourceText::fromText(document.text);
        view.backgrounds = document.lineBackgrounds();
        view.document = std::make_shared<const DiffDocument>(std::move(document));
        return view;
    }
};

struct FileDiff
{
    QString note; ///< instead of a diff
    PreparedView unified;
    PreparedView left;
    PreparedView right;
    QString fileName;
    QByteArray head;
};

} // namespace

DiffPanel::DiffPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sideBySide(new QCheckBox(tr("Side by side"), this))
    , m_status(new QLabel(this))
    , m_files(new QTreeWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_unified(new SourceView(this))
    , m_split(new QWidget(this))
    , m_old(new SourceView(m_split))
    , m_new(new SourceView(m_split))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("diffPanel"));
    m_title->setTextFormat(Qt::PlainText);
    m_status->setTextFormat(Qt::PlainText);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);

    m_files->setColumnCount(4);
    m_files->setHeaderLabels({tr("Status"), tr("File"), tr("Added"), tr("Removed")});
    m_files->setRootIsDecorated(false);
    m_files->setTextElideMode(Qt::ElideMiddle); // the file name stays in view
    m_files->setUniformRowHeights(true);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(PathColumn, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(AddedColumn, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(DeletedColumn, QHeaderView::ResizeToContents);

    auto *splitLayout = new QHBoxLayout(m_split);
    splitLayout->setContentsMargins(0, 0, 0, 0);
    splitLayout->setSpacing(2);
    splitLayout->addWidget(m_old);
    splitLayout->addWidget(m_new);
    // The two sides scroll together.
    for (auto [from, to] : {std::pair {m_old, m_new}, std::pair {m_new, m_old}}) {
        connect(from->verticalScrollBar(), &QScrollBar::valueChanged, to->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(from->horizontalScrollBar(), &QScrollBar::valueChanged, to->horizontalScrollBar(),
                &QScrollBar::setValue);
    }
    m_stack->addWidget(m_unified);
    m_stack->addWidget(m_split);
    m_stack->addWidget(m_note);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({320, 900});

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_sideBySide, 0, 1);
    layout->addWidget(m_status, 1, 0, 1, 2);
    layout->addWidget(splitter, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    layout->setRowStretch(2, 1);

    connect(m_sideBySide, &QCheckBox::toggled, this, &DiffPanel::setSideBySide);
    connect(m_files, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current)
            showFile(m_files->indexOfTopLevelItem(current));
    });
    m_status->setText(tr("Select a commit in the history, or compare two revisions (Go > "
                         "Compare Revisions)."));
    showNote(QString());
}

DiffPanel::~DiffPanel() = default;

QString DiffPanel::statusText() const
{
    return m_status->text();
}

QString DiffPanel::noteText() const
{
    return m_stack->currentWidget() == m_note ? m_note->text() : QString();
}

bool DiffPanel::isSideBySide() const
{
    return m_sideBySide->isChecked();
}

void DiffPanel::setSideBySide(bool sideBySide)
{
    if (m_sideBySide->isChecked() != sideBySide) {
        m_sideBySide->setChecked(sideBySide); // comes back here through toggled()
        return;
    }
    if (m_stack->currentWidget() != m_note)
        m_stack->setCurrentWidget(sideBySide ? m_split : m_unified);
}

void DiffPanel::showNote(const QString &note)
{
    m_note->setText(note);
    m_stack->setCurrentWidget(m_note);
}

void DiffPanel::compare(const QString &repositoryPath, const QByteArray &oldRevision,
                        const QByteArray &newRevision)
{
    m_fileRuns.cancel();
    m_files->clear();
    m_shownRow = -1;
    m_unified->clear();
    m_old->clear();
    m_new->clear();
    showNote(QString());
    // A full commit id is shortened for the title, as git shortens ids for reading.
    const auto shown = [](const QByteArray &revision) {
        const bool fullId = revision.size() == 40
            && std::all_of(revision.begin(), revision.end(),
                           [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
        return fullId ? QString::fromLatin1(revision.left(12)) : git::displayBytes(revision);
    };
    m_title->setText(oldRevision.isEmpty()
                         ? tr("Changes of %1").arg(shown(newRevision))
                         : tr("Changes from %1 to %2").arg(shown(oldRevision), shown(newRevision)));
    m_status->setText(tr("Comparing…"));
    auto comparison = std::make_shared<Comparison>();
    m_comparison = comparison;
    m_listRuns.start([repositoryPath, oldRevision, newRevision, comparison](
                         const std::atomic<bool> &cancel, const WorkerRuns<DiffPanel>::Post &post) {
        const auto fail = [&post](const QString &message) {
            post([message](DiffPanel *panel) { panel->comparisonFailed(message); });
        };
        std::unique_lock lock(comparison->mutex);
        auto opened = git::Repository::open(repositoryPath);
        if (!opened)
            return fail(opened.errorMessage());
        comparison->repository.emplace(std::move(*opened));
        const git::Repository &repository = *comparison->repository;
        auto newCommit = repository.resolveCommit(newRevision);
        if (!newCommit)
            return fail(newCommit.errorMessage());
        auto newTree = repository.resolveTree(newCommit->toHex());
        if (!newTree)
            return fail(newTree.errorMessage());
        git::ObjectId oldTree; // null: the empty tree of a root commit's "parent"
        if (oldRevision.isEmpty()) {
            auto commit = repository.commit(*newCommit);
            if (!commit)
                return fail(commit.errorMessage());
            if (!commit->parents.isEmpty()) {
                auto parentTree = repository.resolveTree(commit->parents.first().toHex());
                if (!parentTree)
                    return fail(parentTree.errorMessage());
                oldTree = *parentTree;
            }
        } else {
            auto resolved = repository.resolveTree(oldRevision);
            if (!resolved)
                return fail(resolved.errorMessage());
            oldTree = *resolved;
        }
        auto diff = git::TreeDiff::compare(repository, oldTree, *newTree, git::TreeDiffOptions());
        if (!diff)
            return fail(diff.errorMessage());
        if (auto verified = diff->finishVerification(); !verified)
            return fail(verified.errorMessage());
        comparison->diff.emplace(std::move(*diff));
        const QVector<git::FileChange> changes = comparison->diff->changes();
        const int renameLimit = comparison->diff->neededRenameLimit();
        lock.unlock();

        QVector<FileRow> rows;
        for (const git::FileChange &change : changes)
            rows.append({statusLetters(change), statusName(change.status), shownPath(change)});
        post([rows, renameLimit](DiffPanel *panel) {
            for (const FileRow &row : rows) {
                auto *item = new QTreeWidgetItem(panel->m_files);
                item->setText(StatusColumn, row.status);
                item->setToolTip(StatusColumn, row.statusTip);
                item->setText(PathColumn, row.path);
                item->setToolTip(PathColumn, row.path);
            }
            QString status = tr("%Ln file(s) changed.", nullptr, int(rows.size()));
            if (renameLimit > 0) {
                status += QLatin1Char(' ')
                    + tr("Too many files for git's search for renamed files (it would need "
                         "a rename limit of %1): as with git, only unchanged renamed files "
                         "are paired.")
                          .arg(renameLimit);
            }
            panel->m_status->setText(status);
            if (rows.isEmpty())
                panel->showNote(tr("The two revisions have the same files."));
            else
                panel->m_files->setCurrentItem(panel->m_files->topLevelItem(0));
        });

        // Then the lines added and removed per file, a few reports a second.
        QVector<FileStats> batch;
        QElapsedTimer sinceBatch;
        sinceBatch.start();
        const auto flush = [&] {
            post([stats = std::move(batch)](DiffPanel *panel) {
                for (const FileStats &file : stats) {
                    QTreeWidgetItem *item = panel->m_files->topLevelItem(file.row);
                    if (!item)
                        continue;
                    item->setText(AddedColumn,
                                  file.binary ? tr("binary") : QString::number(file.counts.added));
                    item->setText(DeletedColumn,
                                  file.binary ? QString() : QString::number(file.counts.deleted));
                }
            });
            batch = {};
            sinceBatch.restart();
        };
        for (int row = 0; row < changes.size() && !cancel; ++row) {
            const git::FileChange &change = changes.at(row);
            FileStats stats {row, false, {}};
            {
                std::lock_guard fileLock(comparison->mutex);
                const git::TreeDiff &treeDiff = *comparison->diff;
                QByteArray sides[2];
                int side = 0;
                for (const git::DiffSide *diffSide : {&change.oldSide, &change.newSide}) {
                    if (diffSide->exists()) {
                        auto size = treeDiff.size(*diffSide);
                        if (size && *size > git::BigFileThreshold) {
                            stats.binary = true;
                            break;
                        }
                        auto content = treeDiff.content(*diffSide);
                        if (!content)
                            return fail(content.errorMessage());
                        sides[side] = std::move(*content);
                    }
                    ++side;
                }
                if (!stats.binary)
                    stats.binary = looksBinary(sides[0]) || looksBinary(sides[1]);
                if (!stats.binary) {
                    auto counts = git::LineDiff::count(sides[0], sides[1]);
                    if (!counts)
                        return fail(counts.errorMessage());
                    stats.counts = *counts;
                }
            }
            batch.append(stats);
            if (sinceBatch.elapsed() >= 100)
                flush();
        }
        flush();
        post([](DiffPanel *panel) {
            panel->m_listRuns.finish();
            Q_EMIT panel->finished();
        });
    });
}

void DiffPanel::comparisonFailed(const QString &message)
{
    m_listRuns.finish();
    m_status->setText(message);
    Q_EMIT finished();
}

void DiffPanel::endWithNote(const QString &note)
{
    m_fileRuns.finish();
    showNote(note);
    Q_EMIT fileShown();
}

void DiffPanel::showFile(int row)
{
    if (!m_comparison || row < 0 || row == m_shownRow)
        return;
    m_shownRow = row;
    const auto comparison = m_comparison;
    m_fileRuns.start([comparison, row](const std::atomic<bool> &cancel,
                                       const WorkerRuns<DiffPanel>::Post &post) {
        auto diff = std::make_shared<FileDiff>();
        const auto deliver = [&post, diff] {
            post([diff](DiffPanel *panel) {
                if (!diff->note.isEmpty()) {
                    panel->endWithNote(diff->note);
                    return;
                }
                panel->m_fileRuns.finish();
                const auto show = [&diff](SourceView *view, const PreparedView &prepared,
                                          bool bothNumbers) {
                    const auto &document = prepared.document;
                    view->highlighter()->setSource(prepared.source, diff->fileName, diff->head);
                    view->setSource(prepared.source, document->marks);
                    view->setLineBackgrounds(prepared.backgrounds);
                    view->setGutterLabels(
                        [document, bothNumbers](int line) {
                            return document->gutterLabel(line, bothNumbers);
                        },
                        bothNumbers ? document->numberWidth * 2 + 3 : document->numberWidth + 2);
                };
                show(panel->m_unified, diff->unified, true);
                show(panel->m_old, diff->left, false);
                show(panel->m_new, diff->right, false);
                panel->m_stack->setCurrentWidget(panel->isSideBySide() ? panel->m_split
                                                                       : panel->m_unified);
                Q_EMIT panel->fileShown();
            });
        };
        std::lock_guard lock(comparison->mutex);
        if (cancel || !comparison->diff)
            return;
        const git::TreeDiff &treeDiff = *comparison->diff;
        const git::FileChange change = treeDiff.changes().value(row);
        const git::DiffSide &named = change.newSide.exists() ? change.newSide : change.oldSide;
        diff->fileName = git::displayBytes(named.path.mid(named.path.lastIndexOf('/') + 1));
        QByteArray contents[2];
        int side = 0;
        for (const git::DiffSide *diffSide : {&change.oldSide, &change.newSide}) {
            if (diffSide->exists()) {
                auto size = treeDiff.size(*diffSide);
                if (!size) {
                    diff->note = size.errorMessage();
                    return deliver();
                }
                if (*size > git::BigFileThreshold) {
                    diff->note = tr("%1 is larger than git's limit for comparing files "
                                    "(512 MiB); git treats it as binary.")
                                     .arg(git::displayBytes(diffSide->path));
                    return deliver();
                }
                auto content = treeDiff.content(*diffSide);
                if (!content) {
                    diff->note = content.errorMessage();
                    return deliver();
                }
                contents[side] = std::move(*content);
            }
            ++side;
        }
        if (looksBinary(contents[0]) || looksBinary(contents[1])) {
            diff->note = tr("%1 is a binary file; its two versions differ.").arg(shownPath(change));
            return deliver();
        }
        auto hunks = git::LineDiff::hunks(contents[0], contents[1], ContextLines);
        if (!hunks) {
            diff->note = hunks.errorMessage();
            return deliver();
        }
        if (hunks->isEmpty()) {
            if (change.status == git::FileChange::Status::Renamed) {
                diff->note = tr("%1: renamed, the content unchanged.").arg(shownPath(change));
            } else if (change.oldSide.mode != change.newSide.mode) {
                diff->note = tr("%1: only the mode changed, from %2 to %3.")
                                 .arg(shownPath(change), QString::number(change.oldSide.mode, 8),
                                      QString::number(change.newSide.mode, 8));
            } else if (change.status == git::FileChange::Status::Added) {
                diff->note = tr("%1 was added as an empty file.").arg(shownPath(change));
            } else if (change.status == git::FileChange::Status::Deleted) {
                diff->note = tr("%1 was removed; it was empty.").arg(shownPath(change));
            } else {
                diff->note = tr("%1: the content is the same.").arg(shownPath(change));
            }
            return deliver();
        }
        diff->head = contents[1].isEmpty() ? contents[0].left(1024) : contents[1].left(1024);
        diff->unified = PreparedView::of(DiffDocument::unified(*hunks));
        if (cancel)
            return;
        auto [left, right] = DiffDocument::sideBySide(*hunks);
        diff->left = PreparedView::of(std::move(left));
        diff->right = PreparedView::of(std::move(right));
        deliver();
    });
}

} // namespace clearroom::ui
