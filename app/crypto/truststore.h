// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

#include <memory>
#include <optional>

struct X509_crl_st;

namespace clearroom::crypto {

/// A certificate revocation list as the authority issued it.
class RevocationList
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::RevocationList)

public:
    static Result<QVector<RevocationList>> fromPem(const QByteArray &pem, const QString &source);
    static Result<QVector<RevocationList>> fromPemFile(const QString &fileName);

    X509_crl_st *handle() const { return m_crl.get(); }
    QString issuer() const; ///< RFC 2253
    QDateTime thisUpdate() const;
    QDateTime nextUpdate() const; ///< null when the list names none
    /// One certificate the list revokes.
    struct Revocation
    {
        QString serialNumber; ///< upper-case hexadecimal, as Certificate::serialNumber()
        QDateTime date;
        int reason = -1; ///< RFC 5280's CRLReason code; -1 where the list gives none
    };
    /// Every certificate the list revokes, in the list's order.
    QVector<Revocation> revocations() const;
    /// A CRLReason code in words ("key compromise").
    static QString reasonText(int reason);

    /// When `certificate` was revoked, if this list revokes it.
    std::optional<QDateTime> revocationOf(const Certificate &certificate) const;
    /// Whether `issuer` issued and signed this list.
    bool isIssuedBy(const Certificate &issuer) const;

private:
    std::shared_ptr<X509_crl_st> m_crl;
};

/// What a signature is checked against: the authority's CA certificates (the only trust
/// anchors: never the system's store) and its current revocation lists.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::TrustStore)

public:
    /// Every certificate in `caFile` (PEM) is an anchor; `crlFile` (PEM, optional)
    /// holds revocation lists, each of which must be signed by one of the anchors.
    static Result<TrustStore> fromFiles(const QString &caFile, const QString &crlFile = {});
    static Result<TrustStore> make(const QVector<Certificate> &anchors,
                                   const QVector<RevocationList> &crls);

    const QVector<Certificate> &anchors() const { return m_anchors; }
    const QVector<RevocationList> &revocationLists() const { return m_crls; }
    /// The lists whose next update is before `now`.
    QVector<RevocationList> staleLists(const QDateTime &now) const;

private:
    QVector<Certificate> m_anchors;
    QVector<RevocationList> m_crls;
};

} // namespace clearroom::crypto
