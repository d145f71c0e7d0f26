// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingstore.h"

#include "auditstate.h"
#include "byteview.h"
#include "cwecatalogue.h"
#include "database.h"
#include "statement.h"
#include "workspace.h"

#include <QHash>

#include <algorithm>
#include <functional>
#include <numeric>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>
#include <vector>

namespace clearroom::review {

namespace {

const QString findingColumns = QStringLiteral(
    "f.id, f.repository, f.commit_id, f.title, f.severity, f.cwe, f.status, f.description, "
    "f.recommendation, f.author, f.author_fingerprint, f.created, f.updated, f.generation, "
    "f.anchor_state");
const QString locationColumns
    = QStringLiteral("l.path, l.blob_id, l.start_line, l.end_line, l.start_column, l.end_column, "
                     "l.excerpt_sha256, l.context_before, l.context_after, l.state");

// Values that repeat from row to row (a review's few repositories, commits and authors,
// the names of severities, statuses and anchor states): each distinct one read once and
// shared by the rows, instead of a string allocated (and decoded) for every row. `read`
// reads a column's value; the first `Limit` distinct values are kept.
template<typename T, typename Read, int Limit = 16>
class RepeatedValues
{
public:
    explicit RepeatedValues(Read read)
        : m_read(std::move(read))
    {
    }

    T value(const Statement &row, int column)
    {
        const std::string_view bytes = row.bytes(column);
        for (const auto &[key, value] : m_known) {
            if (byteView(key) == bytes)
                return value;
        }
        T value = m_read(row, column);
        if (m_known.size() < Limit)
            m_known.emplace_back(byteArray(bytes), value);
        return value;
    }

private:
    Read m_read;
    std::vector<std::pair<QByteArray, T>> m_known;
};

template<typename T, typename Read>
RepeatedValues<T, Read> repeatedValues(Read read)
{
    return RepeatedValues<T, Read>(std::move(read));
}

const auto readText = [](const Statement &row, int column) { return row.text(column); };
const auto readBlob = [](const Statement &row, int column) { return row.blob(column); };
const auto readSeverity = [](const Statement &row, int column) {
    return FindingNames::severityFromKey(row.text(column)).value_or(Severity::Medium);
};
const auto readStatus = [](const Statement &row, int column) {
    return FindingNames::statusFromKey(row.text(column)).value_or(FindingStatus::Open);
};
const auto readAnchor = [](const Statement &row, int column) {
    return FindingNames::anchorFromKey(row.text(column)).value_or(AnchorState::Original);
};

// Reads the rows of a query for findings, sharing what repeats between them.
class FindingReader
{
public:
    Finding read(const Statement &row)
    {
        Finding finding;
        finding.id = row.text(0);
        finding.repository = m_repositories.value(row, 1);
        finding.commit = m_commits.value(row, 2);
        finding.title = row.text(3);
        finding.severity = m_severities.value(row, 4);
        finding.cwe = int(row.integer(5));
        finding.status = m_statuses.value(row, 6);
        finding.description = row.text(7);
        finding.recommendation = row.text(8);
        finding.author = m_authors.value(row, 9);
        finding.authorFingerprint = m_fingerprints.value(row, 10);
        finding.created = timeFromText(row.bytes(11));
        finding.updated = timeFromText(row.bytes(12));
        finding.generation = int(row.integer(13));
        finding.anchorState = m_anchors.value(row, 14);
        return finding;
    }

private:
    RepeatedValues<QString, decltype(readText)> m_repositories {readText};
    RepeatedValues<QByteArray, decltype(readBlob)> m_commits {readBlob};
    RepeatedValues<QString, decltype(readText)> m_authors {readText};
    RepeatedValues<QString, decltype(readText)> m_fingerprints {readText};
    RepeatedValues<Severity, decltype(readSeverity)> m_severities {readSeverity};
    RepeatedValues<FindingStatus, decltype(readStatus)> m_statuses {readStatus};
    RepeatedValues<AnchorState, decltype(readAnchor)> m_anchors {readAnchor};
};

AnchorState anchorOf(const Statement &row, int column)
{
    return readAnchor(row, column);
}

// `copy` makes the path's and the blob id's bytes (readLocations() shares them), `state`
// reads the anchor state.
template<typename Copy = QByteArray (*)(std::string_view),
         typename State = AnchorState (*)(const Statement &, int)>
FindingLocation readLocation(const Statement &row, int first, Copy copy = &byteArray,
                             State state = &anchorOf)
{
    FindingLocation location;
    location.path = copy(row.bytes(first));
    location.blobId = copy(row.bytes(first + 1));
    location.startLine = int(row.integer(first + 2));
    location.endLine = int(row.integer(first + 3));
    location.startColumn = int(row.integer(first + 4));
    location.endColumn = int(row.integer(first + 5));
    location.excerptDigest = row.blob(first + 6);
    location.contextBefore = row.blob(first + 7);
    location.contextAfter = row.blob(first + 8);
    location.state = state(row, first + 9);
    return location;
}

bool isHex(const QByteArray &text, int size)
{
    if (text.size() != size)
        return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    }
    return true;
}

Result<QVector<Comment>> selectComments(Database &database, const QString &findingId);

} // namespace

