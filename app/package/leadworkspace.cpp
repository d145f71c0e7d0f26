// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leadworkspace.h"

#include "auditlog.h"
#include "exportstore.h"
#include "leadstore.h"
#include "packagedelivery.h"
#include "packageentries.h"
#include "repository.h"
#include "workspace.h"
#include "zipreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <vector>

namespace clearroom::package {

namespace {

using FindingKey = QPair<QString, QString>; // package id, finding id

QString shownName(const QString &fileName)
{
    return QFileInfo(fileName).fileName();
}

review::LeadPackage leadPackageOf(const SourcePackage &source, const QString &fileName,
                                  const QDateTime &now)
{
    review::LeadPackage package;
    const PackageVerdict &verdict = source.verdict();
    package.packageId = source.packageId();
    package.sha256 = verdict.fileSha256;
    package.size = verdict.fileSize;
    package.fileName = shownName(fileName);
    package.signerName = source.signerName();
    package.signerSubject = verdict.signature.signer.subject();
    package.signerFingerprint = source.signerFingerprint();
    package.reviewId = source.reviewId();
    package.reviewName = source.reviewName();
    package.previousPackageId = source.manifest().previousPackageId;
    package.signedAt = verdict.signature.signingTime;
    package.verified = now;
    package.imported = now;
    package.findings = int(source.findings().size());
    return package;
}

bool sameChain(const review::LeadPackage &a, const review::LeadPackage &b)
{
    return a.reviewId == b.reviewId && a.signerFingerprint == b.signerFingerprint;
}

// The findings a stored package carries, read from its findings.json (the package was
// verified when it was taken in; load() verifies it again before it is used).
Result<QVector<SourceFinding>> storedFindings(review::Workspace &workspace,
                                              const review::LeadPackage &package)
{
    auto bytes = workspace.lead().packageBytes(package.packageId);
    if (!bytes)
        return bytes.error();
    ZipReader reader;
    if (auto opened = reader.openBytes(*bytes, package.fileName); !opened)
        return opened.error();
    const int index = reader.indexOf("findings.json");
    if (index < 0)
        return Error {LeadWorkspace::tr("%1 has no findings.json.").arg(package.fileName)};
    auto json = reader.read(index);
    if (!json)
        return json.error();
    QVector<SourceFinding> findings;
    const QJsonArray array
        = QJsonDocument::fromJson(*json).object().value(QStringLiteral("findings")).toArray();
    for (const QJsonValue &value : array) {
        auto finding = SourcePackage::findingFromJson(
            value.toObject(), LeadWorkspace::tr("findings.json of %1").arg(package.fileName));
        if (!finding)
            return finding.error();
        findings.append(*finding);
    }
    return findings;
}

// What of a result departs from a source finding, by field name ("" when nothing does).
QStringList departures(const review::Finding &result, const review::Finding &source)
{
    QStringList fields;
    if (result.title != source.title)
        fields.append(LeadWorkspace::tr("title"));
    if (result.severity != source.severity)
        fields.append(LeadWorkspace::tr("severity"));
    if (result.status != source.status)
        fields.append(LeadWorkspace::tr("status"));
    if (result.cwe != source.cwe)
        fields.append(LeadWorkspace::tr("CWE"));
    if (result.description != source.description)
        fields.append(LeadWorkspace::tr("description"));
    if (result.recommendation != source.recommendation)
        fields.append(LeadWorkspace::tr("recommendation"));
    return fields;
}

review::LeadDecision storedDecision(const ConsolidationDecision &decision, const QDateTime &at)
{
    review::LeadDecision stored;
    const review::Finding &result = decision.result.finding;
    stored.resultId = result.id;
    stored.decision = ConsolidationDecision::decisionKey(decision.decision);
    stored.automatic = decision.automatic;
    stored.title = result.title;
    stored.severity = review::FindingNames::severityKey(result.severity);
    stored.status = review::FindingNames::statusKey(result.status);
    stored.cwe = result.cwe;
    for (const SourceFindingRef &ref : decision.sources)
        stored.sources.append({ref.packageId, ref.findingId});
    stored.rationale = decision.rationale;
    stored.json = LeadWorkspace::decisionJson(decision);
    stored.decided = at;
    return stored;
}

} // namespace

QByteArray LeadWorkspace::decisionJson(const ConsolidationDecision &decision)
{
    QJsonArray sources;
    for (const SourceFindingRef &ref : decision.sources)
        sources.append(QJsonObject {
            {QStringLiteral("package_id"), ref.packageId},
            {QStringLiteral("finding_id"), ref.findingId},
            {QStringLiteral("auditor"), ref.auditor},
            {QStringLiteral("auditor_fingerprint"), QString::fromLatin1(ref.auditorFingerprint)}});
    QJsonObject finding = packageentries::findingObject(decision.result);
    finding.insert(
        QStringLiteral("consolidation"),
        QJsonObject {
            {QStringLiteral("decision"), ConsolidationDecision::decisionKey(decision.decision)},
            {QStringLiteral("automatic"), decision.automatic},
            {QStringLiteral("rationale"), decision.rationale},
            {QStringLiteral("group_reasons"), QJsonArray::fromStringList(decision.groupReasons)},
            {QStringLiteral("sources"), sources}});
    return QJsonDocument(finding).toJson(QJsonDocument::Compact);
}

Result<ConsolidationDecision> LeadWorkspace::decisionFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QString where = tr("a stored decision");
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error {tr("%1 is not a JSON object.").arg(where)};
    const QJsonObject object = document.object();
    auto result = SourcePackage::findingFromJson(object, where);
    if (!result)
        return result.error();
    ConsolidationDecision decision;
    decision.result = *result;
    const QJsonObject consolidation = object.value(QStringLiteral("consolidation")).toObject();
    const QString key = consolidation.value(QStringLiteral("decision")).toString();
    bool known = false;
    for (const Decision each : {Decision::Merge, Decision::Keep, Decision::Reject}) {
        if (ConsolidationDecision::decisionKey(each) == key) {
            decision.decision = each;
            known = true;
        }
    }
    if (!known)
        return Error {tr("%1 of finding %2 is not merge, keep or reject.")
                          .arg(where, decision.result.finding.id)};
    decision.automatic = consolidation.value(QStringLiteral("automatic")).toBool();
    decision.rationale = consolidation.value(QStringLiteral("rationale")).toString();
    for (const QJsonValue &reason : consolidation.value(QStringLiteral("group_reasons")).toArray())
        decision.groupReasons.append(reason.toString());
    for (const QJsonValue &value : consolidation.value(QStringLiteral("sources")).toArray()) {
        const QJsonObject ref = value.toObject();
        decision.sources.append(
            {ref.value(QStringLiteral("package_id")).toString(),
             ref.value(QStringLiteral("finding_id")).toString(),
             ref.value(QStringLiteral("auditor")).toString(),
             ref.value(QStringLiteral("auditor_fingerprint")).toString().toLatin1()});
    }
    if (decision.sources.isEmpty())
        return Error {
            tr("%1 of finding %2 names no source finding.").arg(where, decision.result.finding.id)};
    return decision;
}

