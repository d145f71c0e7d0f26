// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageverifier.h"

#include "concurrency.h"
#include "sha256.h"
#include "zipreader.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <atomic>
#include <future>

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

// `stop` ends the reading early (the result is then of no use).
Result<QByteArray> fileDigest(const QString &fileName, qint64 *size,
                              const std::atomic_bool *stop = nullptr)
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
        if (got == 0 || (stop && stop->load(std::memory_order_relaxed)))
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
    return verifyPackage(fileName, fileName, trust, options, false);
}

Result<PackageVerdict> PackageVerifier::verifyBytes(const QByteArray &bytes, const QString &name,
                                                    const TrustConfiguration &trust,
                                                    const Options &options)
{
    ZipReader reader;
    if (auto opened = reader.openBytes(bytes, name); !opened)
        return opened.error();
    auto verdict = verifyOpened(reader, name, trust, options, false);
    if (!verdict)
        return verdict;
    verdict->fileSize = bytes.size();
    verdict->fileSha256
        = crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
    return verdict;
}

Result<PackageVerdict> PackageVerifier::verifyPackage(const QString &path, const QString &fileName,
                                                      const TrustConfiguration &trust,
                                                      const Options &options, bool isSource)
{
    ZipReader reader;
    if (auto opened = reader.open(path, fileName); !opened)
        return opened.error();
    // The digest of the whole file on a thread of its own while the entries are read and
    // checked here: both read the whole package, and neither needs the other.
    // A package found wrong stops the reading.
    qint64 fileSize = 0;
    std::atomic_bool stop {false};
    auto digest = startAsync([&] { return fileDigest(path, &fileSize, &stop); });
    auto verdict = verifyOpened(reader, fileName, trust, options, isSource);
    stop.store(!verdict);
    const Result<QByteArray> fileSha256 = digest.get();
    if (!verdict)
        return verdict;
    if (!fileSha256)
        return fileSha256.error();
    verdict->fileSize = fileSize;
    verdict->fileSha256 = *fileSha256;
    return verdict;
}

Result<PackageVerdict> PackageVerifier::verifyOpened(const ZipReader &reader,
                                                     const QString &fileName,
                                                     const TrustConfiguration &trust,
                                                     const Options &options, bool isSource)
{
    PackageVerdict verdict;
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
    if (isSource && manifest->kind != PackageKind::Review)
        return Error {tr("%1 is a consolidated package; a consolidated package holds only "
                         "auditors' review packages as its sources.")
                          .arg(fileName)};

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
    if (manifest->kind == PackageKind::Consolidated) {
        if (auto sources = verifySources(reader, fileName, trust, options, verdict); !sources)
            return sources.error();
    }
    return verdict;
}

Result<void> PackageVerifier::verifySources(const ZipReader &reader, const QString &fileName,
                                            const TrustConfiguration &trust, const Options &options,
                                            PackageVerdict &verdict)
{
    // Each source is copied (its digest already checked) into a private temporary folder
    // and verified from there as a package of its own: the reader works on files, and
    // memory stays bounded by a chunk however large a source is.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error {tr("Cannot make a temporary folder to verify the sources of %1: %2.")
                          .arg(fileName, folder.errorString())};
    for (const ManifestSource &source : std::as_const(verdict.manifest.sources)) {
        const QString shown = fileName + QLatin1Char(':') + source.path;
        const QString copy = folder.filePath(QStringLiteral("source.crpkg"));
        QFile file(copy);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error {
                tr("Cannot write a temporary copy of %1: %2.").arg(shown, file.errorString())};
        // The digest of the source's file is taken on the way into the copy, not by reading
        // the copy once more.
        crypto::Sha256 digest;
        qint64 size = 0;
        auto copied = reader.stream(
            reader.indexOf(source.path.toUtf8()), [&](std::string_view bytes) -> Result<void> {
                digest.add(bytes);
                size += qint64(bytes.size());
                if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
                    return Error {tr("Cannot write a temporary copy of %1: %2.")
                                      .arg(shown, file.errorString())};
                return {};
            });
        file.close();
        if (!copied)
            return copied.error();
        Result<PackageVerdict> nested = Error {};
        {
            ZipReader copyReader;
            if (auto opened = copyReader.open(copy, shown); !opened)
                nested = opened.error();
            else
                nested = verifyOpened(copyReader, shown, trust, options, true);
        }
        QFile::remove(copy);
        if (!nested)
            return nested.error();
        nested->fileSize = size;
        nested->fileSha256 = digest.hex();
        if (nested->manifest.packageId != source.packageId)
            return Error {tr("%1 is the package %2, but the manifest of %3 says it is %4.")
                              .arg(shown, nested->manifest.packageId, fileName, source.packageId)};
        const QString signerFingerprint
            = source.signer.value(QStringLiteral("fingerprint")).toString();
        if (nested->signature.signer.fingerprint() != signerFingerprint.toLatin1())
            return Error {
                tr("%1 was signed by the certificate %2, but the manifest of %3 names %4.")
                    .arg(shown, QString::fromLatin1(nested->signature.signer.fingerprint()),
                         fileName, signerFingerprint)};
        if (nested->fileSha256 != source.sha256)
            return Error {tr("%1: its SHA-256 is not the one the manifest of %2 records.")
                              .arg(shown, fileName)};
        verdict.sources.push_back(std::move(*nested));
    }
    return {};
}

} // namespace clearroom::package