FindingStore::FindingStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

Result<void> FindingStore::checkCwe(int cwe)
{
    if (cwe == 0)
        return {};
    const CweCatalogue &catalogue = CweCatalogue::instance();
    if (cwe < 0 || !catalogue.contains(cwe)) {
        return Error {tr("CWE-%1 is not a weakness in the CWE catalogue (version %2).")
                          .arg(cwe)
                          .arg(catalogue.version())};
    }
    return {};
}

Result<void> FindingStore::validate(const Finding &finding)
{
    if (finding.title.trimmed().isEmpty())
        return Error {tr("A finding needs a title.")};
    if (finding.locations.isEmpty())
        return Error {tr("A finding needs a location.")};
    if (!isHex(finding.commit, 40))
        return Error {tr("The finding's commit is not a full object id.")};
    if (auto known = checkCwe(finding.cwe); !known)
        return known;
    for (const FindingLocation &location : finding.locations) {
        if (auto valid = validate(location); !valid)
            return valid;
    }
    if (auto repository = m_workspace.repository(finding.repository); !repository)
        return repository.error();
    return {};
}

Result<void> FindingStore::validate(const FindingLocation &location)
{
    if (location.path.isEmpty())
        return Error {tr("A location of the finding has no path.")};
    if (location.startLine < 1 || location.endLine < location.startLine) {
        return Error {tr("The line range %1-%2 of '%3' is not a range of lines.")
                          .arg(location.startLine)
                          .arg(location.endLine)
                          .arg(QString::fromUtf8(location.path))};
    }
    if (!isHex(location.blobId, 40) || !isHex(location.excerptDigest, 64))
        return Error {tr("A location of the finding was not read from the repository.")};
    return {};
}

Result<QString> FindingStore::add(Finding finding)
{
    if (auto valid = validate(finding); !valid)
        return valid.error();
    const ReviewInfo &review = m_workspace.review();
    finding.id = newUuid();
    finding.author = review.reviewerName;
    finding.authorFingerprint = review.reviewerFingerprint;
    finding.created = finding.updated = m_workspace.now();
    finding.generation = 0;
    finding.anchorState = AnchorState::Original;
    for (FindingLocation &location : finding.locations)
        location.state = AnchorState::Original;

    auto added = m_workspace.act(QStringLiteral("finding.create"), [&](AuditRecord &record) {
        auto insert = m_workspace.database().prepare(QStringLiteral(
            "INSERT INTO finding(id, repository, commit_id, title, severity, cwe, status, "
            "description, recommendation, author, author_fingerprint, created, updated, "
            "generation, anchor_state) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, "
            "'original')"));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, finding.id)
            .bind(2, finding.repository)
            .bind(3, QString::fromLatin1(finding.commit))
            .bind(4, finding.title)
            .bind(5, FindingNames::severityKey(finding.severity))
            .bind(6, qint64(finding.cwe))
            .bind(7, FindingNames::statusKey(finding.status))
            .bind(8, finding.description)
            .bind(9, finding.recommendation)
            .bind(10, finding.author)
            .bind(11, finding.authorFingerprint)
            .bind(12, timeToText(finding.created))
            .bind(13, timeToText(finding.updated));
        if (auto inserted = insert->run(); !inserted)
            return inserted;
        if (auto locations = insertLocations(finding.id, finding.commit, 0, finding.locations);
            !locations)
            return locations;
        QJsonObject state = auditstate::findingFields(finding, record);
        state.insert(QStringLiteral("anchors"),
                     QJsonArray {auditstate::locationsValue(finding.locations, record)});
        record.set(QStringLiteral("entity"), QStringLiteral("finding"));
        record.set(QStringLiteral("id"), finding.id);
        record.set(QStringLiteral("new"), state);
        return Result<void>();
    });
    if (!added)
        return added.error();
    return finding.id;
}

