// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagecommands.h"

#include "exportpreview.h"
#include "identity.h"
#include "packagebuilder.h"
#include "packagedelivery.h"
#include "packageverifier.h"
#include "terminal.h"
#include "transferreceipt.h"
#include "trustconfiguration.h"
#include "trustdescription.h"
#include "workspaceaccess.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace clearroom::cli {

namespace {

using package::Manifest;

QString fileArgument(const QByteArray &argument)
{
    return QFile::decodeName(argument);
}

// The trust a command checks against: the authority's signed folder, or its CA file.
Result<package::TrustConfiguration> trustFrom(const ParsedArguments &parsed, const QString &command)
{
    if (!parsed.isSet("trust"))
        return Error {VerifyCommand::tr("%1: --trust is required: the authority's trust "
                                        "configuration folder or CA certificate (PEM).")
                          .arg(command),
                      true};
    return package::TrustConfiguration::load(fileArgument(parsed.value("trust")),
                                             fileArgument(parsed.value("crl")));
}

// Who signed what in a consolidated package: the lead, and under it each auditor's
// source package, every one verified.
QString signerTree(const package::PackageVerdict &verdict)
{
    const auto signerLine = [](const package::PackageVerdict &signed_) {
        const crypto::Certificate &signer = signed_.signature.signer;
        return VerifyCommand::tr("%1 (%2), certificate SHA-256 %3, signed at %4")
            .arg(WorkspaceAccess::shown(signer.subject()),
                 crypto::roleText(Manifest::requiredRole(signed_.manifest.kind)),
                 QString::fromLatin1(signer.fingerprint()),
                 signed_.signature.signingTime.toString(Qt::ISODate));
    };
    QString out = VerifyCommand::tr("  signers:") + QLatin1Char('\n');
    out += QStringLiteral("    ") + signerLine(verdict) + QLatin1Char('\n');
    for (size_t i = 0; i < verdict.sources.size(); ++i) {
        const package::PackageVerdict &source = verdict.sources.at(i);
        out += QStringLiteral("      ") + signerLine(source) + QLatin1Char('\n');
        out += QStringLiteral("        ")
            + VerifyCommand::tr("%1: package %2, review \"%3\", findings: %4 (%5)")
                  .arg(verdict.manifest.sources.at(int(i)).path, source.manifest.packageId,
                       WorkspaceAccess::shown(
                           source.manifest.review.value(QStringLiteral("name")).toString()))
                  .arg(source.manifest.summary.value(QStringLiteral("findings")).toInt())
                  .arg(package::TransferReceipt::severityCounts(source.manifest))
            + QLatin1Char('\n');
        for (const QString &notice : source.signature.notices)
            out += QStringLiteral("        ") + VerifyCommand::tr("notice: %1").arg(notice)
                + QLatin1Char('\n');
        for (const QString &warning : source.signature.warnings)
            out += QStringLiteral("        ") + VerifyCommand::tr("warning: %1").arg(warning)
                + QLatin1Char('\n');
    }
    return out;
}

QString verdictText(const QString &fileName, const package::PackageVerdict &verdict)
{
    const Manifest &manifest = verdict.manifest;
    const crypto::Certificate &signer = verdict.signature.signer;
    const crypto::Role role = Manifest::requiredRole(manifest.kind);
    QString out = VerifyCommand::tr("%1: the package verifies.").arg(fileName) + QLatin1Char('\n');
    out += VerifyCommand::tr("  signer: %1 (%2), certificate SHA-256 %3")
               .arg(signer.subject(), crypto::roleText(role),
                    QString::fromLatin1(signer.fingerprint()))
        + QLatin1Char('\n');
    out += VerifyCommand::tr("  signed at: %1")
               .arg(verdict.signature.signingTime.toString(Qt::ISODate))
        + QLatin1Char('\n');
    out += VerifyCommand::tr("  meaning: %1").arg(manifest.meaning) + QLatin1Char('\n');
    out += VerifyCommand::tr("  package: %1 (%2), review \"%3\"")
               .arg(
                   manifest.packageId, Manifest::typeName(manifest.kind),
                   WorkspaceAccess::shown(manifest.review.value(QStringLiteral("name")).toString()))
        + QLatin1Char('\n');
    out += VerifyCommand::tr("  previous package: %1")
               .arg(manifest.previousPackageId.isEmpty() ? VerifyCommand::tr("none")
                                                         : manifest.previousPackageId)
        + QLatin1Char('\n');
    out += VerifyCommand::tr("  findings: %1 (%2)")
               .arg(manifest.summary.value(QStringLiteral("findings")).toInt())
               .arg(package::TransferReceipt::severityCounts(manifest))
        + QLatin1Char('\n');
    out += VerifyCommand::tr("  entries: %1, every digest matches; file SHA-256 %2")
               .arg(manifest.entries.size() + 2)
               .arg(QString::fromLatin1(verdict.fileSha256))
        + QLatin1Char('\n');
    for (const QString &notice : verdict.signature.notices)
        out += VerifyCommand::tr("  notice: %1").arg(notice) + QLatin1Char('\n');
    for (const QString &warning : verdict.signature.warnings)
        out += VerifyCommand::tr("  warning: %1").arg(warning) + QLatin1Char('\n');
    if (manifest.kind == package::PackageKind::Consolidated)
        out += signerTree(verdict);
    return out;
}

} // namespace

