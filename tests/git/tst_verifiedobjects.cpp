// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// clearroom::git::VerifiedObjects and what Repository does with it: a record applies only
// while no object file changed; a damaged pack (an index that points an id at other
// content, a blob whose stored bytes inflate to other content) or loose object fails the
// verification, names the object and records nothing; a damaged, forged or foreign record
// is not used; libgit2's process-wide hash check stays on while any repository that is
// not verified is open; the repository's files are unchanged by all of it.
#include "cachefile.h"
#include "fixturerepository.h"
#include "libgit2.h"
#include "packdamage.h"
#include "process.h"
#include "readonlywatch.h"
#include "repository.h"
#include "scratchdirectory.h"
#include "verifiedobjects.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace clearroom;
using namespace clearroom::git;
using namespace clearroom::test;

namespace {

// Two blobs of the same size stored whole and uncompressed, so that the tests can damage
// them; a first commit packed, a second one left loose.
constexpr char FirstBlob[] = "first blob: the reviewed content, stored whole\n";
constexpr char SecondBlob[] = "other blob: the reviewed content, stored whole\n";

QByteArray blobId(const QByteArray &content)
{
    const QByteArray object
        = QByteArray("blob ") + QByteArray::number(content.size()) + '\0' + content;
    return QCryptographicHash::hash(object, QCryptographicHash::Sha1);
}

template<typename T>
QString errorOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.errorMessage();
}

QString packFile(const QString &gitDirectory, const QString &suffix)
{
    const QDir packs(gitDirectory + QStringLiteral("/objects/pack"));
    const QStringList names = packs.entryList({QStringLiteral("*") + suffix}, QDir::Files);
    return names.size() == 1 ? packs.filePath(names.first()) : QString();
}

} // namespace

class TestVerifiedObjects : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordAppliesUntilAFileChanges();
    void damagedPackFailsVerification_data();
    void damagedPackFailsVerification();
    void damagedLooseObjectFailsVerification();
    void damagedOrForgedRecordIsNotUsed();
    void hashCheckStaysOnWhileAnUnverifiedRepositoryIsOpen();
    void verificationLeavesTheRepositoryUntouched();
    void cacheCommandSaysIt();

private:
    // A fresh repository: the two blobs packed (uncompressed, no deltas), one loose commit.
    QString makeRepository(const QString &name);

    ScratchDirectory m_scratch;
};

void TestVerifiedObjects::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    qputenv("CLEARROOM_CACHE_DIR", QFile::encodeName(m_scratch.filePath(QStringLiteral("cache"))));
    qunsetenv("CLEARROOM_NO_CACHE");
}

QString TestVerifiedObjects::makeRepository(const QString &name)
{
    FixtureRepository fixture(m_scratch.filePath(name));
    if (!fixture.init() || !fixture.writeFile("a.txt", FirstBlob)
        || !fixture.writeFile("b.txt", SecondBlob) || !fixture.commitAll("Two blobs")
        || !fixture.git({"-c", "pack.compression=0", "-c", "core.compression=0", "repack", "-a",
                         "-d", "-F", "--window=0"})
        || !fixture.writeFile("c.txt", "loose\n") || !fixture.commitAll("A loose commit")) {
        qWarning("%s", qPrintable(fixture.lastError()));
        return {};
    }
    return fixture.gitDirectory();
}

