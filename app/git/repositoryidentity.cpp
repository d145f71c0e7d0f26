// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "repositoryidentity.h"

#include "libgit2.h"
#include "pathquote.h"
#include "repository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace clearroom::git {

using namespace detail;

namespace {

using ConfigHandle = std::unique_ptr<git_config, HandleDeleter<git_config, git_config_free>>;
using ConfigIteratorHandle
    = std::unique_ptr<git_config_iterator,
                      HandleDeleter<git_config_iterator, git_config_iterator_free>>;

// Lines of a small text file in the git directory, without blank lines and comments.
QByteArrayList meaningfulLines(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList lines;
    for (const QByteArray &line : file.read(1 << 20).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            lines.append(trimmed);
    }
    return lines;
}

struct ConfigFindings
{
    QVector<RecordedRemote> remotes;
    QByteArrayList includes;
    QByteArray workTree;
};

// Reads the repository's own config file only (not the files it includes): what it
// says is recorded; nothing it names is followed, let alone run.
ConfigFindings readConfig(const QString &gitDirectory)
{
    ConfigFindings findings;
    const QByteArray file
        = QFile::encodeName(QDir(gitDirectory).filePath(QStringLiteral("config")));
    if (!QFile::exists(QFile::decodeName(file)))
        return findings;
    git_config *raw = nullptr;
    if (git_config_new(&raw) < 0)
        return findings;
    ConfigHandle config(raw);
    // Level "local"; includes are resolved by libgit2 on load, so the include keys
    // themselves are what we look for below.
    if (git_config_add_file_ondisk(raw, file.constData(), GIT_CONFIG_LEVEL_LOCAL, nullptr, 0) < 0)
        return findings;
    git_config_iterator *rawIterator = nullptr;
    if (git_config_iterator_new(&rawIterator, raw) < 0)
        return findings;
    ConfigIteratorHandle iterator(rawIterator);
    git_config_entry *entry = nullptr;
    QHash<QByteArray, QByteArray> urls;
    QByteArrayList remoteOrder;
    while (git_config_next(&entry, rawIterator) == 0) {
        const QByteArray name(entry->name);
        const QByteArray value(entry->value ? entry->value : "");
        const QByteArray lower = name.toLower();
        if (lower == "include.path" || (lower.startsWith("includeif.") && lower.endsWith(".path")))
            findings.includes.append(value);
        else if (lower == "core.worktree")
            findings.workTree = value;
        else if (lower.startsWith("remote.") && lower.endsWith(".url")) {
            const QByteArray remote = name.mid(7, name.size() - 7 - 4);
            if (!urls.contains(remote))
                remoteOrder.append(remote);
            urls.insert(remote, value);
        }
    }
    for (const QByteArray &remote : std::as_const(remoteOrder))
        findings.remotes.append({remote, urls.value(remote)});
    return findings;
}

} // namespace

