// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagebuilder.h"

#include "buildinfo.h"
#include "cmssigner.h"
#include "concurrency.h"
#include "derivedid.h"
#include "entryspool.h"
#include "packageentries.h"
#include "reportwriter.h"
#include "sarifwriter.h"
#include "sha256.h"
#include "zipwriter.h"

#include <QJsonDocument>

#include <future>

namespace clearroom::package {

namespace {

QJsonObject summaryOf(const CollectedReview &collected)
{
    QJsonObject severities;
    QJsonObject statuses;
    for (const QString &key : review::FindingNames::severityKeys())
        severities.insert(key, 0);
    for (const QString &key : review::FindingNames::statusKeys())
        statuses.insert(key, 0);
    for (const PackageFinding &packaged : collected.content.findings) {
        const QString severity = review::FindingNames::severityKey(packaged.finding.severity);
        const QString status = review::FindingNames::statusKey(packaged.finding.status);
        severities.insert(severity, severities.value(severity).toInt() + 1);
        statuses.insert(status, statuses.value(status).toInt() + 1);
    }
    return {{QStringLiteral("findings"), int(collected.content.findings.size())},
            {QStringLiteral("by_severity"), severities},
            {QStringLiteral("by_status"), statuses},
            {QStringLiteral("audit_entries"), double(collected.auditEntries)},
            {QStringLiteral("flagged_texts"), int(collected.flagged.size())}};
}

// The entries of a package, in the byte order of their names, and how each is made.
struct EntryMaker
{
    QString name;
    /// Makes the entry whole ...
    Result<QByteArray> (*make)(const CollectedReview &collected) = nullptr;
    /// ... or in pieces, each handed to the sink as soon as it is made.
    Result<void> (*write)(const CollectedReview &collected, const EntrySpool::Sink &sink) = nullptr;
};

const QVector<EntryMaker> &entryMakers()
{
    static const QVector<EntryMaker> makers {
        {QStringLiteral("audit-log.jsonl"),
         [](const CollectedReview &collected) -> Result<QByteArray> { return collected.auditLog; }},
        {QStringLiteral("audit-values.jsonl"),
         [](const CollectedReview &collected) -> Result<QByteArray> {
             return collected.auditValues;
         }},
        {QStringLiteral("coverage.json"),
         [](const CollectedReview &collected) -> Result<QByteArray> {
             return packageentries::coverageJson(collected);
         }},
        {QStringLiteral("findings.json"), nullptr,
         [](const CollectedReview &collected, const EntrySpool::Sink &sink) {
             return packageentries::writeFindingsJson(collected.content, sink);
         }},
        {QStringLiteral("findings.sarif"), nullptr,
         [](const CollectedReview &collected, const EntrySpool::Sink &sink) {
             return SarifWriter::write(collected.content, sink);
         }},
        // report.html and report.pdf: made first, together, see build().
    };
    return makers;
}

// Whether the package has the entry: the withheld values only when some may leave.
bool hasEntry(const CollectedReview &collected, const QString &name)
{
    return name != QLatin1String("audit-values.jsonl") || !collected.auditValues.isEmpty();
}

QJsonArray repositoriesOf(const PackageContent &content)
{
    QJsonArray repositories;
    for (const PackageRepository &packaged : content.repositories) {
        const QJsonObject identity
            = QJsonDocument::fromJson(packaged.repository.identityJson).object();
        repositories.append(QJsonObject {
            {QStringLiteral("name"), packaged.repository.name},
            {QStringLiteral("commit"), QString::fromLatin1(packaged.repository.commit)},
            {QStringLiteral("tree"), QString::fromLatin1(packaged.tree)},
            {QStringLiteral("identity"), identity},
            {QStringLiteral("coverage"),
             QJsonObject {
                 {QStringLiteral("files"), packaged.coverage.files},
                 {QStringLiteral("reviewed_files"), packaged.coverage.reviewedFiles},
                 {QStringLiteral("lines"), double(packaged.coverage.lines)},
                 {QStringLiteral("reviewed_lines"), double(packaged.coverage.reviewedLines)}}}});
    }
    return repositories;
}

} // namespace

PackageBuilder::PackageBuilder(CollectedReview collected, crypto::Certificate signer,
                               QDateTime created, QString previousPackageId)
    : m_collected(std::move(collected))
    , m_signer(std::move(signer))
    , m_created(created.toUTC())
    , m_previousPackageId(std::move(previousPackageId))
{
}

QString PackageBuilder::meaning(PackageKind kind)
{
    // Signed, so in one language: the authority reads the manifest, not the screen.
    return kind == PackageKind::Review
        ? QStringLiteral("The auditor attests that these findings, this coverage and this "
                         "audit log are the record of their review.")
        : QStringLiteral("The lead reviewer attests these consolidated findings and that the "
                         "source packages within were verified.");
}

Manifest PackageBuilder::manifestOf(PackageKind kind, const PackageContent &content)
{
    Manifest manifest;
    manifest.kind = kind;
    manifest.packageId = content.packageId;
    manifest.previousPackageId = content.previousPackageId;
    manifest.created = content.created;
    manifest.review = {{QStringLiteral("id"), content.review.id},
                       {QStringLiteral("name"), content.review.name}};
    manifest.tool = {{QStringLiteral("name"), QStringLiteral("Clearroom")},
                     {QStringLiteral("version"), content.toolVersion},
                     {QStringLiteral("qt"), BuildInfo::qtRuntimeVersion()},
                     {QStringLiteral("highlighting"), content.highlighting}};
    manifest.signer
        = {{QStringLiteral("name"), content.signer.name},
           {QStringLiteral("subject"), content.signer.subject},
           {QStringLiteral("fingerprint"), QString::fromLatin1(content.signer.fingerprint)}};
    manifest.meaning = content.meaning;
    return manifest;
}

QString PackageBuilder::packageId(const CollectedReview &collected,
                                  const crypto::Certificate &signer, const QDateTime &created)
{
    const QByteArray seed = collected.content.review.id.toUtf8() + '\n'
        + review::timeToText(created).toUtf8() + '\n' + collected.auditHead + '\n'
        + signer.fingerprint() + '\n' + collected.policy.digest();
    return derivedUuid(seed);
}

Result<void> PackageBuilder::build()
{
    CollectedReview &collected = m_collected;
    PackageContent &content = collected.content;
    content.packageId = packageId(collected, m_signer, m_created);
    content.previousPackageId = m_previousPackageId;
    content.created = m_created;
    content.signer.name = m_signer.commonName();
    content.signer.subject = m_signer.subject();
    content.signer.fingerprint = m_signer.fingerprint();
    content.meaning = meaning(PackageKind::Review);

    Manifest &manifest = m_manifest;
    manifest = manifestOf(PackageKind::Review, content);
    manifest.repositories = repositoriesOf(content);
    manifest.egressPolicy = collected.policy.toJson();
    manifest.auditLogHead = collected.auditHead;
    manifest.summary = summaryOf(collected);
    // Each entry is made once, measured on its way into the spool and let go: the archive
    // copies it from there. An archive made earlier keeps the spool it was made from.
    auto spool = EntrySpool::create(m_spoolFolder);
    if (!spool)
        return spool.error();
    m_spool = *spool;
    // The other entries on a thread of their own while the report's HTML is written here
    // and its PDF set on the renderer's threads: the PDF is the longest to make.
    auto others = startAsync([&]() -> Result<QVector<ManifestEntry>> {
        QVector<ManifestEntry> entries;
        for (const EntryMaker &maker : entryMakers()) {
            if (!hasEntry(collected, maker.name))
                continue;
            Result<ManifestEntry> spooled = Error {};
            if (maker.write) {
                spooled = m_spool->add(maker.name, [&](const EntrySpool::Sink &sink) {
                    return maker.write(collected, sink);
                });
            } else {
                auto made = maker.make(collected);
                if (!made)
                    return made.error();
                spooled = m_spool->add(maker.name, *made);
            }
            if (!spooled)
                return spooled.error();
            entries.append(*spooled);
        }
        return entries;
    });
    ReportJob report(content);
    auto html = m_spool->add(QStringLiteral("report.html"),
                             [&](const EntrySpool::Sink &sink) { return report.writeHtml(sink); });
    auto pdf = html
        ? m_spool->add(QStringLiteral("report.pdf"),
                       [&](const EntrySpool::Sink &sink) { return report.writePdf(sink); })
        : html;
    const auto made = others.get();
    if (!html)
        return html.error();
    if (!pdf)
        return pdf.error();
    if (!made)
        return made.error();
    manifest.entries.append(*html);
    manifest.entries.append(*made);
    manifest.entries.append(*pdf);
    manifest.sortEntries();
    m_manifestBytes = manifest.toBytes();

    if (const auto maximum = collected.policy.maximumPackageBytes();
        maximum && unsignedSize() > *maximum)
        return Error {
            tr("The package would be about %1 bytes; the room's egress policy allows at most %2.")
                .arg(unsignedSize())
                .arg(*maximum)};
    return {};
}

Result<QByteArray> PackageBuilder::entry(const QString &name) const
{
    if (!m_spool || !m_spool->contains(name))
        return Error {tr("The package has no entry “%1”.").arg(name)};
    return m_spool->bytes(name);
}

qint64 PackageBuilder::unsignedSize() const
{
    // Each stored entry costs its bytes plus two headers with its name (30 + 46 bytes).
    qint64 size = 22 + 2 * (76 + Manifest::fileName().size()) + m_manifestBytes.size();
    for (const ManifestEntry &entry : m_manifest.entries)
        size += entry.size + 2 * (76 + entry.path.toUtf8().size());
    return size;
}

Result<ZipWriter> PackageBuilder::archive(const crypto::Identity &identity) const
{
    if (!(identity.certificate() == m_signer))
        return Error {
            tr("The identity's certificate is not the one the package was prepared for.")};
    if (!m_spool)
        return Error {tr("The package was not prepared yet.")};
    auto signature = crypto::CmsSigner::signDetached(identity, m_manifestBytes);
    if (!signature)
        return signature.error();
    ZipWriter writer;
    // The spool holds each entry as the manifest lists it; the read-back verification of
    // the written package checks every digest again.
    for (const ManifestEntry &listed : m_manifest.entries)
        m_spool->addTo(writer, listed.path);
    writer.add(Manifest::fileName(), m_manifestBytes);
    writer.add(Manifest::signatureFileName(), *signature);
    return writer;
}

} // namespace clearroom::package
