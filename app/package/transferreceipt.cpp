// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "transferreceipt.h"

#include "finding.h"

#include <QFileInfo>
#include <QLocale>

namespace clearroom::package {

QString TransferReceipt::severityCounts(const Manifest &manifest)
{
    const QJsonObject counts = manifest.summary.value(QStringLiteral("by_severity")).toObject();
    QStringList parts;
    for (int s = int(review::Severity::Critical); s >= int(review::Severity::Info); --s) {
        const auto severity = review::Severity(s);
        parts.append(tr("%1 %2")
                         .arg(counts.value(review::FindingNames::severityKey(severity)).toInt())
                         .arg(review::FindingNames::severityText(severity)));
    }
    return parts.join(QStringLiteral(", "));
}

QString TransferReceipt::text(const QString &fileName, const PackageVerdict &verdict)
{
    const Manifest &manifest = verdict.manifest;
    const QLocale locale;
    QString out;
    out += tr("Transfer receipt") + QLatin1Char('\n');
    out += tr("  file:      %1").arg(QFileInfo(fileName).absoluteFilePath()) + QLatin1Char('\n');
    out += tr("  size:      %1 bytes").arg(locale.toString(verdict.fileSize)) + QLatin1Char('\n');
    out += tr("  SHA-256:   %1").arg(QString::fromLatin1(verdict.fileSha256)) + QLatin1Char('\n');
    out += tr("  package:   %1").arg(manifest.packageId) + QLatin1Char('\n');
    out += tr("  previous:  %1")
               .arg(manifest.previousPackageId.isEmpty() ? tr("none") : manifest.previousPackageId)
        + QLatin1Char('\n');
    out += tr("  review:    %1").arg(manifest.review.value(QStringLiteral("name")).toString())
        + QLatin1Char('\n');
    out += tr("  signer:    %1").arg(verdict.signature.signer.subject()) + QLatin1Char('\n');
    out += tr("  signer certificate SHA-256: %1")
               .arg(QString::fromLatin1(verdict.signature.signer.fingerprint()))
        + QLatin1Char('\n');
    out += tr("  signed at: %1").arg(verdict.signature.signingTime.toString(Qt::ISODate))
        + QLatin1Char('\n');
    out += tr("  findings:  %1 (%2)")
               .arg(manifest.summary.value(QStringLiteral("findings")).toInt())
               .arg(severityCounts(manifest))
        + QLatin1Char('\n');
    // A consolidated package carries the auditors' own packages: the officer receiving it
    // can match each to the package its auditor handed over.
    if (!verdict.sources.empty())
        out += tr("  sources:   %n auditor package(s) inside, each verified:", nullptr,
                  int(verdict.sources.size()))
            + QLatin1Char('\n');
    for (const PackageVerdict &source : verdict.sources)
        out += tr("    %1  %2  SHA-256 %3")
                   .arg(source.manifest.packageId, source.signature.signer.subject(),
                        QString::fromLatin1(source.fileSha256))
            + QLatin1Char('\n');
    out += tr("Written, read back from the medium and verified.") + QLatin1Char('\n');
    return out;
}

} // namespace clearroom::package
