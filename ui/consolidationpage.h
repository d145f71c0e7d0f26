// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace clearroom::ui {

class CombinedCoverageModel;
class DecisionEditor;
class LeadDecisionsModel;
class LeadSession;
class LeftOutModel;
class ProposalsModel;
class SideBySideModel;
class StaleDecisionsModel;

/// The lead's consolidation page: the duplicate proposals and the findings no group
/// covers (filterable), the selected group's findings side by side with the actions on
/// it (merge, split, reject the proposal; keep or reject a finding; withdraw), the
/// consolidated findings as the package would hold them, the combined coverage, the
/// lead's decisions that no longer apply (to withdraw), and the packages left out, with why.
class ConsolidationPage : public QWidget
{
    Q_OBJECT

public:
    ConsolidationPage(LeadSession *session, QWidget *parent = nullptr);

    ProposalsModel *proposals() const { return m_proposals; }
    SideBySideModel *sideBySide() const { return m_sideBySide; }
    LeadDecisionsModel *decisions() const { return m_decisions; }
    CombinedCoverageModel *coverage() const { return m_coverage; }
    StaleDecisionsModel *staleDecisions() const { return m_stale; }
    QTableView *staleView() const { return m_staleView; }
    LeftOutModel *leftOut() const { return m_leftOut; }
    QTableView *proposalsView() const { return m_proposalsView; }
    QTableView *sideBySideView() const { return m_sideBySideView; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableView *decisionsView() const { return m_decisionsView; }
    /// Whether the page says that what export decides is still being worked out.
    bool isWorking() const;
    QString disagreementText() const;

    /// Selects a proposal (group) or an ungrouped finding (by candidate index).
    void select(bool group, int index);
    /// Opens the merge editor for the selected group (window-modal, not blocking).
    DecisionEditor *mergeSelected();
    /// Opens the editor rejecting the selected finding.
    DecisionEditor *rejectSelectedFinding();
    void keepSelectedFinding();
    void rejectSelectedProposal();
    /// Opens the dialog taking members out of the selected group (window-modal).
    QDialog *splitSelected();
    void withdrawSelected();
    /// Withdraws the decision selected in the list of those that no longer apply.
    void withdrawSelectedStale();
    /// Shows the packages left out (when none takes part, the only thing to see).
    void showLeftOut();

Q_SIGNALS:
    /// A dialog was opened (tests drive it).
    void dialogOpened(QDialog *dialog);

private:
    QWidget *createGroupsTab();
    QWidget *createDecisionsTab();
    QWidget *createCoverageTab();
    QWidget *createStaleTab();
    QWidget *createLeftOutTab();
    void showSelection();
    void updateActions();
    void updateSummary();
    /// Shows whether the preview of the state as it stands is there yet.
    void updateWorking();
    /// The selected group's index, or -1.
    int selectedGroup() const;
    /// The finding chosen: the selected column of the side-by-side view, or the only one.
    int selectedFinding() const;

    LeadSession *m_session;
    ProposalsModel *m_proposals;
    SideBySideModel *m_sideBySide;
    LeadDecisionsModel *m_decisions;
    CombinedCoverageModel *m_coverage;
    StaleDecisionsModel *m_stale;
    LeftOutModel *m_leftOut;
    QSortFilterProxyModel *m_stateProxy;
    QSortFilterProxyModel *m_textProxy;
    QSortFilterProxyModel *m_coverageProxy;
    QTabWidget *m_tabs;
    QLabel *m_summary;
    QLabel *m_working;
    QLineEdit *m_filter;
    QComboBox *m_stateFilter;
    QTableView *m_proposalsView;
    QTableView *m_sideBySideView;
    QTableView *m_decisionsView;
    QTableView *m_coverageView;
    QTableView *m_staleView;
    QWidget *m_staleTab;
    QWidget *m_leftOutTab;
    QPushButton *m_withdrawStale;
    QLabel *m_reasons;
    QLabel *m_disagreement;
    QLabel *m_coverageSummary;
    QCheckBox *m_onlyUnreviewed;
    QPushButton *m_merge;
    QPushButton *m_split;
    QPushButton *m_rejectProposal;
    QPushButton *m_keep;
    QPushButton *m_rejectFinding;
    QPushButton *m_withdraw;
    QPushButton *m_withdrawDecision;
    bool m_selectedIsGroup = false;
    int m_selectedIndex = -1;
};

} // namespace clearroom::ui
