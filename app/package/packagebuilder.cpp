// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagebuilder.h"

#include "buildinfo.h"
#include "cmssigner.h"
#include "derivedid.h"
#include "packageentries.h"
#include "reportwriter.h"
#include "sarifwriter.h"
#include "sha256.h"
#include "zipwriter.h"

#include <QJsonDocument>

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
    PackageContent &content = m_collected.content;
    content.packageId = packageId(m_collected, m_signer, m_created);
    content.previousPackageId = m_previousPackageId;
    content.created = m_created;
    content.signer.name = m_signer.commonName();
    content.signer.subject = m_signer.subject();
    content.signer.fingerprint = m_signer.fingerprint();
    content.meaning = meaning(PackageKind::Review);

    m_entries.clear();
    m_entries.insert(QStringLiteral("findings.json"), packageentries::findingsJson(content));
    m_entries.insert(QStringLiteral("coverage.json"), packageentries::coverageJson(m_collected));
    m_entries.insert(QStringLiteral("audit-log.jsonl"), m_collected.auditLog);
    m_entries.insert(QStringLiteral("findings.sarif"), SarifWriter::write(content));
    m_entries.insert(QStringLiteral("report.html"), ReportWriter::html(content));
    auto pdf = ReportWriter::pdf(content);
    if (!pdf)
        return pdf.error();
    m_entries.insert(QStringLiteral("report.pdf"), *pdf);
    if (!m_collected.auditValues.isEmpty())
        m_entries.insert(QStringLiteral("audit-values.jsonl"), m_collected.auditValues);

    Manifest &manifest = m_manifest;
    manifest.kind = PackageKind::Review;
    manifest.packageId = content.packageId;
    manifest.previousPackageId = content.previousPackageId;
    manifest.created = m_created;
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
    manifest.repositories = repositoriesOf(content);
    manifest.egressPolicy = m_collected.policy.toJson();
    manifest.auditLogHead = m_collected.auditHead;
    manifest.summary = summaryOf(m_collected);
    manifest.entries.clear();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        manifest.entries.append({it.key(), it.value().size(),
                                 crypto::Sha256::hexOf(std::string_view(
                                     it.value().constData(), size_t(it.value().size())))});
    m_manifestBytes = manifest.toBytes();

    if (const auto maximum = m_collected.policy.maximumPackageBytes();
        maximum && unsignedSize() > *maximum)
        return Error {
            tr("The package would be about %1 bytes; the room's egress policy allows at most %2.")
                .arg(unsignedSize())
                .arg(*maximum)};
    return {};
}

qint64 PackageBuilder::unsignedSize() const
{
    // Each stored entry costs its bytes plus two headers with its name (30 + 46 bytes).
    qint64 size = 22 + 2 * (76 + Manifest::fileName().size()) + m_manifestBytes.size();
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        size += it.value().size() + 2 * (76 + it.key().toUtf8().size());
    return size;
}

Result<ZipWriter> PackageBuilder::archive(const crypto::Identity &identity) const
{
    if (!(identity.certificate() == m_signer))
        return Error {
            tr("The identity's certificate is not the one the package was prepared for.")};
    auto signature = crypto::CmsSigner::signDetached(identity, m_manifestBytes);
    if (!signature)
        return signature.error();
    ZipWriter writer;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        writer.add(it.key(), it.value());
    writer.add(Manifest::fileName(), m_manifestBytes);
    writer.add(Manifest::signatureFileName(), *signature);
    return writer;
}

} // namespace clearroom::package
