// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::Repository against the reference git: what opens (and what is refused
// with which message), how revisions resolve, and that trees, blobs, refs, quoting and
// binary detection agree with git on the standard fixture and on Debian's
// libgit2-fixtures repositories.
#include "fixturerepository.h"
#include "gitconformance.h"
#include "libgit2fixtures.h"
#include "pathquote.h"
#include "process.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "standardrepositories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <cstring>
#include <dlfcn.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

QByteArray gitOutput(const QString &repository, const QByteArrayList &arguments)
{
    const ProcessResult result = referenceGit(repository, arguments);
    if (!result.ok()) {
        qWarning("git %s failed: %s", arguments.join(' ').constData(),
                 result.standardError.constData());
    }
    return result.standardOutput;
}

QByteArray revParse(const QString &repository, const QByteArray &revision)
{
    return gitOutput(repository, {"rev-parse", "--verify", "--end-of-options", revision}).trimmed();
}

bool copyTree(const QString &from, const QString &to)
{
    return runProcess("cp", {"-a", QFile::encodeName(from), QFile::encodeName(to)}).ok();
}

QByteArray looseObjectPath(const QString &gitDirectory, const QByteArray &hexId)
{
    return QFile::encodeName(gitDirectory) + "/objects/" + hexId.left(2) + '/' + hexId.mid(2);
}

bool writeBytes(const QByteArray &path, const QByteArray &content)
{
    ::chmod(path.constData(), 0644); // git makes objects read-only
    QFile file(QFile::decodeName(path));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(content) == content.size();
}

// What `git ls-tree -r TREE` prints, made from Repository alone.
Result<QByteArray> listRecursively(const Repository &repository, const ObjectId &tree,
                                   const QByteArray &base = {})
{
    auto entries = repository.treeEntries(tree);
    if (!entries)
        return entries.error();
    QByteArray output;
    for (const TreeEntry &entry : std::as_const(*entries)) {
        const QByteArray path = base + entry.name;
        if (entry.isTree()) {
            auto below = listRecursively(repository, entry.id, path + '/');
            if (!below)
                return below.error();
            output += *below;
            continue;
        }
        output += QByteArray::number(entry.mode, 8).rightJustified(6, '0') + ' '
            + objectTypeName(entry.type()) + ' ' + entry.id.toHex() + '\t' + quotePath(path) + '\n';
    }
    return output;
}

// The objects of one kind reachable from REV's tree, as "id path" pairs (bytes).
QList<QByteArrayList> objectsOfType(const QString &repository, const QByteArray &revision,
                                    const QByteArray &type)
{
    QList<QByteArrayList> found;
    const QByteArray listing = gitOutput(repository, {"ls-tree", "-r", "-t", "-z", revision});
    for (const QByteArray &record : listing.split('\0')) {
        const qsizetype tab = record.indexOf('\t');
        if (tab < 0)
            continue;
        const QByteArrayList fields = record.left(tab).split(' ');
        if (fields.value(1) == type)
            found.append({fields.value(2), record.mid(tab + 1)});
    }
    return found;
}

struct FixtureTally
{
    int matched = 0;
    int gitCannotList = 0;
    int notRepositories = 0;
};
FixtureTally fixtureTally;

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void openWorks_data();
    void openWorks();
    void openRefuses_data();
    void openRefuses();
    void libgit2LoadsNoCertificates();

    void resolveAgreesWithGit_data();
    void resolveAgreesWithGit();
    void peelingAgreesWithGit_data();
    void peelingAgreesWithGit();
    void resolveRefuses_data();
    void resolveRefuses();
    void ambiguousShortId();

    void damagedObject_data();
    void damagedObject();
    void missingObject();

    void treeEntriesInGitOrder_data();
    void treeEntriesInGitOrder();
    void blobContentEqualsCatFile_data();
    void blobContentEqualsCatFile();
    void referencesAreBranchesAndTags_data();
    void referencesAreBranchesAndTags();

    void looksBinaryAsGitDecides();
    void looksBinaryAtTheEdges_data();
    void looksBinaryAtTheEdges();
    void quotePathAsGitOnFixture();
    void quotePathAsGitForEveryByte();
    void displayBytes_data();
    void displayBytes();
    void displayMultilineBytes_data();
    void displayMultilineBytes();

    void libgit2Fixtures_data();
    void libgit2Fixtures();

private:
    QString repositoryPath(const QByteArray &kind) const;

    StandardRepositories m_repositories;
    QString m_bareWithoutConfig;
    QString m_gitFileRelative;
    QString m_gitFileAbsolute;
    QString m_plainFolder;
};

