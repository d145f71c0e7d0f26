// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "egresspolicy.h"
#include "signatureverifier.h"
#include "truststore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace clearroom::package {

/// A reviewer the authority lists, with the role it lets them sign in.
struct RosterMember
{
    QString name;
    QByteArray fingerprint; ///< SHA-256 of the certificate, 64 lowercase hex digits
    crypto::Role role = crypto::Role::Auditor;
};

/// What packages are checked against: the authority's signed folder (its CA
/// certificates, revocation lists, the roster of auditors and leads, and the room's
/// egress policy, listed with their digests in trust.json and signed in trust.json.p7s
/// by a certificate with the authority role), or a single CA certificate file, whose
/// anchors are then all there is: roles come from the certificates alone and no policy
/// is known. The folder's format is documented in the README ("Trust configuration").
class TrustConfiguration
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::TrustConfiguration)

public:
    static QString listFileName() { return QStringLiteral("trust.json"); }
    static QString signatureFileName() { return QStringLiteral("trust.json.p7s"); }

    /// A folder or a CA certificate file; `crlFile` adds revocation lists. A folder that
    /// fails any check (an unlisted, missing or changed file, a bad signature) is refused.
    static Result<TrustConfiguration> load(const QString &path, const QString &crlFile = {},
                                           const QDateTime &now = {});

    /// Anchors and lists given directly (no roster, no policy).
    static TrustConfiguration fromStore(const crypto::TrustStore &store);

    bool isFolder() const { return !m_folder.isEmpty(); }
    QString source() const { return m_source; }
    const crypto::TrustStore &store() const { return m_store; }
    /// The room's policy, from the folder; none from a CA file.
    const std::optional<EgressPolicy> &policy() const { return m_policy; }
    const QVector<RosterMember> &roster() const { return m_roster; }
    /// The officer who signed the folder, and when.
    const crypto::VerifiedSignature &authority() const { return m_authority; }
    /// The revocation lists past their next update (warned about in the GUI).
    QVector<crypto::RevocationList> staleLists(const QDateTime &now) const;

    /// With a folder: the certificate must be on the roster with that role.
    Result<void> checkSigner(const crypto::Certificate &signer, crypto::Role role) const;

private:
    Result<void> loadFolder(const QString &folder, const QDateTime &now);
    QString m_source;
    QString m_folder;
    crypto::TrustStore m_store;
    std::optional<EgressPolicy> m_policy;
    QVector<RosterMember> m_roster;
    crypto::VerifiedSignature m_authority;
};

} // namespace clearroom::package
