// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "coveragereport.h"
#include "egresspolicy.h"
#include "packagecontent.h"
#include "pastedcodescanner.h"
#include "result.h"

#include <QCoreApplication>

#include <atomic>

namespace clearroom::review {
class Workspace;
}

namespace clearroom::package {

/// Free text of a finding in which the reviewed code appears verbatim.
struct FlaggedText
{
    QString findingId;
    QString field; ///< "title", "description", "recommendation" or "comment"
    QString commentId; ///< for a comment
    PastedRun run;
};

/// What was reviewed of one repository, for coverage.json and the report.
struct RepositoryCoverage
{
    QString repository;
    QByteArray commit;
    review::CoverageReport report;
    QVector<review::CoverageRange> ranges;
};

/// Everything a package is made of, read from a workspace under an egress policy: the
/// content, coverage, the audit log as it may leave, and the free text that carries code.
struct CollectedReview
{
    PackageContent content; ///< ids, time and signer are the writer's to fill in
    QVector<RepositoryCoverage> coverage;
    QByteArray auditLog; ///< the chained lines, each with its newline
    /// {"sha256", "value"} lines for the withheld values the policy lets leave.
    QByteArray auditValues;
    QByteArray auditHead;
    /// The package id of the last export the workspace recorded: the previous package of
    /// the one made now (empty before the first).
    QString previousPackageId;
    qint64 auditEntries = 0;
    QVector<FlaggedText> flagged;
    EgressPolicy policy;
};

/// Reads a workspace and its repositories (read-only) into a CollectedReview.
class ReviewCollector
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ReviewCollector)

public:
    static Result<CollectedReview> collect(review::Workspace &workspace, const EgressPolicy &policy,
                                           const std::atomic_bool *cancel = nullptr);
};

} // namespace clearroom::package
