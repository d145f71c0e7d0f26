// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "result.h"
#include "truststore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace clearroom::crypto {

/// What a valid signature says, with what the verifier noticed on the way.
struct VerifiedSignature
{
    Certificate signer;
    QVector<Certificate> chain; ///< from the signer's certificate to the trust anchor
    QDateTime signingTime; ///< UTC, from the signed attributes
    /// Facts that do not make the signature invalid (the certificate expired since).
    QStringList notices;
    /// Doubts about the check itself (a revocation list past its next update): failures
    /// when verifying strictly.
    QStringList warnings;
};

/// Checks a package manifest's detached CMS signature against the authority's trust
/// anchors only: the signature over the exact bytes, Clearroom's content type, a signer
/// certificate that chains to an anchor, was valid at the signing time the signature
/// states, is not revoked (whatever the date), may sign, and carries the role needed.
class SignatureVerifier
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::SignatureVerifier)

public:
    struct Options
    {
        Role role = Role::Auditor;
        /// Stale revocation lists fail the check instead of warning.
        bool strict = false;
        /// Now, for what "expired since" and "stale" mean (injectable for tests).
        QDateTime now;
        /// The content type the signature must state (a package manifest's by default).
        QString contentType = Oids::manifestContentType();
    };

    static Result<VerifiedSignature> verify(const QByteArray &signatureDer,
                                            const QByteArray &content, const TrustStore &trust,
                                            const Options &options);
};

} // namespace clearroom::crypto
