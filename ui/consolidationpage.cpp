// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationpage.h"

#include "combinedcoveragemodel.h"
#include "decisioneditor.h"
#include "flowlayout.h"
#include "leaddecisionsmodel.h"
#include "leadsession.h"
#include "leftoutmodel.h"
#include "proposalsmodel.h"
#include "sidebysidemodel.h"
#include "staledecisionsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace clearroom::ui {

namespace {

QTableView *tableView(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    // One line per row, the rest in the tooltip and below the list: a lead with thousands
    // of groups scans the list, and measuring every row's wrapped text on each change
    // would stall the window.
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel *textLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

/// A tab of a note, a list and the button acting on the list's current row.
void layOutList(QWidget *tab, const QString &note, QTableView *view, QPushButton *button)
{
    auto *text = textLabel(tab);
    text->setText(note);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(button);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(text);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
}

} // namespace

ConsolidationPage::ConsolidationPage(LeadSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proposals(new ProposalsModel(session, this))
    , m_sideBySide(new SideBySideModel(session, this))
    , m_decisions(new LeadDecisionsModel(session, this))
    , m_coverage(new CombinedCoverageModel(session, this))
    , m_stale(new StaleDecisionsModel(session, this))
    , m_leftOut(new LeftOutModel(this))
    , m_stateProxy(new QSortFilterProxyModel(this))
    , m_textProxy(new QSortFilterProxyModel(this))
    , m_coverageProxy(new QSortFilterProxyModel(this))
    , m_tabs(new QTabWidget(this))
    , m_summary(textLabel(this))
    , m_working(textLabel(this))
{
    setObjectName(QStringLiteral("consolidationPage"));
    m_summary->setObjectName(QStringLiteral("consolidationSummary"));
    m_working->setObjectName(QStringLiteral("consolidationWorking"));
    m_working->setText(tr("Working out the automatic decisions…"));
    m_working->setToolTip(tr("Clearroom works out what export decides for the findings you "
                             "have not decided; the consolidated findings follow when it is "
                             "done."));
    m_working->setWordWrap(false);
    m_working->setStyleSheet(QStringLiteral("color: #555555; font-style: italic; padding: 0 6px;"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(createGroupsTab(), tr("&Groups and Findings"));
    m_tabs->addTab(createDecisionsTab(), tr("&Consolidated Findings"));
    m_tabs->addTab(createCoverageTab(), tr("C&overage"));
    m_tabs->addTab(createStaleTab(), QString());
    m_tabs->addTab(createLeftOutTab(), QString());
    // Beside the tabs: shown and hidden after every change without moving the page.
    m_tabs->setCornerWidget(m_working, Qt::TopRightCorner);
    // The models reload on changed() first (connected earlier); then the selection.
    connect(session, &LeadSession::changed, this, [this] {
        m_leftOut->setRows(m_session->intake().lead.leftOut);
        updateSummary();
        if (m_selectedIndex >= 0 && m_proposals->rowOf(m_selectedIsGroup, m_selectedIndex) >= 0)
            select(m_selectedIsGroup, m_selectedIndex);
        else if (m_proposals->rowCount() > 0)
            select(m_proposals->index(0, 0).data(ProposalsModel::IsGroupRole).toBool(),
                   m_proposals->index(0, 0).data(ProposalsModel::IndexRole).toInt());
        else
            showSelection();
        updateWorking();
    });
    // The automatic decisions are there: the selection's text and the actions follow.
    connect(session, &LeadSession::previewReady, this, [this] {
        updateWorking();
        showSelection();
    });
    m_leftOut->setRows(m_session->intake().lead.leftOut);
    updateSummary();
    updateWorking();
    showSelection();
}

bool ConsolidationPage::isWorking() const
{
    return !m_working->isHidden();
}

void ConsolidationPage::updateWorking()
{
    const bool working = m_session->isWorkingOutPreview();
    m_working->setVisible(working);
    // The consolidated findings shown are the last preview's until the new one is there.
    m_decisionsView->setEnabled(!working);
    const QModelIndex current = m_decisionsView->currentIndex();
    m_withdrawDecision->setEnabled(!working && current.isValid()
                                   && current.data(LeadDecisionsModel::IsLeadsRole).toBool());
}

QWidget *ConsolidationPage::createGroupsTab()
{
    auto *tab = new QWidget(this);
    m_filter = new QLineEdit(tab);
    m_filter->setObjectName(QStringLiteral("consolidationFilter"));
    m_filter->setPlaceholderText(tr("Filter by title, auditor, severity, reason…"));
    m_filter->setClearButtonEnabled(true);
    m_stateFilter = new QComboBox(tab);
    m_stateFilter->addItem(tr("All"), QString());
    for (LeadSession::GroupState state :
         {LeadSession::GroupState::Proposed, LeadSession::GroupState::Merged,
          LeadSession::GroupState::Split, LeadSession::GroupState::Rejected})
        m_stateFilter->addItem(LeadSession::groupStateText(state),
                               LeadSession::groupStateText(state));
    m_stateFilter->addItem(tr("not grouped"), tr("not grouped"));
    m_stateProxy->setSourceModel(m_proposals);
    m_stateProxy->setFilterKeyColumn(ProposalsModel::State);
    m_textProxy->setSourceModel(m_stateProxy);
    m_textProxy->setFilterKeyColumn(-1);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_textProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_stateFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        const QString state = m_stateFilter->currentData().toString();
        m_stateProxy->setFilterRegularExpression(
            state.isEmpty() ? QString()
                            : QStringLiteral("^%1$").arg(QRegularExpression::escape(state)));
    });
    m_proposalsView = tableView(m_textProxy, tab);
    m_proposalsView->setObjectName(QStringLiteral("proposalsView"));
    m_proposalsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_proposalsView->setColumnWidth(ProposalsModel::Item, 130);
    m_proposalsView->setColumnWidth(ProposalsModel::Title, 210);
    m_proposalsView->setColumnWidth(ProposalsModel::Auditors, 170);
    m_proposalsView->setColumnWidth(ProposalsModel::Severity, 190);
    m_proposalsView->setColumnWidth(ProposalsModel::State, 80);
    m_proposalsView->setColumnWidth(ProposalsModel::Decision, 250);

    connect(m_proposalsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_selectedIsGroup = current.data(ProposalsModel::IsGroupRole).toBool();
                m_selectedIndex = current.data(ProposalsModel::IndexRole).toInt();
                showSelection();
            });

    m_reasons = textLabel(tab);
    m_reasons->setObjectName(QStringLiteral("groupReasons"));
    m_disagreement = textLabel(tab);
    m_disagreement->setObjectName(QStringLiteral("groupDisagreement"));
    m_disagreement->setStyleSheet(
        QStringLiteral("background: #fff0c8; color: #a33b00; padding: 4px; font-weight: bold;"));
    m_sideBySideView = new QTableView(tab);
    m_sideBySideView->setObjectName(QStringLiteral("sideBySideView"));
    m_sideBySideView->setModel(m_sideBySide);
    m_sideBySideView->setWordWrap(true);
    m_sideBySideView->setSelectionBehavior(QAbstractItemView::SelectColumns);
    m_sideBySideView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sideBySideView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sideBySideView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_sideBySideView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_sideBySideView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConsolidationPage::updateActions);