Result<QByteArray> ExportCommand::run(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("export");
    auto parsedArguments = WorkspaceAccess::parse(command,
                                                  {{"identity", 0, true},
                                                   {"passphrase-file", 0, true},
                                                   {"policy", 0, true},
                                                   {"trust", 0, true},
                                                   {"yes", 0, false},
                                                   {"out", 0, true}},
                                                  arguments, {QStringLiteral("WORKSPACE")});
    if (!parsedArguments)
        return parsedArguments.error();
    const ParsedArguments &parsed = parsedArguments->options;
    if (!parsed.isSet("identity") || !parsed.isSet("out"))
        return Error {tr("export: --identity and --out are required."), true};
    if (parsed.isSet("policy") && parsed.isSet("trust"))
        return Error {tr("export: give the egress policy with --policy or with --trust, not both."),
                      true};
    const QString out = fileArgument(parsed.value("out"));
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        return Error {
            tr("export: '%1' exists already; Clearroom does not replace a package.").arg(out)};
    const bool confirmed = parsed.isSet("yes");
    if (!confirmed && !Terminal::isInteractive())
        return Error {tr("export: nothing was written: the preview of what leaves the room must be "
                         "confirmed on a terminal, or with --yes.")};

    package::EgressPolicy policy = package::EgressPolicy::none();
    if (parsed.isSet("policy")) {
        auto loaded = package::EgressPolicy::fromFile(fileArgument(parsed.value("policy")));
        if (!loaded)
            return loaded.error();
        policy = *loaded;
    }
    std::optional<package::TrustConfiguration> trust;
    if (parsed.isSet("trust")) {
        auto loaded = trustFrom(parsed, command);
        if (!loaded)
            return loaded.error();
        trust = *loaded;
        // The room's policy comes with the authority's folder; a CA file brings none.
        if (trust->policy())
            policy = *trust->policy();
    }

    auto workspace = WorkspaceAccess::open(parsedArguments->positional.at(0));
    if (!workspace)
        return workspace.error();
    const QString identityFile = fileArgument(parsed.value("identity"));
    auto passphrase
        = Terminal::passphrase(parsed.value("passphrase-file"), QStringLiteral("--passphrase-file"),
                               tr("Passphrase of the identity %1: ").arg(identityFile), false);
    if (!passphrase)
        return passphrase.error();
    auto identity = crypto::Identity::load(identityFile, *passphrase);
    if (!identity)
        return identity.error();
    if (!identity->certificate().hasRole(crypto::Role::Auditor))
        return Error {tr("export: the identity %1 (\"%2\") does not carry the auditor role; review "
                         "packages are signed by auditors.")
                          .arg(identityFile, identity->certificate().subject())};

    auto collected = package::ReviewCollector::collect(**workspace, policy);
    if (!collected)
        return collected.error();
    const QString previousPackageId = collected->previousPackageId;
    package::PackageBuilder builder(std::move(collected).value(), identity->certificate(),
                                    QDateTime::currentDateTimeUtc(), previousPackageId);
    builder.setSpoolFolder(QFileInfo((**workspace).fileName()).absolutePath());
    if (auto built = builder.build(); !built)
        return built.error();

    auto confirmedPreview
        = Terminal::confirmPreview(command, package::ExportPreview::text(builder),
                                   tr("Write this package to %1? [y/N] ").arg(out), confirmed);
    if (!confirmedPreview)
        return confirmedPreview.error();
    QByteArray output = *confirmedPreview;

    auto archive = builder.archive(*identity);
    if (!archive)
        return archive.error();
    // Verified from the medium against the authority's CA when given, else against the
    // CA of the identity's own chain: the package must at least verify as it was meant to.
    if (!trust) {
        trust = package::PackageDelivery::identityTrust(*identity);
        if (!trust)
            return Error {
                tr("export: the identity %1 carries no CA certificate to check the written "
                   "package against; give the authority's CA with --trust.")
                    .arg(identityFile)};
    }
    auto verdict = package::PackageDelivery::writeAndVerify(out, *archive, *trust);
    if (!verdict)
        return verdict.error();
    const QString receipt = package::TransferReceipt::text(out, *verdict);
    if (auto recorded = package::PackageDelivery::record(**workspace, out, *verdict); !recorded)
        return Error {recorded.errorMessage() + QLatin1Char('\n') + receipt.trimmed()};
    output += receipt.toUtf8();
    return output;
}

