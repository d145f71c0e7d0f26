// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "sha256.h"

#include <openssl/evp.h>

namespace clearroom::crypto {

namespace {
// Fetched once: an implicit fetch on every EVP_DigestInit_ex costs as much as hashing a
// short value.
const EVP_MD *sha256()
{
    static EVP_MD *const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return algorithm;
}
} // namespace

void Sha256::Free::operator()(evp_md_ctx_st *context) const noexcept
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    // Only a failed allocation or an OpenSSL without its default provider can fail here:
    // no input of a user's does.
    if (!m_context || !sha256() || EVP_DigestInit_ex2(m_context.get(), sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot compute SHA-256");
}

Sha256::~Sha256() = default;

Sha256 &Sha256::add(std::string_view bytes)
{
    EVP_DigestUpdate(m_context.get(), bytes.data(), bytes.size());
    return *this;
}

void Sha256::appendHex(QByteArray &out)
{
    unsigned char digest[32];
    unsigned int size = 0;
    EVP_DigestFinal_ex(m_context.get(), digest, &size);
    EVP_DigestInit_ex2(m_context.get(), sha256(), nullptr);
    static const char digits[] = "0123456789abcdef";
    const qsizetype at = out.size();
    out.resize(at + 2 * qsizetype(size));
    char *hex = out.data() + at;
    for (unsigned int i = 0; i < size; ++i) {
        *hex++ = digits[digest[i] >> 4];
        *hex++ = digits[digest[i] & 0xf];
    }
}

QByteArray Sha256::hex()
{
    QByteArray out;
    out.reserve(64);
    appendHex(out);
    return out;
}

QByteArray Sha256::hexOf(std::string_view bytes)
{
    Sha256 hash;
    return hash.add(bytes).hex();
}

} // namespace clearroom::crypto
