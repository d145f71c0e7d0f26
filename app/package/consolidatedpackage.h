// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "consolidation.h"
#include "egresspolicy.h"
#include "identity.h"
#include "indentedjsonwriter.h"
#include "manifest.h"
#include "reportwriter.h"
#include "zipwriter.h"

#include <QCoreApplication>
#include <memory>

namespace clearroom::package {

class EntrySpool;

/// What a consolidated package is made of besides the consolidation itself.
struct ConsolidatedReview
{
    review::ReviewInfo review; ///< the lead's review
    EgressPolicy policy; ///< the room's (sources were verified under it), or none
    QByteArray auditLog; ///< the lead's chained audit lines, each with its newline
    QByteArray auditHead;
    qint64 auditEntries = 0;
    QString previousPackageId;
};

/// Makes the lead's consolidated package: the consolidated findings (findings.json with
/// each decision, its rationale and the source findings it stands for; findings.sarif
/// with one run per auditor's package and the consolidated runs), the combined coverage,
/// the lead's audit log, the report whose first page says what each auditor found and
/// what the lead decided, and every source package byte-identical under `sources/`.
/// The manifest records each source's id, digest, signer, signing time and when it was
/// verified. Deterministic like a review package: only the signature differs between
/// two builds of the same consolidation, lead and time.
class ConsolidatedPackageBuilder
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ConsolidatedPackageBuilder)

public:
    ConsolidatedPackageBuilder(Consolidation consolidation, ConsolidatedReview review,
                               crypto::Certificate lead, QDateTime created);

    /// The folder of the temporary file that holds the entries from build() until they
    /// are written: see PackageBuilder::setSpoolFolder().
    void setSpoolFolder(const QString &folder) { m_spoolFolder = folder; }

    /// Every entry but the sources, each made once (into the spool), and the manifest over
    /// all of them (no signature yet).
    Result<void> build();

    const Consolidation &consolidation() const { return m_consolidation; }
    /// The consolidated findings as the package's writers see them.
    const PackageContent &content() const { return m_content; }
    /// The bytes of an entry build() made (not a source, the manifest or its signature),
    /// read whole from the spool.
    Result<QByteArray> entry(const QString &name) const;
    const Manifest &manifest() const { return m_manifest; }
    QByteArray manifestBytes() const { return m_manifestBytes; }

    /// Signs the manifest with the lead's identity (whose certificate must be the one the
    /// package was built for) and returns the archive; the entries are copied from the
    /// spool, and the sources from their files, piece by piece while the archive is
    /// written; a source must still have the digest it was verified with.
    Result<ZipWriter> archive(const crypto::Identity &identity) const;

    /// What the report adds for a consolidation: the first page and each decision.
    static ReportAdditions reportAdditions(const Consolidation &consolidation);
    /// The decision each finding of the package stands for (every decision but a
    /// rejection), as findings.json and findings.sarif write it, by the finding's id:
    /// made once for both.
    using DecisionObjects = QHash<QString, QJsonObject>;
    static DecisionObjects decisionObjects(const Consolidation &consolidation);
    /// findings.json, handed to `sink` a few findings at a time.
    static Result<void> writeFindingsJson(const PackageContent &content,
                                          const Consolidation &consolidation,
                                          const DecisionObjects &decisions, const JsonSink &sink);
    static QByteArray coverageJson(const review::ReviewInfo &review,
                                   const Consolidation &consolidation);
    /// findings.sarif, handed to `sink` a result at a time.
    static Result<void> writeSarif(const PackageContent &content,
                                   const Consolidation &consolidation,
                                   const DecisionObjects &decisions, const JsonSink &sink);

private:
    Consolidation m_consolidation;
    ConsolidatedReview m_review;
    crypto::Certificate m_lead;
    QDateTime m_created;
    PackageContent m_content;
    QString m_spoolFolder;
    std::shared_ptr<EntrySpool> m_spool; ///< the entries build() made
    Manifest m_manifest;
    QByteArray m_manifestBytes;
};

} // namespace clearroom::package
