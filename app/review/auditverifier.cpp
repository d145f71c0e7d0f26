// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditverifier.h"

#include "auditlog.h"
#include "auditstate.h"
#include "database.h"
#include "finding.h"
#include "findingstore.h"
#include "statement.h"
#include "workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace clearroom::review {

namespace {

// What the log says a kind of row holds, by its key, and which entry last touched it.
struct Replayed
{
    QJsonValue value;
    qint64 seq = 0;
};
using ReplayedRows = QHash<QString, Replayed>;

struct ReplayState
{
    ReplayedRows review;
    ReplayedRows repositories;
    ReplayedRows findings;
    ReplayedRows comments;
    ReplayedRows coverage;
};

QString shortJson(const QJsonValue &value)
{
    QJsonArray wrapper {value};
    QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    text = text.mid(1, text.size() - 2);
    if (text.size() > 120)
        text = text.left(117) + "...";
    return QString::fromUtf8(text);
}

QString coverageKey(const QString &repository, const QString &commit, double id)
{
    Q_UNUSED(repository)
    Q_UNUSED(commit)
    return QString::number(qint64(id));
}

class Replay
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditVerifier)

public:
    ReplayState state;
    std::optional<Error> failure;

    bool apply(qint64 seq, const QJsonObject &entry)
    {
        const QString action = entry.value(QStringLiteral("action")).toString();
        const QString id = entry.value(QStringLiteral("id")).toString();
        const QJsonObject newValues = entry.value(QStringLiteral("new")).toObject();
        if (action == QLatin1String("review.create"))
            return create(state.review, seq, id, newValues);
        if (action == QLatin1String("repository.add"))
            return create(state.repositories, seq, id, newValues);
        if (action == QLatin1String("repository.move"))
            return change(state.repositories, seq, id, entry);
        if (action == QLatin1String("finding.create"))
            return create(state.findings, seq, id, newValues);
        if (action == QLatin1String("finding.update") || action == QLatin1String("finding.move"))
            return change(state.findings, seq, id, entry);
        if (action == QLatin1String("finding.delete")) {
            if (!state.findings.remove(id))
                return fail(tr("Audit log entry %1 deletes finding %2, which does not exist "
                               "at that point.")
                                .arg(seq)
                                .arg(id));
            for (auto it = state.comments.begin(); it != state.comments.end();) {
                if (it->value.toObject().value(QStringLiteral("finding")).toString() == id)
                    it = state.comments.erase(it);
                else
                    ++it;
            }
            return true;
        }
        if (action == QLatin1String("comment.create"))
            return create(state.comments, seq, id, newValues);
        if (action.startsWith(QLatin1String("coverage."))) {
            const QString repository = entry.value(QStringLiteral("repository")).toString();
            const QString commit = entry.value(QStringLiteral("commit")).toString();
            const QJsonArray removed = entry.value(QStringLiteral("removed")).toArray();
            for (const QJsonValue &rowId : removed) {
                if (!state.coverage.remove(coverageKey(repository, commit, rowId.toDouble())))
                    return fail(tr("Audit log entry %1 removes coverage row %2, which does not "
                                   "exist at that point.")
                                    .arg(seq)
                                    .arg(qint64(rowId.toDouble())));
            }
            const QJsonArray added = entry.value(QStringLiteral("added")).toArray();
            for (const QJsonValue &row : added) {
                QJsonArray full = row.toArray();
                full.append(repository);
                full.append(commit);
                state.coverage.insert(coverageKey(repository, commit, full.at(0).toDouble()),
                                      {full, seq});
            }
            return true;
        }
        return fail(tr("Audit log entry %1 has an action Clearroom does not know: '%2'.")
                        .arg(seq)
                        .arg(action));
    }

