// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

struct sqlite3;

namespace clearroom::review {

class Statement;

/// One SQLite database file, opened the way every Clearroom workspace is: WAL journal,
/// synchronous=FULL (a committed action survives power loss), foreign keys on, and a
/// busy timeout for a second process on the same file. Not thread-safe.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::Database)

public:
    enum class Mode { ReadWrite, ReadWriteCreate, ReadOnly };
    static constexpr int BusyTimeoutMilliseconds = 5000;

    static Result<Database> open(const QString &fileName, Mode mode = Mode::ReadWrite);

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    ~Database();

    QString fileName() const { return m_fileName; }

    /// Runs SQL without results (several statements allowed).
    Result<void> execute(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    /// PRAGMA user_version: the schema version migrations are numbered by.
    Result<int> userVersion();
    Result<void> setUserVersion(int version);

    /// The raw handle, for Statement and Transaction only.
    sqlite3 *handle() const { return m_db.get(); }
    /// A translated message for the last error on this connection, naming the file.
    Error lastError(const QString &what) const;

private:
    Database() = default;
    struct Closer
    {
        void operator()(sqlite3 *db) const noexcept;
    };
    std::unique_ptr<sqlite3, Closer> m_db;
    QString m_fileName;
};

} // namespace clearroom::review
