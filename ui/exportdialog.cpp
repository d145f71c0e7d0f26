// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "exportdialog.h"

#include "exportchoiceform.h"
#include "exportpreviewdocument.h"
#include "packagedelivery.h"
#include "packageentriesmodel.h"
#include "problemlabel.h"
#include "workspacesession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {

QLineEdit *passphraseField(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_runs(this, &ExportDialog::writeFailed)
{
    qRegisterMetaType<package::PackageVerdict>("clearroom::package::PackageVerdict");
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Signed Package"));
    m_pages->addWidget(makeChoosePage());
    m_pages->addWidget(makePreviewPage());
    m_pages->addWidget(makeProgressPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setPage(Page::Choose);
    resize(820, sizeHint().height());
}

ExportDialog::~ExportDialog()
{
    if (m_cancel)
        *m_cancel = true;
}

QWidget *ExportDialog::makeChoosePage()
{
    auto *page = new QWidget(this);
    m_choice = new ExportChoiceForm(page);
    m_chooseProblem = problemLabel(page, QStringLiteral("exportProblem"));
    auto *intro = new QLabel(tr("The package is shown in full before anything is written. "
                                "Without an egress policy no code leaves the room."),
                             page);
    intro->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    QPushButton *preview = buttons->addButton(tr("&Preview"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("exportPreviewButton"));
    m_previewButton = preview;
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::showPreview);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(m_choice);
    layout->addWidget(m_chooseProblem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

QWidget *ExportDialog::makePreviewPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_flaggedWarning = new QLabel(page);
    m_flaggedWarning->setObjectName(QStringLiteral("exportFlaggedWarning"));
    m_flaggedWarning->setTextFormat(Qt::PlainText);
    m_flaggedWarning->setWordWrap(true);
    m_flaggedWarning->setStyleSheet(
        QStringLiteral("background: %1; color: black; padding: 6px; border: 1px solid #c09000;")
            .arg(ExportPreviewDocument::warningBackground().name()));
    m_flaggedWarning->hide();

    m_entries = new PackageEntriesModel(this);
    m_entriesView = new QTreeView(page);
    m_entriesView->setObjectName(QStringLiteral("exportEntries"));
    m_entriesView->setRootIsDecorated(false);
    m_entriesView->setModel(m_entries);
    m_entriesView->header()->setStretchLastSection(false);
    m_entriesView->header()->setSectionResizeMode(PackageEntriesModel::Name, QHeaderView::Stretch);
    m_entriesView->header()->setSectionResizeMode(PackageEntriesModel::Size,
                                                  QHeaderView::ResizeToContents);
    m_preview = new QTextEdit(page);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QTextEdit::NoWrap);
    auto *splitter = new QSplitter(Qt::Vertical, page);
    splitter->addWidget(m_entriesView);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    m_confirmPassphrase = passphraseField(page, QStringLiteral("exportConfirmPassphrase"));
    m_previewProblem = problemLabel(page, QStringLiteral("exportProblem"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole);
    QPushButton *write = buttons->addButton(tr("&Sign and Write"), QDialogButtonBox::AcceptRole);
    write->setObjectName(QStringLiteral("exportWriteButton"));
    m_writeButton = write;
    connect(back, &QPushButton::clicked, this, [this] {
        m_prepared.reset();
        setPage(Page::Choose);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::writePackage);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto *confirm = new QFormLayout;
    confirm->addRow(tr("Everything above leaves the room. To sign it, enter the passphrase "
                       "&again:"),
                    m_confirmPassphrase);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_flaggedWarning);
    layout->addWidget(splitter, 1);
    layout->addLayout(confirm);
    layout->addWidget(m_previewProblem);
    layout->addWidget(buttons);
    return page;
}

QWidget *ExportDialog::makeProgressPage()
{
    auto *page = new QWidget(this);
    m_stage = new QLabel(page);
    m_stage->setObjectName(QStringLiteral("exportStage"));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, page);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    layout->addWidget(m_stage);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    return page;
}

void ExportDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    // Return presses the button of the page shown (a dialog has one default button).
    if (page == Page::Choose)
        m_previewButton->setDefault(true);
    else if (page == Page::Preview)
        m_writeButton->setDefault(true);
}

ExportDialog::Page ExportDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString ExportDialog::problemText() const
{
    const QLabel *label = page() == Page::Preview ? m_previewProblem : m_chooseProblem;
    return label->isHidden() ? QString() : label->text();
}

QString ExportDialog::stageText() const
{
    return m_stage->text();
}

void ExportDialog::showProgress(PackageExport::Stage stage)
{
    m_stage->setText(PackageExport::stageText(stage));
    setPage(Page::Progress);
}

void ExportDialog::fail(Page back, const QString &message)
{
    m_cancel.reset();
    setPage(back);
    QLabel *label = back == Page::Preview ? m_previewProblem : m_chooseProblem;
    label->setText(message);
    label->show();
    Q_EMIT failed(message);
}

void ExportDialog::showPreview()
{
    m_chooseProblem->hide();
    const ExportRequest asked = m_choice->request();
    if (auto checked = PackageExport::check(asked); !checked) {
        fail(Page::Choose, checked.errorMessage());
        return;
    }
    const QByteArray passphrase = m_choice->passphraseEdit()->text().toUtf8();
    // The passphrase is asked again before signing; it is not kept meanwhile.
    m_choice->passphraseEdit()->clear();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    showProgress(PackageExport::Stage::Unlocking);
    m_session->withWorkspace(
        this,
        [this, asked, passphrase,
         cancel](review::Workspace *workspace,
                 const WorkspaceSession::GuiPost &post) -> WorkspaceSession::GuiCall {
            Result<PreparedExport> prepared = Error {tr("No review is open.")};
            if (workspace)
                prepared = PackageExport::prepare(*workspace, asked, passphrase, *cancel,
                                                  [this, post](PackageExport::Stage stage) {
                                                      post([this, stage] { showProgress(stage); });
                                                  });
            return [this, prepared] { onPrepared(prepared); };
        });
}

void ExportDialog::onPrepared(const Result<PreparedExport> &prepared)
{
    if (!prepared) {
        fail(Page::Choose, prepared.errorMessage());
        return;
    }
    m_cancel.reset();
    m_prepared = *prepared;
    const package::PackageBuilder &builder = *prepared->builder;
    const package::CollectedReview &collected = builder.collected();
    m_entries->setBuilder(builder);
    ExportPreviewDocument::fill(*m_preview->document(), builder);
    // Read from the start: the view's cursor moved along with the text filled in before it,
    // so the preview opened at its end (the pasted code), its first heading out of sight.
    m_preview->moveCursor(QTextCursor::Start);
    m_preview->verticalScrollBar()->setValue(0); // with the first heading's margin
    m_summary->setText(
        tr("Review “%1”, %Ln finding(s), signed by %2. Egress policy: %3. About %4 bytes "
           "in all, to %5.",
           nullptr, int(builder.content().findings.size()))
            .arg(builder.content().review.name, builder.content().signer.subject,
                 collected.policy.description(), QLocale().toString(builder.unsignedSize()),
                 prepared->request.outputFile));
    m_summary->setText(
        m_summary->text() + QLatin1Char(' ')
        + (builder.content().previousPackageId.isEmpty()
               ? tr("It is the first package exported from this workspace.")
               : tr("Previous package: %1.").arg(builder.content().previousPackageId)));
    m_flaggedWarning->setText(
        tr("Warning: %Ln place(s) of free text look like pasted code. They leave as written.",
           nullptr, int(collected.flagged.size())));
    m_flaggedWarning->setVisible(!collected.flagged.isEmpty());
    m_previewProblem->hide();
    m_confirmPassphrase->clear();
    setPage(Page::Preview);
    // Room for the preview, inside the screen.
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(qMax(width(), 960), screen.width()),
           qMin(qMax(height(), 700), screen.height() - 40));
    move(qBound(screen.left(), x(), screen.right() - width()),
         qBound(screen.top(), y(), screen.bottom() - height() - 30));
    m_confirmPassphrase->setFocus();
    Q_EMIT previewShown();
}

