// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "repository.h"

#include "blobstreamer.h"
#include "commitgraphcache.h"
#include "libgit2.h"
#include "looseobjectcheck.h"
#include "pathquote.h"
#include "repositoryaccess.h"
#include "verifiedobjects.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
#include <optional>

namespace clearroom::git {

using namespace detail;

namespace {

// libgit2's form of an object id.
git_oid toOid(const ObjectId &id)
{
    git_oid oid;
    std::memcpy(oid.id, id.raw(), ObjectId::RawSize);
    return oid;
}

ObjectType fromGitType(git_object_t type)
{
    switch (type) {
    case GIT_OBJECT_COMMIT:
        return ObjectType::Commit;
    case GIT_OBJECT_TREE:
        return ObjectType::Tree;
    case GIT_OBJECT_BLOB:
        return ObjectType::Blob;
    case GIT_OBJECT_TAG:
        return ObjectType::Tag;
    default:
        return ObjectType::Unknown;
    }
}

// The mode as git reads it from a tree (and ls-tree prints it): old repositories store
// modes such as 100664, which git shows as 100644; an unknown kind counts as a submodule.
quint32 canonicalMode(quint32 mode)
{
    switch (mode & 0170000) {
    case 0100000:
        return (mode & 0100) ? TreeEntry::Executable : TreeEntry::Regular;
    case 0120000:
        return TreeEntry::Symlink;
    case 0040000:
        return TreeEntry::Directory;
    default:
        return TreeEntry::Submodule;
    }
}

int openBare(git_repository **out, const QString &gitDirectory)
{
    const QByteArray nativePath = QFile::encodeName(gitDirectory);
    return git_repository_open_ext(out, nativePath.constData(),
                                   GIT_REPOSITORY_OPEN_NO_SEARCH | GIT_REPOSITORY_OPEN_BARE
                                       | GIT_REPOSITORY_OPEN_NO_DOTGIT,
                                   nullptr);
}

// git's SHA-256 object format, which libgit2 1.5 refuses as an "unsupported extension".
bool usesSha256(const QString &gitDirectory)
{
    QFile config(QDir(gitDirectory).filePath(QStringLiteral("config")));
    if (!config.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = config.read(1 << 20).toLower();
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray compact = line.simplified().replace(' ', QByteArray());
        if (compact == "objectformat=sha256")
            return true;
    }
    return false;
}

// A `.git` file ("gitdir: PATH") as worktrees and submodules use; PATH may be relative.
Result<QString> readGitFile(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error {
            Repository::tr("The file '%1' cannot be read: %2").arg(fileName, file.errorString())};
    }
    const QByteArray firstLine = file.read(4096).split('\n').value(0).trimmed();
    if (!firstLine.startsWith("gitdir:")) {
        return Error {Repository::tr("The file '%1' does not name a git directory "
                                     "(expected a line 'gitdir: PATH').")
                          .arg(fileName)};
    }
    const QString target = QFile::decodeName(firstLine.mid(7).trimmed());
    return QDir::cleanPath(QFileInfo(fileName).dir().absoluteFilePath(target));
}

QString bytesForDisplay(const QByteArray &bytes)
{
    return displayBytes(bytes);
}

} // namespace

struct Repository::Private
{
    // First: the objects are hashed as they are read (libgit2's process-wide switch on)
    // before this handle reads anything, until the record says they were verified.
    HashCheckRegistration hashing;
    RepositoryHandle repo;
    OdbHandle odb;
    QString path;
    bool hasWorkTree = false;

    // "REV:PATH" was not found although PATH may exist: then its object is what is missing
    // (a damaged repository), or it is a submodule, whose commit lives elsewhere.
    std::optional<Error> missingEntryError(git_object *base, const QByteArray &entryPath,
                                           const QByteArray &shownBase) const
    {
        git_object *tree = nullptr;
        if (entryPath.isEmpty() || git_object_peel(&tree, base, GIT_OBJECT_TREE) < 0)
            return std::nullopt;
        ObjectHandle treeHandle(tree);
        git_tree_entry *rawEntry = nullptr;
        if (git_tree_entry_bypath(&rawEntry, reinterpret_cast<git_tree *>(tree),
                                  entryPath.constData())
            < 0)
            return std::nullopt;
        TreeEntryHandle entry(rawEntry);
        const QString id
            = QString::fromLatin1(ObjectId::fromRaw(git_tree_entry_id(rawEntry)->id).toHex());
        if (git_tree_entry_filemode(rawEntry) == GIT_FILEMODE_COMMIT) {
            return Error {Repository::tr("The path '%1' in '%2' is a submodule: its commit %3 "
                                         "belongs to another repository.")
                              .arg(displayBytes(entryPath), displayBytes(shownBase), id)};
        }
        return Error {Repository::tr("The path '%1' in '%2' names the object %3, which is "
                                     "missing from the repository '%4'.")
                          .arg(displayBytes(entryPath), displayBytes(shownBase), id, path)};
    }

