// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "coveragereport.h"
#include "finding.h"
#include "workspace.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace clearroom::package {

/// Lines of the reviewed code that leave with a finding, as the egress policy allows:
/// the finding's own lines, and the context lines around them if the policy permits.
struct Excerpt
{
    QByteArray path; ///< bytes, as in the tree
    int firstLine = 0; ///< 1-based number of lines.first()
    QVector<QByteArray> lines; ///< the lines' bytes as in the blob, without newlines
    /// The finding's own lines within, as line numbers of the file like firstLine
    /// (1-based, inclusive): the location's startLine and endLine.
    int findingFirstLine = 0;
    int findingLastLine = 0;
    int lastLine() const { return firstLine + int(lines.size()) - 1; }
};

/// One finding as a package carries it.
struct PackageFinding
{
    review::Finding finding;
    QVector<review::Comment> comments; ///< oldest first
    /// One per location whose code may leave, in the order of finding.locations; empty
    /// when the policy lets no code leave.
    QVector<Excerpt> excerpts;

    /// The excerpt of a location (same path and lines), or null when its code does not leave.
    const Excerpt *excerptFor(const review::FindingLocation &location) const;
};

/// Who signs a package, as the certificate says.
struct PackageSigner
{
    QString name; ///< the certificate's common name
    QString subject; ///< the whole subject, RFC 2253
    QByteArray fingerprint; ///< SHA-256 of the certificate's DER, 64 lowercase hex digits
};

/// A repository as reviewed for the package: the review's repository and the tree of
/// the commit under review.
struct PackageRepository
{
    review::ReviewRepository repository;
    QByteArray tree; ///< 40 hex digits
    review::CoverageTotals coverage;
};

/// Everything the entries of a package are made from, gathered from a workspace under
/// an egress policy before anything is written. Writers (findings.json, SARIF, report)
/// read only this, so the same content gives the same bytes.
struct PackageContent
{
    QString packageId; ///< a UUID
    QString previousPackageId; ///< the review's previous package, or empty
    QDateTime created; ///< UTC
    QString toolVersion;
    review::ReviewInfo review;
    QVector<PackageRepository> repositories;
    QVector<PackageFinding> findings; ///< sorted by severity (worst first), then id
    PackageSigner signer;
    QString meaning; ///< what the signature attests, in English (it is signed)
    bool highlighting = false; ///< excerpts in the report are syntax-highlighted
};

} // namespace clearroom::package
