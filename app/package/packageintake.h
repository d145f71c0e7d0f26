// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"
#include "trustconfiguration.h"

#include <QCoreApplication>
#include <QStringList>

namespace clearroom::package {

/// What became of one package given to a lead.
struct IntakeRow
{
    enum class Verdict {
        Accepted, ///< verified and read; takes part
        Refused, ///< failed verification or reading: contributes nothing
        Duplicate, ///< the same package as one given before it
        Superseded, ///< a newer package of the same auditor and review was given
    };
    QString fileName;
    QByteArray sha256; ///< of the file, once read
    Verdict verdict = Verdict::Refused;
    QString reason; ///< why it does not take part, or notes on an accepted one
    /// Taken in, but another package of the same auditor and review does not chain with
    /// it (neither names the other as its previous package): flagged for the lead.
    bool brokenChain = false;
    QString packageId;
    QString signer;
};

/// The packages a lead takes in: each verified fully against the trust configuration
/// (as `clearroom-cli verify` does, the roster included) before anything of it is read;
/// the same package given twice counts once; of an auditor's packages of one review
/// linked by their previous-package ids, only the newest takes part, and packages of
/// one auditor and review that are not so linked are flagged (a broken chain).
class PackageIntake
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::PackageIntake)

public:
    struct Outcome
    {
        QVector<IntakeRow> rows; ///< one per file, in the order given
        QVector<ConsolidationSource> accepted;
        /// The rows that do not take part, for the report.
        QVector<LeftOutPackage> leftOut() const;
    };

    static Outcome take(const QStringList &fileNames, const TrustConfiguration &trust,
                        const PackageVerifier::Options &options);
    static QString verdictText(IntakeRow::Verdict verdict);
};

} // namespace clearroom::package
