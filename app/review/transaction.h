// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

namespace clearroom::review {

class Database;

/// One user action as one transaction: BEGIN IMMEDIATE on construction (so a second
/// writer waits at the start, not at commit), ROLLBACK unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// Whether BEGIN succeeded; if not, status() says why.
    bool isActive() const { return m_active; }
    const Result<void> &status() const { return m_status; }
    Result<void> commit();

private:
    Database &m_database;
    Result<void> m_status;
    bool m_active = false;
};

} // namespace clearroom::review
