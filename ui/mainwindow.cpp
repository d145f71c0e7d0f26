// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "mainwindow.h"

#include "blamecontroller.h"
#include "buildinfo.h"
#include "consolidationcontroller.h"
#include "diffpanel.h"
#include "fileview.h"
#include "findbar.h"
#include "historypanel.h"
#include "messagebanner.h"
#include "pathquote.h"
#include "refpicker.h"
#include "repository.h"
#include "repositorypreparation.h"
#include "repositorysession.h"
#include "reviewcontroller.h"
#include "searchpanel.h"
#include "sourceview.h"
#include "treemodel.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace clearroom::ui {

namespace {

// The status bar's line, shortened in the middle where the bar is too narrow (a long
// repository path) so that its end, the commit, stays in sight. A QLabel cuts its end
// off, and asks the status bar for the whole text's width.
class MiddleElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    QSize minimumSizeHint() const override { return {0, QLabel::minimumSizeHint().height()}; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const QRect area = contentsRect();
        style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(),
                              fontMetrics().elidedText(text(), Qt::ElideMiddle, area.width()),
                              foregroundRole());
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new RepositorySession(this))
    , m_treeModel(new TreeModel(m_session, this))
    , m_treeView(new QTreeView(this))
    , m_fileView(new FileView(this))
    , m_refPicker(new RefPicker(this))
    , m_banner(new MessageBanner(MessageBanner::Level::Error, this))
    , m_warnings(new MessageBanner(MessageBanner::Level::Warning, this))
    , m_statusLabel(new MiddleElidedLabel(this))
    , m_search(new SearchPanel(this))
    , m_history(new HistoryPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_diff(new DiffPanel(this))
    , m_blame(new BlameController(m_fileView->codeView(), this))
{
    setWindowTitle(tr("Clearroom"));
    setObjectName(QStringLiteral("mainWindow"));

    m_treeView->setObjectName(QStringLiteral("treeView"));
    m_treeView->setModel(m_treeModel);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setExpandsOnDoubleClick(true);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { openEntry(current); });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_treeView);
    // The file on display, or the changes of a commit or between two revisions.
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_fileView, tr("File"));
    m_tabs->addTab(m_diff, tr("Changes"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateWidePage);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);

    auto *searchDock = new QDockWidget(tr("Search"), this);
    searchDock->setObjectName(QStringLiteral("searchDock"));
    searchDock->setWidget(m_search);
    addDockWidget(Qt::BottomDockWidgetArea, searchDock);
    connect(m_search, &SearchPanel::openRequested, this,
            qOverload<const QByteArray &, qint64>(&MainWindow::openAt));
    m_searchDock = searchDock;

    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::BottomDockWidgetArea, historyDock);
    tabifyDockWidget(searchDock, historyDock);
    searchDock->raise();
    m_historyDock = historyDock;
    connect(m_history, &HistoryPanel::commitSelected, m_session, &RepositorySession::loadCommit);
    // The changes of the selected commit wait in the Changes tab; a click there shows them.
    connect(m_history, &HistoryPanel::commitSelected, this, [this](const git::ObjectId &commit) {
        m_diff->compare(m_repositoryPath, {}, commit.toHex());
    });
    connect(m_history->view(), &QAbstractItemView::clicked, this,
            [this] { m_tabs->setCurrentWidget(m_diff); });
    connect(m_blame, &BlameController::failed, this, [this](const QString &message) {
        showError(tr("No blame for %1: %2").arg(git::displayBytes(m_shownFile), message));
    });
    connect(m_blame, &BlameController::commitClicked, this, [this](const git::ObjectId &commit) {
        m_diff->compare(m_repositoryPath, {}, commit.toHex());
        m_tabs->setCurrentWidget(m_diff);
    });
    connect(m_session, &RepositorySession::commitLoaded, m_history, &HistoryPanel::showCommit);
    connect(m_session, &RepositorySession::commitFailed, m_history, &HistoryPanel::showCommitError);
    connect(m_history, &HistoryPanel::openRequested, this,
            [this](const git::ObjectId &commit, const QByteArray &path) {
                // The history stays as it is: the user reads along it.
                m_keepHistory = true;
                m_revealAfterResolve = path;
                showRevision(commit.toHex());
            });

    createActions();
    m_preparation = new RepositoryPreparation(this);
    connect(m_preparation, &RepositoryPreparation::progress, this, [this](const QString &line) {
        if (m_verificationDialog)
            m_verificationDialog->setLabelText(line);
    });
    connect(m_preparation, &RepositoryPreparation::finished, this,
            [this](const QString &path, const QString &summary) {
                if (m_verificationDialog) {
                    // The dialog stays with the outcome until the auditor closes it.
                    m_verificationDialog->setRange(0, 1);
                    m_verificationDialog->setValue(1);
                    m_verificationDialog->setLabelText(summary);
                    m_verificationDialog->setCancelButtonText(tr("Close"));
                    disconnect(m_verificationDialog, &QProgressDialog::canceled, m_preparation,
                               nullptr);
                }
                updateStatus();
                // Opened again, where the auditor was: the handles opened before read every
                // object hashed.
                if (path != m_repositoryPath)
                    return;
                const QByteArray file = m_shownFile;
                openRepository(path, m_revision.isEmpty() ? QByteArrayLiteral("HEAD") : m_revision);
                m_revealAfterResolve = file;
            });
    connect(m_preparation, &RepositoryPreparation::failed, this,
            [this](const QString &, const QString &message) {
                if (m_verificationDialog)
                    m_verificationDialog->close();
                showError(message);
                updateStatus();
            });
    m_review = new ReviewController(this);
    tabifyDockWidget(searchDock, m_review->dock());
    m_consolidation = new ConsolidationController(this, m_review->packages());

    connect(m_session, &RepositorySession::opened, this,
            [this](const QString &path, const git::References &references,
                   const QByteArray &headTarget, const QStringList &notices) {
                m_repositoryPath = path;
                if (!notices.isEmpty()) {
                    m_warnings->showMessage(tr("Read this before you review:") + QLatin1Char('\n')
                                            + notices.join(QLatin1Char('\n')));
                }
                m_refPicker->setReferences(references, headTarget);
                // HEAD naming a branch that does not exist (a repository handed over with
                // its branches renamed): said as such when HEAD cannot be read.
                m_missingHeadBranch.clear();
                if (headTarget.startsWith("refs/heads/")
                    && std::none_of(references.begin(), references.end(),
                                    [&headTarget](const git::Reference &reference) {
                                        return reference.name == headTarget;
                                    }))
                    m_missingHeadBranch = headTarget.mid(11);
                updateTitle();
                showRevision(m_initialRevision);
            });
    connect(m_session, &RepositorySession::openFailed, this,
            [this](const QString &, const QString &message) {
                showError(message);
                m_fileView->showPlaceholder(tr("Open a repository with File > Open Repository."));
                updateStatus();
            });
    connect(
        m_session, &RepositorySession::resolved, this,
        [this](const QByteArray &revision, const git::ObjectId &commit, const git::ObjectId &tree) {
            if (revision != m_revision)
                return; // an older choice answered late
            m_commit = commit;
            m_banner->hide();
            m_treeModel->setRoot(tree);
            m_search->setTarget(
                m_repositoryPath, tree,
                tr("%1 (commit %2)")
                    .arg(git::displayBytes(revision), QString::fromLatin1(commit.abbreviated(12))));
            if (!m_keepHistory)
                m_history->setStart(m_repositoryPath, commit, git::displayBytes(revision));
            m_keepHistory = false;
            m_fileView->showPlaceholder(tr("Pick a file in the tree to read it."));
            m_shownFile.clear();
            m_blame->stop();
            updateStatus();
            if (!m_revealAfterResolve.isEmpty())
                revealPath(std::exchange(m_revealAfterResolve, QByteArray()));
            Q_EMIT commitShown();
            Q_EMIT fileShown();
        });
    connect(m_session, &RepositorySession::resolveFailed, this,
            [this](const QByteArray &revision, const QString &message) {
                if (revision != m_revision)
                    return;
                m_keepHistory = false;
                m_revealAfterResolve.clear();
                if (revision == "HEAD" && !m_missingHeadBranch.isEmpty()) {
                    showError(tr("HEAD names the branch '%1', which %2 does not have: choose a "
                                 "branch, tag or commit in the Revision field.")
                                  .arg(git::displayBytes(m_missingHeadBranch), m_repositoryPath));
                } else {
                    showError(message);
                }
                updateStatus();
                if (m_commit.isNull()) {
                    m_fileView->showPlaceholder(
                        tr("Choose a branch, tag or commit in the Revision field."));
                    m_search->clearTarget(
                        tr("Choose a branch, tag or commit in the Revision field to search it."));
                }
            });
    connect(m_session, &RepositorySession::fileLoaded, this, [this](const FileContent &file) {
        m_fileView->showFile(file);
        m_shownFile = file.path;
        Q_EMIT fileShown();
        if (m_blameAction->isChecked())
            updateBlame();
        if (m_pendingLine > 0 && file.path == m_pendingLinePath) {
            m_fileView->codeView()->goToLine(int(m_pendingLine));
            m_pendingLine = 0;
        }
    });
    connect(m_session, &RepositorySession::fileFailed, this,
            [this](const QByteArray &path, const QString &message) {
                m_fileView->showPlaceholder(tr("%1 cannot be shown.").arg(git::displayBytes(path)));
                showError(message);
            });
    connect(m_treeModel, &TreeModel::loadFailed, this, &MainWindow::showError);
    connect(m_refPicker, &RefPicker::revisionChosen, this, &MainWindow::showRevision);
    connect(m_treeModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::advanceReveal);

    resize(1280, 800);
    // The docks' height once all of them are there and the window has its size: room for
    // a finding's details beside the list (their heading wraps in the narrow column).
    resizeDocks({m_searchDock}, {300}, Qt::Vertical);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *open
        = fileMenu->addAction(tr("&Open Repository…"), this, &MainWindow::chooseRepository);
    open->setShortcut(QKeySequence::Open);
    open->setObjectName(QStringLiteral("openRepositoryAction"));
    m_verifyAction
        = fileMenu->addAction(tr("&Verify Objects Once…"), this, &MainWindow::verifyObjects);
    m_verifyAction->setObjectName(QStringLiteral("verifyObjectsAction"));
    m_verifyAction->setStatusTip(
        tr("Check every object of the repository against its id once and build Clearroom's "
           "commit-graph cache beside it (never in it): afterwards history, blame and search "
           "read it without hashing each object again (as clearroom-cli repo cache build)."));
    m_verifyAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *find = editMenu->addAction(tr("&Find in File…"), this,
                                        [this] { m_fileView->findBar()->activate(); });
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = editMenu->addAction(tr("Find &Next"), this,
                                            [this] { m_fileView->findBar()->findNext(); });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = editMenu->addAction(tr("Find Pre&vious"), this,
                                                [this] { m_fileView->findBar()->findPrevious(); });
    findPrevious->setShortcut(QKeySequence::FindPrevious);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    m_blameAction = viewMenu->addAction(tr("&Blame"));
    m_blameAction->setCheckable(true);
    m_blameAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+B")));
    m_blameAction->setToolTip(tr("Show beside each line the commit that last changed it"));
    connect(m_blameAction, &QAction::toggled, this, &MainWindow::updateBlame);
    // The panels, each shown or hidden here: a panel closed with its title bar's button
    // comes back from this menu.
    viewMenu->addSeparator();
    m_viewMenu = viewMenu;
    addPanelToViewMenu(m_searchDock);
    addPanelToViewMenu(m_historyDock);

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
    QAction *goToLine = goMenu->addAction(tr("Go to &Line…"), this, &MainWindow::askForLine);
    goToLine->setShortcut(QKeySequence(QStringLiteral("Ctrl+G")));
    QAction *pickRevision = goMenu->addAction(tr("&Revision…"), this, [this] {
        m_refPicker->setFocus();
        m_refPicker->lineEdit()->selectAll();
    });
    pickRevision->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));

    QAction *search = goMenu->addAction(tr("&Search the Tree…"), this, [this] {
        m_searchDock->show();
        m_search->patternEdit()->setFocus();
        m_search->patternEdit()->selectAll();
    });
    search->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+F")));

    QAction *compare
        = goMenu->addAction(tr("&Compare Revisions…"), this, &MainWindow::askForComparison);
    compare->setShortcut(QKeySequence(QStringLiteral("Ctrl+D")));

    QAction *history = goMenu->addAction(tr("&History"), this, [this] {
        m_historyDock->show();
        m_historyDock->raise();
        m_history->view()->setFocus();
    });
    history->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    QAction *fileHistory = goMenu->addAction(tr("History of the Open &File"), this, [this] {
        m_history->setFileOnly(true);
        m_historyDock->show();
        m_historyDock->raise();
        m_history->view()->setFocus();
    });
    fileHistory->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));

    // The Review menu (ReviewController) goes before Help.
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Clearroom"), this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Revision"));
    toolBar->setObjectName(QStringLiteral("revisionToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(open);
    toolBar->addSeparator();
    auto *label = new QLabel(tr("Revision:"), toolBar);
    label->setContentsMargins(6, 0, 6, 0);
    toolBar->addWidget(label);
    toolBar->addWidget(m_refPicker);
}

void MainWindow::addPanelToViewMenu(QDockWidget *panel)
{
    m_viewMenu->addAction(panel->toggleViewAction());
}

void MainWindow::openRepository(const QString &path, const QByteArray &revision)
{
    m_initialRevision = revision;
    m_warnings->hide();
    m_banner->hide();
    m_repositoryPath.clear();
    m_revision.clear();
    m_commit = {};
    m_treeModel->clear();
    m_fileView->showPlaceholder(tr("Opening %1…").arg(path));
    m_statusLabel->setText(tr("Opening %1 read-only…").arg(path));
    m_session->open(path);
}

void MainWindow::showRevision(const QByteArray &revision)
{
    if (!m_session->isOpen())
        return;
    m_revision = revision;
    m_refPicker->setCurrentRevision(revision);
    m_session->resolve(revision);
}

void MainWindow::openAt(const QByteArray &path, qint64 line)
{
    const QModelIndex current = m_treeView->currentIndex();
    if (current.isValid() && current.data(TreeModel::PathRole).toByteArray() == path
        && m_fileView->codeView()->source()) {
        m_fileView->codeView()->goToLine(int(line));
        return;
    }
    m_pendingLinePath = path;
    m_pendingLine = line;
    revealPath(path);
}

void MainWindow::openAt(const QByteArray &path, qint64 line, const git::ObjectId &commit)
{
    if (commit.isNull() || commit == m_commit) {
        openAt(path, line);
        return;
    }
    m_pendingLinePath = path;
    m_pendingLine = line;
    m_revealAfterResolve = path;
    showRevision(commit.toHex());
}

void MainWindow::setReviewTitle(const QString &name)
{
    m_reviewName = name;
    updateTitle();
}

void MainWindow::updateTitle()
{
    const QString repository = m_repositoryPath.isEmpty()
        ? QString()
        : tr("%1 (read-only)").arg(QFileInfo(QDir::cleanPath(m_repositoryPath)).fileName());
    if (!m_reviewName.isEmpty() && !repository.isEmpty())
        setWindowTitle(tr("%1 — %2 — Clearroom").arg(m_reviewName, repository));
    else if (!repository.isEmpty())
        setWindowTitle(tr("%1 — Clearroom").arg(repository));
    else if (!m_reviewName.isEmpty())
        setWindowTitle(tr("%1 — Clearroom").arg(m_reviewName));
    else
        setWindowTitle(tr("Clearroom"));
}

void MainWindow::revealPath(const QByteArray &path)
{
    m_pendingReveal = path;
    advanceReveal();
}

void MainWindow::advanceReveal()
{
    if (m_pendingReveal.isEmpty() || m_treeModel->rowCount() == 0)
        return;
    const QByteArrayList parts = m_pendingReveal.split('/');
    QByteArray prefix;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        prefix += (i ? QByteArrayLiteral("/") : QByteArray()) + parts.at(i);
        const QModelIndex index = m_treeModel->indexForPath(prefix);
        if (!index.isValid()) {
            // Its folder is loaded (see below), so the path is not there.
            showError(tr("The path '%1' does not exist in this revision.")
                          .arg(git::displayBytes(m_pendingReveal)));
            m_pendingReveal.clear();
            return;
        }
        if (i + 1 < parts.size()) {
            m_treeView->expand(index); // fetches the folder's entries if needed
            if (m_treeModel->rowCount(index) == 0)
                return; // still loading: rowsInserted brings us back
        } else {
            m_pendingReveal.clear();
            m_treeView->setCurrentIndex(index);
            m_treeView->scrollTo(index);
        }
    }
}

