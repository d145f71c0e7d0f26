// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QCoreApplication>

namespace clearroom::review {

class Database;

/// The workspace's tables, numbered by PRAGMA user_version: each version is one
/// migration from the one before, applied in one transaction.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::Schema)

public:
    /// The version this build writes.
    static int latestVersion();
    /// The SQL that takes a workspace from version - 1 to version (1-based).
    static QString migration(int version);
    /// Brings a workspace to the latest version. An empty database becomes a new
    /// workspace; a file from a newer Clearroom, or an SQLite file that is not a
    /// workspace, is refused with a message naming the file.
    static Result<void> migrate(Database &database);
    /// Migrates only up to `version` (for tests of every earlier version).
    static Result<void> migrateTo(Database &database, int version);
    /// Whether an existing file is a workspace this version can open, asked without
    /// writing to it: a file from a newer Clearroom, an SQLite file that is not a
    /// workspace and an empty one are refused with a message naming the file.
    static Result<void> checkExisting(Database &database);

private:
    static Result<int> knownVersion(Database &database);
};

} // namespace clearroom::review
