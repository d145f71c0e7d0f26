// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clearroom::package {
struct PackageVerdict;
}

namespace clearroom::ui {

class LeadSession;

/// Exporting the consolidated package: the lead's identity (.p12) and its passphrase,
/// then a preview of what would leave (built on the session's worker), then the output
/// file: the package is signed, written, read back and verified off the GUI thread.
class LeadExportDialog : public QDialog
{
    Q_OBJECT

public:
    LeadExportDialog(LeadSession *session, QWidget *parent = nullptr);

    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QLineEdit *outputEdit() const { return m_output; }
    QPushButton *previewButton() const { return m_previewButton; }
    QPushButton *exportButton() const { return m_exportButton; }
    QString previewText() const;
    QString problemText() const;

Q_SIGNALS:
    void exported(const QString &fileName, const clearroom::package::PackageVerdict &verdict);

private:
    void preview();
    void write();
    void showProblem(const QString &message);
    void setBusy(bool busy);

    LeadSession *m_session;
    QLineEdit *m_identity;
    QLineEdit *m_passphrase;
    QLineEdit *m_output;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    QPushButton *m_previewButton;
    QPushButton *m_exportButton;
};

} // namespace clearroom::ui
