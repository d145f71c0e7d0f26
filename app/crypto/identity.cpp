// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "identity.h"

#include "keypolicy.h"
#include "opensslhandles.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace clearroom::crypto {

namespace {

// A PKCS#12 file holds a key and a few certificates: anything bigger is not one.
constexpr qint64 MaximumPkcs12Size = 1 << 20;

} // namespace

Result<Identity> Identity::load(const QString &fileName, const QByteArray &passphrase)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            tr("Cannot read the identity file %1: %2.").arg(fileName, file.errorString())};
    if (file.size() > MaximumPkcs12Size)
        return Error {tr("%1 is not an identity file: a PKCS#12 file is far smaller than %2 bytes.")
                          .arg(fileName)
                          .arg(file.size())};
    return fromPkcs12(file.readAll(), passphrase, fileName);
}

Result<Identity> Identity::fromPkcs12(const QByteArray &pkcs12, const QByteArray &passphrase,
                                      const QString &source)
{
    ossl::clearErrors();
    ossl::Bio in = ossl::memoryReader(pkcs12);
    ossl::Pkcs12Ptr container(d2i_PKCS12_bio(in.get(), nullptr));
    if (!container)
        return Error {
            tr("%1 is not a PKCS#12 identity file (%2).").arg(source, ossl::takeErrors())};
    if (PKCS12_verify_mac(container.get(), passphrase.constData(), int(passphrase.size())) != 1) {
        ossl::clearErrors();
        return Error {tr("The passphrase does not unlock the identity %1.").arg(source)};
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;
    if (PKCS12_parse(container.get(), passphrase.constData(), &key, &certificate, &chain) != 1) {
        const bool legacy = ERR_GET_REASON(ERR_peek_last_error()) == ERR_R_UNSUPPORTED;
        const QString detail = ossl::takeErrors();
        if (legacy)
            return Error {tr("The identity %1 is encrypted with an old algorithm (such as RC2) "
                             "that OpenSSL 3 no longer offers by default; re-export it with "
                             "AES (openssl pkcs12 -export ... -keypbe AES-256-CBC -certpbe "
                             "AES-256-CBC) (%2).")
                              .arg(source, detail)};
        return Error {tr("Cannot read the identity %1 (%2).").arg(source, detail)};
    }
    Identity identity;
    identity.m_key.reset(key, EVP_PKEY_free);
    ossl::CertificateStack stack(chain);
    X509 *owned = certificate;
    identity.m_certificate = Certificate::fromHandle(owned);
    X509_free(owned);
    for (int i = 0; stack && i < sk_X509_num(stack.get()); ++i)
        identity.m_chain.append(Certificate::fromHandle(sk_X509_value(stack.get(), i)));
    if (!key)
        return Error {tr("The identity %1 holds no private key.").arg(source)};
    if (identity.m_certificate.isNull())
        return Error {tr("The identity %1 holds no certificate.").arg(source)};
    if (auto checked = KeyPolicy::check(key); !checked)
        return Error {
            tr("The identity %1 cannot sign packages: %2").arg(source, checked.errorMessage())};
    if (auto pair = checkPair(key, identity.m_certificate); !pair)
        return Error {tr("The identity %1: %2").arg(source, pair.errorMessage())};
    return identity;
}

Result<void> Identity::checkPair(evp_pkey_st *key, const Certificate &certificate)
{
    if (X509_check_private_key(certificate.handle(), key) != 1) {
        ossl::clearErrors();
        return Error {
            tr("the certificate \"%1\" was not issued for this key.").arg(certificate.subject())};
    }
    return {};
}

Result<QByteArray> Identity::makePkcs12(const QByteArray &keyPem, const QByteArray &keyPassphrase,
                                        const Certificate &certificate,
                                        const QVector<Certificate> &chain,
                                        const QByteArray &passphrase)
{
    if (passphrase.isEmpty())
        return Error {tr("An identity file needs a passphrase: its key is never stored "
                         "unencrypted.")};
    ossl::clearErrors();
    ossl::Bio in = ossl::memoryReader(keyPem);
    QByteArray keyPass = keyPassphrase;
    ossl::KeyPtr key(PEM_read_bio_PrivateKey(in.get(), nullptr, nullptr,
                                             keyPass.isEmpty() ? nullptr : keyPass.data()));
    if (!key) {
        // Decryption has no other way to fail on an encrypted key that parses.
        if (keyPem.contains("ENCRYPTED")) {
            ossl::clearErrors();
            return Error {tr("The key's passphrase is wrong, or the key needs one.")};
        }
        return Error {tr("The key is not a PEM private key (%1).").arg(ossl::takeErrors())};
    }
    if (auto checked = KeyPolicy::check(key.get()); !checked)
        return checked.error();
    if (auto pair = checkPair(key.get(), certificate); !pair)
        return Error {tr("The key does not match: %1").arg(pair.errorMessage())};
    ossl::CertificateStack stack(sk_X509_new_null());
    for (const Certificate &member : chain) {
        if (member == certificate)
            continue;
        X509_up_ref(member.handle());
        sk_X509_push(stack.get(), member.handle());
    }
    const QByteArray friendlyName = certificate.commonName().toUtf8();
    // AES-256-CBC with PBKDF2 and a SHA-256 MAC: OpenSSL 3's defaults, named here so
    // that a different default never weakens the file.
    ossl::Pkcs12Ptr container(PKCS12_create_ex(passphrase.constData(), friendlyName.constData(),
                                               key.get(), certificate.handle(), stack.get(),
                                               NID_aes_256_cbc, NID_aes_256_cbc,
                                               PKCS12_DEFAULT_ITER, -1, 0, nullptr, nullptr));
    if (!container)
        return Error {tr("Cannot make the identity file (%1).").arg(ossl::takeErrors())};
    if (PKCS12_set_mac(container.get(), passphrase.constData(), int(passphrase.size()), nullptr, 0,
                       PKCS12_DEFAULT_ITER, EVP_sha256())
        != 1)
        return Error {tr("Cannot make the identity file (%1).").arg(ossl::takeErrors())};
    ossl::Bio out = ossl::memoryWriter();
    if (i2d_PKCS12_bio(out.get(), container.get()) != 1)
        return Error {tr("Cannot make the identity file (%1).").arg(ossl::takeErrors())};
    return ossl::contents(out.get());
}

Result<CertificateRequest> CertificateRequest::create(const QString &name, const QString &email,
                                                      const QByteArray &passphrase)
{
    if (name.trimmed().isEmpty())
        return Error {tr("A certificate request needs the signer's name.")};
    if (passphrase.isEmpty())
        return Error {tr("The new key needs a passphrase: it is never stored unencrypted.")};
    ossl::clearErrors();
    ossl::KeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return Error {tr("Cannot make a key (%1).").arg(ossl::takeErrors())};
    ossl::X509ReqPtr request(X509_REQ_new());
    X509_NAME *subject = X509_REQ_get_subject_name(request.get());
    const QByteArray nameBytes = name.trimmed().toUtf8();
    const QByteArray emailBytes = email.trimmed().toUtf8();
    bool ok = X509_REQ_set_version(request.get(), 0) == 1
        && X509_NAME_add_entry_by_NID(
               subject, NID_commonName, MBSTRING_UTF8,
               reinterpret_cast<const unsigned char *>(nameBytes.constData()),
               int(nameBytes.size()), -1, 0)
            == 1;
    if (ok && !emailBytes.isEmpty())
        ok = X509_NAME_add_entry_by_NID(
                 subject, NID_pkcs9_emailAddress, MBSTRING_ASC,
                 reinterpret_cast<const unsigned char *>(emailBytes.constData()),
                 int(emailBytes.size()), -1, 0)
            == 1;
    if (!ok)
        return Error {tr("The name or e-mail address cannot go into a certificate request (%1).")
                          .arg(ossl::takeErrors())};
    if (X509_REQ_set_pubkey(request.get(), key.get()) != 1
        || X509_REQ_sign(request.get(), key.get(), EVP_sha256()) <= 0)
        return Error {tr("Cannot sign the certificate request (%1).").arg(ossl::takeErrors())};

    CertificateRequest result;
    ossl::Bio keyOut = ossl::memoryWriter();
    if (PEM_write_bio_PKCS8PrivateKey(keyOut.get(), key.get(), EVP_aes_256_cbc(),
                                      passphrase.constData(), int(passphrase.size()), nullptr,
                                      nullptr)
        != 1)
        return Error {tr("Cannot write the key (%1).").arg(ossl::takeErrors())};
    result.keyPem = ossl::contents(keyOut.get());
    ossl::Bio requestOut = ossl::memoryWriter();
    if (PEM_write_bio_X509_REQ(requestOut.get(), request.get()) != 1)
        return Error {tr("Cannot write the certificate request (%1).").arg(ossl::takeErrors())};
    result.requestPem = ossl::contents(requestOut.get());
    return result;
}

} // namespace clearroom::crypto
