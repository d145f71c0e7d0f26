// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "schema.h"

#include "database.h"
#include "statement.h"
#include "transaction.h"

namespace clearroom::review {

namespace {

// Each entry takes the schema from version i to i + 1. Never edit an entry once it has
// shipped: add a new one (and a test fixture of the version before it).
const char *const migrations[] = {
    // 1: the first workspace format.
    R"sql(
CREATE TABLE review(
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    id TEXT NOT NULL,
    name TEXT NOT NULL,
    reviewer_name TEXT NOT NULL,
    reviewer_fingerprint TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL);
CREATE TABLE repository(
    name TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    identity TEXT NOT NULL,
    current_commit TEXT NOT NULL,
    added TEXT NOT NULL);
CREATE TABLE finding(
    id TEXT PRIMARY KEY,
    repository TEXT NOT NULL REFERENCES repository(name),
    commit_id TEXT NOT NULL,
    title TEXT NOT NULL,
    severity TEXT NOT NULL
        CHECK (severity IN ('info', 'low', 'medium', 'high', 'critical')),
    cwe INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'disputed',
                                           'false-positive', 'fixed', 'accepted-risk')),
    description TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    author_fingerprint TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    generation INTEGER NOT NULL DEFAULT 0,
    anchor_state TEXT NOT NULL DEFAULT 'original');
CREATE TABLE location(
    finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    generation INTEGER NOT NULL,
    ordinal INTEGER NOT NULL,
    commit_id TEXT NOT NULL,
    path BLOB NOT NULL,
    blob_id TEXT NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    start_column INTEGER NOT NULL DEFAULT 0,
    end_column INTEGER NOT NULL DEFAULT 0,
    excerpt_sha256 TEXT NOT NULL,
    context_before BLOB NOT NULL,
    context_after BLOB NOT NULL,
    state TEXT NOT NULL,
    PRIMARY KEY (finding_id, generation, ordinal)) WITHOUT ROWID;
CREATE INDEX location_path ON location(path);
CREATE INDEX location_blob ON location(blob_id);
CREATE TABLE comment(
    id TEXT PRIMARY KEY,
    finding_id TEXT NOT NULL REFERENCES finding(id) ON DELETE CASCADE,
    author TEXT NOT NULL,
    created TEXT NOT NULL,
    body TEXT NOT NULL);
CREATE INDEX comment_finding ON comment(finding_id);
CREATE TABLE coverage(
    id INTEGER PRIMARY KEY,
    repository TEXT NOT NULL REFERENCES repository(name),
    commit_id TEXT NOT NULL,
    path BLOB NOT NULL,
    start_line INTEGER NOT NULL,
    end_line INTEGER NOT NULL,
    reviewer TEXT NOT NULL,
    marked TEXT NOT NULL,
    CHECK (start_line >= 1 AND end_line >= start_line));
CREATE INDEX coverage_file ON coverage(repository, commit_id, path);
CREATE TABLE audit_log(
    seq INTEGER PRIMARY KEY,
    line TEXT NOT NULL,
    hash TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '');
CREATE INDEX audit_log_subject ON audit_log(subject);
CREATE TABLE audit_value(
    digest TEXT PRIMARY KEY,
    value BLOB NOT NULL) WITHOUT ROWID;
)sql",
    // 2: the packages exported from the workspace, in the order they were written, so
    // that the next package names the last one as its previous package.
    R"sql(
CREATE TABLE package_export(
    ordinal INTEGER PRIMARY KEY CHECK (ordinal >= 1),
    package_id TEXT NOT NULL UNIQUE,
    previous_package_id TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    file_name TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    sha256 TEXT NOT NULL,
    audit_log_head TEXT NOT NULL);
)sql",
    // 3: the lead reviewer's work: the auditors' packages taken in (each kept
    // byte-identical), the packages refused, the lead's decisions and the commit the lead
    // chose for each repository.
    R"sql(
CREATE TABLE lead_package(
    package_id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0),
    file_name TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    signer_subject TEXT NOT NULL,
    signer_fingerprint TEXT NOT NULL,
    review_id TEXT NOT NULL,
    review_name TEXT NOT NULL,
    previous_package_id TEXT NOT NULL DEFAULT '',
    signed TEXT NOT NULL,
    verified TEXT NOT NULL,
    imported TEXT NOT NULL,
    findings INTEGER NOT NULL CHECK (findings >= 0),
    superseded_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    bytes BLOB NOT NULL);
CREATE INDEX lead_package_sha256 ON lead_package(sha256);
CREATE TABLE lead_refusal(
    id INTEGER PRIMARY KEY CHECK (id >= 1),
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    reason TEXT NOT NULL,
    refused TEXT NOT NULL);
CREATE TABLE lead_decision(
    result_id TEXT PRIMARY KEY,
    decision TEXT NOT NULL CHECK (decision IN ('merge', 'keep', 'reject')),
    automatic INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    severity TEXT NOT NULL,
    status TEXT NOT NULL,
    cwe INTEGER NOT NULL DEFAULT 0,
    sources TEXT NOT NULL,
    rationale TEXT NOT NULL DEFAULT '',
    json TEXT NOT NULL,
    decided TEXT NOT NULL);
CREATE TABLE lead_target(
    repository TEXT PRIMARY KEY,
    commit_id TEXT NOT NULL,
    chosen TEXT NOT NULL);
)sql",
};

constexpr int migrationCount = int(sizeof(migrations) / sizeof(migrations[0]));

Result<bool> hasTables(Database &database)
{
    auto statement = database.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row && statement->integer(0) > 0;
}

} // namespace

int Schema::latestVersion()
{
    return migrationCount;
}

QString Schema::migration(int version)
{
    if (version < 1 || version > migrationCount)
        return {};
    return QString::fromUtf8(migrations[version - 1]);
}

Result<void> Schema::migrate(Database &database)
{
    return migrateTo(database, latestVersion());
}

// The workspace format of a database: refuses one from a newer Clearroom and an SQLite
// file that is not a workspace (0: an empty database).
Result<int> Schema::knownVersion(Database &database)
{
    auto version = database.userVersion();
    if (!version)
        return version.error();
    if (*version > migrationCount) {
        return Error {tr("The workspace '%1' was written by a newer Clearroom (format %2; this "
                         "version reads formats up to %3). Open it with that version.")
                          .arg(database.fileName())
                          .arg(*version)
                          .arg(migrationCount)};
    }
    if (*version == 0) {
        auto tables = hasTables(database);
        if (!tables)
            return tables.error();
        if (*tables) {
            return Error {tr("'%1' is an SQLite database but not a Clearroom workspace.")
                              .arg(database.fileName())};
        }
    }
    return *version;
}

Result<void> Schema::checkExisting(Database &database)
{
    auto version = knownVersion(database);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error {tr("'%1' is empty, not a Clearroom workspace.").arg(database.fileName())};
    return {};
}

Result<void> Schema::migrateTo(Database &database, int target)
{
    auto version = knownVersion(database);
    if (!version)
        return version.error();
    for (int next = *version + 1; next <= target; ++next) {
        Transaction transaction(database);
        if (!transaction.isActive())
            return transaction.status();
        if (auto applied = database.execute(migration(next)); !applied)
            return applied.error();
        if (auto set = database.setUserVersion(next); !set)
            return set.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    return {};
}

} // namespace clearroom::review
