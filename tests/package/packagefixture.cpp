// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagefixture.h"

#include "cmssigner.h"
#include "coveragestore.h"
#include "findingstore.h"
#include "packageverifier.h"
#include "process.h"
#include "sha256.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>

#include <algorithm>

namespace clearroom::test {

namespace {

template<typename T>
bool check(const Result<T> &result, const char *what)
{
    if (!result)
        qWarning("%s: %s", what, qPrintable(result.errorMessage()));
    return result.ok();
}

} // namespace

std::unique_ptr<PackageFixture> PackageFixture::created()
{
    auto fixture = std::make_unique<PackageFixture>();
    fixture->m_review = ReviewFixture::created("base", [] { return fixedTime(); });
    if (!fixture->m_review)
        return nullptr;
    fixture->m_pki = std::make_unique<TestPki>(fixture->m_pkiDirectory.path());
    fixture->m_auditor
        = fixture->m_pki->issue(QStringLiteral("Ada Auditor"), TestPki::Role::Auditor);
    if (!fixture->m_pki->isValid()) {
        qWarning("%s", qPrintable(fixture->m_pki->error()));
        return nullptr;
    }
    ReviewFixture &review = *fixture->m_review;
    auto first = review.add("src/main.c", 5, 7, QStringLiteral("Unchecked <input> & \"quotes\""));
    auto second = review.draft("src/util.c", 2, 2, QStringLiteral("Pasted code"));
    if (!check(first, "add") || !check(second, "draft"))
        return nullptr;
    second->severity = review::Severity::Critical;
    second->description
        = QStringLiteral("See:\n\n    int util_3 = 3;\n    int util_4 = 4;\n  int util_5 = 5;\n");
    auto added = review.workspace().findings().add(*second);
    auto comment
        = review.workspace().findings().addComment(*first, QStringLiteral("Confirmed by a test."));
    const QByteArray commit = review.commit("base").toHex();
    review::CoverageRange range;
    range.repository = ReviewFixture::repositoryName();
    range.commit = commit;
    range.path = "src/main.c";
    range.startLine = 1;
    range.endLine = 20;
    auto marked
        = review.workspace().coverage().mark(ReviewFixture::repositoryName(), commit, {range});
    if (!check(added, "add") || !check(comment, "comment") || !check(marked, "mark"))
        return nullptr;
    return fixture;
}

crypto::Identity PackageFixture::identity(const IssuedIdentity &issued) const
{
    auto identity = crypto::Identity::load(issued.pkcs12File, issued.passphrase);
    if (!identity)
        qFatal("%s", qPrintable(identity.errorMessage()));
    return *identity;
}

crypto::TrustStore PackageFixture::trust() const
{
    auto trust = crypto::TrustStore::fromFiles(m_pki->caFile());
    if (!trust)
        qFatal("%s", qPrintable(trust.errorMessage()));
    return *trust;
}

Result<std::unique_ptr<package::PackageBuilder>>
PackageFixture::builder(const package::EgressPolicy &policy)
{
    auto collected = package::ReviewCollector::collect(m_review->workspace(), policy);
    if (!collected)
        return collected.error();
    const QString previousPackageId = collected->previousPackageId;
    auto builder = std::make_unique<package::PackageBuilder>(std::move(collected).value(),
                                                             identity(m_auditor).certificate(),
                                                             fixedTime(), previousPackageId);
    if (auto built = builder->build(); !built)
        return built.error();
    return builder;
}

Result<QByteArray> PackageFixture::archive(const package::EgressPolicy &policy,
                                           const IssuedIdentity *signer)
{
    auto made = builder(policy);
    if (!made)
        return made.error();
    const crypto::Identity signing = identity(signer ? *signer : m_auditor);
    // A foreign signer signs the same manifest: the archive is built by hand.
    if (signer) {
        auto signature = crypto::CmsSigner::signDetached(signing, (*made)->manifestBytes());
        if (!signature)
            return signature.error();
        QMap<QByteArray, QByteArray> entries;
        for (auto it = (*made)->entries().cbegin(); it != (*made)->entries().cend(); ++it) {
            auto bytes = (*made)->entry(it->path);
            if (!bytes)
                return bytes.error();
            entries.insert(it->path.toUtf8(), *bytes);
        }
        entries.insert("manifest.json", (*made)->manifestBytes());
        entries.insert("manifest.json.p7s", *signature);
        return zipOf(entries);
    }
    auto writer = (*made)->archive(signing);
    if (!writer)
        return writer.error();
    return writer->toByteArray();
}

Result<QByteArray> PackageFixture::archiveBy(const package::EgressPolicy &policy,
                                             const IssuedIdentity &signer,
                                             const QString &previousPackageId)
{
    auto collected = package::ReviewCollector::collect(m_review->workspace(), policy);
    if (!collected)
        return collected.error();
    const crypto::Identity signing = identity(signer);
    package::PackageBuilder builder(std::move(collected).value(), signing.certificate(),
                                    fixedTime(), previousPackageId);
    if (auto built = builder.build(); !built)
        return built.error();
    auto writer = builder.archive(signing);
    if (!writer)
        return writer.error();
    return writer->toByteArray();
}

Result<QByteArray> PackageFixture::consolidatedArchive(const QVector<QByteArray> &sources,
                                                       const IssuedIdentity &lead,
                                                       const Tweak &tweak)
{
    const auto trust = package::TrustConfiguration::fromStore(this->trust());
    package::Manifest manifest;
    manifest.kind = package::PackageKind::Consolidated;
    manifest.packageId = QStringLiteral("8d0f4c52-6a0e-8b1f-9c3e-2f5a7b9d1e40");
    manifest.created = fixedTime().addDays(1);
    manifest.review = {{QStringLiteral("id"), QStringLiteral("consolidation")},
                       {QStringLiteral("name"), QStringLiteral("Consolidation")}};
    manifest.tool = {{QStringLiteral("name"), QStringLiteral("Clearroom")}};
    const crypto::Identity signing = identity(lead);
    manifest.signer = {
        {QStringLiteral("name"), signing.certificate().commonName()},
        {QStringLiteral("subject"), signing.certificate().subject()},
        {QStringLiteral("fingerprint"), QString::fromLatin1(signing.certificate().fingerprint())}};
    manifest.meaning = QStringLiteral("lead attests this consolidation");
    manifest.auditLogHead = QByteArray(64, '0');
    QMap<QByteArray, QByteArray> entries;
    entries.insert("findings.json", "{}\n");
    int number = 0;
    for (const QByteArray &bytes : sources) {
        const QString file = save(QStringLiteral("source-%1.crpkg").arg(++number), bytes);
        auto verdict = package::PackageVerifier::verify(file, trust, {});
        if (!verdict)
            return verdict.error();
        package::ManifestSource source;
        source.packageId = verdict->manifest.packageId;
        source.path = package::ManifestSource::pathFor(source.packageId);
        source.sha256 = verdict->fileSha256;
        source.signer = verdict->manifest.signer;
        source.signedAt = verdict->signature.signingTime;
        source.verifiedAt = manifest.created;
        manifest.sources.append(source);
        entries.insert(source.path.toUtf8(), bytes);
    }
    std::sort(manifest.sources.begin(), manifest.sources.end(),
              [](const auto &a, const auto &b) { return a.path < b.path; });
    const auto listEntries = [&] {
        manifest.entries.clear();
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            manifest.entries.append({QString::fromUtf8(it.key()), it.value().size(),
                                     crypto::Sha256::hexOf(std::string_view(
                                         it.value().constData(), size_t(it.value().size())))});
    };
    listEntries();
    if (tweak) {
        tweak(manifest, entries);
        listEntries();
    }
    const QByteArray manifestBytes = manifest.toBytes();
    auto signature = crypto::CmsSigner::signDetached(signing, manifestBytes);
    if (!signature)
        return signature.error();
    entries.insert("manifest.json", manifestBytes);
    entries.insert("manifest.json.p7s", *signature);
    return zipOf(entries);
}

QString PackageFixture::save(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_review->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString PackageFixture::trustFolder(const QString &name, const IssuedIdentity &officer,
                                    const QVector<Member> &members, const QByteArray &policy)
{
    const QString folder = m_review->filePath(name);
    const QDir dir(folder);
    QDir().mkpath(folder);
    QByteArray roster = "{\"type\":\"clearroom-roster\",\"version\":1,\"members\":[";
    for (const Member &member : members) {
        const auto certificate = crypto::Certificate::fromPemFile(member.identity.certificateFile);
        if (!certificate)
            qFatal("%s", qPrintable(certificate.errorMessage()));
        roster += (&member == &members.first() ? "" : ",") + QByteArray("{\"name\":\"")
            + member.identity.name.toUtf8() + "\",\"role\":\"" + member.role.toUtf8()
            + "\",\"fingerprint\":\"" + certificate->first().fingerprint() + "\"}";
    }
    roster += "]}\n";
    const auto write = [&](const QString &file, const QByteArray &bytes) {
        QFile out(dir.filePath(file));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(out.fileName()));
    };
    QFile ca(m_pki->caFile());
    if (!ca.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(ca.fileName()));
    m_pki->makeCrl(dir.filePath(QStringLiteral("crl.pem")));
    write(QStringLiteral("ca.pem"), ca.readAll());
    write(QStringLiteral("roster.json"), roster);
    QStringList files {QStringLiteral("ca.pem"), QStringLiteral("crl.pem"),
                       QStringLiteral("roster.json")};
    if (!policy.isEmpty()) {
        write(QStringLiteral("policy.json"), policy);
        files.append(QStringLiteral("policy.json"));
    }
    QByteArray list = "{\"type\":\"clearroom-trust-configuration\",\"version\":1,\"files\":[";
    for (const QString &file : files) {
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(in.fileName()));
        const QByteArray bytes = in.readAll();
        list += (file == files.first() ? "" : ",") + QByteArray("{\"path\":\"") + file.toUtf8()
            + "\",\"sha256\":\""
            + crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())))
            + "\"}";
    }
    list += "]}\n";
    write(QStringLiteral("trust.json"), list);
    const auto signedList
        = runProcess("openssl",
                     {"cms", "-sign", "-binary", "-outform", "DER", "-econtent_type",
                      "2.25.181595859419782607121077789565286859094.2.2", "-in", "trust.json",
                      "-signer", QFile::encodeName(officer.certificateFile), "-inkey",
                      QFile::encodeName(officer.keyFile), "-out", "trust.json.p7s"},
                     {}, QFile::encodeName(folder));
    if (!signedList.ok())
        qWarning("%s", signedList.standardError.constData());
    return folder;
}

QMap<QString, QByteArray> entriesOf(const package::PackageBuilder &builder)
{
    QMap<QString, QByteArray> entries;
    for (const package::ManifestEntry &entry : builder.entries()) {
        auto bytes = builder.entry(entry.path);
        if (!bytes)
            qFatal("%s", qPrintable(bytes.errorMessage()));
        entries.insert(entry.path, *bytes);
    }
    return entries;
}

QMap<QByteArray, QByteArray> readEntries(const QString &fileName)
{
    QMap<QByteArray, QByteArray> entries;
    package::ZipReader reader;
    if (auto opened = reader.open(fileName); !opened) {
        qWarning("%s", qPrintable(opened.errorMessage()));
        return entries;
    }
    for (int i = 0; i < reader.entries().size(); ++i) {
        auto bytes = reader.read(i);
        if (bytes)
            entries.insert(reader.entries().at(i).name, *bytes);
    }
    return entries;
}

QByteArray zipOf(const QMap<QByteArray, QByteArray> &entries)
{
    package::ZipWriter writer;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        writer.add(it.key(), it.value());
    auto bytes = writer.toByteArray();
    if (!bytes)
        qFatal("%s", qPrintable(bytes.errorMessage()));
    return *bytes;
}

} // namespace clearroom::test
