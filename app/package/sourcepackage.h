// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagecontent.h"
#include "packageverifier.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVector>

namespace clearroom::package {

/// A finding as an auditor's package carries it (read-only for the lead): with its
/// comments and the excerpts the package's egress policy let leave.
using SourceFinding = PackageFinding;

/// One file's coverage in an auditor's package.
struct SourceFileCoverage
{
    QByteArray path;
    qint64 lines = 0; ///< lines that count (blank lines excluded)
    qint64 reviewedLines = 0;
    QVector<review::CoverageRange> ranges; ///< who marked which lines, and when
};

/// What an auditor's package says was reviewed of one repository.
struct SourceRepository
{
    QString name;
    QByteArray commit; ///< 40 hex digits
    QByteArray tree; ///< 40 hex digits
    QVector<SourceFileCoverage> files; ///< every file of the commit, sorted by path
};

/// An auditor's review package as a lead reads it once it verified: its verdict (who
/// signed it, its manifest) and the findings and coverage it carries. The entries are
/// read strictly: each must still have the digest its verified manifest records, and
/// every field must be what Clearroom writes, or the package is refused naming the
/// entry, the finding and the field.
class SourcePackage
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::SourcePackage)

public:
    static Result<SourcePackage> read(const QString &fileName, PackageVerdict verdict);
    /// One finding as findings.json writes it (packageentries::findingObject()), read
    /// as strictly as a package's; `where` names it in the error.
    static Result<SourceFinding> findingFromJson(const QJsonObject &object, const QString &where);

    const PackageVerdict &verdict() const { return m_verdict; }
    const Manifest &manifest() const { return m_verdict.manifest; }
    QString packageId() const { return m_verdict.manifest.packageId; }
    /// The signer's certificate fingerprint, 64 lowercase hex digits.
    QByteArray signerFingerprint() const { return m_verdict.signature.signer.fingerprint(); }
    QString signerName() const { return m_verdict.signature.signer.commonName(); }
    QString reviewId() const;
    QString reviewName() const;
    const QVector<SourceRepository> &repositories() const { return m_repositories; }
    const QVector<SourceFinding> &findings() const { return m_findings; }

private:
    Result<void> readFindings(const QByteArray &bytes);
    Result<void> readCoverage(const QByteArray &bytes);

    PackageVerdict m_verdict;
    QString m_fileName;
    QVector<SourceRepository> m_repositories;
    QVector<SourceFinding> m_findings;
};

} // namespace clearroom::package
