// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "auditreplay.h"

#include "byteview.h"

#include <QVarLengthArray>

#include <algorithm>
#include <forward_list>

namespace clearroom::review {

namespace {

// The canonical form of a value that must be a string, as the log writes it; an empty
// string for anything else (as the replay always took it).
QByteArray stringOrEmpty(const JsonLine::Value &value)
{
    return value.isString() ? value.canonical() : QByteArrayLiteral("\"\"");
}

} // namespace

void CoverageRows::reserve(qint64 rows)
{
    // Growing a vector of a million rows copies it again and again; a hint that is far
    // off (ids left unused) reserves address space that is never touched.
    constexpr qint64 most = qint64(1) << 23;
    m_rows.reserve(size_t(std::clamp<qint64>(rows, 0, most)));
}

void CoverageRows::add(const CoverageRow &row)
{
    // A removed row is as good as absent: the tombstones at the end make room.
    while (!m_rows.empty() && m_rows.back().removed && m_rows.back().id >= row.id)
        m_rows.pop_back();
    if (m_rows.empty() || m_rows.back().id < row.id) {
        m_rows.push_back(row);
        return;
    }
    const auto at
        = std::lower_bound(m_rows.begin(), m_rows.end(), row.id,
                           [](const CoverageRow &existing, qint64 id) { return existing.id < id; });
    if (at->id == row.id)
        *at = row;
    else
        m_rows.insert(at, row);
}

bool CoverageRows::remove(qint64 id)
{
    const auto at = std::lower_bound(
        m_rows.begin(), m_rows.end(), id,
        [](const CoverageRow &existing, qint64 wanted) { return existing.id < wanted; });
    if (at == m_rows.end() || at->id != id || at->removed)
        return false;
    at->removed = true;
    return true;
}

int CoverageRows::addPath(const QByteArray &path)
{
    m_paths.push_back(path);
    return int(m_paths.size()) - 1;
}

int CoverageRows::addContext(const CoverageContext &context)
{
    m_contexts.push_back(context);
    return int(m_contexts.size()) - 1;
}

QByteArray CoverageRows::describe(const CoverageRow &row) const
{
    return describe(row, m_paths[size_t(row.path)], m_contexts[size_t(row.context)]);
}

QByteArray CoverageRows::describe(const CoverageRow &row, const QByteArray &path,
                                  const CoverageContext &context)
{
    QByteArray text = '[' + QByteArray::number(row.id) + ',' + path + ','
        + QByteArray::number(row.startLine) + ',' + QByteArray::number(row.endLine);
    for (const QByteArray *value :
         {&context.reviewer, &context.marked, &context.repository, &context.commit})
        text += ',' + *value;
    return text + ']';
}

QString AuditReplay::shortJson(const QByteArray &canonical)
{
    if (canonical.size() > 120)
        return QString::fromUtf8(canonical.left(117) + "...");
    return QString::fromUtf8(canonical);
}

bool AuditReplay::fail(const QString &message)
{
    m_failure = Error {message};
    return false;
}

void AuditReplay::apply(qint64 seq, const JsonLine::Value &entry)
{
    if (m_failure)
        return;
    const JsonLine::Value action = entry.member("action");
    const JsonLine::Value idValue = entry.member("id");
    const QByteArray id = idValue.isString() ? idValue.string() : QByteArray();
    const JsonLine::Value newValues = entry.member("new");
    if (action.isString("review.create")) {
        create(review, seq, id, newValues);
    } else if (action.isString("repository.add")) {
        create(repositories, seq, id, newValues);
    } else if (action.isString("repository.move")) {
        change(repositories, seq, id, entry);
    } else if (action.isString("finding.create")) {
        create(findings, seq, id, newValues);
    } else if (action.isString("finding.update") || action.isString("finding.move")
               || action.isString("finding.locate")) {
        change(findings, seq, id, entry);
    } else if (action.isString("finding.delete")) {
        deleteFinding(seq, id);
    } else if (action.isString("comment.create")) {
        const JsonLine::Value finding = newValues.member("finding");
        if (create(comments, seq, id, newValues) && finding.isString())
            m_commentsOfFinding.insert(finding.string(), id);
    } else if (action.isString("package.export")) {
        create(exports, seq, id, newValues);
    } else if (action.isString("package.import")) {
        create(leadPackages, seq, id, newValues);
    } else if (action.isString("package.supersede")) {
        change(leadPackages, seq, id, entry);
    } else if (action.isString("package.reject")) {
        create(refusals, seq, id, newValues);
    } else if (action.isString("consolidation.decide")) {
        create(decisions, seq, id, newValues);
    } else if (action.isString("consolidation.withdraw")) {
        remove(decisions, seq, id);
    } else if (action.isString("consolidation.target")) {
        setTarget(seq, id, newValues);
    } else if (action.isString() && action.string().startsWith("coverage.")) {
        changeCoverage(seq, entry);
    } else {
        fail(tr("Audit log entry %1 has an action Clearroom does not know: '%2'.")
                 .arg(seq)
                 .arg(QString::fromUtf8(action.isString() ? action.string() : QByteArray())));
    }
}

bool AuditReplay::create(ReplayedRows &rows, qint64 seq, const QByteArray &id,
                         const JsonLine::Value &values)
{
    // Written canonically (as Clearroom writes it): kept straight from the line.
    std::string_view value = "{}";
    if (values.isObject() && values.isCanonical()) {
        value = values.text();
    } else if (values.isObject()) {
        m_value.resize(0);
        values.appendCanonical(m_value);
        value = byteView(m_value);
    }
    if (!rows.insert(byteView(id), value, seq))
        return fail(tr("Audit log entry %1 creates '%2', which already exists at that "
                       "point.")
                        .arg(seq)
                        .arg(QString::fromUtf8(id)));
    return true;
}

bool AuditReplay::change(ReplayedRows &rows, qint64 seq, const QByteArray &id,
                         const JsonLine::Value &entry)
{
    const ReplayedRows::Row *row = rows.find(byteView(id));
    if (!row)
        return fail(tr("Audit log entry %1 changes '%2', which does not exist at that "
                       "point.")
                        .arg(seq)
                        .arg(QString::fromUtf8(id)));
    // The row's canonical value, taken apart into its members (themselves canonical),
    // viewed where they stand: in the row, in the entry, or (made here) in `made`.
    struct Member
    {
        std::string_view key;
        std::string_view value;
    };
    QVarLengthArray<Member, 24> members;
    std::forward_list<QByteArray> made; // stays where it is while more are made
    const auto keep = [&made](QByteArray bytes) {
        made.push_front(std::move(bytes));
        return byteView(made.front());
    };
    // A key's bytes: as written, unless it has escapes to resolve.
    const auto keyOf = [&keep](const JsonLine::Value &name) {
        const std::string_view quoted = name.text();
        const std::string_view key = quoted.substr(1, quoted.size() - 2);
        return key.find('\\') == std::string_view::npos ? key : keep(name.string());
    };
    m_current.parse(row->value);
    for (JsonLine::Value name = m_current.root().first(); name.isValid(); name = name.next().next())
        members.append({keyOf(name), name.next().text()});
    const auto find = [&members](std::string_view key) -> Member * {
        for (Member &member : members) {
            if (member.key == key)
                return &member;
        }
        return nullptr;
    };

    const JsonLine::Value oldValues = entry.member("old");
    for (JsonLine::Value name = oldValues.isObject() ? oldValues.first() : JsonLine::Value();
         name.isValid(); name = name.next().next()) {
        const std::string_view key = keyOf(name);
        m_said.resize(0);
        name.next().appendCanonical(m_said);
        const Member *current = find(key);
        if (!current || current->value != byteView(m_said))
            return fail(tr("Audit log entry %1 says '%2' of '%3' was %4, but the entries "
                           "before it say %5.")
                            .arg(seq)
                            .arg(QString::fromUtf8(byteArray(key)), QString::fromUtf8(id),
                                 shortJson(m_said),
                                 shortJson(current ? byteArray(current->value)
                                                   : QByteArrayLiteral("null"))));
    }
    const JsonLine::Value newValues = entry.member("new");
    for (JsonLine::Value name = newValues.isObject() ? newValues.first() : JsonLine::Value();
         name.isValid(); name = name.next().next()) {
        std::string_view key = keyOf(name);
        const JsonLine::Value newValue = name.next();
        std::string_view value;
        if (key == "anchor") { // a move adds the locations on the new commit
            key = "anchors";
            const QByteArray canonical = newValue.canonical();
            const Member *anchors = find(key);
            if (anchors && !anchors->value.empty() && anchors->value.front() == '['
                && anchors->value != "[]")
                value = keep(byteArray(anchors->value.substr(0, anchors->value.size() - 1)) + ','
                             + canonical + ']');
            else
                value = keep('[' + canonical + ']');
        } else if (key == "locations") { // more locations on the current commit
            key = "anchors";
            const QByteArray canonical = newValue.canonical();
            const Member *anchors = find(key);
            const std::string_view all = anchors ? anchors->value : std::string_view();
            if (!anchors || all.size() < 2 || all.substr(all.size() - 2) != "]]"
                || !canonical.startsWith('[') || canonical.size() < 3)
                return fail(tr("Audit log entry %1 adds locations to '%2', but it has no "
                               "locations at that point or the entry names none.")
                                .arg(seq)
                                .arg(QString::fromUtf8(id)));
            // [..., [a, b]] and [c, d] make [..., [a, b, c, d]].
            const bool none = all[all.size() - 3] == '[';
            value = keep(byteArray(all.substr(0, all.size() - 2)) + (none ? "" : ",")
                         + canonical.mid(1, canonical.size() - 2) + "]]");
        } else {
            // Written canonically (as Clearroom writes nearly everything): as it stands.
            value = newValue.isCanonical() ? newValue.text() : keep(newValue.canonical());
        }
        if (Member *existing = find(key))
            existing->value = value;
        else
            members.append({key, value});
    }
    std::stable_sort(members.begin(), members.end(),
                     [](const Member &a, const Member &b) { return a.key < b.key; });
    QByteArray &changed = m_value;
    changed.resize(0);
    changed += '{';
    for (const Member &member : members) {
        if (changed.size() > 1)
            changed += ',';
        JsonLine::appendString(changed, member.key);
        changed += ':';
        changed.append(member.value.data(), qsizetype(member.value.size()));
    }
    changed += '}';
    rows.update(*row, byteView(changed), seq);
    return true;
}

bool AuditReplay::deleteFinding(qint64 seq, const QByteArray &id)
{
    if (!findings.remove(byteView(id)))
        return fail(tr("Audit log entry %1 deletes finding %2, which does not exist "
                       "at that point.")
                        .arg(seq)
                        .arg(QString::fromUtf8(id)));
    const QList<QByteArray> thread = m_commentsOfFinding.values(id);
    for (const QByteArray &comment : thread)
        comments.remove(byteView(comment));
    m_commentsOfFinding.remove(id);
    return true;
}

bool AuditReplay::remove(ReplayedRows &rows, qint64 seq, const QByteArray &id)
{
    if (!rows.remove(byteView(id)))
        return fail(tr("Audit log entry %1 removes '%2', which does not exist at that point.")
                        .arg(seq)
                        .arg(QString::fromUtf8(id)));
    return true;
}

// A chosen commit replaces the one before; without a new value, the choice is cleared.
bool AuditReplay::setTarget(qint64 seq, const QByteArray &id, const JsonLine::Value &values)
{
    if (!values.isObject())
        return remove(targets, seq, id);
    if (const ReplayedRows::Row *row = targets.find(byteView(id))) {
        m_value.resize(0);
        values.appendCanonical(m_value);
        targets.update(*row, byteView(m_value), seq);
        return true;
    }
    return create(targets, seq, id, values);
}

bool AuditReplay::changeCoverage(qint64 seq, const JsonLine::Value &entry)
{
    const QByteArray repository = stringOrEmpty(entry.member("repository"));
    const QByteArray commit = stringOrEmpty(entry.member("commit"));
    const JsonLine::Value removed = entry.member("removed");
    for (JsonLine::Value rowId = removed.isArray() ? removed.first() : JsonLine::Value();
         rowId.isValid(); rowId = rowId.next()) {
        const auto id = rowId.integer();
        if (!id || !coverage.remove(*id))
            return fail(tr("Audit log entry %1 removes coverage row %2, which does not exist "
                           "at that point.")
                            .arg(seq)
                            .arg(QString::fromUtf8(rowId.canonical())));
    }
    const JsonLine::Value added = entry.member("added");
    CoverageRow row;
    row.seq = seq;
    for (JsonLine::Value value = added.isArray() ? added.first() : JsonLine::Value();
         value.isValid(); value = value.next()) {
        // [id, path, start, end, reviewer, marked]
        const JsonLine::Value path = value.first().next();
        const JsonLine::Value start = path.next();
        const JsonLine::Value end = start.next();
        const JsonLine::Value by = end.next();
        const JsonLine::Value at = by.next();
        const auto id = value.first().integer();
        const auto startLine = start.integer();
        const auto endLine = end.integer();
        if (!value.isArray() || !at.isValid() || at.next().isValid() || !id || !startLine
            || !endLine)
            return fail(tr("Audit log entry %1 records a coverage row that is not [id, path, "
                           "first line, last line, reviewer, time]: %2.")
                            .arg(seq)
                            .arg(shortJson(value.canonical())));
        row.id = *id;
        row.startLine = *startLine;
        row.endLine = *endLine;
        // The rows of one file follow each other, those of one mark too: they share
        // their path and context.
        const auto &paths = coverage.paths();
        if (paths.empty() || !path.hasCanonicalForm(paths.back()))
            coverage.addPath(path.canonical());
        row.path = int(paths.size()) - 1;
        const auto &contexts = coverage.contexts();
        if (contexts.empty() || !by.hasCanonicalForm(contexts.back().reviewer)
            || !at.hasCanonicalForm(contexts.back().marked)
            || contexts.back().repository != repository || contexts.back().commit != commit)
            coverage.addContext({by.canonical(), at.canonical(), repository, commit});
        row.context = int(contexts.size()) - 1;
        coverage.add(row);
    }
    return true;
}

} // namespace clearroom::review
