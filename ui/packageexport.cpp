// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageexport.h"

#include "identity.h"
#include "packagedelivery.h"
#include "workspace.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace clearroom::ui {

namespace {

Result<crypto::Identity> unlock(const QString &fileName, const QByteArray &passphrase)
{
    auto identity = crypto::Identity::load(fileName, passphrase);
    if (!identity)
        return identity.error();
    if (!identity->certificate().hasRole(crypto::Role::Auditor))
        return Error {PackageExport::tr("The identity %1 (\"%2\") does not carry the auditor role; "
                                        "review packages are signed by auditors.")
                          .arg(fileName, identity->certificate().subject())};
    return identity;
}

} // namespace

QString PackageExport::cancelledText()
{
    return tr("The export was cancelled; nothing was written.");
}

QString PackageExport::stageText(Stage stage)
{
    switch (stage) {
    case Stage::Unlocking:
        return tr("Unlocking the identity…");
    case Stage::Collecting:
        return tr("Reading the review…");
    case Stage::Building:
        return tr("Making the package's entries…");
    case Stage::Signing:
        return tr("Signing the manifest…");
    case Stage::Writing:
        return tr("Writing to the medium…");
    case Stage::Verifying:
        return tr("Reading the package back from the medium and verifying it…");
    }
    return {};
}

Result<void> PackageExport::check(const ExportRequest &request)
{
    if (request.identityFile.isEmpty())
        return Error {tr("Choose the identity file (PKCS#12) to sign the package with.")};
    if (request.outputFile.isEmpty())
        return Error {tr("Choose where to write the package.")};
    if (!request.trustPath.isEmpty() && !request.policyFile.isEmpty())
        return Error {tr("Give the egress policy with the trust configuration or with a policy "
                         "file, not both.")};
    const QFileInfo output(request.outputFile);
    if (output.exists() || output.isSymLink())
        return Error {tr("“%1” exists already; Clearroom does not replace a package.")
                          .arg(request.outputFile)};
    if (!output.absoluteDir().exists())
        return Error {tr("The folder “%1” does not exist.").arg(output.absolutePath())};
    return {};
}

Result<PreparedExport> PackageExport::prepare(review::Workspace &workspace,
                                              const ExportRequest &request,
                                              const QByteArray &passphrase,
                                              const std::atomic_bool &cancel,
                                              const StageReport &report)
{
    if (auto checked = check(request); !checked)
        return checked.error();
    package::EgressPolicy policy = package::EgressPolicy::none();
    if (!request.policyFile.isEmpty()) {
        auto loaded = package::EgressPolicy::fromFile(request.policyFile);
        if (!loaded)
            return loaded.error();
        policy = *loaded;
    }
    std::optional<package::TrustConfiguration> trust;
    if (!request.trustPath.isEmpty()) {
        auto loaded = package::TrustConfiguration::load(request.trustPath);
        if (!loaded)
            return loaded.error();
        trust = *loaded;
        // The room's policy comes with the authority's folder; a CA file brings none.
        if (trust->policy())
            policy = *trust->policy();
    }
    report(Stage::Unlocking);
    auto identity = unlock(request.identityFile, passphrase);
    if (!identity)
        return identity.error();
    if (!trust) {
        trust = package::PackageDelivery::identityTrust(*identity);
        if (!trust)
            return Error {tr("The identity %1 carries no CA certificate to check the written "
                             "package against; choose the authority's trust configuration.")
                              .arg(request.identityFile)};
    }
    if (cancel)
        return Error {cancelledText()};
    report(Stage::Collecting);
    auto collected = package::ReviewCollector::collect(workspace, policy, &cancel);
    if (!collected)
        return cancel ? Error {cancelledText()} : collected.error();
    report(Stage::Building);
    const QString previousPackageId = collected->previousPackageId;
    auto builder = std::make_shared<package::PackageBuilder>(
        std::move(collected).value(), identity->certificate(), QDateTime::currentDateTimeUtc(),
        previousPackageId);
    builder->setSpoolFolder(QFileInfo(workspace.fileName()).absolutePath());
    if (auto built = builder->build(); !built)
        return built.error();
    if (cancel)
        return Error {cancelledText()};
    return PreparedExport {request, builder, *trust};
}

Result<package::PackageVerdict> PackageExport::write(const PreparedExport &prepared,
                                                     const QByteArray &passphrase,
                                                     const std::atomic_bool &cancel,
                                                     const StageReport &report)
{
    const QString identityFile = prepared.request.identityFile;
    report(Stage::Unlocking);
    auto identity = unlock(identityFile, passphrase);
    if (!identity)
        return identity.error();
    // The preview showed this signer; a file replaced meanwhile must not sign instead.
    if (identity->certificate().fingerprint() != prepared.builder->content().signer.fingerprint)
        return Error {tr("The identity %1 is not the one the preview was made with; start the "
                         "export again.")
                          .arg(identityFile)};
    if (cancel)
        return Error {cancelledText()};
    report(Stage::Signing);
    auto archive = prepared.builder->archive(*identity);
    if (!archive)
        return archive.error();
    if (cancel)
        return Error {cancelledText()};
    report(Stage::Writing);
    const auto stopIfCancelled = [&]() -> Result<void> {
        if (cancel)
            return Error {cancelledText()};
        return {};
    };
    const auto beforeVerifying = [&]() -> Result<void> {
        if (auto go = stopIfCancelled(); !go)
            return go;
        report(Stage::Verifying);
        return {};
    };
    return package::PackageDelivery::writeAndVerify(prepared.request.outputFile, *archive,
                                                    prepared.verifyAgainst, stopIfCancelled,
                                                    beforeVerifying);
}

} // namespace clearroom::ui
