// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leadsession.h"

#include "consolidatedpackage.h"
#include "derivedid.h"
#include "identity.h"
#include "leadrecord.h"
#include "packagedelivery.h"

#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace clearroom::ui {

using package::ConsolidationDecision;
using package::Decision;

/// A consolidated package built and waiting to be signed and written.
struct LeadSession::Prepared
{
    std::unique_ptr<package::ConsolidatedPackageBuilder> builder;
    std::shared_ptr<crypto::Identity> identity;
    package::TrustConfiguration trust;
};

const package::SourceFinding &LeadSession::Intake::finding(int candidate) const
{
    const auto &[source, index] = positions.at(candidate);
    return sources.at(source).findings.at(index);
}

const package::ConsolidationSource &LeadSession::Intake::sourceOf(int candidate) const
{
    return sources.at(positions.at(candidate).first);
}

package::SourceFindingRef LeadSession::Intake::refOf(int candidate) const
{
    return package::AutomaticConsolidation::refOf(sourceOf(candidate), finding(candidate));
}

int LeadSession::Intake::candidateOf(const package::SourceFindingRef &ref) const
{
    return byRef.value(ref.packageId + QLatin1Char('/') + ref.findingId, -1);
}

int LeadSession::Intake::proposalOf(int candidate) const
{
    for (int p = 0; p < proposals.size(); ++p) {
        if (proposals.at(p).members.contains(candidate))
            return p;
    }
    return -1;
}

LeadSession::LeadSession(QObject *parent)
    : QObject(parent)
{
    m_state.intake = std::make_shared<Intake>();
}

LeadSession::~LeadSession() = default;

void LeadSession::importPackages(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (m_trustPath.isEmpty()) {
        Q_EMIT importFailed(tr("Choose the trust configuration to verify the packages against "
                               "first (Review > Trust Configuration…)."));
        return;
    }
    const std::shared_ptr<const Intake> before = m_state.intake;
    const QString trustPath = m_trustPath;
    // Packages given before are taken in again with the new ones, so that a copy or an
    // older package of the same chain is recognised across imports.
    QStringList all = before->trustPath == trustPath ? before->files : QStringList();
    const int firstNew = int(all.size());
    all += files;
    Q_EMIT importStarted(int(files.size()));
    m_imports.start([all, trustPath, firstNew](const std::atomic<bool> &, const auto &post) {
        auto trust = package::TrustConfiguration::load(trustPath);
        if (!trust) {
            const QString message = trust.errorMessage();
            post([message](LeadSession *session) {
                session->m_imports.finish();
                Q_EMIT session->importFailed(message);
            });
            return;
        }
        auto intake = std::make_shared<Intake>();
        intake->trustPath = trustPath;
        intake->files = all;
        package::PackageIntake::Outcome outcome
            = package::PackageIntake::take(all, *trust, package::PackageVerifier::Options {});
        intake->trust = std::move(trust).value();
        intake->rows = outcome.rows;
        intake->sources = std::move(outcome.accepted);
        // The candidates point into this intake's own sources, which never change.
        intake->candidates = package::AutomaticConsolidation::candidates(intake->sources);
        for (int s = 0; s < intake->sources.size(); ++s) {
            const package::ConsolidationSource &source = intake->sources.at(s);
            for (int f = 0; f < source.findings.size(); ++f) {
                intake->byRef.insert(source.package.packageId() + QLatin1Char('/')
                                         + source.findings.at(f).finding.id,
                                     int(intake->positions.size()));
                intake->positions.append({s, f});
            }
        }
        intake->proposals = package::DuplicateGrouper::propose(intake->candidates);
        intake->readAt = QDateTime::currentDateTimeUtc();
        std::shared_ptr<const Intake> done = std::move(intake);
        post([done, firstNew](LeadSession *session) {
            session->m_imports.finish();
            session->adoptIntake(done, firstNew);
        });
    });
}

void LeadSession::adoptIntake(std::shared_ptr<const Intake> intake, int firstNew)
{
    m_state.intake = std::move(intake);
    const Intake &now = *m_state.intake;
    // A decision whose sources are no longer all there (a newer package superseded one)
    // is dropped: it would stand for findings the consolidation no longer has.
    QVector<ConsolidationDecision> kept;
    for (const ConsolidationDecision &decision : std::as_const(m_state.decisions)) {
        const bool complete
            = std::all_of(decision.sources.cbegin(), decision.sources.cend(),
                          [&](const auto &ref) { return now.candidateOf(ref) >= 0; });
        if (complete)
            kept.append(decision);
        else
            record(package::LeadRecord::withdrawRecord(decision));
    }
    m_state.decisions = kept;
    const QVector<package::IntakeRow> fresh = now.rows.mid(firstNew);
    m_preview.reset();
    Q_EMIT changed();
    Q_EMIT importFinished(fresh);
}