    // "REV:PATH" naming a blob, found from its tree entry alone: git_revparse_single
    // reads the whole blob (a gigabyte for a big file) only to hand it back. Anything else
    // (a folder, a submodule, a missing object, "REV^{/text:...}") is left to it.
    std::optional<ResolvedObject> blobByPath(const QByteArray &revision) const
    {
        const qsizetype colon = revision.indexOf(':');
        if (colon <= 0 || colon + 1 >= revision.size())
            return std::nullopt;
        const QByteArray base = revision.left(colon);
        if (base.contains('{'))
            return std::nullopt;
        git_object *rawBase = nullptr;
        if (git_revparse_single(&rawBase, repo.get(), base.constData()) < 0)
            return std::nullopt;
        const ObjectHandle baseHandle(rawBase);
        git_object *tree = nullptr;
        if (git_object_peel(&tree, rawBase, GIT_OBJECT_TREE) < 0)
            return std::nullopt;
        const ObjectHandle treeHandle(tree);
        git_tree_entry *rawEntry = nullptr;
        const QByteArray path = revision.mid(colon + 1);
        if (git_tree_entry_bypath(&rawEntry, reinterpret_cast<git_tree *>(tree), path.constData())
            < 0)
            return std::nullopt;
        const TreeEntryHandle entry(rawEntry);
        if (git_tree_entry_type(rawEntry) != GIT_OBJECT_BLOB
            || !git_odb_exists(odb.get(), git_tree_entry_id(rawEntry)))
            return std::nullopt;
        return ResolvedObject {ObjectId::fromRaw(git_tree_entry_id(rawEntry)->id),
                               ObjectType::Blob};
    }

    // A full object id: its type from the object's header, for the same reason.
    std::optional<ResolvedObject> objectById(const QByteArray &revision) const
    {
        if (revision.size() != 2 * ObjectId::RawSize)
            return std::nullopt;
        for (const char c : revision) {
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                return std::nullopt;
        }
        const ObjectId id = ObjectId::fromHex(revision);
        const git_oid oid = toOid(id);
        size_t size = 0;
        git_object_t type = GIT_OBJECT_INVALID;
        if (git_odb_read_header(&size, &type, odb.get(), &oid) < 0 || type != GIT_OBJECT_BLOB)
            return std::nullopt;
        return ResolvedObject {id, ObjectType::Blob};
    }

    Error objectError(const ObjectId &id, int code) const
    {
        if (code == GIT_ENOTFOUND) {
            return {Repository::tr("Object %1 is missing from the repository '%2'.")
                        .arg(QString::fromLatin1(id.toHex()), path)};
        }
        return {Repository::tr("Object %1 in the repository '%2' cannot be read: %3")
                    .arg(QString::fromLatin1(id.toHex()), path, lastErrorText())};
    }
};

Repository::Repository()
    : d(std::make_unique<Private>())
{
}

Repository::Repository(Repository &&other) noexcept = default;
Repository &Repository::operator=(Repository &&other) noexcept = default;
Repository::~Repository() = default;

