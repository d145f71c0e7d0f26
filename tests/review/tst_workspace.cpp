// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The review workspace file as the GUI and the CLI open it: creating and opening it (and
// refusing what is no workspace), migrations, paths that are not UTF-8, a second
// connection on the same file, and the injectable clock.
#include "auditlog.h"
#include "auditverifier.h"
#include "coveragestore.h"
#include "database.h"
#include "findingstore.h"
#include "reviewfixture.h"
#include "schema.h"
#include "statement.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::coverageLines;
using clearroom::test::lastAuditEntry;
using clearroom::test::ReviewFixture;
using clearroom::test::scalar;

namespace {

QByteArray readFile(const QString &name)
{
    QFile file(name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

bool writeFile(const QString &name, const QByteArray &content)
{
    QFile file(name);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// Data each earlier format holds, to be migrated. A new format adds a row with SQL that
// fills the tables of the version before it, and a query whose answer after the
// migration shows the data survived.
struct EarlierVersion
{
    int version;
    const char *fill;
    const char *check;
    const char *expected;
};

const EarlierVersion earlierVersions[] = {
    // 0: an empty database, as Workspace::create starts from.
    {0, "", "SELECT count(*) FROM finding", "0"},
    // 1: the first format; version 2 adds the packages exported (none yet).
    {1,
     "INSERT INTO review(singleton, id, name, reviewer_name, created) VALUES(1, "
     "'7c0e6c4e-4d57-4c36-9a51-3a5f4f0f4a10', 'Old review', 'Ada', '2026-01-05T09:00:00.000Z');"
     "INSERT INTO repository(name, path, identity, current_commit, added) VALUES('app', '/r/app', "
     "'{}', '0123456789012345678901234567890123456789', '2026-01-05T09:01:00.000Z');"
     "INSERT INTO finding(id, repository, commit_id, title, severity, status, author, created, "
     "updated) VALUES('f1', 'app', '0123456789012345678901234567890123456789', 'Overflow', "
     "'high', 'open', 'Ada', '2026-01-05T09:02:00.000Z', '2026-01-05T09:02:00.000Z');"
     "INSERT INTO audit_log(seq, line, hash, subject) VALUES(1, '{\"seq\":1}', '"
     "0000000000000000000000000000000000000000000000000000000000000001', '');",
     "SELECT (SELECT name FROM review) || '/' || (SELECT title FROM finding) || '/' || "
     "(SELECT count(*) FROM audit_log) || '/' || (SELECT count(*) FROM package_export)",
     "Old review/Overflow/1/0"},
    // 2: adds the packages exported; version 3 adds the lead's work (none yet).
    {2,
     "INSERT INTO review(singleton, id, name, reviewer_name, created) VALUES(1, "
     "'7c0e6c4e-4d57-4c36-9a51-3a5f4f0f4a10', 'Old review', 'Ada', '2026-01-05T09:00:00.000Z');"
     "INSERT INTO package_export(ordinal, package_id, created, signer_name, signer_fingerprint, "
     "file_name, size, sha256, audit_log_head) VALUES(1, "
     "'11111111-1111-8111-8111-111111111111', '2026-01-06T09:00:00.000Z', 'Ada', 'ff', "
     "'old.crpkg', 10, 'aa', '00');",
     "SELECT (SELECT name FROM review) || '/' || (SELECT file_name FROM package_export) || '/' "
     "|| (SELECT count(*) FROM lead_package) || '/' || (SELECT count(*) FROM lead_refusal) || "
     "'/' || (SELECT count(*) FROM lead_decision) || '/' || (SELECT count(*) FROM lead_target)",
     "Old review/old.crpkg/0/0/0/0"},
};

QString schemaText(Database &database)
{
    auto statement = database.prepare(
        QStringLiteral("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_schema "
                       "ORDER BY type, name"));
    if (!statement)
        return statement.errorMessage();
    QStringList lines;
    while (true) {
        auto row = statement->step();
        if (!row || !*row)
            break;
        lines.append(statement->text(0));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndOpen();
    void createRefusesAnExistingFile();
    void openRefusesWhatIsNoWorkspace_data();
    void openRefusesWhatIsNoWorkspace();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void pathsThatAreNotUtf8Survive();
    void secondConnectionOnTheSameFile();
    void clockMakesTimesDeterministic();
};

void TestWorkspace::createAndOpen()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    const ReviewInfo created = fixture->workspace().review();
    QCOMPARE(created.name, QStringLiteral("Fixture review"));
    QCOMPARE(created.reviewerName, ReviewFixture::reviewerName());
    QVERIFY(!QUuid::fromString(created.id).isNull());
    QVERIFY(fixture->workspace().fileName().endsWith(QStringLiteral(".clearroom")));

    fixture->close();
    QVERIFY(fixture->reopen());
    Workspace &workspace = fixture->workspace();
    QCOMPARE(workspace.review().id, created.id);
    QCOMPARE(workspace.review().name, created.name);
    QCOMPARE(workspace.review().created, created.created);
    auto repositories = workspace.repositories();
    QVERIFY(repositories);
    QCOMPARE(repositories->size(), 1);
    QCOMPARE(repositories->first().name, ReviewFixture::repositoryName());
    QCOMPARE(repositories->first().path, fixture->repositoryPath());
    QCOMPARE(repositories->first().commit, fixture->commit("base").toHex());
    QCOMPARE(*AuditLog::size(workspace.database()), 2); // review.create, repository.add

    // A second repository of the same name is refused.
    ReviewRepository again = repositories->first();
    auto added = workspace.addRepository(again);
    QVERIFY(!added);
    QVERIFY2(added.errorMessage().contains(QStringLiteral("already has a repository named 'app'")),
             qPrintable(added.errorMessage()));
    QCOMPARE(*AuditLog::size(workspace.database()), 2);
}

void TestWorkspace::createRefusesAnExistingFile()
{
    test::ScratchDirectory dir;
    const QString name = dir.filePath(QStringLiteral("notes.clearroom"));
    const QByteArray content("an auditor's notes, not a workspace\n");
    QVERIFY(writeFile(name, content));
    auto created = Workspace::create(name, QStringLiteral("R"), QStringLiteral("Ada"));
    QVERIFY(!created);
    QVERIFY2(created.errorMessage().contains(QStringLiteral("already exists")),
             qPrintable(created.errorMessage()));
    QCOMPARE(readFile(name), content);

    // Nor does it replace a workspace.
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    fixture->close();
    const QByteArray workspace = readFile(fixture->workspacePath());
    QVERIFY(
        !Workspace::create(fixture->workspacePath(), QStringLiteral("R"), QStringLiteral("Ada")));
    QCOMPARE(readFile(fixture->workspacePath()), workspace);
}

void TestWorkspace::openRefusesWhatIsNoWorkspace_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("refusal");
    for (const test::ForeignFile &file : test::foreignFiles())
        QTest::newRow(file.kind) << QByteArray(file.kind) << file.refusal;
}

void TestWorkspace::openRefusesWhatIsNoWorkspace()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, refusal);
    test::ScratchDirectory dir;
    const QString name = dir.filePath(QStringLiteral("other.clearroom"));
    QVERIFY(test::makeForeignFile(kind, name));
    const bool exists = QFile::exists(name);
    const QByteArray before = exists ? readFile(name) : QByteArray();

    auto opened = Workspace::open(name);
    QVERIFY(!opened);
    QVERIFY2(opened.errorMessage().contains(refusal), qPrintable(opened.errorMessage()));
    QVERIFY2(opened.errorMessage().contains(name), qPrintable(opened.errorMessage()));
    // Refusing a file leaves it as it was, byte for byte.
    QCOMPARE(QFile::exists(name), exists);
    if (exists)
        QVERIFY2(readFile(name) == before, "the refused file was changed");
    QVERIFY(!QFile::exists(name + QStringLiteral("-journal")));
}

void TestWorkspace::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("fill");
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("expected");
    for (const EarlierVersion &earlier : earlierVersions) {
        QTest::addRow("from version %d", earlier.version)
            << earlier.version << QString::fromUtf8(earlier.fill)
            << QString::fromUtf8(earlier.check) << QString::fromUtf8(earlier.expected);
    }
}