    m_merge = new QPushButton(tr("&Merge…"), tab);
    m_split = new QPushButton(tr("&Split…"), tab);
    m_rejectProposal = new QPushButton(tr("Reject &Proposal"), tab);
    m_keep = new QPushButton(tr("&Keep As Is"), tab);
    m_rejectFinding = new QPushButton(tr("&Reject Finding…"), tab);
    m_withdraw = new QPushButton(tr("&Withdraw Decision"), tab);
    m_merge->setToolTip(tr("Make one consolidated finding of the group's remaining findings."));
    m_split->setToolTip(tr("Take findings out of the group: each stays on its own."));
    m_rejectProposal->setToolTip(tr("The findings are not duplicates: each stays on its own."));
    m_keep->setToolTip(tr("Carry the selected finding over as its auditor recorded it."));
    m_rejectFinding->setToolTip(tr("Leave the selected finding out, with your reason."));
    m_withdraw->setToolTip(tr("Withdraw your decisions on the selection: they become "
                              "automatic at export again."));
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeSelected(); });
    connect(m_split, &QPushButton::clicked, this, &ConsolidationPage::splitSelected);
    connect(m_rejectProposal, &QPushButton::clicked, this,
            &ConsolidationPage::rejectSelectedProposal);
    connect(m_keep, &QPushButton::clicked, this, &ConsolidationPage::keepSelectedFinding);
    connect(m_rejectFinding, &QPushButton::clicked, this, [this] { rejectSelectedFinding(); });
    connect(m_withdraw, &QPushButton::clicked, this, &ConsolidationPage::withdrawSelected);
    // The group's actions, the finding's, and withdrawing a decision on one row where the
    // width takes them (one row in German was wider than a 1280-pixel screen; two rows
    // always took the room the Findings panel below needs).
    const auto actionGroup = [tab](const QString &label, const QList<QWidget *> &buttons) {
        auto *group = new QWidget(tab);
        auto *row = new QHBoxLayout(group);
        row->setContentsMargins(0, 0, 0, 0);
        row->addWidget(new QLabel(label, group));
        for (QWidget *button : buttons)
            row->addWidget(button);
        return group;
    };
    auto *groupButtons = new FlowLayout;
    groupButtons->setContentsMargins(0, 0, 0, 0);
    groupButtons->setSpacing(12);
    groupButtons->addWidget(actionGroup(tr("Group:"), {m_merge, m_split, m_rejectProposal}));
    groupButtons->addWidget(
        actionGroup(tr("Finding (click its column):"), {m_keep, m_rejectFinding}));
    groupButtons->addWidget(m_withdraw);
    groupButtons->setAlignment(m_withdraw, Qt::AlignRight);

    auto *details = new QWidget(tab);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_reasons);
    detailsLayout->addWidget(m_disagreement);
    detailsLayout->addWidget(m_sideBySideView, 1);
    detailsLayout->addLayout(groupButtons);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_proposalsView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 400});
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(new QLabel(tr("State:"), tab));
    filters->addWidget(m_stateFilter);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *ConsolidationPage::createDecisionsTab()
{
    auto *tab = new QWidget(this);
    m_decisionsView = tableView(m_decisions, tab);
    m_decisionsView->setObjectName(QStringLiteral("decisionsView"));
    m_decisionsView->setColumnWidth(LeadDecisionsModel::Kind, 70);
    m_decisionsView->setColumnWidth(LeadDecisionsModel::By, 150);
    m_decisionsView->setColumnWidth(LeadDecisionsModel::Title, 220);
    m_decisionsView->setColumnWidth(LeadDecisionsModel::Severity, 80);
    m_decisionsView->setColumnWidth(LeadDecisionsModel::Status, 90);
    m_decisionsView->setColumnWidth(LeadDecisionsModel::StandsFor, 340);
    m_withdrawDecision = new QPushButton(tr("&Withdraw Your Decision"), tab);
    m_withdrawDecision->setEnabled(false);
    connect(m_decisionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateWorking(); });
    connect(m_withdrawDecision, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_decisionsView->currentIndex();
        if (m_session->preview() && current.isValid()
            && current.data(LeadDecisionsModel::IsLeadsRole).toBool())
            m_session->withdraw(current.data(LeadDecisionsModel::ResultIdRole).toString());
    });
    layOutList(tab,
               tr("Every source finding is in exactly one row. Rows \"automatic at export\" "
                  "are what Clearroom's rule decides for the findings you leave: a group still "
                  "proposed is merged, every other finding kept."),
               m_decisionsView, m_withdrawDecision);
    return tab;
}

