// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "objectid.h"
#include "result.h"

#include <QCoreApplication>

#include <memory>

namespace clearroom::git {
class Repository;
}

namespace clearroom::review {

class Workspace;

/// Where one line range went between two versions of a file.
struct LineMapping
{
    AnchorState state = AnchorState::Exact;
    int startLine = 0;
    int endLine = 0;
};

/// How the lines of one version of a file correspond to the next: line n of the old
/// version is line newLine(n) of the new one, or 0 where it was changed or deleted.
class LineMap
{
public:
    /// From git's line diff of the two texts.
    static Result<LineMap> between(const QByteArray &oldText, const QByteArray &newText);
    /// The identity map of a file that did not change.
    static LineMap unchanged(int lineCount);

    int newLine(int oldLine) const;
    /// Whether line `newLine` of the new version was added (no old line became it).
    bool isAdded(int newLine) const;
    /// Where lines start..end went: Exact or Moved where all of them are unchanged and
    /// nothing was inserted between them, Modified where some changed, Orphaned where
    /// all of them were deleted and nothing took their place.
    LineMapping map(int startLine, int endLine) const;
    int newLineCount() const { return m_newLineCount; }

private:
    void markKept();
    struct Change
    {
        int oldStart; ///< first old line replaced (for an insertion: the line after it)
        int oldCount;
        int newStart;
        int newCount;
    };
    QVector<int> m_oldToNew; ///< index 0 unused
    QVector<bool> m_kept; ///< by new line (index 0 unused): the image of an old line
    QVector<Change> m_changes;
    int m_newLineCount = 0;
};

class CommitMove;

/// Carries locations from one commit of a repository to another, by the rules of
/// moveReview(): through the diff between the commits (renames included), each location
/// marked exact, moved, modified or orphaned. Files are compared once and remembered.
class LocationCarrier
{
public:
    /// Compares the commits' trees; the carrier is usable only when this succeeded.
    static Result<std::unique_ptr<LocationCarrier>>
    between(const git::Repository &repository, const git::ObjectId &from, const git::ObjectId &to);
    ~LocationCarrier();
    /// Where a location of `from` is in `to`; an orphaned one is returned as it was,
    /// with that state.
    Result<FindingLocation> carry(const FindingLocation &location);

private:
    LocationCarrier();
    std::unique_ptr<CommitMove> m_move;
};

/// What happened to one finding when the review moved.
struct MovedFinding
{
    QString id;
    QString title;
    AnchorState state = AnchorState::Exact;
    FindingLocation before; ///< primary location before
    FindingLocation after; ///< primary location after
};

/// Carries a review of one repository to another commit: every finding through the diff
/// between the commits (renames included), each marked exact, moved, modified or
/// orphaned with its original anchor kept; coverage only where the lines are unchanged.
class Reanchoring
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::Reanchoring)

public:
    /// One user action: every finding, the coverage and the repository's commit change
    /// in one transaction.
    static Result<QVector<MovedFinding>> moveReview(Workspace &workspace,
                                                    const git::Repository &repository,
                                                    const QString &repositoryName,
                                                    const git::ObjectId &target);
};

} // namespace clearroom::review
