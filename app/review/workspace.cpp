// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspace.h"

#include "coveragestore.h"
#include "database.h"
#include "exportstore.h"
#include "finding.h"
#include "findingstore.h"
#include "leadstore.h"
#include "repository.h"
#include "repositoryidentity.h"
#include "schema.h"
#include "statement.h"
#include "transaction.h"

#include <QDir>

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace clearroom::review {

struct Workspace::Private
{
    std::optional<Database> database;
    Clock clock;
    ReviewInfo review;
    std::unique_ptr<FindingStore> findings;
    std::unique_ptr<CoverageStore> coverage;
    std::unique_ptr<ExportStore> exports;
    std::unique_ptr<LeadStore> lead;
    bool inBatch = false;
};

Workspace::Workspace()
    : d(std::make_unique<Private>())
{
}

Workspace::~Workspace() = default;

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &fileName,
                                                     const QString &reviewName,
                                                     const QString &reviewerName, Clock clock)
{
    if (QFileInfo::exists(fileName)) {
        return Error {
            tr("'%1' already exists; a new workspace never replaces a file.").arg(fileName)};
    }
    if (reviewName.trimmed().isEmpty())
        return Error {tr("A review needs a name.")};
    if (reviewerName.trimmed().isEmpty())
        return Error {tr("A review needs the reviewer's name.")};

    // Made here, exclusively: the file is this call's own, so that a workspace whose making
    // fails can go again (the next try would find it in the way).
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        if (file.exists()) {
            return Error {
                tr("'%1' already exists; a new workspace never replaces a file.").arg(fileName)};
        }
        return Error {
            tr("The workspace '%1' cannot be created: %2.").arg(fileName, file.errorString())};
    }
    file.close();
    auto created = makeNew(fileName, reviewName, reviewerName, std::move(clock));
    if (!created)
        discard(fileName);
    return created;
}

void Workspace::discard(const QString &fileName)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(fileName + QLatin1String(suffix));
}

Result<std::unique_ptr<Workspace>> Workspace::makeNew(const QString &fileName,
                                                      const QString &reviewName,
                                                      const QString &reviewerName, Clock clock)
{
    auto database = Database::open(fileName, Database::Mode::ReadWrite);
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->d->database.emplace(std::move(database).value());
    workspace->d->clock = std::move(clock);
    if (auto migrated = Schema::migrate(workspace->database()); !migrated)
        return migrated.error();

    ReviewInfo &review = workspace->d->review;
    review.id = newUuid();
    review.name = reviewName.trimmed();
    review.reviewerName = reviewerName.trimmed();
    review.created = workspace->now();
    auto created = workspace->act(QStringLiteral("review.create"), [&](AuditRecord &record) {
        auto insert = workspace->database().prepare(
            QStringLiteral("INSERT INTO review(singleton, id, name, reviewer_name, created) "
                           "VALUES(1, ?, ?, ?, ?)"));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, review.id)
            .bind(2, review.name)
            .bind(3, review.reviewerName)
            .bind(4, timeToText(review.created));
        record.set(QStringLiteral("entity"), QStringLiteral("review"));
        record.set(QStringLiteral("id"), review.id);
        record.set(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("name"), review.name},
                                {QStringLiteral("reviewer_name"), review.reviewerName},
                                {QStringLiteral("reviewer_fingerprint"), QString()},
                                {QStringLiteral("created"), timeToText(review.created)}});
        return insert->run();
    });
    if (!created)
        return created.error();
    return workspace;
}

Result<void> Workspace::checkOutsideRepository(const QString &fileName,
                                               const QString &repositoryPath)
{
    // Canonical paths, so that a symbolic link or "a/../b" cannot hide the nesting; the
    // workspace file itself may not exist yet, its folder does.
    const QFileInfo file(fileName);
    const QString folder = QFileInfo(file.absolutePath()).canonicalFilePath();
    const QString repository = QFileInfo(repositoryPath).canonicalFilePath();
    if (folder.isEmpty() || repository.isEmpty())
        return {};
    if (folder == repository || folder.startsWith(repository + QLatin1Char('/'))) {
        return Error {tr("The workspace '%1' would be inside the repository under review "
                         "('%2'); Clearroom never writes into a reviewed repository. Keep the "
                         "workspace elsewhere.")
                          .arg(fileName, repositoryPath)};
    }
    return {};
}