QWidget *ConsolidationPage::createStaleTab()
{
    m_staleTab = new QWidget(this);
    m_staleView = tableView(m_stale, m_staleTab);
    m_staleView->setObjectName(QStringLiteral("staleView"));
    m_staleView->setColumnWidth(StaleDecisionsModel::Kind, 70);
    m_staleView->setColumnWidth(StaleDecisionsModel::Title, 220);
    m_staleView->setColumnWidth(StaleDecisionsModel::About, 380);
    m_withdrawStale = new QPushButton(tr("W&ithdraw Decision"), m_staleTab);
    m_withdrawStale->setEnabled(false);
    connect(m_staleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_withdrawStale->setEnabled(current.isValid()); });
    connect(m_withdrawStale, &QPushButton::clicked, this,
            &ConsolidationPage::withdrawSelectedStale);
    layOutList(m_staleTab,
               tr("Your decisions on findings of packages that no longer take part: kept in "
                  "the workspace, not applied, and not in the package. Withdraw those you no "
                  "longer need; the withdrawal is recorded in the audit log."),
               m_staleView, m_withdrawStale);
    return m_staleTab;
}

QWidget *ConsolidationPage::createLeftOutTab()
{
    m_leftOutTab = new QWidget(this);
    auto *view = tableView(m_leftOut, m_leftOutTab);
    view->setObjectName(QStringLiteral("leftOutView"));
    view->setColumnWidth(LeftOutModel::File, 200);
    view->setColumnWidth(LeftOutModel::Reason, 620);
    auto *note = textLabel(m_leftOutTab);
    note->setText(tr("Packages that do not take part, and why: a package superseded by a newer "
                     "one of the same auditor and review, one refused at import, or one that no "
                     "longer verifies against the trust configuration given now. The workspace "
                     "keeps every imported package as it was: one that verifies again (another "
                     "trust configuration) takes part again when the workspace is opened."));
    // The reasons are long (a policy's two digests, a certificate's revocation): the one
    // of the row chosen is shown whole below the list, and can be copied.
    auto *why = textLabel(m_leftOutTab);
    why->setObjectName(QStringLiteral("leftOutWhy"));
    why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const auto showWhy = [why](const QModelIndex &current) {
        why->setText(current.isValid()
                         ? current.siblingAtColumn(LeftOutModel::Reason).data().toString()
                         : QString());
    };
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, showWhy);
    connect(m_leftOut, &QAbstractItemModel::modelReset, this, [view, showWhy] {
        if (view->model()->rowCount() > 0)
            view->setCurrentIndex(view->model()->index(0, 0));
        showWhy(view->currentIndex());
    });
    auto *layout = new QVBoxLayout(m_leftOutTab);
    layout->addWidget(note);
    layout->addWidget(view, 1);
    layout->addWidget(why);
    return m_leftOutTab;
}

