// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "reviewfixture.h"

#include "auditlog.h"
#include "database.h"
#include "findingstore.h"
#include "locationreader.h"
#include "repositoryidentity.h"
#include "reviewhistory.h"
#include "schema.h"
#include "statement.h"

#include <QFile>
#include <QJsonDocument>

namespace clearroom::test {

bool ReviewFixture::create(QString *error, const QByteArray &revision,
                           review::Workspace::Clock clock, const HistoryBuilder &history)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!history.create(repositoryPath(), false, error))
        return false;
    auto repository = git::Repository::open(repositoryPath());
    if (!repository) {
        *error = repository.errorMessage();
        return false;
    }
    m_repository.emplace(std::move(repository).value());
    auto identity = git::RepositoryInspector::inspect(*m_repository);
    if (!identity) {
        *error = identity.errorMessage();
        return false;
    }
    auto workspace = review::Workspace::create(workspacePath(), QStringLiteral("Fixture review"),
                                               reviewerName(), std::move(clock));
    if (!workspace) {
        *error = workspace.errorMessage();
        return false;
    }
    m_workspace = std::move(workspace).value();
    const review::ReviewRepository reviewed {
        repositoryName(), repositoryPath(), identity->toJson(), commit(revision).toHex(), {}};
    if (auto added = m_workspace->addRepository(reviewed); !added) {
        *error = added.errorMessage();
        return false;
    }
    return true;
}

std::unique_ptr<ReviewFixture> ReviewFixture::created(const QByteArray &revision,
                                                      review::Workspace::Clock clock,
                                                      const HistoryBuilder &history)
{
    auto fixture = std::make_unique<ReviewFixture>();
    QString error;
    if (!fixture->create(&error, revision, std::move(clock), history)) {
        qWarning("The review fixture cannot be made: %s", qPrintable(error));
        return {};
    }
    return fixture;
}

git::ObjectId ReviewFixture::commit(const QByteArray &revision) const
{
    auto resolved = m_repository->resolveCommit(revision);
    return resolved ? *resolved : git::ObjectId();
}

Result<review::Finding> ReviewFixture::draft(const QByteArray &path, int startLine, int endLine,
                                             const QString &title)
{
    auto reviewed = m_workspace->repository(repositoryName());
    if (!reviewed)
        return reviewed.error();
    return findingDraft(*m_repository, repositoryName(), git::ObjectId::fromHex(reviewed->commit),
                        path, startLine, endLine, title);
}

Result<QString> ReviewFixture::add(const QByteArray &path, int startLine, int endLine,
                                   const QString &title)
{
    auto finding = draft(path, startLine, endLine, title);
    if (!finding)
        return finding.error();
    return m_workspace->findings().add(*finding);
}

Result<void> ReviewFixture::reopen(review::Workspace::Clock clock)
{
    m_workspace.reset();
    auto workspace = review::Workspace::open(workspacePath(), std::move(clock));
    if (!workspace)
        return workspace.error();
    m_workspace = std::move(workspace).value();
    return {};
}

Result<review::Finding> findingDraft(const git::Repository &repository,
                                     const QString &repositoryName, const git::ObjectId &commit,
                                     const QByteArray &path, int startLine, int endLine,
                                     const QString &title)
{
    auto location = review::LocationReader(repository).read(commit, path, startLine, endLine);
    if (!location)
        return location.error();
    review::Finding finding;
    finding.repository = repositoryName;
    finding.commit = commit.toHex();
    finding.locations = {*location};
    finding.title = title;
    finding.severity = review::Severity::High;
    return finding;
}

QVector<ForeignFile> foreignFiles()
{
    return {
        {"missing", QStringLiteral("does not exist")},
        {"text", QStringLiteral("the file is not an SQLite database")},
        {"empty", QStringLiteral("is empty, not a Clearroom workspace")},
        {"other", QStringLiteral("is an SQLite database but not a Clearroom workspace")},
        {"newer",
         QStringLiteral("was written by a newer Clearroom (format %1; this version reads "
                        "formats up to %2)")
             .arg(review::Schema::latestVersion() + 1)
             .arg(review::Schema::latestVersion())},
    };
}

bool makeForeignFile(const QByteArray &kind, const QString &name)
{
    if (kind == "missing")
        return true;
    if (kind == "text" || kind == "empty") {
        QFile file(name);
        const QByteArray content
            = kind == "text" ? QByteArray("title,severity\nOverflow,high\n") : QByteArray();
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }
    if (kind == "other") {
        // As another program makes one: SQLite's default rollback journal.
        auto other = review::Database::open(name, review::Database::Mode::ReadWriteCreate);
        return other
            && other->execute(QStringLiteral("PRAGMA journal_mode=DELETE; CREATE TABLE "
                                             "places(url TEXT); INSERT INTO places "
                                             "VALUES('file:///');"));
    }
    if (kind == "newer") {
        auto workspace
            = review::Workspace::create(name, QStringLiteral("Newer"), QStringLiteral("Ada"));
        return workspace
            && (*workspace)->database().setUserVersion(review::Schema::latestVersion() + 1);
    }
    return false;
}

review::CoverageRange coverageLines(const QByteArray &path, int startLine, int endLine)
{
    review::CoverageRange range;
    range.path = path;
    range.startLine = startLine;
    range.endLine = endLine;
    return range;
}

QString scalar(review::Database &database, const QString &sql)
{
    auto statement = database.prepare(sql);
    if (!statement)
        return QStringLiteral("error: ") + statement.errorMessage();
    auto row = statement->step();
    if (!row)
        return QStringLiteral("error: ") + row.errorMessage();
    return *row ? statement->text(0) : QString();
}

QString workspaceState(review::Database &database)
{
    QStringList counts;
    for (const char *table : {"review", "repository", "finding", "location", "comment", "coverage",
                              "audit_log", "audit_value"}) {
        counts.append(
            QLatin1String(table) + QLatin1Char('=')
            + scalar(database, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)));
    }
    counts.append(
        QStringLiteral("head=")
        + scalar(database, QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")));
    return counts.join(QLatin1Char(' '));
}

QJsonObject lastAuditEntry(review::Workspace &workspace)
{
    QJsonObject last;
    (void)review::AuditLog::forEach(workspace.database(), [&](const review::AuditEntry &entry) {
        last = QJsonDocument::fromJson(entry.line).object();
        return true;
    });
    return last;
}

} // namespace clearroom::test
