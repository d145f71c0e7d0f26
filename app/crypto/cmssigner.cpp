// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "cmssigner.h"

#include "opensslhandles.h"

namespace clearroom::crypto {

Result<QByteArray> CmsSigner::signDetached(const Identity &identity, const QByteArray &content,
                                           const QString &contentType)
{
    ossl::clearErrors();
    ossl::CertificateStack chain(sk_X509_new_null());
    for (const Certificate &certificate : identity.chain()) {
        X509_up_ref(certificate.handle());
        sk_X509_push(chain.get(), certificate.handle());
    }
    constexpr unsigned int flags = CMS_DETACHED | CMS_BINARY;
    // Partial first: the content type can only be set before the signature is made.
    ossl::CmsPtr cms(CMS_sign(identity.certificate().handle(), identity.key(), chain.get(), nullptr,
                              flags | CMS_PARTIAL));
    const QByteArray oid = contentType.toLatin1();
    ossl::Asn1ObjectPtr type(OBJ_txt2obj(oid.constData(), 1));
    ossl::Bio in = ossl::memoryReader(content);
    if (!cms || !type || CMS_set1_eContentType(cms.get(), type.get()) != 1
        || CMS_final(cms.get(), in.get(), nullptr, flags) != 1)
        return Error {tr("Cannot sign the manifest (%1).").arg(ossl::takeErrors())};
    ossl::Bio out = ossl::memoryWriter();
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return Error {tr("Cannot write the signature (%1).").arg(ossl::takeErrors())};
    return ossl::contents(out.get());
}

} // namespace clearroom::crypto
