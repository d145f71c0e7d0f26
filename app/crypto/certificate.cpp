// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "certificate.h"

#include "keypolicy.h"
#include "opensslhandles.h"
#include "sha256.h"

#include <QFile>

#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace clearroom::crypto {

namespace {

QString nameText(const X509_NAME *name)
{
    ossl::Bio out = ossl::memoryWriter();
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ossl::contents(out.get()));
}

QString entryText(const X509_NAME *name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, data);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

} // namespace

QString Oids::role(Role role)
{
    switch (role) {
    case Role::Auditor:
        return arc() + QStringLiteral(".1.1");
    case Role::Lead:
        return arc() + QStringLiteral(".1.2");
    case Role::Authority:
        return arc() + QStringLiteral(".1.3");
    }
    return {};
}

QString roleText(Role role)
{
    switch (role) {
    case Role::Auditor:
        return Certificate::tr("auditor");
    case Role::Lead:
        return Certificate::tr("lead reviewer");
    case Role::Authority:
        return Certificate::tr("authority");
    }
    return {};
}

void Certificate::Free::operator()(x509_st *certificate) const noexcept
{
    X509_free(certificate);
}

Certificate Certificate::fromHandle(x509_st *certificate)
{
    Certificate result;
    if (certificate && X509_up_ref(certificate) == 1)
        result.m_certificate.reset(certificate, Free());
    return result;
}

Result<QVector<Certificate>> Certificate::fromPem(const QByteArray &pem, const QString &source)
{
    ossl::clearErrors();
    ossl::Bio in = ossl::memoryReader(pem);
    QVector<Certificate> certificates;
    while (X509 *certificate = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)) {
        Certificate value;
        value.m_certificate.reset(certificate, Free());
        certificates.append(value);
    }
    // The loop ends with "no start line" at the end of the text: only other errors count.
    if (!ossl::pemEndedCleanly())
        return Error {
            tr("%1 holds a damaged PEM certificate (%2).").arg(source, ossl::takeErrors())};
    ossl::clearErrors();
    if (certificates.isEmpty())
        return Error {
            tr("%1 holds no PEM certificate (\"-----BEGIN CERTIFICATE-----\").").arg(source)};
    return certificates;
}

Result<QVector<Certificate>> Certificate::fromPemFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("Cannot read the certificate file %1: %2.").arg(fileName, file.errorString())};
    // A certificate file of more than a few megabytes is not one.
    const QByteArray pem = file.read(16 << 20);
    return fromPem(pem, fileName);
}

QString Certificate::subject() const
{
    return m_certificate ? nameText(X509_get_subject_name(handle())) : QString();
}

QString Certificate::issuer() const
{
    return m_certificate ? nameText(X509_get_issuer_name(handle())) : QString();
}

QString Certificate::commonName() const
{
    return m_certificate ? entryText(X509_get_subject_name(handle()), NID_commonName) : QString();
}

QString Certificate::email() const
{
    return m_certificate ? entryText(X509_get_subject_name(handle()), NID_pkcs9_emailAddress)
                         : QString();
}

QString Certificate::serialNumber() const
{
    if (!m_certificate)
        return {};
    return ossl::integerHex(X509_get0_serialNumber(handle()));
}

QByteArray Certificate::der() const
{
    if (!m_certificate)
        return {};
    unsigned char *bytes = nullptr;
    const int length = i2d_X509(handle(), &bytes);
    if (length <= 0)
        return {};
    QByteArray result(reinterpret_cast<const char *>(bytes), length);
    OPENSSL_free(bytes);
    return result;
}

QByteArray Certificate::pem() const
{
    if (!m_certificate)
        return {};
    ossl::Bio out = ossl::memoryWriter();
    PEM_write_bio_X509(out.get(), handle());
    return ossl::contents(out.get());
}

QByteArray Certificate::fingerprint() const
{
    const QByteArray bytes = der();
    return Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
}

QDateTime Certificate::notBefore() const
{
    return m_certificate ? ossl::toDateTime(X509_get0_notBefore(handle())) : QDateTime();
}

QDateTime Certificate::notAfter() const
{
    return m_certificate ? ossl::toDateTime(X509_get0_notAfter(handle())) : QDateTime();
}

bool Certificate::isValidAt(const QDateTime &time) const
{
    return !isNull() && notBefore() <= time && time <= notAfter();
}

QStringList Certificate::extendedKeyUsages() const
{
    QStringList oids;
    if (!m_certificate)
        return oids;
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(handle(), NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return oids;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i)
        oids.append(ossl::oidText(sk_ASN1_OBJECT_value(usages, i)));
    sk_ASN1_OBJECT_pop_free(usages, ASN1_OBJECT_free);
    return oids;
}

bool Certificate::hasRole(Role role) const
{
    return extendedKeyUsages().contains(Oids::role(role));
}

bool Certificate::allowsSigning() const
{
    if (!m_certificate)
        return false;
    const uint32_t usage = X509_get_key_usage(handle());
    // UINT32_MAX: no key usage extension, so nothing is restricted.
    return usage == UINT32_MAX || (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) != 0;
}

bool Certificate::isSelfSigned() const
{
    return m_certificate && (X509_get_extension_flags(handle()) & EXFLAG_SS) != 0;
}

QString Certificate::keyDescription() const
{
    return m_certificate ? KeyPolicy::describe(X509_get0_pubkey(handle())) : QString();
}

} // namespace clearroom::crypto
