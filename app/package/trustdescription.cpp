// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "trustdescription.h"

#include <algorithm>

namespace clearroom::package {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : TrustDescription::tr("none given");
}

} // namespace

QString TrustDescription::details(const TrustConfiguration &trust)
{
    QStringList lines;
    lines << tr("Source: %1 (%2)")
                 .arg(trust.source(),
                      trust.isFolder() ? tr("the authority's signed folder")
                                       : tr("a CA certificate file alone"));
    lines << QString();
    lines << tr("Compare these fingerprints with what the authority published:");
    for (const crypto::Certificate &anchor : trust.store().anchors()) {
        lines << tr("CA certificate: %1").arg(anchor.subject());
        lines << tr("  SHA-256: %1").arg(QString::fromLatin1(anchor.fingerprint()));
        lines << tr("  valid: %1 to %2")
                     .arg(timeText(anchor.notBefore()), timeText(anchor.notAfter()));
    }
    lines << QString();
    if (trust.isFolder()) {
        const crypto::VerifiedSignature &authority = trust.authority();
        lines << tr("Signed by the authority's officer: %1").arg(authority.signer.subject());
        lines << tr("  certificate SHA-256: %1")
                     .arg(QString::fromLatin1(authority.signer.fingerprint()));
        lines << tr("  signed at: %1").arg(timeText(authority.signingTime));
    } else {
        lines << tr("No signed folder: roles come from the certificates alone.");
    }
    lines << QString();
    lines << (trust.policy() ? tr("Egress policy: %1").arg(trust.policy()->description())
                             : tr("Egress policy: none given (no code leaves unless a policy "
                                  "file is chosen)"));
    lines << QString();
    const QVector<crypto::RevocationList> &lists = trust.store().revocationLists();
    if (lists.isEmpty())
        lines << tr("Revocation lists: none (revoked certificates cannot be recognised)");
    for (const crypto::RevocationList &list : lists) {
        lines << tr("Revocation list of %1").arg(list.issuer());
        lines << tr("  issued: %1, next update: %2")
                     .arg(timeText(list.thisUpdate()), timeText(list.nextUpdate()));
        // What the officer compares with the authority's records: the roster names
        // certificates by fingerprint, a list by serial number, so each is shown as it is.
        const QVector<crypto::RevocationList::Revocation> revoked = list.revocations();
        if (revoked.isEmpty())
            lines << tr("  revokes no certificate");
        else
            lines << tr("  revokes %n certificate(s):", nullptr, int(revoked.size()));
        for (const crypto::RevocationList::Revocation &entry : revoked)
            lines << tr("    serial number %1, revoked %2 (%3)")
                         .arg(entry.serialNumber, timeText(entry.date),
                              crypto::RevocationList::reasonText(entry.reason));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TrustDescription::rosterTitle()
{
    return tr("Roster: who may sign packages, and as what");
}

QString TrustDescription::noRoster()
{
    return tr("none: a CA certificate file has no roster");
}

QString TrustDescription::roster(const TrustConfiguration &trust)
{
    QStringList lines {rosterTitle()};
    if (!trust.isFolder())
        lines << QStringLiteral("  ") + noRoster();
    else if (trust.roster().isEmpty())
        lines << tr("  nobody");
    // Names and roles lined up, so that the fingerprints stand in one column.
    int nameWidth = 0;
    int roleWidth = 0;
    for (const RosterMember &member : trust.roster()) {
        nameWidth = std::max(nameWidth, int(member.name.size()));
        roleWidth = std::max(roleWidth, int(crypto::roleText(member.role).size()));
    }
    for (const RosterMember &member : trust.roster())
        lines << QStringLiteral("  %1  %2  %3")
                     .arg(member.name, -nameWidth)
                     .arg(crypto::roleText(member.role), -roleWidth)
                     .arg(QString::fromLatin1(member.fingerprint));
    return lines.join(QLatin1Char('\n'));
}

QStringList TrustDescription::staleWarnings(const TrustConfiguration &trust, const QDateTime &now)
{
    QStringList warnings;
    for (const crypto::RevocationList &list : trust.staleLists(now))
        warnings << tr("The revocation list of %1 is past its next update (%2): ask the authority "
                       "for a current one. Certificates revoked since may still verify.")
                        .arg(list.issuer(), timeText(list.nextUpdate()));
    return warnings;
}

} // namespace clearroom::package
