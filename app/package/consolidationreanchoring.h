// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "consolidation.h"

#include <QCoreApplication>
#include <QHash>

namespace clearroom::git {
class Repository;
}

namespace clearroom::package {

/// How the findings of one repository were brought onto the lead's commit.
struct ReanchoredRepository
{
    QString name;
    QByteArray target; ///< 40 hex digits
    bool chosen = false; ///< named by the lead (else: the commit most sources reviewed)
    int exact = 0, moved = 0, modified = 0, orphaned = 0; ///< findings carried, by state
    int alreadyThere = 0; ///< findings recorded on the target already
};

/// Brings the auditors' findings onto one commit per repository, so that findings on
/// different commits can be compared and grouped: each finding's locations go through
/// the diff from its commit to the target (the review workspace's re-anchoring), and the
/// finding gets the state of its primary location (exact, moved, modified or orphaned).
/// Excerpts follow exact and moved lines (the same text); for changed or vanished lines
/// the excerpt is dropped from the consolidated finding (it stays in the source package).
/// The repositories are only read.
class ConsolidationReanchoring
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ConsolidationReanchoring)

public:
    /// One line saying onto which commit a repository's findings were brought, why that
    /// commit (`chosenBy` when the lead chose it), and how many landed in each state.
    static QString summary(const ReanchoredRepository &repository, const QString &chosenBy);
    /// For each repository name the sources reviewed, the repository among
    /// `repositories` that holds its commits; the target is `chosen[name]` (a revision)
    /// or else the commit most sources reviewed, ties going to the newest.
    static Result<QVector<ReanchoredRepository>>
    onto(QVector<ConsolidationSource> &sources,
         const QVector<const git::Repository *> &repositories,
         const QHash<QString, QByteArray> &chosen);
};

} // namespace clearroom::package
