// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "manifest.h"
#include "signatureverifier.h"
#include "trustconfiguration.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>
#include <vector>

namespace clearroom::package {

class ZipReader;

/// What a package that verified says, and what was noticed on the way.
struct PackageVerdict
{
    Manifest manifest;
    crypto::VerifiedSignature signature;
    qint64 fileSize = 0;
    QByteArray fileSha256; ///< of the whole package file
    /// A consolidated package's sources, each verified as a package of its own, in the
    /// order of the manifest's sources.
    std::vector<PackageVerdict> sources;
};

/// Verifies a package completely, trusting nothing in it before it is checked: strict
/// ZIP reading with limits, the entry set exactly the manifest's list plus the manifest
/// and its signature, every size and digest (streamed: memory stays bounded by a read
/// buffer), the manifest in canonical form, the CMS signature against the trust store
/// only, the signer's role for the package's kind, and that the manifest names the
/// certificate that signed it.
class PackageVerifier
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PackageVerifier)

public:
    struct Options
    {
        bool strict = false;
        QDateTime now; ///< invalid: the current time
    };

    /// With a trust configuration folder, the signer must also be on its roster with
    /// the role, and the package made under its egress policy.
    /// A consolidated package must be signed by a lead; each package under its `sources/`
    /// is verified in turn, as a review package signed by an auditor, against the same
    /// trust, and must be the package the manifest says (id, signer, digest).
    static Result<PackageVerdict> verify(const QString &fileName, const TrustConfiguration &trust,
                                         const Options &options);
    /// The same for a package held in memory; `name` stands for it in messages. Its
    /// sources, if any, are verified from temporary files as verify() does.
    static Result<PackageVerdict> verifyBytes(const QByteArray &bytes, const QString &name,
                                              const TrustConfiguration &trust,
                                              const Options &options);
    /// The manifest without judging anything (for `inspect`): the archive is still read
    /// strictly, but digests and the signature are not checked.
    static Result<Manifest> readManifest(const QString &fileName);

private:
    /// `shownName` names the package in messages (a source as OUTER:sources/ID.crpkg).
    static Result<PackageVerdict> verifyPackage(const QString &fileName, const QString &shownName,
                                                const TrustConfiguration &trust,
                                                const Options &options, bool isSource);
    /// Everything but the digest of the whole package.
    static Result<PackageVerdict> verifyOpened(const ZipReader &reader, const QString &shownName,
                                               const TrustConfiguration &trust,
                                               const Options &options, bool isSource);
    /// Whether an entry read has the size and digest the manifest lists for it.
    static Result<void> sameAsListed(const QString &shownName, const ManifestEntry &entry,
                                     qint64 size, const QByteArray &sha256);
    static Result<void> verifySources(const ZipReader &reader, const QString &shownName,
                                      const TrustConfiguration &trust, const Options &options,
                                      PackageVerdict &verdict);
};

} // namespace clearroom::package
