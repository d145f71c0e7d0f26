// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QVector>

#include <atomic>
#include <functional>

namespace clearroom::review {

class Database;
class JsonLine;

/// What one user action changed, as it goes into the audit log. Values that may carry
/// the vendor's code (excerpts, context, free text) go in as their SHA-256 digests,
/// `{"sha256": "<64 hex>"}`; the plain values are kept beside the log, so that an
/// export may leave them out and the chain still verifies.
class AuditRecord
{
public:
    explicit AuditRecord(const QString &action);

    /// A field of the entry ("entity", "id", "old", "new", ...).
    void set(const QString &key, const QJsonValue &value) { m_fields.insert(key, value); }
    /// The digest object standing for `text` (UTF-8) in the log; remembers the text.
    QJsonValue withhold(const QString &text);
    QJsonValue withhold(const QByteArray &bytes);

    const QJsonObject &fields() const { return m_fields; }
    /// True until the change described something (only the action is set).
    bool isEmpty() const { return m_fields.size() == 1; }
    const QHash<QByteArray, QByteArray> &plainValues() const { return m_plain; }

private:
    QJsonObject m_fields;
    QHash<QByteArray, QByteArray> m_plain;
};

/// One line of the log as stored.
struct AuditEntry
{
    qint64 seq = 0;
    QByteArray line; ///< one line of JSON, UTF-8, without its newline
    QByteArray hash; ///< 64 lowercase hex digits
    /// What the entry is about (for a comment, its finding), by which a history is found.
    QString subject;
};

/// The workspace's append-only, hash-chained audit log. Entry n's hash is SHA-256 over
/// entry n-1's hash as 64 lowercase hex digits, a newline, and the bytes of line n (the
/// first entry's previous hash is 64 zeros). Whoever can write the workspace file can
/// rewrite the whole chain; what anchors it is the head hash each signed package records.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditLog)

public:
    static QByteArray genesisHash();
    static QByteArray chainHash(const QByteArray &previousHash, const QByteArray &line);
    static QByteArray sha256Hex(const QByteArray &bytes);
    /// Whether a JSON value is a withheld value's digest object, and its digest.
    static bool isWithheld(const QJsonValue &value, QByteArray *digest = nullptr);

    /// Line `seq` of a log for that record, actor and time, as append() writes it.
    static QByteArray lineOf(const AuditRecord &record, qint64 seq, const QString &actor,
                             const QDateTime &at);
    /// Appends an entry inside the caller's transaction; returns the new head hash.
    static Result<QByteArray> append(Database &database, const AuditRecord &record,
                                     const QString &actor, const QDateTime &at);
    /// The hash of the last entry (64 zeros for an empty log).
    static Result<QByteArray> headHash(Database &database);
    static Result<qint64> size(Database &database);
    /// Every entry in order, one at a time; the visitor returns false to stop.
    static Result<void> forEach(Database &database,
                                const std::function<bool(const AuditEntry &)> &visit);
    /// The entries about one finding, comment or other subject, oldest first.
    static Result<QVector<AuditEntry>> entriesAbout(Database &database, const QString &subject);
    /// The plain value kept beside the log for a digest, or an empty result when withheld.
    static Result<std::optional<QByteArray>> plainValue(Database &database,
                                                        const QByteArray &digest);
    /// The plain values of many digests, through one statement: `visit` sees each digest
    /// in the order given, with its value or an empty optional when it is withheld.
    static Result<void> plainValues(
        Database &database, const QList<QByteArray> &digests,
        const std::function<void(const QByteArray &, const std::optional<QByteArray> &)> &visit);

    /// Checks the chain: entries numbered 1, 2, ... without gaps, each line valid JSON
    /// whose "seq" is its number and whose subject is the one it is filed under, each hash
    /// as the rule says, and each plain value matching its digest. The error names the
    /// first entry that disagrees. `visit`, when given, sees each entry that passed, parsed,
    /// in order (so that the log is read once), on a thread of its own: the log is read
    /// and hashed on the calling thread while the entries before are parsed and visited.
    static Result<void> verifyChain(
        Database &database,
        const std::function<void(qint64 seq, const QByteArray &hash, const JsonLine &line)> &visit
        = {});
    /// The entries' half of verifyChain(): everything but the plain values. Once every
    /// entry is read and hashed, and while the last ones are still parsed and visited,
    /// the calling thread runs `afterReading` (when given; not after a failed read).
    static Result<void> verifyEntries(
        Database &database,
        const std::function<void(qint64 seq, const QByteArray &hash, const JsonLine &line)> &visit,
        const std::function<void()> &afterReading = {});
    /// The plain values' half of verifyChain(), which needs no entry and so may run beside
    /// the other. Stops, with nothing to say, once `cancelled` is set.
    static Result<void> verifyValues(Database &database,
                                     const std::atomic_bool *cancelled = nullptr);
};

} // namespace clearroom::review
