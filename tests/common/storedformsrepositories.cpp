// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "storedformsrepositories.h"

#include "process.h"

#include <QDir>
#include <QFile>

namespace clearroom::test {

namespace {

bool git(const QString &repository, const QByteArrayList &arguments, QString *error,
         QByteArray *output = nullptr)
{
    const ProcessResult result
        = runProcess("git",
                     QByteArrayList {"-C", QFile::encodeName(repository), "-c",
                                     "user.name=Ada Auditor", "-c", "user.email=ada@example.org"}
                         + arguments,
                     referenceGitEnvironment({"GIT_AUTHOR_DATE=1700000000 +0000",
                                              "GIT_COMMITTER_DATE=1700000000 +0000"}));
    if (!result.ok()) {
        *error = QStringLiteral("git %1 failed: %2")
                     .arg(QString::fromUtf8(arguments.join(' ')),
                          QString::fromUtf8(result.standardError));
        return false;
    }
    if (output)
        *output = result.standardOutput;
    return true;
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

QByteArray baseText(int changedLine)
{
    QByteArray text;
    for (int line = 0; line < 1000; ++line) {
        text += "line " + QByteArray::number(line) + " of a text git stores as a delta";
        if (line == changedLine)
            text += " (changed)";
        text += '\n';
    }
    return text;
}

// Bytes that do not compress, the same on every run.
QByteArray noise(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint64 state = 0x9E3779B97F4A7C15ull;
    for (qsizetype i = 0; i < size; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        bytes.data()[i] = char(state >> 56);
    }
    return bytes;
}

} // namespace

bool StoredFormsRepositories::create(const QString &folder, QString *error)
{
    m_folder = folder;
    const QString work = loose();
    if (!QDir().mkpath(work)) {
        *error = QStringLiteral("cannot create %1").arg(work);
        return false;
    }
    if (!git(work, {"init", "-q", "-b", "main"}, error)
        || !writeFile(work + QStringLiteral("/small.txt"), "a small file\n", error)
        || !writeFile(work + QStringLiteral("/empty"), {}, error)
        || !writeFile(work + QStringLiteral("/base.txt"), baseText(-1), error)
        || !git(work, {"add", "."}, error) || !git(work, {"commit", "-q", "-m", "first"}, error)
        || !writeFile(work + QStringLiteral("/base.txt"), baseText(500), error)
        || !writeFile(work + QStringLiteral("/plain.bin"), noise(2 * 1024 * 1024 + 17), error)
        || !git(work, {"add", "."}, error) || !git(work, {"commit", "-q", "-m", "second"}, error))
        return false;
    return git(folder,
               {"clone", "-q", "--bare", "--no-local", QFile::encodeName(work),
                QFile::encodeName(packed())},
               error)
        && git(packed(), {"-c", "core.bigFileThreshold=1m", "repack", "-adfq"}, error);
}

bool StoredFormsRepositories::packEntry(const QByteArray &objectId, qint64 *offset,
                                        qint64 *sizeInPack, int *depth, QString *packFile) const
{
    const QDir packs(packed() + QStringLiteral("/objects/pack"));
    const QStringList indexes = packs.entryList({QStringLiteral("*.idx")});
    if (indexes.size() != 1)
        return false;
    QString error;
    QByteArray listing;
    if (!git(packed(), {"verify-pack", "-v", QFile::encodeName(packs.filePath(indexes.first()))},
             &error, &listing))
        return false;
    // "<id> <type> <size> <size-in-pack> <offset> [<depth> <base>]"
    for (const QByteArray &line : listing.split('\n')) {
        const QByteArrayList fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.first() != objectId)
            continue;
        *sizeInPack = fields[3].toLongLong();
        *offset = fields[4].toLongLong();
        *depth = fields.size() >= 7 ? fields[5].toInt() : 0;
        *packFile = packs.filePath(indexes.first()).chopped(4) + QStringLiteral(".pack");
        return true;
    }
    return false;
}

QString StoredFormsRepositories::looseObjectFile(const QByteArray &objectId) const
{
    return loose() + QStringLiteral("/.git/objects/") + QString::fromLatin1(objectId.left(2)) + u'/'
        + QString::fromLatin1(objectId.mid(2));
}

} // namespace clearroom::test
