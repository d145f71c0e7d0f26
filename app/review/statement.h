// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>
#include <string_view>

struct sqlite3_stmt;

namespace clearroom::review {

class Database;

/// A prepared SQL statement: bind values by position (1-based), step through rows,
/// read columns (0-based). Finalised when it goes out of scope.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);

    /// Advances to the next row: true when there is one, false when done.
    Result<bool> step();
    /// Runs the statement to completion (for INSERT, UPDATE, DELETE).
    Result<void> run();
    /// Makes the statement ready to run again with new bindings.
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /// The column's bytes without a copy, for reading many rows quickly: valid until the
    /// next step() or reset().
    std::string_view bytes(int column) const;
    int columnCount() const;

private:
    friend class Database;
    Statement(Database *database, sqlite3_stmt *statement);
    struct Finalizer
    {
        void operator()(sqlite3_stmt *statement) const noexcept;
    };
    Database *m_database = nullptr;
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    int m_bindError = 0;
};

} // namespace clearroom::review