Result<Repository> Repository::open(const QString &path)
{
    ensureLibraryInitialised();

    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return Error {tr("The folder '%1' does not exist.").arg(path)};
    if (!info.isDir())
        return Error {tr("'%1' is a file, not a folder holding a git repository.").arg(path)};
    if (!info.isReadable() || !QDir(path).isReadable())
        return Error {tr("The folder '%1' cannot be read: permission denied.").arg(path)};

    // NO_SEARCH: never walk up to a parent repository. BARE: never set up a work
    // tree, so nothing in it is read. With BARE, libgit2 does not look into `.git`
    // itself: a work-tree root is resolved here, `.git` folder or `.git` file alike.
    QString gitDirectory = path;
    git_repository *raw = nullptr;
    int rc = openBare(&raw, gitDirectory);
    if (rc == GIT_ENOTFOUND) {
        const QFileInfo dotGit(QDir(path).filePath(QStringLiteral(".git")));
        if (dotGit.isDir()) {
            gitDirectory = dotGit.filePath();
            rc = openBare(&raw, gitDirectory);
        } else if (dotGit.isFile()) {
            auto target = readGitFile(dotGit.filePath());
            if (!target)
                return target.error();
            gitDirectory = *target;
            rc = openBare(&raw, gitDirectory);
        }
    }
    if (rc == GIT_ENOTFOUND) {
        return Error {tr("'%1' is not a git repository: neither it nor a .git folder inside it "
                         "holds objects, refs and HEAD.")
                          .arg(path)};
    }
    if (rc < 0) {
        if (usesSha256(gitDirectory)) {
            return Error {tr("'%1' is a SHA-256 repository; the libgit2 %2 this build of "
                             "Clearroom uses can read only SHA-1 repositories.")
                              .arg(path, libgit2Version())};
        }
        return Error {tr("The repository '%1' cannot be opened: %2").arg(path, lastErrorText())};
    }

    Repository repository;
    repository.d->repo.reset(raw);
    repository.d->path = path;
    const QString gitDir = repository.gitDirectory();
    repository.d->hasWorkTree = QDir::cleanPath(QFileInfo(gitDir).absoluteFilePath())
        != QDir::cleanPath(info.absoluteFilePath());

    git_odb *odb = nullptr;
    if (git_repository_odb(&odb, raw) < 0) {
        return Error {
            tr("The object database of '%1' cannot be opened: %2").arg(path, lastErrorText())};
    }
    repository.d->odb.reset(odb);
    const QByteArray objectsDirectory
        = QByteArray(git_repository_commondir(raw)) + QByteArrayLiteral("objects");
    if (addLooseObjectCheck(odb, objectsDirectory) < 0) {
        return Error {
            tr("The object database of '%1' cannot be opened: %2").arg(path, lastErrorText())};
    }
    if (qEnvironmentVariableIsEmpty("CLEARROOM_NO_CACHE")
        && VerifiedObjects::applies(CommitGraphCache::identity(repository),
                                    QFile::decodeName(objectsDirectory)))
        repository.d->hashing.setVerified(true);
    return repository;
}

QString Repository::path() const
{
    return d->path;
}

QString Repository::gitDirectory() const
{
    return QFile::decodeName(git_repository_path(d->repo.get()));
}

bool Repository::hasWorkTree() const
{
    return d->hasWorkTree;
}

bool Repository::objectsVerified() const
{
    return d->hashing.verified();
}

void Repository::hashEveryObject()
{
    d->hashing.setVerified(false);
}

Result<ResolvedObject> Repository::resolve(const QByteArray &revision) const
{
    const QString shown = bytesForDisplay(revision);
    if (revision.isEmpty())
        return Error {tr("An empty revision names nothing.")};
    if (revision.contains('\0'))
        return Error {tr("The revision '%1' contains a NUL byte.").arg(shown)};

    if (auto blob = d->blobByPath(revision))
        return *blob;
    if (auto object = d->objectById(revision))
        return *object;
    git_object *raw = nullptr;
    const int rc = git_revparse_single(&raw, d->repo.get(), revision.constData());
    if (rc == 0) {
        ObjectHandle object(raw);
        return ResolvedObject {ObjectId::fromRaw(git_object_id(raw)->id),
                               fromGitType(git_object_type(raw))};
    }
    if (rc == GIT_EAMBIGUOUS) {
        return Error {tr("The revision '%1' is ambiguous: several objects in '%2' start with "
                         "it.")
                          .arg(shown, d->path)};
    }
    if (rc == GIT_ENOTFOUND) {
        // "REV:PATH": say which half is wrong.
        const int colon = revision.indexOf(':');
        if (colon > 0) {
            const QByteArray base = revision.left(colon);
            git_object *baseObject = nullptr;
            if (git_revparse_single(&baseObject, d->repo.get(), base.constData()) == 0) {
                ObjectHandle baseHandle(baseObject);
                const QByteArray path = revision.mid(colon + 1);
                if (auto missing = d->missingEntryError(baseObject, path, base))
                    return *missing;
                return Error {tr("The path '%1' does not exist in '%2'.")
                                  .arg(bytesForDisplay(path), bytesForDisplay(base))};
            }
            return Error {tr("Unknown revision '%1' in '%2': no branch, tag or object of that "
                             "name.")
                              .arg(bytesForDisplay(base), d->path)};
        }
        return Error {tr("Unknown revision '%1' in '%2': no branch, tag or object of that name.")
                          .arg(shown, d->path)};
    }
    if (rc == GIT_EINVALIDSPEC)
        return Error {tr("'%1' is not a valid revision: %2").arg(shown, lastErrorText())};
    return Error {
        tr("The revision '%1' cannot be read from '%2': %3").arg(shown, d->path, lastErrorText())};
}

