// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "decisioneditor.h"

#include "leadsession.h"
#include "problemlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace clearroom::ui {

using package::Decision;
using review::FindingNames;

namespace {

QString cweText(int cwe)
{
    return cwe > 0 ? QStringLiteral("CWE-%1").arg(cwe) : clearroom::ui::DecisionEditor::tr("none");
}

} // namespace

DecisionEditor::DecisionEditor(LeadSession *session, const package::ConsolidationDecision &proposed,
                               QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_proposed(proposed)
    , m_rationale(new QPlainTextEdit(this))
    , m_problem(problemLabel(this, QStringLiteral("decisionProblem")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    const QVector<package::DecisionRules::Source> sources = session->sourcesOf(proposed);
    const review::Finding &result = proposed.result.finding;
    auto *form = new QFormLayout(this);
    QStringList standsFor;
    for (const auto &[auditor, finding] : sources)
        standsFor.append(tr("%1's \"%2\"").arg(auditor, finding->title));
    auto *sourcesLabel
        = new QLabel(tr("Stands for: %1").arg(standsFor.join(QStringLiteral(", "))), this);
    sourcesLabel->setTextFormat(Qt::PlainText);
    sourcesLabel->setWordWrap(true);
    form->addRow(sourcesLabel);

    const bool reject = proposed.decision == Decision::Reject;
    if (reject) {
        setWindowTitle(tr("Reject Finding"));
        form->addRow(new QLabel(tr("The finding is left out of the consolidated findings; the "
                                   "package still carries it in its auditor's package and "
                                   "names your reason."),
                                this));
        form->addRow(tr("&Reason (required):"), m_rationale);
    } else {
        setWindowTitle(proposed.decision == Decision::Merge ? tr("Merge Findings")
                                                            : tr("Keep Finding"));
        m_title = new QComboBox(this);
        m_title->setEditable(true);
        m_severity = new QComboBox(this);
        m_status = new QComboBox(this);
        m_cwe = new QComboBox(this);
        m_cwe->setEditable(true);
        // Each choice names the auditors who chose it; anything else is the lead's own.
        const auto whoChose = [&](auto matches) {
            QStringList auditors;
            for (const auto &[auditor, finding] : sources) {
                if (matches(*finding) && !auditors.contains(auditor))
                    auditors.append(auditor);
            }
            return auditors;
        };
        for (const auto &[auditor, finding] : sources) {
            if (m_title->findText(finding->title) < 0)
                m_title->addItem(finding->title);
            if (m_cwe->findText(cweText(finding->cwe)) < 0)
                m_cwe->addItem(cweText(finding->cwe));
        }
        m_title->setCurrentText(result.title);
        m_cwe->setCurrentText(cweText(result.cwe));
        for (const QString &key : FindingNames::severityKeys()) {
            const review::Severity severity = *FindingNames::severityFromKey(key);
            const QStringList by
                = whoChose([severity](const review::Finding &f) { return f.severity == severity; });
            m_severity->addItem(by.isEmpty()
                                    ? FindingNames::severityText(severity)
                                    : tr("%1 (%2)").arg(FindingNames::severityText(severity),
                                                        by.join(QStringLiteral(", "))),
                                key);
        }
        m_severity->setCurrentIndex(
            m_severity->findData(FindingNames::severityKey(result.severity)));
        for (const QString &key : FindingNames::statusKeys()) {
            const review::FindingStatus status = *FindingNames::statusFromKey(key);
            const QStringList by
                = whoChose([status](const review::Finding &f) { return f.status == status; });
            m_status->addItem(by.isEmpty() ? FindingNames::statusText(status)
                                           : tr("%1 (%2)").arg(FindingNames::statusText(status),
                                                               by.join(QStringLiteral(", "))),
                              key);
        }
        m_status->setCurrentIndex(m_status->findData(FindingNames::statusKey(result.status)));
        m_description = new QPlainTextEdit(result.description, this);
        m_recommendation = new QPlainTextEdit(result.recommendation, this);
        m_rationale->setPlainText(proposed.rationale);
        form->addRow(tr("&Title:"), m_title);
        form->addRow(tr("&Severity:"), m_severity);
        form->addRow(tr("S&tatus:"), m_status);
        form->addRow(tr("&CWE:"), m_cwe);
        form->addRow(tr("&Description:"), m_description);
        form->addRow(tr("Reco&mmendation:"), m_recommendation);
        form->addRow(tr("&Rationale:"), m_rationale);
        connect(m_title, &QComboBox::currentTextChanged, this, &DecisionEditor::update);
        connect(m_severity, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &DecisionEditor::update);
        connect(m_status, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &DecisionEditor::update);
        connect(m_cwe, &QComboBox::currentTextChanged, this, &DecisionEditor::update);
        connect(m_description, &QPlainTextEdit::textChanged, this, &DecisionEditor::update);
        connect(m_recommendation, &QPlainTextEdit::textChanged, this, &DecisionEditor::update);
    }
    m_rationale->setObjectName(QStringLiteral("rationale"));
    form->addRow(m_problem);
    form->addRow(m_buttons);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DecisionEditor::update);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionEditor::save);
    resize(720, reject ? 320 : 640);
    update();
}

std::optional<int> DecisionEditor::cwe() const
{
    const QString text = m_cwe->currentText().trimmed();
    if (text.isEmpty() || text == tr("none"))
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^(?:CWE-)?([0-9]{1,6})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

package::ConsolidationDecision DecisionEditor::decision() const
{
    package::ConsolidationDecision made = m_proposed;
    made.automatic = false;
    made.rationale = m_rationale->toPlainText().trimmed();
    if (!m_title)
        return made;
    review::Finding &result = made.result.finding;
    result.title = m_title->currentText().trimmed();
    result.severity = *FindingNames::severityFromKey(m_severity->currentData().toString());
    result.status = *FindingNames::statusFromKey(m_status->currentData().toString());
    result.cwe = cwe().value_or(result.cwe);
    result.description = m_description->toPlainText();
    result.recommendation = m_recommendation->toPlainText();
    return made;
}

QString DecisionEditor::problem() const
{
    if (m_cwe && !cwe())
        return tr("The CWE must be a number such as CWE-89, or \"none\".");
    return m_session->check(decision());
}

void DecisionEditor::update()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(why.isEmpty());
    if (m_title) {
        const QStringList departs = package::DecisionRules::departures(
            decision().result.finding, m_session->sourcesOf(m_proposed));
        m_rationale->setPlaceholderText(
            departs.isEmpty() ? tr("Optional: the result agrees with every source.")
                              : tr("Required: the result departs from a source in %1.")
                                    .arg(departs.join(QStringLiteral("; "))));
    } else {
        m_rationale->setPlaceholderText(tr("Required: why is this finding left out?"));
    }
}

void DecisionEditor::save()
{
    if (!problem().isEmpty())
        return;
    if (m_session->decide(decision()))
        accept();
}

} // namespace clearroom::ui