void LeadSession::record(const review::AuditRecord &record)
{
    m_actions.append({record, QDateTime::currentDateTimeUtc()});
}

package::ConsolidationLog LeadSession::log(const QString &lead) const
{
    return logOf(intake(), m_actions, lead);
}

package::ConsolidationLog LeadSession::logOf(const Intake &intake, const QVector<Action> &actions,
                                             const QString &lead)
{
    package::ConsolidationLog log;
    // What the intake did is recorded as of when the package set was last read.
    package::LeadRecord::appendIntake(log, intake.rows, intake.sources, lead, intake.readAt);
    for (const auto &[action, at] : actions)
        log.append(action, lead, at);
    return log;
}

QVector<package::DecisionRules::Source>
LeadSession::sourcesOf(const ConsolidationDecision &decision) const
{
    QVector<package::DecisionRules::Source> sources;
    for (const package::SourceFindingRef &ref : decision.sources) {
        const int candidate = intake().candidateOf(ref);
        if (candidate >= 0)
            sources.append({intake().sourceOf(candidate).package.signerName(),
                            &intake().finding(candidate).finding});
    }
    return sources;
}

QString LeadSession::check(const ConsolidationDecision &decision) const
{
    return package::DecisionRules::check(decision, sourcesOf(decision));
}

bool LeadSession::decide(const ConsolidationDecision &decision)
{
    if (const QString problem = check(decision); !problem.isEmpty()) {
        Q_EMIT actionFailed(problem);
        return false;
    }
    ConsolidationDecision made = decision;
    made.automatic = false;
    QVector<ConsolidationDecision> kept;
    for (const ConsolidationDecision &each : std::as_const(m_state.decisions)) {
        const bool shares
            = std::any_of(each.sources.cbegin(), each.sources.cend(),
                          [&](const auto &ref) { return made.sources.contains(ref); });
        if (!shares)
            kept.append(each);
    }
    kept.append(made);
    m_state.decisions = kept;
    record(package::ConsolidationLog::decisionRecord(made));
    m_preview.reset();
    Q_EMIT changed();
    return true;
}

bool LeadSession::withdraw(const QString &resultId)
{
    for (int i = 0; i < m_state.decisions.size(); ++i) {
        if (m_state.decisions.at(i).result.finding.id != resultId)
            continue;
        record(package::LeadRecord::withdrawRecord(m_state.decisions.at(i)));
        m_state.decisions.removeAt(i);
        m_preview.reset();
        Q_EMIT changed();
        return true;
    }
    Q_EMIT actionFailed(
        tr("There is no decision of yours with the result %1 to withdraw.").arg(resultId));
    return false;
}

const ConsolidationDecision *LeadSession::decisionOf(int candidate) const
{
    const package::SourceFindingRef ref = intake().refOf(candidate);
    for (const ConsolidationDecision &decision : m_state.decisions) {
        if (decision.sources.contains(ref))
            return &decision;
    }
    return nullptr;
}

LeadSession::GroupState LeadSession::groupState(int proposal) const
{
    const package::DuplicateGroup &group = intake().proposals.at(proposal);
    int covered = 0;
    for (int member : group.members) {
        const ConsolidationDecision *decision = decisionOf(member);
        if (!decision)
            continue;
        if (decision->decision == Decision::Merge) {
            int together = 0;
            for (int other : group.members)
                together += decisionOf(other) == decision ? 1 : 0;
            if (together >= 2)
                return GroupState::Merged;
        }
        ++covered;
    }
    if (covered == 0)
        return GroupState::Proposed;
    return covered == group.members.size() ? GroupState::Rejected : GroupState::Split;
}

QString LeadSession::groupStateText(GroupState state)
{
    switch (state) {
    case GroupState::Proposed:
        return tr("proposed");
    case GroupState::Merged:
        return tr("merged");
    case GroupState::Split:
        return tr("split");
    case GroupState::Rejected:
        return tr("rejected");
    }
    return {};
}

QVector<int> LeadSession::remainingMembers(int proposal) const
{
    QVector<int> remaining;
    for (int member : intake().proposals.at(proposal).members) {
        if (!decisionOf(member))
            remaining.append(member);
    }
    return remaining;
}

package::PackageSigner LeadSession::provisionalLead()
{
    // The merged finding's author becomes the lead whose identity signs the package.
    return {tr("the lead reviewer"), {}, {}};
}