void ExportDialog::writePackage()
{
    if (!m_prepared)
        return;
    m_previewProblem->hide();
    if (m_confirmPassphrase->text().isEmpty()) {
        fail(Page::Preview, tr("Enter the passphrase again to sign what is shown."));
        return;
    }
    const QByteArray passphrase = m_confirmPassphrase->text().toUtf8();
    m_confirmPassphrase->clear();
    const PreparedExport prepared = *m_prepared;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    showProgress(PackageExport::Stage::Unlocking);
    m_runs.start([prepared, passphrase, cancel](const std::atomic<bool> &, const auto &post) {
        auto verdict = PackageExport::write(
            prepared, passphrase, *cancel, [post](PackageExport::Stage stage) {
                post([stage](ExportDialog *dialog) { dialog->showProgress(stage); });
            });
        post([verdict](ExportDialog *dialog) {
            dialog->m_runs.finish();
            dialog->onWritten(verdict);
        });
    });
}

void ExportDialog::onWritten(const Result<package::PackageVerdict> &verdict)
{
    if (!verdict) {
        writeFailed(verdict.errorMessage());
        return;
    }
    // The package is on the medium: no cancel from here on. It is recorded where the
    // workspace lives, so that the next package names it as its previous one.
    m_cancel.reset();
    m_recording = true;
    ExportChoiceForm::remember(m_prepared->request);
    const QString fileName = m_prepared->request.outputFile;
    const package::PackageVerdict written = *verdict;
    m_stage->setText(tr("Recording the export in the workspace…"));
    m_session->withWorkspace(
        this,
        [this, fileName, written](review::Workspace *workspace,
                                  const WorkspaceSession::GuiPost &) -> WorkspaceSession::GuiCall {
            Result<void> recorded = Error {
                tr("The package %1 was written and verified, but no workspace is open any more "
                   "to record the export in; the next package will not name it as its previous "
                   "package.")
                    .arg(fileName)};
            if (workspace)
                recorded = package::PackageDelivery::record(*workspace, fileName, written);
            return [this, fileName, written, recorded] { onRecorded(fileName, written, recorded); };
        });
}

void ExportDialog::writeFailed(const QString &message)
{
    fail(Page::Preview, message);
}

void ExportDialog::onRecorded(const QString &fileName, const package::PackageVerdict &verdict,
                              const Result<void> &recorded)
{
    m_recording = false;
    m_prepared.reset();
    Q_EMIT exported(fileName, verdict, recorded ? QString() : recorded.errorMessage());
    QDialog::accept();
}

void ExportDialog::reject()
{
    // Cancelling the work returns to the page it started from, with the reason. Once the
    // package is written, the dialog stays until the export is recorded and the receipt
    // can follow.
    if (m_recording)
        return;
    if (m_cancel && !*m_cancel) {
        *m_cancel = true;
        m_stage->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace clearroom::ui
