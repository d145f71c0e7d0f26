// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "trustconfiguration.h"

#include "sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace clearroom::package {

namespace {

// Certificates, lists and a roster: a folder of more than this is not a configuration.
constexpr qint64 MaximumFileSize = 16 << 20;

Result<QByteArray> readFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            TrustConfiguration::tr("Cannot read %1: %2.").arg(fileName, file.errorString())};
    const QByteArray bytes = file.read(MaximumFileSize + 1);
    if (bytes.size() > MaximumFileSize)
        return Error {
            TrustConfiguration::tr("%1 is larger than 16 MiB; it does not belong in a trust "
                                   "configuration.")
                .arg(fileName)};
    return bytes;
}

std::optional<crypto::Role> roleFromKey(const QString &key)
{
    if (key == QLatin1String("auditor"))
        return crypto::Role::Auditor;
    if (key == QLatin1String("lead"))
        return crypto::Role::Lead;
    return std::nullopt;
}

} // namespace

Result<TrustConfiguration> TrustConfiguration::load(const QString &path, const QString &crlFile,
                                                    const QDateTime &now)
{
    TrustConfiguration configuration;
    configuration.m_source = path;
    if (QFileInfo(path).isDir()) {
        if (auto loaded = configuration.loadFolder(path, now); !loaded)
            return loaded.error();
    } else {
        auto store = crypto::TrustStore::fromFiles(path);
        if (!store)
            return store.error();
        configuration.m_store = *store;
    }
    if (!crlFile.isEmpty()) {
        auto lists = crypto::RevocationList::fromPemFile(crlFile);
        if (!lists)
            return lists.error();
        auto store = crypto::TrustStore::make(configuration.m_store.anchors(),
                                              configuration.m_store.revocationLists() + *lists);
        if (!store)
            return store.error();
        configuration.m_store = *store;
    }
    return configuration;
}

