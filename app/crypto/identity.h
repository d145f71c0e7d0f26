// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "certificate.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>

struct evp_pkey_st;

namespace clearroom::crypto {

/// A signer's identity: the private key, its certificate and the chain to the
/// authority's CA, as a PKCS#12 file unlocked with a passphrase. The decrypted key lives
/// only in memory, for as long as the object does.
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::Identity)

public:
    /// Unlocks a PKCS#12 file; refuses keys that may not sign packages (KeyPolicy) and
    /// a certificate that does not belong to the key.
    static Result<Identity> load(const QString &fileName, const QByteArray &passphrase);
    static Result<Identity> fromPkcs12(const QByteArray &pkcs12, const QByteArray &passphrase,
                                       const QString &source);

    /// Makes a PKCS#12 file's bytes from a PEM private key (encrypted with
    /// `keyPassphrase`, or plain), the issued certificate and its chain. The new file is
    /// protected with `passphrase` (AES-256, PBKDF2), which must not be empty.
    static Result<QByteArray> makePkcs12(const QByteArray &keyPem, const QByteArray &keyPassphrase,
                                         const Certificate &certificate,
                                         const QVector<Certificate> &chain,
                                         const QByteArray &passphrase);

    const Certificate &certificate() const { return m_certificate; }
    const QVector<Certificate> &chain() const { return m_chain; }
    evp_pkey_st *key() const { return m_key.get(); }

private:
    static Result<void> checkPair(evp_pkey_st *key, const Certificate &certificate);
    std::shared_ptr<evp_pkey_st> m_key;
    Certificate m_certificate;
    QVector<Certificate> m_chain;
};

/// A new key pair and a certificate signing request for the authority to issue an
/// identity's certificate from.
struct CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::CertificateRequest)

public:
    QByteArray keyPem; ///< PKCS#8, encrypted with the passphrase (AES-256)
    QByteArray requestPem;

    /// An ECDSA P-256 key; the request's subject is CN=name (and emailAddress=email).
    static Result<CertificateRequest> create(const QString &name, const QString &email,
                                             const QByteArray &passphrase);
};

} // namespace clearroom::crypto
