// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The review workspace as the GUI and the CLI use it: creating and opening the file (and
// refusing what is no workspace), migrations, findings, comments and coverage, each change
// with its audit entry, bad input that changes nothing, a second connection on the same
// file, and the injectable clock.
#include "auditlog.h"
#include "auditverifier.h"
#include "coveragestore.h"
#include "database.h"
#include "findingstore.h"
#include "locationreader.h"
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
using clearroom::test::ReviewFixture;
using clearroom::test::scalar;
using clearroom::test::workspaceState;

namespace {

using FindingMutation = void (*)(Finding &);
using CoverageSpans = QVector<LineSpan>;

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

// The last audit entry, parsed.
QJsonObject lastEntry(Workspace &workspace)
{
    QJsonObject last;
    (void)AuditLog::forEach(workspace.database(), [&](const AuditEntry &entry) {
        last = QJsonDocument::fromJson(entry.line).object();
        return true;
    });
    return last;
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

Q_DECLARE_METATYPE(FindingMutation)
Q_DECLARE_METATYPE(CoverageSpans)

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
    void findingLifeCycle();
    void unchangedUpdateMakesNoEntry();
    void deleteKeepsValuesInTheLog();
    void comments();
    void resolveId_data();
    void resolveId();
    void invalidFindingChangesNothing_data();
    void invalidFindingChangesNothing();
    void invalidChangesOfAFindingChangeNothing();
    void addLocation();
    void invalidLocationChangesNothing();
    void coverageUnmarkSplitsRanges();
    void pathsThatAreNotUtf8Survive();
    void mergedSpans_data();
    void mergedSpans();
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

void TestWorkspace::findingLifeCycle()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto draft = fixture->draft("src/main.c", 5, 7, QStringLiteral("Integer overflow"));
    QVERIFY(draft);
    draft->severity = Severity::Critical;
    draft->cwe = 190;
    draft->status = FindingStatus::Confirmed;
    draft->description = QStringLiteral("The *sum* wraps.");
    draft->recommendation = QStringLiteral("Check before adding.");
    auto second = fixture->draft("src/util.c", 2, 2, QStringLiteral("Second"));
    QVERIFY(second);
    auto also
        = LocationReader(fixture->repository()).read(fixture->commit("base"), "src/main.c", 1, 2);
    QVERIFY(also);
    second->locations.append(*also);

    const qint64 entries = *AuditLog::size(workspace.database());
    auto id = workspace.findings().add(*draft);
    QVERIFY2(id, id ? "" : qPrintable(id.errorMessage()));
    auto secondId = workspace.findings().add(*second);
    QVERIFY(secondId);
    QCOMPARE(*AuditLog::size(workspace.database()), entries + 2);
    QCOMPARE(lastEntry(workspace).value(QStringLiteral("action")).toString(),
             QStringLiteral("finding.create"));

    auto stored = workspace.findings().get(*id);
    QVERIFY(stored);
    QCOMPARE(stored->title, draft->title);
    QCOMPARE(stored->severity, Severity::Critical);
    QCOMPARE(stored->cwe, 190);
    QCOMPARE(stored->status, FindingStatus::Confirmed);
    QCOMPARE(stored->description, draft->description);
    QCOMPARE(stored->recommendation, draft->recommendation);
    QCOMPARE(stored->author, ReviewFixture::reviewerName());
    QCOMPARE(stored->repository, ReviewFixture::repositoryName());
    QCOMPARE(stored->commit, fixture->commit("base").toHex());
    QCOMPARE(stored->locations.size(), 1);
    QCOMPARE(stored->primary().path, QByteArray("src/main.c"));
    QCOMPARE(stored->primary().startLine, 5);
    QCOMPARE(stored->primary().endLine, 7);
    QCOMPARE(stored->primary().contextBefore,
             QByteArray("int main_2 = 2;\nint main_3 = 3;\n"
                        "int main_4 = 4;\n"));
    QCOMPARE(stored->primary().state, AnchorState::Original);
    auto storedSecond = workspace.findings().get(*secondId);
    QVERIFY(storedSecond);
    QCOMPARE(storedSecond->locations.size(), 2);
    QCOMPARE(storedSecond->locations.at(1).path, QByteArray("src/main.c"));

    auto all = workspace.findings().all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    auto inBlob = workspace.findings().inBlob(stored->primary().blobId);
    QVERIFY(inBlob);
    QCOMPARE(inBlob->size(), 2); // the second's other location is in src/main.c too

    FindingChanges changes;
    changes.title = QStringLiteral("Integer overflow in the sum");
    changes.status = FindingStatus::Fixed;
    changes.cwe = 0;
    auto changed = workspace.findings().update(*id, changes);
    QVERIFY(changed);
    QVERIFY(*changed);
    QCOMPARE(*AuditLog::size(workspace.database()), entries + 3);
    const QJsonObject update = lastEntry(workspace);
    QCOMPARE(update.value(QStringLiteral("action")).toString(), QStringLiteral("finding.update"));
    const QJsonObject oldValues = update.value(QStringLiteral("old")).toObject();
    const QJsonObject newValues = update.value(QStringLiteral("new")).toObject();
    // Only what changed, and the time.
    QCOMPARE(newValues.keys(),
             (QStringList {QStringLiteral("cwe"), QStringLiteral("status"), QStringLiteral("title"),
                           QStringLiteral("updated")}));
    QCOMPARE(oldValues.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(newValues.value(QStringLiteral("status")).toString(), QStringLiteral("fixed"));
    QCOMPARE(oldValues.value(QStringLiteral("cwe")).toInt(), 190);
    stored = workspace.findings().get(*id);
    QCOMPARE(stored->title, *changes.title);
    QCOMPARE(stored->status, FindingStatus::Fixed);
    QCOMPARE(stored->cwe, 0);
    QCOMPARE(stored->severity, Severity::Critical);

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, entries + 3);
}

void TestWorkspace::unchangedUpdateMakesNoEntry()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto id = fixture->add("src/main.c", 1, 1, QStringLiteral("Same"));
    QVERIFY(id);
    const Finding before = *workspace.findings().get(*id);
    const QString state = workspaceState(workspace.database());

