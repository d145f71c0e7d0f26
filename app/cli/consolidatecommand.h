// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "identity.h"
#include "packageintake.h"
#include "packageverifier.h"
#include "result.h"
#include "trustconfiguration.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QHash>

namespace clearroom::cli {

/// `consolidate --trust TRUST --identity LEAD.p12 [--passphrase-file F] [--yes]
/// --out OUT.crpkg PKG...`: the lead's whole path without a display. With
/// `--workspace WORKSPACE` instead of packages: the packages imported into a lead's
/// workspace (`import`), the lead's decisions stored there and automatic ones for the rest. Every
/// package is verified against the trust configuration before anything of it is read; refused,
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
    /// One row per package given (its verdict, and the reason or notes below it).
    static QString rowsText(const QVector<package::IntakeRow> &rows);

private:
    static Result<QByteArray> fromLeadWorkspace(const QByteArray &workspaceFile,
                                                const package::TrustConfiguration &trust,
                                                const crypto::Identity &identity,
                                                const package::PackageVerifier::Options &options,
                                                const QHash<QString, QByteArray> &chosen,
                                                const QString &out, bool confirmed);
};

} // namespace clearroom::cli