private:
    bool fail(const QString &message)
    {
        failure = Error {message};
        return false;
    }

    bool create(ReplayedRows &rows, qint64 seq, const QString &id, const QJsonObject &values)
    {
        if (rows.contains(id))
            return fail(tr("Audit log entry %1 creates '%2', which already exists at that "
                           "point.")
                            .arg(seq)
                            .arg(id));
        rows.insert(id, {values, seq});
        return true;
    }

    bool change(ReplayedRows &rows, qint64 seq, const QString &id, const QJsonObject &entry)
    {
        auto it = rows.find(id);
        if (it == rows.end())
            return fail(tr("Audit log entry %1 changes '%2', which does not exist at that "
                           "point.")
                            .arg(seq)
                            .arg(id));
        QJsonObject current = it->value.toObject();
        const QJsonObject oldValues = entry.value(QStringLiteral("old")).toObject();
        for (auto old = oldValues.begin(); old != oldValues.end(); ++old) {
            if (current.value(old.key()) != old.value())
                return fail(tr("Audit log entry %1 says '%2' of '%3' was %4, but the entries "
                               "before it say %5.")
                                .arg(seq)
                                .arg(old.key(), id, shortJson(old.value()),
                                     shortJson(current.value(old.key()))));
        }
        const QJsonObject newValues = entry.value(QStringLiteral("new")).toObject();
        for (auto value = newValues.begin(); value != newValues.end(); ++value) {
            if (value.key() == QLatin1String("anchor")) {
                QJsonArray anchors = current.value(QStringLiteral("anchors")).toArray();
                anchors.append(value.value());
                current.insert(QStringLiteral("anchors"), anchors);
            } else {
                current.insert(value.key(), value.value());
            }
        }
        it->value = current;
        it->seq = seq;
        return true;
    }
};

// The tables as the audit log describes them, for comparison with the replay.
class TableCheck
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditVerifier)

public:
    TableCheck(Workspace &workspace, const ReplayState &state)
        : m_workspace(workspace)
        , m_state(state)
    {
    }

    Result<void> run()
    {
        Database &database = m_workspace.database();
        ReplayedRows review;
        {
            auto statement = database.prepare(QStringLiteral(
                "SELECT id, name, reviewer_name, reviewer_fingerprint, created FROM review"));
            if (!statement)
                return statement.error();
            while (true) {
                auto row = statement->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                review.insert(
                    statement->text(0),
                    {QJsonObject {{QStringLiteral("name"), statement->text(1)},
                                  {QStringLiteral("reviewer_name"), statement->text(2)},
                                  {QStringLiteral("reviewer_fingerprint"), statement->text(3)},
                                  {QStringLiteral("created"), statement->text(4)}},
                     0});
            }
        }
        if (auto same = compare(tr("review"), review, m_state.review); !same)
            return same;

        ReplayedRows repositories;
        auto all = m_workspace.repositories();
        if (!all)
            return all.error();
        for (const ReviewRepository &repository : *all) {
            repositories.insert(
                repository.name,
                {QJsonObject {{QStringLiteral("path"), repository.path},
                              {QStringLiteral("identity_sha256"),
                               QString::fromLatin1(AuditLog::sha256Hex(repository.identityJson))},
                              {QStringLiteral("commit"), QString::fromLatin1(repository.commit)},
                              {QStringLiteral("added"), timeToText(repository.added)}},
                 0});
        }
        if (auto same = compare(tr("repository"), repositories, m_state.repositories); !same)
            return same;

        ReplayedRows findings;
        auto anchors = m_workspace.findings().allAnchors();
        if (!anchors)
            return anchors.error();
        auto stored = m_workspace.findings().all();
        if (!stored)
            return stored.error();
        AuditRecord scratch {QString()};
        for (const Finding &finding : *stored) {
            QJsonObject state = auditstate::findingFields(finding, scratch);
            QJsonArray generations;
            for (const QVector<FindingLocation> &locations : anchors->value(finding.id))
                generations.append(auditstate::locationsValue(locations, scratch));
            state.insert(QStringLiteral("anchors"), generations);
            findings.insert(finding.id, {state, 0});
        }
        if (auto same = compare(tr("finding"), findings, m_state.findings); !same)
            return same;

        ReplayedRows comments;
        auto thread = m_workspace.findings().allComments();
        if (!thread)
            return thread.error();
        for (const Comment &comment : *thread)
            comments.insert(comment.id, {auditstate::commentFields(comment, scratch), 0});
        if (auto same = compare(tr("comment"), comments, m_state.comments); !same)
            return same;

        ReplayedRows coverage;
        {
            auto statement = database.prepare(
                QStringLiteral("SELECT id, path, start_line, end_line, reviewer, marked, "
                               "repository, commit_id FROM coverage"));
            if (!statement)
                return statement.error();
            while (true) {
                auto row = statement->step();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                const qint64 id = statement->integer(0);
                coverage.insert(QString::number(id),
                                {QJsonArray {double(id), auditstate::pathValue(statement->blob(1)),
                                             int(statement->integer(2)), int(statement->integer(3)),
                                             statement->text(4), statement->text(5),
                                             statement->text(6), statement->text(7)},
                                 0});
            }
        }
        return compare(tr("coverage row"), coverage, m_state.coverage);
    }