Result<QVector<IntakeRow>> LeadWorkspace::import(review::Workspace &workspace,
                                                 const QStringList &files,
                                                 const TrustConfiguration &trust,
                                                 const PackageVerifier::Options &options,
                                                 FindingsCache *cache)
{
    // Packages it takes in may supersede others: what decide() read of them is read anew.
    if (cache)
        cache->clear();
    // Everything is verified and read before anything is stored.
    struct Given
    {
        IntakeRow row;
        std::optional<ConsolidationSource> source;
        QByteArray bytes;
    };
    std::vector<Given> given;
    for (const QString &file : files) {
        PackageIntake::Outcome outcome = PackageIntake::take({file}, trust, options);
        Given each {outcome.rows.value(0), std::nullopt, {}};
        if (!outcome.accepted.isEmpty()) {
            QFile in(file);
            QByteArray bytes;
            if (in.open(QIODevice::ReadOnly))
                bytes = in.readAll();
            if (review::AuditLog::sha256Hex(bytes) != each.row.sha256) {
                each.row.verdict = IntakeRow::Verdict::Refused;
                each.row.reason = tr("%1 changed while it was being verified; it was not taken "
                                     "in.")
                                      .arg(file);
            } else {
                each.source = std::move(outcome.accepted.first());
                each.bytes = std::move(bytes);
            }
        }
        given.push_back(std::move(each));
    }

    review::LeadStore &lead = workspace.lead();
    auto stored = lead.packages();
    if (!stored)
        return stored.error();
    QVector<review::LeadPackage> packages = *stored;
    QVector<IntakeRow> rows;
    for (Given &each : given) {
        IntakeRow &row = each.row;
        const QString fileName = shownName(row.fileName);
        row.fileName = fileName;
        if (each.source) {
            const review::LeadPackage *same = nullptr;
            for (const review::LeadPackage &package : std::as_const(packages)) {
                if (package.packageId == row.packageId)
                    same = &package;
            }
            if (same && same->sha256 == row.sha256) {
                row.verdict = IntakeRow::Verdict::Duplicate;
                row.reason = tr("%1 is package %2, already imported (as %3); nothing changed.")
                                 .arg(fileName, row.packageId, same->fileName);
                rows.append(row);
                continue;
            }
            if (same) {
                row.verdict = IntakeRow::Verdict::Refused;
                row.reason = tr("%1 claims the package id %2 of %3, imported before, but its "
                                "content differs.")
                                 .arg(fileName, row.packageId, same->fileName);
            }
        }
        if (row.verdict == IntakeRow::Verdict::Refused || !each.source) {
            row.verdict = IntakeRow::Verdict::Refused;
            if (row.reason.isEmpty())
                row.reason = tr("%1 could not be read.").arg(fileName);
            auto refused = lead.refuse({0, fileName, row.sha256, row.reason, workspace.now()});
            if (!refused)
                return refused.error();
            rows.append(row);
            continue;
        }

        // Its place in its auditor's chain of packages of the review.
        review::LeadPackage package
            = leadPackageOf(each.source->package, row.fileName, workspace.now());
        QStringList olderIds; // the packages this one supersedes
        QString newerId; // the package that supersedes this one
        QStringList unchained;
        for (const review::LeadPackage &other : std::as_const(packages)) {
            if (!sameChain(package, other))
                continue;
            if (package.previousPackageId == other.packageId)
                olderIds.append(other.packageId);
            else if (other.previousPackageId == package.packageId)
                newerId = other.packageId;
            else if (other.supersededBy.isEmpty())
                unchained.append(other.packageId);
        }
        if (!unchained.isEmpty() && olderIds.isEmpty() && newerId.isEmpty())
            package.notes = tr("Flagged: %1 and %2 are packages of the same review by %3, but "
                               "neither names the other as its previous package (a broken "
                               "chain); both take part.")
                                .arg(package.packageId, unchained.join(QStringLiteral(", ")),
                                     package.signerName);
        auto imported = workspace.batch([&]() -> Result<void> {
            if (auto done = lead.import(package, each.bytes); !done)
                return done;
            for (const QString &older : std::as_const(olderIds)) {
                if (auto done = lead.supersede(older, package.packageId); !done)
                    return done;
            }
            if (!newerId.isEmpty())
                return lead.supersede(package.packageId, newerId);
            return {};
        });
        if (!imported)
            return imported.error();
        for (review::LeadPackage &other : packages) {
            if (olderIds.contains(other.packageId))
                other.supersededBy = package.packageId;
        }
        package.supersededBy = newerId;
        packages.append(package);
        if (!newerId.isEmpty()) {
            row.verdict = IntakeRow::Verdict::Superseded;
            row.reason = tr("%1 is imported, but superseded by %2, %3's newer package of the same "
                            "review (it names this one as its previous package).")
                             .arg(fileName, newerId, package.signerName);
        } else {
            row.verdict = IntakeRow::Verdict::Accepted;
            QStringList notes;
            for (const QString &older : std::as_const(olderIds))
                notes.append(tr("It supersedes %1, its auditor's earlier package of the same "
                                "review.")
                                 .arg(older));
            if (!package.notes.isEmpty())
                notes.append(package.notes);
            row.reason = notes.join(QLatin1Char(' '));
            row.brokenChain = !package.notes.isEmpty();
        }
        rows.append(row);
    }
    // A package taken in above and superseded by a newer one given after it in the same
    // import: its row says so, as if they had come in the other order.
    for (IntakeRow &row : rows) {
        if (row.verdict != IntakeRow::Verdict::Accepted)
            continue;
        for (const review::LeadPackage &package : std::as_const(packages)) {
            if (package.packageId != row.packageId || package.supersededBy.isEmpty())
                continue;
            row.verdict = IntakeRow::Verdict::Superseded;
            row.brokenChain = false;
            row.reason = tr("%1 is imported, but superseded by %2, %3's newer package of the "
                            "same review (it names this one as its previous package).")
                             .arg(row.fileName, package.supersededBy, package.signerName);
        }
    }
    return rows;
}

