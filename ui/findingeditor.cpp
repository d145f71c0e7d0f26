// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingeditor.h"

#include "cwecatalogue.h"
#include "markdownview.h"
#include "problemlabel.h"
#include "submitshortcut.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {
constexpr review::Severity severities[]
    = {review::Severity::Info, review::Severity::Low, review::Severity::Medium,
       review::Severity::High, review::Severity::Critical};
constexpr review::FindingStatus statuses[]
    = {review::FindingStatus::Open,     review::FindingStatus::Confirmed,
       review::FindingStatus::Disputed, review::FindingStatus::FalsePositive,
       review::FindingStatus::Fixed,    review::FindingStatus::AcceptedRisk};
} // namespace

FindingEditor::FindingEditor(QWidget *parent)
    : QDialog(parent)
    , m_location(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_cwe(new QLineEdit(this))
    , m_cweName(new QLabel(this))
    , m_cweMatches(new QStandardItemModel(this))
    , m_description(new QPlainTextEdit(this))
    , m_recommendation(new QPlainTextEdit(this))
    , m_problem(problemLabel(this, QStringLiteral("findingProblem")))
{
    setWindowTitle(tr("Record Finding"));
    setObjectName(QStringLiteral("findingEditor"));
    m_location->setTextFormat(Qt::PlainText);
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("findingTitle"));
    m_title->setPlaceholderText(tr("What is wrong, in a line"));
    for (review::Severity severity : severities)
        m_severity->addItem(review::FindingNames::severityText(severity), int(severity));
    m_severity->setCurrentIndex(int(review::Severity::Medium));
    for (review::FindingStatus status : statuses)
        m_status->addItem(review::FindingNames::statusText(status), int(status));

    m_cwe->setObjectName(QStringLiteral("findingCwe"));
    m_cwe->setPlaceholderText(tr("CWE id or words of its name, e.g. 787 or out-of-bounds"));
    auto *completer = new QCompleter(m_cweMatches, this);
    // The catalogue ranks the matches itself; the completer shows them as they come.
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    completer->setMaxVisibleItems(12);
    m_cwe->setCompleter(completer);
    // The list shows id and name; picking one puts just the id in the field.
    completer->setCompletionRole(Qt::UserRole);
    connect(m_cwe, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_cweMatches->clear();
        for (const review::CweEntry &entry : review::CweCatalogue::instance().search(text, 40)) {
            auto *item
                = new QStandardItem(QStringLiteral("CWE-%1  %2").arg(entry.id).arg(entry.name));
            item->setData(QStringLiteral("CWE-%1").arg(entry.id), Qt::UserRole);
            m_cweMatches->appendRow(item);
        }
    });
    connect(m_cwe, &QLineEdit::textChanged, this, &FindingEditor::updateCwe);
    m_cweName->setWordWrap(true);
    m_cweName->setTextFormat(Qt::PlainText);

    m_description->setObjectName(QStringLiteral("findingDescription"));
    m_description->setPlaceholderText(tr("What the problem is, why it matters, how it can be "
                                         "exploited (Markdown)"));
    m_recommendation->setObjectName(QStringLiteral("findingRecommendation"));
    m_recommendation->setPlaceholderText(tr("How to fix it (Markdown)"));
    for (QPlainTextEdit *edit : {m_description, m_recommendation})
        edit->setTabChangesFocus(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+Return)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FindingEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FindingEditor::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Location:"), m_location);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(tr("&CWE:"), m_cwe);
    form->addRow(QString(), m_cweName);
    form->addRow(tr("&Description:"), markdownField(m_description, new MarkdownView(this)));
    form->addRow(tr("&Recommendation:"), markdownField(m_recommendation, new MarkdownView(this)));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 620);
    // Save from anywhere in the form, the Markdown fields included.
    (new SubmitShortcut(this, [this] { accept(); }))->watch(this);
    m_title->setFocus();
}

QWidget *FindingEditor::markdownField(QPlainTextEdit *edit, MarkdownView *preview)
{
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(edit, tr("Write"));
    tabs->addTab(preview, tr("Preview"));
    connect(tabs, &QTabWidget::currentChanged, this, [edit, preview](int index) {
        if (index == 1)
            preview->setMarkdownText(edit->toPlainText());
    });
    return tabs;
}

void FindingEditor::setLocationText(const QString &text)
{
    m_location->setText(text);
}

void FindingEditor::setFinding(const review::Finding &finding)
{
    setWindowTitle(tr("Edit Finding"));
    m_title->setText(finding.title);
    m_severity->setCurrentIndex(m_severity->findData(int(finding.severity)));
    m_status->setCurrentIndex(m_status->findData(int(finding.status)));
    m_cwe->setText(finding.cwe > 0 ? QStringLiteral("CWE-%1").arg(finding.cwe) : QString());
    m_description->setPlainText(finding.description);
    m_recommendation->setPlainText(finding.recommendation);
}

int FindingEditor::cweId() const
{
    const QString text = m_cwe->text().trimmed();
    if (text.isEmpty())
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^(?:CWE)?[-\\s:]*(\\d+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const int id = match.captured(1).toInt();
    return review::CweCatalogue::instance().contains(id) ? id : -1;
}

void FindingEditor::updateCwe()
{
    const int id = cweId();
    if (id > 0)
        m_cweName->setText(review::CweCatalogue::instance().find(id)->name);
    else if (id < 0)
        m_cweName->setText(tr("Not a weakness of CWE %1: pick one from the list.")
                               .arg(review::CweCatalogue::instance().version()));
    else
        m_cweName->clear();
}

QString FindingEditor::problemText() const
{
    if (m_title->text().trimmed().isEmpty())
        return tr("A finding needs a title.");
    if (cweId() < 0)
        return tr("The CWE is not one of the catalogue; pick one from the list or leave it "
                  "empty.");
    return {};
}

void FindingEditor::accept()
{
    const QString problem = problemText();
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        (m_title->text().trimmed().isEmpty() ? m_title : m_cwe)->setFocus();
        return;
    }
    QDialog::accept();
}

review::FindingChanges FindingEditor::fields() const
{
    review::FindingChanges fields;
    fields.title = m_title->text().trimmed();
    fields.severity = review::Severity(m_severity->currentData().toInt());
    fields.status = review::FindingStatus(m_status->currentData().toInt());
    fields.cwe = std::max(0, cweId());
    fields.description = m_description->toPlainText();
    fields.recommendation = m_recommendation->toPlainText();
    return fields;
}

} // namespace clearroom::ui
