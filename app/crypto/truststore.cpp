// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "truststore.h"

#include "opensslhandles.h"

#include <QFile>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace clearroom::crypto {

Result<QVector<RevocationList>> RevocationList::fromPem(const QByteArray &pem,
                                                        const QString &source)
{
    ossl::clearErrors();
    ossl::Bio in = ossl::memoryReader(pem);
    QVector<RevocationList> lists;
    while (X509_CRL *crl = PEM_read_bio_X509_CRL(in.get(), nullptr, nullptr, nullptr)) {
        RevocationList list;
        list.m_crl.reset(crl, X509_CRL_free);
        lists.append(list);
    }
    if (!ossl::pemEndedCleanly())
        return Error {
            tr("%1 holds a damaged revocation list (%2).").arg(source, ossl::takeErrors())};
    ossl::clearErrors();
    if (lists.isEmpty())
        return Error {
            tr("%1 holds no PEM revocation list (\"-----BEGIN X509 CRL-----\").").arg(source)};
    return lists;
}

Result<QVector<RevocationList>> RevocationList::fromPemFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("Cannot read the revocation list %1: %2.").arg(fileName, file.errorString())};
    return fromPem(file.read(64 << 20), fileName);
}

QString RevocationList::issuer() const
{
    ossl::Bio out = ossl::memoryWriter();
    X509_NAME_print_ex(out.get(), X509_CRL_get_issuer(handle()), 0,
                       XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(ossl::contents(out.get()));
}

QDateTime RevocationList::thisUpdate() const
{
    return ossl::toDateTime(X509_CRL_get0_lastUpdate(handle()));
}

QDateTime RevocationList::nextUpdate() const
{
    return ossl::toDateTime(X509_CRL_get0_nextUpdate(handle()));
}

QVector<RevocationList::Revocation> RevocationList::revocations() const
{
    QVector<Revocation> revocations;
    const STACK_OF(X509_REVOKED) *entries = X509_CRL_get_REVOKED(handle());
    const int count = entries ? sk_X509_REVOKED_num(entries) : 0;
    revocations.reserve(count);
    for (int at = 0; at < count; ++at) {
        const X509_REVOKED *entry = sk_X509_REVOKED_value(entries, at);
        Revocation revocation;
        revocation.serialNumber = ossl::integerHex(X509_REVOKED_get0_serialNumber(entry));
        revocation.date = ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
        // Absent, repeated or damaged: no reason given (the revocation stands all the same).
        int critical = 0;
        if (auto *reason = static_cast<ASN1_ENUMERATED *>(
                X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, &critical, nullptr))) {
            const long code = ASN1_ENUMERATED_get(reason);
            revocation.reason = code >= 0 && code <= 255 ? int(code) : -1;
            ASN1_ENUMERATED_free(reason);
        }
        revocations.append(revocation);
    }
    ossl::clearErrors();
    return revocations;
}

QString RevocationList::reasonText(int reason)
{
    // RFC 5280, section 5.3.1; 7 is not used.
    switch (reason) {
    case 0:
        return tr("unspecified");
    case 1:
        return tr("key compromise");
    case 2:
        return tr("CA compromise");
    case 3:
        return tr("affiliation changed");
    case 4:
        return tr("superseded");
    case 5:
        return tr("cessation of operation");
    case 6:
        return tr("certificate hold");
    case 8:
        return tr("remove from CRL");
    case 9:
        return tr("privilege withdrawn");
    case 10:
        return tr("attribute authority compromise");
    default:
        return reason < 0 ? tr("no reason given") : tr("reason code %1").arg(reason);
    }
}

std::optional<QDateTime> RevocationList::revocationOf(const Certificate &certificate) const
{
    if (X509_NAME_cmp(X509_CRL_get_issuer(handle()), X509_get_issuer_name(certificate.handle()))
        != 0)
        return std::nullopt;
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_serial(handle(), &entry, X509_get0_serialNumber(certificate.handle())) != 1
        || !entry)
        return std::nullopt;
    return ossl::toDateTime(X509_REVOKED_get0_revocationDate(entry));
}

bool RevocationList::isIssuedBy(const Certificate &issuer) const
{
    if (X509_NAME_cmp(X509_CRL_get_issuer(handle()), X509_get_subject_name(issuer.handle())) != 0)
        return false;
    EVP_PKEY *key = X509_get0_pubkey(issuer.handle());
    const bool signedByIssuer = key && X509_CRL_verify(handle(), key) == 1;
    ossl::clearErrors();
    return signedByIssuer;
}

Result<TrustStore> TrustStore::fromFiles(const QString &caFile, const QString &crlFile)
{
    auto anchors = Certificate::fromPemFile(caFile);
    if (!anchors)
        return anchors.error();
    QVector<RevocationList> crls;
    if (!crlFile.isEmpty()) {
        auto lists = RevocationList::fromPemFile(crlFile);
        if (!lists)
            return lists.error();
        crls = *lists;
    }
    return make(*anchors, crls);
}

Result<TrustStore> TrustStore::make(const QVector<Certificate> &anchors,
                                    const QVector<RevocationList> &crls)
{
    if (anchors.isEmpty())
        return Error {tr("No CA certificate to trust was given.")};
    // A list nobody trusted signed could "unrevoke" nothing but could hide a forged
    // one: refuse it rather than ignore it.
    for (const RevocationList &crl : crls) {
        const bool known = std::any_of(anchors.cbegin(), anchors.cend(),
                                       [&](const Certificate &ca) { return crl.isIssuedBy(ca); });
        if (!known)
            return Error {tr("The revocation list of \"%1\" is not signed by any of the trusted CA "
                             "certificates.")
                              .arg(crl.issuer())};
    }
    TrustStore store;
    store.m_anchors = anchors;
    store.m_crls = crls;
    return store;
}

QVector<RevocationList> TrustStore::staleLists(const QDateTime &now) const
{
    QVector<RevocationList> stale;
    for (const RevocationList &crl : m_crls) {
        if (crl.nextUpdate().isValid() && crl.nextUpdate() < now)
            stale.append(crl);
    }
    return stale;
}

} // namespace clearroom::crypto
