// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationcontroller.h"

#include "consolidationpage.h"
#include "importdialog.h"
#include "leadexportdialog.h"
#include "leadsession.h"
#include "mainwindow.h"
#include "packageactions.h"
#include "problemlabel.h"
#include "receiptdialog.h"
#include "transferreceipt.h"
#include "workspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

#include <algorithm>

namespace clearroom::ui {

ConsolidationController::ConsolidationController(MainWindow *window, PackageActions *packages)
    : QObject(window)
    , m_window(window)
    , m_packages(packages)
    , m_session(new LeadSession)
    , m_page(new ConsolidationPage(m_session, window))
    , m_menu(new QMenu(tr("&Consolidation"), window))
    , m_workspaceLabel(new QLabel(window))
{
    // The session is the window's child after the page, so that it is deleted after the
    // page and its views, which read it until they are gone.
    m_session->setParent(window);
    window->addPage(m_page, tr("Consolidation"));
    m_menu->setObjectName(QStringLiteral("consolidationMenu"));
    // Which lead workspace is open stays in sight: the message on loading is temporary.
    m_workspaceLabel->setObjectName(QStringLiteral("leadWorkspaceLabel"));
    m_workspaceLabel->setTextFormat(Qt::PlainText);
    m_workspaceLabel->hide();
    window->statusBar()->addPermanentWidget(m_workspaceLabel);
    window->menuBar()->insertMenu(window->menuBar()->actions().constLast(), m_menu);
    m_menu->addAction(tr("&New Lead Workspace…"), this,
                      &ConsolidationController::chooseNewWorkspace);
    m_menu->addAction(tr("&Open Lead Workspace…"), this, &ConsolidationController::chooseWorkspace);
    m_menu->addSeparator();
    QAction *import = m_menu->addAction(tr("&Import Packages…"), this,
                                        &ConsolidationController::choosePackages);
    import->setObjectName(QStringLiteral("importPackagesAction"));
    m_menu->addAction(tr("Add &Repository…"), this, &ConsolidationController::chooseRepository);
    m_menu->addAction(tr("Choose &Commit…"), this, &ConsolidationController::chooseCommit);
    m_menu->addAction(tr("Show &Consolidation"), this, [this] { m_window->showPage(m_page); });
    m_menu->addSeparator();
    m_export
        = m_menu->addAction(tr("&Export Consolidated Package…"), this, [this] { exportPackage(); });
    m_export->setObjectName(QStringLiteral("exportConsolidatedAction"));
    m_export->setEnabled(false);
    connect(m_session, &LeadSession::changed, m_export,
            [this] { m_export->setEnabled(!m_session->intake().lead.sources.isEmpty()); });
    connect(m_session, &LeadSession::actionFailed, window, &MainWindow::showError);
    connect(m_session, &LeadSession::workspaceFailed, window, &MainWindow::showError);
    connect(m_session, &LeadSession::loaded, this, [this](const QString &fileName) {
        m_window->showPage(m_page);
        m_workspaceLabel->setText(tr("Lead workspace: %1").arg(QFileInfo(fileName).fileName()));
        m_workspaceLabel->setToolTip(QDir::toNativeSeparators(fileName));
        m_workspaceLabel->show();
        const package::LeadState &lead = m_session->intake().lead;
        QString message = tr("Lead workspace %1: %Ln package(s) taking part.", nullptr,
                             int(lead.sources.size()))
                              .arg(QDir::toNativeSeparators(fileName));
        // Nothing takes part: why is all there is to see.
        if (lead.sources.isEmpty() && !lead.leftOut.isEmpty())
            m_page->showLeftOut();
        if (!lead.leftOut.isEmpty())
            message += QLatin1Char(' ')
                + tr("%Ln left out (see the Consolidation page).", nullptr,
                     int(lead.leftOut.size()));
        m_window->statusBar()->showMessage(message);
    });
    connect(m_page, &ConsolidationPage::dialogOpened, this, &ConsolidationController::dialogOpened);
}

QString ConsolidationController::trustPath() const
{
    return m_session->trustPath().isEmpty() ? m_packages->trustPath() : m_session->trustPath();
}

void ConsolidationController::choosePackages()
{
    if (trustPath().isEmpty())
        return askForTrust([this] { choosePackages(); });
    if (m_session->workspaceFile().isEmpty())
        return askForWorkspace();
    const QStringList files
        = QFileDialog::getOpenFileNames(m_window, tr("Import Auditors' Packages"), QString(),
                                        tr("Clearroom packages (*.crpkg);;All files (*)"));
    if (!files.isEmpty())
        importPackages(files);
}

void ConsolidationController::ask(const QString &title, const QString &text, const QString &first,
                                  const std::function<void()> &onFirst, const QString &second,
                                  const std::function<void()> &onSecond)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *firstButton = box->addButton(first, QMessageBox::AcceptRole);
    QPushButton *secondButton = box->addButton(second, QMessageBox::AcceptRole);
    connect(box, &QMessageBox::buttonClicked, this,
            [firstButton, secondButton, onFirst, onSecond](QAbstractButton *button) {
                if (button == firstButton)
                    onFirst();
                else if (button == secondButton)
                    onSecond();
            });
    box->setWindowModality(Qt::WindowModal);
    box->show();
    Q_EMIT dialogOpened(box);
}

