// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArrayList>
#include <QCoreApplication>

namespace clearroom::cli {

/// `review init|add-repo|show|move`: the review a workspace holds.
class ReviewCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::ReviewCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

/// `finding add|list|show|update|comment|delete`.
class FindingCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::FindingCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

/// `coverage mark|unmark|show`.
class CoverageCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::CoverageCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

/// `log verify|export|packages`: the workspace's audit log, and the packages it recorded.
class AuditLogCommand
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::cli::AuditLogCommand)

public:
    static Result<QByteArray> run(const QByteArrayList &arguments);
    static QString help();
};

} // namespace clearroom::cli
