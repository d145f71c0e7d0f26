// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagedelivery.h"

#include "mediawriter.h"

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

Result<PackageVerdict> PackageDelivery::writeAndVerify(const QString &fileName,
                                                       const ZipWriter &archive,
                                                       const TrustConfiguration &trust,
                                                       const Checkpoint &beforeWriting,
                                                       const Checkpoint &beforeVerifying)
{
    PackageVerdict verdict;
    const MediaWriter writer;
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

} // namespace clearroom::package