void MainWindow::setBlameShown(bool shown)
{
    m_blameAction->setChecked(shown);
}

void MainWindow::updateBlame()
{
    SourceView *view = m_fileView->codeView();
    if (!m_blameAction->isChecked() || !view->source() || m_commit.isNull()
        || m_shownFile.isEmpty()) {
        m_blame->stop();
        return;
    }
    m_blame->start(m_repositoryPath, m_commit, m_shownFile);
}

void MainWindow::askForComparison()
{
    if (!m_session->isOpen())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare Revisions"));
    auto *from = new QLineEdit(QString::fromUtf8(m_revision) + QStringLiteral("~1"), &dialog);
    auto *to = new QLineEdit(QString::fromUtf8(m_revision), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("From (old):"), from);
    form->addRow(tr("To (new):"), to);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || from->text().isEmpty() || to->text().isEmpty())
        return;
    compareRevisions(from->text().toUtf8(), to->text().toUtf8());
}

void MainWindow::compareRevisions(const QByteArray &oldRevision, const QByteArray &newRevision)
{
    m_diff->compare(m_repositoryPath, oldRevision, newRevision);
    m_tabs->setCurrentWidget(m_diff);
}

void MainWindow::askForLine()
{
    SourceView *view = m_fileView->codeView();
    if (!view->source() || view->lineCount() == 0)
        return;
    bool ok = false;
    const int line
        = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1 to %1):").arg(view->lineCount()),
                               qMax(1, view->cursorLine()), 1, view->lineCount(), 1, &ok);
    if (ok) {
        m_tabs->setCurrentWidget(m_fileView);
        view->goToLine(line);
        view->setFocus();
    }
}

