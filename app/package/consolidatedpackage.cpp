// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidatedpackage.h"

#include "auditstate.h"
#include "buildinfo.h"
#include "checkedfilestream.h"
#include "cmssigner.h"
#include "concurrency.h"
#include "derivedid.h"
#include "entryspool.h"
#include "htmltext.h"
#include "indentedjsonwriter.h"
#include "packagebuilder.h"
#include "packageentries.h"
#include "sarifwriter.h"
#include "sha256.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <deque>
#include <functional>
#include <future>
#include <map>

namespace clearroom::package {

namespace {

using review::FindingNames;

QJsonObject reviewObject(const review::ReviewInfo &info)
{
    return {{QStringLiteral("id"), info.id},
            {QStringLiteral("name"), info.name},
            {QStringLiteral("reviewer"), info.reviewerName},
            {QStringLiteral("created"), review::timeToText(info.created)}};
}

QJsonObject refObject(const SourceFindingRef &ref)
{
    return {{QStringLiteral("package_id"), ref.packageId},
            {QStringLiteral("finding_id"), ref.findingId},
            {QStringLiteral("auditor"), ref.auditor},
            {QStringLiteral("auditor_fingerprint"), QString::fromLatin1(ref.auditorFingerprint)}};
}

QJsonObject decisionObject(const ConsolidationDecision &decision)
{
    QJsonArray sources;
    for (const SourceFindingRef &ref : decision.sources)
        sources.append(refObject(ref));
    return {{QStringLiteral("decision"), ConsolidationDecision::decisionKey(decision.decision)},
            {QStringLiteral("automatic"), decision.automatic},
            {QStringLiteral("rationale"), decision.rationale},
            {QStringLiteral("group_reasons"), QJsonArray::fromStringList(decision.groupReasons)},
            {QStringLiteral("sources"), sources}};
}

QString sourcePath(const SourcePackage &package)
{
    return ManifestSource::pathFor(package.packageId());
}

// The repositories the sources reviewed: each name and commit once, in order of name
// and then of commit, with the identity the first source recorded.
QVector<PackageRepository> repositoriesOf(const Consolidation &consolidation)
{
    std::map<std::pair<QString, QByteArray>, PackageRepository> byKey;
    for (const ConsolidationSource &source : consolidation.sources) {
        for (const SourceRepository &repository : source.package.repositories()) {
            auto &packaged = byKey[{repository.name, repository.commit}];
            if (!packaged.repository.name.isEmpty())
                continue;
            packaged.repository.name = repository.name;
            packaged.repository.commit = repository.commit;
            packaged.tree = repository.tree;
            for (const QJsonValue &value : source.package.manifest().repositories) {
                const QJsonObject object = value.toObject();
                if (object.value(QStringLiteral("name")).toString() == repository.name)
                    packaged.repository.identityJson
                        = QJsonDocument(object.value(QStringLiteral("identity")).toObject())
                              .toJson(QJsonDocument::Compact);
            }
        }
    }
    QVector<PackageRepository> repositories;
    for (auto &[key, repository] : byKey)
        repositories.append(repository);
    return repositories;
}

// A source package's findings as a package's content, for its SARIF runs.
PackageContent contentOf(const SourcePackage &package)
{
    PackageContent content;
    content.packageId = package.packageId();
    content.created = package.manifest().created;
    content.toolVersion = package.manifest().tool.value(QStringLiteral("version")).toString();
    content.review.id = package.reviewId();
    content.review.name = package.reviewName();
    for (const SourceRepository &repository : package.repositories()) {
        PackageRepository packaged;
        packaged.repository.name = repository.name;
        packaged.repository.commit = repository.commit;
        packaged.tree = repository.tree;
        content.repositories.append(packaged);
    }
    content.findings = package.findings();
    content.signer.name = package.signerName();
    content.signer.fingerprint = package.signerFingerprint();
    return content;
}

QJsonArray taggedRuns(const QJsonArray &runs, const QString &automationId,
                      const QJsonObject &runProperties)
{
    QJsonArray tagged;
    for (const QJsonValue &value : runs) {
        QJsonObject run = value.toObject();
        run.insert(QStringLiteral("automationDetails"),
                   QJsonObject {{QStringLiteral("id"), automationId}});
        QJsonObject properties = run.value(QStringLiteral("properties")).toObject();
        for (auto it = runProperties.begin(); it != runProperties.end(); ++it)
            properties.insert(it.key(), it.value());
        run.insert(QStringLiteral("properties"), properties);
        tagged.append(run);
    }
    return tagged;
}

QString cell(const QString &html)
{
    return QLatin1String("<td>") + html + QLatin1String("</td>");
}

QString headerRow(const QStringList &headings)
{
    QString html = QLatin1String("<tr>");
    for (const QString &heading : headings)
        html += QLatin1String("<th>") + htmltext::escape(heading) + QLatin1String("</th>");
    return html + QLatin1String("</tr>\n");
}

QString decisionText(const ConsolidationDecision &decision)
{
    QString text;
    switch (decision.decision) {
    case Decision::Merge:
        text = ConsolidatedPackageBuilder::tr("merged");
        break;
    case Decision::Keep:
        text = ConsolidatedPackageBuilder::tr("kept");
        break;
    case Decision::Reject:
        text = ConsolidatedPackageBuilder::tr("rejected");
        break;
    }
    return decision.automatic ? ConsolidatedPackageBuilder::tr("%1 (automatic)").arg(text) : text;
}

// Each source finding's "title (severity)", by package id and finding id. Looked up for
// every source of every decision: searching the packages' findings for each (10,000 of
// them for 8,000 decisions) took half a second of the consolidated export.
using SourceTitles = QHash<QString, QString>;

QString sourceKey(const QString &packageId, const QString &findingId)
{
    return packageId + QLatin1Char('\n') + findingId;
}

SourceTitles sourceTitles(const Consolidation &consolidation)
{
    SourceTitles titles;
    for (const ConsolidationSource &source : consolidation.sources) {
        for (const SourceFinding &finding : source.findings)
            titles.insert(
                sourceKey(source.package.packageId(), finding.finding.id),
                QStringLiteral("%1 (%2)").arg(
                    finding.finding.title, FindingNames::severityText(finding.finding.severity)));
    }
    return titles;
}

QString sourcesText(const ConsolidationDecision &decision, const SourceTitles &titles)
{
    QStringList parts;
    for (const SourceFindingRef &ref : decision.sources) {
        const QString title = titles.value(sourceKey(ref.packageId, ref.findingId), ref.findingId);
        parts.append(ConsolidatedPackageBuilder::tr("%1: %2").arg(ref.auditor, title));
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace

ConsolidatedPackageBuilder::ConsolidatedPackageBuilder(Consolidation consolidation,
                                                       ConsolidatedReview review,
                                                       crypto::Certificate lead, QDateTime created)
    : m_consolidation(std::move(consolidation))
    , m_review(std::move(review))
    , m_lead(std::move(lead))
    , m_created(created.toUTC())
{
}

Result<void> ConsolidatedPackageBuilder::build()
{
    if (!m_lead.hasRole(crypto::Role::Lead))
        return Error {tr("The certificate of %1 does not carry the lead reviewer role: a "
                         "consolidated package is signed by a lead reviewer.")
                          .arg(m_lead.subject())};
    if (m_consolidation.sources.isEmpty())
        return Error {tr("A consolidated package needs at least one auditor's package.")};
    if (const auto undecided = m_consolidation.undecided(); !undecided.isEmpty())
        return Error {tr("%n source finding(s) have no decision yet (the first: %1 of %2).",
                         nullptr, int(undecided.size()))
                          .arg(undecided.first().findingId, undecided.first().auditor)};
    QStringList sourceDigests;
    for (const ConsolidationSource &source : std::as_const(m_consolidation.sources))
        sourceDigests.append(QString::fromLatin1(source.package.verdict().fileSha256));
    sourceDigests.sort();

    PackageContent &content = m_content;
    content = {};
    content.packageId
        = derivedUuid("clearroom-consolidated\n" + m_review.review.id.toUtf8() + '\n'
                      + review::timeToText(m_created).toUtf8() + '\n' + m_lead.fingerprint() + '\n'
                      + m_review.auditHead + '\n' + sourceDigests.join(QLatin1Char('\n')).toUtf8());
    content.previousPackageId = m_review.previousPackageId;
    content.created = m_created;
    content.toolVersion = BuildInfo::version();
    content.review = m_review.review;
    content.repositories = repositoriesOf(m_consolidation);
    content.signer.name = m_lead.commonName();
    content.signer.subject = m_lead.subject();
    content.signer.fingerprint = m_lead.fingerprint();
    content.meaning = PackageBuilder::meaning(PackageKind::Consolidated);
    content.highlighting = BuildInfo::hasSyntaxHighlighting();
    const bool codeMayLeave = m_review.policy.excerpts() != EgressPolicy::Excerpts::None;
    for (const ConsolidationDecision *decision : m_consolidation.consolidated()) {
        PackageFinding finding = decision->result;
        if (!codeMayLeave)
            finding.excerpts.clear();
        content.findings.append(finding);
    }

    // Each entry is made once, measured on its way into the spool and let go; an archive
    // made earlier keeps the spool it was made from.
    auto spool = EntrySpool::create(m_spoolFolder);
    if (!spool)
        return spool.error();
    m_spool = *spool;
    // The other entries on a thread of their own while the report's HTML is written here
    // and its PDF set on the renderer's threads: the PDF is the longest to make.
    auto others = startAsync([&]() -> Result<QVector<ManifestEntry>> {
        QVector<ManifestEntry> entries;
        for (const auto &[name, make] :
             std::initializer_list<std::pair<QString, std::function<QByteArray()>>> {
                 {QStringLiteral("audit-log.jsonl"), [&] { return m_review.auditLog; }},
                 {QStringLiteral("coverage.json"),
                  [&] { return coverageJson(m_review.review, m_consolidation); }},
             }) {
            auto spooled = m_spool->add(name, make());
            if (!spooled)
                return spooled.error();
            entries.append(*spooled);
        }
        // The largest entries in pieces, never whole in memory.
        const DecisionObjects decisions = decisionObjects(m_consolidation);
        for (const auto &[name, write] : std::initializer_list<
                 std::pair<QString, std::function<Result<void>(const JsonSink &)>>> {
                 {QStringLiteral("findings.json"),
                  [&](const JsonSink &sink) {
                      return writeFindingsJson(content, m_consolidation, decisions, sink);
                  }},
                 {QStringLiteral("findings.sarif"),
                  [&](const JsonSink &sink) {
                      return writeSarif(content, m_consolidation, decisions, sink);
                  }},
             }) {
            auto spooled = m_spool->add(name, write);
            if (!spooled)
                return spooled.error();
            entries.append(*spooled);
        }
        return entries;
    });
    ReportJob report(content, reportAdditions(m_consolidation));
    auto html = m_spool->add(QStringLiteral("report.html"),
                             [&](const EntrySpool::Sink &sink) { return report.writeHtml(sink); });
    auto pdf = html
        ? m_spool->add(QStringLiteral("report.pdf"),
                       [&](const EntrySpool::Sink &sink) { return report.writePdf(sink); })
        : html;
    auto entries = others.get();
    if (!html)
        return html.error();
    if (!pdf)
        return pdf.error();
    if (!entries)
        return entries.error();
    entries->prepend(*html);
    entries->append(*pdf);

    Manifest &manifest = m_manifest;
    manifest = PackageBuilder::manifestOf(PackageKind::Consolidated, content);
    for (const PackageRepository &repository : std::as_const(content.repositories))
        manifest.repositories.append(QJsonObject {
            {QStringLiteral("name"), repository.repository.name},
            {QStringLiteral("commit"), QString::fromLatin1(repository.repository.commit)},
            {QStringLiteral("tree"), QString::fromLatin1(repository.tree)},
            {QStringLiteral("identity"),
             QJsonDocument::fromJson(repository.repository.identityJson).object()}});
    manifest.egressPolicy = m_review.policy.toJson();
    manifest.auditLogHead = m_review.auditHead;
    QJsonObject severities;
    QJsonObject statuses;
    for (const QString &key : FindingNames::severityKeys())
        severities.insert(key, 0);
    for (const QString &key : FindingNames::statusKeys())
        statuses.insert(key, 0);
    for (const PackageFinding &packaged : std::as_const(content.findings)) {
        const QString severity = FindingNames::severityKey(packaged.finding.severity);
        const QString status = FindingNames::statusKey(packaged.finding.status);
        severities.insert(severity, severities.value(severity).toInt() + 1);
        statuses.insert(status, statuses.value(status).toInt() + 1);
    }
    int rejected = 0;
    for (const ConsolidationDecision &decision : std::as_const(m_consolidation.decisions))
        rejected += decision.decision == Decision::Reject ? int(decision.sources.size()) : 0;
    manifest.summary = {{QStringLiteral("findings"), int(content.findings.size())},
                        {QStringLiteral("by_severity"), severities},
                        {QStringLiteral("by_status"), statuses},
                        {QStringLiteral("audit_entries"), double(m_review.auditEntries)},
                        {QStringLiteral("sources"), int(m_consolidation.sources.size())},
                        {QStringLiteral("rejected_source_findings"), rejected}};
    manifest.entries = *entries;
    for (const ConsolidationSource &source : std::as_const(m_consolidation.sources)) {
        const PackageVerdict &verdict = source.package.verdict();
        ManifestSource listed;
        listed.packageId = source.package.packageId();
        listed.path = sourcePath(source.package);
        listed.sha256 = verdict.fileSha256;
        listed.signer = verdict.manifest.signer;
        listed.signedAt = verdict.signature.signingTime.toUTC();
        listed.verifiedAt = m_created;
        listed.notices = verdict.signature.notices;
        manifest.sources.append(listed);
        manifest.entries.append({listed.path, verdict.fileSize, verdict.fileSha256});
    }
    std::sort(manifest.sources.begin(), manifest.sources.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    manifest.sortEntries();
    m_manifestBytes = manifest.toBytes();
    if (const auto maximum = m_review.policy.maximumPackageBytes()) {
        qint64 size = m_manifestBytes.size();
        for (const ManifestEntry &entry : std::as_const(manifest.entries))
            size += entry.size;
        if (size > *maximum)
            return Error {tr("The consolidated package would be about %1 bytes; the room's egress "
                             "policy allows at most %2.")
                              .arg(size)
                              .arg(*maximum)};
    }
    return {};
}

Result<QByteArray> ConsolidatedPackageBuilder::entry(const QString &name) const
{
    if (!m_spool || !m_spool->contains(name))
        return Error {tr("The package has no entry “%1”.").arg(name)};
    return m_spool->bytes(name);
}

Result<ZipWriter> ConsolidatedPackageBuilder::archive(const crypto::Identity &identity) const
{
    if (!(identity.certificate() == m_lead))
        return Error {
            tr("The identity's certificate is not the one the package was prepared for.")};
    if (!m_spool)
        return Error {tr("The package was not prepared yet.")};
    auto signature = crypto::CmsSigner::signDetached(identity, m_manifestBytes);
    if (!signature)
        return signature.error();
    ZipWriter writer;
    for (const ManifestEntry &listed : m_manifest.entries) {
        if (m_spool->contains(listed.path))
            m_spool->addTo(writer, listed.path);
    }
    for (const ConsolidationSource &source : m_consolidation.sources) {
        const QString path = source.path;
        const QByteArray digest = source.package.verdict().fileSha256;
        const qint64 size = source.package.verdict().fileSize;
        writer.addStream(
            sourcePath(source.package).toUtf8(), size,
            [path, size, digest]() -> Result<std::unique_ptr<ZipWriter::Stream>> {
                auto file = std::make_unique<QFile>(path);
                if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                    return Error {tr("Cannot read the source package %1: %2.")
                                      .arg(path, file->errorString())};
                CheckedFileStream::Messages messages;
                messages.unreadable = [path](const QString &reason) {
                    return tr("Cannot read the source package %1: %2.").arg(path, reason);
                };
                // The file was verified when it was imported; if it changed since, the
                // writing fails and nothing stays under the package's name.
                messages.changed = tr("The source package %1 changed after it was verified; "
                                      "nothing was written.")
                                       .arg(path);
                return std::unique_ptr<ZipWriter::Stream>(std::make_unique<CheckedFileStream>(
                    std::move(file), size, digest, std::move(messages)));
            });
    }
    writer.add(Manifest::fileName(), m_manifestBytes);
    writer.add(Manifest::signatureFileName(), *signature);
    return writer;
}

ConsolidatedPackageBuilder::DecisionObjects
ConsolidatedPackageBuilder::decisionObjects(const Consolidation &consolidation)
{
    DecisionObjects objects;
    for (const ConsolidationDecision &decision : consolidation.decisions) {
        if (decision.decision != Decision::Reject)
            objects.insert(decision.result.finding.id, decisionObject(decision));
    }
    return objects;
}

Result<void> ConsolidatedPackageBuilder::writeFindingsJson(const PackageContent &content,
                                                           const Consolidation &consolidation,
                                                           const DecisionObjects &decisions,
                                                           const JsonSink &sink)
{
    QJsonArray repositories;
    for (const PackageRepository &repository : content.repositories)
        repositories.append(QJsonObject {
            {QStringLiteral("name"), repository.repository.name},
            {QStringLiteral("commit"), QString::fromLatin1(repository.repository.commit)},
            {QStringLiteral("tree"), QString::fromLatin1(repository.tree)}});
    QJsonArray sources;
    for (const ConsolidationSource &source : consolidation.sources)
        sources.append(
            QJsonObject {{QStringLiteral("package_id"), source.package.packageId()},
                         {QStringLiteral("path"), sourcePath(source.package)},
                         {QStringLiteral("auditor"), source.package.signerName()},
                         {QStringLiteral("auditor_fingerprint"),
                          QString::fromLatin1(source.package.signerFingerprint())},
                         {QStringLiteral("review"),
                          QJsonObject {{QStringLiteral("id"), source.package.reviewId()},
                                       {QStringLiteral("name"), source.package.reviewName()}}},
                         {QStringLiteral("findings"), int(source.package.findings().size())}});
    QJsonArray rejected;
    for (const ConsolidationDecision &decision : consolidation.decisions) {
        if (decision.decision != Decision::Reject)
            continue;
        QJsonObject object = decisionObject(decision);
        object.insert(QStringLiteral("title"), decision.result.finding.title);
        rejected.append(object);
    }
    // The findings are written one at a time in place of a placeholder.
    const QString placeholder = QStringLiteral("clearroom-consolidated-findings");
    const auto findings = [&](int, const JsonElement &element) -> Result<void> {
        for (const PackageFinding &packaged : content.findings) {
            const auto decision = decisions.constFind(packaged.finding.id);
            if (auto written = element(packageentries::renderedFinding(
                    packaged, decision != decisions.cend() ? &*decision : nullptr));
                !written)
                return written;
        }
        return {};
    };
    QJsonArray leftOut;
    for (const LeftOutPackage &package : consolidation.leftOut)
        leftOut.append(QJsonObject {{QStringLiteral("file"), package.fileName},
                                    {QStringLiteral("sha256"), QString::fromLatin1(package.sha256)},
                                    {QStringLiteral("reason"), package.reason}});
    return writeIndentedJson(
        {{QStringLiteral("type"), QStringLiteral("clearroom-consolidated-findings")},
         {QStringLiteral("version"), 1},
         {QStringLiteral("review"), reviewObject(content.review)},
         {QStringLiteral("repositories"), repositories},
         {QStringLiteral("sources"), sources},
         {QStringLiteral("left_out_packages"), leftOut},
         {QStringLiteral("findings"), QJsonArray {placeholder}},
         {QStringLiteral("rejected"), rejected}},
        {placeholder}, findings, sink);
}

QByteArray ConsolidatedPackageBuilder::coverageJson(const review::ReviewInfo &review,
                                                    const Consolidation &consolidation)
{
    // Per repository and commit, per file: who reviewed which lines, the lines anyone
    // reviewed (ranges joined), and the files nobody reviewed.
    struct Reviewer
    {
        const ConsolidationSource *source = nullptr;
        const SourceFileCoverage *file = nullptr;
    };
    struct File
    {
        qint64 lines = 0;
        QVector<Reviewer> reviewers;
    };
    std::map<std::pair<QString, QByteArray>, std::map<QByteArray, File>> repositories;
    for (const ConsolidationSource &source : consolidation.sources) {
        for (const SourceRepository &repository : source.package.repositories()) {
            auto &files = repositories[{repository.name, repository.commit}];
            for (const SourceFileCoverage &file : repository.files) {
                File &combined = files[file.path];
                combined.lines = std::max(combined.lines, file.lines);
                combined.reviewers.append({&source, &file});
            }
        }
    }
    // Written straight into the bytes, keys in byte order, as QJsonDocument would write
    // the same objects (tst_consolidation compares): for ten packages' coverage the
    // QJsonObject tree and its writing took a fifth of a second.
    QByteArray out;
    IndentedJsonWriter json(out);
    const auto path = [&json](const QByteArray &bytes) { packageentries::writePath(json, bytes); };
    json.beginObject();
    json.key("repositories");
    json.beginArray();
    for (const auto &[key, files] : repositories) {
        json.beginObject();
        json.key("commit");
        json.latin1(key.second);
        json.key("files");
        json.beginArray();
        QVector<const QByteArray *> unreviewed;
        int reviewedFiles = 0;
        for (const auto &[filePath, file] : files) {
            std::vector<std::pair<int, int>> ranges;
            bool reviewed = false;
            for (const Reviewer &reviewer : file.reviewers) {
                reviewed |= !reviewer.file->ranges.isEmpty();
                for (const review::CoverageRange &range : reviewer.file->ranges)
                    ranges.emplace_back(range.startLine, range.endLine);
            }
            std::sort(ranges.begin(), ranges.end());
            json.beginObject();
            json.key("joined_ranges");
            json.beginArray();
            for (size_t i = 0; i < ranges.size();) {
                int start = ranges[i].first;
                int end = ranges[i].second;
                for (++i; i < ranges.size() && ranges[i].first <= end + 1; ++i)
                    end = std::max(end, ranges[i].second);
                json.beginArray();
                json.number(start);
                json.number(end);
                json.endArray();
            }
            json.endArray();
            json.key("lines");
            json.number(file.lines);
            json.key("path");
            path(filePath);
            json.key("reviewed_by");
            json.beginArray();
            for (const Reviewer &reviewer : file.reviewers) {
                if (reviewer.file->ranges.isEmpty())
                    continue;
                json.beginObject();
                json.key("auditor");
                json.string(reviewer.source->package.signerName());
                json.key("auditor_fingerprint");
                json.latin1(reviewer.source->package.signerFingerprint());
                json.key("package_id");
                json.string(reviewer.source->package.packageId());
                json.key("ranges");
                json.beginArray();
                for (const review::CoverageRange &range : reviewer.file->ranges) {
                    json.beginObject();
                    json.key("end_line");
                    json.number(range.endLine);
                    json.key("marked");
                    json.string(review::timeToText(range.marked));
                    json.key("reviewer");
                    json.string(range.reviewer);
                    json.key("start_line");
                    json.number(range.startLine);
                    json.endObject();
                }
                json.endArray();
                json.key("reviewed_lines");
                json.number(reviewer.file->reviewedLines);
                json.endObject();
            }
            json.endArray();
            json.endObject();
            if (reviewed)
                ++reviewedFiles;
            else
                unreviewed.append(&filePath);
        }
        json.endArray();
        json.key("name");
        json.string(key.first);
        json.key("total");
        json.beginObject();
        json.key("files");
        json.number(qint64(files.size()));
        json.key("reviewed_files");
        json.number(reviewedFiles);
        json.key("unreviewed_files");
        json.number(unreviewed.size());
        json.endObject();
        json.key("unreviewed_files");
        json.beginArray();
        for (const QByteArray *each : std::as_const(unreviewed))
            path(*each);
        json.endArray();
        json.endObject();
    }
    json.endArray();
    json.key("review");
    packageentries::writeReview(json, review);
    json.key("type");
    json.utf8(std::string_view("clearroom-consolidated-coverage"));
    json.key("version");
    json.number(1);
    json.endObject();
    return out;
}

Result<void> ConsolidatedPackageBuilder::writeSarif(const PackageContent &content,
                                                    const Consolidation &consolidation,
                                                    const DecisionObjects &decisions,
                                                    const JsonSink &sink)
{
    // One run per repository and commit of each auditor's package (automation id
    // "clearroom/source/<package id>"), then the consolidated runs
    // ("clearroom/consolidated/<package id>"), whose results name their decision and
    // sources. Each run's results are written one at a time in place of its placeholder.
    QJsonArray runs;
    QStringList placeholders;
    // Per run: what makes its results, and its index there.
    std::vector<std::pair<const SarifWriter::RunsInPieces *, int>> resultsOf;
    std::deque<PackageContent> contents; // the sources' content, kept while results are made
    std::deque<SarifWriter::RunsInPieces> pieces;
    const auto addRuns = [&](const PackageContent &ofRuns, const QString &automationId,
                             const QJsonObject &properties) {
        pieces.push_back(SarifWriter::runsInPieces(
            ofRuns, QStringLiteral("clearroom-sarif-results-of-run-%1-").arg(pieces.size())));
        const SarifWriter::RunsInPieces &added = pieces.back();
        const QJsonArray tagged = taggedRuns(added.runs, automationId, properties);
        for (int i = 0; i < tagged.size(); ++i) {
            runs.append(tagged.at(i));
            placeholders.append(added.placeholders.at(i));
            resultsOf.emplace_back(&added, i);
        }
    };
    for (const ConsolidationSource &source : consolidation.sources) {
        contents.push_back(contentOf(source.package));
        addRuns(contents.back(), QStringLiteral("clearroom/source/") + source.package.packageId(),
                {{QStringLiteral("clearroomRole"), QStringLiteral("source")},
                 {QStringLiteral("auditor"), source.package.signerName()},
                 {QStringLiteral("auditorFingerprint"),
                  QString::fromLatin1(source.package.signerFingerprint())}});
    }
    const size_t firstConsolidated = resultsOf.size();
    addRuns(content, QStringLiteral("clearroom/consolidated/") + content.packageId,
            {{QStringLiteral("clearroomRole"), QStringLiteral("consolidated")},
             {QStringLiteral("lead"), content.signer.name},
             {QStringLiteral("leadFingerprint"), QString::fromLatin1(content.signer.fingerprint)}});
    const QJsonObject noDecision;
    const auto results = [&](int run, const JsonElement &element) -> Result<void> {
        const auto &[made, index] = resultsOf.at(size_t(run));
        if (size_t(run) < firstConsolidated)
            return made->results(index, {}, element);
        // A consolidated result names its decision in its properties (an empty object
        // where there is none).
        return made->results(
            index,
            [&](const QString &findingId) {
                const auto found = decisions.constFind(findingId);
                return found != decisions.constEnd() ? &*found : &noDecision;
            },
            element);
    };
    return writeIndentedJson(SarifWriter::log(runs), placeholders, results, sink);
}

ReportAdditions ConsolidatedPackageBuilder::reportAdditions(const Consolidation &consolidation)
{
    ReportAdditions additions;
    additions.heading = tr("Consolidated review report");
    QString html = QLatin1String("<h2>") + htmltext::escape(tr("What each auditor found"))
        + QLatin1String("</h2>\n<table class=\"grid\">\n")
        + headerRow({tr("Auditor"), tr("Package"), tr("Signed"), tr("Findings"), tr("Merged"),
                     tr("Kept"), tr("Rejected")});
    for (const ConsolidationSource &source : consolidation.sources) {
        int merged = 0, kept = 0, rejected = 0;
        for (const ConsolidationDecision &decision : consolidation.decisions) {
            for (const SourceFindingRef &ref : decision.sources) {
                if (ref.packageId != source.package.packageId())
                    continue;
                merged += decision.decision == Decision::Merge ? 1 : 0;
                kept += decision.decision == Decision::Keep ? 1 : 0;
                rejected += decision.decision == Decision::Reject ? 1 : 0;
            }
        }
        html += QLatin1String("<tr>") + cell(htmltext::line(source.package.signerName()))
            + cell(QLatin1String("<code>") + htmltext::line(source.package.packageId())
                   + QLatin1String("</code>"))
            + cell(htmltext::escape(
                source.package.verdict().signature.signingTime.toUTC().toString(Qt::ISODate)))
            + cell(QString::number(source.package.findings().size()))
            + cell(QString::number(merged)) + cell(QString::number(kept))
            + cell(QString::number(rejected)) + QLatin1String("</tr>\n");
    }
    html += QLatin1String("</table>\n");
    if (!consolidation.leftOut.isEmpty()) {
        html += QLatin1String("<p>")
            + htmltext::escape(tr("Packages given to the consolidation but left out of it:"))
            + QLatin1String("</p>\n<table class=\"grid\">\n")
            + headerRow({tr("File"), tr("SHA-256"), tr("Why")});
        for (const LeftOutPackage &package : consolidation.leftOut)
            html += QLatin1String("<tr>") + cell(htmltext::line(package.fileName))
                + cell(QLatin1String("<code>")
                       + htmltext::escape(QString::fromLatin1(package.sha256))
                       + QLatin1String("</code>"))
                + cell(htmltext::paragraphs(package.reason)) + QLatin1String("</tr>\n");
        html += QLatin1String("</table>\n");
    }
    html += QLatin1String("<h2>") + htmltext::escape(tr("What the lead decided"))
        + QLatin1String("</h2>\n<table class=\"grid\">\n")
        + headerRow({tr("Decision"), tr("Result"), tr("Sources"), tr("Rationale")});
    // Each decision's sources, once: on the first page and in its finding's section.
    const SourceTitles titles = sourceTitles(consolidation);
    QHash<const ConsolidationDecision *, QString> sourcesHtml;
    for (const ConsolidationDecision &decision : consolidation.decisions)
        sourcesHtml.insert(&decision, htmltext::paragraphs(sourcesText(decision, titles)));
    for (const ConsolidationDecision &decision : consolidation.decisions) {
        const review::Finding &result = decision.result.finding;
        html += QLatin1String("<tr>") + cell(htmltext::escape(decisionText(decision)))
            + cell(decision.decision == Decision::Reject
                       ? htmltext::escape(tr("left out"))
                       : htmltext::line(QStringLiteral("%1 (%2)").arg(
                           result.title, FindingNames::severityText(result.severity))))
            + cell(sourcesHtml.value(&decision)) + cell(htmltext::paragraphs(decision.rationale))
            + QLatin1String("</tr>\n");
    }
    html += QLatin1String("</table>\n<p class=\"note\">")
        + htmltext::escape(tr("Decisions marked automatic were made by Clearroom's rules "
                              "(duplicates merged, every other finding kept), not by the lead."))
        + QLatin1String("</p>\n");
    additions.firstHtml = html;

    for (const ConsolidationDecision &decision : consolidation.decisions) {
        if (decision.decision == Decision::Reject)
            continue;
        QString section = QLatin1String("<h4>") + htmltext::escape(tr("Consolidation"))
            + QLatin1String("</h4>\n<table class=\"facts\">\n");
        const auto fact = [&](const QString &label, const QString &valueHtml) {
            section += QLatin1String("<tr><th>") + htmltext::escape(label)
                + QLatin1String("</th><td>") + valueHtml + QLatin1String("</td></tr>\n");
        };
        fact(tr("Decision"), htmltext::escape(decisionText(decision)));
        fact(tr("Sources"), sourcesHtml.value(&decision));
        fact(tr("Rationale"), htmltext::paragraphs(decision.rationale));
        if (!decision.groupReasons.isEmpty())
            fact(tr("Grouped because"),
                 htmltext::paragraphs(decision.groupReasons.join(QLatin1Char('\n'))));
        section += QLatin1String("</table>\n");
        additions.findingHtml.insert(decision.result.finding.id, section);
    }
    return additions;
}

} // namespace clearroom::package
