// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagedelivery.h"

#include "exportstore.h"
#include "mediacalls.h"
#include "mediawriter.h"
#include "workspace.h"

#include <QFileInfo>

namespace clearroom::package {

std::optional<TrustConfiguration> PackageDelivery::identityTrust(const crypto::Identity &identity)
{
    QVector<crypto::Certificate> anchors;
    for (const crypto::Certificate &member : identity.chain()) {
        if (member.isSelfSigned())
            anchors.append(member);
    }
    auto own = crypto::TrustStore::make(anchors, {});
    if (!own)
        return std::nullopt;
    return TrustConfiguration::fromStore(*own);
}

Result<PackageVerdict>
PackageDelivery::writeAndVerify(const QString &fileName, const ZipWriter &archive,
                                const TrustConfiguration &trust, const Checkpoint &beforeWriting,
                                const Checkpoint &beforeVerifying, MediaCalls *calls)
{
    PackageVerdict verdict;
    const MediaWriter writer(calls ? *calls : MediaCalls::system());
    auto written = writer.write(
        fileName,
        [&](QIODevice &device) -> Result<void> {
            if (beforeWriting) {
                if (auto go = beforeWriting(); !go)
                    return go;
            }
            return archive.write(device);
        },
        [&](const QString &path) -> Result<void> {
            // A refusal here makes the writer remove what it wrote.
            if (beforeVerifying) {
                if (auto go = beforeVerifying(); !go)
                    return go;
            }
            auto checked = PackageVerifier::verify(path, trust, {});
            if (!checked)
                return Error {tr("The package was written but does not verify when read back "
                                 "from the medium: %1")
                                  .arg(checked.errorMessage())};
            verdict = *checked;
            return {};
        });
    if (!written)
        return written.error();
    return verdict;
}

Result<void> PackageDelivery::record(review::Workspace &workspace, const QString &fileName,
                                     const PackageVerdict &verdict)
{
    const Manifest &manifest = verdict.manifest;
    review::ExportRecord exported;
    exported.packageId = manifest.packageId;
    exported.previousPackageId = manifest.previousPackageId;
    exported.created = manifest.created;
    exported.signerName = manifest.signer.value(QStringLiteral("name")).toString();
    exported.signerFingerprint = verdict.signature.signer.fingerprint();
    // The name only: the audit log leaves with later packages, and the folder the medium
    // is mounted on (often with a user name in it) is nothing the authority needs.
    exported.fileName = QFileInfo(fileName).fileName();
    exported.size = verdict.fileSize;
    exported.sha256 = verdict.fileSha256;
    exported.auditLogHead = manifest.auditLogHead;
    auto recorded = workspace.exports().record(exported);
    if (recorded)
        return {};
    // The package is good; only the chain of packages misses a link, which the user must
    // know to tell the authority.
    const QString consequence = manifest.previousPackageId.isEmpty()
        ? tr("The next package exported from this workspace will name no previous package, as "
             "if this one had not been made.")
        : tr("The next package exported from this workspace will name %1 as its previous "
             "package, not this one.")
              .arg(manifest.previousPackageId);
    return Error {tr("The package %1 (id %2) was written and verified, but the workspace %3 "
                     "could not record the export: %4 %5 Keep this package's transfer receipt: "
                     "the workspace holds no record of it.")
                      .arg(fileName, manifest.packageId, workspace.fileName(),
                           recorded.errorMessage(), consequence)};
}

} // namespace clearroom::package
