// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace clearroom::test {

/// A certificate the test authority issued, with its key and a PKCS#12 file of both.
struct IssuedIdentity
{
    QString name;
    QString keyFile; ///< PEM, unencrypted (test keys only)
    QString certificateFile; ///< PEM
    QString pkcs12File; ///< made by `openssl pkcs12 -export`, chain included
    QByteArray passphrase; ///< of the PKCS#12 file
};

/// A review authority for tests, made with the openssl command line and the CA
/// configuration Clearroom ships for authorities (installer/authority/clearroom-ca.cnf),
/// so the tests also run the README's recipe. Keys are unencrypted: they are test keys.
class TestPki
{
public:
    enum class Role { Auditor, Lead, Authority, None };

    /// Creates the CA (ECDSA P-384) in `directory`, which must exist.
    explicit TestPki(const QString &directory,
                     const QString &caName = QStringLiteral("Review Authority CA"));

    bool isValid() const { return m_error.isEmpty(); }
    /// What the last failed openssl command said.
    QString error() const { return m_error; }
    QString caFile() const;
    QString directory() const { return m_directory; }

    /// Issues a certificate. `keyType` as openssl genpkey takes it: "EC:P-256",
    /// "EC:P-384", "RSA:3072", "RSA:2048", "ED25519". Dates as openssl ca takes them
    /// (YYYYMMDDHHMMSSZ); empty: from now, for the configuration's default days.
    IssuedIdentity issue(const QString &name, Role role,
                         const QString &keyType = QStringLiteral("EC:P-256"),
                         const QString &startDate = {}, const QString &endDate = {});
    /// A self-signed certificate that copies a name and the auditor's role: a forgery.
    IssuedIdentity forge(const QString &name);
    /// `reason` as openssl ca's -crl_reason takes it ("keyCompromise"); none when empty.
    bool revoke(const IssuedIdentity &identity, const QByteArray &reason = {});
    /// Writes the CA's current revocation list; `validitySeconds` until its next update.
    QString makeCrl(const QString &fileName, int validitySeconds = 30 * 24 * 3600);

private:
    bool openssl(const QByteArrayList &arguments);
    bool makeKey(const QString &keyFile, const QString &keyType);
    bool makePkcs12(IssuedIdentity &identity, bool withChain);
    QString m_directory;
    QString m_error;
    int m_count = 0;
};

} // namespace clearroom::test