Result<void> FindingStore::insertLocations(const QString &id, const QByteArray &commit,
                                           int generation,
                                           const QVector<FindingLocation> &locations,
                                           int firstOrdinal)
{
    auto insert = m_workspace.database().prepare(QStringLiteral(
        "INSERT INTO location(finding_id, generation, ordinal, commit_id, path, blob_id, "
        "start_line, end_line, start_column, end_column, excerpt_sha256, context_before, "
        "context_after, state) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (int i = 0; i < locations.size(); ++i) {
        const FindingLocation &location = locations.at(i);
        insert->reset();
        insert->bind(1, id)
            .bind(2, qint64(generation))
            .bind(3, qint64(firstOrdinal + i))
            .bind(4, QString::fromLatin1(commit))
            .bind(5, location.path)
            .bind(6, QString::fromLatin1(location.blobId))
            .bind(7, qint64(location.startLine))
            .bind(8, qint64(location.endLine))
            .bind(9, qint64(location.startColumn))
            .bind(10, qint64(location.endColumn))
            .bind(11, QString::fromLatin1(location.excerptDigest))
            .bind(12, location.contextBefore)
            .bind(13, location.contextAfter)
            .bind(14, FindingNames::anchorKey(location.state));
        if (auto inserted = insert->run(); !inserted)
            return inserted;
    }
    return {};
}

Result<bool> FindingStore::update(const QString &id, const FindingChanges &changes)
{
    if (changes.title && changes.title->trimmed().isEmpty())
        return Error {tr("A finding needs a title.")};
    if (changes.cwe) {
        if (auto known = checkCwe(*changes.cwe); !known)
            return known.error();
    }
    bool changed = false;
    auto updated = m_workspace.act(QStringLiteral("finding.update"), [&](AuditRecord &record) {
        auto current = get(id);
        if (!current)
            return Result<void>(current.error());
        Finding after = *current;
        if (changes.title)
            after.title = *changes.title;
        if (changes.severity)
            after.severity = *changes.severity;
        if (changes.cwe)
            after.cwe = *changes.cwe;
        if (changes.status)
            after.status = *changes.status;
        if (changes.description)
            after.description = *changes.description;
        if (changes.recommendation)
            after.recommendation = *changes.recommendation;
        after.updated = m_workspace.now();

        AuditRecord scratch(QString {});
        const QJsonObject before = auditstate::findingFields(*current, scratch);
        const QJsonObject now = auditstate::findingFields(after, record);
        QJsonObject oldValues;
        QJsonObject newValues;
        for (auto it = now.begin(); it != now.end(); ++it) {
            if (it.key() != QLatin1String("updated") && before.value(it.key()) != it.value()) {
                oldValues.insert(it.key(), before.value(it.key()));
                newValues.insert(it.key(), it.value());
            }
        }
        if (newValues.isEmpty())
            return Result<void>(); // nothing to record; the transaction is committed empty
        changed = true;
        oldValues.insert(QStringLiteral("updated"), before.value(QStringLiteral("updated")));
        newValues.insert(QStringLiteral("updated"), now.value(QStringLiteral("updated")));
        // Values withheld from the old side stay retrievable beside the log too.
        (void)auditstate::findingFields(*current, record);

        auto statement = m_workspace.database().prepare(QStringLiteral(
            "UPDATE finding SET title = ?, severity = ?, cwe = ?, status = ?, description = ?, "
            "recommendation = ?, updated = ? WHERE id = ?"));
        if (!statement)
            return Result<void>(statement.error());
        statement->bind(1, after.title)
            .bind(2, FindingNames::severityKey(after.severity))
            .bind(3, qint64(after.cwe))
            .bind(4, FindingNames::statusKey(after.status))
            .bind(5, after.description)
            .bind(6, after.recommendation)
            .bind(7, timeToText(after.updated))
            .bind(8, id);
        record.set(QStringLiteral("entity"), QStringLiteral("finding"));
        record.set(QStringLiteral("id"), id);
        record.set(QStringLiteral("old"), oldValues);
        record.set(QStringLiteral("new"), newValues);
        return statement->run();
    });
    if (!updated)
        return updated.error();
    return changed;
}

Result<void> FindingStore::remove(const QString &id)
{
    return m_workspace.act(QStringLiteral("finding.delete"), [&](AuditRecord &record) {
        auto current = get(id);
        if (!current)
            return Result<void>(current.error());
        auto thread = comments(id);
        if (!thread)
            return Result<void>(thread.error());
        QJsonObject state = auditstate::findingFields(*current, record);
        QJsonArray anchors;
        for (int generation = 0; generation <= current->generation; ++generation) {
            auto locations = this->anchors(id, generation);
            if (!locations)
                return Result<void>(locations.error());
            anchors.append(auditstate::locationsValue(*locations, record));
        }
        state.insert(QStringLiteral("anchors"), anchors);
        QJsonObject comments;
        for (const Comment &comment : *thread)
            comments.insert(comment.id, auditstate::commentFields(comment, record));
        state.insert(QStringLiteral("comments"), comments);

        auto statement
            = m_workspace.database().prepare(QStringLiteral("DELETE FROM finding WHERE id = ?"));
        if (!statement)
            return Result<void>(statement.error());
        statement->bind(1, id);
        record.set(QStringLiteral("entity"), QStringLiteral("finding"));
        record.set(QStringLiteral("id"), id);
        record.set(QStringLiteral("old"), state);
        return statement->run();
    });
}

Result<void> FindingStore::addLocations(const QString &id, QVector<FindingLocation> locations)
{
    if (locations.isEmpty())
        return Error {tr("No location to add to the finding.")};
    for (FindingLocation &location : locations) {
        if (auto valid = validate(location); !valid)
            return valid;
        // A location added later is as current as the others: it starts where it is.
        location.state = AnchorState::Original;
    }
    return m_workspace.act(QStringLiteral("finding.locate"), [&](AuditRecord &record) {
        auto current = get(id);
        if (!current)
            return Result<void>(current.error());
        QVector<FindingLocation> all = current->locations; // and those added before each
        for (const FindingLocation &location : std::as_const(locations)) {
            for (const FindingLocation &existing : std::as_const(all)) {
                if (existing.path == location.path && existing.startLine == location.startLine
                    && existing.endLine == location.endLine) {
                    return Result<void>(Error {tr("Lines %1-%2 of '%3' are a location of the "
                                                  "finding already.")
                                                   .arg(location.startLine)
                                                   .arg(location.endLine)
                                                   .arg(QString::fromUtf8(location.path))});
                }
            }
            all.append(location);
        }
        const QString updated = timeToText(m_workspace.now());
        auto statement = m_workspace.database().prepare(
            QStringLiteral("UPDATE finding SET updated = ? WHERE id = ?"));
        if (!statement)
            return Result<void>(statement.error());
        statement->bind(1, updated).bind(2, current->id);
        if (auto changed = statement->run(); !changed)
            return changed;
        if (auto inserted = insertLocations(current->id, current->commit, current->generation,
                                            locations, int(current->locations.size()));
            !inserted)
            return inserted;
        record.set(QStringLiteral("entity"), QStringLiteral("finding"));
        record.set(QStringLiteral("id"), current->id);
        record.set(QStringLiteral("old"),
                   QJsonObject {{QStringLiteral("updated"), timeToText(current->updated)}});
        record.set(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("updated"), updated},
                                {QStringLiteral("locations"),
                                 auditstate::locationsValue(locations, record)}});
        return Result<void>();
    });
}

