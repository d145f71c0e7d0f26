// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace clearroom::test {

/// The hashes of audit log lines as anyone can recompute them from an export, without
/// Clearroom's code: entry n's hash is SHA-256 over entry n-1's hash as 64 lowercase hex
/// digits, a newline and line n; the first entry's previous hash is 64 zeros.
QByteArrayList auditChainHashes(const QByteArrayList &lines);

/// Rechecks `log export --hashes` output ("HASH LINE" per entry): empty when every hash
/// is the one the rule gives, otherwise what disagrees first.
QString auditExportViolation(const QByteArray &exportWithHashes);

} // namespace clearroom::test
