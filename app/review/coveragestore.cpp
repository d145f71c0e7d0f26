// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "coveragestore.h"

#include "auditstate.h"
#include "database.h"
#include "statement.h"
#include "workspace.h"

#include <algorithm>

namespace clearroom::review {

namespace {

QJsonArray rowValue(const CoverageRange &range)
{
    return {double(range.id), auditstate::pathValue(range.path), range.startLine, range.endLine,
            range.reviewer,   timeToText(range.marked)};
}

void describe(AuditRecord &record, const QString &repository, const QByteArray &commit)
{
    record.set(QStringLiteral("entity"), QStringLiteral("coverage"));
    record.set(QStringLiteral("repository"), repository);
    record.set(QStringLiteral("commit"), QString::fromLatin1(commit));
}

} // namespace

CoverageStore::CoverageStore(Workspace &workspace)
    : m_workspace(workspace)
{
}

Result<void> CoverageStore::insert(const QString &repository, const QByteArray &commit,
                                   QVector<CoverageRange> &ranges)
{
    auto statement = m_workspace.database().prepare(
        QStringLiteral("INSERT INTO coverage(repository, commit_id, path, start_line, end_line, "
                       "reviewer, marked) VALUES(?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (!statement)
        return statement.error();
    for (CoverageRange &range : ranges) {
        if (range.startLine < 1 || range.endLine < range.startLine) {
            return Error {tr("The line range %1-%2 of '%3' is not a range of lines.")
                              .arg(range.startLine)
                              .arg(range.endLine)
                              .arg(QString::fromUtf8(range.path))};
        }
        statement->reset();
        statement->bind(1, repository)
            .bind(2, QString::fromLatin1(commit))
            .bind(3, range.path)
            .bind(4, qint64(range.startLine))
            .bind(5, qint64(range.endLine))
            .bind(6, range.reviewer)
            .bind(7, timeToText(range.marked));
        auto row = statement->step();
        if (!row)
            return row.error();
        range.id = statement->integer(0);
        range.repository = repository;
        range.commit = commit;
        // Finish the statement, so that the next reset() starts clean.
        if (auto done = statement->step(); !done)
            return done.error();
    }
    return {};
}

Result<void> CoverageStore::mark(const QString &repository, const QByteArray &commit,
                                 const QVector<CoverageRange> &ranges)
{
    if (auto known = m_workspace.repository(repository); !known)
        return known.error();
    QVector<CoverageRange> rows = ranges;
    const QDateTime now = m_workspace.now();
    for (CoverageRange &row : rows) {
        row.reviewer = m_workspace.review().reviewerName;
        row.marked = now;
    }
    return addRows(QStringLiteral("coverage.mark"), repository, commit, rows);
}

Result<void> CoverageStore::carry(const QString &repository, const QByteArray &commit,
                                  const QVector<CoverageRange> &ranges)
{
    return addRows(QStringLiteral("coverage.carry"), repository, commit, ranges);
}

Result<void> CoverageStore::addRows(const QString &action, const QString &repository,
                                    const QByteArray &commit, QVector<CoverageRange> rows)
{
    if (rows.isEmpty())
        return {};
    return m_workspace.act(action, [&](AuditRecord &record) {
        if (auto inserted = insert(repository, commit, rows); !inserted)
            return inserted;
        QJsonArray added;
        for (const CoverageRange &row : std::as_const(rows))
            added.append(rowValue(row));
        describe(record, repository, commit);
        record.set(QStringLiteral("added"), added);
        return Result<void>();
    });
}

Result<void> CoverageStore::unmark(const QString &repository, const QByteArray &commit,
                                   const QByteArray &path, const LineSpan &lines)
{
    return m_workspace.act(QStringLiteral("coverage.unmark"), [&](AuditRecord &record) {
        auto existing = ranges(repository, commit, path);
        if (!existing)
            return Result<void>(existing.error());
        QJsonArray removed;
        QVector<CoverageRange> kept;
        auto remove
            = m_workspace.database().prepare(QStringLiteral("DELETE FROM coverage WHERE id = ?"));
        if (!remove)
            return Result<void>(remove.error());
        for (const CoverageRange &range : *existing) {
            if (range.reviewer != m_workspace.review().reviewerName || range.endLine < lines.start
                || range.startLine > lines.end)
                continue;
            remove->reset();
            remove->bind(1, range.id);
            if (auto done = remove->run(); !done)
                return done;
            removed.append(double(range.id));
            // The parts outside the unmarked lines stay reviewed, as they were.
            if (range.startLine < lines.start) {
                CoverageRange before = range;
                before.endLine = lines.start - 1;
                kept.append(before);
            }
            if (range.endLine > lines.end) {
                CoverageRange after = range;
                after.startLine = lines.end + 1;
                kept.append(after);
            }
        }
        if (removed.isEmpty())
            return Result<void>();
        if (auto inserted = insert(repository, commit, kept); !inserted)
            return inserted;
        QJsonArray added;
        for (const CoverageRange &row : kept)
            added.append(rowValue(row));
        describe(record, repository, commit);
        record.set(QStringLiteral("removed"), removed);
        record.set(QStringLiteral("added"), added);
        return Result<void>();
    });
}

Result<QVector<CoverageRange>>
CoverageStore::ranges(const QString &repository, const QByteArray &commit, const QByteArray &path)
{
    const bool onePath = !path.isNull();
    auto statement = m_workspace.database().prepare(
        QStringLiteral("SELECT id, path, start_line, end_line, reviewer, marked FROM coverage "
                       "WHERE repository = ? AND commit_id = ?")
        + (onePath ? QStringLiteral(" AND path = ?") : QString())
        + QStringLiteral(" ORDER BY path, start_line, id"));
    if (!statement)
        return statement.error();
    statement->bind(1, repository).bind(2, QString::fromLatin1(commit));
    if (onePath)
        statement->bind(3, path);
    QVector<CoverageRange> result;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return result;
        result.append({statement->integer(0), repository, commit, statement->blob(1),
                       int(statement->integer(2)), int(statement->integer(3)), statement->text(4),
                       timeFromText(statement->text(5))});
    }
}

QVector<LineSpan> CoverageStore::merged(QVector<LineSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const LineSpan &a, const LineSpan &b) { return a.start < b.start; });
    QVector<LineSpan> result;
    for (const LineSpan &span : spans) {
        if (!result.isEmpty() && span.start <= result.last().end + 1)
            result.last().end = std::max(result.last().end, span.end);
        else
            result.append(span);
    }
    return result;
}

} // namespace clearroom::review