Result<void> TrustConfiguration::loadFolder(const QString &folder, const QDateTime &now)
{
    m_folder = folder;
    const QDir directory(folder);
    const auto bad = [&](const QString &what) {
        return Error {tr("The trust configuration %1 is refused: %2.").arg(folder, what)};
    };
    auto list = readFile(directory.filePath(listFileName()));
    if (!list)
        return list.error();
    auto signature = readFile(directory.filePath(signatureFileName()));
    if (!signature)
        return signature.error();
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(*list, &error).object();
    if (error.error != QJsonParseError::NoError)
        return bad(tr("%1 is not JSON (%2)").arg(listFileName(), error.errorString()));
    if (object.value(QStringLiteral("type")).toString()
            != QLatin1String("clearroom-trust-configuration")
        || object.value(QStringLiteral("version")) != QJsonValue(1))
        return bad(tr("%1 is not a trust configuration list of version 1").arg(listFileName()));

    // Every file is listed with its digest, and nothing else is in the folder.
    QHash<QString, QByteArray> listed;
    for (const QJsonValue &value : object.value(QStringLiteral("files")).toArray()) {
        const QString name = value.toObject().value(QStringLiteral("path")).toString();
        const QByteArray digest
            = value.toObject().value(QStringLiteral("sha256")).toString().toLatin1();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.'))
            || name == listFileName() || name == signatureFileName() || digest.size() != 64)
            return bad(tr("%1 lists a file it may not (\"%2\")").arg(listFileName(), name));
        listed.insert(name, digest);
    }
    const QStringList present = directory.entryList(QDir::AllEntries | QDir::Hidden | QDir::System
                                                    | QDir::NoDotAndDotDot);
    for (const QString &name : present) {
        if (name == listFileName() || name == signatureFileName())
            continue;
        if (!listed.contains(name))
            return bad(tr("the file \"%1\" is not listed in %2 (added after signing?)")
                           .arg(name, listFileName()));
    }
    QHash<QString, QByteArray> files;
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const QString fileName = directory.filePath(it.key());
        if (!QFileInfo(fileName).isFile() || QFileInfo(fileName).isSymLink())
            return bad(tr("the listed file \"%1\" is missing or not a regular file").arg(it.key()));
        auto bytes = readFile(fileName);
        if (!bytes)
            return bytes.error();
        if (crypto::Sha256::hexOf(std::string_view(bytes->constData(), size_t(bytes->size())))
            != it.value())
            return bad(tr("the file \"%1\" was changed after signing").arg(it.key()));
        files.insert(it.key(), *bytes);
    }
    if (!files.contains(QStringLiteral("ca.pem")))
        return bad(tr("it has no ca.pem"));
    auto anchors = crypto::Certificate::fromPem(files.value(QStringLiteral("ca.pem")),
                                                directory.filePath(QStringLiteral("ca.pem")));
    if (!anchors)
        return anchors.error();
    QVector<crypto::RevocationList> crls;
    if (files.contains(QStringLiteral("crl.pem"))) {
        auto lists = crypto::RevocationList::fromPem(files.value(QStringLiteral("crl.pem")),
                                                     directory.filePath(QStringLiteral("crl.pem")));
        if (!lists)
            return lists.error();
        crls = *lists;
    }
    auto store = crypto::TrustStore::make(*anchors, crls);
    if (!store)
        return store.error();
    m_store = *store;

    crypto::SignatureVerifier::Options options;
    options.role = crypto::Role::Authority;
    options.now = now;
    options.contentType = crypto::Oids::trustContentType();
    auto verified = crypto::SignatureVerifier::verify(*signature, *list, m_store, options);
    if (!verified)
        return bad(tr("its signature does not verify: %1").arg(verified.errorMessage()));
    m_authority = *verified;

    if (files.contains(QStringLiteral("policy.json"))) {
        auto policy = EgressPolicy::fromJson(files.value(QStringLiteral("policy.json")),
                                             directory.filePath(QStringLiteral("policy.json")));
        if (!policy)
            return policy.error();
        m_policy = *policy;
    }
    if (files.contains(QStringLiteral("roster.json"))) {
        const QJsonObject roster
            = QJsonDocument::fromJson(files.value(QStringLiteral("roster.json"))).object();
        if (roster.value(QStringLiteral("type")).toString() != QLatin1String("clearroom-roster")
            || roster.value(QStringLiteral("version")) != QJsonValue(1))
            return bad(tr("roster.json is not a roster of version 1"));
        for (const QJsonValue &value : roster.value(QStringLiteral("members")).toArray()) {
            const QJsonObject member = value.toObject();
            RosterMember entry;
            entry.name = member.value(QStringLiteral("name")).toString();
            entry.fingerprint
                = member.value(QStringLiteral("fingerprint")).toString().toLower().toLatin1();
            const auto role = roleFromKey(member.value(QStringLiteral("role")).toString());
            if (entry.name.isEmpty() || entry.fingerprint.size() != 64 || !role)
                return bad(
                    tr("roster.json has a member without a name, a SHA-256 fingerprint and the "
                       "role \"auditor\" or \"lead\""));
            entry.role = *role;
            m_roster.append(entry);
        }
    }
    return {};
}

TrustConfiguration TrustConfiguration::fromStore(const crypto::TrustStore &store)
{
    TrustConfiguration configuration;
    configuration.m_store = store;
    return configuration;
}

QVector<crypto::RevocationList> TrustConfiguration::staleLists(const QDateTime &now) const
{
    return m_store.staleLists(now);
}

Result<void> TrustConfiguration::checkSigner(const crypto::Certificate &signer,
                                             crypto::Role role) const
{
    if (!isFolder())
        return {};
    const QByteArray fingerprint = signer.fingerprint();
    for (const RosterMember &member : m_roster) {
        if (member.fingerprint != fingerprint)
            continue;
        if (member.role == role)
            return {};
        return Error {
            tr("The signer \"%1\" is on the roster as %2, not as %3.")
                .arg(signer.subject(), crypto::roleText(member.role), crypto::roleText(role))};
    }
    return Error {tr("The signer \"%1\" (certificate SHA-256 %2) is not on the roster of the trust "
                     "configuration %3.")
                      .arg(signer.subject(), QString::fromLatin1(fingerprint), m_source)};
}

} // namespace clearroom::package
