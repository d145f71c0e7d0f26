// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageactions.h"

#include "exportdialog.h"
#include "receiptdialog.h"
#include "transferreceipt.h"
#include "workspacesession.h"

#include <QAction>
#include <QMenu>

namespace clearroom::ui {

PackageActions::PackageActions(QWidget *window, WorkspaceSession *session, QMenu *menu)
    : QObject(window)
    , m_window(window)
    , m_session(session)
{
    m_export = menu->addAction(tr("&Export Signed Package…"), this, [this] { exportPackage(); });
    m_export->setObjectName(QStringLiteral("exportPackageAction"));
    m_export->setEnabled(session->isOpen());
    connect(session, &WorkspaceSession::opened, m_export, [this] { m_export->setEnabled(true); });
    connect(session, &WorkspaceSession::openFailed, m_export,
            [this] { m_export->setEnabled(m_session->isOpen()); });
    connect(session, &WorkspaceSession::closed, m_export, [this] { m_export->setEnabled(false); });
}

ExportDialog *PackageActions::exportPackage()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        m_exportDialog->activateWindow();
        return m_exportDialog;
    }
    auto *dialog = new ExportDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &ExportDialog::exported, this, &PackageActions::showReceipt);
    m_exportDialog = dialog;
    dialog->show();
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

void PackageActions::showReceipt(const QString &fileName, const package::PackageVerdict &verdict)
{
    auto *receipt = new ReceiptDialog(package::TransferReceipt::text(fileName, verdict), m_window);
    receipt->setAttribute(Qt::WA_DeleteOnClose);
    receipt->setWindowModality(Qt::WindowModal);
    receipt->show();
    Q_EMIT dialogOpened(receipt);
}

} // namespace clearroom::ui
