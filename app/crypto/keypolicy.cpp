// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "keypolicy.h"

#include <openssl/core_names.h>
#include <openssl/evp.h>

namespace clearroom::crypto {

namespace {

QString curveName(const EVP_PKEY *key)
{
    char name[80] = {};
    size_t length = 0;
    if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &length)
        != 1)
        return {};
    return QString::fromLatin1(name, int(length));
}

// OpenSSL names the NIST curves by their SECG names.
QString nistName(const QString &curve)
{
    if (curve == QLatin1String("prime256v1") || curve == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (curve == QLatin1String("secp384r1") || curve == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    if (curve == QLatin1String("secp521r1") || curve == QLatin1String("P-521"))
        return QStringLiteral("P-521");
    return curve;
}

} // namespace

QString KeyPolicy::describe(const evp_pkey_st *key)
{
    if (!key)
        return tr("no key");
    if (EVP_PKEY_is_a(key, "RSA") || EVP_PKEY_is_a(key, "RSA-PSS"))
        return tr("RSA %1 bits").arg(EVP_PKEY_get_bits(key));
    if (EVP_PKEY_is_a(key, "EC"))
        return QStringLiteral("ECDSA ") + nistName(curveName(key));
    if (EVP_PKEY_is_a(key, "ED25519"))
        return QStringLiteral("Ed25519");
    if (EVP_PKEY_is_a(key, "ED448"))
        return QStringLiteral("Ed448");
    return QString::fromLatin1(EVP_PKEY_get0_type_name(key));
}

Result<void> KeyPolicy::check(const evp_pkey_st *key)
{
    const QString accepted = tr("Clearroom signs with ECDSA P-256 or P-384 keys, or RSA keys of "
                                "%1 bits or more.")
                                 .arg(MinimumRsaBits);
    if (!key)
        return Error {tr("There is no key.")};
    if (EVP_PKEY_is_a(key, "ED25519") || EVP_PKEY_is_a(key, "ED448"))
        return Error {tr("The key is %1: OpenSSL 3.0 cannot make CMS signatures with it, so "
                         "packages cannot be signed with this identity. %2 Ask the authority "
                         "for a certificate with such a key.")
                          .arg(describe(key), accepted)};
    if (EVP_PKEY_is_a(key, "RSA")) {
        if (EVP_PKEY_get_bits(key) < MinimumRsaBits)
            return Error {tr("The key is %1, too short for signing packages. %2")
                              .arg(describe(key), accepted)};
        return {};
    }
    if (EVP_PKEY_is_a(key, "EC")) {
        const QString curve = nistName(curveName(key));
        if (curve == QLatin1String("P-256") || curve == QLatin1String("P-384"))
            return {};
    }
    return Error {
        tr("The key is %1, which Clearroom does not sign with. %2").arg(describe(key), accepted)};
}

} // namespace clearroom::crypto
