// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditreplay.h"
#include "bytearena.h"
#include "result.h"
#include "rowsbyid.h"
#include "sha256.h"

#include <QString>

#include <atomic>
#include <vector>

namespace clearroom::review {

class Database;
class Statement;

/// The workspace's tables written as the audit log describes them (canonical JSON, see
/// JsonLine::Value::appendCanonical; auditstate.cpp says what the log holds), for the
/// comparison with a replay of the log. Reads through any connection, so that a worker
/// with its own can read while the log is replayed. The reads of findings (with their
/// anchors, read first in the same thread), of comments, of coverage and of the small
/// tables touch nothing in common: each may run in a thread of its own.
class AuditTables
{
public:
    /// What the log describes as objects by id.
    enum class Kind {
        Review,
        Repository,
        Finding,
        Comment,
        Export,
        LeadPackage,
        Refusal,
        Decision,
        Target
    };
    static constexpr int kindCount = 9;
    /// A row: its id, and its value in canonical JSON (both kept by the AuditTables).
    struct Row
    {
        std::string_view id;
        std::string_view value;
    };
    /// Reads every row of a kind (findings after readAnchors()).
    Result<void> read(Kind kind, Database &database, const std::atomic_bool &cancelled);
    /// The rows read, in the order of the table.
    const std::vector<Row> &rows(Kind kind) const { return m_rows[int(kind)]; }
    /// Reads every finding's locations, for the findings' "anchors".
    Result<void> readAnchors(Database &database, const std::atomic_bool &cancelled);
    /// Reads every coverage row.
    Result<void> readCoverage(Database &database, const std::atomic_bool &cancelled);
    const CoverageRows &coverage() const { return m_coverage; }

    /// The largest id of a coverage row (0 when there is none): about how many rows there
    /// are, found without reading them.
    static Result<qint64> largestCoverageId(Database &database);
    /// The largest rowid of a finding (0 when there is none): about how many findings
    /// there are, found the same way.
    static Result<qint64> largestFindingRowid(Database &database);

    /// A path as auditstate::pathValue() writes it.
    static void appendPath(QByteArray &out, std::string_view path);

private:
    void describe(Kind kind, const Statement &row, QByteArray &value, crypto::Sha256 &hash);

    ByteArena m_bytes[kindCount];
    std::vector<Row> m_rows[kindCount];
    RowsById m_anchors; // by finding id
    CoverageRows m_coverage;
};

} // namespace clearroom::review