namespace {

Result<ObjectId> peel(git_repository *repo, const ResolvedObject &object, git_object_t target,
                      const QString &revision)
{
    git_object *raw = nullptr;
    const git_oid oid = toOid(object.id);
    if (git_object_lookup(&raw, repo, &oid, GIT_OBJECT_ANY) < 0) {
        return Error {Repository::tr("The object %1 cannot be read: %2")
                          .arg(QString::fromLatin1(object.id.toHex()), lastErrorText())};
    }
    ObjectHandle handle(raw);
    git_object *peeled = nullptr;
    if (git_object_peel(&peeled, raw, target) < 0) {
        const QString want = QString::fromLatin1(objectTypeName(fromGitType(target)));
        const QString have = QString::fromLatin1(objectTypeName(object.type));
        return Error {Repository::tr("'%1' names a %2, not a %3.").arg(revision, have, want)};
    }
    ObjectHandle peeledHandle(peeled);
    return ObjectId::fromRaw(git_object_id(peeled)->id);
}

} // namespace

Result<ObjectId> Repository::resolveCommit(const QByteArray &revision) const
{
    const auto object = resolve(revision);
    if (!object)
        return object.error();
    return peel(d->repo.get(), *object, GIT_OBJECT_COMMIT, bytesForDisplay(revision));
}

Result<ObjectId> Repository::resolveTree(const QByteArray &revision) const
{
    const auto object = resolve(revision);
    if (!object)
        return object.error();
    if (object->type == ObjectType::Tree)
        return object->id;
    return peel(d->repo.get(), *object, GIT_OBJECT_TREE, bytesForDisplay(revision));
}

Result<void>
Repository::forEachTreeEntry(const ObjectId &tree,
                             const std::function<void(const TreeEntryView &)> &visit) const
{
    const git_oid oid = toOid(tree);
    git_tree *raw = nullptr;
    const int rc = git_tree_lookup(&raw, d->repo.get(), &oid);
    if (rc < 0) {
        if (rc == GIT_ENOTFOUND && git_error_last()
            && git_error_last()->klass == GIT_ERROR_INVALID) {
            return Error {tr("The object %1 in '%2' is not a tree.")
                              .arg(QString::fromLatin1(tree.toHex()), d->path)};
        }
        return d->objectError(tree, rc);
    }
    TreeHandle handle(raw);
    const size_t count = git_tree_entrycount(raw);
    for (size_t i = 0; i < count; ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(raw, i);
        const char *name = git_tree_entry_name(entry);
        TreeEntryView view;
        view.name = std::string_view(name);
        view.rawId = git_tree_entry_id(entry)->id;
        view.mode = canonicalMode(static_cast<quint32>(git_tree_entry_filemode_raw(entry)));
        visit(view);
    }
    return {};
}

Result<TreeEntries> Repository::treeEntries(const ObjectId &tree) const
{
    TreeEntries entries;
    const auto walked = forEachTreeEntry(tree, [&entries](const TreeEntryView &view) {
        TreeEntry entry;
        entry.name = QByteArray(view.name.data(), static_cast<qsizetype>(view.name.size()));
        entry.id = ObjectId::fromRaw(view.rawId);
        entry.mode = view.mode;
        entries.append(std::move(entry));
    });
    if (!walked)
        return walked.error();
    return entries;
}

Result<qint64> Repository::objectSize(const ObjectId &id) const
{
    const git_oid oid = toOid(id);
    size_t size = 0;
    git_object_t type = GIT_OBJECT_INVALID;
    const int rc = git_odb_read_header(&size, &type, d->odb.get(), &oid);
    if (rc < 0)
        return d->objectError(id, rc);
    return static_cast<qint64>(size);
}

Result<QByteArray> Repository::blobContent(const ObjectId &blob) const
{
    const git_oid oid = toOid(blob);
    git_blob *raw = nullptr;
    const int rc = git_blob_lookup(&raw, d->repo.get(), &oid);
    if (rc < 0)
        return d->objectError(blob, rc);
    BlobHandle handle(raw);
    const auto size = static_cast<qsizetype>(git_blob_rawsize(raw));
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(raw)), size);
}