    FindingChanges same;
    same.title = before.title;
    same.severity = before.severity;
    same.status = before.status;
    same.cwe = before.cwe;
    same.description = before.description;
    auto changed = workspace.findings().update(*id, same);
    QVERIFY(changed);
    QVERIFY(!*changed);
    QCOMPARE(workspaceState(workspace.database()), state);
    // Not even the time of the last change moves.
    QCOMPARE(workspace.findings().get(*id)->updated, before.updated);
}

void TestWorkspace::deleteKeepsValuesInTheLog()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto kept = fixture->add("src/util.c", 1, 2, QStringLiteral("Kept"));
    auto draft = fixture->draft("src/main.c", 3, 4, QStringLiteral("Deleted soon"));
    QVERIFY(kept && draft);
    draft->description = QStringLiteral("memcpy(dst, src, n) without a bound");
    auto id = workspace.findings().add(*draft);
    QVERIFY(id);
    auto comment = workspace.findings().addComment(*id, QStringLiteral("A comment that goes"));
    QVERIFY(comment);
    QVERIFY(workspace.findings().addComment(*kept, QStringLiteral("A comment that stays")));

    QVERIFY(workspace.findings().remove(*id));
    auto gone = workspace.findings().get(*id);
    QVERIFY(!gone);
    QVERIFY2(gone.errorMessage().contains(*id), qPrintable(gone.errorMessage()));
    QVERIFY(workspace.findings().comments(*id)->isEmpty());
    QCOMPARE(scalar(workspace.database(),
                    QStringLiteral("SELECT count(*) FROM location WHERE "
                                   "finding_id = '%1'")
                        .arg(*id)),
             QStringLiteral("0"));
    QCOMPARE(workspace.findings().all()->size(), 1);
    QCOMPARE(workspace.findings().comments(*kept)->size(), 1);

    const QJsonObject entry = lastEntry(workspace);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("finding.delete"));
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), *id);
    const QJsonObject old = entry.value(QStringLiteral("old")).toObject();
    QCOMPARE(old.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QByteArray digest;
    QVERIFY(AuditLog::isWithheld(old.value(QStringLiteral("description")), &digest));
    QCOMPARE(*AuditLog::plainValue(workspace.database(), digest), draft->description.toUtf8());
    QVERIFY(AuditLog::isWithheld(old.value(QStringLiteral("title")), &digest));
    QCOMPARE(*AuditLog::plainValue(workspace.database(), digest), QByteArray("Deleted soon"));
    const QJsonObject comments = old.value(QStringLiteral("comments")).toObject();
    QCOMPARE(comments.keys(), QStringList {*comment});
    QVERIFY(AuditLog::isWithheld(comments.value(*comment).toObject().value(QStringLiteral("body")),
                                 &digest));
    QCOMPARE(*AuditLog::plainValue(workspace.database(), digest),
             QByteArray("A comment that goes"));
    QCOMPARE(old.value(QStringLiteral("anchors")).toArray().size(), 1);
    // Everything about it stays findable in the log.
    QCOMPARE(AuditLog::entriesAbout(workspace.database(), *id)->size(), 3);

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    // Deleting it again is an error that changes nothing.
    const QString state = workspaceState(workspace.database());
    QVERIFY(!workspace.findings().remove(*id));
    QCOMPARE(workspaceState(workspace.database()), state);
}

