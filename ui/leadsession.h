// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidationlog.h"
#include "decisionrules.h"
#include "packageintake.h"
#include "workerruns.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace clearroom::ui {

/// The lead reviewer's consolidation as every lead view sees it, and the only thing they
/// talk to: packages imported (verified and read on a worker thread), the duplicate
/// proposals, the lead's decisions, the completed consolidation and its export. Its
/// methods mirror the lead workspace's (import, state, decide, withdraw, completed,
/// export); for now the state is held in memory.
class LeadSession : public QObject
{
    Q_OBJECT

public:
    /// What the intake made of every package given so far; never changed once made.
    struct Intake
    {
        QString trustPath;
        std::optional<package::TrustConfiguration> trust;
        QStringList files; ///< every file given, in order
        QVector<package::IntakeRow> rows; ///< one per file
        QVector<package::ConsolidationSource> sources;
        QVector<package::GroupCandidate> candidates; ///< every source finding; point into sources
        QVector<QPair<int, int>> positions; ///< candidate -> (source, finding index)
        QVector<package::DuplicateGroup> proposals;
        QDateTime readAt; ///< when the packages were verified and read
        QHash<QString, int> byRef; ///< "package id/finding id" -> candidate

        const package::SourceFinding &finding(int candidate) const;
        const package::ConsolidationSource &sourceOf(int candidate) const;
        package::SourceFindingRef refOf(int candidate) const;
        /// The candidate a ref names, or -1.
        int candidateOf(const package::SourceFindingRef &ref) const;
        /// The proposal a candidate is a member of, or -1.
        int proposalOf(int candidate) const;
    };

    /// What became of a proposed group.
    enum class GroupState {
        Proposed, ///< no decision of the lead touches it yet
        Merged, ///< a merge of the lead stands for two or more of its findings
        Split, ///< some of its findings were taken out; the rest is still proposed
        Rejected, ///< the lead keeps (or rejects) each finding on its own
    };

    struct State
    {
        std::shared_ptr<const Intake> intake; ///< never null
        QVector<package::ConsolidationDecision> decisions; ///< the lead's own
    };

    explicit LeadSession(QObject *parent = nullptr);
    ~LeadSession() override;

    /// The trust configuration packages are verified against (a folder or a CA file).
    void setTrustPath(const QString &path) { m_trustPath = path; }
    QString trustPath() const { return m_trustPath; }

    /// Verifies and reads `files` with those imported before (a worker thread), then
    /// emits importFinished() with the rows of `files`, or importFailed().
    void importPackages(const QStringList &files);
    bool isImporting() const { return m_imports.isRunning(); }

    const State &state() const { return m_state; }
    const Intake &intake() const { return *m_state.intake; }

    /// Records a decision of the lead, replacing the lead's decisions that share a source
    /// finding with it; refused (actionFailed(), false) when DecisionRules refuse it.
    bool decide(const package::ConsolidationDecision &decision);
    /// Withdraws the lead's decision whose result has `resultId`.
    bool withdraw(const QString &resultId);
    /// Why `decision` cannot be recorded, or "".
    QString check(const package::ConsolidationDecision &decision) const;
    QVector<package::DecisionRules::Source>
    sourcesOf(const package::ConsolidationDecision &decision) const;

    /// The lead's decision covering a candidate, or null (automatic at export).
    const package::ConsolidationDecision *decisionOf(int candidate) const;
    GroupState groupState(int proposal) const;
    static QString groupStateText(GroupState state);
    /// The merge of `candidates` as AutomaticConsolidation makes it (not automatic: the
    /// lead's to edit), or a keep of the one candidate.
    package::ConsolidationDecision proposedMerge(const QVector<int> &candidates) const;
    package::ConsolidationDecision keepOf(int candidate) const;
    /// The proposal's members the lead has not taken out.
    QVector<int> remainingMembers(int proposal) const;

    /// The lead's decisions and automatic ones for every source finding left (the rule of
    /// AutomaticConsolidation applied to the undecided findings).
    package::Consolidation completed(const package::PackageSigner &lead,
                                     const QDateTime &created) const;
    static package::Consolidation completed(const State &state, const package::PackageSigner &lead,
                                            const QDateTime &created);
    /// completed() as the views show it until the next change (computed once per change;
    /// the lead's name and the time are filled in at export).
    const package::Consolidation &preview() const;

    /// Loads the lead's identity and builds the consolidated package (a worker thread),
    /// then emits exportPrepared() with a preview of what would leave, or exportFailed().
    void prepareExport(const QString &identityFile, const QByteArray &passphrase);
    /// Signs the prepared package, writes it to `fileName` (never replacing a file), reads
    /// it back and verifies it (a worker thread): exported() or exportFailed().
    void writeExport(const QString &fileName);
    bool isExporting() const { return m_exports.isRunning(); }
    /// Whether a package is prepared and waiting to be written.
    bool isPrepared() const { return m_prepared != nullptr; }
    /// An action of the lead at its time.
    using Action = QPair<review::AuditRecord, QDateTime>;
    /// The lead's audit lines: the intake, then every action at its time, as `lead`.
    package::ConsolidationLog log(const QString &lead) const;
    static package::ConsolidationLog logOf(const Intake &intake, const QVector<Action> &actions,
                                           const QString &lead);

Q_SIGNALS:
    void importStarted(int files);
    void importFinished(const QVector<clearroom::package::IntakeRow> &rows);
    void importFailed(const QString &message);
    /// The sources or the decisions changed.
    void changed();
    void actionFailed(const QString &message);
    void exportPrepared(const QString &preview);
    void exported(const QString &fileName, const clearroom::package::PackageVerdict &verdict);
    void exportFailed(const QString &message);

private:
    struct Prepared;

    void adoptIntake(std::shared_ptr<const Intake> intake, int firstNew);
    /// The lead before an identity is chosen (at export).
    static package::PackageSigner provisionalLead();
    void record(const review::AuditRecord &record);

    QString m_trustPath;
    State m_state;
    QVector<Action> m_actions;
    mutable std::optional<package::Consolidation> m_preview;
    std::shared_ptr<const Prepared> m_prepared;
    WorkerRuns<LeadSession> m_imports {this};
    WorkerRuns<LeadSession> m_exports {this};
};

} // namespace clearroom::ui
