// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "manifest.h"
#include "signatureverifier.h"
#include "trustconfiguration.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace clearroom::package {

/// What a package that verified says, and what was noticed on the way.
struct PackageVerdict
{
    Manifest manifest;
    crypto::VerifiedSignature signature;
    qint64 fileSize = 0;
    QByteArray fileSha256; ///< of the whole package file
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
    static Result<PackageVerdict> verify(const QString &fileName, const TrustConfiguration &trust,
                                         const Options &options);
    /// The manifest without judging anything (for `inspect`): the archive is still read
    /// strictly, but digests and the signature are not checked.
    static Result<Manifest> readManifest(const QString &fileName);
};

} // namespace clearroom::package