Result<RepositoryIdentity> RepositoryInspector::inspect(const Repository &repository)
{
    RepositoryIdentity identity;
    identity.path = QDir::cleanPath(QFileInfo(repository.path()).absoluteFilePath());
    identity.gitDirectory = repository.gitDirectory();
    identity.hasWorkTree = repository.hasWorkTree();
    const QDir gitDir(identity.gitDirectory);
    auto notice
        = [&identity](RepositoryNotice::Kind kind, QString message, QByteArrayList details) {
              identity.notices.append({kind, std::move(message), std::move(details)});
          };

    const QFileInfo dotGit(QDir(identity.path).filePath(QStringLiteral(".git")));
    if (dotGit.isFile()) {
        notice(RepositoryNotice::Kind::GitFile,
               tr("The .git file of this work tree points to the git directory %1.")
                   .arg(identity.gitDirectory),
               {QFile::encodeName(identity.gitDirectory)});
    }

    const QByteArrayList common = meaningfulLines(gitDir.filePath(QStringLiteral("commondir")));
    if (!common.isEmpty()) {
        notice(RepositoryNotice::Kind::CommonDirectory,
               tr("This git directory shares its objects and refs with %1 (commondir).")
                   .arg(displayBytes(common.first())),
               common);
    }

    // Alternates are looked up where the objects live: the common directory if any.
    const QString objects = common.isEmpty()
        ? gitDir.filePath(QStringLiteral("objects"))
        : QDir(gitDir.filePath(QFile::decodeName(common.first())))
              .filePath(QStringLiteral("objects"));
    const QByteArrayList alternates
        = meaningfulLines(QDir(objects).filePath(QStringLiteral("info/alternates")));
    if (!alternates.isEmpty()) {
        notice(RepositoryNotice::Kind::Alternates,
               tr("Objects are also read from %n other folder(s) (objects/info/alternates): "
                  "what is shown may not all be stored in this repository.",
                  nullptr, int(alternates.size())),
               alternates);
    }

    // A linked work tree's config lives in the common directory.
    const ConfigFindings config = readConfig(
        common.isEmpty() ? identity.gitDirectory
                         : QDir::cleanPath(gitDir.filePath(QFile::decodeName(common.first()))));
    identity.remotes = config.remotes;
    if (!config.workTree.isEmpty()) {
        notice(RepositoryNotice::Kind::ConfiguredWorkTree,
               tr("The configuration names a work tree elsewhere (core.worktree = %1); "
                  "Clearroom ignores it and reads only the object database.")
                   .arg(displayBytes(config.workTree)),
               {config.workTree});
    }
    if (!config.includes.isEmpty()) {
        notice(RepositoryNotice::Kind::ConfigInclude,
               tr("The configuration includes other files (include.path): %1.")
                   .arg(displayBytes(config.includes.join(", "))),
               config.includes);
    }

    auto references = repository.references();
    if (!references)
        return references.error();
    QByteArrayList replaced;
    for (const Reference &reference : std::as_const(*references)) {
        if (reference.name.startsWith("refs/replace/"))
            replaced.append(reference.name.mid(13));
    }
    if (!replaced.isEmpty()) {
        notice(RepositoryNotice::Kind::ReplaceRefs,
               tr("%n object(s) are replaced by refs/replace: git would show the replacements; "
                  "Clearroom shows the original objects, as git --no-replace-objects does.",
                  nullptr, int(replaced.size())),
               replaced);
    }

    const QString infoBase
        = common.isEmpty() ? gitDir.path() : gitDir.filePath(QFile::decodeName(common.first()));
    const QByteArrayList grafts
        = meaningfulLines(QDir(infoBase).filePath(QStringLiteral("info/grafts")));
    if (!grafts.isEmpty()) {
        notice(RepositoryNotice::Kind::Grafts,
               tr("info/grafts rewrites the parents of %n commit(s): git would show a different "
                  "history; Clearroom shows the parents the commits record.",
                  nullptr, int(grafts.size())),
               grafts);
    }

    const QByteArrayList shallow
        = meaningfulLines(QDir(infoBase).filePath(QStringLiteral("shallow")));
    if (!shallow.isEmpty()) {
        notice(RepositoryNotice::Kind::Shallow,
               tr("This is a shallow clone: history stops at %n commit(s) whose parents are not "
                  "in the repository.",
                  nullptr, int(shallow.size())),
               shallow);
    }
    return identity;
}

QByteArray RepositoryInspector::kindName(RepositoryNotice::Kind kind)
{
    switch (kind) {
    case RepositoryNotice::Kind::Alternates:
        return "alternates";
    case RepositoryNotice::Kind::GitFile:
        return "git-file";
    case RepositoryNotice::Kind::CommonDirectory:
        return "commondir";
    case RepositoryNotice::Kind::ConfiguredWorkTree:
        return "core.worktree";
    case RepositoryNotice::Kind::ConfigInclude:
        return "include.path";
    case RepositoryNotice::Kind::ReplaceRefs:
        return "replace-refs";
    case RepositoryNotice::Kind::Grafts:
        return "grafts";
    case RepositoryNotice::Kind::Shallow:
        return "shallow";
    }
    return "unknown";
}

QByteArray RepositoryIdentity::toJson() const
{
    // Bytes that are not UTF-8 appear with visible \xNN escapes (displayBytes).
    QJsonArray remoteArray;
    for (const RecordedRemote &remote : remotes) {
        remoteArray.append(QJsonObject {{QStringLiteral("name"), displayBytes(remote.name)},
                                        {QStringLiteral("url"), displayBytes(remote.url)}});
    }
    QJsonArray noticeArray;
    for (const RepositoryNotice &notice : notices) {
        QJsonArray details;
        for (const QByteArray &detail : notice.details)
            details.append(displayBytes(detail));
        noticeArray.append(
            QJsonObject {{QStringLiteral("kind"),
                          QString::fromLatin1(RepositoryInspector::kindName(notice.kind))},
                         {QStringLiteral("details"), details}});
    }
    const QJsonObject object {{QStringLiteral("path"), path},
                              {QStringLiteral("gitDirectory"), gitDirectory},
                              {QStringLiteral("workTree"), hasWorkTree},
                              {QStringLiteral("remotes"), remoteArray},
                              {QStringLiteral("notices"), noticeArray}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace clearroom::git