void ConsolidationPage::showLeftOut()
{
    m_tabs->setCurrentWidget(m_leftOutTab);
}

void ConsolidationPage::withdrawSelectedStale()
{
    const QModelIndex current = m_staleView->currentIndex();
    if (current.isValid())
        m_session->withdraw(current.data(StaleDecisionsModel::ResultIdRole).toString());
}

QWidget *ConsolidationPage::createCoverageTab()
{
    auto *tab = new QWidget(this);
    m_coverageProxy->setSourceModel(m_coverage);
    m_coverageProxy->setFilterRole(CombinedCoverageModel::UnreviewedRole);
    m_coverageProxy->setFilterKeyColumn(CombinedCoverageModel::ReviewedBy);
    m_coverageView = tableView(m_coverageProxy, tab);
    m_coverageView->setObjectName(QStringLiteral("coverageView"));
    m_coverageView->setColumnWidth(CombinedCoverageModel::Repository, 180);
    m_coverageView->setColumnWidth(CombinedCoverageModel::File, 260);
    m_onlyUnreviewed = new QCheckBox(tr("Only files &nobody reviewed"), tab);
    connect(m_onlyUnreviewed, &QCheckBox::toggled, this, [this](bool only) {
        m_coverageProxy->setFilterFixedString(only ? QStringLiteral("true") : QString());
    });
    m_coverageSummary = textLabel(tab);
    auto *top = new QHBoxLayout;
    top->addWidget(m_coverageSummary, 1);
    top->addWidget(m_onlyUnreviewed);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(top);
    layout->addWidget(m_coverageView, 1);
    return tab;
}

void ConsolidationPage::updateSummary()
{
    const LeadSession::Intake &intake = m_session->intake();
    // Packages the workspace holds that do not take part (superseded, refused, or no longer
    // verifying against the trust configuration now given) are counted here and listed
    // with their reasons on Left Out: without them, a workspace whose packages all failed
    // looked as if nothing had been imported.
    const int leftOutCount = int(intake.lead.leftOut.size());
    const QString leftOut = leftOutCount == 0 ? QString()
                                              : QLatin1Char('\n')
            + tr("%Ln package(s) left out: see Left Out for why.", nullptr, leftOutCount);
    if (intake.lead.sources.isEmpty() && leftOutCount > 0) {
        m_summary->setText(tr("None of the imported packages takes part.") + leftOut);
    } else if (intake.lead.sources.isEmpty()) {
        m_summary->setText(tr("No auditor's package is imported yet: Consolidation > Import "
                              "Packages…"));
    } else {
        QString text = tr("%1 from %2; %3; %4.")
                           .arg(tr("%Ln finding(s)", nullptr, int(intake.candidates.size())),
                                tr("%Ln package(s)", nullptr, int(intake.lead.sources.size())),
                                tr("%Ln duplicate group(s) proposed", nullptr,
                                   int(intake.lead.proposals.size())),
                                tr("%Ln decision(s) of yours", nullptr,
                                   int(m_session->state().decisions.size())));
        // Where the workspace has the repository, the findings were brought onto one commit.
        for (const package::ReanchoredRepository &repository : intake.lead.reanchored)
            text += QLatin1Char('\n')
                + package::ConsolidationReanchoring::summary(repository, tr("your choice"));
        const int stale = int(m_session->state().stale.size());
        if (stale > 0)
            text += QLatin1Char('\n')
                + tr("Not applied any more: %Ln decision(s) of yours on packages that no longer "
                     "take part (see No Longer Applicable).",
                     nullptr, stale);
        m_summary->setText(text + leftOut);
    }
    m_tabs->setTabText(m_tabs->indexOf(m_staleTab),
                       tr("&No Longer Applicable (%1)").arg(m_session->state().stale.size()));
    m_tabs->setTabText(m_tabs->indexOf(m_leftOutTab), tr("&Left Out (%1)").arg(leftOutCount));
    m_withdrawStale->setEnabled(m_staleView->currentIndex().isValid());
    m_coverageSummary->setText(
        tr("%Ln file(s) nobody reviewed.", nullptr, m_coverage->unreviewedFiles()));
}