void TestRepository::initTestCase()
{
    QString error;
    QVERIFY2(m_repositories.create(&error), qPrintable(error));
    const QString root = m_repositories.root();

    // A bare repository that lost its config file still has objects, refs and HEAD.
    m_bareWithoutConfig = root + QStringLiteral("/no-config.git");
    QVERIFY(copyTree(m_repositories.bare(), m_bareWithoutConfig));
    QVERIFY(QFile::remove(m_bareWithoutConfig + QStringLiteral("/config")));

    // Work trees whose .git is a file, as `git worktree` and submodules make them.
    m_gitFileRelative = root + QStringLiteral("/gitfile-relative");
    m_gitFileAbsolute = root + QStringLiteral("/gitfile-absolute");
    QVERIFY(QDir().mkpath(m_gitFileRelative));
    QVERIFY(QDir().mkpath(m_gitFileAbsolute));
    QVERIFY(writeBytes(QFile::encodeName(m_gitFileRelative + QStringLiteral("/.git")),
                       "gitdir: ../worktree/.git\n"));
    QVERIFY(writeBytes(QFile::encodeName(m_gitFileAbsolute + QStringLiteral("/.git")),
                       "gitdir: " + QFile::encodeName(m_repositories.workTree()) + "/.git\n"));

    m_plainFolder = root + QStringLiteral("/plain");
    QVERIFY(QDir().mkpath(m_plainFolder + QStringLiteral("/objects")));
}

void TestRepository::cleanupTestCase()
{
    if (fixtureTally.matched + fixtureTally.gitCannotList + fixtureTally.notRepositories > 0) {
        qInfo("libgit2-fixtures: %d repositories list HEAD exactly as git does; %d open but git "
              "itself cannot list HEAD (compared nothing); %d are not repositories (refused by "
              "both)",
              fixtureTally.matched, fixtureTally.gitCannotList, fixtureTally.notRepositories);
    }
}

QString TestRepository::repositoryPath(const QByteArray &kind) const
{
    if (kind == "bare")
        return m_repositories.bare();
    return m_repositories.workTree();
}

void TestRepository::openWorks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("gitDirectory");
    QTest::addColumn<bool>("hasWorkTree");

    const QString workTreeGit = m_repositories.workTree() + QStringLiteral("/.git");
    QTest::newRow("work-tree root") << m_repositories.workTree() << workTreeGit << true;
    QTest::newRow("work tree's .git folder") << workTreeGit << workTreeGit << false;
    QTest::newRow("work-tree root with a trailing slash")
        << m_repositories.workTree() + QLatin1Char('/') << workTreeGit << true;
    QTest::newRow("bare clone") << m_repositories.bare() << m_repositories.bare() << false;
    QTest::newRow("bare without a config file")
        << m_bareWithoutConfig << m_bareWithoutConfig << false;
    QTest::newRow(".git file with a relative gitdir") << m_gitFileRelative << workTreeGit << true;
    QTest::newRow(".git file with an absolute gitdir") << m_gitFileAbsolute << workTreeGit << true;
}

void TestRepository::openWorks()
{
    QFETCH(QString, path);
    QFETCH(QString, gitDirectory);
    QFETCH(bool, hasWorkTree);

    const auto repository = Repository::open(path);
    QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.errorMessage()));
    QCOMPARE(repository->path(), path);
    QCOMPARE(QFileInfo(repository->gitDirectory()).canonicalFilePath(),
             QFileInfo(gitDirectory).canonicalFilePath());
    QCOMPARE(repository->hasWorkTree(), hasWorkTree);

    // It reads the same history as git does from the work tree.
    const auto head = repository->resolveCommit("HEAD");
    QVERIFY2(head.ok(), qPrintable(head.ok() ? QString() : head.errorMessage()));
    QCOMPARE(head->toHex(), revParse(m_repositories.workTree(), "HEAD"));
    QCOMPARE(repository->headTarget(), QByteArray("refs/heads/main"));
}

void TestRepository::openRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedMessage");

    const QString root = m_repositories.root();
    QTest::newRow("nonexistent path")
        << root + QStringLiteral("/does-not-exist") << QStringLiteral("does not exist");
    QTest::newRow("empty path") << QString() << QStringLiteral("does not exist");
    QTest::newRow("a file, not a folder")
        << m_repositories.workTree() + QStringLiteral("/README.md") << QStringLiteral("is a file");
    QTest::newRow("a folder that is not a repository")
        << m_plainFolder << QStringLiteral("is not a git repository");
    // No upward search: a folder inside a work tree is not its repository.
    QTest::newRow("subfolder of a work tree") << m_repositories.workTree() + QStringLiteral("/src")
                                              << QStringLiteral("is not a git repository");
    QTest::newRow("objects folder of a bare repository") << m_repositories.bare()
            + QStringLiteral("/objects") << QStringLiteral("is not a git repository");

    const QString badGitFile = root + QStringLiteral("/bad-gitfile");
    QDir().mkpath(badGitFile);
    writeBytes(QFile::encodeName(badGitFile + QStringLiteral("/.git")), "not a gitdir line\n");
    QTest::newRow(".git file without gitdir")
        << badGitFile << QStringLiteral("does not name a git directory");
    const QString danglingGitFile = root + QStringLiteral("/dangling-gitfile");
    QDir().mkpath(danglingGitFile);
    writeBytes(QFile::encodeName(danglingGitFile + QStringLiteral("/.git")),
               "gitdir: ../nowhere/.git\n");
    QTest::newRow(".git file naming a missing folder") << danglingGitFile << danglingGitFile;
}

