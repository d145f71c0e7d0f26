// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "exportchoiceform.h"

#include "rememberedpaths.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include <initializer_list>

namespace clearroom::ui {

namespace {

QLineEdit *fileField(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

// A line edit with buttons beside it, as one row of a form whose label's mnemonic
// goes to the edit.
void addFileRow(QFormLayout *form, const QString &label, QLineEdit *edit,
                std::initializer_list<QPushButton *> buttons)
{
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    for (QPushButton *button : buttons)
        row->addWidget(button);
    auto *name = new QLabel(label, edit->parentWidget());
    name->setBuddy(edit);
    form->addRow(name, row);
}

} // namespace

ExportChoiceForm::ExportChoiceForm(QWidget *parent)
    : QWidget(parent)
    , m_identity(fileField(this, QStringLiteral("exportIdentity"),
                           tr("Your identity file from the authority (.p12)")))
    , m_trust(fileField(this, QStringLiteral("exportTrust"),
                        tr("Optional: the authority's folder (its policy applies) or CA file")))
    , m_policy(fileField(this, QStringLiteral("exportPolicy"),
                         tr("Optional, without a trust configuration: the room's policy")))
    , m_output(fileField(this, QStringLiteral("exportOutput"),
                         tr("The package file on the removable medium (.crpkg)")))
    , m_passphrase(new QLineEdit(this))
{
    m_passphrase->setObjectName(QStringLiteral("exportPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);

    auto *identityButton = new QPushButton(tr("Browse…"), this);
    connect(identityButton, &QPushButton::clicked, this, &ExportChoiceForm::browseIdentity);
    auto *trustFolder = new QPushButton(tr("Folder…"), this);
    connect(trustFolder, &QPushButton::clicked, this, [this] { browseTrust(true); });
    auto *trustFile = new QPushButton(tr("CA File…"), this);
    connect(trustFile, &QPushButton::clicked, this, [this] { browseTrust(false); });
    auto *policyButton = new QPushButton(tr("Browse…"), this);
    connect(policyButton, &QPushButton::clicked, this, &ExportChoiceForm::browsePolicy);
    auto *outputButton = new QPushButton(tr("Browse…"), this);
    connect(outputButton, &QPushButton::clicked, this, &ExportChoiceForm::browseOutput);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    addFileRow(form, tr("&Identity:"), m_identity, {identityButton});
    addFileRow(form, tr("&Trust configuration:"), m_trust, {trustFolder, trustFile});
    addFileRow(form, tr("Egress &policy file:"), m_policy, {policyButton});
    addFileRow(form, tr("Package &file:"), m_output, {outputButton});
    form->addRow(tr("Pass&phrase:"), m_passphrase);

    // What signed the last package and what it was made under; the file name is new each
    // time, so only its folder is remembered (see browseOutput()).
    using Path = RememberedPaths::Path;
    m_identity->setText(RememberedPaths::value(Path::ExportIdentity));
    m_trust->setText(RememberedPaths::value(Path::ExportTrust));
    m_policy->setText(RememberedPaths::value(Path::ExportPolicy));
}

void ExportChoiceForm::remember(const ExportRequest &chosen)
{
    using Path = RememberedPaths::Path;
    RememberedPaths::remember(Path::ExportIdentity, chosen.identityFile);
    RememberedPaths::remember(Path::ExportTrust, chosen.trustPath);
    RememberedPaths::remember(Path::ExportPolicy, chosen.policyFile);
    RememberedPaths::remember(Path::PackageFolder, QFileInfo(chosen.outputFile).absolutePath());
}

ExportRequest ExportChoiceForm::request() const
{
    return {m_identity->text().trimmed(), m_trust->text().trimmed(), m_policy->text().trimmed(),
            m_output->text().trimmed()};
}

void ExportChoiceForm::browseIdentity()
{
    const QString chosen
        = QFileDialog::getOpenFileName(this, tr("Identity"), m_identity->text(),
                                       tr("PKCS#12 identities (*.p12 *.pfx);;All files (*)"));
    if (!chosen.isEmpty())
        m_identity->setText(chosen);
}

void ExportChoiceForm::browseTrust(bool folder)
{
    const QString chosen = folder
        ? QFileDialog::getExistingDirectory(this, tr("Trust Configuration Folder"), m_trust->text())
        : QFileDialog::getOpenFileName(this, tr("Authority's CA Certificate"), m_trust->text(),
                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!chosen.isEmpty())
        m_trust->setText(chosen);
}

void ExportChoiceForm::browsePolicy()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Egress Policy"), m_policy->text(),
                                                        tr("Policies (*.json);;All files (*)"));
    if (!chosen.isEmpty())
        m_policy->setText(chosen);
}

void ExportChoiceForm::browseOutput()
{
    const QString start = m_output->text().isEmpty()
        ? RememberedPaths::value(RememberedPaths::Path::PackageFolder)
        : m_output->text();
    QString chosen = QFileDialog::getSaveFileName(this, tr("Package File"), start,
                                                  tr("Clearroom packages (*.crpkg)"), nullptr,
                                                  QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    if (!chosen.endsWith(QLatin1String(".crpkg")))
        chosen += QStringLiteral(".crpkg");
    m_output->setText(chosen);
}

} // namespace clearroom::ui
