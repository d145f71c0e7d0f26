// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "decisionrules.h"
#include "leadworkspace.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace clearroom::ui {

/// The lead reviewer's consolidation as every lead view sees it, and the only thing they
/// talk to: a lead workspace (package::LeadWorkspace) with the packages taken in, the
/// duplicate proposals, the lead's decisions, the completed consolidation and its export.
/// Every piece of database, file and crypto work runs on one worker thread, in the order
/// it was asked for (a decision is stored before the next one is); the views read the
/// state the last load left, with the lead's decisions applied at once.
class LeadSession : public QObject
{
    Q_OBJECT

public:
    /// The packages taking part as the workspace was last loaded; never changed once made.
    struct Intake
    {
        QString workspaceFile;
        QString trustPath;
        std::optional<package::TrustConfiguration> trust;
        /// The workspace as loaded: sources, packages left out (with the reason),
        /// re-anchoring, proposals, notes and the stored packages' files. Its decisions
        /// are empty: the lead's are State's, changed by the lead's actions.
        package::LeadState lead;
        QStringList workspaceRepositories; ///< the names of the workspace's repositories
        /// Every source finding (lead.candidates(), made once); they point into lead.sources.
        QVector<package::GroupCandidate> candidates;
        QVector<QPair<int, int>> positions; ///< candidate -> (source, finding index)
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
        /// The lead's decisions on findings that no longer take part, with why (kept in
        /// the workspace, not applied, until withdrawn).
        QVector<package::StaleDecision> stale;
    };

    explicit LeadSession(QObject *parent = nullptr);
    ~LeadSession() override;

    /// The trust configuration packages are verified against (a folder or a CA file).
    void setTrustPath(const QString &path) { m_trustPath = path; }
    QString trustPath() const { return m_trustPath; }

    /// The lead workspace the session works in ("" before one is opened).
    QString workspaceFile() const { return m_workspaceFile; }
    /// Works in the lead workspace `fileName` from now on and loads it (packages verified
    /// again against the trust configuration): loaded() or workspaceFailed().
    void openWorkspace(const QString &fileName);
    /// Creates a lead workspace (never replacing a file) and works in it.
    void createWorkspace(const QString &fileName, const QString &reviewName,
                         const QString &reviewer);

    /// The repositories the sources' findings name, sorted.
    QStringList sourceRepositories() const;
    /// The repositories of the workspace, by name (as last loaded).
    QStringList workspaceRepositories() const { return intake().workspaceRepositories; }
    /// Adds the repository at `path` (read only) to the workspace as `name`, so that the
    /// findings are brought onto one of its commits; then loads the workspace again.
    void addRepository(const QString &path, const QString &name);
    /// The lead's choice of the commit `revision` (resolved in the workspace's repository
    /// `name`) that the findings of `name` are brought onto; then loads again.
    void chooseCommit(const QString &name, const QByteArray &revision);

    /// Verifies `files` and takes the good ones into the workspace (stored byte-identical),
    /// then loads it again: importFinished() with one row per file, or importFailed().
    void importPackages(const QStringList &files);
    bool isImporting() const { return m_importing; }

    const State &state() const { return m_state; }
    const Intake &intake() const { return *m_state.intake; }

    /// Records a decision of the lead, replacing the lead's decisions that share a source
    /// finding with it; refused (actionFailed(), false) when DecisionRules refuse it.
    /// Shown at once and stored in the workspace on the worker; should storing fail, the
    /// workspace is loaded again and actionFailed() says why.
    bool decide(const package::ConsolidationDecision &decision);
    /// Withdraws the lead's decision whose result has `resultId`, whether it applies or
    /// no longer does (State::stale).
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
    /// AutomaticConsolidation applied to the undecided findings). About a second with ten
    /// packages of 1,000 findings: never on the GUI thread.
    static package::Consolidation completed(const State &state, const package::PackageSigner &lead,
                                            const QDateTime &created);
    /// completed() of the state as it stands, as the views show it (the lead's name and the
    /// time are filled in at export); null while the worker is still working it out after
    /// a change (previewReady() says when it is there).
    const package::Consolidation *preview() const { return m_preview.get(); }
    /// Whether a change's preview is still being worked out (false before any change, for
    /// example while no lead workspace is open).
    bool isWorkingOutPreview() const { return m_previewPending; }
    /// Called on the worker just before each preview is worked out (tests: where it runs,
    /// holding the worker); taken when a change asks for its preview.
    void setPreviewHook(std::function<void()> hook) { m_previewHook = std::move(hook); }

