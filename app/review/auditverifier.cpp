// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditverifier.h"

#include "auditlog.h"
#include "auditreplay.h"
#include "audittables.h"
#include "byteview.h"
#include "database.h"
#include "jsonline.h"
#include "statement.h"
#include "workspace.h"

#include <unordered_set>

#include <limits>
#include <thread>

namespace clearroom::review {

namespace {

// The tables compared with what the replayed audit log says they hold.
class TableCheck
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditVerifier)

public:
    TableCheck(const AuditReplay &replay, const AuditTables &tables)
        : m_replay(replay)
        , m_tables(tables)
    {
    }

    Result<void> compare(AuditTables::Kind kind)
    {
        switch (kind) {
        case AuditTables::Kind::Review:
            return compare(tr("review"), m_tables.rows(kind), m_replay.review);
        case AuditTables::Kind::Repository:
            return compare(tr("repository"), m_tables.rows(kind), m_replay.repositories);
        case AuditTables::Kind::Finding:
            return compare(tr("finding"), m_tables.rows(kind), m_replay.findings);
        case AuditTables::Kind::Comment:
            return compare(tr("comment"), m_tables.rows(kind), m_replay.comments);
        case AuditTables::Kind::Export:
            return compare(tr("exported package"), m_tables.rows(kind), m_replay.exports);
        case AuditTables::Kind::LeadPackage:
            return compare(tr("imported package"), m_tables.rows(kind), m_replay.leadPackages);
        case AuditTables::Kind::Refusal:
            return compare(tr("refused package"), m_tables.rows(kind), m_replay.refusals);
        case AuditTables::Kind::Decision:
            return compare(tr("consolidation decision"), m_tables.rows(kind), m_replay.decisions);
        case AuditTables::Kind::Target:
            return compare(tr("chosen commit of the repository"), m_tables.rows(kind),
                           m_replay.targets);
        }
        return {};
    }
    Result<void> compareCoverage();

private:
    // Compares every row of a table with the replay; the error names the row with the
    // smallest id that disagrees (or, when all agree, the smallest the table lacks).
    Result<void> compare(const QString &name, const std::vector<AuditTables::Row> &table,
                         const ReplayedRows &replayed)
    {
        const AuditTables::Row *first = nullptr;
        const ReplayedRows::Row *firstExpected = nullptr;
        // A table's rows mostly come in the order the log added them: the replayed row
        // after the last one found is tried before a search.
        auto next = replayed.rows().cbegin();
        const auto end = replayed.rows().cend();
        for (const AuditTables::Row &row : table) {
            while (next != end && !next->present)
                ++next;
            const ReplayedRows::Row *expected = nullptr;
            if (next != end && next->id == row.id)
                expected = &*next++;
            else
                expected = replayed.find(row.id);
            if ((!expected || expected->value != row.value) && (!first || row.id < first->id)) {
                first = &row;
                firstExpected = expected;
            }
        }
        if (first) {
            if (!firstExpected) {
                return Error {
                    tr("The %1 '%2' is in the workspace, but no audit log entry records it.")
                        .arg(name, QString::fromUtf8(byteArray(first->id)))};
            }
            return Error {
                disagreement(name, byteArray(first->id), byteArray(first->value), *firstExpected)};
        }
        if (table.size() == size_t(replayed.size()))
            return {};
        std::unordered_set<std::string_view> ids;
        for (const AuditTables::Row &row : table)
            ids.insert(row.id);
        const ReplayedRows::Row *missing = nullptr;
        for (const ReplayedRows::Row &row : replayed.rows()) {
            if (row.present && !ids.count(row.id) && (!missing || row.id < missing->id))
                missing = &row;
        }
        return Error {tr("The %1 '%2' recorded by audit log entry %3 is missing from the "
                         "workspace.")
                          .arg(name, QString::fromUtf8(byteArray(missing->id)))
                          .arg(missing->seq)};
    }

