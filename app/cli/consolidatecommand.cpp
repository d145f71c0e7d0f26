// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidatecommand.h"

#include "arguments.h"
#include "consolidatedpackage.h"
#include "consolidationlog.h"
#include "consolidationreanchoring.h"
#include "derivedid.h"
#include "identity.h"
#include "leadworkspace.h"
#include "packagedelivery.h"
#include "packageintake.h"
#include "repository.h"
#include "terminal.h"
#include "transferreceipt.h"
#include "workspaceaccess.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

namespace clearroom::cli {

namespace {

using package::ConsolidationDecision;
using package::Decision;

// The lead's review: one id for the same set of reviews, and their name when they agree.
review::ReviewInfo reviewOf(const QVector<package::ConsolidationSource> &sources,
                            const QString &lead, const QDateTime &created)
{
    QStringList ids;
    QSet<QString> names;
    for (const package::ConsolidationSource &source : sources) {
        ids.append(source.package.reviewId());
        names.insert(source.package.reviewName());
    }
    ids.sort();
    ids.removeDuplicates();
    review::ReviewInfo review;
    review.id
        = package::derivedUuid("clearroom-consolidation\n" + ids.join(QLatin1Char('\n')).toUtf8());
    review.name = names.size() == 1 ? *names.cbegin()
                                    : clearroom::cli::ConsolidateCommand::tr(
                                        "Consolidation of %n review(s)", nullptr, int(ids.size()));
    review.reviewerName = lead;
    review.created = created;
    return review;
}

// How the findings were brought onto one commit per repository.
QString reanchoredText(const QVector<package::ReanchoredRepository> &reanchored,
                       const QString &chosenBy)
{
    QString out;
    for (package::ReanchoredRepository repository : reanchored) {
        repository.name = WorkspaceAccess::shown(repository.name);
        out += package::ConsolidationReanchoring::summary(repository, chosenBy) + QLatin1Char('\n');
    }
    return out;
}

// The decisions (the lead's own, then Clearroom's) and the entries of the package.
QString decisionsText(const package::ConsolidatedPackageBuilder &builder)
{
    QString out;
    int merged = 0, kept = 0, rejected = 0;
    for (const ConsolidationDecision &decision : builder.consolidation().decisions) {
        if (decision.automatic)
            continue;
        merged += decision.decision == Decision::Merge ? 1 : 0;
        kept += decision.decision == Decision::Keep ? 1 : 0;
        rejected += decision.decision == Decision::Reject ? 1 : 0;
    }
    if (merged + kept + rejected > 0)
        out += ConsolidateCommand::tr("The lead's decisions: %1 merge(s), %2 finding(s) kept, %3 "
                                      "rejected.")
                   .arg(merged)
                   .arg(kept)
                   .arg(rejected)
            + QLatin1Char('\n');
    merged = kept = 0;
    for (const ConsolidationDecision &decision : builder.consolidation().decisions) {
        merged += decision.automatic && decision.decision == Decision::Merge ? 1 : 0;
        kept += decision.automatic && decision.decision == Decision::Keep ? 1 : 0;
    }
    out += ConsolidateCommand::tr("Automatic decisions: %1 group(s) of duplicates merged, %2 "
                                  "finding(s) kept as their auditor recorded them.")
               .arg(merged)
               .arg(kept)
        + QLatin1Char('\n');
    for (const ConsolidationDecision &decision : builder.consolidation().decisions) {
        if (decision.decision != Decision::Merge)
            continue;
        out += QStringLiteral("  ")
            + (decision.automatic ? ConsolidateCommand::tr("merged: %1")
                                  : ConsolidateCommand::tr("merged by the lead: %1"))
                  .arg(WorkspaceAccess::shown(decision.result.finding.title))
            + QLatin1Char('\n');
        for (const QString &reason : decision.groupReasons)
            out += QStringLiteral("    ") + WorkspaceAccess::shown(reason) + QLatin1Char('\n');
    }
    out += ConsolidateCommand::tr("Entries of the consolidated package:") + QLatin1Char('\n');
    const QLocale locale;
    for (const package::ManifestEntry &entry : builder.manifest().entries)
        out += QStringLiteral("  %1  %2\n")
                   .arg(locale.toString(entry.size).rightJustified(12),
                        WorkspaceAccess::shown(entry.path));
    return out;
}

QString previewText(const package::PackageIntake::Outcome &intake,
                    const QVector<package::ReanchoredRepository> &reanchored,
                    const package::ConsolidatedPackageBuilder &builder)
{
    QString out = ConsolidateCommand::tr("Packages given:") + QLatin1Char('\n');
    out += ConsolidateCommand::rowsText(intake.rows);
    return out + reanchoredText(reanchored, ConsolidateCommand::tr("chosen with --commit"))
        + decisionsText(builder);
}

// The preview of a consolidation from a lead's workspace.
QString workspacePreviewText(const package::LeadState &state,
                             const package::ConsolidatedPackageBuilder &builder)
{
    QString out = ConsolidateCommand::tr("Packages taking part:") + QLatin1Char('\n');
    for (const package::ConsolidationSource &source : state.sources) {
        out += QStringLiteral("  ")
            + ConsolidateCommand::tr("package %1, signed by %2: %n finding(s)", nullptr,
                                     int(source.findings.size()))
                  .arg(source.package.packageId(),
                       WorkspaceAccess::shown(source.package.signerName()))
            + QLatin1Char('\n');
        const QString notes = state.notes.value(source.package.packageId());
        if (!notes.isEmpty())
            out += QStringLiteral("    ") + WorkspaceAccess::shown(notes) + QLatin1Char('\n');
    }
    if (!state.leftOut.isEmpty())
        out += ConsolidateCommand::tr("Packages left out:") + QLatin1Char('\n');
    for (const package::LeftOutPackage &left : state.leftOut)
        out += QStringLiteral("  %1: %2\n")
                   .arg(WorkspaceAccess::shown(left.fileName), WorkspaceAccess::shown(left.reason));
    if (!state.stale.isEmpty())
        out += ConsolidateCommand::tr(
                   "Not applied: %n decision(s) of the lead on findings of packages that "
                   "no longer take part.",
                   nullptr, int(state.stale.size()))
            + QLatin1Char('\n');
    return out + reanchoredText(state.reanchored, ConsolidateCommand::tr("chosen in the workspace"))
        + decisionsText(builder);
}

} // namespace

QString ConsolidateCommand::rowsText(const QVector<package::IntakeRow> &rows)
{
    QString out;
    for (const package::IntakeRow &row : rows) {
        out += QStringLiteral("  %1: %2")
                   .arg(WorkspaceAccess::shown(row.fileName),
                        package::PackageIntake::verdictText(row.verdict));
        if (row.verdict == package::IntakeRow::Verdict::Accepted)
            out += tr(" (package %1, signed by %2)")
                       .arg(row.packageId, WorkspaceAccess::shown(row.signer));
        out += QLatin1Char('\n');
        if (!row.reason.isEmpty())
            out += QStringLiteral("    ") + WorkspaceAccess::shown(row.reason) + QLatin1Char('\n');
    }
    return out;
}

Result<QByteArray> ConsolidateCommand::fromLeadWorkspace(
    const QByteArray &workspaceFile, const package::TrustConfiguration &trust,
    const crypto::Identity &identity, const package::PackageVerifier::Options &options,
    const QHash<QString, QByteArray> &chosen, const QString &out, bool confirmed)
{
    auto workspace = WorkspaceAccess::open(workspaceFile);
    if (!workspace)
        return workspace.error();
    // --commit NAME=REV records the lead's choice in the workspace (an audited action),
    // where the window and later runs find it too.
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it) {
        auto named = (*workspace)->repository(it.key());
        if (!named)
            return Error {tr("consolidate: --commit %1=%2: %3")
                              .arg(WorkspaceAccess::shown(it.key()),
                                   WorkspaceAccess::shown(QString::fromUtf8(it.value())),
                                   named.errorMessage())};
        auto repository = git::Repository::open(named->path);
        if (!repository)
            return repository.error();
        auto commit = repository->resolveCommit(it.value());
        if (!commit)
            return Error {tr("consolidate: --commit %1=%2: %3")
                              .arg(WorkspaceAccess::shown(it.key()),
                                   WorkspaceAccess::shown(QString::fromUtf8(it.value())),
                                   commit.errorMessage())};
        if (auto set
            = package::LeadWorkspace::setTargetCommit(**workspace, it.key(), commit->toHex());
            !set)
            return set.error();
    }
    auto state = package::LeadWorkspace::load(**workspace, trust, options);
    if (!state)
        return state.error();
    if (state->sources.isEmpty())
        return Error {tr("consolidate: no package imported into %1 takes part; nothing was "
                         "written.")
                          .arg(QFile::decodeName(workspaceFile))};
    const package::EgressPolicy policy
        = trust.policy() ? *trust.policy() : package::EgressPolicy::none();
    auto builder = package::LeadWorkspace::builder(**workspace, *state, identity.certificate(),
                                                   policy, QDateTime::currentDateTimeUtc());
    if (!builder)
        return builder.error();
    auto confirmedPreview = Terminal::confirmPreview(
        QStringLiteral("consolidate"), workspacePreviewText(*state, **builder),
        tr("Write this consolidated package to %1? [y/N] ").arg(out), confirmed);
    if (!confirmedPreview)
        return confirmedPreview.error();
    QByteArray output = *confirmedPreview;
    auto verdict = package::LeadWorkspace::write(**workspace, **builder, identity, out, trust);
    if (!verdict)
        return verdict.error();
    output += package::TransferReceipt::text(out, *verdict).toUtf8();
    return output;
}

