// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "importdialog.h"

#include "importrowsmodel.h"
#include "leadsession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace clearroom::ui {

ImportDialog::ImportDialog(LeadSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new ImportRowsModel(this))
    , m_view(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Import Packages"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("importStatus"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(session, &LeadSession::importFinished, this, &ImportDialog::showRows);
    connect(session, &LeadSession::importFailed, this, &ImportDialog::showFailure);
    resize(980, 420);
}

void ImportDialog::start(const QStringList &files)
{
    m_status->setText(tr("Verifying %Ln package(s) against the trust configuration and reading "
                         "them…",
                         nullptr, int(files.size())));
    // PackageIntake reports no steps: the bar shows that work is under way.
    m_progress->setRange(0, 0);
    m_progress->show();
    m_session->importPackages(files);
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::showRows(const QVector<package::IntakeRow> &rows)
{
    m_progress->hide();
    int accepted = 0;
    for (const package::IntakeRow &row : rows)
        accepted += row.verdict == package::IntakeRow::Verdict::Accepted ? 1 : 0;
    m_status->setText(tr("%1 of %Ln package(s) take part; the others contribute nothing.", nullptr,
                         int(rows.size()))
                          .arg(QLocale().toString(accepted)));
    m_model->setRows(rows);
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(ImportRowsModel::PackageId, 150);
    m_view->setColumnWidth(ImportRowsModel::File, std::min(m_view->columnWidth(0), 200));
    m_view->resizeRowsToContents();
    Q_EMIT finished();
}

void ImportDialog::showFailure(const QString &message)
{
    m_progress->hide();
    m_status->setText(message);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    Q_EMIT finished();
}

} // namespace clearroom::ui
