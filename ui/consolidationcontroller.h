// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QDialog;
class QLabel;
class QMenu;

namespace clearroom::package {
struct PackageVerdict;
}

namespace clearroom::ui {

class ConsolidationPage;
class ImportDialog;
class LeadExportDialog;
class LeadSession;
class MainWindow;
class PackageActions;

/// The lead reviewer's side of the window: the Consolidation menu (import packages,
/// export the consolidated package), the consolidation page among the central tabs, and
/// the lead session behind them.
class ConsolidationController : public QObject
{
    Q_OBJECT

public:
    ConsolidationController(MainWindow *window, PackageActions *packages);

    LeadSession *session() const { return m_session; }
    ConsolidationPage *page() const { return m_page; }
    QMenu *menu() const { return m_menu; }

    /// Imports `files` against the trust configuration chosen (asking for one when none
    /// is): the import dialog shows the progress, then the verdicts.
    ImportDialog *importPackages(const QStringList &files);
    LeadExportDialog *exportPackage();
    /// Works in the lead workspace `fileName` (verified against the trust configuration
    /// chosen, asking for one when none is).
    void openWorkspace(const QString &fileName);

Q_SIGNALS:
    void dialogOpened(QDialog *dialog);

private:
    void choosePackages();
    /// A question with two answers (and Cancel), window-modal, without blocking.
    void ask(const QString &title, const QString &text, const QString &first,
             const std::function<void()> &onFirst, const QString &second,
             const std::function<void()> &onSecond);
    /// Asks for the trust configuration (a folder or a CA file), then runs `then`.
    void askForTrust(std::function<void()> then);
    /// Asks for a new lead workspace's file, review name and reviewer, then creates it.
    void chooseNewWorkspace();
    void chooseWorkspace();
    /// Asks for the repository the auditors reviewed and the name their findings give it.
    void chooseRepository();
    /// Asks for the commit the findings of a workspace repository are brought onto.
    void chooseCommit();
    /// Asks the lead to open or create a lead workspace, where imported packages are kept.
    void askForWorkspace();
    /// The trust configuration to verify against: the session's, else the one chosen
    /// through Trust Configuration…; "" when none was chosen.
    QString trustPath() const;
    void showReceipt(const QString &fileName, const package::PackageVerdict &verdict);

    MainWindow *m_window;
    PackageActions *m_packages;
    LeadSession *m_session;
    ConsolidationPage *m_page;
    QMenu *m_menu;
    QLabel *m_workspaceLabel; ///< in the status bar while a lead workspace is open
    QAction *m_export;
    QPointer<ImportDialog> m_importDialog;
};

} // namespace clearroom::ui