void MainWindow::chooseRepository()
{
    const QString path = QFileDialog::getExistingDirectory(
        this, tr("Open Repository (read-only)"), m_repositoryPath,
        QFileDialog::ShowDirsOnly | QFileDialog::DontResolveSymlinks);
    if (!path.isEmpty())
        openRepository(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Clearroom"),
        tr("<h3>Clearroom %1</h3>"
           "<p>Source code review for air-gapped review rooms. Repositories are opened "
           "read-only: nothing in them is ever written or executed.</p>"
           "<p>%2<br>libgit2 %3</p>"
           "<p>Licensed under the Apache License, version 2.0.</p>")
            .arg(BuildInfo::version(), BuildInfo::summary().toHtmlEscaped(),
                 git::libgit2Version()));
}

void MainWindow::openEntry(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (index.data(TreeModel::IsFolderRole).toBool()) {
        m_fileView->showPlaceholder(
            tr("%1 is a folder; pick a file in it.")
                .arg(git::displayBytes(index.data(TreeModel::PathRole).toByteArray())));
        return;
    }
    const QByteArray path = index.data(TreeModel::PathRole).toByteArray();
    const auto id = git::ObjectId::fromHex(index.data(TreeModel::ObjectIdRole).toByteArray());
    const auto mode = index.data(TreeModel::ModeRole).value<quint32>();
    m_fileView->showPlaceholder(tr("Loading %1…").arg(git::displayBytes(path)));
    m_shownFile.clear();
    m_blame->stop();
    m_tabs->setCurrentWidget(m_fileView);
    m_session->loadFile(path, id, mode);
    m_history->setCurrentFile(path);
}

