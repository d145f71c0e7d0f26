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

bool isSourceEntry(const ManifestEntry &entry)
{
    return entry.path.startsWith(QLatin1String("sources/"));
}

} // namespace

Result<void> PackageVerifier::sameAsListed(const QString &fileName, const ManifestEntry &entry,
                                           qint64 size, const QByteArray &sha256)
{
    if (size != entry.size)
        return Error {tr("%1: the entry \"%2\" has %3 bytes; the manifest says %4.")
                          .arg(fileName, entry.path)
                          .arg(size)
                          .arg(entry.size)};
    if (sha256 != entry.sha256)
        return Error {tr("%1: the entry \"%2\" was changed: its SHA-256 is not the one the "
                         "signed manifest records.")
                          .arg(fileName, entry.path)};
    return {};
}

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
        // A source package's entry is checked while verifySources() copies it out: one
        // reading and one digest of its bytes, not two. (The manifest's parser has made
        // sure that every entry under sources/ is a listed source with that digest.)
        if (manifest->kind == PackageKind::Consolidated && isSourceEntry(entry))
            continue;
        crypto::Sha256 hash;
        auto streamed = reader.stream(index, [&](std::string_view bytes) -> Result<void> {
            hash.add(bytes);
            return {};
        });
        if (!streamed)
            return streamed.error();
        if (auto same = sameAsListed(fileName, entry, *streamed, hash.hex()); !same)
            return same.error();
    }
    if (trust.policy()) {
        const QString digest = manifest->egressPolicy.value(QStringLiteral("sha256")).toString();
        if (digest.isEmpty())
            return Error {tr("%1 was made without an egress policy; the room's (SHA-256 %2) "
                             "applies to every package.")
                              .arg(fileName, QString::fromLatin1(trust.policy()->digest()))};
        if (digest.toLatin1() != trust.policy()->digest())
            return Error {
                tr("%1 was made under another egress policy (SHA-256 %2) than the room's "
                   "(%3).")
                    .arg(fileName, digest, QString::fromLatin1(trust.policy()->digest()))};
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
    // Each source is copied into a private temporary folder and verified from there as a
    // package of its own: the reader works on files, and memory stays bounded by a chunk
    // however large a source is. The copy is the one reading of the source's bytes in the
    // outer package: its size and digest are checked against the manifest's entry on the
    // way, so the copy verified is the very bytes checked.
    // While one source is verified on a second thread, the next is copied: the two use
    // different files of the folder. A source found wrong ends the work, and the first
    // wrong source in the manifest's order is the one reported.
    QTemporaryDir folder;
    if (!folder.isValid())
        return Error {tr("Cannot make a temporary folder to verify the sources of %1: %2.")
                          .arg(fileName, folder.errorString())};
    const QVector<ManifestSource> &sources = verdict.manifest.sources;

    struct Copied
    {
        QString shown;
        QString path;
        qint64 size = 0;
        QByteArray sha256;
    };
    const auto copyOut = [&](int number) -> Result<Copied> {
        const ManifestSource &source = sources.at(number);
        Copied copied;
        copied.shown = fileName + QLatin1Char(':') + source.path;
        copied.path = folder.filePath(QStringLiteral("source-%1.crpkg").arg(number % 2));
        QFile file(copied.path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error {tr("Cannot write a temporary copy of %1: %2.")
                              .arg(copied.shown, file.errorString())};
        crypto::Sha256 digest;
        auto streamed = reader.stream(
            reader.indexOf(source.path.toUtf8()), [&](std::string_view bytes) -> Result<void> {
                digest.add(bytes);
                if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()))
                    return Error {tr("Cannot write a temporary copy of %1: %2.")
                                      .arg(copied.shown, file.errorString())};
                return {};
            });
        file.close();
        if (!streamed)
            return streamed.error();
        copied.size = *streamed;
        copied.sha256 = digest.hex();
        const ManifestEntry *entry = verdict.manifest.entry(source.path);
        if (!entry)
            return Error {tr("%1 lacks the entry \"%2\", which its manifest lists.")
                              .arg(fileName, source.path)};
        if (auto same = sameAsListed(fileName, *entry, copied.size, copied.sha256); !same)
            return same.error();
        return copied;
    };
    const auto verifyCopy = [&trust, &options](const Copied &copied) -> Result<PackageVerdict> {
        Result<PackageVerdict> nested = Error {};
        {
            ZipReader copyReader;
            if (auto opened = copyReader.open(copied.path, copied.shown); !opened)
                nested = opened.error();
            else
                nested = verifyOpened(copyReader, copied.shown, trust, options, true);
        }
        QFile::remove(copied.path);
        if (!nested)
            return nested;
        nested->fileSize = copied.size;
        nested->fileSha256 = copied.sha256;
        return nested;
    };

    std::vector<PackageVerdict> verified;
    std::future<Result<PackageVerdict>> pending;
    int pendingNumber = -1;
    for (int number = 0; number <= sources.size(); ++number) {
        Result<Copied> copied = Error {};
        if (number < sources.size())
            copied = copyOut(number);
        if (pending.valid()) {
            Result<PackageVerdict> nested = pending.get();
            if (!nested)
                return nested.error();
            const ManifestSource &source = sources.at(pendingNumber);
            const QString shown = fileName + QLatin1Char(':') + source.path;
            if (nested->manifest.packageId != source.packageId)
                return Error {
                    tr("%1 is the package %2, but the manifest of %3 says it is %4.")
                        .arg(shown, nested->manifest.packageId, fileName, source.packageId)};
            const QString signerFingerprint
                = source.signer.value(QStringLiteral("fingerprint")).toString();
            if (nested->signature.signer.fingerprint() != signerFingerprint.toLatin1())
                return Error {
                    tr("%1 was signed by the certificate %2, but the manifest of %3 names %4.")
                        .arg(shown, QString::fromLatin1(nested->signature.signer.fingerprint()),
                             fileName, signerFingerprint)};
            verified.push_back(std::move(*nested));
        }
        if (number == sources.size())
            break;
        if (!copied)
            return copied.error();
        pendingNumber = number;
        pending
            = startAsync([verifyCopy, copied = std::move(*copied)] { return verifyCopy(copied); });
    }
    for (PackageVerdict &source : verified)
        verdict.sources.push_back(std::move(source));
    return {};
}

} // namespace clearroom::package