void ConsolidationController::askForTrust(std::function<void()> then)
{
    // The packages are verified before anything of them is read: the authority's
    // configuration comes first.
    const auto chosen = [this, then](const QString &path) {
        if (path.isEmpty())
            return;
        m_session->setTrustPath(path);
        then();
    };
    ask(
        tr("Trust Configuration"),
        tr("The packages are verified against the authority's trust configuration before "
           "anything of them is read. Choose the authority's folder or its CA certificate."),
        tr("&Folder…"),
        [this, chosen] {
            chosen(QFileDialog::getExistingDirectory(m_window, tr("Trust Configuration Folder")));
        },
        tr("&CA Certificate…"),
        [this, chosen] {
            chosen(
                QFileDialog::getOpenFileName(m_window, tr("Authority's CA Certificate"), QString(),
                                             tr("PEM certificates (*.pem *.crt);;All files (*)")));
        });
}

void ConsolidationController::chooseRepository()
{
    if (m_session->workspaceFile().isEmpty())
        return askForWorkspace();
    const QString path = QFileDialog::getExistingDirectory(
        m_window, tr("Repository the Auditors Reviewed (opened read-only)"));
    if (path.isEmpty())
        return;
    // The workspace's repository must have the name the auditors' findings give it.
    const QStringList names = m_session->sourceRepositories();
    const QString folderName = review::Workspace::defaultRepositoryName(path);
    QString name = folderName;
    if (!names.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getItem(m_window, tr("Add Repository"),
                                     tr("The name the auditors' findings give this repository:"),
                                     names, std::max(0, int(names.indexOf(folderName))), true, &ok);
        if (!ok || name.trimmed().isEmpty())
            return;
    }
    m_session->addRepository(path, name.trimmed());
}

void ConsolidationController::chooseCommit()
{
    const QStringList names = m_session->workspaceRepositories();
    if (names.isEmpty()) {
        m_window->showError(tr("The lead workspace has no repository yet: add the one the "
                               "auditors reviewed first (Consolidation > Add Repository…)."));
        return;
    }
    bool ok = true;
    const QString name = names.size() == 1
        ? names.first()
        : QInputDialog::getItem(m_window, tr("Choose Commit"), tr("Repository:"), names, 0, false,
                                &ok);
    if (!ok)
        return;
    const QString revision = QInputDialog::getText(
        m_window, tr("Choose Commit"),
        tr("The commit of \"%1\" every finding is brought onto (a branch, tag or commit id):")
            .arg(name),
        QLineEdit::Normal, QStringLiteral("HEAD"), &ok);
    if (ok && !revision.trimmed().isEmpty())
        m_session->chooseCommit(name, revision.trimmed().toUtf8());
}

void ConsolidationController::askForWorkspace()
{
    ask(
        tr("Lead Workspace"),
        tr("The auditors' packages are kept, byte-identical, in a lead workspace with your "
           "decisions and their audit trail. Create one, or open the one you work in."),
        tr("&New…"), [this] { chooseNewWorkspace(); }, tr("&Open…"), [this] { chooseWorkspace(); });
}

