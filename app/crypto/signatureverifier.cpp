// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "signatureverifier.h"

#include "opensslhandles.h"

#include <QLocale>

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

namespace clearroom::crypto {

namespace {

// A signer's clock may be a little ahead of ours; more than this is not a clock.
constexpr int AllowedClockSkewSeconds = 5 * 60;

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

std::optional<QDateTime> signingTimeOf(CMS_SignerInfo *signer)
{
    const int index = CMS_signed_get_attr_by_NID(signer, NID_pkcs9_signingTime, -1);
    if (index < 0)
        return std::nullopt;
    X509_ATTRIBUTE *attribute = CMS_signed_get_attr(signer, index);
    if (X509_ATTRIBUTE_count(attribute) != 1)
        return std::nullopt;
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || (value->type != V_ASN1_UTCTIME && value->type != V_ASN1_GENERALIZEDTIME))
        return std::nullopt;
    const QDateTime time = ossl::toDateTime(value->value.asn1_string);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

} // namespace

Result<VerifiedSignature> SignatureVerifier::verify(const QByteArray &signatureDer,
                                                    const QByteArray &content,
                                                    const TrustStore &trust, const Options &options)
{
    const QDateTime now
        = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    ossl::clearErrors();
    ossl::Bio in = ossl::memoryReader(signatureDer);
    ossl::CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
    if (!cms)
        return Error {
            tr("The signature is not a CMS structure in DER (%1).").arg(ossl::takeErrors())};
    if (OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed)
        return Error {tr("The signature is a CMS structure of type %1, not SignedData.")
                          .arg(ossl::oidText(CMS_get0_type(cms.get())))};
    const QString contentType = ossl::oidText(CMS_get0_eContentType(cms.get()));
    if (contentType != options.contentType)
        return Error {tr("The signature is for content of type %1, not for %2 (%3).")
                          .arg(contentType,
                               options.contentType == Oids::manifestContentType()
                                   ? tr("a Clearroom package manifest")
                                   : tr("a Clearroom trust configuration"),
                               options.contentType)};
    ASN1_OCTET_STRING **embedded = CMS_get0_content(cms.get());
    if (embedded && *embedded)
        return Error {tr("The signature carries content of its own; a package's signature is "
                         "detached from the manifest it signs.")};
    STACK_OF(CMS_SignerInfo) *signerInfos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signerInfos) != 1)
        return Error {tr("The signature has %1 signers; it must have exactly one.")
                          .arg(sk_CMS_SignerInfo_num(signerInfos))};
    const auto signingTime = signingTimeOf(sk_CMS_SignerInfo_value(signerInfos, 0));
    if (!signingTime)
        return Error {tr("The signature does not state its signing time.")};
    if (*signingTime > now.addSecs(AllowedClockSkewSeconds))
        return Error {tr("The signature claims to be made at %1, which is in the future.")
                          .arg(timeText(*signingTime))};

    // The signature over the bytes first: the signer's certificate is checked below, at
    // the signing time and with Clearroom's roles, which CMS_verify's own check cannot do.
    ossl::Bio data = ossl::memoryReader(content);
    if (CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
        != 1) {
        const unsigned long error = ERR_peek_last_error();
        const QString detail = ossl::takeErrors();
        if (ERR_GET_REASON(error) == CMS_R_SIGNER_CERTIFICATE_NOT_FOUND)
            return Error {tr("The signature does not include the signer's certificate.")};
        return Error {tr("The signature does not match manifest.json: the manifest was changed "
                         "after signing, or the signature belongs to another manifest (%1).")
                          .arg(detail)};
    }
    ossl::CertificateStack signers(CMS_get0_signers(cms.get()));
    if (!signers || sk_X509_num(signers.get()) != 1)
        return Error {tr("The signature does not include the signer's certificate.")};
    VerifiedSignature result;
    result.signer = Certificate::fromHandle(sk_X509_value(signers.get(), 0));
    result.signingTime = *signingTime;
    // CMS_get0_signers returns borrowed pointers: do not free them with the stack.
    sk_X509_free(signers.release());
    const Certificate &signer = result.signer;

    ossl::X509StorePtr store(X509_STORE_new());
    for (const Certificate &anchor : trust.anchors())
        X509_STORE_add_cert(store.get(), anchor.handle());
    ossl::CertificateStack untrusted(CMS_get1_certs(cms.get()));
    ossl::X509StoreCtxPtr context(X509_STORE_CTX_new());
    if (!store || !context
        || X509_STORE_CTX_init(context.get(), store.get(), signer.handle(), untrusted.get()) != 1)
        return Error {tr("Cannot check the signer's certificate (%1).").arg(ossl::takeErrors())};
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_time(parameters, time_t(signingTime->toSecsSinceEpoch()));
    // Roles are Clearroom's own extended key usages, checked below; OpenSSL's purposes
    // know nothing of them.
    X509_STORE_CTX_set_purpose(context.get(), X509_PURPOSE_ANY);
    if (X509_verify_cert(context.get()) != 1) {
        const int code = X509_STORE_CTX_get_error(context.get());
        const QString reason = QString::fromLatin1(X509_verify_cert_error_string(code));
        ossl::clearErrors();
        switch (code) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            return Error {
                tr("The signer's certificate \"%1\" (issued by \"%2\") was not issued by a "
                   "CA this verification trusts.")
                    .arg(signer.subject(), signer.issuer())};
        case X509_V_ERR_CERT_HAS_EXPIRED:
        case X509_V_ERR_CERT_NOT_YET_VALID:
            return Error {tr("The signer's certificate \"%1\" was not valid at the signing time "
                             "%2 (valid from %3 to %4).")
                              .arg(signer.subject(), timeText(*signingTime),
                                   timeText(signer.notBefore()), timeText(signer.notAfter()))};
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
            return Error {tr("The signer's certificate \"%1\" carries a signature its issuer did "
                             "not make: it is forged.")
                              .arg(signer.subject())};
        default:
            return Error {tr("The signer's certificate \"%1\" is not valid at the signing time "
                             "%2: %3.")
                              .arg(signer.subject(), timeText(*signingTime), reason)};
        }
    }
    ossl::CertificateStack chain(X509_STORE_CTX_get1_chain(context.get()));
    for (int i = 0; i < sk_X509_num(chain.get()); ++i)
        result.chain.append(Certificate::fromHandle(sk_X509_value(chain.get(), i)));

    // Revocation, whatever the date: a key revoked after signing may have been stolen
    // before, and its holder could have dated the signature back.
    for (int i = 0; i + 1 < result.chain.size(); ++i) {
        const Certificate &certificate = result.chain.at(i);
        for (const RevocationList &crl : trust.revocationLists()) {
            if (!crl.isIssuedBy(result.chain.at(i + 1)))
                continue;
            if (const auto revoked = crl.revocationOf(certificate))
                return Error {tr("The certificate \"%1\" was revoked on %2.")
                                  .arg(certificate.subject(), timeText(*revoked))};
        }
    }
    for (const RevocationList &crl : trust.staleLists(now)) {
        const QString warning = tr("The revocation list of \"%1\" was due to be replaced on %2; "
                                   "a newer one may revoke the signer.")
                                    .arg(crl.issuer(), timeText(crl.nextUpdate()));
        if (options.strict)
            return Error {warning};
        result.warnings.append(warning);
    }
    if (!signer.allowsSigning())
        return Error {tr("The signer's certificate \"%1\" does not allow digital signatures "
                         "(key usage).")
                          .arg(signer.subject())};
    if (!signer.hasRole(options.role))
        return Error {tr("The signer's certificate \"%1\" does not carry the %2 role (extended "
                         "key usage %3).")
                          .arg(signer.subject(), roleText(options.role), Oids::role(options.role))};
    if (signer.notAfter() < now)
        result.notices.append(tr("The signer's certificate was valid when the package was "
                                 "signed and has expired since (on %1).")
                                  .arg(timeText(signer.notAfter())));
    return result;
}

} // namespace clearroom::crypto
