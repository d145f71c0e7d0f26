// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "exportstore.h"

#include "database.h"
#include "finding.h"
#include "statement.h"
#include "workspace.h"

#include <QJsonObject>

namespace clearroom::review {

ExportStore::ExportStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

Result<ExportRecord> ExportStore::record(ExportRecord exported)
{
    if (exported.packageId.isEmpty())
        return Error {tr("An export without a package id cannot be recorded.")};
    auto recorded = m_workspace.act(QStringLiteral("package.export"), [&](AuditRecord &record) {
        auto next = m_workspace.database().prepare(
            QStringLiteral("SELECT ifnull(max(ordinal), 0) + 1 FROM package_export"));
        if (!next)
            return Result<void>(next.error());
        auto row = next->step();
        if (!row)
            return Result<void>(row.error());
        exported.ordinal = int(next->integer(0));
        auto insert = m_workspace.database().prepare(QStringLiteral(
            "INSERT INTO package_export(ordinal, package_id, previous_package_id, created, "
            "signer_name, signer_fingerprint, file_name, size, sha256, audit_log_head) "
            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, qint64(exported.ordinal))
            .bind(2, exported.packageId)
            .bind(3, exported.previousPackageId)
            .bind(4, timeToText(exported.created))
            .bind(5, exported.signerName)
            .bind(6, QString::fromLatin1(exported.signerFingerprint))
            .bind(7, exported.fileName)
            .bind(8, exported.size)
            .bind(9, QString::fromLatin1(exported.sha256))
            .bind(10, QString::fromLatin1(exported.auditLogHead));
        record.set(QStringLiteral("entity"), QStringLiteral("package"));
        record.set(QStringLiteral("id"), exported.packageId);
        record.set(
            QStringLiteral("new"),
            QJsonObject {
                {QStringLiteral("ordinal"), exported.ordinal},
                {QStringLiteral("previous_package_id"), exported.previousPackageId},
                {QStringLiteral("created"), timeToText(exported.created)},
                {QStringLiteral("signer_name"), exported.signerName},
                {QStringLiteral("signer_fingerprint"),
                 QString::fromLatin1(exported.signerFingerprint)},
                {QStringLiteral("file_name"), exported.fileName},
                {QStringLiteral("size"), double(exported.size)},
                {QStringLiteral("sha256"), QString::fromLatin1(exported.sha256)},
                {QStringLiteral("audit_log_head"), QString::fromLatin1(exported.auditLogHead)},
            });
        return insert->run();
    });
    if (!recorded)
        return recorded.error();
    return exported;
}

Result<std::optional<ExportRecord>> ExportStore::last()
{
    auto found = select(QStringLiteral("ORDER BY ordinal DESC LIMIT 1"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<ExportRecord>();
    return std::optional<ExportRecord>(found->constFirst());
}

Result<QVector<ExportRecord>> ExportStore::all()
{
    return select(QStringLiteral("ORDER BY ordinal"));
}

Result<QVector<ExportRecord>> ExportStore::select(const QString &order)
{
    auto statement = m_workspace.database().prepare(
        QStringLiteral("SELECT ordinal, package_id, previous_package_id, created, signer_name, "
                       "signer_fingerprint, file_name, size, sha256, audit_log_head "
                       "FROM package_export ")
        + order);
    if (!statement)
        return statement.error();
    QVector<ExportRecord> records;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return records;
        records.append({int(statement->integer(0)), statement->text(1), statement->text(2),
                        timeFromText(statement->text(3)), statement->text(4), statement->blob(5),
                        statement->text(6), statement->integer(7), statement->blob(8),
                        statement->blob(9)});
    }
}

} // namespace clearroom::review
