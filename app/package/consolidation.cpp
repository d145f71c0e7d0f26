// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidation.h"

#include "derivedid.h"

#include <QSet>

#include <algorithm>

namespace clearroom::package {

namespace {

using review::FindingNames;

// The text of a merged field: the sources' own where they agree; otherwise each
// distinct text under the name of the auditor who wrote it.
QString mergedText(const QVector<QPair<QString, QString>> &texts)
{
    QStringList distinct;
    for (const auto &[auditor, text] : texts) {
        if (!text.isEmpty() && !distinct.contains(text))
            distinct.append(text);
    }
    if (distinct.size() <= 1)
        return distinct.value(0);
    QStringList parts;
    QSet<QString> written;
    for (const auto &[auditor, text] : texts) {
        if (text.isEmpty() || written.contains(text))
            continue;
        written.insert(text);
        parts.append(QStringLiteral("**%1:**\n\n%2").arg(auditor, text));
    }
    return parts.join(QStringLiteral("\n\n"));
}

bool sameLines(const review::FindingLocation &a, const review::FindingLocation &b)
{
    return a.path == b.path && a.blobId == b.blobId && a.startLine == b.startLine
        && a.endLine == b.endLine;
}

} // namespace

QString ConsolidationDecision::decisionKey(Decision decision)
{
    switch (decision) {
    case Decision::Merge:
        return QStringLiteral("merge");
    case Decision::Keep:
        return QStringLiteral("keep");
    case Decision::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

QVector<const ConsolidationDecision *> Consolidation::consolidated() const
{
    QVector<const ConsolidationDecision *> result;
    for (const ConsolidationDecision &decision : decisions) {
        if (decision.decision != Decision::Reject)
            result.append(&decision);
    }
    return result;
}

QVector<SourceFindingRef> Consolidation::undecided() const
{
    QSet<QPair<QString, QString>> decided;
    for (const ConsolidationDecision &decision : decisions) {
        for (const SourceFindingRef &ref : decision.sources)
            decided.insert({ref.packageId, ref.findingId});
    }
    QVector<SourceFindingRef> missing;
    for (const ConsolidationSource &source : sources) {
        for (const SourceFinding &finding : source.findings) {
            if (!decided.contains({source.package.packageId(), finding.finding.id}))
                missing.append(AutomaticConsolidation::refOf(source, finding));
        }
    }
    return missing;
}

int AutomaticConsolidation::statusRank(review::FindingStatus status)
{
    using review::FindingStatus;
    switch (status) {
    case FindingStatus::Confirmed:
        return 0;
    case FindingStatus::Open:
        return 1;
    case FindingStatus::Disputed:
        return 2;
    case FindingStatus::AcceptedRisk:
        return 3;
    case FindingStatus::Fixed:
        return 4;
    case FindingStatus::FalsePositive:
        return 5;
    }
    return 1;
}

SourceFindingRef AutomaticConsolidation::refOf(const ConsolidationSource &source,
                                               const SourceFinding &finding)
{
    return {source.package.packageId(), finding.finding.id, source.package.signerName(),
            source.package.signerFingerprint()};
}

QVector<GroupCandidate>
AutomaticConsolidation::candidates(const QVector<ConsolidationSource> &sources)
{
    QVector<GroupCandidate> candidates;
    for (int s = 0; s < sources.size(); ++s) {
        for (const SourceFinding &finding : sources.at(s).findings)
            candidates.append({s, &finding.finding});
    }
    return candidates;
}

ConsolidationDecision AutomaticConsolidation::merge(const QVector<ConsolidationSource> &sources,
                                                    const QVector<QPair<int, int>> &members,
                                                    const PackageSigner &lead,
                                                    const QDateTime &created)
{
    const auto sourceOf = [&](const QPair<int, int> &member) -> const SourceFinding & {
        return sources.at(member.first).findings.at(member.second);
    };
    // The most severe member leads; ties go to the earliest recorded, then source order.
    QVector<QPair<int, int>> ordered = members;
    std::stable_sort(ordered.begin(), ordered.end(), [&](const auto &a, const auto &b) {
        const review::Finding &x = sourceOf(a).finding;
        const review::Finding &y = sourceOf(b).finding;
        if (x.severity != y.severity)
            return x.severity > y.severity;
        if (x.created != y.created)
            return x.created < y.created;
        return a < b;
    });
    const SourceFinding &primary = sourceOf(ordered.first());

    ConsolidationDecision decision;
    decision.decision = Decision::Merge;
    decision.automatic = true;
    PackageFinding &result = decision.result;
    review::Finding &merged = result.finding;
    merged = primary.finding;
    merged.locations.clear();
    merged.status = primary.finding.status;
    QVector<QPair<QString, QString>> descriptions;
    QVector<QPair<QString, QString>> recommendations;
    QStringList idSeed;
    for (const auto &member : std::as_const(ordered)) {
        const ConsolidationSource &source = sources.at(member.first);
        const SourceFinding &finding = sourceOf(member);
        decision.sources.append(refOf(source, finding));
        idSeed.append(source.package.packageId() + QLatin1Char('/') + finding.finding.id);
        if (statusRank(finding.finding.status) < statusRank(merged.status))
            merged.status = finding.finding.status;
        descriptions.append({source.package.signerName(), finding.finding.description});
        recommendations.append({source.package.signerName(), finding.finding.recommendation});
        for (const review::FindingLocation &location : finding.finding.locations) {
            if (finding.finding.commit != merged.commit
                || std::any_of(merged.locations.cbegin(), merged.locations.cend(),
                               [&](const auto &each) { return sameLines(each, location); }))
                continue;
            merged.locations.append(location);
            if (const Excerpt *excerpt = finding.excerptFor(location))
                result.excerpts.append(*excerpt);
        }
    }
    idSeed.sort();
    merged.id = derivedUuid("clearroom-merge\n" + idSeed.join(QLatin1Char('\n')).toUtf8());
    merged.description = mergedText(descriptions);
    merged.recommendation = mergedText(recommendations);
    merged.author = lead.name;
    merged.authorFingerprint = QString::fromLatin1(lead.fingerprint);
    merged.created = created;
    merged.updated = created;

    // The rationale names every way the merge departs from a source.
    QStringList departures;
    QStringList severities;
    QStringList statuses;
    QStringList titles;
    QStringList cwes;
    bool severityDiffers = false, statusDiffers = false, titleDiffers = false, cweDiffers = false;
    for (const auto &member : std::as_const(ordered)) {
        const review::Finding &finding = sourceOf(member).finding;
        const QString auditor = sources.at(member.first).package.signerName();
        severities.append(
            QStringLiteral("%1: %2").arg(auditor, FindingNames::severityText(finding.severity)));
        statuses.append(
            QStringLiteral("%1: %2").arg(auditor, FindingNames::statusText(finding.status)));
        //: An auditor and the title of their finding, quoted.
        titles.append(tr("%1: \"%2\"").arg(auditor, finding.title));
        cwes.append(QStringLiteral("%1: %2").arg(
            auditor, finding.cwe > 0 ? QStringLiteral("CWE-%1").arg(finding.cwe) : tr("none")));
        severityDiffers |= finding.severity != merged.severity;
        statusDiffers |= finding.status != merged.status;
        titleDiffers |= finding.title != merged.title;
        cweDiffers |= finding.cwe != merged.cwe;
    }
    if (severityDiffers)
        departures.append(tr("severity %1, the highest of the sources (%2)")
                              .arg(FindingNames::severityText(merged.severity),
                                   severities.join(QStringLiteral("; "))));
    if (statusDiffers)
        departures.append(
            tr("status %1, the one that keeps the problem most visible (%2)")
                .arg(FindingNames::statusText(merged.status), statuses.join(QStringLiteral("; "))));
    if (titleDiffers)
        departures.append(
            tr("the title of the most severe finding (%1)").arg(titles.join(QStringLiteral("; "))));
    if (cweDiffers)
        departures.append(
            tr("the CWE of the most severe finding (%1)").arg(cwes.join(QStringLiteral("; "))));
    decision.rationale = departures.isEmpty()
        ? tr("Merged automatically: the sources agree on title, severity, status and CWE.")
        : tr("Merged automatically, taking %1.").arg(departures.join(QStringLiteral("; ")));
    return decision;
}

Consolidation AutomaticConsolidation::decide(QVector<ConsolidationSource> sources,
                                             const PackageSigner &lead, const QDateTime &created)
{
    Consolidation consolidation;
    consolidation.sources = std::move(sources);
    consolidation.decisions = decideRest(consolidation.sources, {}, lead, created);
    sortDecisions(consolidation.decisions);
    return consolidation;
}

QVector<ConsolidationDecision>
AutomaticConsolidation::decideRest(const QVector<ConsolidationSource> &all,
                                   const QSet<QPair<QString, QString>> &covered,
                                   const PackageSigner &lead, const QDateTime &created)
{
    QVector<ConsolidationDecision> decisions;
    // The findings left, as candidates, and candidate index -> (source, finding index).
    QVector<GroupCandidate> candidates;
    QVector<QPair<int, int>> positions;
    for (int s = 0; s < all.size(); ++s) {
        const ConsolidationSource &source = all.at(s);
        for (int f = 0; f < source.findings.size(); ++f) {
            const review::Finding &finding = source.findings.at(f).finding;
            if (covered.contains({source.package.packageId(), finding.id}))
                continue;
            candidates.append({s, &finding});
            positions.append({s, f});
        }
    }
    QSet<int> grouped;
    for (const DuplicateGroup &group : DuplicateGrouper::propose(candidates)) {
        QVector<QPair<int, int>> members;
        for (int member : group.members) {
            members.append(positions.at(member));
            grouped.insert(member);
        }
        ConsolidationDecision decision = merge(all, members, lead, created);
        decision.groupReasons = group.reasons(candidates);
        decisions.append(decision);
    }
    for (int i = 0; i < candidates.size(); ++i) {
        if (grouped.contains(i))
            continue;
        const ConsolidationSource &source = all.at(positions.at(i).first);
        const SourceFinding &finding = source.findings.at(positions.at(i).second);
        ConsolidationDecision decision;
        decision.decision = Decision::Keep;
        decision.automatic = true;
        decision.result.finding = finding.finding;
        // Its own id: two sources may carry the same finding (copies of one workspace).
        decision.result.finding.id = derivedUuid(
            "clearroom-keep\n"
            + (source.package.packageId() + QLatin1Char('/') + finding.finding.id).toUtf8());
        decision.result.excerpts = finding.excerpts;
        decision.result.comments = finding.comments;
        decision.sources.append(refOf(source, finding));
        decision.rationale = tr("Kept automatically as %1 recorded it: no other auditor reported "
                                "a matching finding.")
                                 .arg(source.package.signerName());
        decisions.append(decision);
    }
    return decisions;
}

void AutomaticConsolidation::sortDecisions(QVector<ConsolidationDecision> &decisions)
{
    // Worst first, as in every package; then by id for a stable order.
    std::stable_sort(decisions.begin(), decisions.end(),
                     [](const ConsolidationDecision &a, const ConsolidationDecision &b) {
                         const review::Finding &x = a.result.finding;
                         const review::Finding &y = b.result.finding;
                         if (x.severity != y.severity)
                             return x.severity > y.severity;
                         return x.id < y.id;
                     });
}

} // namespace clearroom::package
