// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditreplay.h"
#include "result.h"
#include "rowsbyid.h"
#include "sha256.h"

#include <QString>

#include <atomic>
#include <functional>
#include <limits>

namespace clearroom::review {

class Database;
class Statement;

/// The workspace's tables written as the audit log describes them (canonical JSON, see
/// JsonLine::Value::appendCanonical; auditstate.cpp says what the log holds), for the
/// comparison with a replay of the log. Rows are handed on as they are read, not kept:
/// a big review's tables would take hundreds of megabytes. Reads through any
/// connection; once the anchors are read, any number of threads may read at once (each
/// with its own connection), for example the two halves of a table.
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

    /// Rowids (of coverage rows: ids) from `first` to `last`, both included.
    struct Range
    {
        qint64 first = std::numeric_limits<qint64>::min();
        qint64 last = std::numeric_limits<qint64>::max();
    };

    /// A row: its id, and its value in canonical JSON (valid while it is visited).
    struct Row
    {
        std::string_view id;
        std::string_view value;
    };
    /// Receives a row read; false stops the reading.
    using RowVisitor = std::function<bool(const Row &row)>;

    /// Reads the rows of a kind whose rowids are in `range`, in the order of their rowids
    /// (findings after readAnchors()).
    Result<void> read(Kind kind, Database &database, Range range, const RowVisitor &visit,
                      const std::atomic_bool &cancelled) const;
    /// Reads every finding's locations, for the findings' "anchors".
    Result<void> readAnchors(Database &database, const std::atomic_bool &cancelled);

    /// A coverage row read, with its path and context (canonical JSON). The rows of one
    /// file share their path and those of one mark their context, so `row.path` and
    /// `row.context` number them within one read: the same number, the same value.
    struct CoverageRead
    {
        const CoverageRow &row;
        const QByteArray &path;
        const CoverageContext &context;
    };
    /// Receives a coverage row read; false stops the reading.
    using CoverageVisitor = std::function<bool(const CoverageRead &read)>;
    /// Reads the coverage rows whose ids are in `range`, in the order of their ids.
    Result<void> readCoverage(Database &database, Range range, const CoverageVisitor &visit,
                              const std::atomic_bool &cancelled) const;

    /// The largest id of a coverage row (0 when there is none): about how many rows there
    /// are, found without reading them.
    static Result<qint64> largestCoverageId(Database &database);
    /// The largest rowid of a finding (0 when there is none): about how many findings
    /// there are, found the same way.
    static Result<qint64> largestFindingRowid(Database &database);

    /// A path as auditstate::pathValue() writes it.
    static void appendPath(QByteArray &out, std::string_view path);

private:
    void describe(Kind kind, const Statement &row, QByteArray &value, crypto::Sha256 &hash) const;

    RowsById m_anchors; // by finding id
};

} // namespace clearroom::review