void ConsolidationPage::select(bool group, int index)
{
    const int row = m_proposals->rowOf(group, index);
    if (row < 0)
        return;
    const QModelIndex shown
        = m_textProxy->mapFromSource(m_stateProxy->mapFromSource(m_proposals->index(row, 0)));
    m_selectedIsGroup = group;
    m_selectedIndex = index;
    if (shown.isValid())
        m_proposalsView->setCurrentIndex(shown);
    showSelection();
}

void ConsolidationPage::showSelection()
{
    const LeadSession::Intake &intake = m_session->intake();
    const bool valid = m_selectedIndex >= 0
        && (m_selectedIsGroup ? m_selectedIndex < intake.lead.proposals.size()
                              : m_selectedIndex < intake.candidates.size());
    if (!valid) {
        m_selectedIndex = -1;
        m_sideBySide->setCandidates({});
        m_reasons->setText(tr("Select a group or a finding above."));
        m_disagreement->hide();
        updateActions();
        return;
    }
    if (m_selectedIsGroup) {
        const package::DuplicateGroup &group = intake.lead.proposals.at(m_selectedIndex);
        m_sideBySide->setCandidates(group.members);
        m_reasons->setText(
            tr("State: %1. Proposed because %2")
                .arg(LeadSession::groupStateText(m_session->groupState(m_selectedIndex)),
                     group.reasons(intake.candidates).join(QLatin1Char(' '))));
    } else {
        m_sideBySide->setCandidates({m_selectedIndex});
        m_reasons->setText(m_proposals->decisionText(m_selectedIndex));
    }
    const QString disagreement = disagreementText();
    m_disagreement->setText(disagreement);
    m_disagreement->setVisible(!disagreement.isEmpty());
    updateActions();
}

QString ConsolidationPage::disagreementText() const
{
    QStringList fields;
    if (m_sideBySide->differs(SideBySideModel::Severity))
        fields.append(tr("severity"));
    if (m_sideBySide->differs(SideBySideModel::Status))
        fields.append(tr("status"));
    if (fields.isEmpty())
        return {};
    return tr("⚠ The auditors disagree on %1.").arg(fields.join(tr(" and ")));
}

int ConsolidationPage::selectedGroup() const
{
    // A group selected before the workspace was loaded again may be gone: every package
    // can drop out at once (another trust configuration), and its index with them.
    const bool exists
        = m_selectedIndex >= 0 && m_selectedIndex < m_session->intake().lead.proposals.size();
    return m_selectedIsGroup && exists ? m_selectedIndex : -1;
}

int ConsolidationPage::selectedFinding() const
{
    const QVector<int> &shown = m_sideBySide->candidates();
    if (shown.size() == 1)
        return shown.constFirst();
    const QModelIndexList columns = m_sideBySideView->selectionModel()->selectedColumns();
    if (columns.isEmpty())
        return -1;
    return shown.value(columns.constFirst().column(), -1);
}

