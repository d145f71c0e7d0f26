// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace clearroom::ui {

class LeadSession;

/// The lead's editor of one decision. A merge (or a keep): title, severity, status and
/// CWE chosen from a source or written anew, the texts, and the rationale, which is
/// required as long as the result departs from any source: Save stays disabled and the
/// dialog says why. A rejection: the reason, always required. Saving records the decision
/// through the session.
class DecisionEditor : public QDialog
{
    Q_OBJECT

public:
    /// `proposed` is the decision to start from (LeadSession::proposedMerge, keepOf).
    DecisionEditor(LeadSession *session, const package::ConsolidationDecision &proposed,
                   QWidget *parent = nullptr);

    /// The decision as the fields say now.
    package::ConsolidationDecision decision() const;
    /// Why Save is disabled, or "".
    QString problem() const;

    QComboBox *titleBox() const { return m_title; }
    QComboBox *severityBox() const { return m_severity; }
    QComboBox *statusBox() const { return m_status; }
    QComboBox *cweBox() const { return m_cwe; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPlainTextEdit *rationaleEdit() const { return m_rationale; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();
    void save();
    /// The CWE the box names, or nullopt when it names none understandable.
    std::optional<int> cwe() const;

    LeadSession *m_session;
    package::ConsolidationDecision m_proposed;
    QComboBox *m_title = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_cwe = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_recommendation = nullptr;
    QPlainTextEdit *m_rationale;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace clearroom::ui