    /// Loads the lead's identity and builds the consolidated package (a worker thread),
    /// then emits exportPrepared() with a preview of what would leave, or exportFailed().
    void prepareExport(const QString &identityFile, const QByteArray &passphrase);
    /// Signs the prepared package, writes it to `fileName` (never replacing a file), reads
    /// it back and verifies it (a worker thread): exported() or exportFailed().
    void writeExport(const QString &fileName);
    bool isExporting() const { return m_exporting; }
    /// Whether a package is prepared and waiting to be written.
    bool isPrepared() const { return m_prepared != nullptr; }
    /// Waits until the worker has done everything asked of it (tests, closing).
    void waitForWorker();

Q_SIGNALS:
    /// A workspace was opened (or created) and loaded.
    void loaded(const QString &workspaceFile);
    void workspaceFailed(const QString &message);
    void importStarted(int files);
    void importFinished(const QVector<clearroom::package::IntakeRow> &rows);
    void importFailed(const QString &message);
    /// The sources or the decisions changed; the preview is being worked out again.
    void changed();
    /// The preview of the state as it stands is there (an older change's is dropped).
    void previewReady();
    void actionFailed(const QString &message);
    void exportPrepared(const QString &preview);
    void exported(const QString &fileName, const clearroom::package::PackageVerdict &verdict);
    void exportFailed(const QString &message);

private:
    struct Prepared;

    /// Runs `work` on the worker after everything asked before; what it posts back runs
    /// on the GUI thread while the session lives. Where the worker's thread cannot be
    /// started (the process at its thread or memory limit), `failed` is told why instead,
    /// on the GUI thread once this has returned.
    void onWorker(void (LeadSession::*failed)(const QString &), std::function<void()> work);
    /// An import, the preview or an export ends with why it failed.
    void failImport(const QString &message);
    void failPreview(const QString &message);
    void failExport(const QString &message);
    /// Sends `report` from the worker to the GUI thread.
    void post(std::function<void(LeadSession *)> report);
    /// On the worker: the workspace `fileName`, opened once and kept while it stays the one.
    Result<review::Workspace *> workspaceOnWorker(const QString &fileName);
    /// Loads the workspace on the worker, then adopts what it found.
    void reload(std::function<void(LeadSession *)> then = {});
    /// Stores a change of the lead's on the worker; should it fail, loads the workspace
    /// again and says why.
    void store(std::function<Result<void>(review::Workspace &)> change);
    void adoptIntake(std::shared_ptr<const Intake> intake,
                     QVector<package::ConsolidationDecision> decisions,
                     QVector<package::StaleDecision> stale);
    /// Says changed() and has the worker work out the new state's preview.
    void stateChanged();
    /// The lead before an identity is chosen (at export).
    static package::PackageSigner provisionalLead();
    static package::LeadState leadStateOf(const State &state);

    QString m_trustPath;
    QString m_workspaceFile;
    State m_state;
    std::shared_ptr<const package::Consolidation> m_preview;
    /// The change whose preview is wanted; the worker skips, and the GUI thread drops, any
    /// older one.
    std::atomic<quint64> m_previewGeneration {0};
    bool m_previewPending = false; // GUI thread
    std::function<void()> m_previewHook;
    std::shared_ptr<const Prepared> m_prepared;
    bool m_importing = false;
    bool m_exporting = false;
    /// The worker's own connection to the workspace: used on the worker only.
    std::unique_ptr<review::Workspace> m_workspace;
    /// What decide() read of the workspace's packages: used on the worker only.
    package::LeadWorkspace::FindingsCache m_findings;
    /// The worker: one thread, kept, whose event loop runs the work in the order it was
    /// asked for (the workspace's connection is used from it alone, and the lead's actions
    /// are stored in the order they were made); `m_context` lives on it.
    QThread m_thread;
    std::unique_ptr<QObject> m_context;
};

} // namespace clearroom::ui
