// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "exportpreview.h"

#include "pathquote.h"

#include <QLocale>

namespace clearroom::package {

namespace {

QString shown(const QString &text)
{
    return git::displayBytes(text.toUtf8());
}

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = prefix + shown(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString ExportPreview::locationText(const QByteArray &path, int first, int last)
{
    const QString file = git::displayBytes(path);
    return first == last ? QStringLiteral("%1:%2").arg(file).arg(first)
                         : QStringLiteral("%1:%2-%3").arg(file).arg(first).arg(last);
}

QString ExportPreview::excerptText(const Excerpt &excerpt, const QString &indent)
{
    // "INDENT> NNNNNN | LINE", appended piece by piece: a big export shows tens of thousands
    // of lines here, and four QString::arg() calls made four strings for each.
    QString out;
    for (int i = 0; i < excerpt.lines.size(); ++i) {
        const int number = excerpt.firstLine + i;
        const bool own = number >= excerpt.findingFirstLine && number <= excerpt.findingLastLine;
        out += indent;
        out += own ? QLatin1Char('>') : QLatin1Char(' ');
        out += QLatin1Char(' ');
        const QString digits = QString::number(number);
        for (qsizetype pad = digits.size(); pad < 6; ++pad)
            out += QLatin1Char(' ');
        out += digits;
        out += QLatin1String(" | ");
        out += git::displayBytes(excerpt.lines.at(i));
        out += QLatin1Char('\n');
    }
    return out;
}

QString ExportPreview::text(const PackageBuilder &builder)
{
    const PackageContent &content = builder.content();
    const CollectedReview &collected = builder.collected();
    const QLocale locale;
    QString out;
    out += tr("What will leave the room in this package:") + QLatin1Char('\n');
    out += tr("  review: %1").arg(shown(content.review.name)) + QLatin1Char('\n');
    out += tr("  signer: %1 (%2)").arg(shown(content.signer.name), shown(content.signer.subject))
        + QLatin1Char('\n');
    out += tr("  previous package: %1")
               .arg(content.previousPackageId.isEmpty()
                        ? tr("none (the first package exported from this workspace)")
                        : content.previousPackageId)
        + QLatin1Char('\n');
    out += tr("  egress policy: %1 (%2)")
               .arg(collected.policy.description(),
                    collected.policy.digest().isEmpty()
                        ? tr("no policy given: the built-in rule")
                        : tr("SHA-256 %1").arg(QString::fromLatin1(collected.policy.digest())))
        + QLatin1Char('\n');
    out += tr("  findings: %n", nullptr, int(content.findings.size())) + QLatin1Char('\n');
    out += QLatin1Char('\n') + tr("Entries:") + QLatin1Char('\n');
    const auto &entries = builder.entries();
    for (const ManifestEntry &entry : entries)
        out += QStringLiteral("  %1  %2\n")
                   .arg(entry.path, -22)
                   .arg(tr("%1 bytes").arg(locale.toString(entry.size)));
    out += QStringLiteral("  %1  %2\n")
               .arg(Manifest::fileName(), -22)
               .arg(tr("%1 bytes").arg(locale.toString(builder.manifestBytes().size())));
    out += QStringLiteral("  %1  %2\n")
               .arg(Manifest::signatureFileName(), -22)
               .arg(tr("the signature"));
    out += tr("  about %1 bytes in all").arg(locale.toString(builder.unsignedSize()))
        + QLatin1Char('\n');

    int excerpts = 0;
    for (const PackageFinding &packaged : content.findings)
        excerpts += int(packaged.excerpts.size());
    out += QLatin1Char('\n');
    if (excerpts == 0) {
        out += tr("Code that leaves: none (the egress policy lets no code leave).")
            + QLatin1Char('\n');
    } else {
        out += tr("Code that leaves (%n excerpt(s)):", nullptr, excerpts) + QLatin1Char('\n');
        for (const PackageFinding &packaged : content.findings) {
            for (const Excerpt &excerpt : packaged.excerpts) {
                out += QStringLiteral("  [%1] %2 — %3\n")
                           .arg(review::FindingNames::severityKey(packaged.finding.severity),
                                shown(packaged.finding.title),
                                locationText(excerpt.path, excerpt.firstLine, excerpt.lastLine()));
                out += excerptText(excerpt, QStringLiteral("  "));
            }
        }
    }
    out += QLatin1Char('\n');
    if (collected.flagged.isEmpty()) {
        out += tr("Free text that looks like pasted code: none found.") + QLatin1Char('\n');
    } else {
        out += tr("Free text that looks like pasted code (%n place(s)); it leaves as written:",
                  nullptr, int(collected.flagged.size()))
            + QLatin1Char('\n');
        for (const FlaggedText &flagged : collected.flagged) {
            out += tr("  finding %1, %2, lines %3-%4:")
                       .arg(flagged.findingId.left(8), flagged.field)
                       .arg(flagged.run.firstLine)
                       .arg(flagged.run.lastLine)
                + QLatin1Char('\n');
            out += indented(flagged.run.lines, QStringLiteral("    ! ")) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace clearroom::package
