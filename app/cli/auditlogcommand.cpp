// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacecommands.h"

#include "arguments.h"
#include "auditlog.h"
#include "auditverifier.h"
#include "exportstore.h"
#include "finding.h"
#include "pathquote.h"
#include "workspaceaccess.h"

#include <QLocale>

namespace clearroom::cli {

namespace {

// The workspace of a subcommand whose only argument it is.
Result<std::unique_ptr<review::Workspace>> onlyWorkspace(const char *command,
                                                         const QByteArrayList &arguments)
{
    auto call = WorkspaceAccess::parse(QString::fromLatin1(command), {}, arguments,
                                       {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    return call->openWorkspace();
}

Result<QByteArray> verify(const QByteArrayList &arguments)
{
    auto workspace = onlyWorkspace("log verify", arguments);
    if (!workspace)
        return workspace.error();
    auto verified = review::AuditVerifier::verify(**workspace);
    if (!verified)
        return verified.error();
    return AuditLogCommand::tr("The audit log verifies: %n entries, chain and tables agree; "
                               "head %1\n",
                               nullptr, int(verified->entries))
        .arg(QString::fromLatin1(verified->headHash))
        .toUtf8();
}

Result<QByteArray> exportLog(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("log export");
    auto call = WorkspaceAccess::parse(command, {{"hashes", 0, false}}, arguments,
                                       {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    auto workspace = call->openWorkspace();
    if (!workspace)
        return workspace.error();
    QByteArray output;
    const bool hashes = call->options.isSet("hashes");
    auto walked
        = review::AuditLog::forEach((*workspace)->database(), [&](const review::AuditEntry &entry) {
              if (hashes)
                  output += entry.hash + ' ';
              output += entry.line + '\n';
              return true;
          });
    if (!walked)
        return walked.error();
    return output;
}

// The packages exported from the workspace, oldest first, as their audit entries recorded
// them (`log verify` checks the table against the log).
Result<QByteArray> packages(const QByteArrayList &arguments)
{
    auto workspace = onlyWorkspace("log packages", arguments);
    if (!workspace)
        return workspace.error();
    auto exports = (*workspace)->exports().all();
    if (!exports)
        return exports.error();
    if (exports->isEmpty())
        return AuditLogCommand::tr("No package was exported from this workspace yet.\n").toUtf8();
    const QLocale locale;
    QString out;
    for (const review::ExportRecord &exported : std::as_const(*exports)) {
        out += AuditLogCommand::tr("package %1: %2, created %3")
                   .arg(exported.ordinal)
                   .arg(exported.packageId, review::timeToText(exported.created))
            + QLatin1Char('\n');
        out += AuditLogCommand::tr("  previous package: %1")
                   .arg(exported.previousPackageId.isEmpty() ? AuditLogCommand::tr("none")
                                                             : exported.previousPackageId)
            + QLatin1Char('\n');
        out += AuditLogCommand::tr("  signer: %1, certificate SHA-256 %2")
                   .arg(WorkspaceAccess::shown(exported.signerName),
                        QString::fromLatin1(exported.signerFingerprint))
            + QLatin1Char('\n');
        out += AuditLogCommand::tr("  file: %1, %2 bytes, SHA-256 %3")
                   .arg(WorkspaceAccess::shown(exported.fileName), locale.toString(exported.size),
                        QString::fromLatin1(exported.sha256))
            + QLatin1Char('\n');
        out += AuditLogCommand::tr("  audit-log head: %1")
                   .arg(QString::fromLatin1(exported.auditLogHead))
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

Result<QByteArray> AuditLogCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch(
        "log", {{"verify", &verify}, {"export", &exportLog}, {"packages", &packages}}, arguments);
}

QString AuditLogCommand::help()
{
    return tr("Usage: clearroom-cli log COMMAND WORKSPACE\n"
              "\n"
              "  verify WORKSPACE\n"
              "      check the audit log's hash chain and replay it against the workspace's\n"
              "      tables; exit status 0 when they agree, otherwise 1 and the first entry\n"
              "      or row that disagrees\n"
              "  export WORKSPACE [--hashes]\n"
              "      print the log, one JSON line per entry (with --hashes, each line after\n"
              "      its entry's hash and a space)\n"
              "  packages WORKSPACE\n"
              "      list the packages exported from the workspace, oldest first: id, previous\n"
              "      package, signer, file, size, SHA-256 and the audit-log head each carries\n"
              "      (each recorded by a 'package.export' entry of the log)\n"
              "\n"
              "Entry n's hash is SHA-256 over entry n-1's hash as 64 lowercase hex digits,\n"
              "a newline, and line n (the first entry's previous hash is 64 zeros). Whoever\n"
              "can write the workspace file can rewrite the whole chain: what anchors it is\n"
              "the head hash recorded in each signed package.\n");
}

} // namespace clearroom::cli
