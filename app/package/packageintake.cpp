// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packageintake.h"

#include "sha256.h"

#include <QFile>
#include <QHash>
#include <QSet>

namespace clearroom::package {

namespace {

QByteArray fileSha256(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    crypto::Sha256 hash;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (qint64 got; (got = file.read(buffer.data(), buffer.size())) > 0;)
        hash.add(std::string_view(buffer.constData(), size_t(got)));
    return hash.hex();
}

} // namespace

QString PackageIntake::verdictText(IntakeRow::Verdict verdict)
{
    switch (verdict) {
    case IntakeRow::Verdict::Accepted:
        return tr("accepted");
    case IntakeRow::Verdict::Refused:
        return tr("refused");
    case IntakeRow::Verdict::Duplicate:
        return tr("already given");
    case IntakeRow::Verdict::Superseded:
        return tr("superseded");
    }
    return {};
}

QVector<LeftOutPackage> PackageIntake::Outcome::leftOut() const
{
    QVector<LeftOutPackage> packages;
    for (const IntakeRow &row : rows) {
        if (row.verdict != IntakeRow::Verdict::Accepted)
            packages.append({row.fileName, row.sha256, row.reason});
    }
    return packages;
}

PackageIntake::Outcome PackageIntake::take(const QStringList &fileNames,
                                           const TrustConfiguration &trust,
                                           const PackageVerifier::Options &options)
{
    Outcome result;
    // Index into result.rows of each accepted package (parallel to the sources read).
    QVector<int> rowOf;
    QVector<ConsolidationSource> read;
    QHash<QByteArray, int> rowOfDigest;
    QHash<QString, int> rowOfId;
    for (const QString &fileName : fileNames) {
        IntakeRow row;
        row.fileName = fileName;
        row.sha256 = fileSha256(fileName);
        auto verdict = PackageVerifier::verify(fileName, trust, options);
        if (!verdict) {
            row.reason = verdict.errorMessage();
            result.rows.append(row);
            continue;
        }
        row.sha256 = verdict->fileSha256;
        row.packageId = verdict->manifest.packageId;
        row.signer = verdict->signature.signer.commonName();
        if (const auto same = rowOfDigest.constFind(row.sha256); same != rowOfDigest.cend()) {
            row.verdict = IntakeRow::Verdict::Duplicate;
            row.reason
                = tr("%1 is the same package as %2 (package %3, SHA-256 %4); it counts once.")
                      .arg(fileName, result.rows.at(*same).fileName, row.packageId,
                           QString::fromLatin1(row.sha256));
            result.rows.append(row);
            continue;
        }
        if (const auto other = rowOfId.constFind(row.packageId); other != rowOfId.cend()) {
            row.reason = tr("%1 claims the package id %2 of %3, but its content differs.")
                             .arg(fileName, row.packageId, result.rows.at(*other).fileName);
            result.rows.append(row);
            continue;
        }
        auto source = SourcePackage::read(fileName, *verdict);
        if (!source) {
            row.reason = source.errorMessage();
            result.rows.append(row);
            continue;
        }
        row.verdict = IntakeRow::Verdict::Accepted;
        rowOfDigest.insert(row.sha256, int(result.rows.size()));
        rowOfId.insert(row.packageId, int(result.rows.size()));
        rowOf.append(int(result.rows.size()));
        read.append(ConsolidationSource::of(std::move(source).value(), fileName));
        result.rows.append(row);
    }

    // Packages of one auditor and review: a package another names as its previous one is
    // superseded by it; the newest of each chain takes part.
    QSet<int> superseded;
    for (int i = 0; i < read.size(); ++i) {
        const SourcePackage &newer = read.at(i).package;
        for (int j = 0; j < read.size(); ++j) {
            const SourcePackage &older = read.at(j).package;
            if (i == j || older.reviewId() != newer.reviewId()
                || older.signerFingerprint() != newer.signerFingerprint())
                continue;
            if (newer.manifest().previousPackageId == older.packageId()) {
                superseded.insert(j);
                IntakeRow &row = result.rows[rowOf.at(j)];
                row.verdict = IntakeRow::Verdict::Superseded;
                row.reason = tr("%1 is superseded by %2, %3's newer package of the same review "
                                "(it names this one as its previous package).")
                                 .arg(row.fileName, read.at(i).path, newer.signerName());
            }
        }
    }
    // Of what is left, two packages of one auditor and review are a broken chain: the
    // auditor exported from two workspaces, or a package between them is missing.
    for (int i = 0; i < read.size(); ++i) {
        if (superseded.contains(i))
            continue;
        for (int j = 0; j < read.size(); ++j) {
            if (i == j || superseded.contains(j))
                continue;
            const SourcePackage &a = read.at(i).package;
            const SourcePackage &b = read.at(j).package;
            if (a.reviewId() == b.reviewId() && a.signerFingerprint() == b.signerFingerprint()) {
                IntakeRow &row = result.rows[rowOf.at(i)];
                row.brokenChain = true;
                if (row.reason.isEmpty())
                    row.reason = tr("Flagged: %1 and %2 are packages of the same review by %3, "
                                    "but neither names the other as its previous package (a "
                                    "broken chain); both take part.")
                                     .arg(a.packageId(), b.packageId(), a.signerName());
            }
        }
        result.accepted.append(read.at(i));
    }
    return result;
}

} // namespace clearroom::package
