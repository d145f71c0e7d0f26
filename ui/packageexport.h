// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagebuilder.h"
#include "packageverifier.h"
#include "result.h"
#include "trustconfiguration.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace clearroom::review {
class Workspace;
}

namespace clearroom::ui {

/// What the auditor chose for an export: the identity, the trust configuration (a
/// folder or a CA file, optional) or a policy file, and the package file to write.
struct ExportRequest
{
    QString identityFile;
    QString trustPath;
    QString policyFile;
    QString outputFile;
};

/// A package built and shown in the preview, not signed yet: what writing needs.
struct PreparedExport
{
    ExportRequest request;
    std::shared_ptr<const package::PackageBuilder> builder;
    /// What the written package is read back and verified against: the trust
    /// configuration given, else the CA of the identity's own chain.
    package::TrustConfiguration verifyAgainst;
};

/// The steps of exporting a signed package, the same as `clearroom-cli export` takes
/// them, for the export dialog to run off the GUI thread: unlock the identity, collect
/// and build (the preview), then unlock again, sign, write to the medium and verify it
/// there. Each step checks the cancel flag; a cancelled or failed write leaves no file.
class PackageExport
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::ui::PackageExport)

public:
    enum class Stage { Unlocking, Collecting, Building, Signing, Writing, Verifying };
    using StageReport = std::function<void(Stage)>;

    /// The checks that need no file to be read: what is required, and no existing output.
    static Result<void> check(const ExportRequest &request);
    /// Runs where the workspace lives (its thread).
    static Result<PreparedExport> prepare(review::Workspace &workspace,
                                          const ExportRequest &request,
                                          const QByteArray &passphrase,
                                          const std::atomic_bool &cancel,
                                          const StageReport &report);
    /// Signs with the identity unlocked again, writes and verifies the package.
    static Result<package::PackageVerdict> write(const PreparedExport &prepared,
                                                 const QByteArray &passphrase,
                                                 const std::atomic_bool &cancel,
                                                 const StageReport &report);
    static QString stageText(Stage stage);
    static QString cancelledText();
};

} // namespace clearroom::ui