Result<QByteArray> ConsolidateCommand::run(const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("consolidate"),
                                {{"trust", 0, true},
                                 {"crl", 0, true},
                                 {"strict", 0, false},
                                 {"identity", 0, true},
                                 {"passphrase-file", 0, true},
                                 {"yes", 0, false},
                                 {"out", 0, true},
                                 {"repo", 0, true},
                                 {"commit", 0, true},
                                 {"workspace", 0, true}});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    QByteArrayList packages = parsed->positional() + parsed->afterSeparator();
    const bool fromWorkspace = parsed->isSet("workspace");
    if (fromWorkspace && !packages.isEmpty())
        return Error {tr("consolidate: with --workspace, the packages are the ones imported into "
                         "it (clearroom-cli import); give no PKG."),
                      true};
    if (fromWorkspace && parsed->isSet("repo"))
        return Error {tr("consolidate: with --workspace, the repositories are the workspace's "
                         "(clearroom-cli review add-repo); --repo does not apply."),
                      true};
    if (!parsed->isSet("trust") || !parsed->isSet("identity") || !parsed->isSet("out")
        || (packages.isEmpty() && !fromWorkspace))
        return Error {tr("consolidate: --trust, --identity, --out and at least one package (or "
                         "--workspace) are required."),
                      true};
    QHash<QString, QByteArray> chosen;
    for (const QByteArray &value : parsed->values("commit")) {
        const int equals = value.indexOf('=');
        if (equals <= 0 || equals == value.size() - 1)
            return Error {tr("consolidate: --commit takes NAME=REV, not '%1'.")
                              .arg(WorkspaceAccess::shown(QString::fromUtf8(value))),
                          true};
        chosen.insert(QString::fromUtf8(value.left(equals)), value.mid(equals + 1));
    }
    const QString out = QFile::decodeName(parsed->value("out"));
    if (QFileInfo::exists(out) || QFileInfo(out).isSymLink())
        return Error {
            tr("consolidate: '%1' exists already; Clearroom does not replace a package.").arg(out)};
    const bool confirmed = parsed->isSet("yes");
    if (!confirmed && !Terminal::isInteractive())
        return Error {tr("consolidate: nothing was written: the preview of what leaves the room "
                         "must be confirmed on a terminal, or with --yes.")};

    auto trust = package::TrustConfiguration::load(QFile::decodeName(parsed->value("trust")),
                                                   QFile::decodeName(parsed->value("crl")));
    if (!trust)
        return trust.error();
    const QString identityFile = QFile::decodeName(parsed->value("identity"));
    auto passphrase = Terminal::passphrase(
        parsed->value("passphrase-file"), QStringLiteral("--passphrase-file"),
        tr("Passphrase of the identity %1: ").arg(identityFile), false);
    if (!passphrase)
        return passphrase.error();
    auto identity = crypto::Identity::load(identityFile, *passphrase);
    if (!identity)
        return identity.error();
    const crypto::Certificate &lead = identity->certificate();
    if (!lead.hasRole(crypto::Role::Lead))
        return Error {tr("consolidate: the identity %1 (\"%2\") does not carry the lead reviewer "
                         "role; consolidated packages are signed by lead reviewers.")
                          .arg(identityFile, lead.subject())};
    package::PackageVerifier::Options options;
    options.strict = parsed->isSet("strict");
    if (fromWorkspace)
        return fromLeadWorkspace(parsed->value("workspace"), *trust, *identity, options, chosen,
                                 out, confirmed);

    QStringList files;
    for (const QByteArray &package : std::as_const(packages))
        files.append(QFile::decodeName(package));
    package::PackageIntake::Outcome intake = package::PackageIntake::take(files, *trust, options);
    if (intake.accepted.isEmpty()) {
        QString reasons;
        for (const package::IntakeRow &row : std::as_const(intake.rows))
            reasons += QLatin1Char('\n') + row.reason;
        return Error {
            tr("consolidate: no package could be taken in; nothing was written.%1").arg(reasons)};
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    package::PackageSigner signer;
    signer.name = lead.commonName();
    signer.subject = lead.subject();
    signer.fingerprint = lead.fingerprint();
    // With the repositories, findings on different commits are brought onto one.
    if (!chosen.isEmpty() && !parsed->isSet("repo"))
        return Error {tr("consolidate: --commit needs the repository, given with --repo."), true};
    std::vector<git::Repository> repositories;
    for (const QByteArray &value : parsed->values("repo")) {
        auto opened = git::Repository::open(QFile::decodeName(value));
        if (!opened)
            return opened.error();
        repositories.push_back(std::move(opened).value());
    }
    QVector<package::ReanchoredRepository> reanchored;
    if (!repositories.empty()) {
        QVector<const git::Repository *> given;
        for (const git::Repository &repository : repositories)
            given.append(&repository);
        auto moved = package::ConsolidationReanchoring::onto(intake.accepted, given, chosen);
        if (!moved)
            return moved.error();
        reanchored = *moved;
    }
    package::Consolidation consolidation
        = package::AutomaticConsolidation::decide(intake.accepted, signer, now);
    consolidation.leftOut = intake.leftOut();

    // The lead's audit trail: what was taken in or left out, then every decision.
    package::ConsolidationLog log;
    for (const package::IntakeRow &row : std::as_const(intake.rows)) {
        if (row.verdict == package::IntakeRow::Verdict::Refused
            || row.verdict == package::IntakeRow::Verdict::Duplicate)
            log.append(
                package::ConsolidationLog::rejectRecord(row.fileName, row.sha256, row.reason),
                signer.name, now);
    }
    for (const package::ConsolidationSource &source : std::as_const(consolidation.sources))
        log.append(package::ConsolidationLog::importRecord(source.package), signer.name, now);
    const QVector<ConsolidationDecision> &decisions = consolidation.decisions;
    log.appendEach(
        int(decisions.size()),
        [&decisions](int index) {
            return package::ConsolidationLog::decisionRecord(decisions.at(index));
        },
        signer.name, now);

    package::ConsolidatedReview review;
    review.review = reviewOf(consolidation.sources, signer.name, now);
    review.policy = trust->policy() ? *trust->policy() : package::EgressPolicy::none();
    review.auditLog = log.lines();
    review.auditHead = log.head();
    review.auditEntries = log.count();
    package::ConsolidatedPackageBuilder builder(std::move(consolidation), review, lead, now);
    if (auto built = builder.build(); !built)
        return built.error();

    auto confirmedPreview = Terminal::confirmPreview(
        QStringLiteral("consolidate"), previewText(intake, reanchored, builder),
        tr("Write this consolidated package to %1? [y/N] ").arg(out), confirmed);
    if (!confirmedPreview)
        return confirmedPreview.error();
    QByteArray output = *confirmedPreview;
    auto archive = builder.archive(*identity);
    if (!archive)
        return archive.error();
    auto verdict = package::PackageDelivery::writeAndVerify(out, *archive, *trust);
    if (!verdict)
        return verdict.error();
    output += package::TransferReceipt::text(out, *verdict).toUtf8();
    return output;
}