void TestWorkspace::comments()
{
    int ticks = 0;
    const QDateTime start(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    auto fixture
        = ReviewFixture::created("base", [&ticks, start] { return start.addSecs(ticks++); });
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto id = fixture->add("src/main.c", 1, 1, QStringLiteral("Commented"));
    QVERIFY(id);
    auto first = workspace.findings().addComment(*id, QStringLiteral("First, *in Markdown*."));
    auto second = workspace.findings().addComment(*id, QStringLiteral("Second."));
    QVERIFY(first && second);
    auto thread = workspace.findings().comments(*id);
    QVERIFY(thread);
    QCOMPARE(thread->size(), 2);
    QCOMPARE(thread->at(0).id, *first);
    QCOMPARE(thread->at(0).body, QStringLiteral("First, *in Markdown*."));
    QCOMPARE(thread->at(0).author, ReviewFixture::reviewerName());
    QCOMPARE(thread->at(0).findingId, *id);
    QCOMPARE(thread->at(1).id, *second);
    QVERIFY(thread->at(0).created < thread->at(1).created);
    QCOMPARE(lastEntry(workspace).value(QStringLiteral("finding")).toString(), *id);

    const QString state = workspaceState(workspace.database());
    auto empty = workspace.findings().addComment(*id, QStringLiteral(" \n"));
    QVERIFY(!empty);
    QVERIFY2(empty.errorMessage().contains(QStringLiteral("needs some text")),
             qPrintable(empty.errorMessage()));
    auto orphan = workspace.findings().addComment(QStringLiteral("no-such-finding"),
                                                  QStringLiteral("Lost"));
    QVERIFY(!orphan);
    QVERIFY2(orphan.errorMessage().contains(QStringLiteral("no-such-finding")),
             qPrintable(orphan.errorMessage()));
    QCOMPARE(workspaceState(workspace.database()), state);
    QVERIFY(AuditVerifier::verify(workspace));
}

void TestWorkspace::resolveId_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("expected"); // an id, or part of the error
    QTest::newRow("unique prefix") << QStringLiteral("abcd1") << QStringLiteral("abcd1111-");
    QTest::newRow("whole id") << QStringLiteral("abcd2222-0000-4000-8000-000000000002")
                              << QStringLiteral("abcd2222-");
    QTest::newRow("upper case, spaces")
        << QStringLiteral(" ABCD22 ") << QStringLiteral("abcd2222-");
    QTest::newRow("too short") << QStringLiteral("abc") << QStringLiteral("'abc' is too short");
    QTest::newRow("ambiguous") << QStringLiteral("abcd")
                               << QStringLiteral("'abcd' names more than one finding");
    QTest::newRow("unknown") << QStringLiteral("ffff") << QStringLiteral("no finding with the id");
}

void TestWorkspace::resolveId()
{
    QFETCH(QString, prefix);
    QFETCH(QString, expected);
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    QVERIFY(fixture->add("src/main.c", 1, 1, QStringLiteral("Random id")));
    // Ids chosen to share a prefix (resolveId reads only the findings' ids).
    QVERIFY(fixture->workspace().database().execute(QStringLiteral(
        "INSERT INTO finding(id, repository, commit_id, title, severity, status, author, "
        "created, updated) VALUES "
        "('abcd1111-0000-4000-8000-000000000001', 'app', '', 't', 'low', 'open', 'a', '', ''), "
        "('abcd2222-0000-4000-8000-000000000002', 'app', '', 't', 'low', 'open', 'a', '', '')")));
    auto id = fixture->workspace().findings().resolveId(prefix);
    if (expected.endsWith(QLatin1Char('-'))) {
        QVERIFY2(id, id ? "" : qPrintable(id.errorMessage()));
        QVERIFY2(id->startsWith(expected) && id->size() == 36, qPrintable(*id));
    } else {
        QVERIFY(!id);
        QVERIFY2(id.errorMessage().contains(expected), qPrintable(id.errorMessage()));
    }
}