ConsolidationDecision LeadSession::proposedMerge(const QVector<int> &candidates) const
{
    if (candidates.size() == 1)
        return keepOf(candidates.constFirst());
    QVector<QPair<int, int>> members;
    for (int candidate : candidates)
        members.append(intake().positions.at(candidate));
    ConsolidationDecision merge = package::AutomaticConsolidation::merge(
        intake().sources, members, provisionalLead(), QDateTime::currentDateTimeUtc());
    merge.automatic = false;
    const int proposal = intake().proposalOf(candidates.constFirst());
    if (proposal >= 0)
        merge.groupReasons = intake().proposals.at(proposal).reasons(intake().candidates);
    return merge;
}

ConsolidationDecision LeadSession::keepOf(int candidate) const
{
    const package::SourceFinding &finding = intake().finding(candidate);
    const package::SourceFindingRef ref = intake().refOf(candidate);
    ConsolidationDecision keep;
    keep.decision = Decision::Keep;
    keep.result = finding;
    // The id an automatic keep would give it: the same finding, the same consolidated id.
    keep.result.finding.id = package::derivedUuid(
        "clearroom-keep\n" + (ref.packageId + QLatin1Char('/') + ref.findingId).toUtf8());
    keep.sources.append(ref);
    return keep;
}

const package::Consolidation &LeadSession::preview() const
{
    if (!m_preview)
        m_preview = completed(provisionalLead(), QDateTime::currentDateTimeUtc());
    return *m_preview;
}

package::Consolidation LeadSession::completed(const package::PackageSigner &lead,
                                              const QDateTime &created) const
{
    return completed(m_state, lead, created);
}

package::Consolidation LeadSession::completed(const State &state,
                                              const package::PackageSigner &lead,
                                              const QDateTime &created)
{
    const Intake &intake = *state.intake;
    // The findings no decision of the lead covers go through the automatic rule, grouped
    // among themselves; the consolidation itself keeps every source whole.
    QSet<QPair<QString, QString>> decided;
    for (const ConsolidationDecision &decision : state.decisions) {
        for (const package::SourceFindingRef &ref : decision.sources)
            decided.insert({ref.packageId, ref.findingId});
    }
    QVector<package::ConsolidationSource> rest = intake.sources;
    for (package::ConsolidationSource &source : rest) {
        const QString id = source.package.packageId();
        source.findings.erase(std::remove_if(source.findings.begin(), source.findings.end(),
                                             [&](const package::SourceFinding &finding) {
                                                 return decided.contains({id, finding.finding.id});
                                             }),
                              source.findings.end());
    }
    package::Consolidation automatic
        = package::AutomaticConsolidation::decide(std::move(rest), lead, created);
    package::Consolidation consolidation;
    consolidation.sources = intake.sources;
    package::PackageIntake::Outcome outcome;
    outcome.rows = intake.rows;
    consolidation.leftOut = outcome.leftOut();
    for (ConsolidationDecision decision : state.decisions) {
        if (decision.decision == Decision::Merge) {
            decision.result.finding.author = lead.name;
            decision.result.finding.authorFingerprint = QString::fromLatin1(lead.fingerprint);
        }
        consolidation.decisions.append(decision);
    }
    consolidation.decisions += automatic.decisions;
    package::AutomaticConsolidation::sortDecisions(consolidation.decisions);
    return consolidation;
}

namespace {

QString previewOf(const package::ConsolidatedPackageBuilder &builder)
{
    const package::Consolidation &consolidation = builder.consolidation();
    int leadMerged = 0, leadKept = 0, leadRejected = 0, autoMerged = 0, autoKept = 0;
    for (const ConsolidationDecision &decision : consolidation.decisions) {
        if (decision.automatic) {
            autoMerged += decision.decision == Decision::Merge ? 1 : 0;
            autoKept += decision.decision == Decision::Keep ? 1 : 0;
        } else {
            leadMerged += decision.decision == Decision::Merge ? 1 : 0;
            leadKept += decision.decision == Decision::Keep ? 1 : 0;
            leadRejected += decision.decision == Decision::Reject ? 1 : 0;
        }
    }
    QString out
        = clearroom::ui::LeadSession::tr("Sources (each inside the package byte-identical):")
        + QLatin1Char('\n');
    for (const package::ConsolidationSource &source : consolidation.sources)
        out += clearroom::ui::LeadSession::tr("  %1, signed by %2: %n finding(s)", nullptr,
                                              int(source.findings.size()))
                   .arg(source.package.packageId(), source.package.signerName())
            + QLatin1Char('\n');
    for (const package::LeftOutPackage &left : consolidation.leftOut)
        out += clearroom::ui::LeadSession::tr("  left out: %1: %2")
                   .arg(QFileInfo(left.fileName).fileName(), left.reason)
            + QLatin1Char('\n');
    out += clearroom::ui::LeadSession::tr("Your decisions: %1 merged, %2 kept, %3 rejected.")
               .arg(leadMerged)
               .arg(leadKept)
               .arg(leadRejected)
        + QLatin1Char('\n');
    out += clearroom::ui::LeadSession::tr(
               "Automatic at export (the findings you did not decide): %1 merged, "
               "%2 kept.")
               .arg(autoMerged)
               .arg(autoKept)
        + QLatin1Char('\n');
    out += clearroom::ui::LeadSession::tr("Entries of the consolidated package:")
        + QLatin1Char('\n');
    const QLocale locale;
    for (const package::ManifestEntry &entry : builder.manifest().entries)
        out += QStringLiteral("  %1  %2\n")
                   .arg(locale.toString(entry.size).rightJustified(12), entry.path);
    return out;
}

} // namespace

