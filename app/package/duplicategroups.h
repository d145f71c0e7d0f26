// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace clearroom::package {

/// A finding as duplicate detection sees it: which source (auditor's package) it comes
/// from, and the finding itself with its locations (re-anchored onto the lead's commit
/// where the lead chose one).
struct GroupCandidate
{
    int source = 0; ///< index of the source package
    const review::Finding *finding = nullptr;
};

/// Why two findings of different sources look like the same problem.
struct DuplicateLink
{
    int first = 0; ///< indexes into the candidates
    int second = 0;
    QByteArray path; ///< where their lines overlap
    int firstStart = 0, firstEnd = 0;
    int secondStart = 0, secondEnd = 0;
    int sharedCwe = 0; ///< the CWE both name, or 0
    int titleSimilarity = 0; ///< percent (Dice coefficient of the titles' words)
};

/// A proposed group of duplicates: at least two findings of different sources, each
/// linked to another by overlapping lines and a shared CWE or similar titles.
struct DuplicateGroup
{
    QVector<int> members; ///< indexes into the candidates, ascending
    QVector<DuplicateLink> links; ///< the links that made the group
    bool severityDiffers = false;
    bool statusDiffers = false;

    /// The reasons, one sentence per link, for the lead and the report.
    QStringList reasons(const QVector<GroupCandidate> &candidates) const;
};

/// Proposes duplicate groups among findings of several auditors (the rule): the
/// same repository and path with overlapping line ranges, and similar titles or the same
/// CWE. Lines are compared only where they number the same text: both locations on the
/// same commit, or on the same blob of that path. Findings of one source are never linked
/// to each other directly (an auditor who records two findings on the same lines means
/// two), though a chain through another source may bring them into one group, which the
/// lead can split. Deterministic: the same candidates give the same groups in the same
/// order (by their first member).
class DuplicateGrouper
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::DuplicateGrouper)

public:
    /// Titles at least this similar (percent) count as similar.
    static constexpr int SimilarTitles = 50;

    static QVector<DuplicateGroup> propose(const QVector<GroupCandidate> &candidates);
    /// The Dice coefficient of two titles' word sets, in percent: case-folded words of
    /// letters and digits, without the most common English filler words.
    static int titleSimilarity(const QString &first, const QString &second);
};

} // namespace clearroom::package
