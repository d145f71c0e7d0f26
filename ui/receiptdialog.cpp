// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "receiptdialog.h"

#include "messagebanner.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QVBoxLayout>

namespace clearroom::ui {

ReceiptDialog::ReceiptDialog(const QString &receipt, const QString &warning, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(receipt, this))
    , m_warning(new MessageBanner(MessageBanner::Level::Warning, this))
{
    setObjectName(QStringLiteral("receiptDialog"));
    setWindowTitle(tr("Transfer Receipt"));
    auto *intro = new QLabel(tr("The package was written, read back from the medium and "
                                "verified. Keep this receipt: its SHA-256 identifies the file "
                                "that left the room."),
                             this);
    intro->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("receiptText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *save = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    connect(print, &QPushButton::clicked, this, &ReceiptDialog::print);
    connect(save, &QPushButton::clicked, this, &ReceiptDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_warning);
    if (warning.isEmpty())
        m_warning->hide();
    else
        m_warning->showMessage(warning);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(880, 380);
}

QString ReceiptDialog::text() const
{
    return m_text->toPlainText();
}

QString ReceiptDialog::warningText() const
{
    return m_warning->text();
}

Result<void> ReceiptDialog::saveTo(const QString &fileName) const
{
    QSaveFile file(fileName);
    const QByteArray bytes = text().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error {
            tr("Could not save the receipt as “%1”: %2.").arg(fileName, file.errorString())};
    return {};
}

void ReceiptDialog::printOn(QPagedPaintDevice &device) const
{
    QTextDocument document;
    document.setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    document.setPlainText(text());
    document.print(&device);
}

void ReceiptDialog::save()
{
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Receipt"), QString(),
                                                          tr("Text files (*.txt);;All files (*)"));
    if (fileName.isEmpty())
        return;
    if (auto saved = saveTo(fileName); !saved)
        QMessageBox::warning(this, tr("Save Receipt"), saved.errorMessage());
}

void ReceiptDialog::print()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Receipt"));
    if (dialog.exec() == QDialog::Accepted)
        printOn(printer);
}

} // namespace clearroom::ui