void LeadSession::prepareExport(const QString &identityFile, const QByteArray &passphrase)
{
    m_prepared.reset();
    if (intake().sources.isEmpty() || !intake().trust) {
        Q_EMIT exportFailed(tr("Import the auditors' packages first: there is nothing to "
                               "consolidate."));
        return;
    }
    const State state = m_state;
    const QVector<Action> actions = m_actions;
    m_exports.start(
        [state, actions, identityFile, passphrase](const std::atomic<bool> &, const auto &post) {
            const auto fail = [&post](const QString &message) {
                post([message](LeadSession *session) {
                    session->m_exports.finish();
                    Q_EMIT session->exportFailed(message);
                });
            };
            auto identity = crypto::Identity::load(identityFile, passphrase);
            if (!identity)
                return fail(identity.errorMessage());
            const crypto::Certificate &certificate = identity->certificate();
            if (!certificate.hasRole(crypto::Role::Lead))
                return fail(tr("The identity %1 (\"%2\") does not carry the lead reviewer role; "
                               "consolidated packages are signed by lead reviewers.")
                                .arg(identityFile, certificate.subject()));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const package::PackageSigner lead {certificate.commonName(), certificate.subject(),
                                               certificate.fingerprint()};
            package::Consolidation consolidation = completed(state, lead, now);
            package::ConsolidationLog log = logOf(*state.intake, actions, lead.name);
            for (const ConsolidationDecision &decision : std::as_const(consolidation.decisions)) {
                if (decision.automatic)
                    log.append(package::ConsolidationLog::decisionRecord(decision), lead.name, now);
            }
            const package::TrustConfiguration &trust = *state.intake->trust;
            package::ConsolidatedReview review;
            review.review = package::LeadRecord::reviewOf(consolidation.sources, lead.name, now);
            review.policy = trust.policy() ? *trust.policy() : package::EgressPolicy::none();
            review.auditLog = log.lines();
            review.auditHead = log.head();
            review.auditEntries = log.count();
            auto prepared = std::make_shared<Prepared>(
                Prepared {std::make_unique<package::ConsolidatedPackageBuilder>(
                              std::move(consolidation), review, certificate, now),
                          std::make_shared<crypto::Identity>(std::move(identity).value()), trust});
            if (auto built = prepared->builder->build(); !built)
                return fail(built.errorMessage());
            const QString preview = previewOf(*prepared->builder);
            std::shared_ptr<const Prepared> done = std::move(prepared);
            post([done, preview](LeadSession *session) {
                session->m_exports.finish();
                session->m_prepared = done;
                Q_EMIT session->exportPrepared(preview);
            });
        });
}

void LeadSession::writeExport(const QString &fileName)
{
    if (!m_prepared) {
        Q_EMIT exportFailed(tr("Prepare the package first: choose your identity and look at "
                               "the preview."));
        return;
    }
    if (QFileInfo::exists(fileName) || QFileInfo(fileName).isSymLink()) {
        Q_EMIT exportFailed(
            tr("%1 exists already; Clearroom does not replace a package.").arg(fileName));
        return;
    }
    const std::shared_ptr<const Prepared> prepared = m_prepared;
    m_exports.start([prepared, fileName](const std::atomic<bool> &, const auto &post) {
        auto archive = prepared->builder->archive(*prepared->identity);
        Result<package::PackageVerdict> verdict = archive
            ? package::PackageDelivery::writeAndVerify(fileName, *archive, prepared->trust)
            : Result<package::PackageVerdict>(archive.error());
        post([verdict, fileName](LeadSession *session) {
            session->m_exports.finish();
            if (verdict)
                Q_EMIT session->exported(fileName, *verdict);
            else
                Q_EMIT session->exportFailed(verdict.errorMessage());
        });
    });
}

} // namespace clearroom::ui
