// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leadstore.h"

#include "auditlog.h"
#include "byteview.h"
#include "database.h"
#include "finding.h"
#include "jsonline.h"
#include "statement.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace clearroom::review {

namespace {

const char *const packageColumns
    = "package_id, sha256, size, file_name, signer_name, signer_subject, signer_fingerprint, "
      "review_id, review_name, previous_package_id, signed, verified, imported, findings, "
      "superseded_by, notes";

LeadPackage packageFrom(const Statement &row)
{
    LeadPackage package;
    package.packageId = row.text(0);
    package.sha256 = row.blob(1);
    package.size = row.integer(2);
    package.fileName = row.text(3);
    package.signerName = row.text(4);
    package.signerSubject = row.text(5);
    package.signerFingerprint = row.blob(6);
    package.reviewId = row.text(7);
    package.reviewName = row.text(8);
    package.previousPackageId = row.text(9);
    package.signedAt = timeFromText(row.text(10));
    package.verified = timeFromText(row.text(11));
    package.imported = timeFromText(row.text(12));
    package.findings = int(row.integer(13));
    package.supersededBy = row.text(14);
    package.notes = row.text(15);
    return package;
}

// Steps through every row of a statement.
template<typename T, typename Read>
Result<QVector<T>> collect(Result<Statement> statement, Read read)
{
    if (!statement)
        return statement.error();
    QVector<T> rows;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return rows;
        rows.append(read(*statement));
    }
}

} // namespace

LeadStore::LeadStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

QByteArray LeadStore::sourcesJson(const QVector<QPair<QString, QString>> &sources)
{
    QJsonArray array;
    for (const auto &[packageId, findingId] : sources)
        array.append(QJsonObject {{QStringLiteral("package_id"), packageId},
                                  {QStringLiteral("finding_id"), findingId}});
    const QByteArray compact = QJsonDocument(array).toJson(QJsonDocument::Compact);
    JsonLine line;
    if (!line.parse(byteView(compact)))
        return compact;
    return line.root().canonical();
}

Result<QVector<LeadPackage>> LeadStore::packages()
{
    return collect<LeadPackage>(
        m_workspace.database().prepare(QStringLiteral("SELECT %1 FROM lead_package ORDER BY rowid")
                                           .arg(QLatin1String(packageColumns))),
        packageFrom);
}

Result<std::optional<LeadPackage>> LeadStore::package(const QString &packageId)
{
    auto row = packageRow(QLatin1String(packageColumns), packageId);
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<LeadPackage>();
    return std::optional<LeadPackage>(packageFrom(**row));
}

Result<QByteArray> LeadStore::packageBytes(const QString &packageId)
{
    auto row = packageRow(QStringLiteral("bytes"), packageId);
    if (!row)
        return row.error();
    if (!*row)
        return Error {tr("The workspace holds no package %1.").arg(packageId)};
    return (*row)->blob(0);
}

Result<std::optional<Statement>> LeadStore::packageRow(const QString &columns,
                                                       const QString &packageId)
{
    auto statement = m_workspace.database().prepare(
        QStringLiteral("SELECT %1 FROM lead_package WHERE package_id = ?").arg(columns));
    if (!statement)
        return statement.error();
    statement->bind(1, packageId);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<Statement>();
    return std::optional<Statement>(std::move(statement).value());
}

Result<QVector<LeadRefusal>> LeadStore::refused()
{
    return collect<LeadRefusal>(
        m_workspace.database().prepare(QStringLiteral(
            "SELECT id, file_name, sha256, reason, refused FROM lead_refusal ORDER BY id")),
        [](const Statement &row) {
            return LeadRefusal {row.integer(0), row.text(1), row.blob(2), row.text(3),
                                timeFromText(row.text(4))};
        });
}