void TestRepository::openRefuses()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedMessage);

    const auto repository = Repository::open(path);
    QVERIFY(!repository.ok());
    const QString message = repository.errorMessage();
    QVERIFY2(message.contains(expectedMessage), qPrintable(message));
    // The message names what the user gave.
    QVERIFY2(message.contains(path), qPrintable(message));
}

// libgit2 with mbedTLS would parse the system's certificate bundle while it sets itself up;
// the program's own mbedtls_x509_crt_parse_file (app/git/libgit2.cpp) stands in for
// mbedTLS's, which only the dynamic linker's choice shows.
void TestRepository::libgit2LoadsNoCertificates()
{
    QVERIFY(Repository::open(repositoryPath("bare")));
    bool mbedTlsLoaded = false;
    dl_iterate_phdr(
        [](dl_phdr_info *info, size_t, void *loaded) {
            if (info->dlpi_name && std::strstr(info->dlpi_name, "libmbedx509"))
                *static_cast<bool *>(loaded) = true;
            return 0;
        },
        &mbedTlsLoaded);
    void *const used = dlsym(RTLD_DEFAULT, "mbedtls_x509_crt_parse_file");
    if (!mbedTlsLoaded && !used)
        return; // libgit2 uses another TLS library (or none): nothing to stand in for
    QVERIFY2(used, "libmbedx509 is loaded, but its certificate loader is not found");
    Dl_info where {};
    QVERIFY(dladdr(used, &where) && where.dli_fname);
    QCOMPARE(QFileInfo(QString::fromLocal8Bit(where.dli_fname)).canonicalFilePath(),
             QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
}

void TestRepository::resolveAgreesWithGit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("revision");

    const QByteArray headId = revParse(m_repositories.workTree(), "HEAD");
    const QByteArrayList revisions = {"HEAD",
                                      "main",
                                      "feature",
                                      "v1.0",
                                      "light",
                                      "refs/heads/feature",
                                      "refs/tags/v1.0",
                                      headId,
                                      headId.left(7),
                                      headId.left(4),
                                      "HEAD~1",
                                      "HEAD^",
                                      "main~2",
                                      "feature^1",
                                      "v1.0^{}",
                                      "v1.0^{commit}",
                                      "HEAD^{tree}",
                                      "HEAD:src",
                                      "HEAD:",
                                      "HEAD:README.md",
                                      "HEAD:src/util/strings.h",
                                      "HEAD:docs/with space.txt",
                                      "HEAD:docs/latin1-\xe9t\xe9.txt",
                                      "v1.0:src/main.cpp",
                                      "feature:feature.txt"};
    for (const QByteArray kind : {"worktree", "bare"}) {
        for (const QByteArray &revision : revisions) {
            QTest::addRow("%s %s", kind.constData(), qPrintable(printableBytes(revision)))
                << repositoryPath(kind) << revision;
        }
    }
}

void TestRepository::resolveAgreesWithGit()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, revision);

    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto object = repository->resolve(revision);
    QVERIFY2(object.ok(), qPrintable(object.ok() ? QString() : object.errorMessage()));
    QCOMPARE(object->id.toHex(), revParse(path, revision));
    QCOMPARE(objectTypeName(object->type), gitOutput(path, {"cat-file", "-t", revision}).trimmed());
}

void TestRepository::peelingAgreesWithGit_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("revision");
    for (const QByteArray kind : {"worktree", "bare"}) {
        for (const QByteArray revision : {"HEAD", "v1.0", "light", "feature", "HEAD~2"}) {
            QTest::addRow("%s %s", kind.constData(), revision.constData())
                << repositoryPath(kind) << revision;
        }
    }
}

void TestRepository::peelingAgreesWithGit()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, revision);

    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto commit = repository->resolveCommit(revision);
    QVERIFY2(commit.ok(), qPrintable(commit.ok() ? QString() : commit.errorMessage()));
    QCOMPARE(commit->toHex(), revParse(path, revision + "^{commit}"));
    const auto tree = repository->resolveTree(revision);
    QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.errorMessage()));
    QCOMPARE(tree->toHex(), revParse(path, revision + "^{tree}"));
}

