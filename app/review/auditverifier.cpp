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

#include <algorithm>
#include <cstdint>
#include <latch>
#include <system_error>
#include <thread>
#include <unordered_set>

namespace clearroom::review {

namespace {

// What comparing the rows of a table (all, or a range of their rowids) with the replay
// found: how many there were, and the row with the smallest id that disagrees.
struct RowsCompared
{
    Result<void> read; ///< the reading's own failure
    qsizetype rows = 0;
    bool disagrees = false;
    QByteArray id; ///< of the row with the smallest id that disagrees
    QByteArray value; ///< its value in the table
    const ReplayedRows::Row *expected = nullptr; ///< what the log says of it (null: nothing)

    // Adds what another range found.
    void add(RowsCompared other)
    {
        if (read && !other.read)
            read = other.read;
        rows += other.rows;
        if (other.disagrees && (!disagrees || other.id < id)) {
            disagrees = true;
            id = std::move(other.id);
            value = std::move(other.value);
            expected = other.expected;
        }
    }
};

// What comparing a range of coverage rows with the replay found: the first row (by id)
// that the log does not record or describes otherwise, else the first the table lacks.
struct CoverageCompared
{
    Result<void> read;
    std::optional<Error> wrong;
    std::optional<Error> missing;
};

// The tables compared with what the replayed audit log says they hold, row by row as they
// are read. Once the replay is done, threads may compare at once, each with its own
// connection (the replay is only read).
class TableCheck
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::AuditVerifier)

public:
    TableCheck(const AuditReplay &replay, const AuditTables &tables,
               const std::atomic_bool &cancelled)
        : m_replay(replay)
        , m_tables(tables)
        , m_cancelled(cancelled)
    {
    }