void TestWorkspace::invalidFindingChangesNothing_data()
{
    QTest::addColumn<FindingMutation>("mutation");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty title") << FindingMutation([](Finding &f) { f.title.clear(); })
                                 << QStringLiteral("needs a title");
    QTest::newRow("blank title") << FindingMutation([](Finding &f) {
        f.title = QStringLiteral(" \t ");
    }) << QStringLiteral("needs a title");
    QTest::newRow("no location") << FindingMutation([](Finding &f) { f.locations.clear(); })
                                 << QStringLiteral("needs a location");
    QTest::newRow("line 0") << FindingMutation([](Finding &f) { f.locations[0].startLine = 0; })
                            << QStringLiteral("The line range 0-7 of 'src/main.c' is not a range");
    QTest::newRow("end before start")
        << FindingMutation([](Finding &f) { f.locations[0].endLine = 4; })
        << QStringLiteral("The line range 5-4 of 'src/main.c' is not a range");
    QTest::newRow("unknown repository")
        << FindingMutation([](Finding &f) { f.repository = QStringLiteral("elsewhere"); })
        << QStringLiteral("no repository named 'elsewhere'; it has: app");
    QTest::newRow("CWE not in the catalogue")
        << FindingMutation([](Finding &f) { f.cwe = 999999; })
        << QStringLiteral("CWE-999999 is not a weakness in the CWE catalogue");
    QTest::newRow("negative CWE") << FindingMutation([](Finding &f) { f.cwe = -79; })
                                  << QStringLiteral("is not a weakness in the CWE catalogue");
    QTest::newRow("short commit") << FindingMutation([](Finding &f) { f.commit.truncate(12); })
                                  << QStringLiteral("commit is not a full object id");
    QTest::newRow("location not read")
        << FindingMutation([](Finding &f) { f.locations[0].excerptDigest.clear(); })
        << QStringLiteral("was not read from the repository");
}

void TestWorkspace::invalidFindingChangesNothing()
{
    QFETCH(FindingMutation, mutation);
    QFETCH(QString, expected);
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    QVERIFY(fixture->add("src/util.c", 1, 1, QStringLiteral("Before")));
    auto draft = fixture->draft("src/main.c", 5, 7, QStringLiteral("Valid until changed"));
    QVERIFY(draft);
    mutation(*draft);
    const QString state = workspaceState(fixture->workspace().database());
    auto added = fixture->workspace().findings().add(*draft);
    QVERIFY(!added);
    QVERIFY2(added.errorMessage().contains(expected), qPrintable(added.errorMessage()));
    QCOMPARE(workspaceState(fixture->workspace().database()), state);
}

void TestWorkspace::invalidChangesOfAFindingChangeNothing()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto id = fixture->add("src/main.c", 1, 1, QStringLiteral("Stays as it is"));
    QVERIFY(id);
    const Finding before = *workspace.findings().get(*id);
    const QString state = workspaceState(workspace.database());
    const QVector<std::pair<FindingChanges, QString>> cases = [] {
        QVector<std::pair<FindingChanges, QString>> list;
        FindingChanges blank;
        blank.title = QStringLiteral("  ");
        blank.status = FindingStatus::Fixed; // not half-applied
        list.append({blank, QStringLiteral("needs a title")});
        FindingChanges cwe;
        cwe.cwe = 999999;
        cwe.severity = Severity::Low;
        list.append({cwe, QStringLiteral("CWE-999999")});
        return list;
    }();
    for (const auto &[changes, expected] : cases) {
        auto changed = workspace.findings().update(*id, changes);
        QVERIFY(!changed);
        QVERIFY2(changed.errorMessage().contains(expected), qPrintable(changed.errorMessage()));
    }
    FindingChanges title;
    title.title = QStringLiteral("Nobody");
    auto unknown = workspace.findings().update(QStringLiteral("no-such-id"), title);
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("no-such-id")),
             qPrintable(unknown.errorMessage()));
    QCOMPARE(workspaceState(workspace.database()), state);
    const Finding after = *workspace.findings().get(*id);
    QCOMPARE(after.title, before.title);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.severity, before.severity);
    QCOMPARE(after.updated, before.updated);
}