void TestRepository::resolveRefuses_data()
{
    QTest::addColumn<QByteArray>("revision");
    QTest::addColumn<QByteArray>("peelTo");
    QTest::addColumn<QStringList>("expectedInMessage");

    QTest::newRow("unknown revision")
        << QByteArray("no-such-branch") << QByteArray()
        << QStringList {QStringLiteral("Unknown revision 'no-such-branch'")};
    QTest::newRow("missing path") << QByteArray("HEAD:missing/path") << QByteArray()
                                  << QStringList {QStringLiteral("'missing/path'"),
                                                  QStringLiteral("does not exist"),
                                                  QStringLiteral("'HEAD'")};
    QTest::newRow("path under a file")
        << QByteArray("HEAD:README.md/x") << QByteArray()
        << QStringList {QStringLiteral("'README.md/x'"), QStringLiteral("does not exist")};
    QTest::newRow("unknown revision before a path")
        << QByteArray("no-such-tag:README.md") << QByteArray()
        << QStringList {QStringLiteral("Unknown revision 'no-such-tag'")};
    QTest::newRow("submodule path")
        << QByteArray("HEAD:vendor/lib") << QByteArray()
        << QStringList {QStringLiteral("'vendor/lib'"), QStringLiteral("submodule")};
    QTest::newRow("beyond the first commit")
        << QByteArray("HEAD~99") << QByteArray() << QStringList {QStringLiteral("HEAD~99")};
    QTest::newRow("not UTF-8") << QByteArray("br\xe9nch") << QByteArray()
                               << QStringList {QStringLiteral("br\\xE9nch")};
    QTest::newRow("empty") << QByteArray() << QByteArray()
                           << QStringList {QStringLiteral("empty revision")};
    QTest::newRow("NUL byte") << QByteArray("HEAD\0main", 9) << QByteArray()
                              << QStringList {QStringLiteral("NUL")};
    QTest::newRow("invalid syntax") << QByteArray("HEAD^{nonsense}") << QByteArray()
                                    << QStringList {QStringLiteral("'HEAD^{nonsense}'")};
    QTest::newRow("tree is not a commit")
        << QByteArray("HEAD:src") << QByteArray("commit")
        << QStringList {QStringLiteral("'HEAD:src' names a tree, not a commit")};
    QTest::newRow("blob is not a tree")
        << QByteArray("HEAD:README.md") << QByteArray("tree")
        << QStringList {QStringLiteral("'HEAD:README.md' names a blob, not a tree")};
}

void TestRepository::resolveRefuses()
{
    QFETCH(QByteArray, revision);
    QFETCH(QByteArray, peelTo);
    QFETCH(QStringList, expectedInMessage);

    const auto repository = Repository::open(m_repositories.workTree());
    QVERIFY(repository.ok());
    QString message;
    if (peelTo == "commit") {
        const auto commit = repository->resolveCommit(revision);
        QVERIFY(!commit.ok());
        message = commit.errorMessage();
    } else if (peelTo == "tree") {
        const auto tree = repository->resolveTree(revision);
        QVERIFY(!tree.ok());
        message = tree.errorMessage();
    } else {
        const auto object = repository->resolve(revision);
        QVERIFY(!object.ok());
        message = object.errorMessage();
    }
    for (const QString &expected : std::as_const(expectedInMessage))
        QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestRepository::ambiguousShortId()
{
    // Two blobs whose ids share their first four hex digits (the shortest prefix git and
    // libgit2 accept): found by hashing candidates here, then written with git.
    QHash<QByteArray, QByteArray> contentByPrefix;
    QByteArray first;
    QByteArray second;
    for (int i = 0; i < 100000 && first.isEmpty(); ++i) {
        const QByteArray content = "ambiguous candidate " + QByteArray::number(i) + '\n';
        const QByteArray object = "blob " + QByteArray::number(content.size()) + '\0' + content;
        const QByteArray id = QCryptographicHash::hash(object, QCryptographicHash::Sha1).toHex();
        const QByteArray prefix = id.left(4);
        if (contentByPrefix.contains(prefix)) {
            first = contentByPrefix.value(prefix);
            second = content;
        }
        contentByPrefix.insert(prefix, content);
    }
    QVERIFY(!first.isEmpty());

    ScratchDirectory scratch;
    const QString gitDirectory = scratch.filePath(QStringLiteral("ambiguous.git"));
    QVERIFY(copyTree(m_repositories.bare(), gitDirectory));
    QVERIFY(writeBytes(QFile::encodeName(scratch.filePath(QStringLiteral("first"))), first));
    QVERIFY(writeBytes(QFile::encodeName(scratch.filePath(QStringLiteral("second"))), second));
    const QByteArray ids = gitOutput(
        gitDirectory,
        {"hash-object", "-w", QFile::encodeName(scratch.filePath(QStringLiteral("first"))),
         QFile::encodeName(scratch.filePath(QStringLiteral("second")))});
    const QByteArrayList written = ids.trimmed().split('\n');
    QCOMPARE(written.size(), 2);
    const QByteArray prefix = written.at(0).left(4);
    QCOMPARE(written.at(1).left(4), prefix);
    QVERIFY(!referenceGit(gitDirectory, {"rev-parse", "--verify", "--quiet", prefix}).ok());

    const auto repository = Repository::open(gitDirectory);
    QVERIFY(repository.ok());
    const auto object = repository->resolve(prefix);
    QVERIFY(!object.ok());
    QVERIFY2(object.errorMessage().contains(
                 QStringLiteral("'%1' is ambiguous").arg(QString::fromLatin1(prefix))),
             qPrintable(object.errorMessage()));
    // The full ids still name each blob.
    for (const QByteArray &id : written) {
        const auto blob = repository->resolve(id);
        QVERIFY(blob.ok());
        QCOMPARE(blob->type, ObjectType::Blob);
    }
}

void TestRepository::damagedObject_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("damage");

    for (const QByteArray path : {"README.md", "src"}) {
        for (const QByteArray damage :
             {"overwritten", "truncated", "cut short", "swapped", "emptied", "understated size"})
            QTest::addRow("%s %s", path.constData(), damage.constData()) << path << damage;
    }
}

