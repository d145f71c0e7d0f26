// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidatedpackage.h"
#include "consolidation.h"
#include "consolidationreanchoring.h"
#include "duplicategroups.h"
#include "packageintake.h"
#include "packageverifier.h"
#include "trustconfiguration.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <memory>

class QTemporaryDir;

namespace clearroom::review {
class Workspace;
}

namespace clearroom::package {

/// A decision of the lead's on findings that no longer take part, and why.
struct StaleDecision
{
    ConsolidationDecision decision;
    /// Why it no longer applies: each package it names that no longer takes part (or
    /// finding it names that its package does not hold), with the reason.
    QString reason;
};

/// What the lead works on, as load() finds it in the workspace. Safe to copy and move:
/// nothing in it points into it (`proposals` holds indexes into candidates(), which are
/// made on demand from the state at hand: take them again after changing `sources`, and
/// keep them no longer than that state). The packages are re-read from files the state
/// keeps (shared between copies) for as long as any copy lives, so that a consolidated
/// package can be built from them.
struct LeadState
{
    /// The packages taking part (imported, not superseded, still verifying), their
    /// findings brought onto the target commits where the workspace has the repository.
    QVector<ConsolidationSource> sources;
    /// Packages refused, superseded, or no longer verifying (e.g. revoked since), with
    /// the reason: the report lists them.
    QVector<LeftOutPackage> leftOut;
    /// The lead's own decisions (never automatic ones), in the order they were made.
    QVector<ConsolidationDecision> decisions;
    /// The lead's decisions on findings that no longer take part (their package was
    /// superseded or no longer verifies), with why: kept in the workspace, not applied,
    /// until the lead withdraws them.
    QVector<StaleDecision> stale;
    /// How each repository's findings were brought onto one commit.
    QVector<ReanchoredRepository> reanchored;
    /// Duplicate groups Clearroom proposes among all source findings (indexes into
    /// candidates()).
    QVector<DuplicateGroup> proposals;
    /// The notes of the packages taking part (e.g. a broken chain), by package id.
    QHash<QString, QString> notes;

    /// The source findings as duplicate detection's candidates, in source order.
    QVector<GroupCandidate> candidates() const
    {
        return AutomaticConsolidation::candidates(sources);
    }

    std::shared_ptr<QTemporaryDir> files; ///< where the stored packages are re-read from
};

/// The lead reviewer's consolidation kept in a workspace (LeadStore), for the GUI and
/// `clearroom-cli import` / `consolidate --workspace`. Every function does file, crypto
/// and database work: call it from a worker thread, never the GUI thread.
class LeadWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::LeadWorkspace)

public:
    /// The findings of stored packages as decide() checks decisions against them, parsed
    /// once per package instead of once per decision. An entry holds for the package's
    /// id and digest (stored bytes never change); import() empties the cache it is given
    /// (it may supersede packages). The caller keeps it beside its workspace connection
    /// and uses it on one thread.
    class FindingsCache
    {
    public:
        void clear() { m_packages.clear(); }
        int size() const { return int(m_packages.size()); }
        /// The findings of the package `packageId` with the digest `sha256`, or null.
        const QVector<SourceFinding> *find(const QString &packageId, const QByteArray &sha256) const
        {
            const auto found = m_packages.constFind(packageId);
            return found != m_packages.cend() && found->sha256 == sha256 ? &found->findings
                                                                         : nullptr;
        }
        void insert(const QString &packageId, const QByteArray &sha256,
                    const QVector<SourceFinding> &findings)
        {
            m_packages.insert(packageId, {sha256, findings});
        }

    private:
        struct Entry
        {
            QByteArray sha256;
            QVector<SourceFinding> findings;
        };
        QHash<QString, Entry> m_packages; ///< by package id
    };

    /// Takes packages in: every file is verified fully (PackageIntake) before anything
    /// is stored. Each accepted package is stored byte-identical ("package.import"); each
    /// refused one recorded with its reason ("package.reject"). The same package (id and
    /// digest) taken in before is a Duplicate row and changes nothing; another file
    /// claiming an imported package's id is refused. A newer package of the same auditor
    /// and review (its previous-package chain) supersedes the older ("package.supersede"),
    /// whichever came first and in whichever session; packages of one auditor and review
    /// that do not chain are flagged in their notes. One row per file, in order. Empties
    /// `cache`, where one is given.
    static Result<QVector<IntakeRow>> import(review::Workspace &workspace, const QStringList &files,
                                             const TrustConfiguration &trust,
                                             const PackageVerifier::Options &options,
                                             FindingsCache *cache = nullptr);

    /// The lead's work as it stands: the current packages re-read from their stored bytes
    /// and verified again (one that no longer verifies is left out with its reason), the
    /// left-out packages, the lead's decisions, and the proposed duplicate groups. Where
    /// the workspace has a repository of the sources' name (Workspace::repositories()),
    /// its findings are brought onto the lead's chosen commit (setTargetCommit()) or else
    /// the commit most sources reviewed (ties to the newest).
    static Result<LeadState> load(review::Workspace &workspace, const TrustConfiguration &trust,
                                  const PackageVerifier::Options &options);

    /// Stores a decision of the lead, replacing (withdrawing, in the same transaction)
    /// any earlier decision sharing a source finding or its result id. Refuses an
    /// automatic decision, a merge or keep whose result departs from a source (title,
    /// severity, status, CWE, description, recommendation) without a rationale, a
    /// rejection without a reason, and sources that are not findings of the packages
    /// taking part. The packages' findings are read through `cache` where one is given.
    static Result<void> decide(review::Workspace &workspace, const ConsolidationDecision &decision,
                               FindingsCache *cache = nullptr);
    /// Takes back the decision with that result id.
    static Result<void> withdraw(review::Workspace &workspace, const QString &resultId);
    /// Chooses the commit (40 hex digits) a repository's findings are brought onto; an
    /// empty commit goes back to the default rule.
    static Result<void> setTargetCommit(review::Workspace &workspace, const QString &repositoryName,
                                        const QByteArray &commit);

    /// The consolidation to export: the lead's decisions, and for every source finding
    /// none of them covers, the automatic decisions (AutomaticConsolidation's rules,
    /// marked automatic), as `clearroom-cli consolidate` makes them.
    static Consolidation completed(const LeadState &state, const PackageSigner &lead,
                                   const QDateTime &created);

    /// The consolidated package of the workspace, built (not signed): completed()
    /// decisions, the workspace's own audit log as the lead's log (its head hash in the
    /// manifest), the last export as the previous package.
    static Result<std::unique_ptr<ConsolidatedPackageBuilder>>
    builder(review::Workspace &workspace, const LeadState &state, const crypto::Certificate &lead,
            const EgressPolicy &policy, const QDateTime &created);
    /// Signs the built package, writes it to `fileName` (never replacing a file), reads
    /// it back and verifies it, and records the export in the workspace
    /// ("package.export").
    static Result<PackageVerdict> write(review::Workspace &workspace,
                                        const ConsolidatedPackageBuilder &builder,
                                        const crypto::Identity &identity, const QString &fileName,
                                        const TrustConfiguration &trust);

    /// A decision as the workspace stores it (findings.json's form), and back.
    static QByteArray decisionJson(const ConsolidationDecision &decision);
    static Result<ConsolidationDecision> decisionFromJson(const QByteArray &json);
};

} // namespace clearroom::package
