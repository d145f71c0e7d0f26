// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace clearroom::bench {

/// What bench_consolidation consolidates: a generated repository, ten auditors' review
/// packages of 1,000 findings each on it (about a third of each auditor's findings on the
/// same lines as another auditor's, with the same CWE or a similar title), signed by ten
/// auditors of one test authority, and a lead's identity of the same authority. Made
/// once and kept in $CLEARROOM_BENCH_CACHE (default: the temporary folder), checked
/// against the checksums written last when it was made.
struct ConsolidationData
{
    static constexpr int auditorCount = 10;
    static constexpr int findingsPerAuditor = 1000;

    QString folder;
    QString repository; ///< bare
    QByteArray commit; ///< 40 hex digits
    QStringList packages; ///< one per auditor, in order
    QString caFile; ///< the test authority's certificate: the trust
    QString leadIdentity; ///< PKCS#12
    QString leadPassphraseFile; ///< the passphrase and a newline
    int repositoryFiles = 0;

    /// The cached data, made anew when missing, when it does not match its checksums,
    /// when its certificates are near the end of their validity, or when `regenerate`.
    static ConsolidationData cached(bool regenerate);
};

} // namespace clearroom::bench
