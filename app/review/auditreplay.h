// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "jsonline.h"
#include "result.h"
#include "rowsbyid.h"

#include <QCoreApplication>
#include <QMultiHash>

#include <optional>
#include <vector>

namespace clearroom::review {

/// What the audit log says a review, repository, finding, comment or exported package
/// holds: its fields as one canonical JSON object (JsonLine::Value::appendCanonical), and
/// the entry that last changed it, by id.
using ReplayedRows = RowsById;

/// A coverage row, its values in canonical JSON (as the log describes them). Plain data,
/// so that a million of them are moved and freed as one block.
struct CoverageRow
{
    qint64 id = 0;
    qint64 seq = 0; ///< the entry that added it (in a replay)
    qint64 startLine = 0;
    qint64 endLine = 0;
    int path = 0; ///< index into CoverageRows::paths()
    int context = 0; ///< index into CoverageRows::contexts()
    bool removed = false;
};

/// What coverage rows share: who marked them when, on which repository and commit.
struct CoverageContext
{
    QByteArray reviewer;
    QByteArray marked;
    QByteArray repository;
    QByteArray commit;
    bool operator==(const CoverageContext &other) const
    {
        return reviewer == other.reviewer && marked == other.marked
            && repository == other.repository && commit == other.commit;
    }
};

/// Coverage rows in the order of their ids. A million rows is a big review's coverage,
/// so they are kept flat rather than in a hash of JSON values: SQLite gives a new row the
/// largest id so far plus one, so rows nearly always come in order and are appended, and
/// a removed row stays as a tombstone. The rows of one file share one path, those of one
/// mark one context.
class CoverageRows
{
public:
    /// Makes room for that many rows (a hint: more may come).
    void reserve(qint64 rows);
    /// Adds a row, or replaces the one with its id.
    void add(const CoverageRow &row);
    /// Removes the row with that id; false when there is none.
    bool remove(qint64 id);
    /// Adds a path (canonical JSON); returns its index.
    int addPath(const QByteArray &path);
    /// Adds a context; returns its index.
    int addContext(const CoverageContext &context);
    const std::vector<CoverageRow> &rows() const { return m_rows; }
    const std::vector<QByteArray> &paths() const { return m_paths; }
    const std::vector<CoverageContext> &contexts() const { return m_contexts; }
    /// A row as the log's [id, path, start, end, reviewer, marked] with the entry's
    /// repository and commit after it.
    QByteArray describe(const CoverageRow &row) const;
    /// The same of a row with that path and context (canonical JSON).
    static QByteArray describe(const CoverageRow &row, const QByteArray &path,
                               const CoverageContext &context);

private:
    std::vector<CoverageRow> m_rows; // sorted by id
    std::vector<QByteArray> m_paths;
    std::vector<CoverageContext> m_contexts;
};

/// Replays the audit log entry by entry: what the tables should hold after it, and the
/// first entry that cannot apply (changing what does not exist, an unknown action).
class AuditReplay
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditVerifier)

public:
    /// Applies an entry (after a failure, nothing more is applied).
    void apply(qint64 seq, const JsonLine::Value &entry);
    const std::optional<Error> &failure() const { return m_failure; }

    ReplayedRows review;
    ReplayedRows repositories;
    ReplayedRows findings;
    ReplayedRows comments;
    ReplayedRows exports; ///< packages exported, by package id
    ReplayedRows leadPackages; ///< packages a lead took in, by package id
    ReplayedRows refusals; ///< packages a lead refused, by number
    ReplayedRows decisions; ///< the lead's decisions, by result id
    ReplayedRows targets; ///< the lead's chosen commits, by repository name
    CoverageRows coverage;

    /// At most 120 characters of a canonical JSON value, for messages.
    static QString shortJson(const QByteArray &canonical);

private:
    bool fail(const QString &message);
    bool create(ReplayedRows &rows, qint64 seq, const QByteArray &id,
                const JsonLine::Value &values);
    bool change(ReplayedRows &rows, qint64 seq, const QByteArray &id, const JsonLine::Value &entry);
    bool deleteFinding(qint64 seq, const QByteArray &id);
    bool remove(ReplayedRows &rows, qint64 seq, const QByteArray &id);
    bool setTarget(qint64 seq, const QByteArray &id, const JsonLine::Value &values);
    bool changeCoverage(qint64 seq, const JsonLine::Value &entry);

    std::optional<Error> m_failure;
    QMultiHash<QByteArray, QByteArray> m_commentsOfFinding;
    JsonLine m_current; // a row's value being changed
    QByteArray m_value; // a row's new value being written
    QByteArray m_said; // an old value an entry names, in canonical form
};

} // namespace clearroom::review