    // What messages call the rows of a kind, and where the replay keeps them.
    struct KindRows
    {
        const char *name; // untranslated
        ReplayedRows AuditReplay::*rows;
    };
    static KindRows kindRows(AuditTables::Kind kind)
    {
        switch (kind) {
        case AuditTables::Kind::Review:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "review"),
                    &AuditReplay::review};
        case AuditTables::Kind::Repository:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "repository"),
                    &AuditReplay::repositories};
        case AuditTables::Kind::Finding:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "finding"),
                    &AuditReplay::findings};
        case AuditTables::Kind::Comment:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "comment"),
                    &AuditReplay::comments};
        case AuditTables::Kind::Export:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "exported package"),
                    &AuditReplay::exports};
        case AuditTables::Kind::LeadPackage:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "imported package"),
                    &AuditReplay::leadPackages};
        case AuditTables::Kind::Refusal:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "refused package"),
                    &AuditReplay::refusals};
        case AuditTables::Kind::Decision:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier", "consolidation decision"),
                    &AuditReplay::decisions};
        case AuditTables::Kind::Target:
            return {QT_TRANSLATE_NOOP("clearroom::review::AuditVerifier",
                                      "chosen commit of the repository"),
                    &AuditReplay::targets};
        }
        Q_UNREACHABLE();
        return {"", &AuditReplay::review};
    }
    static QString name(AuditTables::Kind kind)
    {
        return QCoreApplication::translate("clearroom::review::AuditVerifier", kindRows(kind).name);
    }
    const ReplayedRows &replayed(AuditTables::Kind kind) const
    {
        return m_replay.*kindRows(kind).rows;
    }

    // Compares the rows of a kind in a range of rowids with the replay.
    RowsCompared compare(AuditTables::Kind kind, Database &database, AuditTables::Range range) const
    {
        const ReplayedRows &replayed = this->replayed(kind);
        RowsCompared compared;
        // A table's rows mostly come in the order the log added them: the replayed row
        // after the last one found is tried before a search.
        const auto begin = replayed.rows().cbegin();
        const auto end = replayed.rows().cend();
        auto next = begin;
        compared.read = m_tables.read(
            kind, database, range,
            [&](const AuditTables::Row &row) {
                ++compared.rows;
                while (next != end && !next->present)
                    ++next;
                const ReplayedRows::Row *expected = nullptr;
                if (next != end && next->id == row.id) {
                    expected = &*next++;
                } else {
                    expected = replayed.find(row.id);
                    if (expected)
                        next = begin + (expected - replayed.rows().data()) + 1;
                }
                if ((!expected || expected->value != row.value)
                    && (!compared.disagrees || row.id < byteView(compared.id))) {
                    compared.disagrees = true;
                    compared.id = byteArray(row.id);
                    compared.value = byteArray(row.value);
                    compared.expected = expected;
                }
                return true;
            },
            m_cancelled);
        return compared;
    }

    // What the comparison of all rows of a kind says; the error names the row with the
    // smallest id that disagrees (or, when all agree, the smallest the table lacks).
    Result<void> verdict(AuditTables::Kind kind, const RowsCompared &compared,
                         Database &database) const
    {
        if (!compared.read)
            return compared.read;
        const QString name = this->name(kind);
        if (compared.disagrees) {
            if (!compared.expected) {
                return Error {
                    tr("The %1 '%2' is in the workspace, but no audit log entry records it.")
                        .arg(name, QString::fromUtf8(compared.id))};
            }
            return Error {disagreement(name, compared.id, compared.value, *compared.expected)};
        }
        const ReplayedRows &replayed = this->replayed(kind);
        if (compared.rows == replayed.size())
            return {};
        // Rows the log records are missing: the ids the table has are read again (only a
        // workspace changed behind Clearroom's back comes here).
        std::unordered_set<std::string> ids;
        auto read = m_tables.read(
            kind, database, {},
            [&ids](const AuditTables::Row &row) {
                ids.emplace(row.id);
                return true;
            },
            m_cancelled);
        if (!read)
            return read;
        const ReplayedRows::Row *missing = nullptr;
        for (const ReplayedRows::Row &row : replayed.rows()) {
            if (row.present && !ids.count(std::string(row.id))
                && (!missing || row.id < missing->id))
                missing = &row;
        }
        if (!missing)
            return {}; // cancelled
        return Error {tr("The %1 '%2' recorded by audit log entry %3 is missing from the "
                         "workspace.")
                          .arg(name, QString::fromUtf8(byteArray(missing->id)))
                          .arg(missing->seq)};
    }

    CoverageCompared compareCoverage(Database &database, AuditTables::Range range) const;

private:
    // The first field (by name) in which a row and the log disagree.
    static QString disagreement(const QString &name, const QByteArray &key,
                                const QByteArray &actual, const ReplayedRows::Row &expected)
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
    const std::atomic_bool &m_cancelled;
};