QString ExportCommand::help()
{
    return tr("Usage: clearroom-cli export WORKSPACE --identity ID.p12 [--passphrase-file F]\n"
              "                            [--policy POLICY | --trust CA.pem] [--yes]\n"
              "                            --out PKG.crpkg\n"
              "\n"
              "Makes the signed review package of a workspace. First it shows what will leave\n"
              "the room (every entry and its size, every excerpt of code, free text that looks\n"
              "like pasted code) and asks on the terminal; --yes confirms for scripts (the\n"
              "preview then goes to standard output). Without a terminal and without --yes\n"
              "nothing is written. The egress policy (--policy) decides what code may leave;\n"
              "without one, none does. The package is written under a temporary name, synced,\n"
              "renamed, read back from the medium and verified; a transfer receipt follows.\n"
              "An existing file is never replaced.\n");
}

Result<QByteArray> VerifyCommand::run(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("verify");
    auto parsedArguments = WorkspaceAccess::parse(
        command, {{"trust", 0, true}, {"crl", 0, true}, {"strict", 0, false}}, arguments,
        {QStringLiteral("PKG")});
    if (!parsedArguments)
        return parsedArguments.error();
    const ParsedArguments &parsed = parsedArguments->options;
    auto trust = trustFrom(parsed, command);
    if (!trust)
        return trust.error();
    const QString fileName = fileArgument(parsedArguments->positional.at(0));
    package::PackageVerifier::Options options;
    options.strict = parsed.isSet("strict");
    auto verdict = package::PackageVerifier::verify(fileName, *trust, options);
    if (!verdict)
        return verdict.error();
    return verdictText(fileName, *verdict).toUtf8();
}

QString VerifyCommand::help()
{
    return tr("Usage: clearroom-cli verify PKG --trust CA.pem [--crl CRL.pem] [--strict]\n"
              "\n"
              "Verifies a package completely against the authority's CA certificate only (never\n"
              "the system's trust store): strict ZIP reading, exactly the entries the manifest\n"
              "lists, every size and SHA-256, the CMS signature, the signer's certificate at\n"
              "the signing time, its role for the package's kind, and revocation (--crl). A\n"
              "certificate that expired after signing verifies with a notice; a revocation list\n"
              "past its next update warns, or fails with --strict.\n"
              "A consolidated package must be signed by a lead reviewer; every auditor's\n"
              "package inside it (under sources/) is verified the same way, as an auditor's\n"
              "package, and the tree of signers is printed.\n"
              "Exit status 0 with a summary; 1 with one message naming what is wrong.\n");
}

namespace {

Result<QByteArray> showTrust(const QByteArrayList &arguments)
{
    auto parsedArguments = WorkspaceAccess::parse(QStringLiteral("trust show"),
                                                  {{"crl", 0, true}, {"strict", 0, false}},
                                                  arguments, {QStringLiteral("TRUST")});
    if (!parsedArguments)
        return parsedArguments.error();
    const ParsedArguments &parsed = parsedArguments->options;
    auto trust = package::TrustConfiguration::load(fileArgument(parsedArguments->positional.at(0)),
                                                   fileArgument(parsed.value("crl")));
    if (!trust)
        return trust.error();
    const QStringList stale
        = package::TrustDescription::staleWarnings(*trust, QDateTime::currentDateTimeUtc());
    if (parsed.isSet("strict") && !stale.isEmpty())
        return Error {stale.first()};
    QString out = package::TrustDescription::details(*trust) + QLatin1Char('\n');
    out += QLatin1Char('\n') + package::TrustDescription::roster(*trust) + QLatin1Char('\n');
    for (const QString &warning : stale)
        out += QLatin1Char('\n') + TrustCommand::tr("warning: %1").arg(warning) + QLatin1Char('\n');
    // Names and subjects come from the authority's files: shown line by line, so that
    // no control character reaches the terminal.
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = WorkspaceAccess::shown(line);
    return lines.join(QLatin1Char('\n')).toUtf8();
}

} // namespace