void TestVerifiedObjects::recordAppliesUntilAFileChanges()
{
    const QString path = makeRepository(QStringLiteral("applies"));
    QVERIFY(!path.isEmpty());
    {
        auto repository = Repository::open(path);
        QVERIFY2(repository, qPrintable(errorOf(repository)));
        QVERIFY(!repository->objectsVerified());
        QVERIFY(!VerifiedObjects::status(*repository).recorded);
        auto built = VerifiedObjects::build(*repository);
        QVERIFY2(built, qPrintable(errorOf(built)));
        QCOMPARE(built->packs, 1);
        QCOMPARE(built->packedObjects, 4); // two blobs, their tree, their commit
        QCOMPARE(built->looseObjects, 3); // the third blob, its tree, its commit
    }
    {
        auto repository = Repository::open(path);
        QVERIFY(repository->objectsVerified());
        QVERIFY(VerifiedObjects::status(*repository).applies());
        // Built again: every file is taken over, none verified again.
        auto again = VerifiedObjects::build(*repository);
        QVERIFY2(again, qPrintable(errorOf(again)));
        QCOMPARE(again->reused, 4);
        QCOMPARE(again->packedObjects, 4);
        // CLEARROOM_NO_CACHE: every object hashed again.
        qputenv("CLEARROOM_NO_CACHE", "1");
        auto uncached = Repository::open(path);
        qunsetenv("CLEARROOM_NO_CACHE");
        QVERIFY(!uncached->objectsVerified());
    }

    // A touched pack: the record no longer applies, and status names the pack.
    const QString pack = packFile(path, QStringLiteral(".pack"));
    QVERIFY(!pack.isEmpty());
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(pack).constData(), nullptr, 0) == 0);
    {
        auto repository = Repository::open(path);
        QVERIFY(!repository->objectsVerified());
        const auto status = VerifiedObjects::status(*repository);
        QVERIFY(status.recorded);
        QCOMPARE(status.changed.size(), 1);
        QVERIFY2(status.changed.first().contains(QFileInfo(pack).fileName()),
                 qPrintable(status.changed.first()));
        auto rebuilt = VerifiedObjects::build(*repository);
        QVERIFY2(rebuilt, qPrintable(errorOf(rebuilt)));
        QCOMPARE(rebuilt->reused, 3); // the touched pack is verified again
    }
    QVERIFY(Repository::open(path)->objectsVerified());

    // A new loose object, and a pack replaced by a repacked copy.
    FixtureRepository fixture(QFileInfo(path).path());
    QVERIFY(fixture.writeFile("d.txt", "new\n") && fixture.commitAll("New"));
    QVERIFY(!Repository::open(path)->objectsVerified());
    QVERIFY(VerifiedObjects::build(*Repository::open(path)));
    QVERIFY(Repository::open(path)->objectsVerified());
    QVERIFY(fixture.git({"repack", "-a", "-d", "-F"}));
    QVERIFY(!Repository::open(path)->objectsVerified());
}

void TestVerifiedObjects::damagedPackFailsVerification_data()
{
    QTest::addColumn<bool>("flipContent");
    QTest::newRow("index points an id at other content") << false;
    QTest::newRow("stored bytes inflate to other content") << true;
}

void TestVerifiedObjects::damagedPackFailsVerification()
{
    QFETCH(bool, flipContent);
    const QString path
        = makeRepository(flipContent ? QStringLiteral("flipped") : QStringLiteral("swapped"));
    QVERIFY(!path.isEmpty());
    const QString pack = packFile(path, QStringLiteral(".pack"));
    const QString index = packFile(path, QStringLiteral(".idx"));
    const QByteArray damaged = blobId(FirstBlob);
    const QString damage = flipContent
        ? flipStoredBlobByte(pack, index, FirstBlob)
        : swapIndexOffsets(index, damaged, blobId(SecondBlob), /*fixChecksum=*/true);
    QVERIFY2(damage.isEmpty(), qPrintable(damage));

    auto repository = Repository::open(path);
    QVERIFY(repository);
    const auto built = VerifiedObjects::build(*repository);
    QVERIFY(!built);
    QVERIFY2(errorOf(built).contains(QString::fromLatin1(damaged.toHex()))
                 && errorOf(built).contains(QFileInfo(pack).fileName()),
             qPrintable(errorOf(built)));
    QVERIFY(!QFile::exists(VerifiedObjects::filePath(*repository)));
    QVERIFY(!Repository::open(path)->objectsVerified());
    // Reading it still fails as before.
    const auto read = Repository::open(path)->blobContent(
        ObjectId::fromRaw(reinterpret_cast<const unsigned char *>(damaged.constData())));
    QVERIFY(!read);
}

