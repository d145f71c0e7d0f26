// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "mailmap.h"

#include "libgit2.h"
#include "repository.h"
#include "repositoryaccess.h"

#include <QHash>

#include <optional>

namespace clearroom::git {

using namespace detail;

namespace {

using ConfigHandle = std::unique_ptr<git_config, HandleDeleter<git_config, git_config_free>>;

bool isGitSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// git compares names and addresses in a mailmap without regard to ASCII case.
QByteArray foldCase(const QByteArray &text)
{
    QByteArray folded = text;
    for (char &c : folded) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return folded;
}

// The revisions whose blobs git reads its mailmap from. git reads a work tree's own
// .mailmap file, which Clearroom never reads: HEAD's stands in for it. A repository
// without a work tree uses mailmap.blob, or HEAD's .mailmap when it is bare (core.bare
// not false). A mailmap.file is a file outside the object database: never read.
QByteArrayList mailmapRevisions(const Repository &repository)
{
    QByteArrayList revisions;
    if (repository.hasWorkTree())
        revisions.append("HEAD:.mailmap");
    git_config *raw = nullptr;
    if (git_repository_config_snapshot(&raw, RepositoryAccess::handle(repository)) < 0)
        return revisions;
    ConfigHandle config(raw);
    const char *blob = nullptr;
    if (git_config_get_string(&blob, raw, "mailmap.blob") == 0 && blob) {
        revisions.append(QByteArray(blob));
        return revisions;
    }
    int bare = 1;
    if (git_config_get_bool(&bare, raw, "core.bare") < 0)
        bare = 1;
    if (bare && !repository.hasWorkTree())
        revisions.append("HEAD:.mailmap");
    return revisions;
}

// "Name <email>" at the start of `text`: the name (trimmed, null when there is none), the
// address, and where the rest begins; nullopt without a "<...>".
struct NameAndEmail
{
    QByteArray name; // null: none
    QByteArray email;
    qsizetype rest = 0;
};

std::optional<NameAndEmail> nameAndEmail(const QByteArray &text, qsizetype from, bool allowEmpty)
{
    const qsizetype left = text.indexOf('<', from);
    if (left < 0)
        return std::nullopt;
    const qsizetype right = text.indexOf('>', left + 1);
    if (right < 0 || (!allowEmpty && right == left + 1))
        return std::nullopt;
    qsizetype begin = from;
    qsizetype end = left;
    while (begin < end && isGitSpace(text.at(begin)))
        ++begin;
    while (end > begin && isGitSpace(text.at(end - 1)))
        --end;
    NameAndEmail result;
    if (end > begin)
        result.name = text.mid(begin, end - begin);
    result.email = text.mid(left + 1, right - left - 1);
    result.rest = right + 1;
    return result;
}

} // namespace

struct Mailmap::Private
{
    // What a person becomes: null fields keep what the commit says.
    struct Replacement
    {
        QByteArray name;
        QByteArray email;
    };
    struct Entry
    {
        Replacement byEmail;
        QHash<QByteArray, Replacement> byName; // folded commit name
    };
    QHash<QByteArray, Entry> entries; // folded commit e-mail

    // One line: "Proper <proper>", "<proper> <commit>", "Proper <proper> <commit>" or
    // "Proper <proper> Commit <commit>"; a line starting with '#' is a comment.
    void addLine(const QByteArray &line)
    {
        if (line.startsWith('#'))
            return;
        const auto first = nameAndEmail(line, 0, false);
        if (!first)
            return;
        std::optional<NameAndEmail> second;
        if (first->rest < line.size())
            second = nameAndEmail(line, first->rest, true);
        Replacement replacement {first->name, first->email};
        QByteArray commitName;
        QByteArray commitEmail = first->email;
        if (second) {
            commitName = second->name;
            commitEmail = second->email;
        } else {
            replacement.email = QByteArray(); // "Proper <commit>": only the name changes
        }
        Entry &entry = entries[foldCase(commitEmail)];
        if (commitName.isNull()) {
            if (!replacement.name.isNull())
                entry.byEmail.name = replacement.name;
            if (!replacement.email.isNull())
                entry.byEmail.email = replacement.email;
        } else {
            entry.byName.insert(foldCase(commitName), replacement);
        }
    }
};

Mailmap::Mailmap()
    : d(std::make_unique<Private>())
{
}

Mailmap::Mailmap(Mailmap &&other) noexcept = default;
Mailmap &Mailmap::operator=(Mailmap &&other) noexcept = default;
Mailmap::~Mailmap() = default;

Result<Mailmap> Mailmap::load(const Repository &repository)
{
    Mailmap mailmap;
    for (const QByteArray &revision : mailmapRevisions(repository)) {
        // No HEAD, or no .mailmap in it: nobody is renamed.
        const auto object = repository.resolve(revision);
        if (!object || object->type != ObjectType::Blob)
            continue;
        auto content = repository.blobContent(object->id);
        if (!content)
            return content.error();
        for (const QByteArray &line : content->split('\n'))
            mailmap.d->addLine(line);
    }
    return mailmap;
}

std::pair<QByteArray, QByteArray> Mailmap::resolve(const QByteArray &name,
                                                   const QByteArray &email) const
{
    const auto entry = d->entries.constFind(foldCase(email));
    if (entry == d->entries.constEnd())
        return {name, email};
    // A replacement for this name under this address, or else the one for the address.
    Private::Replacement replacement = entry->byEmail;
    const auto byName = entry->byName.constFind(foldCase(name));
    if (byName != entry->byName.constEnd())
        replacement = *byName;
    return {replacement.name.isNull() ? name : replacement.name,
            replacement.email.isNull() ? email : replacement.email};
}

} // namespace clearroom::git
