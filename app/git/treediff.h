// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"
#include "pathspec.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

#include <memory>
#include <optional>

namespace clearroom::git {

class Repository;

/// git's rename scores run from 0 to this; `-M50%` is half of it.
constexpr int RenameScoreMax = 60000;
/// git's default threshold for an inexact rename: 50 %.
constexpr int DefaultRenameScore = RenameScoreMax / 2;
/// git's default diff.renameLimit (2.39).
constexpr int DefaultRenameLimit = 1000;

/// One side of a changed file; mode 0 where the file does not exist on that side.
struct DiffSide
{
    QByteArray path;
    ObjectId id;
    quint32 mode = 0;

    bool exists() const { return mode != 0; }
    bool isRegularFile() const { return mode == 0100644 || mode == 0100755; }
    bool isSubmodule() const { return mode == 0160000; }
};

/// A file that differs between two trees, as git diff reports it.
struct FileChange
{
    enum class Status : char {
        Added = 'A',
        Deleted = 'D',
        Modified = 'M',
        Renamed = 'R',
        TypeChanged = 'T', ///< a regular file, symbolic link or submodule became another kind
    };

    Status status = Status::Modified;
    DiffSide oldSide; ///< for an added file: no mode, the new path
    DiffSide newSide; ///< for a deleted file: no mode, the old path
    int score = 0; ///< for a rename: git's similarity, 0 to RenameScoreMax

    /// The percentage git prints for a rename ("similarity index 87%", "R087").
    int similarityPercent() const { return int(qint64(score) * 100 / RenameScoreMax); }
};

/// What a tree comparison looks at and how it finds renames, as git diff's options say.
struct TreeDiffOptions
{
    /// Only paths the pathspec includes; a rename is found only between included paths.
    Pathspec pathspec;
    bool detectRenames = true;
    /// The least similarity of an inexact rename (`-M`); RenameScoreMax: exact ones only.
    int renameScore = DefaultRenameScore;
    /// Inexact renames are looked for only while sources × destinations stay within its
    /// square (git's diff.renameLimit).
    int renameLimit = DefaultRenameLimit;
    /// Keep what rename detection reads (up to 128 MiB) for content(): for a caller that
    /// diffs the lines of the files next, so that each is read once.
    bool keepContents = true;
};

/// The changes between two trees, exactly as `git diff A B` finds them: every file that
/// differs, in git's order (by path), with renames detected the way git detects them:
/// identical files first (a source with the same base name preferred), then a removed
/// and an added file that are each the only one of their base name and at least halfway
/// from the threshold to identical, then the most similar pairs of the rest by git's
/// measure, unless there are more candidates than the rename limit allows.
/// Not thread-safe, like Repository, which must outlive it.
class TreeDiff
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::TreeDiff)

public:
    /// Compares two trees. Objects read are checked against their ids on other threads;
    /// call finishVerification() before trusting what was read.
    static Result<TreeDiff> compare(const Repository &repository, const ObjectId &oldTree,
                                    const ObjectId &newTree, const TreeDiffOptions &options);

    TreeDiff(TreeDiff &&other) noexcept;
    TreeDiff &operator=(TreeDiff &&other) noexcept;
    ~TreeDiff();

    const QVector<FileChange> &changes() const;

    /// When inexact rename detection was skipped for too many candidates: the rename
    /// limit it would have needed (git's "at least N"); otherwise 0.
    int neededRenameLimit() const;

    /// What git compares for one side: a blob's bytes, for a submodule the line
    /// "Subproject commit <id>"; empty where the side does not exist.
    Result<QByteArray> content(const DiffSide &side) const;
    /// The size of content() without reading it.
    Result<qint64> size(const DiffSide &side) const;
    /// content(), unless it is larger than `limit`: then nullopt, unread. `*size` is its
    /// size either way. With `checked`, a blob may come back unchecked against its id
    /// (`*checked` false) for a caller that hashes it anyway: it must then call confirm().
    Result<std::optional<QByteArray>> contentUpTo(const DiffSide &side, qint64 limit, qint64 *size,
                                                  bool *checked = nullptr) const;
    /// Checks content that contentUpTo() left unchecked: against `computedId` where the
    /// caller has the id of the content (an error naming the object when they differ),
    /// otherwise as every object read is checked (see finishVerification()).
    Result<void> confirm(const DiffSide &side, const QByteArray &content,
                         const ObjectId *computedId) const;

    /// Waits for the checks of every object read so far: an error naming the first one
    /// whose content does not match its id.
    Result<void> finishVerification();

private:
    TreeDiff();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace clearroom::git
