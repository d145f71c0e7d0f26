// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationcontroller.h"

#include "consolidationpage.h"
#include "importdialog.h"
#include "leadexportdialog.h"
#include "leadsession.h"
#include "mainwindow.h"
#include "packageactions.h"
#include "receiptdialog.h"
#include "transferreceipt.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>

namespace clearroom::ui {

ConsolidationController::ConsolidationController(MainWindow *window, PackageActions *packages)
    : QObject(window)
    , m_window(window)
    , m_packages(packages)
    , m_session(new LeadSession(this))
    , m_page(new ConsolidationPage(m_session, window))
    , m_menu(new QMenu(tr("&Consolidation"), window))
{
    window->addPage(m_page, tr("Consolidation"));
    m_menu->setObjectName(QStringLiteral("consolidationMenu"));
    window->menuBar()->insertMenu(window->menuBar()->actions().constLast(), m_menu);
    QAction *import = m_menu->addAction(tr("&Import Packages…"), this,
                                        &ConsolidationController::choosePackages);
    import->setObjectName(QStringLiteral("importPackagesAction"));
    m_menu->addAction(tr("Show &Consolidation"), this, [this] { m_window->showPage(m_page); });
    m_menu->addSeparator();
    m_export
        = m_menu->addAction(tr("&Export Consolidated Package…"), this, [this] { exportPackage(); });
    m_export->setObjectName(QStringLiteral("exportConsolidatedAction"));
    m_export->setEnabled(false);
    connect(m_session, &LeadSession::changed, m_export,
            [this] { m_export->setEnabled(!m_session->intake().sources.isEmpty()); });
    connect(m_session, &LeadSession::actionFailed, window, &MainWindow::showError);
    connect(m_page, &ConsolidationPage::dialogOpened, this, &ConsolidationController::dialogOpened);
}

QString ConsolidationController::trustPath() const
{
    return m_session->trustPath().isEmpty() ? m_packages->trustPath() : m_session->trustPath();
}

void ConsolidationController::choosePackages()
{
    if (trustPath().isEmpty())
        return askForTrust();
    const QStringList files
        = QFileDialog::getOpenFileNames(m_window, tr("Import Auditors' Packages"), QString(),
                                        tr("Clearroom packages (*.crpkg);;All files (*)"));
    if (!files.isEmpty())
        importPackages(files);
}

void ConsolidationController::askForTrust()
{
    // The packages are verified before anything of them is read: the authority's
    // configuration comes first.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Trust Configuration"),
                                tr("The packages are verified against the authority's trust "
                                   "configuration before anything of them is read. Choose the "
                                   "authority's folder or its CA certificate."),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *folder = box->addButton(tr("&Folder…"), QMessageBox::AcceptRole);
    QPushButton *caFile = box->addButton(tr("&CA Certificate…"), QMessageBox::AcceptRole);
    connect(
        box, &QMessageBox::buttonClicked, this, [this, folder, caFile](QAbstractButton *button) {
            QString chosen;
            if (button == folder)
                chosen
                    = QFileDialog::getExistingDirectory(m_window, tr("Trust Configuration Folder"));
            else if (button == caFile)
                chosen = QFileDialog::getOpenFileName(
                    m_window, tr("Authority's CA Certificate"), QString(),
                    tr("PEM certificates (*.pem *.crt);;All files (*)"));
            if (chosen.isEmpty())
                return;
            m_session->setTrustPath(chosen);
            choosePackages();
        });
    box->setWindowModality(Qt::WindowModal);
    box->show();
    Q_EMIT dialogOpened(box);
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