void MainWindow::showError(const QString &message)
{
    m_banner->showMessage(message);
}

QString MainWindow::errorText() const
{
    return m_banner->text();
}

QString MainWindow::warningText() const
{
    return m_warnings->text();
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

void MainWindow::verifyObjects()
{
    if (!m_session->isOpen() || m_preparation->isRunning())
        return;
    if (m_verificationDialog)
        m_verificationDialog->close();
    auto *dialog = new QProgressDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("verificationDialog"));
    dialog->setWindowTitle(tr("Verify Objects Once"));
    // The outcome takes a few lines: wrapped, in a dialog of a readable width.
    auto *label = new QLabel(dialog);
    label->setWordWrap(true);
    label->setMinimumWidth(480);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dialog->setLabel(label);
    dialog->setLabelText(tr("Verifying every object of %1…").arg(m_session->path()));
    dialog->setRange(0, 0); // as long as it takes: the packs' sizes say little
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setWindowModality(Qt::WindowModal);
    m_verificationDialog = dialog;
    connect(dialog, &QProgressDialog::canceled, m_preparation, &RepositoryPreparation::cancel);
    connect(dialog, &QProgressDialog::canceled, dialog, &QWidget::close);
    m_verifyAction->setEnabled(false);
    m_preparation->start(m_session->path());
    dialog->show();
}