Result<LeadState> LeadWorkspace::load(review::Workspace &workspace, const TrustConfiguration &trust,
                                      const PackageVerifier::Options &options)
{
    review::LeadStore &lead = workspace.lead();
    auto packages = lead.packages();
    if (!packages)
        return packages.error();
    LeadState state;
    state.files = std::make_shared<QTemporaryDir>();
    if (!state.files->isValid())
        return Error {tr("Cannot make a temporary folder to read the imported packages from: %1")
                          .arg(state.files->errorString())};
    // Why each imported package that does not take part is left out, by package id.
    QHash<QString, QString> gone;
    for (const review::LeadPackage &package : std::as_const(*packages)) {
        if (!package.supersededBy.isEmpty()) {
            state.leftOut.append(
                {package.fileName, package.sha256,
                 tr("%1 is superseded by %2, %3's newer package of the same review.")
                     .arg(package.fileName, package.supersededBy, package.signerName)});
            gone.insert(package.packageId, state.leftOut.constLast().reason);
            continue;
        }
        auto bytes = lead.packageBytes(package.packageId);
        if (!bytes)
            return bytes.error();
        const QString folder = state.files->filePath(package.packageId);
        const QString fileName = package.fileName.isEmpty()
            ? package.packageId + QStringLiteral(".crpkg")
            : package.fileName;
        const QString path = QDir(folder).filePath(fileName);
        QFile file(path);
        if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly)
            || file.write(*bytes) != bytes->size() || !file.flush())
            return Error {tr("Cannot write the imported package %1 to %2: %3")
                              .arg(package.packageId, path, file.errorString())};
        file.close();
        PackageIntake::Outcome outcome = PackageIntake::take({path}, trust, options);
        if (outcome.accepted.isEmpty()) {
            // The reason names the copy in the temporary folder; the lead knows the file.
            QString reason = outcome.rows.value(0).reason;
            reason.replace(path, fileName);
            state.leftOut.append(
                {package.fileName, package.sha256,
                 tr("%1 was imported but no longer verifies: %2").arg(fileName, reason)});
            gone.insert(package.packageId, state.leftOut.constLast().reason);
            continue;
        }
        state.sources.append(std::move(outcome.accepted.first()));
        if (!package.notes.isEmpty())
            state.notes.insert(package.packageId, package.notes);
    }
    auto refused = lead.refused();
    if (!refused)
        return refused.error();
    for (const review::LeadRefusal &refusal : std::as_const(*refused))
        state.leftOut.append({refusal.fileName, refusal.sha256, refusal.reason});

    // The findings brought onto one commit per repository the workspace has.
    auto repositories = workspace.repositories();
    if (!repositories)
        return repositories.error();
    auto targets = lead.targetCommits();
    if (!targets)
        return targets.error();
    QSet<QString> reviewed;
    for (const ConsolidationSource &source : std::as_const(state.sources)) {
        for (const SourceRepository &repository : source.package.repositories())
            reviewed.insert(repository.name);
    }
    std::vector<git::Repository> opened;
    QHash<QString, QByteArray> chosen;
    for (const review::ReviewRepository &repository : std::as_const(*repositories)) {
        if (!reviewed.contains(repository.name))
            continue;
        auto git = git::Repository::open(repository.path);
        if (!git)
            return git.error();
        opened.push_back(std::move(git).value());
        for (const review::LeadTarget &target : std::as_const(*targets)) {
            if (target.repository == repository.name)
                chosen.insert(target.repository, target.commit);
        }
    }
    if (!opened.empty()) {
        QVector<const git::Repository *> given;
        for (const git::Repository &repository : opened)
            given.append(&repository);
        auto moved = ConsolidationReanchoring::onto(state.sources, given, chosen);
        if (!moved)
            return moved.error();
        state.reanchored = *moved;
    }

    // The lead's decisions, each on findings that take part.
    auto decisions = lead.decisions();
    if (!decisions)
        return decisions.error();
    QSet<FindingKey> present;
    QSet<QString> taking;
    for (const ConsolidationSource &source : std::as_const(state.sources)) {
        taking.insert(source.package.packageId());
        for (const SourceFinding &finding : source.findings)
            present.insert({source.package.packageId(), finding.finding.id});
    }
    for (const review::LeadDecision &stored : std::as_const(*decisions)) {
        auto decision = decisionFromJson(stored.json);
        if (!decision)
            return decision.error();
        QStringList why;
        for (const SourceFindingRef &ref : std::as_const(decision->sources)) {
            if (present.contains({ref.packageId, ref.findingId}))
                continue;
            const QString reason = gone.contains(ref.packageId) ? gone.value(ref.packageId)
                : taking.contains(ref.packageId)
                ? tr("Package %1 does not hold the finding %2.").arg(ref.packageId, ref.findingId)
                : tr("Package %1 is not in this workspace.").arg(ref.packageId);
            if (!why.contains(reason))
                why.append(reason);
        }
        if (why.isEmpty())
            state.decisions.append(*decision);
        else
            state.stale.append({*decision, why.join(QLatin1Char(' '))});
    }
    state.proposals = DuplicateGrouper::propose(state.candidates());
    return state;
}

