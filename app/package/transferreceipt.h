// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packageverifier.h"

#include <QCoreApplication>
#include <QString>

namespace clearroom::package {

/// The proof of a transfer the auditor keeps (prints or saves) when a package was
/// written and verified on the medium: file, size, SHA-256 of the whole file, signer,
/// time and the findings by severity.
class TransferReceipt
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::TransferReceipt)

public:
    static QString text(const QString &fileName, const PackageVerdict &verdict);
    /// "2 critical, 1 high, 0 medium, 0 low, 0 info" from a manifest's summary.
    static QString severityCounts(const Manifest &manifest);
};

} // namespace clearroom::package
