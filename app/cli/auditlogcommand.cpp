// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacecommands.h"

#include "arguments.h"
#include "auditlog.h"
#include "auditverifier.h"
#include "pathquote.h"
#include "workspaceaccess.h"

namespace clearroom::cli {

namespace {

Result<QByteArray> verify(const QByteArrayList &arguments)
{
    const QString command = QStringLiteral("log verify");
    auto call = WorkspaceAccess::parse(command, {}, arguments, {QStringLiteral("WORKSPACE")});
    if (!call)
        return call.error();
    auto workspace = call->openWorkspace();
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

} // namespace

Result<QByteArray> AuditLogCommand::run(const QByteArrayList &arguments)
{
    return WorkspaceAccess::dispatch("log", {{"verify", &verify}, {"export", &exportLog}},
                                     arguments);
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
              "\n"
              "Entry n's hash is SHA-256 over entry n-1's hash as 64 lowercase hex digits,\n"
              "a newline, and line n (the first entry's previous hash is 64 zeros). Whoever\n"
              "can write the workspace file can rewrite the whole chain: what anchors it is\n"
              "the head hash recorded in each signed package.\n");
}

} // namespace clearroom::cli
