// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace clearroom::cli {

/// `import WORKSPACE --trust TRUST [--crl CRL] [--strict] [--reviewer NAME] [--name NAME]
/// PKG...`: auditors' packages taken into a lead's workspace (LeadWorkspace::import()),
/// the workspace made first when the file does not exist. One row per package; the exit
/// status is 1 when any package was refused.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::ImportCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