void TestWorkspace::addLocation()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto id = fixture->add("src/main.c", 5, 7, QStringLiteral("Two places"));
    QVERIFY(id);
    const Finding before = *workspace.findings().get(*id);
    auto also = fixture->draft("src/util.c", 2, 3, QStringLiteral("unused"));
    QVERIFY(also);
    QVERIFY(workspace.findings().addLocations(*id, {also->primary()}));

    const Finding after = *workspace.findings().get(*id);
    QCOMPARE(after.locations.size(), 2);
    QCOMPARE(after.primary(), before.primary()); // still the primary one
    QCOMPARE(after.locations.at(1).path, QByteArray("src/util.c"));
    QCOMPARE(after.locations.at(1).startLine, 2);
    QCOMPARE(after.locations.at(1).endLine, 3);
    QCOMPARE(after.locations.at(1).excerptDigest, also->primary().excerptDigest);
    QVERIFY(after.updated >= before.updated);
    // The findings of the file show it; so does every finding's list.
    auto inUtil = workspace.findings().inBlob(also->primary().blobId);
    QVERIFY(inUtil);
    QCOMPARE(inUtil->size(), 1);
    QCOMPARE(workspace.findings().all()->constFirst().locations.size(), 2);

    const QJsonObject entry = lastEntry(workspace);
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("finding.locate"));
    const QJsonArray added = entry.value(QStringLiteral("new"))
                                 .toObject()
                                 .value(QStringLiteral("locations"))
                                 .toArray();
    QCOMPARE(added.size(), 1);
    const QJsonObject location = added.first().toObject();
    QCOMPARE(location.value(QStringLiteral("path")).toString(), QStringLiteral("src/util.c"));
    QCOMPARE(location.value(QStringLiteral("start_line")).toInt(), 2);
    QVERIFY(AuditLog::isWithheld(location.value(QStringLiteral("context_after"))));
    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));

    // Two more at once, after a reopen: one entry, ordinals go on.
    QVERIFY(fixture->reopen());
    auto third = fixture->draft("src/main.c", 10, 10, QStringLiteral("unused"));
    auto fourth = fixture->draft("src/main.c", 12, 13, QStringLiteral("unused"));
    QVERIFY(third && fourth);
    const qint64 entries = *AuditLog::size(fixture->workspace().database());
    QVERIFY(
        fixture->workspace().findings().addLocations(*id, {third->primary(), fourth->primary()}));
    QCOMPARE(*AuditLog::size(fixture->workspace().database()), entries + 1);
    const Finding last = *fixture->workspace().findings().get(*id);
    QCOMPARE(last.locations.size(), 4);
    QCOMPARE(last.locations.at(2).startLine, 10);
    QCOMPARE(last.locations.at(3).startLine, 12);
    QCOMPARE(last.locations.at(1), after.locations.at(1));
    verified = AuditVerifier::verify(fixture->workspace());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
}

void TestWorkspace::invalidLocationChangesNothing()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    auto id = fixture->add("src/main.c", 5, 7, QStringLiteral("Stays as it is"));
    QVERIFY(id);
    const QString state = workspaceState(workspace.database());
    const FindingLocation same = workspace.findings().get(*id)->primary();
    FindingLocation backwards = same;
    backwards.startLine = 7;
    backwards.endLine = 5;
    FindingLocation unread = same;
    unread.startLine = 8;
    unread.endLine = 8;
    unread.blobId.clear();
    const std::pair<QString, FindingLocation> cases[] = {
        {QStringLiteral("a location of the finding already"), same},
        {QStringLiteral("is not a range of lines"), backwards},
        {QStringLiteral("not read from the repository"), unread},
    };
    const FindingLocation fine = fixture->draft("src/util.c", 1, 1, {})->primary();
    for (const auto &[expected, location] : cases) {
        // With a good one before it: neither is added.
        auto added = workspace.findings().addLocations(*id, {fine, location});
        QVERIFY(!added);
        QVERIFY2(added.errorMessage().contains(expected), qPrintable(added.errorMessage()));
    }
    auto twice = workspace.findings().addLocations(*id, {fine, fine});
    QVERIFY(!twice);
    QVERIFY2(twice.errorMessage().contains(QStringLiteral("already")),
             qPrintable(twice.errorMessage()));
    QVERIFY(!workspace.findings().addLocations(*id, {}));
    auto unknown = workspace.findings().addLocations(QStringLiteral("no-such-id"), {fine});
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("no-such-id")),
             qPrintable(unknown.errorMessage()));
    QCOMPARE(workspaceState(workspace.database()), state);
}