void TestRepository::damagedObject()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, damage);

    ScratchDirectory scratch;
    const QString gitDirectory = scratch.filePath(QStringLiteral("damaged.git"));
    QVERIFY(copyTree(m_repositories.bare(), gitDirectory));
    const QByteArray hexId = revParse(gitDirectory, "HEAD:" + path);
    const QByteArray objectFile = looseObjectPath(gitDirectory, hexId);
    QFile original(QFile::decodeName(objectFile));
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray bytes = original.readAll();
    original.close();

    QByteArray damaged;
    if (damage == "overwritten") {
        damaged = QByteArray(bytes.size(), 'x');
    } else if (damage == "truncated") {
        // libgit2 1.5 alone loops forever on this one (libgit2 issue 7342).
        damaged = bytes.left(bytes.size() / 2);
    } else if (damage == "cut short") {
        damaged = bytes.left(3);
    } else if (damage == "understated size") {
        // A header that claims fewer bytes than follow: libgit2 1.5 alone writes past
        // its buffer (libgit2 issue 7177). qCompress() is a zlib stream after 4 bytes.
        const QByteArray object = QByteArray("blob 12") + '\0'
            + QByteArray("this is a blob with a too-small length value\n");
        damaged = qCompress(object).mid(4);
    } else if (damage == "swapped") {
        // A well-formed object, but not the one the id names: only hashing notices.
        const QByteArray other = revParse(gitDirectory, "HEAD:empty.txt");
        QFile otherFile(QFile::decodeName(looseObjectPath(gitDirectory, other)));
        QVERIFY(otherFile.open(QIODevice::ReadOnly));
        damaged = otherFile.readAll();
    }
    QVERIFY(writeBytes(objectFile, damaged));

    const auto repository = Repository::open(gitDirectory);
    QVERIFY(repository.ok());
    const ObjectId id = ObjectId::fromHex(hexId);
    QString message;
    if (path == "src") {
        const auto entries = repository->treeEntries(id);
        QVERIFY(!entries.ok());
        message = entries.errorMessage();
    } else {
        const auto content = repository->blobContent(id);
        QVERIFY(!content.ok());
        message = content.errorMessage();
    }
    QVERIFY2(message.contains(QString::fromLatin1(hexId)), qPrintable(message));
    QVERIFY2(message.contains(gitDirectory), qPrintable(message));

    // Nothing else of the repository suffers: the rest still reads.
    const auto main = repository->resolve("HEAD:src/main.cpp");
    if (path != "src") {
        QVERIFY(main.ok());
        QVERIFY(repository->blobContent(main->id).ok());
    }
    QVERIFY(repository->references().ok());
}

void TestRepository::missingObject()
{
    ScratchDirectory scratch;
    const QString gitDirectory = scratch.filePath(QStringLiteral("missing.git"));
    QVERIFY(copyTree(m_repositories.bare(), gitDirectory));
    const QByteArray blobId = revParse(gitDirectory, "HEAD:README.md");
    QVERIFY(::unlink(looseObjectPath(gitDirectory, blobId).constData()) == 0);

    const auto repository = Repository::open(gitDirectory);
    QVERIFY(repository.ok());
    const ObjectId id = ObjectId::fromHex(blobId);
    const auto content = repository->blobContent(id);
    QVERIFY(!content.ok());
    QVERIFY2(content.errorMessage().contains(QString::fromLatin1(blobId)
                                             + QStringLiteral(" is missing")),
             qPrintable(content.errorMessage()));
    QVERIFY(!repository->objectSize(id).ok());

    // Asked by path, the message says the path exists but its object is gone.
    const auto byPath = repository->resolve("HEAD:README.md");
    QVERIFY(!byPath.ok());
    const QString message = byPath.errorMessage();
    QVERIFY2(message.contains(QStringLiteral("'README.md'")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("missing")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("does not exist")), qPrintable(message));

    // The tree that names it still lists.
    const auto root = repository->resolveTree("HEAD");
    QVERIFY(root.ok());
    QVERIFY(repository->treeEntries(*root).ok());
}

void TestRepository::treeEntriesInGitOrder_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("tree");
    QTest::addColumn<QByteArray>("treePath");

    for (const QByteArray revision : {"HEAD", "feature", "v1.0"}) {
        const QString path = m_repositories.workTree();
        QTest::addRow("%s root", revision.constData())
            << path << revParse(path, revision + "^{tree}") << QByteArray();
        for (const QByteArrayList &tree : objectsOfType(path, revision, "tree")) {
            QTest::addRow("%s %s", revision.constData(), qPrintable(printableBytes(tree.at(1))))
                << path << tree.at(0) << tree.at(1);
        }
    }
}