Result<QByteArray> TrustCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch("trust", {{"show", &showTrust}}, arguments);
}

QString TrustCommand::help()
{
    return tr("Usage: clearroom-cli trust show TRUST [--crl CRL.pem] [--strict]\n"
              "\n"
              "Shows the trust configuration packages are verified against, as the room's\n"
              "security officer checks it: the officer's signature of the authority's folder\n"
              "(verified), each CA certificate with its SHA-256 fingerprint to compare with\n"
              "what the authority published, the egress policy, every revocation list with the\n"
              "certificates it revokes, and the roster. TRUST is the authority's signed folder\n"
              "or a CA certificate file (PEM); --crl adds revocation lists to a CA file.\n"
              "A revocation list past its next update is warned about, or fails with --strict.\n"
              "Exit status 0 when the configuration loads; 1 with one message naming what is\n"
              "wrong.\n");
}

Result<QByteArray> InspectCommand::run(const QByteArrayList &arguments)
{
    auto parsedArguments
        = WorkspaceAccess::parse(QStringLiteral("inspect"), {}, arguments, {QStringLiteral("PKG")});
    if (!parsedArguments)
        return parsedArguments.error();
    const QString fileName = fileArgument(parsedArguments->positional.at(0));
    auto manifest = package::PackageVerifier::readManifest(fileName);
    if (!manifest)
        return manifest.error();
    QString out = tr("%1 (not verified: use 'clearroom-cli verify' to judge it)").arg(fileName)
        + QLatin1Char('\n');
    out += tr("  type: %1, format version %2")
               .arg(Manifest::typeName(manifest->kind))
               .arg(Manifest::FormatVersion)
        + QLatin1Char('\n');
    out += tr("  package: %1, previous: %2")
               .arg(manifest->packageId,
                    manifest->previousPackageId.isEmpty() ? tr("none")
                                                          : manifest->previousPackageId)
        + QLatin1Char('\n');
    out += tr("  review: %1")
               .arg(WorkspaceAccess::shown(
                   manifest->review.value(QStringLiteral("name")).toString()))
        + QLatin1Char('\n');
    out += tr("  created: %1").arg(manifest->created.toString(Qt::ISODate)) + QLatin1Char('\n');
    out += tr("  signer (as the manifest names it): %1, SHA-256 %2")
               .arg(WorkspaceAccess::shown(
                        manifest->signer.value(QStringLiteral("subject")).toString()),
                    manifest->signer.value(QStringLiteral("fingerprint")).toString())
        + QLatin1Char('\n');
    out += tr("  meaning: %1").arg(WorkspaceAccess::shown(manifest->meaning)) + QLatin1Char('\n');
    out += tr("  egress policy: %1")
               .arg(QString::fromUtf8(
                   QJsonDocument(manifest->egressPolicy).toJson(QJsonDocument::Compact)))
        + QLatin1Char('\n');
    out += tr("  audit-log head: %1").arg(QString::fromLatin1(manifest->auditLogHead))
        + QLatin1Char('\n');
    for (const QJsonValue &value : manifest->repositories) {
        const QJsonObject repository = value.toObject();
        out += tr("  repository %1: commit %2")
                   .arg(WorkspaceAccess::shown(repository.value(QStringLiteral("name")).toString()),
                        repository.value(QStringLiteral("commit")).toString())
            + QLatin1Char('\n');
    }
    out += tr("  findings: %1 (%2)")
               .arg(manifest->summary.value(QStringLiteral("findings")).toInt())
               .arg(package::TransferReceipt::severityCounts(*manifest))
        + QLatin1Char('\n');
    out += tr("  entries:") + QLatin1Char('\n');
    const QLocale locale;
    for (const package::ManifestEntry &entry : manifest->entries)
        out += QStringLiteral("    %1  %2  %3\n")
                   .arg(QString::fromLatin1(entry.sha256),
                        locale.toString(entry.size).rightJustified(12),
                        WorkspaceAccess::shown(entry.path));
    return out.toUtf8();
}

QString InspectCommand::help()
{
    return tr("Usage: clearroom-cli inspect PKG\n"
              "\n"
              "Prints what a package says about itself (its manifest and entries) without\n"
              "judging it: nothing here is verified. Use 'clearroom-cli verify' for that.\n");
}

} // namespace clearroom::cli
