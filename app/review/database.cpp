// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "database.h"

#include "statement.h"

#include <QFile>

#include <sqlite3.h>

namespace clearroom::review {

void Database::Closer::operator()(sqlite3 *db) const noexcept
{
    // v2: statements still open keep the connection alive until finalised.
    sqlite3_close_v2(db);
}

Database::Database(Database &&other) noexcept = default;
Database &Database::operator=(Database &&other) noexcept = default;
Database::~Database() = default;

Error Database::lastError(const QString &what) const
{
    const int code = m_db ? sqlite3_extended_errcode(m_db.get()) : SQLITE_CANTOPEN;
    const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db.get())) : QString();
    QString reason;
    switch (code & 0xff) {
    case SQLITE_FULL:
        reason = tr("the disk is full");
        break;
    case SQLITE_READONLY:
        reason = tr("the file is read-only");
        break;
    case SQLITE_IOERR:
        reason = tr("reading or writing the file failed (I/O error)");
        break;
    case SQLITE_CORRUPT:
        reason = tr("the file is damaged");
        break;
    case SQLITE_NOTADB:
        reason = tr("the file is not an SQLite database");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        reason = tr("another program is using the file");
        break;
    case SQLITE_CANTOPEN:
        reason = tr("the file cannot be opened");
        break;
    default:
        reason = detail;
        break;
    }
    return {tr("%1 failed for '%2': %3 (SQLite: %4).").arg(what, m_fileName, reason, detail)};
}

Result<Database> Database::open(const QString &fileName, Mode mode)
{
    Database database;
    database.m_fileName = fileName;
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::ReadWriteCreate:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    if (mode != Mode::ReadWriteCreate && !QFile::exists(fileName))
        return Error {tr("The workspace '%1' does not exist.").arg(fileName)};

    sqlite3 *raw = nullptr;
    const QByteArray name = QFile::encodeName(fileName);
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    database.m_db.reset(raw);
    if (rc != SQLITE_OK)
        return database.lastError(tr("Opening"));
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, BusyTimeoutMilliseconds);

    // Reading the schema tells an SQLite file from anything else.
    if (auto probe = database.execute(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !probe)
        return probe.error();
    if (mode == Mode::ReadOnly) {
        if (auto pragmas = database.execute(QStringLiteral("PRAGMA foreign_keys=ON")); !pragmas)
            return pragmas.error();
        return database;
    }

    auto journal = database.prepare(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!journal)
        return journal.error();
    auto row = journal->step();
    if (!row)
        return row.error();
    if (!*row || journal->text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        return Error {tr("The workspace '%1' cannot use write-ahead logging (journal mode "
                         "is '%2'); it may be on a file system that does not support it.")
                          .arg(fileName, *row ? journal->text(0) : QString())};
    }
    if (auto pragmas
        = database.execute(QStringLiteral("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"));
        !pragmas)
        return pragmas.error();
    return database;
}

Result<void> Database::execute(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db.get(), utf8.constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return lastError(tr("Running SQL"));
    return {};
}

Result<Statement> Database::prepare(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *raw = nullptr;
    const int rc
        = sqlite3_prepare_v2(m_db.get(), utf8.constData(), int(utf8.size()), &raw, nullptr);
    if (rc != SQLITE_OK)
        return lastError(tr("Preparing SQL"));
    return Statement(this, raw);
}

Result<int> Database::userVersion()
{
    auto statement = prepare(QStringLiteral("PRAGMA user_version"));
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    return *row ? int(statement->integer(0)) : 0;
}

Result<void> Database::setUserVersion(int version)
{
    return execute(QStringLiteral("PRAGMA user_version=%1").arg(version));
}

} // namespace clearroom::review
