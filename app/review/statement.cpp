// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "statement.h"

#include "database.h"

#include <sqlite3.h>

namespace clearroom::review {

void Statement::Finalizer::operator()(sqlite3_stmt *statement) const noexcept
{
    sqlite3_finalize(statement);
}

Statement::Statement(Database *database, sqlite3_stmt *statement)
    : m_database(database)
    , m_statement(statement)
{
}

Statement::Statement(Statement &&other) noexcept = default;
Statement &Statement::operator=(Statement &&other) noexcept = default;
Statement::~Statement() = default;

// A failed bind is remembered and reported by the next step(), so that binding
// stays chainable.
Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_statement.get(), index, value); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    if (const int rc
        = sqlite3_bind_text64(m_statement.get(), index, utf8.constData(),
                              sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    // A null QByteArray binds an empty blob, not NULL: use bindNull() for that.
    if (const int rc = sqlite3_bind_blob64(m_statement.get(), index, blob.constData(),
                                           sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
        rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_statement.get(), index); rc != SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return m_database->lastError(
            QCoreApplication::translate("clearroom::review::Database", "Binding a value"));
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_database->lastError(
        QCoreApplication::translate("clearroom::review::Database", "Running SQL"));
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
    m_bindError = SQLITE_OK;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

QString Statement::text(int column) const
{
    const auto *data
        = reinterpret_cast<const char *>(sqlite3_column_text(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return QString::fromUtf8(data, size);
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return QByteArray(data, size);
}

std::string_view Statement::bytes(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement.get(), column));
    const int size = sqlite3_column_bytes(m_statement.get(), column);
    return data ? std::string_view(data, size_t(size)) : std::string_view();
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement.get());
}

} // namespace clearroom::review
