// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageverifier.h"

#include "sha256.h"
#include "zipreader.h"

#include <QFile>
#include <QSet>

namespace clearroom::package {

namespace {

// A manifest lists entries; a signature is a few certificates: neither is large.
constexpr qint64 MaximumManifestSize = 16 << 20;
constexpr qint64 MaximumSignatureSize = 1 << 20;

Result<QByteArray> readSmall(const ZipReader &reader, const QString &name, qint64 limit,
                             const QString &fileName)
{
    const int index = reader.indexOf(name.toUtf8());
    if (index < 0)
        return Error {PackageVerifier::tr("%1 has no %2: it is not a Clearroom package, or it was "
                                          "damaged.")
                          .arg(fileName, name)};
    if (reader.entries().at(index).size > limit)
        return Error {PackageVerifier::tr("%1: %2 is %3 bytes, far larger than a real one.")
                          .arg(fileName, name)
                          .arg(reader.entries().at(index).size)};
    return reader.read(index);
}

Result<QByteArray> fileDigest(const QString &fileName, qint64 *size)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {PackageVerifier::tr("Cannot read %1: %2.").arg(fileName, file.errorString())};
    crypto::Sha256 hash;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    *size = 0;
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0)
            return Error {
                PackageVerifier::tr("Cannot read %1: %2.").arg(fileName, file.errorString())};
        if (got == 0)
            break;
        hash.add(std::string_view(buffer.constData(), size_t(got)));
        *size += got;
    }
    return hash.hex();
}

} // namespace

Result<Manifest> PackageVerifier::readManifest(const QString &fileName)
{
    ZipReader reader;
    if (auto opened = reader.open(fileName); !opened)
        return opened.error();
    auto bytes = readSmall(reader, Manifest::fileName(), MaximumManifestSize, fileName);
    if (!bytes)
        return bytes.error();
    auto manifest = Manifest::parse(*bytes);
    if (!manifest)
        return Error {fileName + QStringLiteral(": ") + manifest.errorMessage()};
    return manifest;
}

Result<PackageVerdict> PackageVerifier::verify(const QString &fileName,
                                               const TrustConfiguration &trust,
                                               const Options &options)
{
    PackageVerdict verdict;
    ZipReader reader;
    if (auto opened = reader.open(fileName); !opened)
        return opened.error();
    auto manifestBytes = readSmall(reader, Manifest::fileName(), MaximumManifestSize, fileName);
    if (!manifestBytes)
        return manifestBytes.error();
    auto signature
        = readSmall(reader, Manifest::signatureFileName(), MaximumSignatureSize, fileName);
    if (!signature)
        return signature.error();
    auto manifest = Manifest::parse(*manifestBytes);
    if (!manifest)
        return Error {fileName + QStringLiteral(": ") + manifest.errorMessage()};
    verdict.manifest = *manifest;

    crypto::SignatureVerifier::Options signatureOptions;
    signatureOptions.role = Manifest::requiredRole(manifest->kind);
    signatureOptions.strict = options.strict;
    signatureOptions.now = options.now;
    auto verified = crypto::SignatureVerifier::verify(*signature, *manifestBytes, trust.store(),
                                                      signatureOptions);
    if (!verified)
        return Error {fileName + QStringLiteral(": ") + verified.errorMessage()};
    verdict.signature = *verified;
    if (auto onRoster = trust.checkSigner(verified->signer, signatureOptions.role); !onRoster)
        return Error {fileName + QStringLiteral(": ") + onRoster.errorMessage()};
    const QString namedSigner = manifest->signer.value(QStringLiteral("fingerprint")).toString();
    if (namedSigner.toLatin1() != verified->signer.fingerprint())
        return Error {
            tr("%1: the manifest names the signer %2, but the certificate that signed it "
               "is %3.")
                .arg(fileName, namedSigner, QString::fromLatin1(verified->signer.fingerprint()))};

    // The entry set is exactly what the manifest lists, plus the manifest and signature.
    QSet<QByteArray> listed {Manifest::fileName().toUtf8(), Manifest::signatureFileName().toUtf8()};
    for (const ManifestEntry &entry : manifest->entries)
        listed.insert(entry.path.toUtf8());
    for (const ZipEntryInfo &entry : reader.entries()) {
        if (!listed.contains(entry.name))
            return Error {tr("%1 holds the entry \"%2\", which its manifest does not list.")
                              .arg(fileName, QString::fromUtf8(entry.name))};
    }
    for (const ManifestEntry &entry : manifest->entries) {
        const int index = reader.indexOf(entry.path.toUtf8());
        if (index < 0)
            return Error {tr("%1 lacks the entry \"%2\", which its manifest lists.")
                              .arg(fileName, entry.path)};
        crypto::Sha256 hash;
        auto streamed = reader.stream(index, [&](std::string_view bytes) -> Result<void> {
            hash.add(bytes);
            return {};
        });
        if (!streamed)
            return streamed.error();
        if (*streamed != entry.size)
            return Error {tr("%1: the entry \"%2\" has %3 bytes; the manifest says %4.")
                              .arg(fileName, entry.path)
                              .arg(*streamed)
                              .arg(entry.size)};
        if (hash.hex() != entry.sha256)
            return Error {
                tr("%1: the entry \"%2\" was changed: its SHA-256 is not the one the signed "
                   "manifest records.")
                    .arg(fileName, entry.path)};
    }
    if (trust.policy()) {
        const QString digest = manifest->egressPolicy.value(QStringLiteral("sha256")).toString();
        if (digest.toLatin1() != trust.policy()->digest())
            return Error {tr("%1 was made under another egress policy (SHA-256 %2) than the room's "
                             "(%3).")
                              .arg(fileName, digest.isEmpty() ? tr("none") : digest,
                                   QString::fromLatin1(trust.policy()->digest()))};
    }
    auto digest = fileDigest(fileName, &verdict.fileSize);
    if (!digest)
        return digest.error();
    verdict.fileSha256 = *digest;
    return verdict;
}

} // namespace clearroom::package