Result<void> FindingStore::move(const QString &id, const QByteArray &commit,
                                const QVector<FindingLocation> &locations, AnchorState state)
{
    if (!isHex(commit, 40))
        return Error {tr("The finding's commit is not a full object id.")};
    return m_workspace.act(QStringLiteral("finding.move"), [&](AuditRecord &record) {
        auto current = get(id);
        if (!current)
            return Result<void>(current.error());
        const int generation = current->generation + 1;
        const QString updated = timeToText(m_workspace.now());
        auto statement = m_workspace.database().prepare(
            QStringLiteral("UPDATE finding SET commit_id = ?, generation = ?, anchor_state = ?, "
                           "updated = ? WHERE id = ?"));
        if (!statement)
            return Result<void>(statement.error());
        statement->bind(1, QString::fromLatin1(commit))
            .bind(2, qint64(generation))
            .bind(3, FindingNames::anchorKey(state))
            .bind(4, updated)
            .bind(5, id);
        if (auto moved = statement->run(); !moved)
            return moved;
        if (auto inserted = insertLocations(id, commit, generation, locations); !inserted)
            return inserted;
        record.set(QStringLiteral("entity"), QStringLiteral("finding"));
        record.set(QStringLiteral("id"), id);
        record.set(QStringLiteral("old"),
                   QJsonObject {{QStringLiteral("commit"), QString::fromLatin1(current->commit)},
                                {QStringLiteral("generation"), current->generation},
                                {QStringLiteral("anchor_state"),
                                 FindingNames::anchorKey(current->anchorState)},
                                {QStringLiteral("updated"), timeToText(current->updated)}});
        record.set(QStringLiteral("new"),
                   QJsonObject {
                       {QStringLiteral("commit"), QString::fromLatin1(commit)},
                       {QStringLiteral("generation"), generation},
                       {QStringLiteral("anchor_state"), FindingNames::anchorKey(state)},
                       {QStringLiteral("updated"), updated},
                       {QStringLiteral("anchor"), auditstate::locationsValue(locations, record)}});
        return Result<void>();
    });
}