QString Workspace::defaultRepositoryName(const QString &path)
{
    const QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    QString name = info.fileName();
    if (name == QLatin1String(".git"))
        name = QFileInfo(info.absolutePath()).fileName();
    if (name.endsWith(QLatin1String(".git")) && name.size() > 4)
        name.chop(4);
    return name;
}

Result<ReviewRepository> Workspace::prepareRepository(const QString &path, const QString &name,
                                                      const QByteArray &revision)
{
    auto repository = git::Repository::open(path);
    if (!repository)
        return repository.error();
    auto commit = repository->resolveCommit(revision);
    if (!commit)
        return commit.error();
    return prepareRepository(*repository, path, name, commit->toHex());
}

Result<ReviewRepository> Workspace::prepareRepository(const git::Repository &repository,
                                                      const QString &path, const QString &name,
                                                      const QByteArray &commit)
{
    auto identity = git::RepositoryInspector::inspect(repository);
    if (!identity)
        return identity.error();
    ReviewRepository prepared;
    prepared.name = name.isEmpty() ? defaultRepositoryName(path) : name;
    prepared.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    prepared.identityJson = identity->toJson();
    prepared.commit = commit;
    return prepared;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &fileName, Clock clock)
{
    // Asked read-only first: a file that is no workspace (another program's database, an
    // empty file) is refused as it is, not switched to write-ahead logging or migrated.
    {
        auto probe = Database::open(fileName, Database::Mode::ReadOnly);
        if (!probe)
            return probe.error();
        if (auto known = Schema::checkExisting(*probe); !known)
            return known.error();
    }
    auto database = Database::open(fileName, Database::Mode::ReadWrite);
    if (!database)
        return database.error();
    std::unique_ptr<Workspace> workspace(new Workspace);
    workspace->d->database.emplace(std::move(database).value());
    workspace->d->clock = std::move(clock);
    if (auto migrated = Schema::migrate(workspace->database()); !migrated)
        return migrated.error();
    if (auto loaded = workspace->load(); !loaded)
        return loaded.error();
    return workspace;
}

Result<void> Workspace::load()
{
    auto statement = database().prepare(QStringLiteral(
        "SELECT id, name, reviewer_name, reviewer_fingerprint, created FROM review"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row) {
        return Error {
            tr("The workspace '%1' holds no review: it was never completed.").arg(fileName())};
    }
    d->review = {statement->text(0), statement->text(1), statement->text(2), statement->text(3),
                 timeFromText(statement->text(4))};
    return {};
}

QString Workspace::fileName() const
{
    return d->database->fileName();
}

Database &Workspace::database()
{
    return *d->database;
}

QDateTime Workspace::now() const
{
    return d->clock ? d->clock() : QDateTime::currentDateTimeUtc();
}

const ReviewInfo &Workspace::review() const
{
    return d->review;
}

FindingStore &Workspace::findings()
{
    if (!d->findings)
        d->findings = std::make_unique<FindingStore>(*this);
    return *d->findings;
}

CoverageStore &Workspace::coverage()
{
    if (!d->coverage)
        d->coverage = std::make_unique<CoverageStore>(*this);
    return *d->coverage;
}

ExportStore &Workspace::exports()
{
    if (!d->exports)
        d->exports = std::make_unique<ExportStore>(*this);
    return *d->exports;
}

LeadStore &Workspace::lead()
{
    if (!d->lead)
        d->lead = std::make_unique<LeadStore>(*this);
    return *d->lead;
}

Result<QVector<ReviewRepository>> Workspace::repositories()
{
    auto statement = database().prepare(QStringLiteral(
        "SELECT name, path, identity, current_commit, added FROM repository ORDER BY name"));
    if (!statement)
        return statement.error();
    QVector<ReviewRepository> repositories;
    while (true) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return repositories;
        repositories.append({statement->text(0), statement->text(1), statement->blob(2),
                             statement->blob(3), timeFromText(statement->text(4))});
    }
}

Result<ReviewRepository> Workspace::repository(const QString &name)
{
    auto all = repositories();
    if (!all)
        return all.error();
    QStringList names;
    for (const ReviewRepository &repository : *all) {
        if (repository.name == name)
            return repository;
        names.append(repository.name);
    }
    if (names.isEmpty())
        return Error {tr("The review has no repository yet; add one first.")};
    return Error {tr("The review has no repository named '%1'; it has: %2.")
                      .arg(name, names.join(QStringLiteral(", ")))};
}

