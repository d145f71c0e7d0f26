// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Findings and their comment threads in a workspace: each change one transaction with its
// audit entry, further locations, ids by prefix, and bad input that changes nothing.
#include "auditlog.h"
#include "auditverifier.h"
#include "database.h"
#include "findingstore.h"
#include "locationreader.h"
#include "reviewfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::lastAuditEntry;
using clearroom::test::ReviewFixture;
using clearroom::test::scalar;
using clearroom::test::workspaceState;

namespace {

using FindingMutation = void (*)(Finding &);

} // namespace

Q_DECLARE_METATYPE(FindingMutation)

class TestFindingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingLifeCycle();
    void unchangedUpdateMakesNoEntry();
    void deleteKeepsValuesInTheLog();
    void comments();
    void timesFromBytesAsFromText_data();
    void timesFromBytesAsFromText();
    void timesToTextAsQtWritesThem();
    void resolveId_data();
    void resolveId();
    void invalidFindingChangesNothing_data();
    void invalidFindingChangesNothing();
    void invalidChangesOfAFindingChangeNothing();
    void addLocation();
    void invalidLocationChangesNothing();
};

void TestFindingStore::findingLifeCycle()
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
    QCOMPARE(lastAuditEntry(workspace).value(QStringLiteral("action")).toString(),
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
    const QJsonObject update = lastAuditEntry(workspace);
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

void TestFindingStore::unchangedUpdateMakesNoEntry()
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

void TestFindingStore::deleteKeepsValuesInTheLog()
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

    const QJsonObject entry = lastAuditEntry(workspace);
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

void TestFindingStore::comments()
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
    QCOMPARE(lastAuditEntry(workspace).value(QStringLiteral("finding")).toString(), *id);

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

void TestFindingStore::resolveId_data()
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

void TestFindingStore::resolveId()
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

void TestFindingStore::invalidFindingChangesNothing_data()
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

void TestFindingStore::invalidFindingChangesNothing()
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

void TestFindingStore::invalidChangesOfAFindingChangeNothing()
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

void TestFindingStore::addLocation()
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

    const QJsonObject entry = lastAuditEntry(workspace);
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

void TestFindingStore::invalidLocationChangesNothing()
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

void TestFindingStore::timesFromBytesAsFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("as stored") << QStringLiteral("2026-01-05T09:00:01.500Z") << true;
    QTest::newRow("without milliseconds") << QStringLiteral("2026-01-05T09:00:01Z") << true;
    QTest::newRow("with an offset") << QStringLiteral("2026-01-05T10:00:01.500+01:00") << true;
    QTest::newRow("no such day") << QStringLiteral("2026-02-30T09:00:01.500Z") << false;
    QTest::newRow("a letter for a digit") << QStringLiteral("2026-01-05T09:00:0x.500Z") << false;
    QTest::newRow("other digits") << QStringLiteral(u"\u0662\u0660\u0662\u0666-01-05T09:00:01.500Z")
                                  << false;
    QTest::newRow("empty") << QString() << false;
}

// Finding times read from the workspace's bytes are those read from its text.
void TestFindingStore::timesFromBytesAsFromText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const QByteArray bytes = text.toUtf8();
    const QDateTime fromBytes = timeFromText(std::string_view(bytes.constData(), bytes.size()));
    const QDateTime fromText = timeFromText(text);
    QCOMPARE(fromBytes.isValid(), valid);
    QCOMPARE(fromText.isValid(), valid);
    if (valid) {
        QCOMPARE(fromBytes, fromText);
        QCOMPARE(fromBytes.timeSpec(), fromText.timeSpec());
        QCOMPARE(fromBytes.toUTC(), QDateTime::fromString(text, Qt::ISODateWithMs).toUTC());
    }
}

// Times written as text as Qt writes them (ISO 8601 in UTC with milliseconds), for times
// across the years, before 1970, on leap days, at the ends of days, in other time zones.
void TestFindingStore::timesToTextAsQtWritesThem()
{
    const auto qtText
        = [](const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); };
    QVector<QDateTime> times {
        QDateTime(),
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(0, 0, 0, 10), Qt::UTC),
        QDateTime(QDate(1900, 3, 1), QTime(7, 8, 9, 100), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(-5, 6, 7), QTime(1, 2, 3), Qt::UTC),
        QDateTime(QDate(2026, 1, 5), QTime(0, 30), Qt::OffsetFromUTC, 3600),
        QDateTime(QDate(2026, 12, 31), QTime(23, 30), Qt::OffsetFromUTC, -7200),
        QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::LocalTime),
    };
    QRandomGenerator random(29112026);
    for (int i = 0; i < 2000; ++i) {
        // Anywhere between the years 1 and 9999, to the millisecond.
        const qint64 since = qint64(random.bounded(315537897600.0) - 62135596800.0) * 1000
            + qint64(random.bounded(1000));
        times.append(QDateTime::fromMSecsSinceEpoch(since, Qt::UTC));
    }
    for (const QDateTime &time : std::as_const(times))
        QCOMPARE(timeToText(time), qtText(time));
}

QTEST_GUILESS_MAIN(TestFindingStore)
#include "tst_findingstore.moc"
