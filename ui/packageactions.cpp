// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageactions.h"

#include "exportdialog.h"
#include "packageviewer.h"
#include "problemlabel.h"
#include "receiptdialog.h"
#include "rememberedpaths.h"
#include "transferreceipt.h"
#include "trustview.h"
#include "workspacesession.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>

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
    QAction *open = menu->addAction(tr("Open &Package…"), this, &PackageActions::choosePackage);
    open->setObjectName(QStringLiteral("openPackageAction"));
    menu->addAction(tr("&Trust Configuration…"), this, [this] {
        const QString last = lastTrustPath();
        const QString folder = QFileDialog::getExistingDirectory(
            m_window, tr("Trust Configuration Folder"),
            QFileInfo(last).isDir() ? last : QFileInfo(last).path());
        if (!folder.isEmpty())
            showTrust(folder);
    });
    menu->addAction(tr("Authority's &CA Certificate…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            m_window, tr("Authority's CA Certificate"), lastTrustPath(),
            tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            showTrust(file);
    });
}

QString PackageActions::lastTrustPath() const
{
    if (!m_trustPath.isEmpty())
        return m_trustPath;
    const QString verified = RememberedPaths::value(RememberedPaths::Path::VerifyTrust);
    return verified.isEmpty() ? RememberedPaths::value(RememberedPaths::Path::ExportTrust)
                              : verified;
}

TrustView *PackageActions::showTrust(const QString &path)
{
    m_trustPath = path;
    auto *view = new TrustView(m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->load(path);
    view->show();
    return view;
}

PackageViewer *PackageActions::openPackage(const QString &fileName, const QString &trustPath)
{
    auto *viewer = new PackageViewer(m_window);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open(fileName, trustPath);
    viewer->show();
    return viewer;
}

void PackageActions::choosePackage()
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open Package"));
    auto *file = new QLineEdit(dialog);
    file->setObjectName(QStringLiteral("packageFile"));
    auto *browse = new QPushButton(tr("Browse…"), dialog);
    auto *trust = new QLineEdit(dialog);
    trust->setObjectName(QStringLiteral("packageTrust"));
    trust->setPlaceholderText(tr("The authority's folder or CA file"));
    const QString verifiedWith = RememberedPaths::value(RememberedPaths::Path::VerifyTrust);
    trust->setText(verifiedWith.isEmpty() ? lastTrustPath() : verifiedWith);
    auto *trustFolder = new QPushButton(tr("Folder…"), dialog);
    auto *trustFile = new QPushButton(tr("CA File…"), dialog);
    auto *inspectOnly
        = new QCheckBox(tr("&Inspect only, without verifying (shown as NOT verified)"), dialog);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(file, 1);
    fileRow->addWidget(browse);
    auto *trustRow = new QHBoxLayout;
    trustRow->addWidget(trust, 1);
    trustRow->addWidget(trustFolder);
    trustRow->addWidget(trustFile);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, dialog);
    auto *form = new QFormLayout(dialog);
    auto *fileLabel = new QLabel(tr("&Package:"), dialog);
    fileLabel->setBuddy(file);
    auto *trustLabel = new QLabel(tr("&Verify against:"), dialog);
    trustLabel->setBuddy(trust);
    form->addRow(fileLabel, fileRow);
    form->addRow(trustLabel, trustRow);
    form->addRow(QString(), inspectOnly);
    auto *problem = problemLabel(dialog, QStringLiteral("openPackageProblem"));
    form->addRow(problem);
    form->addRow(buttons);
    connect(inspectOnly, &QCheckBox::toggled, trust, &QWidget::setDisabled);
    connect(browse, &QPushButton::clicked, dialog, [dialog, file] {
        const QString chosen
            = QFileDialog::getOpenFileName(dialog, tr("Open Package"), file->text(),
                                           tr("Clearroom packages (*.crpkg);;All files (*)"));
        if (!chosen.isEmpty())
            file->setText(chosen);
    });
    connect(trustFolder, &QPushButton::clicked, dialog, [dialog, trust] {
        const QString chosen = QFileDialog::getExistingDirectory(
            dialog, tr("Trust Configuration Folder"), trust->text());
        if (!chosen.isEmpty())
            trust->setText(chosen);
    });
    connect(trustFile, &QPushButton::clicked, dialog, [dialog, trust] {
        const QString chosen
            = QFileDialog::getOpenFileName(dialog, tr("Authority's CA Certificate"), trust->text(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!chosen.isEmpty())
            trust->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(
        buttons, &QDialogButtonBox::accepted, dialog,
        [this, dialog, file, trust, inspectOnly, problem] {
            // Verifying needs a trust configuration; without one, only an explicit choice.
            if (file->text().isEmpty() || (trust->text().isEmpty() && !inspectOnly->isChecked())) {
                problem->setText(file->text().isEmpty()
                                     ? tr("Choose the package to open.")
                                     : tr("Choose the trust configuration to verify against, or "
                                          "inspect the package without verifying it."));
                problem->show();
                return;
            }
            if (!inspectOnly->isChecked())
                RememberedPaths::remember(RememberedPaths::Path::VerifyTrust, trust->text());
            openPackage(file->text(), inspectOnly->isChecked() ? QString() : trust->text());
            dialog->accept();
        });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(640, dialog->sizeHint().height());
    dialog->show();
    Q_EMIT dialogOpened(dialog);
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

void PackageActions::showReceipt(const QString &fileName, const package::PackageVerdict &verdict,
                                 const QString &notRecorded)
{
    auto *receipt = new ReceiptDialog(package::TransferReceipt::text(fileName, verdict),
                                      notRecorded, m_window);
    receipt->setAttribute(Qt::WA_DeleteOnClose);
    receipt->setWindowModality(Qt::WindowModal);
    receipt->show();
    Q_EMIT dialogOpened(receipt);
}

} // namespace clearroom::ui