Result<QVector<LeadDecision>> LeadStore::decisions()
{
    return collect<LeadDecision>(
        m_workspace.database().prepare(QStringLiteral(
            "SELECT result_id, decision, automatic, title, severity, status, cwe, sources, "
            "rationale, json, decided FROM lead_decision ORDER BY rowid")),
        [](const Statement &row) {
            LeadDecision decision;
            decision.resultId = row.text(0);
            decision.decision = row.text(1);
            decision.automatic = row.integer(2) != 0;
            decision.title = row.text(3);
            decision.severity = row.text(4);
            decision.status = row.text(5);
            decision.cwe = int(row.integer(6));
            const QJsonArray sources = QJsonDocument::fromJson(row.blob(7)).array();
            for (const QJsonValue &source : sources)
                decision.sources.append(
                    {source.toObject().value(QStringLiteral("package_id")).toString(),
                     source.toObject().value(QStringLiteral("finding_id")).toString()});
            decision.rationale = row.text(8);
            decision.json = row.blob(9);
            decision.decided = timeFromText(row.text(10));
            return decision;
        });
}

Result<QVector<LeadTarget>> LeadStore::targetCommits()
{
    return collect<LeadTarget>(
        m_workspace.database().prepare(QStringLiteral(
            "SELECT repository, commit_id, chosen FROM lead_target ORDER BY repository")),
        [](const Statement &row) {
            return LeadTarget {row.text(0), row.blob(1), timeFromText(row.text(2))};
        });
}

Result<void> LeadStore::import(const LeadPackage &package, const QByteArray &bytes)
{
    if (package.packageId.isEmpty())
        return Error {tr("A package without a package id cannot be taken in.")};
    const QByteArray digest = AuditLog::sha256Hex(bytes);
    if (digest != package.sha256 || bytes.size() != package.size)
        return Error {tr("The package %1 to be taken in is not the file it was verified as "
                         "(its SHA-256 or size differs).")
                          .arg(package.packageId)};
    return m_workspace.act(QStringLiteral("package.import"), [&](AuditRecord &record) {
        auto insert = m_workspace.database().prepare(
            QStringLiteral("INSERT INTO lead_package(%1, bytes) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(QLatin1String(packageColumns)));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, package.packageId)
            .bind(2, QString::fromLatin1(package.sha256))
            .bind(3, package.size)
            .bind(4, package.fileName)
            .bind(5, package.signerName)
            .bind(6, package.signerSubject)
            .bind(7, QString::fromLatin1(package.signerFingerprint))
            .bind(8, package.reviewId)
            .bind(9, package.reviewName)
            .bind(10, package.previousPackageId)
            .bind(11, timeToText(package.signedAt))
            .bind(12, timeToText(package.verified))
            .bind(13, timeToText(package.imported))
            .bind(14, qint64(package.findings))
            .bind(15, package.supersededBy)
            .bind(16, package.notes)
            .bind(17, bytes);
        record.set(QStringLiteral("entity"), QStringLiteral("package"));
        record.set(QStringLiteral("id"), package.packageId);
        // The fields of a consolidated package's "package.import", and what the
        // workspace keeps besides (the bytes as their digest).
        record.set(QStringLiteral("new"),
                   QJsonObject {
                       {QStringLiteral("sha256"), QString::fromLatin1(package.sha256)},
                       {QStringLiteral("size"), double(package.size)},
                       {QStringLiteral("signer"), package.signerName},
                       {QStringLiteral("signer_fingerprint"),
                        QString::fromLatin1(package.signerFingerprint)},
                       {QStringLiteral("signed_at"), timeToText(package.signedAt)},
                       {QStringLiteral("review_id"), package.reviewId},
                       {QStringLiteral("review_name"), record.withhold(package.reviewName)},
                       {QStringLiteral("previous_package_id"), package.previousPackageId},
                       {QStringLiteral("findings"), package.findings},
                       {QStringLiteral("file"), record.withhold(package.fileName)},
                       {QStringLiteral("signer_subject"), package.signerSubject},
                       {QStringLiteral("verified"), timeToText(package.verified)},
                       {QStringLiteral("imported"), timeToText(package.imported)},
                       {QStringLiteral("superseded_by"), package.supersededBy},
                       {QStringLiteral("notes"), record.withhold(package.notes)},
                       {QStringLiteral("bytes_sha256"), QString::fromLatin1(digest)},
                   });
        return insert->run();
    });
}

Result<void> LeadStore::supersede(const QString &olderId, const QString &newerId)
{
    auto older = package(olderId);
    if (!older)
        return older.error();
    if (!*older)
        return Error {tr("The workspace holds no package %1 to be superseded.").arg(olderId)};
    if ((*older)->supersededBy == newerId)
        return {};
    return m_workspace.act(QStringLiteral("package.supersede"), [&](AuditRecord &record) {
        auto update = m_workspace.database().prepare(
            QStringLiteral("UPDATE lead_package SET superseded_by = ? WHERE package_id = ?"));
        if (!update)
            return Result<void>(update.error());
        update->bind(1, newerId).bind(2, olderId);
        record.set(QStringLiteral("entity"), QStringLiteral("package"));
        record.set(QStringLiteral("id"), olderId);
        record.set(QStringLiteral("old"),
                   QJsonObject {{QStringLiteral("superseded_by"), (*older)->supersededBy}});
        record.set(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("superseded_by"), newerId},
                                {QStringLiteral("sha256"), QString::fromLatin1((*older)->sha256)}});
        return update->run();
    });
}

