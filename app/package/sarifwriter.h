// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "indentedjsonwriter.h"
#include "packagecontent.h"
#include "result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <functional>

namespace clearroom::package {

/// Writes a package's findings as `findings.sarif`, SARIF 2.1.0 (OASIS), for the
/// authority's own tools. The same content always gives the same bytes: keys sorted, no
/// floating-point numbers, no time but the content's own.
///
/// The log has one run for each repository and commit: result locations are relative to
/// the uriBaseId "SRCROOT", which `versionControlProvenance` maps to that repository at
/// that commit. Each run's tool.driver has one rule per CWE its findings name ("CWE-79",
/// related as "equal" to the taxon of the same id in the run's CWE taxonomy), and the
/// rule "unclassified" for findings without a CWE.
///
/// Severity and status become SARIF's `kind` and `level`:
/// | finding | kind | level |
/// | --- | --- | --- |
/// | fixed (any severity) | pass | none |
/// | critical, high | fail | error |
/// | medium | fail | warning |
/// | low, info | fail | note |
/// Open, confirmed and disputed findings are all problems the auditor reported (a disputed
/// one is still the auditor's finding until it is resolved). False positives and accepted
/// risks keep kind and level and carry a suppression with status "accepted", so that
/// SARIF viewers hide them by default. Clearroom's own severity, status, CWE and anchor
/// state are in each result's properties.
class SarifWriter
{
public:
    static QByteArray write(const PackageContent &content);
    /// Receives findings.sarif piece by piece, in order.
    using Sink = std::function<Result<void>(const QByteArray &piece)>;
    /// findings.sarif as write() makes it, handed to `sink` a result at a time (so that
    /// the log is never in memory whole); stops at the first piece the sink refuses.
    static Result<void> write(const PackageContent &content, const Sink &sink);
    /// The consolidation decision a result names in its properties ("consolidation"), by
    /// the result's finding id; null for none.
    using DecisionOf = std::function<const QJsonObject *(const QString &findingId)>;
    /// The runs of a package's findings (one per repository and commit) for
    /// writeIndentedJson(): each run's results are the string placeholderPrefix + its
    /// index, and `results` makes run `index`'s results one at a time, each naming its
    /// decision where `decisionOf` (may be empty) gives one (it reads `content`, which
    /// must outlive it).
    struct RunsInPieces
    {
        QJsonArray runs;
        QStringList placeholders;
        std::function<Result<void>(int index, const DecisionOf &decisionOf,
                                   const JsonElement &element)>
            results;
    };
    static RunsInPieces runsInPieces(const PackageContent &content,
                                     const QString &placeholderPrefix);
    /// The SARIF log around its runs.
    static QJsonObject log(const QJsonArray &runs);

    /// "error", "warning", "note" or "none", as the table above says.
    static QString level(const review::Finding &finding);
    /// "fail" or "pass".
    static QString kind(const review::Finding &finding);
    /// A path's bytes as a relative URI reference: every byte but the unreserved ones of
    /// RFC 3986 and '/' percent-encoded, so that names that are not UTF-8 survive.
    static QString artifactUri(const QByteArray &path);
    /// The rule of a CWE id: "CWE-79", or "unclassified" for 0.
    static QString ruleId(int cwe);
};

} // namespace clearroom::package
