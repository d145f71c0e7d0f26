// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "identity.h"
#include "packageverifier.h"
#include "trustconfiguration.h"
#include "zipwriter.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace clearroom::review {
class Workspace;
}

namespace clearroom::package {

class MediaCalls;

/// The last steps of an export, shared by the CLI and the window: the package goes onto
/// the medium through MediaWriter, is read back from it and verified completely, or
/// nothing stays under its name.
class PackageDelivery
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PackageDelivery)

public:
    /// Called before writing and before the read-back; an error stops the export (a
    /// user's cancel), and nothing stays under the final name.
    using Checkpoint = std::function<Result<void>()>;

    /// Without the authority's configuration, a package must at least verify against
    /// the CA of the signer's own chain; none when the identity carries no CA.
    static std::optional<TrustConfiguration> identityTrust(const crypto::Identity &identity);

    /// Writes through `calls` when given (a test's failing medium), else the system's.
    static Result<PackageVerdict> writeAndVerify(const QString &fileName, const ZipWriter &archive,
                                                 const TrustConfiguration &trust,
                                                 const Checkpoint &beforeWriting = {},
                                                 const Checkpoint &beforeVerifying = {},
                                                 MediaCalls *calls = nullptr);

    /// Records a package that writeAndVerify() wrote and verified in the workspace it was
    /// made from, as one action with its audit entry: the next package names it as its
    /// previous one. Called only after a successful write, on the workspace's thread. The
    /// error says that the package was written but not recorded, and what follows.
    static Result<void> record(review::Workspace &workspace, const QString &fileName,
                               const PackageVerdict &verdict);
};

} // namespace clearroom::package
