// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace clearroom::cli {

/// `consolidate --trust TRUST --identity LEAD.p12 [--passphrase-file F] [--yes]
/// --out OUT.crpkg PKG...`: the lead's whole path without a display. Every package is
/// verified against the trust configuration before anything of it is read; refused,
/// duplicate and superseded ones are left out with their reason (and listed in the
/// report); duplicates among the auditors' findings are merged and the rest kept, each
/// decision marked automatic; the consolidated package is signed with the lead's
/// identity, written, read back and verified.
class ConsolidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::ConsolidateCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