// The coverage table and the replayed rows side by side, both in the order of ids: the
// first row that disagrees is the first found.
CoverageCompared TableCheck::compareCoverage(Database &database, AuditTables::Range range) const
{
    const QString name = tr("coverage row");
    const CoverageRows &replayed = m_replay.coverage;
    const auto byId = [](const CoverageRow &row, qint64 id) { return row.id < id; };
    auto next
        = std::lower_bound(replayed.rows().cbegin(), replayed.rows().cend(), range.first, byId);
    const auto end
        = std::upper_bound(next, replayed.rows().cend(), range.last,
                           [](qint64 id, const CoverageRow &row) { return id < row.id; });
    CoverageCompared compared;
    const CoverageRow *missing = nullptr;
    // The last pairs of paths and of contexts found equal: the rows of one file share
    // their path, those of one mark their context.
    std::pair<int, int> samePaths {-1, -1};
    std::pair<int, int> sameContexts {-1, -1};
    compared.read = m_tables.readCoverage(
        database, range,
        [&](const AuditTables::CoverageRead &read) {
            const CoverageRow &row = read.row;
            for (; next != end && (next->removed || next->id < row.id); ++next) {
                if (!next->removed && !missing)
                    missing = &*next;
            }
            if (next == end || next->id != row.id) {
                compared.wrong = Error {
                    tr("The %1 '%2' is in the workspace, but no audit log entry records it.")
                        .arg(name, QString::number(row.id))};
                return false;
            }
            const CoverageRow &expected = *next++;
            bool same = expected.startLine == row.startLine && expected.endLine == row.endLine;
            const std::pair<int, int> paths {expected.path, row.path};
            if (same && paths != samePaths) {
                same = replayed.paths()[size_t(expected.path)] == read.path;
                if (same)
                    samePaths = paths;
            }
            const std::pair<int, int> contexts {expected.context, row.context};
            if (same && contexts != sameContexts) {
                same = replayed.contexts()[size_t(expected.context)] == read.context;
                if (same)
                    sameContexts = contexts;
            }
            if (!same) {
                compared.wrong
                    = Error {tr("The %1 '%2' in the workspace is %3, but the audit log (entry %4) "
                                "says %5.")
                                 .arg(name, QString::number(row.id),
                                      AuditReplay::shortJson(
                                          CoverageRows::describe(row, read.path, read.context)))
                                 .arg(expected.seq)
                                 .arg(AuditReplay::shortJson(replayed.describe(expected)))};
                return false;
            }
            return true;
        },
        m_cancelled);
    if (!compared.read || compared.wrong || m_cancelled)
        return compared;
    for (; next != end && !missing; ++next) {
        if (!next->removed)
            missing = &*next;
    }
    if (missing) {
        compared.missing = Error {tr("The %1 '%2' recorded by audit log entry %3 is missing "
                                     "from the workspace.")
                                      .arg(name, QString::number(missing->id))
                                      .arg(missing->seq)};
    }
    return compared;
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

// Work for whichever of two threads is free, each with its own connection: taken in
// order, each task once (once cancelled, the rest are taken and left undone).
class Tasks
{
public:
    explicit Tasks(std::vector<std::function<void(Database &)>> tasks)
        : m_tasks(std::move(tasks))
    {
    }
    /// Does tasks until every one is taken.
    void work(Database &connection, const std::atomic_bool &cancelled)
    {
        for (size_t task; (task = m_next++) < m_tasks.size();) {
            if (!cancelled)
                m_tasks[task](connection);
            ++m_finished;
            m_finished.notify_all();
        }
    }
    /// Waits until the tasks the other thread took are done too (after work()).
    void wait()
    {
        for (size_t finished; (finished = m_finished) < m_tasks.size();)
            m_finished.wait(finished);
    }

private:
    std::vector<std::function<void(Database &)>> m_tasks;
    std::atomic_size_t m_next = 0;
    std::atomic_size_t m_finished = 0;
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
    auto head = AuditLog::headHash(database);
    if (!head)
        return head.error();
    auto largestCoverageId = AuditTables::largestCoverageId(database);
    if (!largestCoverageId)
        return largestCoverageId.error();
    auto largestFindingRowid = AuditTables::largestFindingRowid(database);
    if (!largestFindingRowid)
        return largestFindingRowid.error();

    // Two threads share the work, each with its own connection, while a third parses and
    // replays the log as this one reads and hashes it. Before the replay is done: the
    // findings' anchors and the plain values kept beside the log (the only work that does
    // not need the replay). Then each table is compared with the replay as it is read, the
    // two big ones in halves, so that both threads are busy to the end and no table is
    // kept in memory. (The worker is joined before the connections go.)
    AuditTables tables;
    AuditReplay replay;
    std::atomic_bool cancelled = false;
    const TableCheck check(replay, tables, cancelled);
    Result<void> anchors;
    Result<void> values;
    Tasks beforeReplay(
        {[&](Database &connection) { anchors = tables.readAnchors(connection, cancelled); },
         [&](Database &connection) { values = AuditLog::verifyValues(connection, &cancelled); }});
    using Kind = AuditTables::Kind;
    const qint64 findingsMiddle = *largestFindingRowid / 2;
    const qint64 coverageMiddle = *largestCoverageId / 2;
    RowsCompared findings[2];
    CoverageCompared coverage[2];
    RowsCompared comments;
    Tasks afterReplay({
        // The longest first.
        [&](Database &connection) {
            coverage[0] = check.compareCoverage(connection, {INT64_MIN, coverageMiddle});
        },
        [&](Database &connection) {
            coverage[1] = check.compareCoverage(connection, {coverageMiddle + 1, INT64_MAX});
        },
        [&](Database &connection) {
            findings[0] = check.compare(Kind::Finding, connection, {INT64_MIN, findingsMiddle});
        },
        [&](Database &connection) {
            findings[1] = check.compare(Kind::Finding, connection, {findingsMiddle + 1, INT64_MAX});
        },
        [&](Database &connection) { comments = check.compare(Kind::Comment, connection, {}); },
    });
    std::latch replayed(1);
    struct Release
    {
        std::latch &replayed;
        std::atomic_bool &cancelled;
        bool released = false;
        void operator()()
        {
            if (!std::exchange(released, true))
                replayed.count_down();
        }
        ~Release()
        {
            cancelled = true;
            (*this)();
        }
    };
    std::optional<Database> second = sameSnapshot(workspace.fileName(), *head);
    std::jthread worker;
    if (second) {
        try {
            worker = std::jthread([&] {
                beforeReplay.work(*second, cancelled);
                replayed.wait();
                beforeReplay.wait(); // the anchors, which the findings need
                afterReplay.work(*second, cancelled);
            });
        } catch (const std::system_error &) {
            // No thread to be had (the process's limit): this one does every task.
            second.reset();
        }
    }
    // Declared after the worker, so destroyed before it is joined: it lets the worker go.
    Release release {replayed, cancelled};

    // The log is read once: each entry replayed as soon as its hash is checked.
    replay.coverage.reserve(*largestCoverageId);
    replay.findings.reserve(qsizetype(*largestFindingRowid));
    AuditVerification verification;
    auto chain = AuditLog::verifyEntries(
        database,
        [&](qint64 seq, const QByteArray &hash, const JsonLine &line) {
            verification.entries = seq;
            verification.headHash = hash;
            replay.apply(seq, line.root());
        },
        [&] { beforeReplay.work(database, cancelled); });
    if (!chain)
        return chain.error();
    if (replay.failure()) {
        // The tables no longer matter, but a changed plain value is still said first, as
        // when all was done in turn.
        cancelled = true;
        release();
        if (second)
            worker.join();
        if (auto kept = AuditLog::verifyValues(database); !kept)
            return kept.error();
        return *replay.failure();
    }
    beforeReplay.work(database, cancelled);
    release();
    beforeReplay.wait();
    afterReplay.work(database, cancelled);
    if (second)
        worker.join();
    // The same order of complaints as when all was done in turn: the chain, the plain
    // values, the replay, then the tables.
    if (!values)
        return values.error();
    if (!anchors)
        return anchors.error();
    if (verification.headHash.isEmpty())
        verification.headHash = AuditLog::genesisHash();
    findings[0].add(std::move(findings[1]));
    for (const auto kind :
         {Kind::Review, Kind::Repository, Kind::Finding, Kind::Comment, Kind::Export,
          Kind::LeadPackage, Kind::Refusal, Kind::Decision, Kind::Target}) {
        Result<void> same;
        if (kind == Kind::Finding)
            same = check.verdict(kind, findings[0], database);
        else if (kind == Kind::Comment)
            same = check.verdict(kind, comments, database);
        else
            same = check.verdict(kind, check.compare(kind, database, {}), database);
        if (!same)
            return same.error();
    }
    for (const CoverageCompared &half : coverage) {
        if (!half.read)
            return half.read.error();
    }
    for (const CoverageCompared &half : coverage) {
        if (half.wrong)
            return *half.wrong;
    }
    for (const CoverageCompared &half : coverage) {
        if (half.missing)
            return *half.missing;
    }
    return verification;
}

} // namespace clearroom::review
