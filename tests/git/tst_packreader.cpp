// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::detail::PackReader against git's own answers: every object of a pack
// (commits, trees and blobs, whole and as deltas, in the order git fast-import writes them
// and after git repack has turned the deltas round) is the type, size and content that
// `git cat-file` gives, read forwards, backwards and again; ids that are not in the pack
// are not found; and a walk back through a file's versions keeps only the bases still to
// come in the delta cache, not every version it read.
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

// A history in which one file grows by a line in each of `versions` commits, imported with
// `git fast-import`, which stores each blob as a delta on the blob it stored before (so
// nothing else changes) and each tree on its version before.
bool createGrowingHistory(const QString &path, int versions)
{
    if (!runProcess("git", {"init", "-q", "--bare", QFile::encodeName(path)},
                    referenceGitEnvironment())
             .ok())
        return false;
    QByteArray stream;
    const auto data = [&stream](const QByteArray &bytes) {
        stream += "data " + QByteArray::number(bytes.size()) + '\n' + bytes + '\n';
    };
    QByteArray growing;
    for (int i = 1; i <= versions; ++i) {
        growing += "line " + QByteArray::number(i) + " of a file that grows by one line\n";
        stream += "commit refs/heads/main\nmark :" + QByteArray::number(i) + '\n';
        stream += "committer Ada <ada@example.org> " + QByteArray::number(1700000000 + i * 60)
            + " +0000\n";
        data("version " + QByteArray::number(i) + '\n');
        if (i > 1)
            stream += "from :" + QByteArray::number(i - 1) + '\n';
        stream += "M 100644 inline src/growing.txt\n";
        data(growing);
        if (i == 1) {
            stream += "M 100644 inline src/other.txt\n";
            data("unchanged\n");
        }
    }
    const QString streamFile = path + QStringLiteral(".fast-import");
    QFile file(streamFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(stream) != stream.size())
        return false;
    file.close();
    const bool imported = runProcess("sh",
                                     {"-c", "git -C \"$0\" fast-import --quiet < \"$1\"",
                                      QFile::encodeName(path), QFile::encodeName(streamFile)},
                                     referenceGitEnvironment())
                              .ok();
    QFile::remove(streamFile);
    return imported;
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
        QVERIFY(createGrowingHistory(m_imported, 600));
        m_repacked = m_scratch.filePath(QStringLiteral("repacked.git"));
        QVERIFY(runProcess("git",
                           {"clone", "-q", "--bare", "--no-local", QFile::encodeName(m_imported),
                            QFile::encodeName(m_repacked)},
                           referenceGitEnvironment())
                    .ok());
        QVERIFY(referenceGit(m_repacked,
                             {"repack", "-a", "-d", "-f", "-q", "--depth=50", "--window=50"})
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
        // The versions of the growing file, newest first, as a history walk meets them.
        const QByteArrayList raw = referenceGitLines(
            m_imported,
            {"log", "--format=", "--raw", "--no-abbrev", "main", "--", "src/growing.txt"});
        QVector<ObjectId> versions;
        for (const QByteArray &line : raw) {
            const QList<QByteArray> fields = line.split(' ');
            QVERIFY(fields.size() >= 5);
            versions.append(ObjectId::fromHex(fields.at(3)));
        }
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
        // about 1.3 MB here) are far less than the 7.5 MB of all the versions, which would
        // be kept up to the cache's budget (8 MiB) if what was read stayed in the cache.
        QVERIFY2(mostKept < read / 4,
                 qPrintable(QStringLiteral("%1 bytes kept of %2 read").arg(mostKept).arg(read)));
        QVERIFY(mostKept > 0); // the chains were deltas, built on kept bases
    }

private:
    ScratchDirectory m_scratch;
    QString m_imported;
    QString m_repacked;
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
