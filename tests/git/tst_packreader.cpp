// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::detail::PackReader against git's own answers: every object of a pack
// (commits, trees and blobs, whole and as deltas, in the order git fast-import writes them
// and after git repack has turned the deltas round) is the type, size and content that
// `git cat-file` gives, read forwards, backwards and again; ids that are not in the pack
// are not found; a walk back through a file's versions keeps only the bases still to come
// in the delta cache, not every version it read; and through git's repack, whose older
// versions are deltas on newer ones, it builds on the versions it read shortly before.
#include "packreader.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::git::detail;
using namespace clearroom::test;

namespace {

struct GitObject
{
    int type = 0; // git's numbers, as PackReader gives them
    QByteArray content;
};

int typeNumber(const QByteArray &name)
{
    static const QHash<QByteArray, int> numbers {
        {"commit", 1}, {"tree", 2}, {"blob", 3}, {"tag", 4}};
    return numbers.value(name);
}

// Every object of the repository as `git cat-file --batch-all-objects --batch` gives it, in
// the order of their ids.
QVector<QPair<ObjectId, GitObject>> allObjects(const QString &repository)
{
    QVector<QPair<ObjectId, GitObject>> objects;
    const ProcessResult listed
        = referenceGit(repository, {"cat-file", "--batch-all-objects", "--batch"});
    if (!listed.ok())
        return objects;
    const QByteArray &out = listed.standardOutput;
    qsizetype at = 0;
    while (at < out.size()) {
        const qsizetype lineEnd = out.indexOf('\n', at);
        const QList<QByteArray> header = out.mid(at, lineEnd - at).split(' ');
        if (header.size() != 3)
            return {};
        const qsizetype size = header.at(2).toLongLong();
        GitObject object {typeNumber(header.at(1)), out.mid(lineEnd + 1, size)};
        objects.append({ObjectId::fromHex(header.at(0)), object});
        at = lineEnd + 1 + size + 1; // the content, then a newline
    }
    return objects;
}

// How many objects of the repository's packs are deltas.
int deltaCount(const QString &repository)
{
    int deltas = 0;
    const QByteArrayList lines = referenceGitLines(
        repository, {"cat-file", "--batch-all-objects", "--batch-check=%(deltabase)"});
    for (const QByteArray &line : lines)
        deltas += line != QByteArray(40, '0');
    return deltas;
}

// A history in which one line of a 200-line file is rewritten in each of `versions`
// commits, imported with `git fast-import`, which stores each blob as a delta on the blob it
// stored before (so nothing else changes) and each tree on its version before.
bool createEditedHistory(const QString &path, int versions)
{
    if (!runProcess("git", {"init", "-q", "--bare", QFile::encodeName(path)},
                    referenceGitEnvironment())
             .ok())
        return false;
    QByteArray stream;
    const auto data = [&stream](const QByteArray &bytes) {
        stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
    };
    QByteArrayList lines;
    for (int i = 0; i < 200; ++i)
        lines.append("line " + QByteArray::number(i) + " as it was first written\n");
    for (int i = 1; i <= versions; ++i) {
        const int changed = (i * 37) % 200;
        lines[changed] = "line " + QByteArray::number(changed) + " as version "
            + QByteArray::number(i) + " left it\n";
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i) + '\n';
        stream += "committer Ada <ada@example.org> " + QByteArray::number(1700000000 + i * 60)
            + " +0000\n";
        data("version " + QByteArray::number(i) + '\n');
        if (i > 1)
            stream += "from :" + QByteArray::number(i - 1) + '\n';
        stream += "M 100644 inline src/edited.txt\n";
        data(lines.join());
        if (i == 1) {
            stream += "M 100644 inline src/other.txt\n";
            data("unchanged\n");
        }
    }
    return fastImport(path, stream).ok();
}

} // namespace

class TestPackReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_imported = m_scratch.filePath(QStringLiteral("imported.git"));
        QVERIFY(createEditedHistory(m_imported, 600));
        m_repacked = m_scratch.filePath(QStringLiteral("repacked.git"));
        QVERIFY(runProcess("git",
                           {"clone", "-q", "--bare", "--no-local", QFile::encodeName(m_imported),
                            QFile::encodeName(m_repacked)},
                           referenceGitEnvironment())
                    .ok());
        // One thread: the deltas git picks do not depend on the machine's processors.
        QVERIFY(referenceGit(m_repacked,
                             {"-c", "pack.threads=1", "repack", "-a", "-d", "-f", "-q",
                              "--depth=50", "--window=50"})
                    .ok());
    }

    void everyObjectIsGitsOwn_data()
    {
        QTest::addColumn<QString>("repository");
        QTest::newRow("as fast-import wrote it") << m_imported;
        QTest::newRow("repacked by git") << m_repacked;
    }

    void everyObjectIsGitsOwn()
    {
        QFETCH(QString, repository);
        const auto objects = allObjects(repository);
        QVERIFY(objects.size() > 1500);
        // A delta for nearly every version of the file (in fast-import's pack on the older
        // version, in git's repack the other way round): the test is about them.
        QVERIFY2(deltaCount(repository) > objects.size() / 5,
                 qPrintable(QString::number(deltaCount(repository))));
        PackReader reader(repository + QStringLiteral("/objects"));
        QVERIFY(!reader.isEmpty());
        const auto check = [&](const QPair<ObjectId, GitObject> &object) {
            PackReader::Object read;
            if (reader.read(object.first, &read) != PackReader::Outcome::Found)
                return QByteArray("not found: " + object.first.toHex());
            if (read.type != object.second.type || read.content != object.second.content)
                return QByteArray("other content: " + object.first.toHex());
            int type = 0;
            qint64 size = -1;
            if (reader.header(object.first, &type, &size) != PackReader::Outcome::Found
                || type != object.second.type || size != object.second.content.size())
                return QByteArray("other header: " + object.first.toHex());
            return QByteArray();
        };
        // Forwards, backwards and forwards again: each order leaves other bases behind.
        for (const auto &object : objects)
            QCOMPARE(check(object), QByteArray());
        for (auto object = objects.crbegin(); object != objects.crend(); ++object)
            QCOMPARE(check(*object), QByteArray());
        for (const auto &object : objects)
            QCOMPARE(check(object), QByteArray());
        // Ids next to each one (its last byte changed) are not in the pack.
        QSet<QByteArray> present;
        for (const auto &object : objects)
            present.insert(object.first.toHex());
        for (const auto &object : objects) {
            QByteArray raw(reinterpret_cast<const char *>(object.first.raw()), ObjectId::RawSize);
            raw[ObjectId::RawSize - 1] = char(raw.at(ObjectId::RawSize - 1) ^ 0x5a);
            const ObjectId absent
                = ObjectId::fromRaw(reinterpret_cast<const uchar *>(raw.constData()));
            if (present.contains(absent.toHex()))
                continue;
            PackReader::Object read;
            QCOMPARE(int(reader.read(absent, &read)), int(PackReader::Outcome::NotHere));
        }
    }

    void aWalkBackKeepsOnlyTheBasesToCome()
    {
        const QVector<ObjectId> versions = editedVersions(m_imported);
        QCOMPARE(versions.size(), 600);
        PackReader reader(m_imported + QStringLiteral("/objects"));
        qint64 read = 0;
        qint64 mostKept = 0;
        for (const ObjectId &version : versions) {
            PackReader::Object object;
            QCOMPARE(int(reader.read(version, &object)), int(PackReader::Outcome::Found));
            read += object.content.size();
            mostKept = std::max(mostKept, reader.cachedBytes());
        }
        // fast-import's chains are at most 50 deltas deep: the bases of one chain (at most
        // about 300 KB here) are far less than the 3.7 MB of all the versions, which would
        // be kept (the cache's budget is 8 MiB) if what was read stayed in the cache.
        QVERIFY2(mostKept < read / 4,
                 qPrintable(QStringLiteral("%1 bytes kept of %2 read").arg(mostKept).arg(read)));
        QVERIFY(mostKept > 0); // the chains were deltas, built on kept bases
    }

    void aWalkBackThroughGitsRepackBuildsOnWhatItRead()
    {
        // git's repack stores the newest versions whole and older ones as deltas on newer
        // ones, in chains up to 50 deep: walking back, a version is mostly built on one read
        // a few reads before, which is kept for that. Without the objects read lately kept,
        // the walk inflated 705 times.
        const QVector<ObjectId> versions = editedVersions(m_repacked);
        QCOMPARE(versions.size(), 600);
        PackReader reader(m_repacked + QStringLiteral("/objects"));
        for (const ObjectId &version : versions) {
            PackReader::Object object;
            QCOMPARE(int(reader.read(version, &object)), int(PackReader::Outcome::Found));
        }
        QVERIFY2(
            reader.inflations() < 650,
            qPrintable(QStringLiteral("%1 inflations for 600 versions").arg(reader.inflations())));
    }

private:
    // The versions of the edited file, newest first, as a history walk meets them.
    static QVector<ObjectId> editedVersions(const QString &repository)
    {
        QVector<ObjectId> versions;
        const QByteArrayList raw = referenceGitLines(
            repository,
            {"log", "--format=", "--raw", "--no-abbrev", "main", "--", "src/edited.txt"});
        for (const QByteArray &line : raw) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() >= 5)
                versions.append(ObjectId::fromHex(fields.at(3)));
        }
        return versions;
    }

    ScratchDirectory m_scratch;
    QString m_imported;
    QString m_repacked;
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