Result<void> LeadWorkspace::decide(review::Workspace &workspace,
                                   const ConsolidationDecision &decision, FindingsCache *cache)
{
    const review::Finding &result = decision.result.finding;
    if (result.id.isEmpty())
        return Error {tr("The decision has no result id.")};
    if (decision.automatic)
        return Error {tr("Only the lead's own decisions are stored; automatic ones are made "
                         "again when the package is built.")};
    if (decision.sources.isEmpty())
        return Error {tr("The decision on \"%1\" names no source finding.").arg(result.title)};
    if (decision.decision == Decision::Keep && decision.sources.size() != 1)
        return Error {tr("A finding is kept from exactly one source finding; \"%1\" names %2.")
                          .arg(result.title)
                          .arg(decision.sources.size())};
    if (decision.decision == Decision::Merge && decision.sources.size() < 2)
        return Error {tr("A merge makes one finding of at least two source findings; \"%1\" "
                         "names one.")
                          .arg(result.title)};
    if (decision.decision == Decision::Reject && decision.rationale.trimmed().isEmpty())
        return Error {tr("Rejecting \"%1\" needs a reason.").arg(result.title)};

    // Every source must be a finding of a package taking part.
    auto packages = workspace.lead().packages();
    if (!packages)
        return packages.error();
    QHash<QString, QVector<SourceFinding>> findingsOf;
    QSet<FindingKey> seen;
    for (const SourceFindingRef &ref : decision.sources) {
        if (seen.contains({ref.packageId, ref.findingId}))
            return Error {tr("The decision on \"%1\" names the source finding %2 of package %3 "
                             "twice.")
                              .arg(result.title, ref.findingId, ref.packageId)};
        seen.insert({ref.packageId, ref.findingId});
        const auto package
            = std::find_if(packages->cbegin(), packages->cend(), [&](const review::LeadPackage &p) {
                  return p.packageId == ref.packageId;
              });
        if (package == packages->cend())
            return Error {tr("The decision on \"%1\" names package %2, which was not imported "
                             "into this workspace.")
                              .arg(result.title, ref.packageId)};
        if (!package->supersededBy.isEmpty())
            return Error {tr("The decision on \"%1\" names package %2, which is superseded by "
                             "%3.")
                              .arg(result.title, ref.packageId, package->supersededBy)};
        if (!findingsOf.contains(ref.packageId)) {
            const QVector<SourceFinding> *cached
                = cache ? cache->find(ref.packageId, package->sha256) : nullptr;
            if (cached) {
                findingsOf.insert(ref.packageId, *cached);
            } else {
                auto findings = storedFindings(workspace, *package);
                if (!findings)
                    return findings.error();
                findingsOf.insert(ref.packageId, *findings);
                if (cache)
                    cache->insert(ref.packageId, package->sha256, *findings);
            }
        }
        const QVector<SourceFinding> &findings = findingsOf[ref.packageId];
        const auto source
            = std::find_if(findings.cbegin(), findings.cend(), [&](const SourceFinding &each) {
                  return each.finding.id == ref.findingId;
              });
        if (source == findings.cend())
            return Error {tr("The decision on \"%1\" names finding %2 of package %3, which "
                             "that package does not hold.")
                              .arg(result.title, ref.findingId, ref.packageId)};
        if (decision.decision != Decision::Reject && decision.rationale.trimmed().isEmpty()) {
            const QStringList fields = departures(result, source->finding);
            if (!fields.isEmpty())
                return Error {tr("The result \"%1\" departs from %2's finding %3 (%4): say why "
                                 "in the rationale.")
                                  .arg(result.title, package->signerName, ref.findingId,
                                       fields.join(QStringLiteral(", ")))};
        }
    }

    // Earlier decisions on any of these source findings, or of the same result, give way.
    auto stored = workspace.lead().decisions();
    if (!stored)
        return stored.error();
    QStringList replaced;
    for (const review::LeadDecision &earlier : std::as_const(*stored)) {
        const bool shares = earlier.resultId == result.id
            || std::any_of(earlier.sources.cbegin(), earlier.sources.cend(),
                           [&](const FindingKey &key) { return seen.contains(key); });
        if (shares)
            replaced.append(earlier.resultId);
    }
    return workspace.lead().decide(storedDecision(decision, workspace.now()), replaced);
}

