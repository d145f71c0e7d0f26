// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

struct x509_st;

namespace clearroom::crypto {

/// What a certificate entitles its holder to sign: an extended key usage under
/// Clearroom's arc (2.25, minted from a UUID, so no registration is needed).
enum class Role {
    Auditor, ///< signs review packages
    Lead, ///< signs consolidated packages
    Authority, ///< signs the room's trust configuration
};

/// The object identifiers of Clearroom's roles and signatures.
struct Oids
{
    static QString arc() { return QStringLiteral("2.25.181595859419782607121077789565286859094"); }
    static QString role(Role role);
    /// The CMS content type of a package manifest's signature.
    static QString manifestContentType() { return arc() + QStringLiteral(".2.1"); }
    /// The CMS content type of a trust configuration's signature.
    static QString trustContentType() { return arc() + QStringLiteral(".2.2"); }
};

/// The role's name as people read it ("auditor", translated).
QString roleText(Role role);

/// An X.509 certificate: a value type over OpenSSL's, for reading what it says.
class Certificate
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::Certificate)

public:
    Certificate() = default;
    /// Takes a reference of its own to `certificate`.
    static Certificate fromHandle(x509_st *certificate);
    /// Every certificate in PEM text (at least one); `source` names it in messages.
    static Result<QVector<Certificate>> fromPem(const QByteArray &pem, const QString &source);
    static Result<QVector<Certificate>> fromPemFile(const QString &fileName);

    bool isNull() const { return !m_certificate; }
    x509_st *handle() const { return m_certificate.get(); }

    QString subject() const; ///< RFC 2253
    QString issuer() const; ///< RFC 2253
    QString commonName() const;
    QString email() const;
    QString serialNumber() const; ///< hex
    QByteArray der() const;
    QByteArray pem() const;
    /// SHA-256 of the DER encoding, 64 lowercase hex digits.
    QByteArray fingerprint() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    bool isValidAt(const QDateTime &time) const;
    /// Extended key usages in dotted form; empty when the extension is absent.
    QStringList extendedKeyUsages() const;
    bool hasRole(Role role) const;
    /// Whether the key usage extension, if present, allows digital signatures.
    bool allowsSigning() const;
    /// Whether subject and issuer are the same and the certificate signs itself.
    bool isSelfSigned() const;
    /// The key's kind and size, as people read it: "ECDSA P-256", "RSA 3072 bits".
    QString keyDescription() const;

    bool operator==(const Certificate &other) const { return der() == other.der(); }

private:
    struct Free
    {
        void operator()(x509_st *certificate) const noexcept;
    };
    std::shared_ptr<x509_st> m_certificate;
};

} // namespace clearroom::crypto
