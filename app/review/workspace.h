// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "auditlog.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace clearroom::git {
class Repository;
}

namespace clearroom::review {

class CoverageStore;
class Database;
class ExportStore;
class FindingStore;
class LeadStore;

/// The review a workspace holds, and who works in it.
struct ReviewInfo
{
    QString id; ///< a UUID
    QString name;
    QString reviewerName;
    QString reviewerFingerprint; ///< SHA-256 of the reviewer's certificate, once known
    QDateTime created;
};

/// A repository under review, by the name the review gives it.
struct ReviewRepository
{
    QString name;
    QString path; ///< absolute
    QByteArray identityJson; ///< RepositoryIdentity::toJson() when it was added
    QByteArray commit; ///< 40 hex digits: the commit under review now
    QDateTime added;
};

/// One review workspace: a single SQLite file holding the review, its repositories,
/// findings, comments, coverage and the audit log. Every change is one transaction
/// with its audit entry. Not thread-safe: use it from one thread (a worker in the GUI).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::Workspace)

public:
    using Clock = std::function<QDateTime()>;
    static QString fileSuffix() { return QStringLiteral("clearroom"); }

    /// Creates a new workspace file; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Workspace>> create(const QString &fileName,
                                                     const QString &reviewName,
                                                     const QString &reviewerName, Clock clock = {});
    /// The name a repository gets in a review unless the user gives one: its folder's
    /// name without a trailing ".git" (for a ".git" folder, the folder holding it).
    static QString defaultRepositoryName(const QString &path);
    /// A repository to add to a review: opened (read-only), `revision` resolved to its
    /// commit and its identity read, before any workspace is touched. An empty `name`
    /// gives defaultRepositoryName().
    static Result<ReviewRepository> prepareRepository(const QString &path, const QString &name,
                                                      const QByteArray &revision);
    /// The same for a repository already open at `path`, at `commit` (a commit id).
    static Result<ReviewRepository> prepareRepository(const git::Repository &repository,
                                                      const QString &path, const QString &name,
                                                      const QByteArray &commit);
    /// Removes a workspace file with its journal files: one just created whose making
    /// failed (a half-made workspace would only be in the way).
    static void discard(const QString &fileName);
    /// Refuses a workspace file inside the folder of a repository under review: Clearroom
    /// never writes into a reviewed repository, its work tree included.
    static Result<void> checkOutsideRepository(const QString &fileName,
                                               const QString &repositoryPath);
    /// Opens an existing workspace, migrating it to the current format.
    static Result<std::unique_ptr<Workspace>> open(const QString &fileName, Clock clock = {});
    ~Workspace();

    QString fileName() const;
    Database &database();
    /// Now, by the workspace's clock (injectable for tests).
    QDateTime now() const;
    const ReviewInfo &review() const;

    Result<QVector<ReviewRepository>> repositories();
    /// The repository of that name; an error listing the review's repositories otherwise.
    Result<ReviewRepository> repository(const QString &name);
    /// `name`, or the review's only repository when `name` is empty.
    Result<ReviewRepository> repositoryOrOnly(const QString &name);
    Result<void> addRepository(const ReviewRepository &repository);

    FindingStore &findings();
    CoverageStore &coverage();
    /// The packages exported from this workspace.
    ExportStore &exports();
    /// The lead reviewer's work: packages taken in, refusals, decisions, chosen commits.
    LeadStore &lead();

    /// Runs one user action as one transaction: `change` does the work and describes
    /// it in the record; the audit entry is appended before the commit. Nothing of a
    /// failed action remains.
    Result<void> act(const QString &action,
                     const std::function<Result<void>(AuditRecord &record)> &change);
    /// Runs several actions as one transaction (one user action that changes many
    /// things, such as moving the review to another commit): all or nothing.
    Result<void> batch(const std::function<Result<void>()> &actions);
    /// Moves a repository's review to another commit (re-anchoring does the rest).
    Result<void> setRepositoryCommit(const QString &name, const QByteArray &commit);
    /// Changes whenever another connection committed (PRAGMA data_version).
    Result<qint64> dataVersion();

private:
    Workspace();
    static Result<std::unique_ptr<Workspace>> makeNew(const QString &fileName,
                                                      const QString &reviewName,
                                                      const QString &reviewerName, Clock clock);
    Result<void> load();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::review
