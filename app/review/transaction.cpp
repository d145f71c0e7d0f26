// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "transaction.h"

#include "database.h"

namespace clearroom::review {

Transaction::Transaction(Database &database)
    : m_database(database)
    , m_status(database.execute(QStringLiteral("BEGIN IMMEDIATE")))
    , m_active(m_status.ok())
{
}

Transaction::~Transaction()
{
    if (m_active)
        (void)m_database.execute(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_status;
    auto committed = m_database.execute(QStringLiteral("COMMIT"));
    if (committed)
        m_active = false;
    return committed;
}

} // namespace clearroom::review
