// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "audittables.h"

#include "auditstate.h"
#include "byteview.h"
#include "database.h"
#include "jsonline.h"
#include "statement.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace clearroom::review {

namespace {

// How often a long read looks whether it is still wanted.
constexpr int rowsBetweenChecks = 4096;

// Writes the canonical JSON object of a row straight from the table's bytes: members
// must come in the byte order of their keys.
class CanonicalObject
{
public:
    CanonicalObject(QByteArray &out, crypto::Sha256 &hash)
        : m_out(out)
        , m_hash(hash)
    {
        m_out += '{';
    }
    CanonicalObject &string(const char *key, std::string_view value)
    {
        name(key);
        JsonLine::appendString(m_out, value);
        return *this;
    }
    CanonicalObject &number(const char *key, qint64 value)
    {
        name(key);
        JsonLine::appendNumber(m_out, value);
        return *this;
    }
    CanonicalObject &path(const char *key, std::string_view bytes)
    {
        name(key);
        AuditTables::appendPath(m_out, bytes);
        return *this;
    }
    /// The digest of `bytes`, as a string.
    CanonicalObject &digest(const char *key, std::string_view bytes)
    {
        name(key);
        m_out += '"';
        m_hash.add(bytes).appendHex(m_out);
        m_out += '"';
        return *this;
    }
    /// A value that may carry the vendor's code, which the log holds as its digest
    /// (AuditRecord::withhold()).
    CanonicalObject &withheld(const char *key, std::string_view bytes)
    {
        name(key);
        m_out += "{\"sha256\":\"";
        m_hash.add(bytes).appendHex(m_out);
        m_out += "\"}";
        return *this;
    }
    CanonicalObject &canonical(const char *key, std::string_view value)
    {
        name(key);
        m_out.append(value.data(), qsizetype(value.size()));
        return *this;
    }
    void close() { m_out += '}'; }

private:
    // The keys are plain letters, digits and underscores: written as they stand, with their
    // quotes, colon and the comma before them in one piece.
    void name(const char *key)
    {
        Q_ASSERT(!m_last || qstrcmp(m_last, key) < 0);
        const size_t size = std::strlen(key);
        Q_ASSERT(std::all_of(key, key + size, [](char c) {
            return c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }));
        const qsizetype at = m_out.size();
        m_out.resize(at + qsizetype(size) + (m_last ? 4 : 3));
        char *to = m_out.data() + at;
        if (m_last)
            *to++ = ',';
        *to++ = '"';
        std::memcpy(to, key, size);
        to += size;
        *to++ = '"';
        *to = ':';
        m_last = key;
    }
    QByteArray &m_out;
    crypto::Sha256 &m_hash;
    const char *m_last = nullptr;
};

} // namespace

void AuditTables::appendPath(QByteArray &out, std::string_view path)
{
    const bool ascii
        = std::all_of(path.begin(), path.end(), [](char c) { return uchar(c) < 0x80; });
    if (ascii || auditstate::isUtf8Path(byteArray(path)))
        JsonLine::appendString(out, path);
    else
        out += "{\"bytes\":\"" + byteArray(path).toHex() + "\"}";
}

namespace {
// The rows of a kind in a range of rowids (?1 to ?2), its id first.
QString query(AuditTables::Kind kind)
{
    using Kind = AuditTables::Kind;
    switch (kind) {
    case Kind::Review:
        return QStringLiteral(
            "SELECT id, name, reviewer_name, reviewer_fingerprint, created FROM review");
    case Kind::Repository:
        return QStringLiteral("SELECT name, path, identity, current_commit, added FROM repository");
    case Kind::Finding:
        return QStringLiteral(
            "SELECT id, repository, commit_id, title, severity, cwe, status, description, "
            "recommendation, author, author_fingerprint, created, updated, generation, "
            "anchor_state FROM finding");
    case Kind::Comment:
        return QStringLiteral("SELECT id, finding_id, author, created, body FROM comment");
    case Kind::Export:
        return QStringLiteral(
            "SELECT package_id, audit_log_head, created, file_name, ordinal, previous_package_id, "
            "sha256, signer_fingerprint, signer_name, size FROM package_export");
    case Kind::LeadPackage:
        return QStringLiteral(
            "SELECT package_id, bytes, file_name, findings, imported, notes, previous_package_id, "
            "review_id, review_name, sha256, signed, signer_name, signer_fingerprint, "
            "signer_subject, size, superseded_by, verified FROM lead_package");
    case Kind::Refusal:
        return QStringLiteral("SELECT id, file_name, reason, refused, sha256 FROM lead_refusal");
    case Kind::Decision:
        return QStringLiteral("SELECT result_id, automatic, cwe, decided, decision, json, "
                              "rationale, severity, sources, status, title FROM lead_decision");
    case Kind::Target:
        return QStringLiteral("SELECT repository, chosen, commit_id FROM lead_target");
    }
    return {};
}
} // namespace

