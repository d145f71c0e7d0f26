// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

// Owners for OpenSSL's handles, used only inside app/crypto: callers get Clearroom's
// value types (Certificate, Identity) and never an OpenSSL pointer they must free.
namespace clearroom::crypto::ossl {

template<typename T, void (*Free)(T *)>
struct Deleter
{
    void operator()(T *handle) const noexcept { Free(handle); }
};

inline void freeCertificates(STACK_OF(X509) * certificates)
{
    sk_X509_pop_free(certificates, X509_free);
}
inline void freeCrls(STACK_OF(X509_CRL) * crls)
{
    sk_X509_CRL_pop_free(crls, X509_CRL_free);
}

using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, Deleter<X509_CRL, X509_CRL_free>>;
using X509ReqPtr = std::unique_ptr<X509_REQ, Deleter<X509_REQ, X509_REQ_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using X509StoreCtxPtr
    = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using X509NamePtr = std::unique_ptr<X509_NAME, Deleter<X509_NAME, X509_NAME_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using KeyContextPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, Deleter<CMS_ContentInfo, CMS_ContentInfo_free>>;
using Pkcs12Ptr = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;
using CertificateStack = std::unique_ptr<STACK_OF(X509), Deleter<STACK_OF(X509), freeCertificates>>;
using CrlStack = std::unique_ptr<STACK_OF(X509_CRL), Deleter<STACK_OF(X509_CRL), freeCrls>>;
using Asn1ObjectPtr = std::unique_ptr<ASN1_OBJECT, Deleter<ASN1_OBJECT, ASN1_OBJECT_free>>;

/// A read-only memory BIO over `bytes` (which must outlive it).
Bio memoryReader(const QByteArray &bytes);
/// An empty memory BIO to write into.
Bio memoryWriter();
/// Everything written into a memory BIO.
QByteArray contents(BIO *bio);

/// OpenSSL's error queue as one line (and the queue emptied): the detail after
/// Clearroom's own sentence, for the expert who reads it.
QString takeErrors();
/// Empties the error queue, before an operation whose errors will be reported.
void clearErrors();

/// After reading PEM objects until none is left: whether the text ended cleanly (the
/// error queue holds only PEM's "no start line"), rather than at a damaged object.
bool pemEndedCleanly();

/// An ASN.1 time as UTC.
QDateTime toDateTime(const ASN1_TIME *time);

/// An ASN.1 integer (a serial number) in upper-case hexadecimal, as openssl prints it;
/// "" for none.
QString integerHex(const ASN1_INTEGER *number);

/// An object identifier in dotted form ("2.25.…"), never its short name.
QString oidText(const ASN1_OBJECT *object);

} // namespace clearroom::crypto::ossl
