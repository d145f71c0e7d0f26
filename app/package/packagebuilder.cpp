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

// The entries of a package, in the byte order of their names, and how each is made.
struct EntryMaker
{
    QString name;
    Result<QByteArray> (*make)(const CollectedReview &collected);
    /// Made once and kept: laying out the PDF is the slowest step of an export, so it is
    /// not made twice (build() makes it on a thread of its own, ReportPdfJob, while the
    /// others are made). Kept so, an export holds at most this entry and one other.
    bool kept = false;
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
        {QStringLiteral("findings.json"),
         [](const CollectedReview &collected) -> Result<QByteArray> {
             return packageentries::findingsJson(collected.content);
         }},
        {QStringLiteral("findings.sarif"),
         [](const CollectedReview &collected) -> Result<QByteArray> {
             return SarifWriter::write(collected.content);
         }},
        {QStringLiteral("report.html"),
         [](const CollectedReview &collected) -> Result<QByteArray> {
             return ReportWriter::html(collected.content);
         }},
        {QStringLiteral("report.pdf"),
         [](const CollectedReview &collected) { return ReportWriter::pdf(collected.content); },
         true},
    };
    return makers;
}

// Whether the package has the entry: the withheld values only when some may leave.
bool hasEntry(const CollectedReview &collected, const QString &name)
{
    return name != QLatin1String("audit-values.jsonl") || !collected.auditValues.isEmpty();
}

QByteArray sha256Of(const QByteArray &bytes)
{
    return crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
}

Result<QByteArray> makeEntry(const CollectedReview &collected, const QString &name)
{
    for (const EntryMaker &maker : entryMakers()) {
        if (maker.name == name && hasEntry(collected, name))
            return maker.make(collected);
    }
    return Error {PackageBuilder::tr("The package has no entry “%1”.").arg(name)};
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
    : m_collected(std::make_shared<CollectedReview>(std::move(collected)))
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
    // An archive made earlier shares the collected review: it keeps its own.
    if (m_collected.use_count() > 1)
        m_collected = std::make_shared<CollectedReview>(*m_collected);
    CollectedReview &collected = *m_collected;
    PackageContent &content = collected.content;
    content.packageId = packageId(collected, m_signer, m_created);
    content.previousPackageId = m_previousPackageId;
    content.created = m_created;
    content.signer.name = m_signer.commonName();
    content.signer.subject = m_signer.subject();
    content.signer.fingerprint = m_signer.fingerprint();
    content.meaning = meaning(PackageKind::Review);

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
    manifest.egressPolicy = collected.policy.toJson();
    manifest.auditLogHead = collected.auditHead;
    manifest.summary = summaryOf(collected);
    // Each entry is made, measured and let go (but the kept one): archive() makes it again.
    manifest.entries.clear();
    m_kept.clear();
    // The PDF (the kept entry, the longest to make) is laid out while the others are made.
    ReportPdfJob pdfJob(content);
    for (const EntryMaker &maker : entryMakers()) {
        if (!hasEntry(collected, maker.name))
            continue;
        auto made = maker.kept ? pdfJob.take() : maker.make(collected);
        if (!made)
            return made.error();
        manifest.entries.append({maker.name, made->size(), sha256Of(*made)});
        if (maker.kept)
            m_kept.insert(maker.name, *made);
    }
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
    if (const auto kept = m_kept.constFind(name); kept != m_kept.cend())
        return *kept;
    return makeEntry(*m_collected, name);
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
    auto signature = crypto::CmsSigner::signDetached(identity, m_manifestBytes);
    if (!signature)
        return signature.error();
    ZipWriter writer;
    const std::shared_ptr<const CollectedReview> collected = m_collected;
    for (const ManifestEntry &listed : m_manifest.entries) {
        const QByteArray kept = m_kept.value(listed.path); // shared, not copied
        writer.add(listed.path.toUtf8(), listed.size,
                   [collected, listed, kept]() -> Result<QByteArray> {
                       auto made = kept.isNull() ? makeEntry(*collected, listed.path)
                                                 : Result<QByteArray>(kept);
                       if (!made)
                           return made;
                       // The manifest is signed already: an entry that came out otherwise would
                       // make it lie, so nothing is written.
                       const QByteArray digest = sha256Of(*made);
                       if (made->size() != listed.size || digest != listed.sha256)
                           return Error {
                               tr("The entry “%1” came out different when written than when the "
                                  "manifest was made (%2 bytes with SHA-256 %3, where the "
                                  "manifest lists %4 bytes with SHA-256 %5); the package was "
                                  "not written.")
                                   .arg(listed.path, QString::number(made->size()),
                                        QString::fromLatin1(digest), QString::number(listed.size),
                                        QString::fromLatin1(listed.sha256))};
                       return made;
                   });
    }
    writer.add(Manifest::fileName(), m_manifestBytes);
    writer.add(Manifest::signatureFileName(), *signature);
    return writer;
}

} // namespace clearroom::package
