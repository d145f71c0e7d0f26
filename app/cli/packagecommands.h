// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace clearroom::cli {

/// `export WORKSPACE --identity ID.p12 ... --out PKG.crpkg`: the signed review package,
/// after a preview of everything that will leave the room.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::ExportCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

/// `verify PKG --trust CA.pem [--crl CRL.pem] [--strict]`.
class VerifyCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::VerifyCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

/// `inspect PKG`: what a package holds, without judging it.
class InspectCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::InspectCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

/// `trust show TRUST [--crl CRL.pem] [--strict]`: a trust configuration as the room's
/// security officer checks it.
class TrustCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::TrustCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