void TestWorkspace::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);
    QFETCH(QString, fill);
    QFETCH(QString, check);
    QFETCH(QString, expected);
    // Every version before the latest has a row here.
    QCOMPARE(int(std::size(earlierVersions)), Schema::latestVersion());

    test::ScratchDirectory dir;
    QString latestSchema;
    {
        auto fresh = Database::open(dir.filePath(QStringLiteral("fresh.clearroom")),
                                    Database::Mode::ReadWriteCreate);
        QVERIFY(fresh);
        QVERIFY(Schema::migrate(*fresh));
        latestSchema = schemaText(*fresh);
    }
    const QString name = dir.filePath(QStringLiteral("old.clearroom"));
    {
        auto old = Database::open(name, Database::Mode::ReadWriteCreate);
        QVERIFY(old);
        QVERIFY(Schema::migrateTo(*old, version));
        QCOMPARE(*old->userVersion(), version);
        if (!fill.isEmpty())
            QVERIFY(old->execute(fill));
    }
    auto database = Database::open(name);
    QVERIFY2(database, database ? "" : qPrintable(database.errorMessage()));
    auto migrated = Schema::migrate(*database);
    QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.errorMessage()));
    QCOMPARE(*database->userVersion(), Schema::latestVersion());
    QCOMPARE(schemaText(*database), latestSchema);
    QCOMPARE(scalar(*database, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    QCOMPARE(scalar(*database, QStringLiteral("PRAGMA foreign_key_check")), QString());
    QCOMPARE(scalar(*database, check), expected);
    // Migrating again changes nothing.
    QVERIFY(Schema::migrate(*database));
    QCOMPARE(schemaText(*database), latestSchema);
}

void TestWorkspace::pathsThatAreNotUtf8Survive()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    const QByteArray latin1("docs/caf\xe9.txt");
    auto id = fixture->add(latin1, 1, 2, QStringLiteral("Latin-1 name"));
    QVERIFY2(id, id ? "" : qPrintable(id.errorMessage()));
    const QString app = ReviewFixture::repositoryName();
    const QByteArray commit = fixture->commit("base").toHex();
    QVERIFY(workspace.coverage().mark(app, commit, {coverageLines(latin1, 1, 2)}));
    QVERIFY(workspace.coverage().unmark(app, commit, latin1, {2, 2}));
    // In the log as its bytes in hex, never as text that would change them.
    QCOMPARE(AuditLog::entriesAbout(workspace.database(), *id)->size(), 1);
    const QJsonArray added = lastAuditEntry(workspace).value(QStringLiteral("added")).toArray();
    const QJsonObject bytes {
        {QStringLiteral("bytes"), QStringLiteral("646f63732f636166e92e747874")}};
    QCOMPARE(added.at(0).toArray().at(1).toObject(), bytes);

    QVERIFY(fixture->reopen());
    Workspace &reopened = fixture->workspace();
    QCOMPARE(reopened.findings().get(*id)->primary().path, latin1);
    const auto ranges = reopened.coverage().ranges(app, commit, latin1);
    QVERIFY(ranges);
    QCOMPARE(ranges->size(), 1);
    QCOMPARE(ranges->first().path, latin1);
    QCOMPARE(ranges->first().endLine, 1);
    auto verified = AuditVerifier::verify(reopened);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
}

