// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacecommands.h"

#include "arguments.h"
#include "auditlog.h"
#include "findingstore.h"
#include "pathquote.h"
#include "reanchoring.h"
#include "repositoryidentity.h"
#include "workspaceaccess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace clearroom::cli {

namespace {

// A repository to add: opened, its commit resolved and its identity read, before the
// workspace is touched.
Result<review::ReviewRepository> prepareRepository(const ParsedArguments &arguments)
{
    return review::Workspace::prepareRepository(
        QFile::decodeName(arguments.value("repo")),
        arguments.isSet("repo-name") ? WorkspaceAccess::text(arguments.value("repo-name"))
                                     : QString(),
        arguments.isSet("commit") ? arguments.value("commit") : QByteArrayLiteral("HEAD"));
}

Result<QByteArray> init(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("review init");
    auto call = WorkspaceAccess::parse(command,
                                       {{"name", 0, true},
                                        {"repo", 0, true},
                                        {"repo-name", 0, true},
                                        {"commit", 0, true},
                                        {"reviewer", 0, true}},
                                       arguments, {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    if (!call->options.isSet("name") || !call->options.isSet("repo")) {
        return Error {ReviewCommand::tr("review init: --name and --repo are required."), true};
    }
    QString reviewer = WorkspaceAccess::text(call->options.value("reviewer"));
    if (!call->options.isSet("reviewer"))
        reviewer = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (reviewer.trimmed().isEmpty()) {
        return Error {ReviewCommand::tr("review init: name the reviewer with --reviewer."), true};
    }
    auto repository = prepareRepository(call->options);
    if (!repository)
        return repository.error();

    const QString fileName = QFile::decodeName(call->positional.at(0));
    if (auto outside = review::Workspace::checkOutsideRepository(fileName, repository->path);
        !outside)
        return outside.error();
    auto workspace = review::Workspace::create(
        fileName, WorkspaceAccess::text(call->options.value("name")), reviewer);
    if (!workspace)
        return workspace.error();
    if (auto added = (*workspace)->addRepository(*repository); !added) {
        // A workspace without its repository is half made: it goes.
        workspace->reset();
        review::Workspace::discard(fileName);
        return added.error();
    }
    return ReviewCommand::tr("Created the review '%1' in '%2': repository '%3' at commit %4.\n")
        .arg(WorkspaceAccess::shown((*workspace)->review().name), fileName,
             WorkspaceAccess::shown(repository->name), QString::fromLatin1(repository->commit))
        .toUtf8();
}

Result<QByteArray> addRepository(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("review add-repo");
    auto call = WorkspaceAccess::parse(
        command, {{"repo", 0, true}, {"repo-name", 0, true}, {"commit", 0, true}}, arguments,
        {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    if (!call->options.isSet("repo"))
        return Error {ReviewCommand::tr("review add-repo: --repo is required."), true};
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    auto repository = prepareRepository(call->options);
    if (!repository)
        return repository.error();
    if (auto added = (*workspace)->addRepository(*repository); !added)
        return added.error();
    return ReviewCommand::tr("Added repository '%1' at commit %2.\n")
        .arg(WorkspaceAccess::shown(repository->name), QString::fromLatin1(repository->commit))
        .toUtf8();
}

Result<QByteArray> show(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("review show");
    auto call = WorkspaceAccess::parse(command, {}, arguments, {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    review::Workspace &ws = **workspace;
    auto repositories = ws.repositories();
    if (!repositories)
        return repositories.error();
    auto findings = ws.findings().all();
    if (!findings)
        return findings.error();
    auto entries = review::AuditLog::size(ws.database());
    if (!entries)
        return entries.error();
    auto head = review::AuditLog::headHash(ws.database());
    if (!head)
        return head.error();
    QString text = ReviewCommand::tr("Review:     %1 (%2)\nReviewer:   %3\nCreated:    %4\n")
                       .arg(WorkspaceAccess::shown(ws.review().name), ws.review().id,
                            WorkspaceAccess::shown(ws.review().reviewerName),
                            review::timeToText(ws.review().created));
    for (const review::ReviewRepository &repository : std::as_const(*repositories)) {
        text += ReviewCommand::tr("Repository: %1 at %2 (%3)\n")
                    .arg(WorkspaceAccess::shown(repository.name),
                         QString::fromLatin1(repository.commit), repository.path);
    }
    text += ReviewCommand::tr("Findings:   %1\nAudit log:  %n entries, head %2\n", nullptr,
                              int(*entries))
                .arg(findings->size())
                .arg(QString::fromLatin1(*head));
    return text.toUtf8();
}

QString locationText(const review::FindingLocation &location)
{
    return QStringLiteral("%1:%2-%3")
        .arg(git::displayBytes(location.path))
        .arg(location.startLine)
        .arg(location.endLine);
}

Result<QByteArray> move(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("review move");
    auto call = WorkspaceAccess::parse(command, {{"repo", 0, true}, {"commit", 0, true}}, arguments,
                                       {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    if (!call->options.isSet("commit"))
        return Error {ReviewCommand::tr("review move: --commit is required."), true};
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    auto reviewed
        = (*workspace)->repositoryOrOnly(WorkspaceAccess::text(call->options.value("repo")));
    if (!reviewed)
        return reviewed.error();
    auto repository = WorkspaceAccess::openRepository(*reviewed);
    if (!repository)
        return repository.error();
    auto target = repository->resolveCommit(call->options.value("commit"));
    if (!target)
        return target.error();
    auto moved = review::Reanchoring::moveReview(**workspace, *repository, reviewed->name, *target);
    if (!moved)
        return moved.error();
    QByteArray output;
    for (const review::MovedFinding &finding : std::as_const(*moved)) {
        output += QStringLiteral("%1 %2 %3 %4\n")
                      .arg(finding.id, review::FindingNames::anchorKey(finding.state),
                           locationText(finding.before), locationText(finding.after))
                      .toUtf8();
    }
    return output;
}

} // namespace

Result<QByteArray> ReviewCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch(
        "review", {{"init", &init}, {"add-repo", &addRepository}, {"show", &show}, {"move", &move}},
        arguments);
}

QString ReviewCommand::help()
{
    return tr("Usage: clearroom-cli review COMMAND WORKSPACE [options]\n"
              "\n"
              "A workspace is one file (suggested suffix .clearroom) holding a review.\n"
              "\n"
              "  init WORKSPACE --name NAME --repo PATH [--repo-name NAME] [--commit REV]\n"
              "       [--reviewer NAME]\n"
              "      create a workspace for a review of a repository; the repository's name\n"
              "      defaults to its folder's name without '.git', the commit to HEAD, the\n"
              "      reviewer to the user's login name\n"
              "  add-repo WORKSPACE --repo PATH [--repo-name NAME] [--commit REV]\n"
              "      add another repository to the review\n"
              "  show WORKSPACE\n"
              "      the review, its repositories and the head of its audit log\n"
              "  move WORKSPACE [--repo NAME] --commit REV\n"
              "      carry the review to another commit: prints, per finding, its id, its\n"
              "      state (exact, moved, modified or orphaned) and its primary location\n"
              "      before and after; coverage is kept only for unchanged lines\n");
}

} // namespace clearroom::cli