void ConsolidationController::chooseWorkspace()
{
    const QString fileName = QFileDialog::getOpenFileName(
        m_window, tr("Open Lead Workspace"), QString(),
        tr("Clearroom workspaces (*.%1);;All files (*)").arg(review::Workspace::fileSuffix()));
    if (!fileName.isEmpty())
        openWorkspace(fileName);
}

void ConsolidationController::openWorkspace(const QString &fileName)
{
    if (trustPath().isEmpty())
        return askForTrust([this, fileName] { openWorkspace(fileName); });
    m_session->setTrustPath(trustPath());
    m_session->openWorkspace(fileName);
}

void ConsolidationController::chooseNewWorkspace()
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Lead Workspace"));
    auto *file = new QLineEdit(dialog);
    file->setPlaceholderText(
        tr("The new workspace file (.%1)").arg(review::Workspace::fileSuffix()));
    auto *browse = new QPushButton(tr("&Browse…"), dialog);
    auto *name = new QLineEdit(tr("Consolidation"), dialog);
    auto *reviewer = new QLineEdit(qEnvironmentVariable("USER"), dialog);
    reviewer->setPlaceholderText(tr("Your name, as your lead certificate has it"));
    file->setObjectName(QStringLiteral("leadWorkspaceFile"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(dialog);
    // A row holding a layout gets no buddy from QFormLayout: without one, the label showed
    // its "&" instead of a shortcut.
    auto *fileLabel = new QLabel(tr("&File:"), dialog);
    fileLabel->setObjectName(QStringLiteral("leadWorkspaceFileLabel"));
    fileLabel->setBuddy(file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Review:"), name);
    form->addRow(tr("&Lead reviewer:"), reviewer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    // What is missing, said when OK is pressed, as the New Review dialog does.
    auto *problem = problemLabel(dialog, QStringLiteral("leadWorkspaceProblem"));
    form->addRow(problem);
    form->addRow(buttons);
    // Room for a path and the placeholders.
    dialog->setMinimumWidth(560);
    connect(browse, &QPushButton::clicked, dialog, [dialog, file] {
        QString chosen = QFileDialog::getSaveFileName(
            dialog, tr("New Lead Workspace"), QString(),
            tr("Clearroom workspaces (*.%1)").arg(review::Workspace::fileSuffix()));
        if (!chosen.isEmpty() && QFileInfo(chosen).suffix().isEmpty())
            chosen += QLatin1Char('.') + review::Workspace::fileSuffix();
        if (!chosen.isEmpty())
            file->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=, this] {
        const QString fileName = file->text().trimmed();
        const QString review = name->text().trimmed();
        const QString lead = reviewer->text().trimmed();
        QString missing;
        if (fileName.isEmpty())
            missing = tr("Choose the file the lead workspace is kept in.");
        else if (review.isEmpty())
            missing = tr("Name the consolidated review.");
        else if (lead.isEmpty())
            missing = tr("Name the lead reviewer, as the lead certificate has it.");
        if (!missing.isEmpty()) {
            problem->setText(missing);
            problem->show();
            return;
        }
        dialog->accept();
        const auto create = [this, fileName, review, lead] {
            m_session->setTrustPath(trustPath());
            m_session->createWorkspace(fileName, review, lead);
        };
        if (trustPath().isEmpty())
            askForTrust(create);
        else
            create();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
}

ImportDialog *ConsolidationController::importPackages(const QStringList &files)
{
    if (m_session->trustPath().isEmpty())
        m_session->setTrustPath(m_packages->trustPath());
    if (m_importDialog)
        m_importDialog->close();
    auto *dialog = new ImportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_importDialog = dialog;
    dialog->show();
    Q_EMIT dialogOpened(dialog);
    dialog->start(files);
    m_window->showPage(m_page);
    return dialog;
}

LeadExportDialog *ConsolidationController::exportPackage()
{
    auto *dialog = new LeadExportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &LeadExportDialog::exported, this, &ConsolidationController::showReceipt);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

void ConsolidationController::showReceipt(const QString &fileName,
                                          const package::PackageVerdict &verdict)
{
    auto *receipt
        = new ReceiptDialog(package::TransferReceipt::text(fileName, verdict), {}, m_window);
    receipt->setAttribute(Qt::WA_DeleteOnClose);
    receipt->setWindowModality(Qt::WindowModal);
    receipt->show();
    Q_EMIT dialogOpened(receipt);
}

} // namespace clearroom::ui