Result<void> Repository::streamBlob(
    const ObjectId &blob,
    const std::function<Result<void>(const char *data, qsizetype size)> &write) const
{
    const QString objectsDirectory
        = QFile::decodeName(git_repository_commondir(d->repo.get())) + QStringLiteral("objects");
    const BlobStreamer streamer(d->odb.get(), objectsDirectory, d->path);
    return streamer.stream(blob, write);
}

Result<void>
Repository::readBlob(const ObjectId &blob,
                     const std::function<void(const char *data, qsizetype size)> &read) const
{
    const git_oid oid = toOid(blob);
    git_blob *raw = nullptr;
    const int rc = git_blob_lookup(&raw, d->repo.get(), &oid);
    if (rc < 0)
        return d->objectError(blob, rc);
    BlobHandle handle(raw);
    read(static_cast<const char *>(git_blob_rawcontent(raw)),
         static_cast<qsizetype>(git_blob_rawsize(raw)));
    return {};
}

Result<CommitInfo> Repository::commit(const ObjectId &id) const
{
    const git_oid oid = toOid(id);
    git_odb_object *raw = nullptr;
    const int rc = git_odb_read(&raw, d->odb.get(), &oid);
    if (rc < 0)
        return d->objectError(id, rc);
    OdbObjectHandle object(raw);
    if (git_odb_object_type(raw) != GIT_OBJECT_COMMIT) {
        return Error {
            tr("The object %1 in '%2' is a %3, not a commit.")
                .arg(QString::fromLatin1(id.toHex()), d->path,
                     QString::fromLatin1(git_object_type2string(git_odb_object_type(raw))))};
    }
    auto commit = CommitInfo::parse(id, static_cast<const char *>(git_odb_object_data(raw)),
                                    qsizetype(git_odb_object_size(raw)));
    if (!commit) {
        return Error {tr("The commit %1 in the repository '%2' is damaged: it does not begin "
                         "with a tree line.")
                          .arg(QString::fromLatin1(id.toHex()), d->path)};
    }
    return std::move(*commit);
}

Result<References> Repository::references() const
{
    git_reference_iterator *rawIterator = nullptr;
    if (git_reference_iterator_new(&rawIterator, d->repo.get()) < 0) {
        return Error {
            tr("The branches and tags of '%1' cannot be read: %2").arg(d->path, lastErrorText())};
    }
    ReferenceIteratorHandle iterator(rawIterator);
    References references;
    git_reference *rawRef = nullptr;
    int rc = 0;
    while ((rc = git_reference_next(&rawRef, rawIterator)) == 0) {
        ReferenceHandle ref(rawRef);
        Reference reference;
        reference.name = git_reference_name(rawRef);
        reference.shorthand = git_reference_shorthand(rawRef);
        if (git_reference_is_branch(rawRef))
            reference.kind = Reference::Kind::Branch;
        else if (git_reference_is_remote(rawRef))
            reference.kind = Reference::Kind::RemoteBranch;
        else if (git_reference_is_tag(rawRef))
            reference.kind = Reference::Kind::Tag;
        git_object *peeled = nullptr;
        if (git_reference_peel(&peeled, rawRef, GIT_OBJECT_COMMIT) == 0) {
            reference.commit = ObjectId::fromRaw(git_object_id(peeled)->id);
            git_object_free(peeled);
        }
        references.append(std::move(reference));
    }
    if (rc != GIT_ITEROVER) {
        return Error {
            tr("The branches and tags of '%1' cannot be read: %2").arg(d->path, lastErrorText())};
    }
    std::sort(references.begin(), references.end(),
              [](const Reference &a, const Reference &b) { return a.name < b.name; });
    return references;
}

QByteArray Repository::headTarget() const
{
    git_reference *raw = nullptr;
    if (git_reference_lookup(&raw, d->repo.get(), "HEAD") < 0)
        return {};
    ReferenceHandle head(raw);
    if (git_reference_type(raw) != GIT_REFERENCE_SYMBOLIC)
        return {};
    return QByteArray(git_reference_symbolic_target(raw));
}

QString libgit2Version()
{
    int major = 0;
    int minor = 0;
    int revision = 0;
    git_libgit2_version(&major, &minor, &revision);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}

bool looksBinary(const QByteArray &content)
{
    // git's rule (buffer_is_binary): a NUL byte within the first 8,000 bytes.
    constexpr qsizetype firstBytes = 8000;
    return content.left(firstBytes).contains('\0');
}

git_repository *detail::RepositoryAccess::handle(const Repository &repository)
{
    return repository.d->repo.get();
}

git_odb *detail::RepositoryAccess::odb(const Repository &repository)
{
    return repository.d->odb.get();
}

} // namespace clearroom::git