void MainWindow::updateStatus()
{
    m_verifyAction->setEnabled(m_session->isOpen() && !m_preparation->isRunning());
    if (m_commit.isNull()) {
        m_statusLabel->setText(m_repositoryPath.isEmpty()
                                   ? tr("No repository open.")
                                   : tr("%1 (read-only)").arg(m_repositoryPath));
        return;
    }
    // How what is shown is checked against the ids: every object once (repo cache build),
    // or each object as it is read.
    const bool verified = m_session->objectsVerified();
    const QString commit = QString::fromLatin1(m_commit.toHex());
    if (m_revision == m_commit.toHex()) {
        // A review's pinned commit: its id once (twice, the bar cut the coverage off).
        m_statusLabel->setText((verified ? tr("%1 (read-only, objects verified once)  ·  commit %2")
                                         : tr("%1 (read-only)  ·  commit %2"))
                                   .arg(m_repositoryPath, commit));
    } else {
        m_statusLabel->setText(
            (verified ? tr("%1 (read-only, objects verified once)  ·  %2  ·  commit %3")
                      : tr("%1 (read-only)  ·  %2  ·  commit %3"))
                .arg(m_repositoryPath, git::displayBytes(m_revision), commit));
    }
    // The whole line first: the bar may show it shortened.
    m_statusLabel->setToolTip(
        m_statusLabel->text() + QStringLiteral("\n\n")
        + (verified ? tr("Every object of this repository was verified once against its id "
                         "(File > Verify Objects Once, or clearroom-cli repo cache build) and "
                         "is read without hashing it again while no object file changes.")
                    : tr("Every object is checked against its id as it is read. File > Verify "
                         "Objects Once checks them all once, after which they are read "
                         "faster.")));
}

void MainWindow::addPage(QWidget *page, const QString &title)
{
    m_widePages.append(page);
    m_tabs->addTab(page, title);
}

void MainWindow::updateWidePage()
{
    // A page of its own (the lead's consolidation) needs the whole window: the tree and
    // the docks below belong to the repository on display and come back with it.
    const bool wide = m_widePages.contains(m_tabs->currentWidget());
    if (wide == m_wideShown)
        return;
    m_wideShown = wide;
    m_treeView->setVisible(!wide);
    if (wide) {
        const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
        for (QDockWidget *dock : docks) {
            if (dock->isVisible() && dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
                m_hiddenDocks.append(dock);
                dock->hide();
            }
        }
    } else {
        for (const QPointer<QDockWidget> &dock : std::as_const(m_hiddenDocks)) {
            if (dock)
                dock->show();
        }
        m_hiddenDocks.clear();
    }
}

void MainWindow::showPage(QWidget *page)
{
    m_tabs->setCurrentWidget(page);
}

} // namespace clearroom::ui