namespace {

// A location as read, with its finding's rowid and move.
struct ReadLocation
{
    qint64 finding = 0;
    qint64 generation = 0;
    FindingLocation location;
};

// Every location of the findings `where` selects, with its finding's rowid (all moves:
// for all findings, a scan beats looking up each one's current move). The findings of a
// review gather in a few files: their locations share one copy of each path and blob id,
// which saves memory, and a filter by path finds it in the cache.
Result<void> readLocations(Database &database, const QString &where, const QString &argument,
                           std::vector<ReadLocation> &out)
{
    std::unordered_map<std::string_view, QByteArray> copies; // keys view their values
    const auto shared = [&copies](std::string_view bytes) {
        if (const auto it = copies.find(bytes); it != copies.end())
            return it->second;
        const QByteArray copy = byteArray(bytes);
        copies.emplace(byteView(copy), copy);
        return copy;
    };
    auto states = repeatedValues<AnchorState>(readAnchor);
    const auto state
        = [&states](const Statement &row, int column) { return states.value(row, column); };
    auto locations = database.prepare(
        QStringLiteral("SELECT f.rowid, l.generation, ") + locationColumns
        + QStringLiteral(" FROM location l JOIN finding f ON f.id = l.finding_id ") + where
        + QStringLiteral(" ORDER BY l.finding_id, l.generation, l.ordinal"));
    if (!locations)
        return locations.error();
    if (!argument.isNull())
        locations->bind(1, argument);
    while (true) {
        auto row = locations->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        out.push_back({locations->integer(0), locations->integer(1),
                       readLocation(*locations, 2, shared, state)});
    }
}

// A connection of its own for a worker to read with, when there is enough to read for
// it to pay (a big review's findings).
std::optional<Database> readerFor(Database &database)
{
    constexpr qint64 enoughFindings = 10000;
    auto count = database.prepare(QStringLiteral("SELECT max(rowid) FROM finding"));
    if (!count)
        return std::nullopt;
    if (auto row = count->step(); !row || !*row || count->integer(0) < enoughFindings)
        return std::nullopt;
    auto reader = Database::open(database.fileName(), Database::Mode::ReadOnly);
    if (!reader)
        return std::nullopt;
    return std::move(reader).value();
}

// How many findings there are (0 if that cannot be read): counting the rows costs a
// small fraction of reading them.
qint64 findingCount(Database &database)
{
    auto count = database.prepare(QStringLiteral("SELECT count(*) FROM finding"));
    if (!count)
        return 0;
    if (auto row = count->step(); !row || !*row)
        return 0;
    return count->integer(0);
}

} // namespace