Result<LeadRefusal> LeadStore::refuse(LeadRefusal refusal)
{
    auto refused = m_workspace.act(QStringLiteral("package.reject"), [&](AuditRecord &record) {
        auto next = m_workspace.database().prepare(
            QStringLiteral("SELECT ifnull(max(id), 0) + 1 FROM lead_refusal"));
        if (!next)
            return Result<void>(next.error());
        if (auto row = next->step(); !row)
            return Result<void>(row.error());
        refusal.id = next->integer(0);
        auto insert = m_workspace.database().prepare(
            QStringLiteral("INSERT INTO lead_refusal(id, file_name, sha256, reason, refused) "
                           "VALUES(?, ?, ?, ?, ?)"));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, refusal.id)
            .bind(2, refusal.fileName)
            .bind(3, QString::fromLatin1(refusal.sha256))
            .bind(4, refusal.reason)
            .bind(5, timeToText(refusal.refused));
        record.set(QStringLiteral("entity"), QStringLiteral("package"));
        record.set(QStringLiteral("id"), QString::number(refusal.id));
        record.set(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("file"), record.withhold(refusal.fileName)},
                                {QStringLiteral("sha256"), QString::fromLatin1(refusal.sha256)},
                                {QStringLiteral("reason"), record.withhold(refusal.reason)},
                                {QStringLiteral("refused"), timeToText(refusal.refused)}});
        return insert->run();
    });
    if (!refused)
        return refused.error();
    return refusal;
}