Result<void> AuditTables::read(Kind kind, Database &database, Range range, const RowVisitor &visit,
                               const std::atomic_bool &cancelled) const
{
    auto statement = database.prepare(
        query(kind) + QLatin1String(" WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid"));
    if (!statement)
        return statement.error();
    statement->bind(1, range.first).bind(2, range.last);
    crypto::Sha256 hash;
    QByteArray value;
    value.reserve(4096);
    for (int count = 1;; ++count) {
        if (count % rowsBetweenChecks == 0 && cancelled)
            return {};
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        value.resize(0);
        describe(kind, *statement, value, hash);
        if (!visit({statement->bytes(0), byteView(value)}))
            return {};
    }
}

void AuditTables::describe(Kind kind, const Statement &row, QByteArray &value,
                           crypto::Sha256 &hash) const
{
    CanonicalObject object(value, hash);
    switch (kind) {
    case Kind::Review:
        object.string("created", row.bytes(4))
            .string("name", row.bytes(1))
            .string("reviewer_fingerprint", row.bytes(3))
            .string("reviewer_name", row.bytes(2));
        break;
    case Kind::Repository:
        object.string("added", row.bytes(4))
            .string("commit", row.bytes(3))
            .digest("identity_sha256", row.bytes(2))
            .string("path", row.bytes(1));
        break;
    case Kind::Finding: {
        const RowsById::Row *anchors = m_anchors.find(row.bytes(0));
        object.string("anchor_state", row.bytes(14))
            .canonical("anchors", anchors ? anchors->value : "[]")
            .string("author", row.bytes(9))
            .string("author_fingerprint", row.bytes(10))
            .string("commit", row.bytes(2))
            .string("created", row.bytes(11))
            .number("cwe", row.integer(5))
            .withheld("description", row.bytes(7))
            .number("generation", row.integer(13))
            .withheld("recommendation", row.bytes(8))
            .string("repository", row.bytes(1))
            .string("severity", row.bytes(4))
            .string("status", row.bytes(6))
            .withheld("title", row.bytes(3))
            .string("updated", row.bytes(12));
        break;
    }
    case Kind::Comment:
        object.string("author", row.bytes(2))
            .withheld("body", row.bytes(4))
            .string("created", row.bytes(3))
            .string("finding", row.bytes(1));
        break;
    case Kind::Export:
        object.string("audit_log_head", row.bytes(1))
            .string("created", row.bytes(2))
            .string("file_name", row.bytes(3))
            .number("ordinal", row.integer(4))
            .string("previous_package_id", row.bytes(5))
            .string("sha256", row.bytes(6))
            .string("signer_fingerprint", row.bytes(7))
            .string("signer_name", row.bytes(8))
            .number("size", row.integer(9));
        break;
    case Kind::LeadPackage:
        // The stored bytes as their digest: a changed byte is a disagreement.
        object.digest("bytes_sha256", row.bytes(1))
            .withheld("file", row.bytes(2))
            .number("findings", row.integer(3))
            .string("imported", row.bytes(4))
            .withheld("notes", row.bytes(5))
            .string("previous_package_id", row.bytes(6))
            .string("review_id", row.bytes(7))
            .withheld("review_name", row.bytes(8))
            .string("sha256", row.bytes(9))
            .string("signed_at", row.bytes(10))
            .string("signer", row.bytes(11))
            .string("signer_fingerprint", row.bytes(12))
            .string("signer_subject", row.bytes(13))
            .number("size", row.integer(14))
            .string("superseded_by", row.bytes(15))
            .string("verified", row.bytes(16));
        break;
    case Kind::Refusal:
        object.withheld("file", row.bytes(1))
            .withheld("reason", row.bytes(2))
            .string("refused", row.bytes(3))
            .string("sha256", row.bytes(4));
        break;
    case Kind::Decision:
        object.canonical("automatic", row.integer(1) != 0 ? "true" : "false")
            .number("cwe", row.integer(2))
            .string("decided", row.bytes(3))
            .string("decision", row.bytes(4))
            .withheld("finding", row.bytes(5))
            .withheld("rationale", row.bytes(6))
            .string("severity", row.bytes(7))
            .canonical("sources", row.bytes(8))
            .string("status", row.bytes(9))
            .withheld("title", row.bytes(10));
        break;
    case Kind::Target:
        object.string("chosen", row.bytes(1)).string("commit", row.bytes(2));
        break;
    }
    object.close();
}

