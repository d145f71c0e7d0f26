// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "duplicategroups.h"
#include "packagecontent.h"
#include "sourcepackage.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

namespace clearroom::package {

/// What the lead decided for one or more source findings.
enum class Decision {
    Merge, ///< a group became one consolidated finding
    Keep, ///< one source finding carried over as it is
    Reject, ///< left out of the consolidated findings, with a reason
};

/// A source finding a consolidated finding stands for (or a rejection covers).
struct SourceFindingRef
{
    QString packageId;
    QString findingId;
    QString auditor; ///< the source package's signer
    QByteArray auditorFingerprint; ///< 64 lowercase hex digits

    bool operator==(const SourceFindingRef &other) const
    {
        return packageId == other.packageId && findingId == other.findingId;
    }
};

/// One decision of the lead. For Merge and Keep, `result` is the consolidated finding;
/// for Reject it is the rejected source finding, unchanged.
struct ConsolidationDecision
{
    Decision decision = Decision::Keep;
    bool automatic = false; ///< made by Clearroom's rules, not by the lead
    PackageFinding result;
    QVector<SourceFindingRef> sources;
    /// Why: required when the result departs from any source (title, severity, status,
    /// CWE, text) and for every rejection.
    QString rationale;
    QStringList groupReasons; ///< why the sources were proposed as one group

    static QString decisionKey(Decision decision); ///< "merge", "keep", "reject"
};

/// One auditor's package as the consolidation uses it.
struct ConsolidationSource
{
    SourcePackage package;
    QString path; ///< where the package file is read from
    /// The package's findings as the consolidation sees them: as the package carries them,
    /// or brought onto the lead's commit (ConsolidationReanchoring). The package itself
    /// is never changed.
    QVector<SourceFinding> findings;

    static ConsolidationSource of(SourcePackage package, QString path)
    {
        ConsolidationSource source {std::move(package), std::move(path), {}};
        source.findings = source.package.findings();
        return source;
    }
};

/// A package given to the consolidation that does not take part: refused by
/// verification, a copy of another, or superseded by a newer package of its auditor.
struct LeftOutPackage
{
    QString fileName; ///< as given
    QByteArray sha256; ///< of the file, when it could be read
    QString reason;
};

/// The lead's consolidation: the sources, and a decision for every source finding
/// (each source finding is covered by exactly one decision: nothing of a source is lost).
struct Consolidation
{
    QVector<ConsolidationSource> sources;
    QVector<LeftOutPackage> leftOut; ///< shown in the report, never silently dropped
    QVector<ConsolidationDecision> decisions;

    /// The decisions whose result is a consolidated finding (merge and keep).
    QVector<const ConsolidationDecision *> consolidated() const;
    /// Source findings no decision covers, as refs (empty when complete).
    QVector<SourceFindingRef> undecided() const;
};

/// Clearroom's automatic consolidation (what `clearroom-cli consolidate` does without a
/// lead at the screen): every proposed duplicate group is merged and every other finding
/// kept, each decision marked automatic with its rationale. A merge takes the title, CWE,
/// commit and first locations of its most severe finding (ties: the earliest recorded,
/// then the first source), the highest severity, the status the sources' statuses rank
/// first in (confirmed, open, disputed, accepted risk, fixed, false positive: the one
/// that keeps a reported problem most visible), the sources' texts each under its
/// auditor's name where they differ, and every source location.
class AutomaticConsolidation
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::AutomaticConsolidation)

public:
    /// `lead` and `created` make the merged findings' author and times; ids are derived
    /// from the sources, so the same sources give the same consolidation.
    static Consolidation decide(QVector<ConsolidationSource> sources, const PackageSigner &lead,
                                const QDateTime &created);
    /// The automatic decisions for the source findings not in `covered` (package id,
    /// finding id): what the lead left to Clearroom. Unsorted.
    static QVector<ConsolidationDecision> decideRest(const QVector<ConsolidationSource> &sources,
                                                     const QSet<QPair<QString, QString>> &covered,
                                                     const PackageSigner &lead,
                                                     const QDateTime &created);
    /// Sorts decisions as every package lists findings: worst first, then by id.
    static void sortDecisions(QVector<ConsolidationDecision> &decisions);

    /// The findings of all sources as duplicate detection's candidates, in source order.
    static QVector<GroupCandidate> candidates(const QVector<ConsolidationSource> &sources);
    static SourceFindingRef refOf(const ConsolidationSource &source, const SourceFinding &finding);
    /// A merge of `members` (source index, finding) as the rule above makes it.
    static ConsolidationDecision merge(const QVector<ConsolidationSource> &sources,
                                       const QVector<QPair<int, int>> &members,
                                       const PackageSigner &lead, const QDateTime &created);
    /// The rank of a status for a merge (lower ranks first).
    static int statusRank(review::FindingStatus status);
};

} // namespace clearroom::package
