// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QDialog>

class QPlainTextEdit;
class QPagedPaintDevice;

namespace clearroom::ui {

class MessageBanner;

/// The transfer receipt of a package written and verified on the medium, for the
/// auditor to print or save and keep: file, size, SHA-256, signer, time, findings.
class ReceiptDialog : public QDialog
{
    Q_OBJECT

public:
    /// `warning`, when given, is shown above the receipt (the workspace could not record
    /// the export).
    ReceiptDialog(const QString &receipt, const QString &warning = {}, QWidget *parent = nullptr);

    QString text() const;
    /// The warning given, or "".
    QString warningText() const;
    /// Writes the receipt as a UTF-8 text file (never over an existing one unasked).
    Result<void> saveTo(const QString &fileName) const;
    /// Prints on a printer (or a PDF writer) in a fixed-width font.
    void printOn(QPagedPaintDevice &device) const;

private:
    void save();
    void print();

    QPlainTextEdit *m_text;
    MessageBanner *m_warning;
};

} // namespace clearroom::ui
