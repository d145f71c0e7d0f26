// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>

namespace clearroom::review {

class Statement;
class Workspace;

/// The findings and comment threads of a workspace: each change one transaction with
/// its audit entry.
class FindingStore
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::FindingStore)

public:
    explicit FindingStore(Workspace &workspace);

    /// Records a new finding by the workspace's reviewer; returns its id. The locations
    /// must already be read from the repository (LocationReader).
    Result<QString> add(Finding finding);
    /// Changes the given fields; returns whether anything changed (an unchanged value
    /// makes no audit entry).
    Result<bool> update(const QString &id, const FindingChanges &changes);
    /// Deletes a finding and its comments; the audit log keeps every value.
    Result<void> remove(const QString &id);
    /// Adds further locations (read from the repository at the finding's commit) after its
    /// current ones, as one action; none that it has already.
    Result<void> addLocations(const QString &id, QVector<FindingLocation> locations);
    /// Carries a finding to another commit: the new locations become current, the
    /// earlier ones stay as its anchors' history.
    Result<void> move(const QString &id, const QByteArray &commit,
                      const QVector<FindingLocation> &locations, AnchorState state);

    Result<Finding> get(const QString &id);
    /// A finding id from a unique prefix of it (as auditors type them).
    Result<QString> resolveId(const QString &prefix);
    /// Every finding with its current locations, newest first.
    Result<QVector<Finding>> all();
    /// The locations of one move (0: as first recorded).
    Result<QVector<FindingLocation>> anchors(const QString &id, int generation);
    /// The findings with a current location in this blob (a file's version).
    Result<QVector<Finding>> inBlob(const QByteArray &blobId);

    /// Every finding's anchors, by id: one list of locations per move, oldest first.
    Result<QHash<QString, QVector<QVector<FindingLocation>>>> allAnchors();

    Result<QString> addComment(const QString &findingId, const QString &body);
    Result<QVector<Comment>> comments(const QString &findingId);
    Result<QVector<Comment>> allComments();

private:
    Result<QVector<Finding>> select(const QString &where, const QString &argument);
    /// Inserts locations of a move, numbered from `firstOrdinal` on.
    Result<void> insertLocations(const QString &id, const QByteArray &commit, int generation,
                                 const QVector<FindingLocation> &locations, int firstOrdinal = 0);
    Result<void> validate(const Finding &finding);
    static Result<void> validate(const FindingLocation &location);
    static Result<void> checkCwe(int cwe);
    Workspace &m_workspace;
};

} // namespace clearroom::review