void TestWorkspace::coverageUnmarkSplitsRanges()
{
    auto fixture = ReviewFixture::created();
    QVERIFY(fixture);
    Workspace &workspace = fixture->workspace();
    CoverageStore &coverage = workspace.coverage();
    const QString app = ReviewFixture::repositoryName();
    const QByteArray commit = fixture->commit("base").toHex();
    const auto spans = [&](const QByteArray &path) {
        CoverageSpans result;
        const auto ranges = coverage.ranges(app, commit, path);
        for (const CoverageRange &range : *ranges)
            result.append({range.startLine, range.endLine});
        return result;
    };
    const CoverageRange util = coverageLines("src/util.c", 1, 10);
    QVERIFY(coverage.mark(app, commit, {util, coverageLines("src/main.c", 1, 4)}));
    const qint64 entries = *AuditLog::size(workspace.database());
    const CoverageRange marked = coverage.ranges(app, commit, "src/util.c")->first();
    QCOMPARE(marked.reviewer, ReviewFixture::reviewerName());

    QVERIFY(coverage.unmark(app, commit, "src/util.c", {4, 6}));
    QCOMPARE(spans("src/util.c"), (CoverageSpans {{1, 3}, {7, 10}}));
    QCOMPARE(spans("src/main.c"), (CoverageSpans {{1, 4}}));
    QCOMPARE(*AuditLog::size(workspace.database()), entries + 1);
    // The parts that stay keep who marked them and when.
    const auto split = coverage.ranges(app, commit, "src/util.c");
    for (const CoverageRange &range : *split) {
        QCOMPARE(range.reviewer, marked.reviewer);
        QCOMPARE(range.marked, marked.marked);
    }

    // The edges, and lines not marked: no change, no entry.
    QVERIFY(coverage.unmark(app, commit, "src/util.c", {1, 1}));
    QVERIFY(coverage.unmark(app, commit, "src/util.c", {10, 12}));
    QCOMPARE(spans("src/util.c"), (CoverageSpans {{2, 3}, {7, 9}}));
    const QString state = workspaceState(workspace.database());
    QVERIFY(coverage.unmark(app, commit, "src/util.c", {4, 6}));
    QVERIFY(coverage.unmark(app, commit, "src/gone.c", {1, 6}));
    QCOMPARE(workspaceState(workspace.database()), state);

    // Marking over what is marked: the rows overlap, the lines are merged.
    QVERIFY(coverage.mark(app, commit, {coverageLines("src/util.c", 3, 8)}));
    QCOMPARE(CoverageStore::merged(spans("src/util.c")), (CoverageSpans {{2, 9}}));

    // Another repository than the review's is refused.
    auto unknown = coverage.mark(QStringLiteral("elsewhere"), commit, {util});
    QVERIFY(!unknown);
    QVERIFY2(unknown.errorMessage().contains(QStringLiteral("'elsewhere'")),
             qPrintable(unknown.errorMessage()));
    const QString before = workspaceState(workspace.database());
    QVERIFY(!coverage.mark(app, commit, {util, coverageLines("src/util.c", 5, 4)}));
    QCOMPARE(workspaceState(workspace.database()), before);

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
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
    const QJsonArray added = lastEntry(workspace).value(QStringLiteral("added")).toArray();
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

void TestWorkspace::mergedSpans_data()
{
    QTest::addColumn<CoverageSpans>("spans");
    QTest::addColumn<CoverageSpans>("merged");
    QTest::newRow("none") << CoverageSpans {} << CoverageSpans {};
    QTest::newRow("one") << CoverageSpans {{3, 5}} << CoverageSpans {{3, 5}};
    QTest::newRow("adjacent") << CoverageSpans {{1, 3}, {4, 6}} << CoverageSpans {{1, 6}};
    QTest::newRow("overlapping") << CoverageSpans {{1, 5}, {3, 8}} << CoverageSpans {{1, 8}};
    QTest::newRow("nested") << CoverageSpans {{1, 10}, {3, 4}} << CoverageSpans {{1, 10}};
    QTest::newRow("gap of one line")
        << CoverageSpans {{1, 3}, {5, 6}} << CoverageSpans {{1, 3}, {5, 6}};
    QTest::newRow("unsorted") << CoverageSpans {{20, 30}, {1, 2}, {10, 12}, {2, 4}}
                              << CoverageSpans {{1, 4}, {10, 12}, {20, 30}};
    QTest::newRow("duplicates") << CoverageSpans {{7, 7}, {7, 7}} << CoverageSpans {{7, 7}};
}

void TestWorkspace::mergedSpans()
{
    QFETCH(CoverageSpans, spans);
    QFETCH(CoverageSpans, merged);
    QCOMPARE(CoverageStore::merged(spans), merged);
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