Result<ReviewRepository> Workspace::repositoryOrOnly(const QString &name)
{
    if (!name.isEmpty())
        return repository(name);
    auto all = repositories();
    if (!all)
        return all.error();
    if (all->size() == 1)
        return all->constFirst();
    if (all->isEmpty())
        return Error {tr("The review has no repository yet; add one first.")};
    QStringList names;
    for (const ReviewRepository &repository : *all)
        names.append(repository.name);
    return Error {tr("The review has several repositories (%1): name one.")
                      .arg(names.join(QStringLiteral(", ")))};
}

Result<void> Workspace::addRepository(const ReviewRepository &repository)
{
    if (repository.name.trimmed().isEmpty())
        return Error {tr("A repository under review needs a name.")};
    if (repository.commit.size() != 40)
        return Error {
            tr("The commit of repository '%1' is not a full object id.").arg(repository.name)};
    if (auto existing = this->repository(repository.name); existing) {
        return Error {tr("The review already has a repository named '%1' (%2).")
                          .arg(repository.name, existing->path)};
    }
    if (auto outside = checkOutsideRepository(fileName(), repository.path); !outside)
        return outside;
    const QDateTime added = now();
    return act(QStringLiteral("repository.add"), [&](AuditRecord &record) {
        auto insert = database().prepare(
            QStringLiteral("INSERT INTO repository(name, path, identity, current_commit, added) "
                           "VALUES(?, ?, ?, ?, ?)"));
        if (!insert)
            return Result<void>(insert.error());
        insert->bind(1, repository.name)
            .bind(2, repository.path)
            .bind(3, QString::fromUtf8(repository.identityJson))
            .bind(4, QString::fromLatin1(repository.commit))
            .bind(5, timeToText(added));
        record.set(QStringLiteral("entity"), QStringLiteral("repository"));
        record.set(QStringLiteral("id"), repository.name);
        record.set(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("path"), repository.path},
                                {QStringLiteral("identity_sha256"),
                                 QString::fromLatin1(AuditLog::sha256Hex(repository.identityJson))},
                                {QStringLiteral("commit"), QString::fromLatin1(repository.commit)},
                                {QStringLiteral("added"), timeToText(added)}});
        return insert->run();
    });
}

Result<void> Workspace::act(const QString &action,
                            const std::function<Result<void>(AuditRecord &record)> &change)
{
    std::optional<Transaction> transaction;
    if (!d->inBatch) {
        transaction.emplace(database());
        if (!transaction->isActive())
            return transaction->status();
    }
    AuditRecord record(action);
    if (auto changed = change(record); !changed)
        return changed.error();
    if (record.isEmpty())
        return {}; // nothing changed: no entry, and the transaction rolls back empty
    if (auto appended = AuditLog::append(database(), record, d->review.reviewerName, now());
        !appended)
        return appended.error();
    return transaction ? transaction->commit() : Result<void>();
}

Result<void> Workspace::batch(const std::function<Result<void>()> &actions)
{
    Transaction transaction(database());
    if (!transaction.isActive())
        return transaction.status();
    d->inBatch = true;
    auto done = actions();
    d->inBatch = false;
    if (!done)
        return done;
    return transaction.commit();
}

Result<void> Workspace::setRepositoryCommit(const QString &name, const QByteArray &commit)
{
    auto current = repository(name);
    if (!current)
        return current.error();
    if (current->commit == commit)
        return {};
    return act(QStringLiteral("repository.move"), [&](AuditRecord &record) {
        auto update = database().prepare(
            QStringLiteral("UPDATE repository SET current_commit = ? WHERE name = ?"));
        if (!update)
            return Result<void>(update.error());
        update->bind(1, QString::fromLatin1(commit)).bind(2, name);
        record.set(QStringLiteral("entity"), QStringLiteral("repository"));
        record.set(QStringLiteral("id"), name);
        record.set(QStringLiteral("old"),
                   QJsonObject {{QStringLiteral("commit"), QString::fromLatin1(current->commit)}});
        record.set(QStringLiteral("new"),
                   QJsonObject {{QStringLiteral("commit"), QString::fromLatin1(commit)}});
        return update->run();
    });
}

Result<qint64> Workspace::dataVersion()
{
    auto statement = database().prepare(QStringLiteral("PRAGMA data_version"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return statement->integer(0);
}

} // namespace clearroom::review
