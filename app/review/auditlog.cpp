// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditlog.h"

#include "auditbatchqueue.h"
#include "byteview.h"
#include "database.h"
#include "finding.h"
#include "jsonline.h"
#include "sha256.h"
#include "statement.h"

#include <QJsonDocument>

#include <system_error>
#include <thread>

namespace clearroom::review {

namespace {
const QString digestKey = QStringLiteral("sha256");

// What an entry is about, for finding it again quickly: a comment belongs to its
// finding's history.
QString subjectOf(const QJsonObject &fields)
{
    const QJsonValue finding = fields.value(QStringLiteral("finding"));
    return finding.isString() ? finding.toString() : fields.value(QStringLiteral("id")).toString();
}
} // namespace

AuditRecord::AuditRecord(const QString &action)
{
    m_fields.insert(QStringLiteral("action"), action);
}

QJsonValue AuditRecord::withhold(const QString &text)
{
    return withhold(text.toUtf8());
}

QJsonValue AuditRecord::withhold(const QByteArray &bytes)
{
    const QByteArray digest = AuditLog::sha256Hex(bytes);
    m_plain.insert(digest, bytes);
    return QJsonObject {{digestKey, QString::fromLatin1(digest)}};
}

QByteArray AuditLog::genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray AuditLog::sha256Hex(const QByteArray &bytes)
{
    return crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
}

QByteArray AuditLog::chainHash(const QByteArray &previousHash, const QByteArray &line)
{
    crypto::Sha256 hash;
    return hash.add(previousHash).add(std::string_view("\n", 1)).add(line).hex();
}

bool AuditLog::isWithheld(const QJsonValue &value, QByteArray *digest)
{
    if (!value.isObject())
        return false;
    const QJsonObject object = value.toObject();
    if (object.size() != 1 || !object.value(digestKey).isString())
        return false;
    if (digest)
        *digest = object.value(digestKey).toString().toLatin1();
    return true;
}

Result<QByteArray> AuditLog::headHash(Database &database)
{
    auto statement
        = database.prepare(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->blob(0) : genesisHash();
}

Result<qint64> AuditLog::size(Database &database)
{
    auto statement = database.prepare(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

QByteArray AuditLog::lineOf(const AuditRecord &record, qint64 seq, const QString &actor,
                            const QDateTime &at)
{
    QJsonObject fields = record.fields();
    fields.insert(QStringLiteral("seq"), double(seq));
    fields.insert(QStringLiteral("actor"), actor);
    fields.insert(QStringLiteral("at"), timeToText(at));
    // QJsonObject keeps its keys sorted, so the line is the same for the same change.
    return QJsonDocument(fields).toJson(QJsonDocument::Compact);
}

Result<QByteArray> AuditLog::append(Database &database, const AuditRecord &record,
                                    const QString &actor, const QDateTime &at)
{
    auto last = database.prepare(
        QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    auto row = last->step();
    if (!row)
        return row.error();
    const qint64 seq = *row ? last->integer(0) + 1 : 1;
    const QByteArray previous = *row ? last->blob(1) : genesisHash();

    const QByteArray line = lineOf(record, seq, actor, at);
    const QJsonObject &fields = record.fields();
    const QByteArray hash = chainHash(previous, line);

    auto insert = database.prepare(
        QStringLiteral("INSERT INTO audit_log(seq, line, hash, subject) VALUES(?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, seq)
        .bind(2, QString::fromUtf8(line))
        .bind(3, QString::fromLatin1(hash))
        .bind(4, subjectOf(fields));
    if (auto inserted = insert->run(); !inserted)
        return inserted.error();

    auto keep = database.prepare(
        QStringLiteral("INSERT OR IGNORE INTO audit_value(digest, value) VALUES(?, ?)"));
    if (!keep)
        return keep.error();
    for (auto it = record.plainValues().cbegin(); it != record.plainValues().cend(); ++it) {
        keep->reset();
        keep->bind(1, QString::fromLatin1(it.key())).bind(2, it.value());
        if (auto kept = keep->run(); !kept)
            return kept.error();
    }
    return hash;
}

Result<void> AuditLog::forEach(Database &database,
                               const std::function<bool(const AuditEntry &)> &visit)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT seq, line, hash, subject FROM audit_log ORDER BY seq"));
    if (!statement)
        return statement.error();
    AuditEntry entry;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        entry.seq = statement->integer(0);
        entry.line = statement->blob(1);
        entry.hash = statement->blob(2);
        entry.subject = statement->text(3);
        if (!visit(entry))
            return {};
    }
}

Result<QVector<AuditEntry>> AuditLog::entriesAbout(Database &database, const QString &subject)
{
    auto statement = database.prepare(QStringLiteral(
        "SELECT seq, line, hash, subject FROM audit_log WHERE subject = ? ORDER BY seq"));
    if (!statement)
        return statement.error();
    statement->bind(1, subject);
    QVector<AuditEntry> entries;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return entries;
        entries.append(
            {statement->integer(0), statement->blob(1), statement->blob(2), statement->text(3)});
    }
}

Result<std::optional<QByteArray>> AuditLog::plainValue(Database &database, const QByteArray &digest)
{
    auto statement
        = database.prepare(QStringLiteral("SELECT value FROM audit_value WHERE digest = ?"));
    if (!statement)
        return statement.error();
    statement->bind(1, QString::fromLatin1(digest));
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(statement->blob(0));
}

Result<void> AuditLog::plainValues(
    Database &database, const QList<QByteArray> &digests,
    const std::function<void(const QByteArray &, const std::optional<QByteArray> &)> &visit)
{
    auto statement
        = database.prepare(QStringLiteral("SELECT value FROM audit_value WHERE digest = ?"));
    if (!statement)
        return statement.error();
    for (const QByteArray &digest : digests) {
        statement->reset();
        statement->bind(1, QString::fromLatin1(digest));
        auto row = statement->step();
        if (!row)
            return row.error();
        visit(digest, *row ? std::optional<QByteArray>(statement->blob(0)) : std::nullopt);
    }
    return {};
}

Result<void> AuditLog::verifyChain(
    Database &database,
    const std::function<void(qint64 seq, const QByteArray &hash, const JsonLine &line)> &visit)
{
    if (auto entries = verifyEntries(database, visit); !entries)
        return entries;
    return verifyValues(database);
}

Result<void> AuditLog::verifyEntries(
    Database &database,
    const std::function<void(qint64 seq, const QByteArray &hash, const JsonLine &line)> &visit,
    const std::function<void()> &afterReading)
{
    // Read here rather than through forEach(): the lines are hashed where SQLite holds
    // them, which a log of hundreds of megabytes notices. This thread reads and hashes;
    // another parses (and its caller replays) what passed, while this one reads on.
    auto entries = database.prepare(
        QStringLiteral("SELECT seq, line, hash, subject FROM audit_log ORDER BY seq"));
    if (!entries)
        return entries.error();
    AuditBatchQueue queue;
    // The parser's complaint, about an entry before any the reader complains about.
    std::optional<Error> parseError;
    JsonLine json;
    QByteArray parsedHash;
    // The next batch parsed; false once there is none or an entry is wrong.
    const auto parseBatch = [&]() -> bool {
        std::unique_ptr<AuditBatchQueue::Batch> batch = queue.pop();
        if (!batch)
            return false;
        for (const AuditBatchQueue::Batch::Entry &entry : batch->entries) {
            const qint64 seq = entry.seq;
            if (!json.parse(batch->view(entry.line, entry.lineSize))
                || json.root().member("seq").integer() != seq) {
                parseError = Error {tr("Audit log entry %1 is not a valid entry.").arg(seq)};
                queue.stop();
                return false;
            }
            // The history of a finding is found by the subject: an entry filed under
            // another one would vanish from it.
            const JsonLine::Value finding = json.root().member("finding");
            const JsonLine::Value id = json.root().member("id");
            const QByteArray subject = finding.isString()
                ? finding.string()
                : (id.isString() ? id.string() : QByteArray());
            const std::string_view filedUnder = batch->view(entry.subject, entry.subjectSize);
            if (byteView(subject) != filedUnder) {
                parseError = Error {
                    tr("Audit log entry %1 is filed under '%2', but it is about '%3'.")
                        .arg(seq)
                        .arg(QString::fromUtf8(byteArray(filedUnder)), QString::fromUtf8(subject))};
                queue.stop();
                return false;
            }
            if (visit) {
                parsedHash = byteArray(batch->view(entry.hash, 64));
                visit(seq, parsedHash, json);
            }
        }
        queue.recycle(std::move(batch));
        return true;
    };
    // Parsed on a thread of its own while this one reads on; where the process cannot
    // start one, each batch is parsed here as soon as it is full.
    std::jthread parser;
    bool parseHere = false;
    try {
        parser = std::jthread([&] {
            while (parseBatch()) { }
        });
    } catch (const std::system_error &) {
        parseHere = true;
    }

    // The entries before one the reader complains about are still parsed: a complaint
    // about an earlier entry comes first.
    std::unique_ptr<AuditBatchQueue::Batch> batch = queue.emptyBatch();
    const auto read = [&]() -> Result<void> {
        QByteArray previous = genesisHash();
        QByteArray hash;
        crypto::Sha256 sha256;
        for (qint64 expected = 1; batch; ++expected) {
            auto row = entries->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const qint64 seq = entries->integer(0);
            if (seq != expected) {
                return Error {tr("Audit log entry %1 is missing (the next entry is %2).")
                                  .arg(expected)
                                  .arg(seq)};
            }
            const std::string_view line = entries->bytes(1);
            hash.resize(0);
            sha256.add(previous).add(std::string_view("\n", 1)).add(line).appendHex(hash);
            if (byteView(hash) != entries->bytes(2)) {
                return Error {tr("Audit log entry %1 does not match its hash: the entry or an "
                                 "earlier one was changed.")
                                  .arg(seq)};
            }
            batch->add(seq, line, byteView(hash), entries->bytes(3));
            if (batch->isFull()) {
                queue.push(std::move(batch));
                if (parseHere)
                    parseBatch();
                batch = queue.emptyBatch();
            }
            std::swap(previous, hash);
        }
        return {};
    };
    const Result<void> readResult = read();
    if (batch && !batch->entries.empty())
        queue.push(std::move(batch));
    queue.finish();
    if (parseHere) {
        while (parseBatch()) { }
    }
    if (readResult && afterReading)
        afterReading();
    if (parser.joinable())
        parser.join();
    if (parseError)
        return *parseError;
    return readResult;
}

Result<void> AuditLog::verifyValues(Database &database, const std::atomic_bool *cancelled)
{
    auto values = database.prepare(QStringLiteral("SELECT digest, value FROM audit_value"));
    if (!values)
        return values.error();
    QByteArray hash;
    crypto::Sha256 sha256;
    for (int count = 1;; ++count) {
        if (cancelled && count % 4096 == 0 && *cancelled)
            return {};
        auto row = values->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        hash.resize(0);
        sha256.add(values->bytes(1)).appendHex(hash);
        if (std::string_view(hash.constData(), size_t(hash.size())) != values->bytes(0)) {
            return Error {tr("The value kept for digest %1 beside the audit log was changed.")
                              .arg(values->text(0))};
        }
    }
}

} // namespace clearroom::review