    // The first field (by name) in which a row and the log disagree.
    QString disagreement(const QString &name, const QByteArray &key, const QByteArray &actual,
                         const ReplayedRows::Row &expected)
    {
        JsonLine table;
        JsonLine log;
        table.parse(byteView(actual));
        log.parse(expected.value);
        JsonLine::Value a = table.root().first();
        JsonLine::Value e = log.root().first();
        const QByteArray null = QByteArrayLiteral("null");
        while (a.isValid() || e.isValid()) {
            const QByteArray aName = a.string();
            const QByteArray eName = e.string();
            const bool aFirst = !e.isValid() || (a.isValid() && aName < eName);
            const bool eFirst = !a.isValid() || (e.isValid() && eName < aName);
            const QByteArray aValue = eFirst ? null : byteArray(a.next().text());
            const QByteArray eValue = aFirst ? null : byteArray(e.next().text());
            if (aValue != eValue) {
                return tr("The %1 '%2' in the workspace has %3 = %4, but the audit log (entry "
                          "%5) says %6.")
                    .arg(name, QString::fromUtf8(key), QString::fromUtf8(aFirst ? aName : eName),
                         AuditReplay::shortJson(aValue))
                    .arg(expected.seq)
                    .arg(AuditReplay::shortJson(eValue));
            }
            if (!eFirst)
                a = a.next().next();
            if (!aFirst)
                e = e.next().next();
        }
        return tr("The %1 '%2' in the workspace is %3, but the audit log (entry %4) says %5.")
            .arg(name, QString::fromUtf8(key), AuditReplay::shortJson(actual))
            .arg(expected.seq)
            .arg(AuditReplay::shortJson(byteArray(expected.value)));
    }

    const AuditReplay &m_replay;
    const AuditTables &m_tables;
};

// The coverage table and the replayed rows side by side, both in the order of ids: the
// first row that disagrees is the first found.
Result<void> TableCheck::compareCoverage()
{
    const QString name = tr("coverage row");
    const CoverageRows &replayed = m_replay.coverage;
    const CoverageRows &table = m_tables.coverage();
    const CoverageRow *missing = nullptr;
    auto next = replayed.rows().cbegin();
    const auto end = replayed.rows().cend();
    // The last pairs of paths and of contexts found equal: the rows of one file share
    // their path, those of one mark their context.
    std::pair<int, int> samePaths {-1, -1};
    std::pair<int, int> sameContexts {-1, -1};
    for (const CoverageRow &row : table.rows()) {
        for (; next != end && (next->removed || next->id < row.id); ++next) {
            if (!next->removed && !missing)
                missing = &*next;
        }
        if (next == end || next->id != row.id) {
            return Error {tr("The %1 '%2' is in the workspace, but no audit log entry records it.")
                              .arg(name, QString::number(row.id))};
        }
        const CoverageRow &expected = *next++;
        const std::pair<int, int> contexts {expected.context, row.context};
        bool same = expected.startLine == row.startLine && expected.endLine == row.endLine;
        const std::pair<int, int> paths {expected.path, row.path};
        if (same && paths != samePaths) {
            same = replayed.paths()[size_t(expected.path)] == table.paths()[size_t(row.path)];
            if (same)
                samePaths = paths;
        }
        if (same && contexts != sameContexts) {
            same = replayed.contexts()[size_t(expected.context)]
                == table.contexts()[size_t(row.context)];
            if (same)
                sameContexts = contexts;
        }
        if (!same) {
            return Error {
                tr("The %1 '%2' in the workspace is %3, but the audit log (entry %4) "
                   "says %5.")
                    .arg(name, QString::number(row.id), AuditReplay::shortJson(table.describe(row)))
                    .arg(expected.seq)
                    .arg(AuditReplay::shortJson(replayed.describe(expected)))};
        }
    }
    for (; next != end && !missing; ++next) {
        if (!next->removed)
            missing = &*next;
    }
    if (missing) {
        return Error {tr("The %1 '%2' recorded by audit log entry %3 is missing from the "
                         "workspace.")
                          .arg(name, QString::number(missing->id))
                          .arg(missing->seq)};
    }
    return {};
}

