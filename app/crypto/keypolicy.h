// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

struct evp_pkey_st;

namespace clearroom::crypto {

/// Which keys may sign a package: ECDSA on P-256 or P-384, or RSA of 3072 bits or more.
/// Ed25519 is refused with the reason (OpenSSL 3.0 cannot make CMS signatures with it).
class KeyPolicy
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::crypto::KeyPolicy)

public:
    static constexpr int MinimumRsaBits = 3072;
    /// "ECDSA P-256", "RSA 3072 bits", "Ed25519".
    static QString describe(const evp_pkey_st *key);
    /// An error naming the key and what is accepted when the key may not sign packages.
    static Result<void> check(const evp_pkey_st *key);
};

} // namespace clearroom::crypto