void ConsolidationPage::updateActions()
{
    const int group = selectedGroup();
    const int finding = selectedFinding();
    const int remaining = group >= 0 ? int(m_session->remainingMembers(group).size()) : 0;
    bool merged = false;
    if (group >= 0)
        merged = m_session->groupState(group) == LeadSession::GroupState::Merged;
    m_merge->setEnabled(group >= 0 && (remaining >= 2 || merged));
    m_split->setEnabled(group >= 0 && remaining >= 2);
    m_rejectProposal->setEnabled(group >= 0 && remaining >= 1);
    m_keep->setEnabled(finding >= 0);
    m_rejectFinding->setEnabled(finding >= 0);
    // Withdraw acts on the finding chosen, else on every finding shown.
    bool decided = false;
    for (int candidate : finding >= 0 ? QVector<int> {finding} : m_sideBySide->candidates())
        decided |= m_session->decisionOf(candidate) != nullptr;
    m_withdraw->setEnabled(decided);
}

DecisionEditor *ConsolidationPage::mergeSelected()
{
    const int group = selectedGroup();
    if (group < 0)
        return nullptr;
    QVector<int> members = m_session->remainingMembers(group);
    // A merged group is edited again: its merge stands for the members it covers.
    if (members.size() < 2) {
        members.clear();
        for (int member : m_session->intake().lead.proposals.at(group).members) {
            const package::ConsolidationDecision *decision = m_session->decisionOf(member);
            if (!decision || decision->decision == package::Decision::Merge)
                members.append(member);
        }
    }
    if (members.size() < 2)
        return nullptr;
    auto *editor = new DecisionEditor(m_session, m_session->proposedMerge(members), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
    Q_EMIT dialogOpened(editor);
    return editor;
}

DecisionEditor *ConsolidationPage::rejectSelectedFinding()
{
    const int finding = selectedFinding();
    if (finding < 0)
        return nullptr;
    package::ConsolidationDecision reject;
    reject.decision = package::Decision::Reject;
    reject.result = m_session->intake().finding(finding);
    reject.sources.append(m_session->intake().refOf(finding));
    auto *editor = new DecisionEditor(m_session, reject, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
    Q_EMIT dialogOpened(editor);
    return editor;
}

void ConsolidationPage::keepSelectedFinding()
{
    const int finding = selectedFinding();
    if (finding >= 0)
        m_session->decide(m_session->keepOf(finding));
}

void ConsolidationPage::rejectSelectedProposal()
{
    const int group = selectedGroup();
    if (group < 0)
        return;
    // Not duplicates: each finding the lead has not decided stays on its own.
    for (int member : m_session->remainingMembers(group))
        m_session->decide(m_session->keepOf(member));
}

QDialog *ConsolidationPage::splitSelected()
{
    const int group = selectedGroup();
    if (group < 0)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Split Group"));
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("splitMembers"));
    const LeadSession::Intake &intake = m_session->intake();
    for (int member : m_session->remainingMembers(group)) {
        // Enough to tell the members apart: who, what, how severe, and where.
        const review::Finding &finding = intake.finding(member).finding;
        auto *item = new QListWidgetItem(
            tr("%1: %2\n%3 · %4 · %5")
                .arg(intake.sourceOf(member).package.signerName(), finding.title,
                     review::FindingNames::severityText(finding.severity),
                     review::FindingNames::statusText(finding.status),
                     SideBySideModel::locationText(finding, QLatin1Char(' '))),
            list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, member);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Take Out"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(textLabel(dialog));
    static_cast<QLabel *>(layout->itemAt(0)->widget())
        ->setText(tr("Check the findings to take out of the group; each is then kept on its own. "
                     "The rest stays proposed."));
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(list, &QListWidget::itemChanged, dialog, [list, buttons] {
        bool any = false;
        for (int i = 0; i < list->count(); ++i)
            any |= list->item(i)->checkState() == Qt::Checked;
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, list] {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                m_session->decide(m_session->keepOf(list->item(i)->data(Qt::UserRole).toInt()));
        }
        dialog->accept();
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->resize(760, 320);
    dialog->show();
    Q_EMIT dialogOpened(dialog);
    return dialog;
}

void ConsolidationPage::withdrawSelected()
{
    QStringList results;
    const int finding = selectedFinding();
    const QVector<int> candidates
        = finding >= 0 ? QVector<int> {finding} : m_sideBySide->candidates();
    for (int candidate : candidates) {
        if (const package::ConsolidationDecision *decision = m_session->decisionOf(candidate)) {
            if (!results.contains(decision->result.finding.id))
                results.append(decision->result.finding.id);
        }
    }
    for (const QString &result : std::as_const(results))
        m_session->withdraw(result);
}

} // namespace clearroom::ui