QString ConsolidateCommand::help()
{
    return tr("Usage: clearroom-cli consolidate --trust TRUST --identity LEAD.p12\n"
              "                                 [--passphrase-file F] [--crl CRL.pem] [--strict]\n"
              "                                 [--repo PATH]... [--commit NAME=REV]...\n"
              "                                 [--yes] --out OUT.crpkg PKG...\n"
              "       clearroom-cli consolidate --workspace WORKSPACE --trust TRUST\n"
              "                                 --identity LEAD.p12 [--passphrase-file F]\n"
              "                                 [--crl CRL.pem] [--strict] [--commit NAME=REV]...\n"
              "                                 [--yes] --out OUT.crpkg\n"
              "\n"
              "Consolidates auditors' review packages into one package signed by a lead\n"
              "reviewer, without a display. Each PKG is verified completely against TRUST (the\n"
              "authority's trust configuration folder, whose roster must name the auditor, or\n"
              "its CA certificate) before anything of it is read. A refused package, the same\n"
              "package given twice, and a package superseded by a newer one of the same auditor\n"
              "and review (its previous-package chain) are left out with their reason, listed\n"
              "in the report. Duplicates among the auditors' findings (same repository and\n"
              "path, overlapping lines, and a shared CWE or similar titles) are merged and\n"
              "every other finding is kept; each decision is marked automatic and explained\n"
              "in the report. Without --repo, findings keep their own commits; with the\n"
              "repositories (--repo, read only), the findings of each repository are brought\n"
              "onto one commit first (--commit NAME=REV, or else the commit most packages\n"
              "reviewed, ties to the newest), each marked exact, moved, modified or orphaned.\n"
              "\n"
              "With --workspace, the packages are those imported into the lead's workspace\n"
              "(clearroom-cli import), each verified again from the bytes stored there (one\n"
              "revoked since is left out with its reason); the lead's decisions stored in the\n"
              "workspace are applied, and every finding they leave open is decided\n"
              "automatically as above. The workspace's repositories (clearroom-cli review\n"
              "add-repo) take the place of --repo; --commit NAME=REV records the lead's choice\n"
              "of commit for the workspace's repository NAME in the workspace (kept for later\n"
              "runs and the window) before consolidating. The workspace's audit log is the\n"
              "package's log, and the export is recorded in it.\n"
              "\n"
              "The preview is confirmed on the terminal or with --yes; the package holds every\n"
              "source package byte-identical under sources/, is written under a temporary\n"
              "name, synced, renamed, read back and verified. An existing file is never\n"
              "replaced.\n");
}

} // namespace clearroom::cli
