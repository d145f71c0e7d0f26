// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"
#include "statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace clearroom::review {

class Workspace;

/// An auditor's signed package a lead took into the workspace. The package itself is
/// kept byte-identical beside it (LeadStore::packageBytes()).
struct LeadPackage
{
    QString packageId;
    QByteArray sha256; ///< of the whole file, 64 lowercase hex digits
    qint64 size = 0;
    QString fileName; ///< the file's name as given, without its folder
    QString signerName; ///< the signing certificate's common name
    QString signerSubject; ///< its whole subject
    QByteArray signerFingerprint; ///< SHA-256 of the certificate, 64 lowercase hex digits
    QString reviewId; ///< the auditor's review
    QString reviewName;
    QString previousPackageId; ///< as the package names it; empty in an auditor's first
    QDateTime signedAt; ///< the signature's signing time
    QDateTime verified; ///< when it was verified before it was taken in
    QDateTime imported;
    int findings = 0;
    QString supersededBy; ///< the newer package of the same auditor and review, if any
    QString notes; ///< e.g. the flag of a broken previous-package chain
};

/// A package a lead was given and refused, with the reason.
struct LeadRefusal
{
    qint64 id = 0; ///< 1, 2, ... in the order of refusal (given by refuse())
    QString fileName;
    QByteArray sha256; ///< of the file, when it could be read
    QString reason;
    QDateTime refused;
};

/// One decision of the lead, stored as plain values (the package layer makes and reads
/// them): what the audit log records of it, and the whole decision as JSON.
struct LeadDecision
{
    QString resultId; ///< the consolidated finding's id (the rejected finding's for a reject)
    QString decision; ///< "merge", "keep" or "reject"
    bool automatic = false;
    QString title;
    QString severity; ///< a severity key
    QString status; ///< a status key
    int cwe = 0;
    /// The source findings it covers: (package id, finding id).
    QVector<QPair<QString, QString>> sources;
    QString rationale;
    /// The decision as findings.json of a consolidated package writes it: the resulting
    /// finding with its "consolidation" object (for a reject: that object with "title"
    /// and "finding").
    QByteArray json;
    QDateTime decided;
};

/// The commit the lead chose to bring a repository's findings onto.
struct LeadTarget
{
    QString repository;
    QByteArray commit; ///< 40 hex digits
    QDateTime chosen;
};

/// The lead reviewer's work in a workspace: the packages taken in (byte-identical), the
/// packages refused, the lead's decisions and chosen commits. Every change is one action
/// with its audit entry, named as in a consolidated package's log: "package.import",
/// "package.reject", "package.supersede", "consolidation.decide", and
/// "consolidation.withdraw" (a decision taken back) and "consolidation.target" (a chosen
/// commit). Free text (file names, reasons, titles, rationales, the decision's JSON) goes
/// into the log as its digest, the plain value kept beside it.
class LeadStore
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::LeadStore)

public:
    explicit LeadStore(Workspace &workspace);

    /// Every package taken in, oldest import first (without their bytes).
    Result<QVector<LeadPackage>> packages();
    /// The package of that id, if it was taken in.
    Result<std::optional<LeadPackage>> package(const QString &packageId);
    /// The bytes of a package taken in, exactly as they were given.
    Result<QByteArray> packageBytes(const QString &packageId);
    Result<QVector<LeadRefusal>> refused();
    /// The lead's decisions, in the order they were made.
    Result<QVector<LeadDecision>> decisions();
    /// The commit chosen for each repository, by repository name.
    Result<QVector<LeadTarget>> targetCommits();

    /// Takes a package in (its `bytes` kept as given; `sha256` and `size` must be theirs).
    Result<void> import(const LeadPackage &package, const QByteArray &bytes);
    /// Marks `olderId` superseded by `newerId`.
    Result<void> supersede(const QString &olderId, const QString &newerId);
    /// Records a refused package; returns it with its id.
    Result<LeadRefusal> refuse(LeadRefusal refusal);
    /// Stores a decision, first withdrawing `replaced` (earlier decisions it replaces),
    /// all in one transaction.
    Result<void> decide(const LeadDecision &decision, const QStringList &replaced = {});
    /// Takes a decision back.
    Result<void> withdraw(const QString &resultId);
    /// Chooses the commit of a repository; an empty commit goes back to the default rule.
    Result<void> setTargetCommit(const QString &repository, const QByteArray &commit);

    /// A JSON array of (package id, finding id) pairs in canonical form, as the log
    /// records a decision's sources.
    static QByteArray sourcesJson(const QVector<QPair<QString, QString>> &sources);

private:
    // The row of one package with those columns, stepped to; empty when there is none.
    Result<std::optional<Statement>> packageRow(const QString &columns, const QString &packageId);
    Result<void> withdrawInAction(const QString &resultId);
    Workspace &m_workspace;
};

} // namespace clearroom::review