void TestRepository::treeEntriesInGitOrder()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, tree);

    QByteArray expected;
    for (const QByteArray &record : gitOutput(path, {"ls-tree", "-z", tree}).split('\0')) {
        if (!record.isEmpty())
            expected += record + '\n';
    }
    QVERIFY(!expected.isEmpty());

    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto entries = repository->treeEntries(ObjectId::fromHex(tree));
    QVERIFY(entries.ok());
    QByteArray actual;
    for (const TreeEntry &entry : *entries) {
        actual += QByteArray::number(entry.mode, 8).rightJustified(6, '0') + ' '
            + objectTypeName(entry.type()) + ' ' + entry.id.toHex() + '\t' + entry.name + '\n';
    }
    QCOMPARE(actual, expected);

    // The copy-free walk sees the same entries.
    QByteArray walked;
    const auto walk = repository->forEachTreeEntry(
        ObjectId::fromHex(tree), [&walked](const TreeEntryView &view) {
            walked += QByteArray(view.name.data(), qsizetype(view.name.size()));
            walked += '\n';
        });
    QVERIFY(walk.ok());
    QByteArray names;
    for (const TreeEntry &entry : *entries)
        names += entry.name + '\n';
    QCOMPARE(walked, names);
}

void TestRepository::blobContentEqualsCatFile_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("blob");

    for (const QByteArray kind : {"worktree", "bare"}) {
        for (const QByteArray revision : {"HEAD", "v1.0", "feature"}) {
            const QString path = repositoryPath(kind);
            for (const QByteArrayList &blob : objectsOfType(path, revision, "blob")) {
                QTest::addRow("%s %s:%s", kind.constData(), revision.constData(),
                              qPrintable(printableBytes(blob.at(1))))
                    << path << blob.at(0);
            }
        }
    }
}

void TestRepository::blobContentEqualsCatFile()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, blob);

    const ProcessResult git = referenceGit(path, {"cat-file", "blob", blob});
    QVERIFY(git.ok());
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const ObjectId id = ObjectId::fromHex(blob);
    const auto content = repository->blobContent(id);
    QVERIFY(content.ok());
    QCOMPARE(*content, git.standardOutput);
    const auto size = repository->objectSize(id);
    QVERIFY(size.ok());
    QCOMPARE(*size, qint64(git.standardOutput.size()));
}

void TestRepository::referencesAreBranchesAndTags_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("work tree (loose refs)") << m_repositories.workTree();
    QTest::newRow("bare clone (packed refs)") << m_repositories.bare();
}

void TestRepository::referencesAreBranchesAndTags()
{
    QFETCH(QString, path);

    // git's list, every ref with the commit it finally names.
    QByteArrayList expected;
    const QByteArray listing
        = gitOutput(path, {"for-each-ref", "--format=%(refname) %(objectname) %(*objectname)"});
    for (const QByteArray &line : listing.split('\n')) {
        const QByteArrayList fields = line.split(' ');
        if (fields.size() == 3)
            expected.append(fields.at(0) + ' '
                            + (fields.at(2).isEmpty() ? fields.at(1) : fields.at(2)));
    }
    QCOMPARE(expected.size(), 4);

    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    const auto references = repository->references();
    QVERIFY(references.ok());
    QByteArrayList actual;
    for (const Reference &reference : *references)
        actual.append(reference.name + ' ' + reference.commit.toHex());
    QCOMPARE(actual, expected);

    QHash<QByteArray, Reference> byShorthand;
    for (const Reference &reference : *references)
        byShorthand.insert(reference.shorthand, reference);
    QCOMPARE(byShorthand.value("main").kind, Reference::Kind::Branch);
    QCOMPARE(byShorthand.value("feature").kind, Reference::Kind::Branch);
    QCOMPARE(byShorthand.value("v1.0").kind, Reference::Kind::Tag);
    QCOMPARE(byShorthand.value("light").kind, Reference::Kind::Tag);
    // The annotated tag is peeled to its commit, not left at the tag object.
    QCOMPARE(byShorthand.value("v1.0").commit.toHex(), revParse(path, "v1.0^{commit}"));
    QVERIFY(byShorthand.value("v1.0").commit.toHex() != revParse(path, "v1.0"));
}

