// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "exportchoiceform.h"
#include "packageexport.h"
#include "workerruns.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextEdit;
class QTreeView;

namespace clearroom::ui {

class PackageEntriesModel;
class WorkspaceSession;

/// "Export Signed Package": the identity, the trust configuration or policy and the
/// file on removable media are chosen and the identity unlocked; then every entry,
/// excerpt and piece of pasted-looking free text that will leave is shown; only when
/// the auditor confirms with the passphrase again is the package signed, written and
/// verified on the medium. All of it runs off the GUI thread, with progress and cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Page { Choose, Preview, Progress };

    ExportDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QLineEdit *identityEdit() const { return m_choice->identityEdit(); }
    QLineEdit *trustEdit() const { return m_choice->trustEdit(); }
    QLineEdit *policyEdit() const { return m_choice->policyEdit(); }
    QLineEdit *outputEdit() const { return m_choice->outputEdit(); }
    QLineEdit *passphraseEdit() const { return m_choice->passphraseEdit(); }
    QLineEdit *confirmPassphraseEdit() const { return m_confirmPassphrase; }
    PackageEntriesModel *entriesModel() const { return m_entries; }
    QTextEdit *previewView() const { return m_preview; }
    Page page() const;
    /// The problem shown on the current page, or "".
    QString problemText() const;
    /// What the progress page says is happening.
    QString stageText() const;

    /// Unlocks the identity and builds the package for the preview.
    void showPreview();
    /// Signs, writes and verifies the package (after the passphrase was entered again).
    void writePackage();
    /// Cancels the work under way, or closes the dialog.
    void reject() override;

Q_SIGNALS:
    void previewShown();
    /// The work failed or was cancelled; the message is on the page shown again.
    void failed(const QString &message);
    /// The package was written and verified; the dialog is closing. `notRecorded` says why
    /// the workspace could not record the export (empty when it did).
    void exported(const QString &fileName, const clearroom::package::PackageVerdict &verdict,
                  const QString &notRecorded);

private:
    QWidget *makeChoosePage();
    QWidget *makePreviewPage();
    QWidget *makeProgressPage();
    void setPage(Page page);
    void showProgress(PackageExport::Stage stage);
    void fail(Page back, const QString &message);
    void onPrepared(const Result<PreparedExport> &prepared);
    void onWritten(const Result<package::PackageVerdict> &verdict);
    /// Shows the preview again with why the package was not written.
    void writeFailed(const QString &message);
    void onRecorded(const QString &fileName, const package::PackageVerdict &verdict,
                    const Result<void> &recorded);

    WorkspaceSession *m_session;
    QStackedWidget *m_pages;
    ExportChoiceForm *m_choice;
    QLabel *m_chooseProblem;
    QLabel *m_summary;
    QLabel *m_flaggedWarning;
    PackageEntriesModel *m_entries;
    QTreeView *m_entriesView;
    QTextEdit *m_preview;
    QLineEdit *m_confirmPassphrase;
    QLabel *m_previewProblem;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_writeButton = nullptr;
    QLabel *m_stage;
    QProgressBar *m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<PreparedExport> m_prepared;
    bool m_recording = false; // the package is written; the dialog waits for the record
    WorkerRuns<ExportDialog> m_runs;
};

} // namespace clearroom::ui

Q_DECLARE_METATYPE(clearroom::package::PackageVerdict)
