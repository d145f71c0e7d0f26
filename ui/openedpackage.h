// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packageverifier.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

namespace clearroom::ui {

/// A package opened read-only for browsing: its manifest, the verdict when it was
/// verified (none when only inspected), its findings and its report. When verified, the
/// entries shown are the bytes whose digests were checked against the signed manifest.
struct OpenedPackage
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::ui::OpenedPackage)

public:
    QString fileName;
    package::Manifest manifest;
    std::optional<package::PackageVerdict> verdict;
    QString trustSource; ///< what it was verified against
    QJsonArray findings; ///< from findings.json
    QByteArray reportHtml; ///< report.html, if the package has one

    /// Verifies the package against `trust` (or only reads it, without), then reads
    /// findings.json and report.html.
    static Result<OpenedPackage> open(const QString &fileName,
                                      const std::optional<package::TrustConfiguration> &trust);
};

} // namespace clearroom::ui
