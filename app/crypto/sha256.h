// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>

#include <memory>
#include <string_view>

struct evp_md_ctx_st;

namespace clearroom::crypto {

/// SHA-256 through OpenSSL, which uses the processor's SHA instructions: verifying an
/// audit log hashes every line and every withheld value, hundreds of megabytes in a big
/// review, and QCryptographicHash (its own portable code) takes about ten times as long.
/// One object can hash many messages in turn.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    Sha256 &add(std::string_view bytes);
    Sha256 &add(const QByteArray &bytes)
    {
        return add(std::string_view(bytes.data(), size_t(bytes.size())));
    }
    /// The digest of everything added since the last result, as 64 lowercase hex digits
    /// (appended to `out`); starts the next message.
    void appendHex(QByteArray &out);
    QByteArray hex();

    /// The digest of `bytes` as 64 lowercase hex digits.
    static QByteArray hexOf(std::string_view bytes);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const noexcept;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
};

} // namespace clearroom::crypto