void TestVerifiedObjects::damagedLooseObjectFailsVerification()
{
    const QString path = makeRepository(QStringLiteral("loose"));
    QVERIFY(!path.isEmpty());
    // A loose object file holding another object's (sound) data.
    const QByteArray id = blobId("loose\n").toHex();
    const QString file = path + QStringLiteral("/objects/") + QString::fromLatin1(id.left(2))
        + QLatin1Char('/') + QString::fromLatin1(id.mid(2));
    QFile object(file);
    QVERIFY(object.exists());
    QVERIFY(object.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(object.open(QIODevice::WriteOnly));
    object.write(qCompress(QByteArray("blob 6\0other\n", 13)).mid(4));
    object.close();
    auto repository = Repository::open(path);
    const auto built = VerifiedObjects::build(*repository);
    QVERIFY(!built);
    QVERIFY2(errorOf(built).contains(QString::fromLatin1(id)), qPrintable(errorOf(built)));
    QVERIFY(!QFile::exists(VerifiedObjects::filePath(*repository)));
}

void TestVerifiedObjects::damagedOrForgedRecordIsNotUsed()
{
    const QString path = makeRepository(QStringLiteral("record"));
    const QString other = makeRepository(QStringLiteral("record-other"));
    QVERIFY(!path.isEmpty() && !other.isEmpty());
    QString record;
    {
        auto repository = Repository::open(path);
        QVERIFY(VerifiedObjects::build(*repository));
        record = VerifiedObjects::filePath(*repository);
    }
    QVERIFY(Repository::open(path)->objectsVerified());

    // Damaged: a flipped byte. Not used, deleted.
    QVERIFY(flipMiddleByte(record).isEmpty());
    QVERIFY(!Repository::open(path)->objectsVerified());
    QVERIFY(!QFile::exists(record));

    // Forged: a recorded size changed, the trailer made right again.
    QVERIFY(VerifiedObjects::build(*Repository::open(path)));
    {
        QFile file(record);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        const int at = int(bytes.indexOf(".pack") + 5); // the pack's size follows its name
        bytes[at] = char(bytes.at(at) ^ 1);
        recomputeTrailer(bytes);
        file.seek(0);
        file.write(bytes);
    }
    QVERIFY(!Repository::open(path)->objectsVerified());

    // Foreign: another repository's record under this one's name.
    {
        auto otherRepository = Repository::open(other);
        QVERIFY(VerifiedObjects::build(*otherRepository));
        QFile::remove(record);
        QVERIFY(QFile::copy(VerifiedObjects::filePath(*otherRepository), record));
    }
    auto repository = Repository::open(path);
    QVERIFY(!repository->objectsVerified());
    QVERIFY(!QFile::exists(record)); // deleted when it was found foreign
    QVERIFY(!VerifiedObjects::status(*repository).recorded);
}

// libgit2's switch is process-wide: a repository that is not verified, opened while a
// verified one is open, must have its objects hashed, and so must the verified one's
// while it is open.
void TestVerifiedObjects::hashCheckStaysOnWhileAnUnverifiedRepositoryIsOpen()
{
    const QString verifiedPath = makeRepository(QStringLiteral("global-verified"));
    const QString damagedPath = makeRepository(QStringLiteral("global-damaged"));
    QVERIFY(!verifiedPath.isEmpty() && !damagedPath.isEmpty());
    QVERIFY(VerifiedObjects::build(*Repository::open(verifiedPath)));
    const QByteArray first = blobId(FirstBlob);
    const ObjectId firstId
        = ObjectId::fromRaw(reinterpret_cast<const unsigned char *>(first.constData()));
    QVERIFY(swapIndexOffsets(packFile(damagedPath, QStringLiteral(".idx")), first,
                             blobId(SecondBlob), true)
                .isEmpty());
    // The verified repository rewritten in place keeping everything the record keys on:
    // the limit the README names. Reading it shows the damage only while hashing is on.
    QVERIFY(swapIndexOffsets(packFile(verifiedPath, QStringLiteral(".idx")), first,
                             blobId(SecondBlob), false)
                .isEmpty());

    auto verified = Repository::open(verifiedPath);
    QVERIFY(verified->objectsVerified());
    QVERIFY(!detail::HashCheckRegistration::strictNow());
    {
        auto unverified = Repository::open(damagedPath);
        QVERIFY(!unverified->objectsVerified());
        const auto read = unverified->blobContent(firstId);
        QVERIFY2(!read, read ? read->constData() : "");
        const auto readVerified = verified->blobContent(firstId);
        QVERIFY2(!readVerified, readVerified ? readVerified->constData() : "");
        QVERIFY(detail::HashCheckRegistration::strictNow());
    }
    QVERIFY(!detail::HashCheckRegistration::strictNow());
    const auto unchecked = verified->blobContent(firstId);
    QVERIFY(unchecked);
    QCOMPARE(*unchecked, QByteArray(SecondBlob)); // not hashed: the record is trusted

    auto again = Repository::open(verifiedPath);
    again->hashEveryObject(); // --no-cache
    QVERIFY(detail::HashCheckRegistration::strictNow());
    QVERIFY(!again->blobContent(firstId));
}

void TestVerifiedObjects::verificationLeavesTheRepositoryUntouched()
{
    const QString path = makeRepository(QStringLiteral("untouched"));
    QVERIFY(!path.isEmpty());
    const auto before = snapshotTree(path);
    ReadOnlyWatch watch;
    QString error;
    QVERIFY2(watch.start(path, &error), qPrintable(error));
    {
        auto repository = Repository::open(path);
        QVERIFY(VerifiedObjects::build(*repository));
        QVERIFY(VerifiedObjects::status(*repository).applies());
        QVERIFY(VerifiedObjects::drop(*repository));
    }
    QCOMPARE(watch.events(), QStringList());
    QCOMPARE(snapshotDifferences(before, snapshotTree(path)), QStringList());
}

// `clearroom-cli repo cache build|status|drop`: the lines they add, and a damaged pack
// failing the build with the object and the pack named and nothing recorded.
void TestVerifiedObjects::cacheCommandSaysIt()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    const QString damagedPath = makeRepository(QStringLiteral("cli-damaged"));
    const QString path = makeRepository(QStringLiteral("cli"));
    QVERIFY(!path.isEmpty() && !damagedPath.isEmpty());
    const QByteArray first = blobId(FirstBlob);
    const QString index = packFile(damagedPath, QStringLiteral(".idx"));
    QVERIFY(swapIndexOffsets(index, first, blobId(SecondBlob), true).isEmpty());
    const QByteArray damaged = QFile::encodeName(damagedPath);
    const ProcessResult failed = clearroomCli({"-C", damaged, "repo", "cache", "build"});
    QVERIFY(!failed.ok());
    QVERIFY2(failed.standardError.contains(first.toHex())
                 && failed.standardError.contains(
                     QFile::encodeName(QFileInfo(index).completeBaseName())),
             failed.standardError.constData());
    QCOMPARE(failed.standardOutput, QByteArray());
    QVERIFY(clearroomCli({"-C", damaged, "repo", "cache", "status"})
                .standardOutput.contains("The objects are not recorded as verified"));
    QVERIFY(!clearroomCli({"-C", damaged, "repo", "show", "HEAD~:a.txt"}).ok());
    // grep reads blobs straight from the pack: the damage is found there too.
    const ProcessResult grep = clearroomCli({"-C", damaged, "repo", "grep", "-n", "blob", "HEAD~"});
    QVERIFY2(!grep.ok() && grep.standardError.contains(first.toHex()),
             grep.standardError.constData());

    const QByteArray repo = QFile::encodeName(path);
    const ProcessResult built = clearroomCli({"-C", repo, "repo", "cache", "build"});
    QVERIFY2(built.ok(), built.standardError.constData());
    const QByteArrayList lines = built.standardOutput.split('\n');
    QVERIFY2(lines.value(0).startsWith("Built the commit-graph cache '")
                 && lines.value(1).startsWith("Verified every object once in ")
                 && lines.value(1).contains(": 1 pack with 4 objects and 3 loose objects, 0 of"),
             built.standardOutput.constData());
    QVERIFY(clearroomCli({"-C", repo, "repo", "cache", "status"})
                .standardOutput.contains("Nothing changed since: objects are not hashed again"));
    const QString pack = packFile(path, QStringLiteral(".pack"));
    QVERIFY(::utimensat(AT_FDCWD, QFile::encodeName(pack).constData(), nullptr, 0) == 0);
    const QByteArray status = clearroomCli({"-C", repo, "repo", "cache", "status"}).standardOutput;
    const QByteArray changedLine = QByteArray("  pack/")
        + QFile::encodeName(QFileInfo(pack).fileName()) + QByteArray(" (changed)\n");
    QVERIFY2(status.contains("1 object file changed since") && status.contains(changedLine),
             status.constData());
    const ProcessResult dropped = clearroomCli({"-C", repo, "repo", "cache", "drop"});
    QVERIFY2(dropped.standardOutput.startsWith("Deleted the commit-graph cache '")
                 && dropped.standardOutput.contains("\nDeleted the record of verified objects '"),
             dropped.standardOutput.constData());
    QVERIFY(clearroomCli({"-C", repo, "repo", "cache", "status"})
                .standardOutput.contains("The objects are not recorded as verified"));
}

QTEST_GUILESS_MAIN(TestVerifiedObjects)
#include "tst_verifiedobjects.moc"