void TestWorkspace::secondConnectionOnTheSameFile()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &first = fixture->workspace();
    auto opened = Workspace::open(fixture->workspacePath());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.errorMessage()));
    Workspace &second = **opened;
    QCOMPARE(scalar(second.database(), QStringLiteral("PRAGMA journal_mode")),
             QStringLiteral("wal"));

    auto version = first.dataVersion();
    QVERIFY(version);
    // The first connection's own commits do not count as news to it.
    auto own = fixture->add("src/main.c", 1, 1, QStringLiteral("By the first"));
    QVERIFY(own);
    QCOMPARE(*first.dataVersion(), *version);
    QVERIFY(second.findings().get(*own)); // the second sees it at once

    auto draft = fixture->draft("src/util.c", 2, 3, QStringLiteral("By the second"));
    QVERIFY(draft);
    auto theirs = second.findings().add(*draft);
    QVERIFY(theirs);
    const qint64 afterTheirs = *first.dataVersion();
    QVERIFY(afterTheirs != *version);
    QVERIFY(first.findings().get(*theirs));

    // Interleaved changes from both: each sees the other's, and the chain stays one.
    QVERIFY(first.findings().addComment(*theirs, QStringLiteral("From the first")));
    FindingChanges changes;
    changes.status = FindingStatus::Disputed;
    QVERIFY(second.findings().update(*own, changes));
    QVERIFY(*first.dataVersion() != afterTheirs);
    QCOMPARE(first.findings().get(*own)->status, FindingStatus::Disputed);
    QCOMPARE(second.findings().comments(*theirs)->size(), 1);
    QVERIFY(second.findings().remove(*own));
    QVERIFY(!first.findings().get(*own));

    for (Workspace *workspace : {&first, &second}) {
        QCOMPARE(scalar(workspace->database(), QStringLiteral("PRAGMA integrity_check")),
                 QStringLiteral("ok"));
        auto verified = AuditVerifier::verify(*workspace);
        QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
        QCOMPARE(verified->entries, 7);
    }
}