private:
    Result<void> compare(const QString &kind, const ReplayedRows &table,
                         const ReplayedRows &replayed)
    {
        QStringList keys = table.keys();
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys)) {
            const auto expected = replayed.constFind(key);
            if (expected == replayed.cend()) {
                return Error {tr("The %1 '%2' is in the workspace, but no audit log entry "
                                 "records it.")
                                  .arg(kind, key)};
            }
            const QJsonValue actual = table.value(key).value;
            if (actual == expected->value)
                continue;
            QString field;
            QJsonValue actualField = actual;
            QJsonValue expectedField = expected->value;
            if (actual.isObject()) {
                const QJsonObject a = actual.toObject();
                const QJsonObject e = expected->value.toObject();
                QStringList names = a.keys() + e.keys();
                std::sort(names.begin(), names.end());
                for (const QString &name : std::as_const(names)) {
                    if (a.value(name) != e.value(name)) {
                        field = name;
                        actualField = a.value(name);
                        expectedField = e.value(name);
                        break;
                    }
                }
            }
            if (field.isEmpty()) {
                return Error {tr("The %1 '%2' in the workspace is %3, but the audit log "
                                 "(entry %4) says %5.")
                                  .arg(kind, key, shortJson(actualField))
                                  .arg(expected->seq)
                                  .arg(shortJson(expectedField))};
            }
            return Error {tr("The %1 '%2' in the workspace has %3 = %4, but the audit log "
                             "(entry %5) says %6.")
                              .arg(kind, key, field, shortJson(actualField))
                              .arg(expected->seq)
                              .arg(shortJson(expectedField))};
        }
        if (replayed.size() != table.size()) {
            QStringList missing;
            for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
                if (!table.contains(it.key()))
                    missing.append(it.key());
            }
            std::sort(missing.begin(), missing.end());
            const QString key = missing.value(0);
            return Error {tr("The %1 '%2' recorded by audit log entry %3 is missing from the "
                             "workspace.")
                              .arg(kind, key)
                              .arg(replayed.value(key).seq)};
        }
        return {};
    }

    Workspace &m_workspace;
    const ReplayState &m_state;
};

} // namespace

Result<AuditVerification> AuditVerifier::verify(Workspace &workspace)
{
    Database &database = workspace.database();
    // One read transaction: the tables and the log are compared as of one moment.
    if (auto begun = database.execute(QStringLiteral("BEGIN")); !begun)
        return begun.error();
    struct EndRead
    {
        Database &database;
        ~EndRead() { (void)database.execute(QStringLiteral("COMMIT")); }
    } endRead {database};

    if (auto chain = AuditLog::verifyChain(database); !chain)
        return chain.error();

    Replay replay;
    AuditVerification verification;
    auto walked = AuditLog::forEach(database, [&](const AuditEntry &entry) {
        verification.entries = entry.seq;
        verification.headHash = entry.hash;
        return replay.apply(entry.seq, QJsonDocument::fromJson(entry.line).object());
    });
    if (!walked)
        return walked.error();
    if (replay.failure)
        return *replay.failure;
    if (verification.headHash.isEmpty())
        verification.headHash = AuditLog::genesisHash();

    auto compared = TableCheck(workspace, replay.state).run();
    if (!compared)
        return compared.error();
    return verification;
}

} // namespace clearroom::review