void TestRepository::looksBinaryAsGitDecides()
{
    // git's verdict for every file: `diff --numstat` against the empty tree prints "-"
    // instead of line counts for a binary file.
    const QString path = m_repositories.workTree();
    const QByteArray emptyTree
        = gitOutput(path, {"hash-object", "-t", "tree", "/dev/null"}).trimmed();
    const QByteArray numstat = gitOutput(path,
                                         {"diff", "--numstat", "-z", "--no-renames",
                                          "--no-textconv", "--no-ext-diff", emptyTree, "HEAD"});
    const auto repository = Repository::open(path);
    QVERIFY(repository.ok());
    int binaries = 0;
    int checked = 0;
    const QByteArrayList records = numstat.split('\0');
    for (const QByteArray &record : records) {
        const QByteArrayList fields = record.split('\t');
        if (fields.size() != 3)
            continue;
        const QByteArray file = fields.at(2);
        const auto blob = repository->resolve("HEAD:" + file);
        if (!blob.ok() || blob->type != ObjectType::Blob)
            continue; // the submodule entry
        const auto content = repository->blobContent(blob->id);
        QVERIFY(content.ok());
        const bool gitSaysBinary = fields.at(0) == "-";
        QVERIFY2(looksBinary(*content) == gitSaysBinary, qPrintable(printableBytes(file)));
        binaries += gitSaysBinary ? 1 : 0;
        ++checked;
    }
    QVERIFY(checked >= 15);
    QCOMPARE(binaries, 1); // assets/logo.bin
    const auto logo = repository->resolve("HEAD:assets/logo.bin");
    QVERIFY(logo.ok());
    QVERIFY(looksBinary(*repository->blobContent(logo->id)));
}

void TestRepository::looksBinaryAtTheEdges_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("binary");

    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("plain text") << QByteArray("int main() {}\n") << false;
    QTest::newRow("Latin-1 text") << QByteArray("caf\xe9\n") << false;
    QTest::newRow("UTF-16 without NUL") << QByteArray("\xff\xfe\x41\x42") << false;
    QTest::newRow("NUL first") << QByteArray(1, '\0') + "text" << true;
    QTest::newRow("NUL at byte 8000") << QByteArray(7999, 'a') + QByteArray(1, '\0') << true;
    QTest::newRow("NUL at byte 8001") << QByteArray(8000, 'a') + QByteArray(1, '\0') << false;
}

void TestRepository::looksBinaryAtTheEdges()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, binary);
    QCOMPARE(looksBinary(content), binary);
}

void TestRepository::quotePathAsGitOnFixture()
{
    const QString path = m_repositories.workTree();
    const QByteArrayList raw
        = gitOutput(path, {"ls-tree", "-r", "-z", "--name-only", "HEAD"}).split('\0');
    const QByteArrayList quoted
        = gitOutput(path, {"ls-tree", "-r", "--name-only", "HEAD"}).split('\n');
    QCOMPARE(raw.size(), quoted.size());
    int different = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QCOMPARE(quotePath(raw.at(i)), quoted.at(i));
        different += raw.at(i) != quoted.at(i) ? 1 : 0;
    }
    QCOMPARE(different, 6); // the quote, backslash, tab, two UTF-8 names and the Latin-1 name
}

void TestRepository::quotePathAsGitForEveryByte()
{
    // One file per byte value a name can hold (all but NUL and '/'), named "b<byte>e".
    ScratchDirectory scratch;
    FixtureRepository repository(scratch.filePath(QStringLiteral("bytes")));
    QVERIFY2(repository.init(), qPrintable(repository.lastError()));
    for (int byte = 1; byte < 256; ++byte) {
        if (byte == '/')
            continue;
        const QByteArray name = "b" + QByteArray(1, char(byte)) + "e";
        QVERIFY(repository.writeFile(name, QByteArray()));
    }
    QByteArray tree;
    QVERIFY2(repository.git({"add", "-A"}), qPrintable(repository.lastError()));
    QVERIFY2(repository.git({"write-tree"}, &tree), qPrintable(repository.lastError()));
    tree = tree.trimmed();

    const QString path = repository.workTree();
    QByteArrayList raw = gitOutput(path, {"ls-tree", "-z", "--name-only", tree}).split('\0');
    QByteArrayList quoted = gitOutput(path, {"ls-tree", "--name-only", tree}).split('\n');
    raw.removeAll(QByteArray());
    quoted.removeAll(QByteArray());
    QCOMPARE(raw.size(), 254);
    QCOMPARE(quoted.size(), raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QVERIFY2(quotePath(raw.at(i)) == quoted.at(i),
                 qPrintable(printableBytes(raw.at(i)) + QStringLiteral(": clearroom ")
                            + printableBytes(quotePath(raw.at(i))) + QStringLiteral(", git ")
                            + printableBytes(quoted.at(i))));
    }
}