Result<void> AuditTables::readAnchors(Database &database, const std::atomic_bool &cancelled)
{
    auto statement = database.prepare(QStringLiteral(
        "SELECT finding_id, generation, path, blob_id, start_line, end_line, start_column, "
        "end_column, excerpt_sha256, context_before, context_after, state FROM location "
        "ORDER BY finding_id, generation, ordinal"));
    if (!statement)
        return statement.error();
    auto findings = largestFindingRowid(database);
    if (!findings)
        return findings.error();
    m_anchors.reserve(qsizetype(*findings));
    crypto::Sha256 hash;
    bool started = false;
    QByteArray finding;
    QByteArray anchors;
    anchors.reserve(4096);
    qint64 generation = -1;
    const auto separate = [&anchors] {
        if (!anchors.endsWith('['))
            anchors += ',';
    };
    for (int rows = 1;; ++rows) {
        if (rows % rowsBetweenChecks == 0 && cancelled)
            return {};
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row || !started || statement->bytes(0) != byteView(finding)) {
            if (started) {
                anchors += "]]";
                m_anchors.insert(byteView(finding), byteView(anchors), 0);
            }
            if (!*row)
                break;
            started = true;
            finding = byteArray(statement->bytes(0));
            anchors.resize(0);
            anchors += '[';
            generation = -1;
        }
        // One array of locations per move; a move without locations leaves an empty one.
        for (const qint64 rowGeneration = statement->integer(1); generation < rowGeneration;
             ++generation) {
            if (generation >= 0)
                anchors += ']';
            separate();
            anchors += '[';
        }
        separate();
        CanonicalObject(anchors, hash)
            .string("blob", statement->bytes(3))
            .withheld("context_after", statement->bytes(10))
            .withheld("context_before", statement->bytes(9))
            .number("end_column", statement->integer(7))
            .number("end_line", statement->integer(5))
            .string("excerpt_sha256", statement->bytes(8))
            .path("path", statement->bytes(2))
            .number("start_column", statement->integer(6))
            .number("start_line", statement->integer(4))
            .string("state", statement->bytes(11))
            .close();
    }
    return {};
}

namespace {
// The largest rowid of a table, which SQLite finds at the end of its tree.
Result<qint64> largestRowid(Database &database, const QString &query)
{
    auto statement = database.prepare(query);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? statement->integer(0) : 0;
}
} // namespace

Result<qint64> AuditTables::largestCoverageId(Database &database)
{
    return largestRowid(database, QStringLiteral("SELECT max(id) FROM coverage"));
}

Result<qint64> AuditTables::largestFindingRowid(Database &database)
{
    return largestRowid(database, QStringLiteral("SELECT max(rowid) FROM finding"));
}

Result<void> AuditTables::readCoverage(Database &database, Range range,
                                       const CoverageVisitor &visit,
                                       const std::atomic_bool &cancelled) const
{
    auto statement = database.prepare(
        QStringLiteral("SELECT id, path, start_line, end_line, reviewer, marked, repository, "
                       "commit_id FROM coverage WHERE id BETWEEN ?1 AND ?2 ORDER BY id"));
    if (!statement)
        return statement.error();
    statement->bind(1, range.first).bind(2, range.last);
    // The rows of one file follow each other, those of one mark too: they share their
    // path and context, written out once (from the bytes of the row that came first).
    bool started = false;
    QByteArray path;
    QByteArray canonicalPath;
    std::array<QByteArray, 4> context;
    CoverageContext canonical;
    CoverageRow row;
    row.path = -1;
    row.context = -1;
    for (int rows = 1;; ++rows) {
        if (rows % rowsBetweenChecks == 0 && cancelled)
            return {};
        auto step = statement->step();
        if (!step)
            return step.error();
        if (!*step)
            return {};
        row.id = statement->integer(0);
        row.startLine = statement->integer(2);
        row.endLine = statement->integer(3);
        if (!started || statement->bytes(1) != byteView(path)) {
            path = byteArray(statement->bytes(1));
            canonicalPath.clear();
            appendPath(canonicalPath, byteView(path));
            ++row.path;
        }
        bool sameContext = started;
        for (int i = 0; i < 4 && sameContext; ++i)
            sameContext = statement->bytes(4 + i) == byteView(context[size_t(i)]);
        if (!sameContext) {
            QByteArray *const values[] = {&canonical.reviewer, &canonical.marked,
                                          &canonical.repository, &canonical.commit};
            for (int i = 0; i < 4; ++i) {
                context[size_t(i)] = byteArray(statement->bytes(4 + i));
                values[i]->clear();
                JsonLine::appendString(*values[i], statement->bytes(4 + i));
            }
            ++row.context;
        }
        started = true;
        if (!visit({row, canonicalPath, canonical}))
            return {};
    }
}

} // namespace clearroom::review
