// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "fixturerepository.h"

#include "process.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace clearroom::test {

FixtureRepository::FixtureRepository(QString workTree)
    : m_workTree(std::move(workTree))
{
}

QByteArray FixtureRepository::absolute(const QByteArray &path) const
{
    return QFile::encodeName(m_workTree) + '/' + path;
}

bool FixtureRepository::init()
{
    if (!QDir().mkpath(m_workTree)) {
        m_lastError = QStringLiteral("cannot create ") + m_workTree;
        return false;
    }
    return git({"init", "-q", "-b", "main"});
}

bool FixtureRepository::writeFile(const QByteArray &path, const QByteArray &content,
                                  bool executable)
{
    // Raw system calls: names need not be valid UTF-8.
    const QByteArray full = absolute(path);
    const qsizetype slash = full.lastIndexOf('/');
    QDir().mkpath(QFile::decodeName(full.left(slash)));
    const int fd = ::open(full.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
                          executable ? 0755 : 0644);
    if (fd < 0) {
        m_lastError = QStringLiteral("cannot write ") + QString::fromUtf8(path);
        return false;
    }
    const bool written
        = ::write(fd, content.constData(), size_t(content.size())) == ssize_t(content.size());
    ::fchmod(fd, executable ? 0755 : 0644);
    ::close(fd);
    return written;
}

bool FixtureRepository::writeSymlink(const QByteArray &path, const QByteArray &target)
{
    const QByteArray full = absolute(path);
    ::unlink(full.constData());
    if (::symlink(target.constData(), full.constData()) != 0) {
        m_lastError = QStringLiteral("cannot create the symlink ") + QString::fromUtf8(path);
        return false;
    }
    return true;
}

bool FixtureRepository::removeFile(const QByteArray &path)
{
    return ::unlink(absolute(path).constData()) == 0;
}

bool FixtureRepository::removeLooseObject(const QByteArray &revision, QByteArray *id)
{
    if (!git({"rev-parse", revision}, id))
        return false;
    *id = id->trimmed();
    const QByteArray object
        = QFile::encodeName(gitDirectory()) + "/objects/" + id->left(2) + '/' + id->mid(2);
    ::chmod(object.constData(), 0644);
    return ::unlink(object.constData()) == 0;
}

bool FixtureRepository::git(const QByteArrayList &arguments, QByteArray *output)
{
    const QByteArray date = QByteArray::number(1700000000 + m_commits * 60) + " +0000";
    const QByteArrayList environment = referenceGitEnvironment(
        {"GIT_AUTHOR_NAME=Ada Auditor", "GIT_AUTHOR_EMAIL=ada@example.org",
         "GIT_COMMITTER_NAME=Ada Auditor", "GIT_COMMITTER_EMAIL=ada@example.org",
         "GIT_AUTHOR_DATE=" + date, "GIT_COMMITTER_DATE=" + date});
    const ProcessResult result
        = runProcess("git", arguments, environment, QFile::encodeName(m_workTree));
    if (!result.ok()) {
        m_lastError = QStringLiteral("git ") + QString::fromUtf8(arguments.join(' '))
            + QStringLiteral(" failed: ") + QString::fromUtf8(result.standardError);
        return false;
    }
    if (output)
        *output = result.standardOutput;
    return true;
}

bool FixtureRepository::commitAll(const QByteArray &message)
{
    ++m_commits;
    return git({"add", "-A"}) && git({"commit", "-q", "--no-verify", "-m", message});
}

bool FixtureRepository::createStandard(const QString &workTree, QString *error)
{
    FixtureRepository repo(workTree);
    const QByteArray cpp = "// SPDX-License-Identifier: Apache-2.0\n"
                           "#include <cstdio>\n"
                           "\n"
                           "int main()\n"
                           "{\n"
                           "    std::puts(\"hello\"); // greet\n"
                           "    return 0;\n"
                           "}\n";
    QByteArray binary;
    for (int i = 0; i < 300; ++i)
        binary.append(char(i % 256));

    const bool ok = repo.init()
        && repo.writeFile("README.md", "# Fixture\n\nA repository for Clearroom's tests.\n")
        && repo.writeFile("src/main.cpp", cpp)
        && repo.writeFile("src/util/strings.h", "#pragma once\nint length(const char *s);\n")
        && repo.writeFile("nested/a/b/c/deep.txt", "deep\n")
        && repo.writeFile("assets/logo.bin", binary) && repo.writeFile("empty.txt", "")
        && repo.writeSymlink("link-to-main", "src/main.cpp")
        && repo.writeFile("scripts/run.sh", "#!/bin/sh\necho run\n", true)
        && repo.writeFile("docs/with space.txt", "space\n")
        && repo.writeFile("docs/quote\"name.txt", "quote\n")
        && repo.writeFile("docs/back\\slash.txt", "backslash\n")
        && repo.writeFile("docs/tab\tname.txt", "tab\n")
        && repo.writeFile("docs/na\xc3\xafve \xc3\xbcnicode.txt", "unicode\n")
        && repo.writeFile("docs/\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e.md", "nihongo\n")
        && repo.writeFile("docs/latin1-\xe9t\xe9.txt", "latin-1 name, not UTF-8\n")
        && repo.commitAll("Initial import")
        && repo.git({"tag", "-a", "-m", "First release", "v1.0"}) && repo.git({"branch", "feature"})
        && repo.writeFile("src/main.cpp", cpp + "// second version\n")
        && repo.writeFile("CHANGES", "1.1: second version\n")
        && repo.commitAll("Second version on main")
        && repo.git({"tag", "light"})
        // A submodule entry (gitlink) without a .gitmodules file: how ls-tree shows it.
        && repo.git({"update-index", "--add", "--cacheinfo",
                     "160000,1111111111111111111111111111111111111111,vendor/lib"})
        && repo.git({"commit", "-q", "-m", "Add a submodule entry"})
        && repo.git({"checkout", "-q", "feature"})
        && repo.writeFile("feature.txt", "only on the feature branch\n")
        && repo.commitAll("Feature work") && repo.git({"checkout", "-q", "main"});
    if (!ok && error)
        *error = repo.lastError();
    return ok;
}

} // namespace clearroom::test
