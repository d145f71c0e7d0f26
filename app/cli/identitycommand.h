// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace clearroom::cli {

/// `repo identity`: the repository's identity and everything unusual about it (alternates,
/// grafts, replace refs, ...) as JSON. Clearroom's own command, not git's.
class IdentityCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::IdentityCommand)

public:
    static Result<QByteArray> run(const RepositoryOpener &openRepository,
                                  const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
