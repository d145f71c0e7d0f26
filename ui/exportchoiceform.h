// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packageexport.h"

#include <QWidget>

class QLineEdit;

namespace clearroom::ui {

/// The first page's form of "Export Signed Package": the identity, the authority's trust
/// configuration or a policy file, the package file on the removable medium (each with
/// its file dialog) and the passphrase that unlocks the identity for the preview.
class ExportChoiceForm : public QWidget
{
    Q_OBJECT

public:
    explicit ExportChoiceForm(QWidget *parent = nullptr);

    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *trustEdit() const { return m_trust; }
    QLineEdit *policyEdit() const { return m_policy; }
    QLineEdit *outputEdit() const { return m_output; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }

    /// What was chosen, the paths trimmed.
    ExportRequest request() const;
    /// Remembers the identity, the trust configuration or policy and the package's folder
    /// for the next form (RememberedPaths): once a package was written with them.
    static void remember(const ExportRequest &chosen);

private:
    void browseIdentity();
    void browseTrust(bool folder);
    void browsePolicy();
    void browseOutput();

    QLineEdit *m_identity;
    QLineEdit *m_trust;
    QLineEdit *m_policy;
    QLineEdit *m_output;
    QLineEdit *m_passphrase;
};

} // namespace clearroom::ui
