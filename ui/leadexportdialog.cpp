// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leadexportdialog.h"

#include "leadsession.h"
#include "problemlabel.h"
#include "rememberedpaths.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace clearroom::ui {

LeadExportDialog::LeadExportDialog(LeadSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_identity(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
    , m_output(new QLineEdit(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(problemLabel(this, QStringLiteral("leadExportProblem")))
    , m_previewButton(new QPushButton(tr("&Preview"), this))
    , m_exportButton(new QPushButton(tr("&Export"), this))
{
    setWindowTitle(tr("Export Consolidated Package"));
    m_identity->setObjectName(QStringLiteral("leadIdentity"));
    m_identity->setPlaceholderText(tr("Your lead reviewer identity (.p12)"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_output->setPlaceholderText(tr("Where to write the package (.crpkg)"));
    m_preview->setReadOnly(true);
    m_preview->setObjectName(QStringLiteral("leadExportPreview"));
    m_preview->setPlaceholderText(
        tr("Choose your identity and press Preview to see what the package will hold."));
    m_preview->setFont(QFont(QStringLiteral("monospace")));
    auto *browseIdentity = new QPushButton(tr("Browse…"), this);
    auto *browseOutput = new QPushButton(tr("Browse…"), this);
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browseIdentity);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(browseOutput);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    m_exportButton->setEnabled(false);
    auto *form = new QFormLayout(this);
    // A label of a row that is a layout needs its buddy set to show its shortcut.
    auto *identityLabel = new QLabel(tr("&Identity:"), this);
    identityLabel->setBuddy(m_identity);
    auto *outputLabel = new QLabel(tr("&Write to:"), this);
    outputLabel->setBuddy(m_output);
    form->addRow(identityLabel, identityRow);
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    form->addRow(m_preview);
    form->addRow(outputLabel, outputRow);
    form->addRow(m_problem);
    form->addRow(buttons);
    connect(browseIdentity, &QPushButton::clicked, this, [this] {
        const QString chosen
            = QFileDialog::getOpenFileName(this, tr("Lead Reviewer Identity"), m_identity->text(),
                                           tr("PKCS #12 identities (*.p12 *.pfx);;All files (*)"));
        if (!chosen.isEmpty())
            m_identity->setText(chosen);
    });
    m_identity->setText(RememberedPaths::value(RememberedPaths::Path::LeadIdentity));
    connect(browseOutput, &QPushButton::clicked, this, [this] {
        const QString start = m_output->text().isEmpty()
            ? RememberedPaths::value(RememberedPaths::Path::PackageFolder)
            : m_output->text();
        const QString chosen = QFileDialog::getSaveFileName(this, tr("Consolidated Package"), start,
                                                            tr("Clearroom packages (*.crpkg)"));
        if (!chosen.isEmpty())
            m_output->setText(chosen);
    });
    // A changed identity needs a new preview before anything is written.
    const auto stale = [this] { m_exportButton->setEnabled(false); };
    connect(m_identity, &QLineEdit::textChanged, this, stale);
    connect(m_passphrase, &QLineEdit::textChanged, this, stale);
    connect(m_previewButton, &QPushButton::clicked, this, &LeadExportDialog::preview);
    connect(m_exportButton, &QPushButton::clicked, this, &LeadExportDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(session, &LeadSession::exportPrepared, this, [this](const QString &text) {
        setBusy(false);
        m_preview->setPlainText(text);
        m_exportButton->setEnabled(true);
    });
    connect(session, &LeadSession::exportFailed, this, &LeadExportDialog::showProblem);
    connect(session, &LeadSession::exported, this,
            [this](const QString &fileName, const package::PackageVerdict &verdict) {
                setBusy(false);
                RememberedPaths::remember(RememberedPaths::Path::LeadIdentity, m_identity->text());
                RememberedPaths::remember(RememberedPaths::Path::PackageFolder,
                                          QFileInfo(fileName).absolutePath());
                Q_EMIT exported(fileName, verdict);
                accept();
            });
    resize(760, 560);
}

QString LeadExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString LeadExportDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void LeadExportDialog::preview()
{
    if (m_identity->text().isEmpty())
        return showProblem(tr("Choose your lead reviewer identity (.p12)."));
    m_problem->hide();
    setBusy(true);
    m_preview->setPlainText(tr("Building the consolidated package…"));
    m_session->prepareExport(m_identity->text(), m_passphrase->text().toUtf8());
}

void LeadExportDialog::write()
{
    if (m_output->text().isEmpty())
        return showProblem(tr("Choose where to write the package."));
    m_problem->hide();
    setBusy(true);
    m_session->writeExport(m_output->text());
}

void LeadExportDialog::showProblem(const QString &message)
{
    setBusy(false);
    m_exportButton->setEnabled(m_session->isPrepared());
    m_problem->setText(message);
    m_problem->show();
}

void LeadExportDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    if (busy)
        m_exportButton->setEnabled(false);
}

} // namespace clearroom::ui
