// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace clearroom::git {

class Repository;

/// Something about a repository that makes it read from elsewhere, or makes git show
/// something other than what Clearroom shows. The auditor must know.
struct RepositoryNotice
{
    enum class Kind {
        Alternates, ///< objects/info/alternates: objects read from other folders
        GitFile, ///< a `.git` file: the git directory is elsewhere
        CommonDirectory, ///< commondir: objects and refs shared with another repository
        ConfiguredWorkTree, ///< core.worktree names a work tree elsewhere (ignored)
        ConfigInclude, ///< include.path / includeIf: configuration read from other files
        ReplaceRefs, ///< refs/replace: git would show replaced objects (ignored)
        Grafts, ///< info/grafts: git would show other parents (ignored)
        Shallow, ///< shallow: history is cut short
    };

    Kind kind;
    QString message; ///< one translated sentence
    QByteArrayList details; ///< the paths, refs or commits it is about
};

/// A remote as the repository's config records it: read, never used.
struct RecordedRemote
{
    QByteArray name;
    QByteArray url;
};

/// What identifies a repository under review and what is unusual about it.
struct RepositoryIdentity
{
    QString path;
    QString gitDirectory;
    bool hasWorkTree = false;
    QVector<RecordedRemote> remotes;
    QVector<RepositoryNotice> notices;

    /// A stable JSON object (sorted keys): for `repo identity` and for workspaces.
    QByteArray toJson() const;
};

/// Looks at a repository's files and config, without executing or changing anything.
class RepositoryInspector
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::RepositoryInspector)

public:
    static Result<RepositoryIdentity> inspect(const Repository &repository);
    /// git's name for a kind, for JSON ("alternates", "grafts", ...).
    static QByteArray kindName(RepositoryNotice::Kind kind);
};

} // namespace clearroom::git
