// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reviewcontroller.h"

#include "fileview.h"
#include "findingdetails.h"
#include "findingeditor.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "mainwindow.h"
#include "packageactions.h"
#include "pathquote.h"
#include "problemlabel.h"
#include "sourceview.h"
#include "treemodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTreeView>

#include <utility>

namespace clearroom::ui {

ReviewController::ReviewController(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_session(new WorkspaceSession(this))
    , m_panel(new FindingsPanel(window))
    , m_dock(new QDockWidget(tr("Findings"), window))
    , m_coverageLabel(new QLabel(window))
{
    m_dock->setObjectName(QStringLiteral("findingsDock"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    window->addPanelToViewMenu(m_dock);
    m_coverageLabel->setObjectName(QStringLiteral("coverageLabel"));
    m_coverageLabel->setTextFormat(Qt::PlainText);
    window->statusBar()->addPermanentWidget(m_coverageLabel);
    createActions();

    connect(m_session, &WorkspaceSession::opened, this, &ReviewController::onOpened);
    connect(m_session, &WorkspaceSession::openFailed, window, &MainWindow::showError);
    connect(m_session, &WorkspaceSession::actionFailed, window, &MainWindow::showError);
    connect(m_session, &WorkspaceSession::findingsLoaded, this,
            &ReviewController::onFindingsLoaded);
    connect(m_session, &WorkspaceSession::coverageLoaded, this,
            &ReviewController::onCoverageLoaded);
    // The saved finding is selected once the reloaded list has it.
    connect(m_session, &WorkspaceSession::findingSaved, this,
            [this](const QString &id) { m_selectAfterLoad = id; });
    connect(m_session, &WorkspaceSession::detailsLoaded, this,
            [this](const QString &id, const QVector<review::Comment> &comments,
                   const QVector<review::AuditEntry> &history,
                   const QVector<review::FindingLocation> &original) {
                if (id == m_panel->details()->findingId())
                    m_panel->details()->showThread(comments, history, original);
            });
    connect(m_session, &WorkspaceSession::reviewMoved, this, &ReviewController::onReviewMoved);
    // Another window or instance changed the workspace: show what it did.
    connect(m_session, &WorkspaceSession::changedElsewhere, this, [this] {
        m_session->reloadFindings();
        requestCoverage();
    });

    connect(m_panel, &FindingsPanel::findingActivated, this, &ReviewController::showFinding);
    connect(m_panel, &FindingsPanel::currentFindingChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_session->loadDetails(id);
    });
    connect(m_panel->details(), &FindingDetails::commentRequested, m_session,
            &WorkspaceSession::addComment);
    connect(m_panel->details(), &FindingDetails::editRequested, this,
            &ReviewController::editFinding);

    SourceView *code = window->fileView()->codeView();
    code->setContextActions({m_recordFinding, m_addToFinding});
    connect(code, &SourceView::markerClicked, this, [this](int, const QString &id) {
        m_dock->show();
        m_dock->raise();
        m_panel->selectFinding(id);
    });
    connect(window, &MainWindow::fileShown, this, [this] {
        updateMarkers();
        updateReviewedLines();
    });
    connect(window, &MainWindow::commitShown, this, [this] {
        updateActions();
        requestCoverage();
    });
    updateActions();
}

void ReviewController::createActions()
{
    m_menu = new QMenu(tr("&Review"), m_window);
    m_window->menuBar()->insertMenu(m_window->menuBar()->actions().constLast(), m_menu);
    m_menu->addAction(tr("&New Review…"), this, &ReviewController::chooseNewReview);
    QAction *open = m_menu->addAction(tr("&Open Review…"), this, &ReviewController::chooseReview);
    open->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    m_menu->addSeparator();

    m_recordFinding
        = m_menu->addAction(tr("&Record Finding…"), this, &ReviewController::recordFinding);
    m_recordFinding->setObjectName(QStringLiteral("recordFindingAction"));
    m_recordFinding->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_recordFinding->setToolTip(tr("Record a finding on the selected lines"));
    m_addToFinding = m_menu->addAction(tr("&Add Selection to Finding"), this,
                                       &ReviewController::addSelectionToFinding);
    m_addToFinding->setObjectName(QStringLiteral("addSelectionToFindingAction"));
    m_addToFinding->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    m_addToFinding->setToolTip(
        tr("Add the selected lines to the finding selected in the Findings panel"));
    QAction *findings = m_menu->addAction(tr("&Findings"), this, [this] {
        m_dock->show();
        m_dock->raise();
        m_panel->view()->setFocus();
    });
    findings->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+F")));
    m_menu->addSeparator();
    QAction *markFile
        = m_menu->addAction(tr("Mark &File Reviewed"), this, [this] { markFileReviewed(true); });
    markFile->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+M")));
    QAction *markSelection = m_menu->addAction(tr("Mark &Selection Reviewed"), this,
                                               [this] { markSelectionReviewed(true); });
    markSelection->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+M")));
    QAction *unmarkSelection = m_menu->addAction(tr("Mark Selection &Unreviewed"), this,
                                                 [this] { markSelectionReviewed(false); });
    unmarkSelection->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+U")));
    QAction *nextUnreviewed = m_menu->addAction(tr("&Next Unreviewed File"), this,
                                                &ReviewController::showNextUnreviewedFile);
    nextUnreviewed->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+N")));
    m_menu->addSeparator();
    m_moveReview = m_menu->addAction(tr("&Move Review to the Commit on Display…"), this,
                                     &ReviewController::askToMoveReview);
    m_moveReview->setObjectName(QStringLiteral("moveReviewAction"));
    m_menu->addSeparator();
    m_packages = new PackageActions(m_window, m_session, m_menu);
    m_reviewActions = {m_recordFinding, m_addToFinding,  findings,       markFile,
                       markSelection,   unmarkSelection, nextUnreviewed, m_moveReview};
}

void ReviewController::updateActions()
{
    const bool usable = m_session->isOpen() && !m_window->currentCommit().isNull();
    for (QAction *action : std::as_const(m_reviewActions))
        action->setEnabled(usable);
    const review::ReviewRepository *shown
        = usable ? m_session->repositoryAt(m_window->repositoryPath()) : nullptr;
    m_moveReview->setEnabled(shown && shown->commit != m_window->currentCommit().toHex());
    // The findings panel comes with an open review and goes with it; in between the user
    // may close it and bring it back from the View menu.
    const bool open = m_session->isOpen();
    if (open != m_dock->toggleViewAction()->isEnabled()) {
        m_dock->setVisible(open);
        m_dock->toggleViewAction()->setEnabled(open);
    }
}

void ReviewController::chooseNewReview()
{
    if (m_window->repositoryPath().isEmpty() || m_window->currentCommit().isNull()) {
        m_window->showError(tr("Open the repository to review first; the review starts at the "
                               "commit on display."));
        return;
    }
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Review"));
    auto *file = new QLineEdit(dialog);
    file->setObjectName(QStringLiteral("reviewFile"));
    auto *browse = new QPushButton(tr("Browse…"), dialog);
    auto *name = new QLineEdit(dialog);
    name->setObjectName(QStringLiteral("reviewName"));
    auto *reviewer = new QLineEdit(qEnvironmentVariable("USER"), dialog);
    reviewer->setObjectName(QStringLiteral("reviewerName"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(file, 1);
    fileRow->addWidget(browse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    // A row holding a layout gets no buddy from QFormLayout: the label names its own.
    auto *fileLabel = new QLabel(tr("Workspace &file:"), dialog);
    fileLabel->setBuddy(file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Review &name:"), name);
    form->addRow(tr("&Reviewer:"), reviewer);
    form->addRow(
        tr("Repository:"),
        new QLabel(tr("%1 at commit %2")
                       .arg(m_window->repositoryPath(),
                            QString::fromLatin1(m_window->currentCommit().abbreviated(12))),
                   dialog));
    // What is missing, said rather than an OK that does nothing.
    auto *problem = problemLabel(dialog, QStringLiteral("reviewProblem"));
    form->addRow(problem);
    form->addRow(buttons);
    // Room for a path in the file field.
    dialog->setMinimumWidth(560);
    connect(browse, &QPushButton::clicked, dialog, [this, file, dialog] {
        const QString chosen
            = QFileDialog::getSaveFileName(dialog, tr("New Review Workspace"), file->text(),
                                           tr("Clearroom workspaces (*.clearroom)"));
        if (!chosen.isEmpty())
            file->setText(chosen.endsWith(QLatin1String(".clearroom"))
                              ? chosen
                              : chosen + QStringLiteral(".clearroom"));
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog,
            [this, dialog, file, name, reviewer, problem] {
                QString missing;
                if (file->text().isEmpty())
                    missing = tr("Choose the file the review's workspace is kept in.");
                else if (name->text().trimmed().isEmpty())
                    missing = tr("Name the review.");
                else if (reviewer->text().trimmed().isEmpty())
                    missing = tr("Name the reviewer: the name the findings are recorded under.");
                if (!missing.isEmpty()) {
                    problem->setText(missing);
                    problem->show();
                    return;
                }
                createReview(file->text(), name->text(), reviewer->text());
                dialog->accept();
            });
    dialog->open();
}

void ReviewController::chooseReview()
{
    const QString file = QFileDialog::getOpenFileName(m_window, tr("Open Review"), QString(),
                                                      tr("Clearroom workspaces (*.clearroom)"));
    if (!file.isEmpty())
        openReview(file);
}

void ReviewController::createReview(const QString &fileName, const QString &reviewName,
                                    const QString &reviewer)
{
    m_session->create(fileName, reviewName, reviewer, m_window->repositoryPath(),
                      m_window->currentCommit());
}

void ReviewController::openReview(const QString &fileName)
{
    m_session->open(fileName);
}

void ReviewController::onOpened(const WorkspaceSession::State &state)
{
    m_window->setReviewTitle(state.review.name);
    updateActions();
    m_dock->raise();
    if (state.repositories.isEmpty())
        return;
    // The review's repository at the commit under review, unless it is on display already.
    const review::ReviewRepository *shown = m_session->repositoryAt(m_window->repositoryPath());
    const review::ReviewRepository &first = shown ? *shown : state.repositories.constFirst();
    if (!shown)
        m_window->openRepository(first.path, first.commit);
    else if (m_window->currentCommit().toHex() != first.commit)
        m_window->showRevision(first.commit);
    else
        requestCoverage();
}

void ReviewController::onFindingsLoaded(
    const QVector<review::Finding> &findings,
    const std::shared_ptr<const review::FindingTextIndex> &textIndex)
{
    m_panel->setFindings(findings, textIndex);
    updateMarkers();
    if (!m_selectAfterLoad.isEmpty())
        m_panel->selectFinding(std::exchange(m_selectAfterLoad, QString()));
    // The thread and history of the finding in view may have changed too.
    if (!m_panel->details()->findingId().isEmpty())
        m_session->loadDetails(m_panel->details()->findingId());
}

const review::ReviewRepository *ReviewController::reviewedRepository()
{
    if (!m_session->isOpen()) {
        m_window->showError(tr("Open or create a review first (Review > Open Review)."));
        return nullptr;
    }
    const review::ReviewRepository *repository
        = m_session->repositoryAt(m_window->repositoryPath());
    if (!repository)
        m_window->showError(tr("The repository on display is not part of the review."));
    return repository;
}

std::optional<WorkspaceSession::Lines> ReviewController::selectedLines(const QString &noFile)
{
    const review::ReviewRepository *repository = reviewedRepository();
    SourceView *code = m_window->fileView()->codeView();
    if (!repository)
        return std::nullopt;
    if (!code->source() || m_window->fileView()->currentPath().isEmpty()) {
        m_window->showError(noFile);
        return std::nullopt;
    }
    WorkspaceSession::Lines lines;
    const auto [first, last] = code->selectedLines();
    lines.startLine = first > 0 ? first : code->cursorLine();
    lines.endLine = first > 0 ? last : lines.startLine;
    lines.repository = repository->name;
    lines.repositoryPath = repository->path;
    lines.commit = m_window->currentCommit();
    lines.path = m_window->fileView()->currentPath();
    return lines;
}

void ReviewController::recordFinding()
{
    const auto lines = selectedLines(tr("Open a file and select the lines the finding is about."));
    if (!lines)
        return;
    WorkspaceSession::Draft draft;
    static_cast<WorkspaceSession::Lines &>(draft) = *lines;

    auto *editor = new FindingEditor(m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setLocationText(tr("%1:%2-%3 at commit %4")
                                .arg(git::displayBytes(draft.path))
                                .arg(draft.startLine)
                                .arg(draft.endLine)
                                .arg(QString::fromLatin1(draft.commit.abbreviated(12))));
    connect(editor, &QDialog::accepted, this, [this, editor, draft]() mutable {
        draft.fields = editor->fields();
        m_session->addFinding(draft);
    });
    editor->open();
    Q_EMIT editorOpened(editor);
}

void ReviewController::addSelectionToFinding()
{
    const review::Finding *finding = m_panel->selectedFinding();
    if (m_session->isOpen() && !finding) {
        m_window->showError(tr("Select the finding in the Findings panel first; the selected "
                               "lines are added to it."));
        return;
    }
    const auto lines = selectedLines(tr("Open a file and select the lines to add to the finding."));
    if (!lines || !finding)
        return;
    m_session->addLocation(finding->id, *lines);
}

void ReviewController::editFinding(const QString &id)
{
    const int row = m_panel->model()->rowOf(id);
    const review::Finding *finding = m_panel->model()->finding(row);
    if (!finding)
        return;
    auto *editor = new FindingEditor(m_window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setFinding(*finding);
    const review::FindingLocation &primary = finding->primary();
    editor->setLocationText(tr("%1:%2-%3 at commit %4")
                                .arg(git::displayBytes(primary.path))
                                .arg(primary.startLine)
                                .arg(primary.endLine)
                                .arg(QString::fromLatin1(finding->commit.left(12))));
    connect(editor, &QDialog::accepted, this,
            [this, editor, id] { m_session->updateFinding(id, editor->fields()); });
    editor->open();
    Q_EMIT editorOpened(editor);
}

void ReviewController::markFileReviewed(bool reviewed)
{
    const review::ReviewRepository *repository = reviewedRepository();
    const QByteArray path = m_window->fileView()->currentPath();
    if (!repository)
        return;
    if (path.isEmpty()) {
        m_window->showError(tr("Open the file to mark first."));
        return;
    }
    m_session->markReviewed(repository->name, m_window->currentCommit(), path, 0, 0, reviewed);
}

void ReviewController::markSelectionReviewed(bool reviewed)
{
    const auto lines = selectedLines(tr("Open a file and select the lines to mark first."));
    if (!lines)
        return;
    m_session->markReviewed(lines->repository, lines->commit, lines->path, lines->startLine,
                            lines->endLine, reviewed);
}

void ReviewController::requestCoverage()
{
    if (!m_session->isOpen() || m_window->currentCommit().isNull())
        return;
    if (const review::ReviewRepository *repository
        = m_session->repositoryAt(m_window->repositoryPath()))
        m_session->loadCoverage(repository->name, m_window->currentCommit());
}

const WorkspaceSession::Coverage *ReviewController::coverage() const
{
    if (!m_coverage || m_coverage->commit != m_window->currentCommit())
        return nullptr;
    return &*m_coverage;
}

void ReviewController::onCoverageLoaded(const WorkspaceSession::Coverage &coverage)
{
    m_coverage = coverage;
    const WorkspaceSession::Coverage *current = this->coverage();
    m_window->treeModel()->setCoverage(current ? current->report : nullptr);
    if (current) {
        const review::CoverageTotals &total = current->report->total();
        m_coverageLabel->setText(
            tr("Reviewed: %1% of lines, %2 of %Ln file(s)", nullptr, total.files)
                .arg(QLocale().toString(total.linePercent(), 'f', 1),
                     QLocale().toString(total.reviewedFiles)));
    }
    updateReviewedLines();
}

void ReviewController::updateReviewedLines()
{
    SourceView *code = m_window->fileView()->codeView();
    const WorkspaceSession::Coverage *current = coverage();
    QVector<QPair<int, int>> spans;
    if (current) {
        for (const review::LineSpan &span :
             current->reviewed.value(m_window->fileView()->currentPath()))
            spans.append({span.start - 1, span.end - 1});
    }
    code->setReviewedLines(spans);
}

void ReviewController::updateMarkers()
{
    SourceView *code = m_window->fileView()->codeView();
    const QByteArray blob = m_window->fileView()->currentId().toHex();
    QHash<int, SourceView::LineMarker> markers;
    QHash<int, review::Severity> worst;
    for (const review::Finding &finding : m_panel->model()->findings()) {
        for (const review::FindingLocation &location : finding.locations) {
            if (location.blobId != blob || location.state == review::AnchorState::Orphaned)
                continue;
            for (int line = location.startLine - 1; line < location.endLine; ++line) {
                SourceView::LineMarker &marker = markers[line];
                const QString title
                    = tr("%1: %2").arg(review::FindingNames::severityText(finding.severity),
                                       git::displayBytes(finding.title.toUtf8()));
                marker.toolTip
                    += (marker.toolTip.isEmpty() ? QString() : QStringLiteral("\n")) + title;
                if (marker.key.isEmpty() || finding.severity > worst.value(line)) {
                    worst.insert(line, finding.severity);
                    marker.color = FindingsModel::severityColor(finding.severity);
                    marker.key = finding.id;
                }
            }
        }
    }
    code->setLineMarkers(markers);
}

void ReviewController::showFinding(const review::Finding &finding)
{
    const review::FindingLocation &primary = finding.primary();
    m_window->openAt(primary.path, primary.startLine, git::ObjectId::fromHex(finding.commit));
}

void ReviewController::showNextUnreviewedFile()
{
    const WorkspaceSession::Coverage *current = coverage();
    if (!current) {
        requestCoverage();
        return;
    }
    const QVector<review::FileCoverage> &files = current->report->files();
    const QByteArray shown = m_window->fileView()->currentPath();
    // After the file on display, going round to the top once.
    const auto after = std::upper_bound(
        files.cbegin(), files.cend(), shown,
        [](const QByteArray &path, const review::FileCoverage &file) { return path < file.path; });
    for (auto it = after; it != files.cend(); ++it) {
        if (!it->isReviewed()) {
            m_window->revealPath(it->path);
            return;
        }
    }
    for (auto it = files.cbegin(); it != after; ++it) {
        if (!it->isReviewed() && it->path != shown) {
            m_window->revealPath(it->path);
            return;
        }
    }
    m_window->statusBar()->showMessage(tr("Every file of this commit is reviewed."), 5000);
}

void ReviewController::askToMoveReview()
{
    const review::ReviewRepository *repository = reviewedRepository();
    if (!repository)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Move Review"),
        tr("Carry the review of '%1' from commit %2 to commit %3?\n\nEvery finding is "
           "carried through the changes between them and marked exact, moved, modified or "
           "orphaned; where it was first recorded is kept. Coverage is carried only for lines "
           "that did not change.")
            .arg(repository->name, QString::fromLatin1(repository->commit.left(12)),
                 QString::fromLatin1(m_window->currentCommit().abbreviated(12))),
        QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = repository->name;
    const git::ObjectId commit = m_window->currentCommit();
    connect(box, &QMessageBox::accepted, this, [this, name, commit] { moveReview(name, commit); });
    box->open();
}

void ReviewController::moveReview(const QString &repository, const git::ObjectId &commit)
{
    m_session->moveReview(repository, commit);
}

void ReviewController::onReviewMoved(const QString &repository, const git::ObjectId &commit,
                                     const QVector<review::MovedFinding> &findings)
{
    QMap<review::AnchorState, int> counts;
    for (const review::MovedFinding &finding : findings)
        ++counts[finding.state];
    const QString summary
        = tr("The review of '%1' is now at commit %2. %Ln finding(s) carried: %3 exact, %4 moved, "
             "%5 modified, %6 orphaned.",
             nullptr, int(findings.size()))
              .arg(repository, QString::fromLatin1(commit.abbreviated(12)))
              .arg(QLocale().toString(counts.value(review::AnchorState::Exact)))
              .arg(QLocale().toString(counts.value(review::AnchorState::Moved)))
              .arg(QLocale().toString(counts.value(review::AnchorState::Modified)))
              .arg(QLocale().toString(counts.value(review::AnchorState::Orphaned)));
    m_lastMoveSummary = summary;
    m_window->statusBar()->showMessage(summary, 15000);
    updateActions();
    requestCoverage();
}

} // namespace clearroom::ui