// A second connection on the workspace that sees what `database` sees: both read
// transactions start at the same audit log head, and every change Clearroom commits
// moves the head. Empty when that cannot be had (the tables are then read on the first).
std::optional<Database> sameSnapshot(const QString &fileName, const QByteArray &head)
{
    auto second = Database::open(fileName, Database::Mode::ReadOnly);
    if (!second || !second->execute(QStringLiteral("BEGIN")))
        return std::nullopt;
    auto secondHead = AuditLog::headHash(*second);
    if (!secondHead || *secondHead != head)
        return std::nullopt;
    return std::move(second).value();
}

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
    auto head = AuditLog::headHash(database);
    if (!head)
        return head.error();

    // The tables are read, and the plain values kept beside the log checked, by a worker
    // with its own connection while this thread replays the log; whichever is done first
    // takes what is left of that work, so that both cores are busy to the end. (The
    // worker is joined before the connections go.)
    AuditTables tables;
    std::atomic_bool cancelled = false;
    enum Task { Findings, Coverage, Values, Comments, TaskCount }; // the longest first
    Result<void> done[TaskCount]; // each written by the thread that took the task
    std::atomic_int nextTask = 0;
    const auto work = [&](Database &connection) {
        for (int task; (task = nextTask++) < TaskCount && !cancelled;) {
            switch (Task(task)) {
            case Findings:
                done[task] = tables.readAnchors(connection, cancelled);
                if (done[task])
                    done[task] = tables.read(AuditTables::Kind::Finding, connection, cancelled);
                break;
            case Coverage:
                done[task] = tables.readCoverage(connection, cancelled);
                break;
            case Values:
                done[task] = AuditLog::verifyValues(connection, &cancelled);
                break;
            case Comments:
                done[task] = tables.read(AuditTables::Kind::Comment, connection, cancelled);
                break;
            case TaskCount:
                break;
            }
        }
    };
    std::optional<Database> second = sameSnapshot(workspace.fileName(), *head);
    std::jthread worker;
    if (second)
        worker = std::jthread([&] { work(*second); });
    struct Cancel
    {
        std::atomic_bool &cancelled;
        ~Cancel() { cancelled = true; }
    } cancelOnReturn {cancelled};

    // The log is read once: each entry replayed as soon as its hash is checked.
    AuditReplay replay;
    auto largestCoverageId = AuditTables::largestCoverageId(database);
    if (!largestCoverageId)
        return largestCoverageId.error();
    replay.coverage.reserve(*largestCoverageId);
    auto largestFindingRowid = AuditTables::largestFindingRowid(database);
    if (!largestFindingRowid)
        return largestFindingRowid.error();
    replay.findings.reserve(qsizetype(*largestFindingRowid));
    AuditVerification verification;
    auto chain = AuditLog::verifyEntries(
        database, [&](qint64 seq, const QByteArray &hash, const JsonLine &line) {
            verification.entries = seq;
            verification.headHash = hash;
            replay.apply(seq, line.root());
        });
    if (!chain)
        return chain.error();
    if (replay.failure()) {
        // The tables no longer matter, but a changed plain value is still said first, as
        // when all was done in turn.
        cancelled = true;
        if (second)
            worker.join();
        if (auto values = AuditLog::verifyValues(database); !values)
            return values.error();
        return *replay.failure();
    }
    work(database);
    if (second)
        worker.join();
    // The same order of complaints as when all was done in turn: the chain, the plain
    // values, the replay, then the tables.
    if (!done[Values])
        return done[Values].error();
    if (verification.headHash.isEmpty())
        verification.headHash = AuditLog::genesisHash();
    for (const Task task : {Findings, Comments, Coverage}) {
        if (!done[task])
            return done[task].error();
    }
    for (const auto kind :
         {AuditTables::Kind::Review, AuditTables::Kind::Repository, AuditTables::Kind::Export,
          AuditTables::Kind::LeadPackage, AuditTables::Kind::Refusal, AuditTables::Kind::Decision,
          AuditTables::Kind::Target}) {
        if (auto read = tables.read(kind, database, cancelled); !read)
            return read.error();
    }
    TableCheck check(replay, tables);
    for (const auto kind :
         {AuditTables::Kind::Review, AuditTables::Kind::Repository, AuditTables::Kind::Finding,
          AuditTables::Kind::Comment, AuditTables::Kind::Export, AuditTables::Kind::LeadPackage,
          AuditTables::Kind::Refusal, AuditTables::Kind::Decision, AuditTables::Kind::Target}) {
        if (auto same = check.compare(kind); !same)
            return same.error();
    }
    if (auto same = check.compareCoverage(); !same)
        return same.error();
    return verification;
}

} // namespace clearroom::review
