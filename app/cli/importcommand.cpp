// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "importcommand.h"

#include "arguments.h"
#include "consolidatecommand.h"
#include "leadworkspace.h"
#include "workspaceaccess.h"

#include <QFile>
#include <QFileInfo>

namespace clearroom::cli {

namespace {

// Who the lead's new workspace names as its reviewer: --reviewer, else the first lead
// on the authority's roster, else the user's login name.
QString reviewerOf(const ParsedArguments &parsed, const package::TrustConfiguration &trust)
{
    if (parsed.isSet("reviewer"))
        return WorkspaceAccess::text(parsed.value("reviewer"));
    for (const package::RosterMember &member : trust.roster()) {
        if (member.role == crypto::Role::Lead)
            return member.name;
    }
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace

Result<QByteArray> ImportCommand::run(const QByteArrayList &arguments)
{
    const ArgumentParser parser(QStringLiteral("import"),
                                {{"trust", 0, true},
                                 {"crl", 0, true},
                                 {"strict", 0, false},
                                 {"reviewer", 0, true},
                                 {"name", 0, true}});
    auto parsed = parser.parse(arguments);
    if (!parsed)
        return parsed.error();
    QByteArrayList positional = parsed->positional() + parsed->afterSeparator();
    if (!parsed->isSet("trust") || positional.size() < 2)
        return Error {tr("import: the workspace, --trust and at least one package are required."),
                      true};
    const QString fileName = QFile::decodeName(positional.takeFirst());
    auto trust = package::TrustConfiguration::load(QFile::decodeName(parsed->value("trust")),
                                                   QFile::decodeName(parsed->value("crl")));
    if (!trust)
        return trust.error();

    QString created;
    std::unique_ptr<review::Workspace> workspace;
    if (QFileInfo::exists(fileName) || QFileInfo(fileName).isSymLink()) {
        auto opened = review::Workspace::open(fileName);
        if (!opened)
            return opened.error();
        workspace = std::move(opened).value();
    } else {
        const QString reviewer = reviewerOf(*parsed, *trust);
        if (reviewer.trimmed().isEmpty())
            return Error {tr("import: name the lead reviewer of the new workspace with "
                             "--reviewer."),
                          true};
        const QString name = parsed->isSet("name") ? WorkspaceAccess::text(parsed->value("name"))
                                                   : tr("Consolidation");
        auto made = review::Workspace::create(fileName, name, reviewer);
        if (!made)
            return made.error();
        workspace = std::move(made).value();
        created
            = tr("Created the lead's workspace '%1' (review '%2', lead reviewer %3).\n")
                  .arg(fileName, WorkspaceAccess::shown(name), WorkspaceAccess::shown(reviewer));
    }

    QStringList files;
    for (const QByteArray &package : std::as_const(positional))
        files.append(QFile::decodeName(package));
    package::PackageVerifier::Options options;
    options.strict = parsed->isSet("strict");
    auto rows = package::LeadWorkspace::import(*workspace, files, *trust, options);
    if (!rows)
        return rows.error();
    int refused = 0;
    for (const package::IntakeRow &row : std::as_const(*rows))
        refused += row.verdict == package::IntakeRow::Verdict::Refused ? 1 : 0;
    const QString text
        = created + tr("Packages given:") + QLatin1Char('\n') + ConsolidateCommand::rowsText(*rows);
    if (refused > 0)
        return Error {text
                      + tr("import: %n package(s) refused, of %1 given (each recorded in the "
                           "workspace with its reason); the others are in the workspace as "
                           "listed.",
                           nullptr, refused)
                            .arg(rows->size())};
    return text.toUtf8();
}

QString ImportCommand::help()
{
    return tr("Usage: clearroom-cli import WORKSPACE --trust TRUST [--crl CRL.pem] [--strict]\n"
              "                            [--reviewer NAME] [--name NAME] PKG...\n"
              "\n"
              "Takes auditors' review packages into a lead reviewer's workspace, for\n"
              "'clearroom-cli consolidate --workspace' and the Clearroom window. Each PKG is\n"
              "verified completely against TRUST (as 'consolidate' does) before anything is\n"
              "stored; an accepted package is kept in the workspace byte-identical. A refused\n"
              "package is recorded with its reason. A package imported before is left as it\n"
              "is ('already given'); another file claiming its package id is refused. A newer\n"
              "package of the same auditor and review (it names the older as its previous\n"
              "package) supersedes the older one, in whichever order they come; packages of one\n"
              "auditor and review that do not chain are flagged. Every change is an entry of\n"
              "the workspace's audit log ('clearroom-cli log verify').\n"
              "\n"
              "When WORKSPACE does not exist it is created: its review is named by --name\n"
              "(default \"Consolidation\") and its reviewer by --reviewer, else the first lead\n"
              "on the trust configuration's roster, else the login name.\n"
              "\n"
              "One row per package: its verdict (accepted, refused, already given, superseded)\n"
              "and the reason or notes. Exit status: 0 when no package was refused; 1 when\n"
              "any was (the rows then go to standard error; the others are imported all the\n"
              "same); 2 for a usage error.\n");
}

} // namespace clearroom::cli