Result<void> LeadStore::decide(const LeadDecision &decision, const QStringList &replaced)
{
    if (decision.resultId.isEmpty())
        return Error {tr("A decision without the id of its result cannot be stored.")};
    return m_workspace.batch([&]() -> Result<void> {
        for (const QString &resultId : replaced) {
            if (auto withdrawn = withdrawInAction(resultId); !withdrawn)
                return withdrawn;
        }
        return m_workspace.act(QStringLiteral("consolidation.decide"), [&](AuditRecord &record) {
            auto insert = m_workspace.database().prepare(QStringLiteral(
                "INSERT INTO lead_decision(result_id, decision, automatic, title, severity, "
                "status, cwe, sources, rationale, json, decided) "
                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            if (!insert)
                return Result<void>(insert.error());
            const QByteArray sources = sourcesJson(decision.sources);
            insert->bind(1, decision.resultId)
                .bind(2, decision.decision)
                .bind(3, qint64(decision.automatic ? 1 : 0))
                .bind(4, decision.title)
                .bind(5, decision.severity)
                .bind(6, decision.status)
                .bind(7, qint64(decision.cwe))
                .bind(8, QString::fromUtf8(sources))
                .bind(9, decision.rationale)
                .bind(10, QString::fromUtf8(decision.json))
                .bind(11, timeToText(decision.decided));
            record.set(QStringLiteral("entity"), QStringLiteral("decision"));
            record.set(QStringLiteral("id"), decision.resultId);
            record.set(QStringLiteral("new"),
                       QJsonObject {
                           {QStringLiteral("decision"), decision.decision},
                           {QStringLiteral("automatic"), decision.automatic},
                           {QStringLiteral("title"), record.withhold(decision.title)},
                           {QStringLiteral("severity"), decision.severity},
                           {QStringLiteral("status"), decision.status},
                           {QStringLiteral("cwe"), decision.cwe},
                           {QStringLiteral("sources"), QJsonDocument::fromJson(sources).array()},
                           {QStringLiteral("rationale"), record.withhold(decision.rationale)},
                           {QStringLiteral("finding"), record.withhold(decision.json)},
                           {QStringLiteral("decided"), timeToText(decision.decided)},
                       });
            return insert->run();
        });
    });
}

Result<void> LeadStore::withdraw(const QString &resultId)
{
    return withdrawInAction(resultId);
}

Result<void> LeadStore::withdrawInAction(const QString &resultId)
{
    return m_workspace.act(QStringLiteral("consolidation.withdraw"), [&](AuditRecord &record) {
        auto remove = m_workspace.database().prepare(
            QStringLiteral("DELETE FROM lead_decision WHERE result_id = ? RETURNING result_id"));
        if (!remove)
            return Result<void>(remove.error());
        remove->bind(1, resultId);
        auto removed = remove->step();
        if (!removed)
            return Result<void>(removed.error());
        if (!*removed)
            return Result<void>(Error {tr("There is no decision %1 to take back.").arg(resultId)});
        remove->reset();
        record.set(QStringLiteral("entity"), QStringLiteral("decision"));
        record.set(QStringLiteral("id"), resultId);
        return Result<void>();
    });
}

Result<void> LeadStore::setTargetCommit(const QString &repository, const QByteArray &commit)
{
    if (repository.isEmpty())
        return Error {tr("A chosen commit needs the name of its repository.")};
    const bool hex = std::all_of(commit.cbegin(), commit.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    });
    if (!commit.isEmpty() && (commit.size() != 40 || !hex))
        return Error {tr("'%1' is not a commit id of 40 hexadecimal digits.")
                          .arg(QString::fromLatin1(commit))};
    return m_workspace.act(QStringLiteral("consolidation.target"), [&](AuditRecord &record) {
        const QString now = timeToText(m_workspace.now());
        auto change = m_workspace.database().prepare(
            commit.isEmpty()
                ? QStringLiteral("DELETE FROM lead_target WHERE repository = ?")
                : QStringLiteral("INSERT OR REPLACE INTO lead_target(repository, commit_id, "
                                 "chosen) VALUES(?, ?, ?)"));
        if (!change)
            return Result<void>(change.error());
        change->bind(1, repository);
        if (!commit.isEmpty())
            change->bind(2, QString::fromLatin1(commit)).bind(3, now);
        if (auto changed = change->run(); !changed)
            return changed;
        record.set(QStringLiteral("entity"), QStringLiteral("repository"));
        record.set(QStringLiteral("id"), repository);
        if (!commit.isEmpty())
            record.set(QStringLiteral("new"),
                       QJsonObject {{QStringLiteral("commit"), QString::fromLatin1(commit)},
                                    {QStringLiteral("chosen"), now}});
        return Result<void>();
    });
}

} // namespace clearroom::review