// Sorting and matching happen here rather than in SQL: for all findings of a big review
// (the findings panel's model) SQLite would sort 100 MB of rows in a temporary b-tree and
// look each location's finding up by id, several times slower than scanning both tables
// in the order of their keys. For all findings of a big review, a worker with its own
// connection reads the locations meanwhile (each of the two reads sees the latest commit
// when it starts, as the two statements one after the other did).
Result<QVector<Finding>> FindingStore::select(const QString &where, const QString &argument)
{
    Database &database = m_workspace.database();
    std::vector<ReadLocation> locations;
    Result<void> locationsRead;
    std::optional<Database> reader = where.isEmpty() ? readerFor(database) : std::nullopt;
    std::jthread worker;
    if (reader) {
        try {
            worker = std::jthread(
                [&] { locationsRead = readLocations(*reader, where, argument, locations); });
        } catch (const std::system_error &) {
            // No thread to be had (the process's limit): read afterwards, here.
            reader.reset();
        }
    }

    auto findings = database.prepare(QStringLiteral("SELECT ") + findingColumns
                                     + QStringLiteral(", f.rowid FROM finding f ") + where
                                     + QStringLiteral(" ORDER BY f.rowid DESC"));
    if (!findings)
        return findings.error();
    if (!argument.isNull())
        findings->bind(1, argument);
    const qint64 expected = where.isEmpty() ? findingCount(database) : 0;
    QVector<Finding> found;
    // Newest rows first, so that the findings lie in memory about in the order they are
    // shown (newest first), which a filter going through them all notices.
    std::vector<qint64> rowids; // descending
    // The times created as stored, one after the other, for the order (not a string for
    // each).
    std::string created;
    std::vector<size_t> createdEnds;
    const auto createdAt = [&created, &createdEnds](size_t row) {
        const size_t start = row == 0 ? 0 : createdEnds[row - 1];
        return std::string_view(created).substr(start, createdEnds[row] - start);
    };
    // Room for every finding at once: growing would move them all, several times.
    if (expected > 0) {
        found.reserve(qsizetype(expected));
        rowids.reserve(size_t(expected));
        created.reserve(size_t(expected) * 24); // the length of the form stored
        createdEnds.reserve(size_t(expected));
    }
    FindingReader rows;
    while (true) {
        auto row = findings->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        found.append(rows.read(*findings));
        created.append(findings->bytes(11));
        createdEnds.push_back(created.size());
        rowids.push_back(findings->integer(15));
    }

    if (reader)
        worker.join();
    else if (!found.isEmpty())
        locationsRead = readLocations(database, where, argument, locations);
    if (!locationsRead)
        return locationsRead.error();
    // Only the current move's locations are the finding's; given to the findings in their
    // order, so that they lie in memory in it too.
    std::vector<std::pair<qint64, qsizetype>> byFinding; // finding's rowid, location
    byFinding.reserve(locations.size());
    for (size_t i = 0; i < locations.size(); ++i)
        byFinding.emplace_back(locations[i].finding, qsizetype(i));
    std::sort(byFinding.begin(), byFinding.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    auto at = rowids.cbegin(); // both in descending order: walked side by side
    for (const auto &[rowid, index] : byFinding) {
        while (at != rowids.cend() && *at > rowid)
            ++at;
        if (at == rowids.cend() || *at != rowid)
            continue;
        ReadLocation &read = locations[size_t(index)];
        Finding &finding = found[at - rowids.cbegin()];
        if (read.generation == finding.generation)
            finding.locations.append(std::move(read.location));
    }

    // Newest first; the same time by id.
    std::vector<qsizetype> order(size_t(found.size()));
    std::iota(order.begin(), order.end(), 0);
    const auto newer = [&](qsizetype a, qsizetype b) {
        const int byTime = createdAt(size_t(a)).compare(createdAt(size_t(b)));
        return byTime != 0 ? byTime > 0 : found.at(a).id < found.at(b).id;
    };
    if (std::is_sorted(order.begin(), order.end(), newer)) // as read, most often
        return found;
    std::sort(order.begin(), order.end(), newer);
    QVector<Finding> result;
    result.reserve(found.size());
    for (const qsizetype at : order)
        result.append(std::move(found[at]));
    return result;
}

Result<Finding> FindingStore::get(const QString &id)
{
    auto found = select(QStringLiteral("WHERE f.id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error {tr("There is no finding with the id '%1'.").arg(id)};
    return found->constFirst();
}

Result<QString> FindingStore::resolveId(const QString &prefix)
{
    const QString wanted = prefix.trimmed().toLower();
    if (wanted.size() < 4)
        return Error {tr("'%1' is too short to name a finding: give at least 4 characters of "
                         "its id.")
                          .arg(prefix)};
    auto statement = m_workspace.database().prepare(
        QStringLiteral("SELECT id FROM finding WHERE substr(id, 1, ?) = ? LIMIT 2"));
    if (!statement)
        return statement.error();
    statement->bind(1, qint64(wanted.size())).bind(2, wanted);
    QStringList ids;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ids.append(statement->text(0));
    }
    if (ids.isEmpty())
        return Error {tr("There is no finding with the id '%1'.").arg(prefix)};
    if (ids.size() > 1)
        return Error {tr("'%1' names more than one finding: give more of its id.").arg(prefix)};
    return ids.constFirst();
}

Result<QVector<Finding>> FindingStore::all()
{
    return select(QString(), QString());
}

Result<QVector<Finding>> FindingStore::inBlob(const QByteArray &blobId)
{
    return select(QStringLiteral("WHERE f.id IN (SELECT l2.finding_id FROM location l2 JOIN "
                                 "finding f2 ON f2.id = l2.finding_id AND l2.generation = "
                                 "f2.generation WHERE l2.blob_id = ?)"),
                  QString::fromLatin1(blobId));
}

Result<QVector<FindingLocation>> FindingStore::anchors(const QString &id, int generation)
{
    auto statement = m_workspace.database().prepare(
        QStringLiteral("SELECT ") + locationColumns
        + QStringLiteral(" FROM location l WHERE l.finding_id = ? AND l.generation = ? "
                         "ORDER BY l.ordinal"));
    if (!statement)
        return statement.error();
    statement->bind(1, id).bind(2, qint64(generation));
    QVector<FindingLocation> locations;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return locations;
        locations.append(readLocation(*statement, 0));
    }
}

Result<QString> FindingStore::addComment(const QString &findingId, const QString &body)
{
    if (body.trimmed().isEmpty())
        return Error {tr("A comment needs some text.")};
    Comment comment {newUuid(), findingId, m_workspace.review().reviewerName, m_workspace.now(),
                     body};
    auto added = m_workspace.act(QStringLiteral("comment.create"), [&](AuditRecord &record) {
        if (auto finding = get(findingId); !finding)
            return Result<void>(finding.error());
        auto insert = m_workspace.database().prepare(QStringLiteral(
            "INSERT INTO comment(id, finding_id, author, created, body) VALUES(?, ?, ?, ?, ?)"));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, comment.id)
            .bind(2, comment.findingId)
            .bind(3, comment.author)
            .bind(4, timeToText(comment.created))
            .bind(5, comment.body);
        record.set(QStringLiteral("entity"), QStringLiteral("comment"));
        record.set(QStringLiteral("id"), comment.id);
        record.set(QStringLiteral("finding"), comment.findingId);
        record.set(QStringLiteral("new"), auditstate::commentFields(comment, record));
        return insert->run();
    });
    if (!added)
        return added.error();
    return comment.id;
}

