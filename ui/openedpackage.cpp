// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "openedpackage.h"

#include "sha256.h"
#include "zipreader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <string_view>

namespace clearroom::ui {

namespace {

// An entry's bytes; when the manifest was verified, only if they are what it signed.
Result<QByteArray> readEntry(const package::ZipReader &reader, const QString &name,
                             const package::Manifest &manifest, bool verified)
{
    const int index = reader.indexOf(name.toUtf8());
    if (index < 0)
        return QByteArray();
    auto bytes = reader.read(index);
    if (!bytes)
        return bytes.error();
    if (verified) {
        const package::ManifestEntry *entry = manifest.entry(name);
        const QByteArray digest
            = crypto::Sha256::hexOf(std::string_view(bytes->constData(), size_t(bytes->size())));
        if (!entry || entry->sha256 != digest)
            return Error {OpenedPackage::tr("The entry “%1” changed after the package was "
                                            "verified; open it again.")
                              .arg(name)};
    }
    return bytes;
}

} // namespace

Result<OpenedPackage> OpenedPackage::open(const QString &fileName,
                                          const std::optional<package::TrustConfiguration> &trust)
{
    OpenedPackage opened;
    opened.fileName = fileName;
    if (trust) {
        auto verdict = package::PackageVerifier::verify(fileName, *trust, {});
        if (!verdict)
            return verdict.error();
        opened.verdict = *verdict;
        opened.manifest = verdict->manifest;
        opened.trustSource = trust->source();
    } else {
        auto manifest = package::PackageVerifier::readManifest(fileName);
        if (!manifest)
            return manifest.error();
        opened.manifest = *manifest;
    }
    package::ZipReader reader;
    if (auto read = reader.open(fileName); !read)
        return read.error();
    const bool verified = opened.verdict.has_value();
    auto findings = readEntry(reader, QStringLiteral("findings.json"), opened.manifest, verified);
    if (!findings)
        return findings.error();
    if (!findings->isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(*findings, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return Error {tr("findings.json of %1 is not a JSON object (%2).")
                              .arg(fileName, error.errorString())};
        opened.findings = document.object().value(QStringLiteral("findings")).toArray();
    }
    auto report = readEntry(reader, QStringLiteral("report.html"), opened.manifest, verified);
    if (!report)
        return report.error();
    opened.reportHtml = *report;
    return opened;
}

} // namespace clearroom::ui
