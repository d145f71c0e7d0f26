// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditreplay.h"
#include "result.h"
#include "sha256.h"

#include <QHash>
#include <QString>

#include <atomic>
#include <vector>

namespace clearroom::review {

class Database;
class Statement;

/// The workspace's tables written as the audit log describes them (canonical JSON, see
/// JsonLine::Value::appendCanonical; auditstate.cpp says what the log holds), for the
/// comparison with a replay of the log. Reads through any connection, so that a worker
/// with its own can read while the log is replayed. Not thread-safe.
class AuditTables
{
public:
    /// What the log describes as objects by id.
    enum class Kind { Review, Repository, Finding, Comment, Export };
    /// A row: its id, and its value in canonical JSON.
    struct Row
    {
        QByteArray id;
        QByteArray value;
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

    /// A path as auditstate::pathValue() writes it.
    static void appendPath(QByteArray &out, std::string_view path);

private:
    void describe(Kind kind, const Statement &row, QByteArray &value);

    crypto::Sha256 m_hash;
    std::vector<Row> m_rows[5];
    QHash<QByteArray, QByteArray> m_anchors; // by finding id, until the finding is read
    CoverageRows m_coverage;
};

} // namespace clearroom::review