Result<QVector<Comment>> FindingStore::comments(const QString &findingId)
{
    return selectComments(m_workspace.database(), findingId);
}

Result<QVector<Comment>> FindingStore::allComments()
{
    return selectComments(m_workspace.database(), QString());
}

Result<QHash<QString, QVector<QVector<FindingLocation>>>> FindingStore::allAnchors()
{
    auto statement = m_workspace.database().prepare(
        QStringLiteral("SELECT l.finding_id, l.generation, ") + locationColumns
        + QStringLiteral(" FROM location l ORDER BY l.finding_id, l.generation, l.ordinal"));
    if (!statement)
        return statement.error();
    QHash<QString, QVector<QVector<FindingLocation>>> anchors;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return anchors;
        QVector<QVector<FindingLocation>> &generations = anchors[statement->text(0)];
        const int generation = int(statement->integer(1));
        if (generations.size() <= generation)
            generations.resize(generation + 1);
        generations[generation].append(readLocation(*statement, 2));
    }
}

namespace {
Result<QVector<Comment>> selectComments(Database &database, const QString &findingId)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT id, finding_id, author, created, body FROM comment")
        + (findingId.isNull() ? QString() : QStringLiteral(" WHERE finding_id = ?"))
        + QStringLiteral(" ORDER BY created, id"));
    if (!statement)
        return statement.error();
    if (!findingId.isNull())
        statement->bind(1, findingId);
    QVector<Comment> comments;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return comments;
        comments.append({statement->text(0), statement->text(1), statement->text(2),
                         timeFromText(statement->text(3)), statement->text(4)});
    }
}

} // namespace

} // namespace clearroom::review