Result<void> LeadWorkspace::withdraw(review::Workspace &workspace, const QString &resultId)
{
    return workspace.lead().withdraw(resultId);
}

Result<void> LeadWorkspace::setTargetCommit(review::Workspace &workspace,
                                            const QString &repositoryName, const QByteArray &commit)
{
    return workspace.lead().setTargetCommit(repositoryName, commit);
}

Consolidation LeadWorkspace::completed(const LeadState &state, const PackageSigner &lead,
                                       const QDateTime &created)
{
    Consolidation consolidation;
    consolidation.sources = state.sources;
    consolidation.leftOut = state.leftOut;
    consolidation.decisions = state.decisions;
    QSet<FindingKey> covered;
    for (const ConsolidationDecision &decision : state.decisions) {
        for (const SourceFindingRef &ref : decision.sources)
            covered.insert({ref.packageId, ref.findingId});
    }
    // A merge of the lead's is the lead's finding: it names the lead who signs, whoever
    // was named when it was recorded.
    for (ConsolidationDecision &decision : consolidation.decisions) {
        if (decision.decision == Decision::Merge && !lead.name.isEmpty()) {
            decision.result.finding.author = lead.name;
            decision.result.finding.authorFingerprint = QString::fromLatin1(lead.fingerprint);
        }
    }
    consolidation.decisions
        += AutomaticConsolidation::decideRest(consolidation.sources, covered, lead, created);
    AutomaticConsolidation::sortDecisions(consolidation.decisions);
    return consolidation;
}