void TestWorkspace::clockMakesTimesDeterministic()
{
    const QDateTime fixed(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    const QString fixedText = QStringLiteral("2031-05-06T07:08:09.123Z");
    QCOMPARE(timeToText(fixed), fixedText);
    auto fixture = ReviewFixture::created("base", [fixed] { return fixed; });
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto id = fixture->add("src/main.c", 1, 1, QStringLiteral("On time"));
    QVERIFY(id);
    QVERIFY(workspace.findings().addComment(*id, QStringLiteral("Also on time")));
    FindingChanges changes;
    changes.severity = Severity::Low;
    QVERIFY(workspace.findings().update(*id, changes));
    QVERIFY(workspace.coverage().mark(ReviewFixture::repositoryName(),
                                      fixture->commit("base").toHex(),
                                      {coverageLines("src/util.c", 1, 3)}));

    QCOMPARE(workspace.review().created, fixed);
    const Finding finding = *workspace.findings().get(*id);
    QCOMPARE(finding.created, fixed);
    QCOMPARE(finding.updated, fixed);
    QCOMPARE(workspace.findings().comments(*id)->first().created, fixed);
    QCOMPARE(workspace.repositories()->first().added, fixed);
    QCOMPARE(workspace.coverage()
                 .ranges(ReviewFixture::repositoryName(), fixture->commit("base").toHex())
                 ->first()
                 .marked,
             fixed);
    // Every entry of the log, and every time written in it.
    int entries = 0;
    QVERIFY(AuditLog::forEach(workspace.database(), [&](const AuditEntry &entry) {
        ++entries;
        const QJsonObject object = QJsonDocument::fromJson(entry.line).object();
        if (object.value(QStringLiteral("at")).toString() != fixedText)
            return false;
        for (const char *key : {"created", "updated", "added", "marked"}) {
            const QByteArray field = QByteArray("\"") + key + "\":\"";
            if (entry.line.contains(field)
                && !entry.line.contains(QByteArray(field + fixedText.toLatin1())))
                return false;
        }
        return true;
    }));
    QCOMPARE(entries, 6);
    QVERIFY(AuditVerifier::verify(workspace));

    // Read back as written, to the millisecond.
    QVERIFY(fixture->reopen());
    QCOMPARE(fixture->workspace().review().created, fixed);
    QCOMPARE(fixture->workspace().findings().get(*id)->created, fixed);
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