void TestRepository::displayBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");

    QTest::newRow("ASCII") << QByteArray("src/main.cpp") << QStringLiteral("src/main.cpp");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("UTF-8") << QByteArray("docs/na\xc3\xafve \xc3\xbcnicode.txt")
                           << QString::fromUtf8("docs/na\xc3\xafve \xc3\xbcnicode.txt");
    QTest::newRow("UTF-8, 4 bytes")
        << QByteArray("\xf0\x9f\x98\x80") << QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("Latin-1 name") << QByteArray("docs/latin1-\xe9t\xe9.txt")
                                  << QStringLiteral("docs/latin1-\\xE9t\\xE9.txt");
    QTest::newRow("lone continuation byte") << QByteArray("a\x80z") << QStringLiteral("a\\x80z");
    QTest::newRow("truncated sequence at the end")
        << QByteArray("x\xe6\x97") << QStringLiteral("x\\xE6\\x97");
    QTest::newRow("truncated sequence in the middle")
        << QByteArray("\xe6\x97z") << QStringLiteral("\\xE6\\x97z");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << QStringLiteral("\\xC0\\xAF");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xED\\xA0\\x80");
    QTest::newRow("beyond U+10FFFF")
        << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xF4\\x90\\x80\\x80");
    QTest::newRow("0xFF between text") << QByteArray("a\xff"
                                                     "b\xc3\xa9")
                                       << QStringLiteral("a\\xFFb") + QChar(0xe9);
    // A hostile name must not move the terminal's cursor or reorder what is shown.
    QTest::newRow("newline and escape")
        << QByteArray("a\nb\x1b[2Jc\x7f") << QStringLiteral("a\\x0Ab\\x1B[2Jc\\x7F");
    QTest::newRow("right-to-left override")
        << QByteArray("evil\xe2\x80\xaetxt.exe")
        << QString::fromUtf8("evil\xe2\x9f\xa8RLO\xe2\x9f\xa9txt.exe");
    QTest::newRow("zero-width space")
        << QByteArray("a\xe2\x80\x8b") << QString::fromUtf8("a\xe2\x9f\xa8ZWSP\xe2\x9f\xa9");
    // Runs of text shown as they are between the characters shown otherwise.
    QTest::newRow("runs between escapes and markers")
        << QByteArray("\x01"
                      "ab\x02"
                      "c\xc3\xa9"
                      "d\xe2\x80\xae"
                      "ef\xff"
                      "gh\x7f")
        << QString::fromUtf8("\\x01ab\\x02c\xc3\xa9"
                             "d\xe2\x9f\xa8RLO\xe2\x9f\xa9"
                             "ef\\xFFgh\\x7F");
}

void TestRepository::displayBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(git::displayBytes(bytes), shown);
}

// Excerpts and free text keep their line breaks and tabs; everything else is shown as in
// displayBytes.
void TestRepository::displayMultilineBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shown");

    QTest::newRow("lines and tabs")
        << QByteArray("int a;\n\tint b;\n") << QStringLiteral("int a;\n\tint b;\n");
    QTest::newRow("carriage return") << QByteArray("a\r\nb") << QStringLiteral("a\\x0D\nb");
    QTest::newRow("escape after a line")
        << QByteArray("ok\n\x1b[31mred\x7f") << QStringLiteral("ok\n\\x1B[31mred\\x7F");
    QTest::newRow("override across lines")
        << QByteArray("x = 1;\n/* \xe2\x80\xae } */\ty")
        << QString::fromUtf8("x = 1;\n/* \xe2\x9f\xa8RLO\xe2\x9f\xa9 } */\ty");
    QTest::newRow("invalid byte between lines")
        << QByteArray("a\n\xff\nb") << QStringLiteral("a\n\\xFF\nb");
    QTest::newRow("only ASCII controls") << QByteArray("\x01\x02") << QStringLiteral("\\x01\\x02");
}

void TestRepository::displayMultilineBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shown);
    QCOMPARE(git::displayMultilineBytes(bytes), shown);
}

void TestRepository::libgit2Fixtures_data()
{
    addLibgit2FixtureRows();
}

void TestRepository::libgit2Fixtures()
{
    QFETCH(QString, name);

    ScratchDirectory scratch;
    const QString path = copyLibgit2Fixture(name, scratch.path());
    QVERIFY(!path.isEmpty());

    const ProcessResult git = runProcess(
        "git",
        {"--no-replace-objects", "--git-dir=" + QFile::encodeName(path), "ls-tree", "-r", "HEAD"},
        referenceGitEnvironment());
    QVERIFY(!git.crashed);

    const auto repository = Repository::open(path);
    if (!repository.ok()) {
        QVERIFY(!repository.errorMessage().isEmpty());
        QVERIFY2(!git.ok(),
                 qPrintable(QStringLiteral("git lists it, Clearroom cannot open it: ")
                            + repository.errorMessage()));
        ++fixtureTally.notRepositories;
        return;
    }
    // Everything a browser does first must answer, with a value or an Error.
    (void)repository->references();
    (void)repository->headTarget();
    const auto tree = repository->resolveTree("HEAD");
    if (!git.ok()) {
        qInfo("%s: git cannot list HEAD (%s); Clearroom: %s", qPrintable(name),
              git.standardError.trimmed().constData(),
              tree.ok() ? "lists it" : qPrintable(tree.errorMessage()));
        if (tree.ok())
            (void)listRecursively(*repository, *tree);
        ++fixtureTally.gitCannotList;
        return;
    }
    QVERIFY2(tree.ok(), qPrintable(tree.ok() ? QString() : tree.errorMessage()));
    const auto listing = listRecursively(*repository, *tree);
    QVERIFY2(listing.ok(), qPrintable(listing.ok() ? QString() : listing.errorMessage()));
    QCOMPARE(*listing, git.standardOutput);
    ++fixtureTally.matched;
}

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