Result<std::unique_ptr<ConsolidatedPackageBuilder>>
LeadWorkspace::builder(review::Workspace &workspace, const LeadState &state,
                       const crypto::Certificate &lead, const EgressPolicy &policy,
                       const QDateTime &created)
{
    if (state.sources.isEmpty())
        return Error {tr("No imported package takes part: nothing to consolidate.")};
    PackageSigner signer;
    signer.name = lead.commonName();
    signer.subject = lead.subject();
    signer.fingerprint = lead.fingerprint();
    Consolidation consolidation = completed(state, signer, created);

    // The workspace's own log is the lead's: every import, refusal and decision.
    ConsolidatedReview review;
    review.review = workspace.review();
    review.policy = policy;
    auto lines
        = review::AuditLog::forEach(workspace.database(), [&](const review::AuditEntry &entry) {
              review.auditLog += entry.line + '\n';
              review.auditHead = entry.hash;
              ++review.auditEntries;
              return true;
          });
    if (!lines)
        return lines.error();
    if (review.auditHead.isEmpty())
        review.auditHead = review::AuditLog::genesisHash();
    auto last = workspace.exports().last();
    if (!last)
        return last.error();
    if (*last)
        review.previousPackageId = (*last)->packageId;
    auto built = std::make_unique<ConsolidatedPackageBuilder>(std::move(consolidation), review,
                                                              lead, created);
    built->setSpoolFolder(QFileInfo(workspace.fileName()).absolutePath());
    if (auto done = built->build(); !done)
        return done.error();
    return built;
}

Result<PackageVerdict> LeadWorkspace::write(review::Workspace &workspace,
                                            const ConsolidatedPackageBuilder &builder,
                                            const crypto::Identity &identity,
                                            const QString &fileName,
                                            const TrustConfiguration &trust)
{
    auto archive = builder.archive(identity);
    if (!archive)
        return archive.error();
    auto verdict = PackageDelivery::writeAndVerify(fileName, *archive, trust);
    if (!verdict)
        return verdict.error();
    if (auto recorded = PackageDelivery::record(workspace, fileName, *verdict); !recorded)
        return recorded.error();
    return verdict;
}

} // namespace clearroom::package
