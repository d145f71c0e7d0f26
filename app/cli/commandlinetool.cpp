// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "commandlinetool.h"

#include "arguments.h"
#include "blamecommand.h"
#include "buildinfo.h"
#include "command.h"
#include "commandoutput.h"
#include "consolidatecommand.h"
#include "diffcommand.h"
#include "grepcommand.h"
#include "identitycommand.h"
#include "importcommand.h"
#include "logcommand.h"
#include "lstreecommand.h"
#include "packagecommands.h"
#include "pathquote.h"
#include "repository.h"
#include "showcommand.h"
#include "signingidentitycommand.h"
#include "workspacecommands.h"

#include <QFile>

namespace clearroom::cli {

namespace {

CommandOutcome success(QByteArray output)
{
    return {CommandOutcome::Success, std::move(output), {}, {}};
}

CommandOutcome failure(QString message, int code = CommandOutcome::Failure)
{
    return {code, {}, std::move(message), {}};
}

bool wantsHelp(const QByteArrayList &arguments)
{
    for (const QByteArray &argument : arguments) {
        if (argument == "--")
            return false;
        if (argument == "--help" || argument == "-h")
            return true;
    }
    return false;
}

struct RepoCommand
{
    const char *name;
    RepoCommandFunction run; ///< null where runWithWarnings or runStreaming is set
    QString (*help)();
    WarningRepoCommandFunction runWithWarnings = nullptr;
    StreamingRepoCommandFunction runStreaming = nullptr;
};

const RepoCommand repoCommands[] = {
    {"blame", &BlameCommand::run, &BlameCommand::help},
    {"cache", &CacheCommand::run, &CacheCommand::help},
    {"diff", nullptr, &DiffCommand::help, &DiffCommand::run},
    {"identity", &IdentityCommand::run, &IdentityCommand::help},
    {"grep", &GrepCommand::run, &GrepCommand::help},
    {"log", &LogCommand::run, &LogCommand::help},
    {"ls-tree", &LsTreeCommand::run, &LsTreeCommand::help},
    {"show", nullptr, &ShowCommand::help, nullptr, &ShowCommand::run},
};

QString repoHelp()
{
    return CommandLineTool::tr("Usage: clearroom-cli [-C REPO] repo COMMAND [options]\n"
                               "\n"
                               "Read-only commands over a git repository whose output is byte for "
                               "byte\nthat of git:\n"
                               "  blame     show who last changed each line of a file\n"
                               "  diff      show the changes between two revisions\n"
                               "  grep      search the files of revisions for lines\n"
                               "  log       show the history of a revision\n"
                               "  ls-tree   list a tree\n"
                               "  show      print a file or a folder of a revision\n"
                               "\n"
                               "Clearroom's own:\n"
                               "  cache     build, drop or check the commit-graph cache that "
                               "makes log faster\n"
                               "  identity  the repository's identity and what is unusual about "
                               "it (JSON)\n");
}

CommandOutcome runStreaming(const RepoCommand &command, const RepositoryOpener &open,
                            const QByteArrayList &arguments, CommandOutput &output)
{
    auto streamed = command.runStreaming(open, arguments, output);
    if (streamed)
        return success({});
    if (!output.hasDelivered()) {
        return failure(streamed.errorMessage(),
                       streamed.error().isUsageError ? CommandOutcome::UsageError
                                                     : CommandOutcome::Failure);
    }
    // As git does for a damaged big blob: what went out cannot be taken back.
    return failure(CommandLineTool::tr("%1 What was already written to standard output cannot "
                                       "be trusted.")
                       .arg(streamed.errorMessage().trimmed()));
}

CommandOutcome runRepo(const QByteArray &repositoryPath, QByteArrayList arguments,
                       CommandOutput &output)
{
    if (arguments.isEmpty()) {
        return failure(CommandLineTool::tr("'repo' needs a command; see 'clearroom-cli repo "
                                           "--help'."),
                       CommandOutcome::UsageError);
    }
    const QByteArray name = arguments.takeFirst();
    if (name == "--help" || name == "-h")
        return success(repoHelp().toUtf8());
    for (const RepoCommand &command : repoCommands) {
        if (name != command.name)
            continue;
        if (wantsHelp(arguments))
            return success(command.help().toUtf8());
        const RepositoryOpener open = [&repositoryPath] {
            return git::Repository::open(QFile::decodeName(repositoryPath));
        };
        if (command.runStreaming)
            return runStreaming(command, open, arguments, output);
        QStringList warnings;
        auto produced = command.runWithWarnings
            ? command.runWithWarnings(open, arguments, &warnings)
            : command.run(open, arguments);
        if (!produced)
            return failure(produced.errorMessage(),
                           produced.error().isUsageError ? CommandOutcome::UsageError
                                                         : CommandOutcome::Failure);
        CommandOutcome outcome = success(std::move(produced).value());
        outcome.warnings = warnings;
        return outcome;
    }
    return failure(CommandLineTool::tr("'repo %1' is not a command; see 'clearroom-cli repo "
                                       "--help'.")
                       .arg(git::displayBytes(name)),
                   CommandOutcome::UsageError);
}

struct WorkspaceCommand
{
    const char *name;
    Result<QByteArray> (*run)(const QByteArrayList &arguments);
    QString (*help)();
};

const WorkspaceCommand workspaceCommands[] = {
    {"consolidate", &ConsolidateCommand::run, &ConsolidateCommand::help},
    {"coverage", &CoverageCommand::run, &CoverageCommand::help},
    {"export", &ExportCommand::run, &ExportCommand::help},
    {"finding", &FindingCommand::run, &FindingCommand::help},
    {"identity", &SigningIdentityCommand::run, &SigningIdentityCommand::help},
    {"import", &ImportCommand::run, &ImportCommand::help},
    {"inspect", &InspectCommand::run, &InspectCommand::help},
    {"log", &AuditLogCommand::run, &AuditLogCommand::help},
    {"review", &ReviewCommand::run, &ReviewCommand::help},
    {"trust", &TrustCommand::run, &TrustCommand::help},
    {"verify", &VerifyCommand::run, &VerifyCommand::help},
};

} // namespace

CommandOutcome CommandLineTool::run(const QByteArrayList &arguments, CommandOutput &output)
{
    // No command name: main() already starts every message with "clearroom-cli: ".
    const ArgumentParser parser(QString(),
                                {{"", 'C', true}, {"version", 0, false}, {"help", 'h', false}});
    auto parsed = parser.parse(arguments, /*stopAtFirstPositional=*/true);
    if (!parsed)
        return failure(parsed.errorMessage(), CommandOutcome::UsageError);
    if (parsed->isSet("version"))
        return success(versionText().toUtf8());
    if (parsed->isSet("help"))
        return success(help().toUtf8());
    QByteArrayList rest = parsed->positional();
    rest += parsed->afterSeparator();
    // One line on standard error, as for every failure; the help is one option away.
    if (rest.isEmpty()) {
        return failure(tr("Name a command; see 'clearroom-cli --help'."),
                       CommandOutcome::UsageError);
    }

    // -C names the repository; without it, the current folder (no upward search).
    const QByteArray repository = parsed->isSet("C") ? parsed->value("C") : QByteArray(".");
    const QByteArray command = rest.takeFirst();
    if (command == "repo")
        return runRepo(repository, rest, output);
    for (const WorkspaceCommand &workspaceCommand : workspaceCommands) {
        if (command != workspaceCommand.name)
            continue;
        if (rest.isEmpty() || wantsHelp(rest))
            return success(workspaceCommand.help().toUtf8());
        auto output = workspaceCommand.run(rest);
        if (!output)
            return failure(output.errorMessage(),
                           output.error().isUsageError ? CommandOutcome::UsageError
                                                       : CommandOutcome::Failure);
        return success(std::move(output).value());
    }
    return failure(
        tr("'%1' is not a command; see 'clearroom-cli --help'.").arg(git::displayBytes(command)),
        CommandOutcome::UsageError);
}

QString CommandLineTool::help()
{
    return tr("Usage: clearroom-cli [-C REPO] COMMAND [options]\n"
              "\n"
              "Clearroom's command line: the same engine as the Clearroom workstation,\n"
              "without a display. Repositories are only ever read, never written.\n"
              "\n"
              "Global options:\n"
              "  -C REPO     the repository: a work-tree root or a git directory\n"
              "              (default: the current folder; there is no upward search)\n"
              "  --version   show the version, the Qt in use and whether code is highlighted\n"
              "  -h, --help  show this help; 'COMMAND --help' shows a command's own\n"
              "\n"
              "Commands:\n"
              "  repo blame     show who changed each line exactly as 'git blame' does\n"
              "  repo diff      show changes between revisions exactly as 'git diff' does\n"
              "  repo grep      search files for lines exactly as 'git grep' does\n"
              "  repo log       show history exactly as 'git log' does\n"
              "  repo ls-tree   list a tree exactly as 'git ls-tree' does\n"
              "  repo show      print a file or folder exactly as 'git show' does\n"
              "  repo identity  the repository's identity and notices about it, as JSON\n"
              "\n"
              "  review init|add-repo|show|move     the review a workspace holds\n"
              "  finding add|list|show|update|comment|delete\n"
              "                                     findings and their comment threads\n"
              "  coverage mark|unmark|show          what was reviewed\n"
              "  log verify|export|packages         the workspace's audit log and exports\n"
              "\n"
              "  identity request|import            the signer's key, certificate request and\n"
              "                                     PKCS#12 identity file\n"
              "  export WORKSPACE ... --out PKG     the signed review package, after a preview\n"
              "  verify PKG --trust CA.pem          verify a package against the authority's CA\n"
              "  inspect PKG                        what a package holds, without judging it\n"
              "  trust show TRUST                   the authority's trust configuration, as the\n"
              "                                     room's security officer checks it\n"
              "  import WORKSPACE --trust T PKG...  auditors' packages into a lead's workspace,\n"
              "                                     each verified first\n"
              "  consolidate --trust T --identity LEAD.p12 --out OUT PKG...\n"
              "  consolidate --workspace WORKSPACE --trust T --identity LEAD.p12 --out OUT\n"
              "                                     the lead's consolidated package of auditors'\n"
              "                                     packages, verified, merged and signed\n"
              "\n"
              "Exit status: 0 on success, 1 when the command failed, 2 for a usage error.\n"
              "On failure one message goes to standard error and nothing to standard output.\n");
}

bool CommandLineTool::needsGui(int argc, char **argv)
{
    // The command is the first argument that is neither an option nor -C's value.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-C") {
            ++i;
            continue;
        }
        if (argument.startsWith('-'))
            continue;
        return argument == "export" || argument == "consolidate";
    }
    return false;
}

QString CommandLineTool::versionText()
{
    return tr("clearroom-cli %1\n%2\nlibgit2 %3\n")
        .arg(BuildInfo::version(), BuildInfo::summary(), git::libgit2Version());
}

} // namespace clearroom::cli
