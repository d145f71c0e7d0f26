// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The audit log as an outside checker sees it: the hash chain recomputed with nothing but
// SHA-256, the vendor's code and the auditor's free text only as digests in the lines
// (with the plain values kept beside), and every change made behind Clearroom's back
// (plain SQL on the file) found by the verifier, naming the entry or row.
#include "auditchain.h"
#include "auditlog.h"
#include "auditverifier.h"
#include "coveragestore.h"
#include "database.h"
#include "exportstore.h"
#include "findingstore.h"
#include "leadstore.h"
#include "reanchoring.h"
#include "reviewfixture.h"
#include "statement.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::review;
using clearroom::test::ReviewFixture;

namespace {

// Free text an auditor writes about the vendor's code, each told apart by its start.
const QString title = QStringLiteral("title: strcpy(buf, input) overflows");
const QString description = QStringLiteral("description: memcpy(dst, src, len) with len from "
                                           "the packet");
const QString recommendation = QStringLiteral("recommendation: use strlcpy and check len");
const QString comment = QStringLiteral("comment: gets(s) at line 5 is worse");
const QString newTitle = QStringLiteral("title 2: sprintf(\"%s\", name) — Größe unbekannt");
const QString newDescription = QStringLiteral("description 2: free(p); free(p);");
const QString lastComment = QStringLiteral("comment 2: the last entry");
// Code of the repository: every line of reviewHistory()'s files starts so.
const QByteArrayList codeLines = {"int main_", "int util_", "int gone_", "int renamed_"};

QList<AuditEntry> entries(Database &database)
{
    QList<AuditEntry> all;
    (void)AuditLog::forEach(database, [&](const AuditEntry &entry) {
        all.append(entry);
        return true;
    });
    return all;
}

// Every {"sha256": ...} object below a JSON value.
void collectDigests(const QJsonValue &value, QByteArrayList *digests)
{
    QByteArray digest;
    if (AuditLog::isWithheld(value, &digest)) {
        digests->append(digest);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectDigests(it.value(), digests);
    } else if (value.isArray()) {
        for (const QJsonValue &each : value.toArray())
            collectDigests(each, digests);
    }
}

// A package as PackageDelivery records it once written and verified.
ExportRecord exportRecord(const QString &id, const QString &previous, const QByteArray &head)
{
    ExportRecord exported;
    exported.packageId = id;
    exported.previousPackageId = previous;
    exported.created = QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC);
    exported.signerName = QStringLiteral("Ada Auditor");
    exported.signerFingerprint = QByteArray(64, 'f');
    exported.fileName = id + QStringLiteral(".crpkg");
    exported.size = 5'000'000'000; // more than 32 bits, and than Qt writes without exponent
    exported.sha256 = QByteArray(64, 'a');
    exported.auditLogHead = head;
    return exported;
}

// An auditor's package as a lead takes it in (its bytes need not be a real package here:
// the store keeps them as they are).
LeadPackage leadPackage(const QString &id, const QString &previous, const QByteArray &bytes)
{
    LeadPackage package;
    package.packageId = id;
    package.sha256 = AuditLog::sha256Hex(bytes);
    package.size = bytes.size();
    package.fileName = id + QStringLiteral(".crpkg");
    package.signerName = QStringLiteral("Ada Auditor");
    package.signerSubject = QStringLiteral("CN=Ada Auditor,O=Lab");
    package.signerFingerprint = QByteArray(64, 'f');
    package.reviewId = QStringLiteral("7c0e6c4e-4d57-4c36-9a51-3a5f4f0f4a10");
    package.reviewName = QStringLiteral("Firmware: strcpy(buf, input)");
    package.previousPackageId = previous;
    package.signedAt = QDateTime(QDate(2026, 11, 2), QTime(10, 30), Qt::UTC);
    package.verified = QDateTime(QDate(2026, 11, 3), QTime(9, 0), Qt::UTC);
    package.imported = package.verified;
    package.findings = 3;
    return package;
}

const QString firstPackage = QStringLiteral("11111111-1111-8111-8111-111111111111");
const QString secondPackage = QStringLiteral("22222222-2222-8222-8222-222222222222");

// A JSON value written as no writer of Clearroom's would: keys in reverse order, white
// space everywhere, every letter 'e' and '/' escaped, whole numbers with a fraction and an
// exponent. It means the same.
QByteArray nonCanonical(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QByteArrayList members;
        for (auto it = object.end(); it != object.begin();) {
            --it;
            members.append(nonCanonical(it.key()) + " :\t" + nonCanonical(it.value()));
        }
        return "{ " + members.join(" ,\r\n ") + " }";
    }
    case QJsonValue::Array: {
        QByteArrayList elements;
        for (const QJsonValue &element : value.toArray())
            elements.append(nonCanonical(element));
        return "[ " + elements.join(" , ") + " ]";
    }
    case QJsonValue::String: {
        QByteArray escaped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        escaped = escaped.mid(1, escaped.size() - 2);
        return escaped.replace('e', "\\u0065").replace('/', "\\/");
    }
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble() * 10, 'f', 0) + ".0e-1";
    default:
        return QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
}

// Rewrites the line of one entry and the hashes of it and every later entry, as someone
// who can write the file can.
void rewriteEntry(Database &database, qint64 seq, const QByteArray &line)
{
    QByteArrayList lines;
    for (const AuditEntry &entry : entries(database))
        lines.append(entry.seq == seq ? line : entry.line);
    const QByteArrayList hashes = test::auditChainHashes(lines);
    auto update = database.prepare(QStringLiteral("UPDATE audit_log SET line = ?, hash = ? "
                                                  "WHERE seq = ?"));
    QVERIFY(update);
    for (int i = int(seq) - 1; i < lines.size(); ++i) {
        update->reset();
        update->bind(1, QString::fromUtf8(lines.at(i)))
            .bind(2, QString::fromLatin1(hashes.at(i)))
            .bind(3, qint64(i + 1));
        QVERIFY(update->run());
    }
}

} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chainRuleRecomputedIndependently();
    void codeAndTextOnlyAsDigests();
    void plainValuesMayBeLeftOut();
    void verifierFindsTampering_data();
    void verifierFindsTampering();
    void addedLocationIsVerified_data();
    void addedLocationIsVerified();
    void exportsAreRecordedAndReplayed();
    void verifierFindsExportTampering_data();
    void verifierFindsExportTampering();
    void rechainedExportEntryIsFound();
    void leadWorkIsRecordedAndReplayed();
    void verifierFindsLeadTampering_data();
    void verifierFindsLeadTampering();
    void verifierNamesSmallestId_data();
    void verifierNamesSmallestId();
    void rowsInAnotherOrder();
    void earliestEntryNamed_data();
    void earliestEntryNamed();
    void nonCanonicalLineIsReadAsJson_data();
    void nonCanonicalLineIsReadAsJson();

private:
    void recordTwoExports();
    void recordLeadWork();
    void tamperAndVerify(const QString &sql, const QString &message);
    std::unique_ptr<ReviewFixture> m_fixture;
};

// The same realistic review for every test: findings added, changed, commented on and
// deleted, coverage marked and unmarked, the review moved to the next commit.
void TestAuditLog::init()
{
    m_fixture = ReviewFixture::created();
    QVERIFY(m_fixture);
    Workspace &workspace = m_fixture->workspace();
    FindingStore &findings = workspace.findings();
    auto draft = m_fixture->draft("src/main.c", 5, 7, title);
    QVERIFY(draft);
    draft->description = description;
    draft->recommendation = recommendation;
    auto first = findings.add(*draft);
    QVERIFY(first);
    auto second = m_fixture->add("src/util.c", 2, 3, QStringLiteral("Second"));
    QVERIFY(second);
    QVERIFY(findings.addComment(*first, comment));
    FindingChanges changes;
    changes.title = newTitle;
    changes.description = newDescription;
    changes.severity = Severity::Critical;
    QVERIFY(findings.update(*first, changes));

    const QString app = ReviewFixture::repositoryName();
    const QByteArray base = m_fixture->commit("base").toHex();
    QVERIFY(workspace.coverage().mark(
        app, base,
        {test::coverageLines("src/util.c", 1, 10), test::coverageLines("src/main.c", 1, 20)}));
    QVERIFY(workspace.coverage().unmark(app, base, "src/util.c", {4, 6}));

    auto doomed = m_fixture->add("src/gone.c", 2, 2, QStringLiteral("Deleted"));
    QVERIFY(doomed);
    QVERIFY(findings.addComment(*doomed, QStringLiteral("Goes with it")));
    QVERIFY(findings.remove(*doomed));

    auto moved = Reanchoring::moveReview(workspace, m_fixture->repository(), app,
                                         m_fixture->commit("main"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.errorMessage()));
    QVERIFY(findings.addComment(*second, lastComment));
    QCOMPARE(*AuditLog::size(workspace.database()), 16);
}

void TestAuditLog::chainRuleRecomputedIndependently()
{
    Database &database = m_fixture->workspace().database();
    const QList<AuditEntry> all = entries(database);
    QCOMPARE(all.size(), 16);
    QByteArrayList lines;
    QByteArrayList hashes;
    for (int i = 0; i < all.size(); ++i) {
        const AuditEntry &entry = all.at(i);
        QCOMPARE(entry.seq, i + 1);
        QVERIFY(!entry.line.contains('\n'));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(entry.line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.object().value(QStringLiteral("seq")).toInt(), i + 1);
        QCOMPARE(document.object().value(QStringLiteral("actor")).toString(),
                 ReviewFixture::reviewerName());
        lines.append(entry.line);
        hashes.append(entry.hash);
    }
    QCOMPARE(test::auditChainHashes(lines), hashes);
    QCOMPARE(*AuditLog::headHash(database), hashes.last());
    // The first link by hand: SHA-256 over 64 zeros, a newline and the first line.
    QCOMPARE(hashes.first(),
             QCryptographicHash::hash(QByteArray(QByteArray(64, '0') + '\n' + lines.first()),
                                      QCryptographicHash::Sha256)
                 .toHex());

    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, 16);
    QCOMPARE(verified->headHash, hashes.last());
}

void TestAuditLog::codeAndTextOnlyAsDigests()
{
    Database &database = m_fixture->workspace().database();
    const QStringList texts
        = {title, description, recommendation, comment, newTitle, newDescription, lastComment};
    QByteArrayList digests;
    for (const AuditEntry &entry : entries(database)) {
        for (const QString &text : texts) {
            QVERIFY2(!entry.line.contains(text.toUtf8()), entry.line.constData());
            // Nor as JSON writes it.
            const QByteArray escaped
                = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
            QVERIFY2(!entry.line.contains(escaped.mid(2, escaped.size() - 4)),
                     entry.line.constData());
        }
        for (const QByteArray &code : codeLines)
            QVERIFY2(!entry.line.contains(code), entry.line.constData());
        collectDigests(QJsonDocument::fromJson(entry.line).object(), &digests);
    }
    // Each text is there as the digest of its UTF-8 bytes, and its plain value is kept.
    for (const QString &text : texts) {
        const QByteArray digest
            = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
        QVERIFY2(digests.contains(digest), qPrintable(text));
        auto plain = AuditLog::plainValue(database, digest);
        QVERIFY(plain && plain->has_value());
        QCOMPARE(QString::fromUtf8(**plain), text);
    }
    // So are the context lines kept for re-anchoring (the finding's and its move's).
    QStringList contexts;
    for (const QByteArray &digest : std::as_const(digests)) {
        auto plain = AuditLog::plainValue(database, digest);
        QVERIFY2(plain && plain->has_value(), digest.constData());
        if ((*plain)->startsWith("int "))
            contexts.append(QString::fromUtf8(**plain));
    }
    for (const QString &context :
         {QStringLiteral("int main_2 = 2;\nint main_3 = 3;\nint main_4 = 4;\n"),
          QStringLiteral("int main_8 = 8;\nint main_9 = 9;\nint main_10 = 10;\n"),
          QStringLiteral("int util_4 = 4;\nint util_5 = 5;\nint util_6 = 6;\n")}) {
        QVERIFY2(contexts.contains(context), qPrintable(contexts.join(QLatin1Char('|'))));
    }
}

void TestAuditLog::plainValuesMayBeLeftOut()
{
    // As an export for a room that lets no code out leaves them: the chain and the
    // replay still verify, and the values are withheld.
    Database &database = m_fixture->workspace().database();
    QVERIFY(database.execute(QStringLiteral("DELETE FROM audit_value")));
    QVERIFY(AuditLog::verifyChain(database));
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    const QByteArray digest
        = QCryptographicHash::hash(title.toUtf8(), QCryptographicHash::Sha256).toHex();
    auto plain = AuditLog::plainValue(database, digest);
    QVERIFY(plain);
    QVERIFY(!plain->has_value());
}

void TestAuditLog::verifierFindsTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message"); // a regular expression
    const QString firstFinding = QStringLiteral("(SELECT id FROM finding ORDER BY created, id "
                                                "LIMIT 1)");
    const QString finding = QStringLiteral("The finding '[0-9a-f-]{36}' in the workspace has ");
    const QString says = QStringLiteral(", but the audit log \\(entry \\d+\\) says ");

    QTest::newRow("a finding's title")
        << QStringLiteral("UPDATE finding SET title = 'harmless' WHERE id = ") + firstFinding
        << finding + QStringLiteral("title = \\{\"sha256\":\"[0-9a-f]{64}\"\\}") + says;
    QTest::newRow("a finding's severity") << QStringLiteral("UPDATE finding SET severity = 'info'")
                                          << finding + QStringLiteral("severity = \"info\"") + says;
    QTest::newRow("a finding's status")
        << QStringLiteral("UPDATE finding SET status = 'fixed' WHERE id = ") + firstFinding
        << finding + QStringLiteral("status = \"fixed\"") + says + QStringLiteral("\"open\"");
    QTest::newRow("a finding's lines")
        << QStringLiteral("UPDATE location SET end_line = end_line + 1 WHERE generation = 1")
        << finding + QStringLiteral("anchors = ") + QStringLiteral(".*") + says;
    QTest::newRow("a finding deleted")
        << QStringLiteral("DELETE FROM finding WHERE id = ") + firstFinding
        << QStringLiteral("The finding '[0-9a-f-]{36}' recorded by audit log entry \\d+ is "
                          "missing from the workspace\\.");
    QTest::newRow("a finding inserted")
        << QStringLiteral("INSERT INTO finding(id, repository, commit_id, title, severity, "
                          "status, author, created, updated) VALUES('00000000-0000-4000-8000-"
                          "000000000000', 'app', '', 'planted', 'low', 'open', 'Eve', '', '')")
        << QStringLiteral("The finding '00000000-0000-4000-8000-000000000000' is in the "
                          "workspace, but no audit log entry records it\\.");
    QTest::newRow("a comment's text")
        << QStringLiteral("UPDATE comment SET body = 'nothing to see'")
        << QStringLiteral("The comment '[0-9a-f-]{36}' in the workspace has body = ");
    QTest::newRow("the review's name")
        << QStringLiteral("UPDATE review SET name = 'Another review'")
        << QStringLiteral("The review '[0-9a-f-]{36}' in the workspace has name = \"Another "
                          "review\"")
            + says + QStringLiteral("\"Fixture review\"");
    QTest::newRow("a repository's commit")
        << QStringLiteral("UPDATE repository SET current_commit = '%1'").arg(QString(40, u'0'))
        << QStringLiteral("The repository 'app' in the workspace has commit = \"0{40}\"") + says;
    QTest::newRow("a coverage row's lines")
        << QStringLiteral("UPDATE coverage SET end_line = end_line + 1 WHERE id = (SELECT "
                          "min(id) FROM coverage)")
        << QStringLiteral("The coverage row '\\d+' in the workspace is \\[.*\\]") + says;
    QTest::newRow("a coverage row deleted")
        << QStringLiteral("DELETE FROM coverage WHERE id = (SELECT max(id) FROM coverage)")
        << QStringLiteral("The coverage row '\\d+' recorded by audit log entry 14 is missing");
    QTest::newRow("the last coverage row's lines")
        << QStringLiteral("UPDATE coverage SET start_line = start_line + 1 WHERE id = (SELECT "
                          "max(id) FROM coverage)")
        << QStringLiteral("The coverage row '\\d+' in the workspace is \\[.*\\]") + says;
    QTest::newRow("a coverage row inserted after the last")
        << QStringLiteral("INSERT INTO coverage(id, repository, commit_id, path, start_line, "
                          "end_line, reviewer, marked) SELECT max(id) + 1, repository, "
                          "commit_id, path, 1, 2, reviewer, marked FROM coverage")
        << QStringLiteral("^The coverage row '\\d+' is in the workspace, but no audit log "
                          "entry records it\\.");
    // The tables are read in ranges of ids: one below the first is still read.
    QTest::newRow("a coverage row inserted with a negative id")
        << QStringLiteral("INSERT INTO coverage(id, repository, commit_id, path, start_line, "
                          "end_line, reviewer, marked) SELECT -7, repository, commit_id, path, 1, "
                          "2, reviewer, marked FROM coverage LIMIT 1")
        << QStringLiteral("^The coverage row '-7' is in the workspace, but no audit log entry "
                          "records it\\.");
    QTest::newRow("a finding inserted with a negative rowid")
        << QStringLiteral("INSERT INTO finding(rowid, id, repository, commit_id, title, severity, "
                          "cwe, status, description, recommendation, author, created, updated) "
                          "SELECT -3, 'ffffffff-0000-4000-8000-00000000000f', repository, "
                          "commit_id, title, severity, cwe, status, description, recommendation, "
                          "author, created, updated FROM finding LIMIT 1")
        << QStringLiteral("^The finding 'ffffffff-0000-4000-8000-00000000000f' is in the "
                          "workspace, but no audit log entry records it\\.");
    QTest::newRow("a coverage row's marker")
        << QStringLiteral("UPDATE coverage SET reviewer = 'Eve' WHERE id = (SELECT max(id) FROM "
                          "coverage)")
        << QStringLiteral("The coverage row '\\d+' in the workspace is \\[.*\"Eve\".*\\]") + says;
    QTest::newRow("the last finding's cwe")
        << QStringLiteral("UPDATE finding SET cwe = 1 WHERE rowid = (SELECT max(rowid) FROM "
                          "finding)")
        << finding + QStringLiteral("cwe = 1") + says;
    QTest::newRow("a comment inserted")
        << QStringLiteral("INSERT INTO comment(id, finding_id, author, created, body) SELECT "
                          "'ffffffff-0000-4000-8000-000000000000', finding_id, author, created, "
                          "'planted' FROM comment LIMIT 1")
        << QStringLiteral("^The comment 'ffffffff-0000-4000-8000-000000000000' is in the "
                          "workspace, but no audit log entry records it\\.");
    QTest::newRow("a comment deleted")
        << QStringLiteral("DELETE FROM comment WHERE rowid = (SELECT max(rowid) FROM comment)")
        << QStringLiteral("^The comment '[0-9a-f-]{36}' recorded by audit log entry 16 is "
                          "missing from the workspace\\.");
    QTest::newRow("a location's withheld context")
        << QStringLiteral("UPDATE location SET context_after = CAST('int x;' AS BLOB) WHERE "
                          "(finding_id, generation, ordinal) = (SELECT finding_id, generation, "
                          "ordinal FROM location ORDER BY finding_id DESC LIMIT 1)")
        << finding + QStringLiteral("anchors = .*") + says;
    QTest::newRow("a log line") << QStringLiteral(
        "UPDATE audit_log SET line = replace(line, '\"actor\":\"Ada Auditor\"', "
        "'\"actor\":\"Eve\"') WHERE seq = 4")
                                << QStringLiteral("^Audit log entry 4 does not match its hash");
    QTest::newRow("a log hash")
        << QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 9").arg(QString(64, u'0'))
        << QStringLiteral("^Audit log entry 9 does not match its hash");
    // What the finding's history is looked up by: moving an entry away hides it there.
    QTest::newRow("a log entry's subject")
        << QStringLiteral("UPDATE audit_log SET subject = 'elsewhere' WHERE seq = 5")
        << QStringLiteral("^Audit log entry 5 is filed under 'elsewhere', but it is about "
                          "'[0-9a-f-]{36}'\\.");
    QTest::newRow("a log entry deleted")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 5")
        << QStringLiteral("^Audit log entry 5 is missing \\(the next entry is 6\\)");
    QTest::newRow("the last log entry deleted")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 16")
        << QStringLiteral("The comment '[0-9a-f-]{36}' is in the workspace, but no audit log "
                          "entry records it");
    QTest::newRow("a log entry appended")
        << QStringLiteral("INSERT INTO audit_log(seq, line, hash) VALUES(17, '{\"seq\":17}', '%1')")
               .arg(QString(64, u'a'))
        << QStringLiteral("^Audit log entry 17 does not match its hash");
    QTest::newRow("a kept plain value")
        << QStringLiteral("UPDATE audit_value SET value = CAST('harmless' AS BLOB) WHERE "
                          "value = CAST('%1' AS BLOB)")
               .arg(description)
        << QStringLiteral("^The value kept for digest [0-9a-f]{64} beside the audit log was "
                          "changed\\.");
}

void TestAuditLog::verifierFindsTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    tamperAndVerify(sql, message);
}

// Verifies, changes the workspace behind Clearroom's back (another connection to the
// file, plain SQL), and expects the verifier to name the change as `message` says.
void TestAuditLog::tamperAndVerify(const QString &sql, const QString &message)
{
    QVERIFY(AuditVerifier::verify(m_fixture->workspace()));
    {
        auto database = Database::open(m_fixture->workspacePath());
        QVERIFY(database);
        QVERIFY2(database->execute(sql), qPrintable(sql));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT changes() > 0")),
                 QStringLiteral("1"));
    }
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(!verified, "the change was not noticed");
    const QRegularExpression expected(message);
    QVERIFY(expected.isValid());
    QVERIFY2(expected.match(verified.errorMessage()).hasMatch(),
             qPrintable(verified.errorMessage()));
}

void TestAuditLog::addedLocationIsVerified_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("its lines") << QStringLiteral(
        "UPDATE location SET start_line = 1 WHERE start_line = 8");
    QTest::newRow("it deleted") << QStringLiteral("DELETE FROM location WHERE start_line = 8");
    QTest::newRow("it moved to an earlier commit's list")
        << QStringLiteral("UPDATE location SET generation = 0 WHERE start_line = 8");
    QTest::newRow("the log's entry for it")
        << QStringLiteral("UPDATE audit_log SET line = replace(line, '\"start_line\":8', "
                          "'\"start_line\":9') WHERE seq = 17");
}

// A location added to a finding after it was carried to another commit: the replay puts
// it after the finding's current locations, and changing it behind Clearroom's back is
// noticed.
void TestAuditLog::addedLocationIsVerified()
{
    QFETCH(QString, sql);
    Workspace &workspace = m_fixture->workspace();
    auto all = workspace.findings().all();
    QVERIFY(all);
    const auto second = std::find_if(all->cbegin(), all->cend(), [](const Finding &finding) {
        return finding.title == QLatin1String("Second");
    });
    QVERIFY(second != all->cend());
    QCOMPARE(second->generation, 1);
    auto also = m_fixture->draft("src/util.c", 8, 9, QStringLiteral("unused"));
    QVERIFY(also);
    QVERIFY(workspace.findings().addLocations(second->id, {also->primary()}));
    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, 17);
    {
        auto database = Database::open(m_fixture->workspacePath());
        QVERIFY(database);
        QVERIFY2(database->execute(sql), qPrintable(sql));
        QCOMPARE(test::scalar(*database, QStringLiteral("SELECT changes() > 0")),
                 QStringLiteral("1"));
    }
    verified = AuditVerifier::verify(workspace);
    QVERIFY2(!verified, "the change was not noticed");
    QVERIFY2(verified.errorMessage().contains(second->id)
                 || verified.errorMessage().startsWith(QLatin1String("Audit log entry 17")),
             qPrintable(verified.errorMessage()));
}

// Two packages exported after the review of init(): entries 17 and 18.
void TestAuditLog::recordTwoExports()
{
    Workspace &workspace = m_fixture->workspace();
    auto first = workspace.exports().record(
        exportRecord(firstPackage, QString(), *AuditLog::headHash(workspace.database())));
    QVERIFY2(first, first ? "" : qPrintable(first.errorMessage()));
    auto second = workspace.exports().record(
        exportRecord(secondPackage, firstPackage, *AuditLog::headHash(workspace.database())));
    QVERIFY2(second, second ? "" : qPrintable(second.errorMessage()));
    QCOMPARE(first->ordinal, 1);
    QCOMPARE(second->ordinal, 2);
}

void TestAuditLog::exportsAreRecordedAndReplayed()
{
    Workspace &workspace = m_fixture->workspace();
    auto none = workspace.exports().last();
    QVERIFY(none && !*none);
    recordTwoExports();
    auto all = workspace.exports().all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).packageId, firstPackage);
    QCOMPARE(all->at(1).previousPackageId, firstPackage);
    QCOMPARE(all->at(1).size, qint64(5'000'000'000));
    QCOMPARE((*workspace.exports().last())->packageId, secondPackage);

    // Each an entry of the chain, with every value of its row.
    const QList<AuditEntry> all17 = entries(workspace.database());
    QCOMPARE(all17.size(), 18);
    QCOMPARE(all17.at(17).subject, secondPackage);
    const QJsonObject entry = QJsonDocument::fromJson(all17.at(17).line).object();
    QCOMPARE(entry.value(QStringLiteral("action")).toString(), QStringLiteral("package.export"));
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), secondPackage);
    const QJsonObject values = entry.value(QStringLiteral("new")).toObject();
    QCOMPARE(values.value(QStringLiteral("previous_package_id")).toString(), firstPackage);
    QCOMPARE(values.value(QStringLiteral("ordinal")).toInt(), 2);
    QCOMPARE(values.value(QStringLiteral("audit_log_head")).toString().toLatin1(),
             all17.at(16).hash);
    QCOMPARE(values.keys(),
             (QStringList {QStringLiteral("audit_log_head"), QStringLiteral("created"),
                           QStringLiteral("file_name"), QStringLiteral("ordinal"),
                           QStringLiteral("previous_package_id"), QStringLiteral("sha256"),
                           QStringLiteral("signer_fingerprint"), QStringLiteral("signer_name"),
                           QStringLiteral("size")}));
    QByteArrayList lines;
    for (const AuditEntry &each : all17)
        lines.append(each.line);
    QCOMPARE(test::auditChainHashes(lines).last(), all17.last().hash);

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, 18);
}

void TestAuditLog::verifierFindsExportTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message"); // a regular expression
    const QString says = QStringLiteral(", but the audit log \\(entry \\d+\\) says ");
    QTest::newRow("an export's file digest")
        << QStringLiteral("UPDATE package_export SET sha256 = '%1' WHERE ordinal = 1")
               .arg(QString(64, u'0'))
        << QStringLiteral("The exported package '%1' in the workspace has sha256 = \"0{64}\"")
                .arg(firstPackage)
            + says + QStringLiteral("\"a{64}\"");
    QTest::newRow("an export's previous package")
        << QStringLiteral("UPDATE package_export SET previous_package_id = '' WHERE ordinal = 2")
        << QStringLiteral("The exported package '%1' in the workspace has previous_package_id = "
                          "\"\"")
                .arg(secondPackage)
            + says;
    QTest::newRow("an export deleted")
        << QStringLiteral("DELETE FROM package_export WHERE ordinal = 2")
        << QStringLiteral("The exported package '%1' recorded by audit log entry 18 is missing "
                          "from the workspace\\.")
               .arg(secondPackage);
    QTest::newRow("an export added without an entry")
        << QStringLiteral("INSERT INTO package_export(ordinal, package_id, previous_package_id, "
                          "created, signer_name, signer_fingerprint, file_name, size, sha256, "
                          "audit_log_head) SELECT 3, '33333333-3333-8333-8333-333333333333', "
                          "package_id, created, signer_name, signer_fingerprint, file_name, size, "
                          "sha256, audit_log_head FROM package_export WHERE ordinal = 2")
        << QStringLiteral("The exported package '33333333-3333-8333-8333-333333333333' is in the "
                          "workspace, but no audit log entry records it\\.");
    QTest::newRow("an export's log line")
        << QStringLiteral("UPDATE audit_log SET line = replace(line, '\"ordinal\":1', "
                          "'\"ordinal\":7') WHERE seq = 17")
        << QStringLiteral("^Audit log entry 17 does not match its hash");
    QTest::newRow("an export's log entry deleted")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 18")
        << QStringLiteral("The exported package '%1' is in the workspace, but no audit log "
                          "entry records it")
               .arg(secondPackage);
}

void TestAuditLog::verifierFindsExportTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    recordTwoExports();
    tamperAndVerify(sql, message);
}

// Whoever rewrites an export's entry and every hash after it keeps the chain intact; the
// replay still finds the table and the log disagreeing.
void TestAuditLog::rechainedExportEntryIsFound()
{
    recordTwoExports();
    {
        auto database = Database::open(m_fixture->workspacePath());
        QVERIFY(database);
        QList<AuditEntry> all = entries(*database);
        QByteArrayList lines;
        for (const AuditEntry &entry : all)
            lines.append(entry.line);
        const QByteArray sha256 = "\"sha256\":\"" + QByteArray(64, 'a') + '"';
        QVERIFY(lines[16].contains(sha256));
        const QByteArray forged = "\"sha256\":\"" + QByteArray(64, 'b') + '"';
        lines[16].replace(sha256, forged);
        const QByteArrayList hashes = test::auditChainHashes(lines);
        for (int i = 16; i < lines.size(); ++i) {
            auto update = database->prepare(
                QStringLiteral("UPDATE audit_log SET line = ?, hash = ? WHERE seq = ?"));
            QVERIFY(update);
            update->bind(1, QString::fromUtf8(lines.at(i)))
                .bind(2, QString::fromLatin1(hashes.at(i)))
                .bind(3, qint64(i + 1));
            QVERIFY(update->run());
        }
    }
    QVERIFY(AuditLog::verifyChain(m_fixture->workspace().database()));
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(!verified, "the rewritten entry was not noticed");
    QVERIFY2(verified.errorMessage().startsWith(
                 QStringLiteral("The exported package '%1' in the workspace has sha256 = \"%2\", "
                                "but the audit log (entry 17) says \"%3\"")
                     .arg(firstPackage, QString(64, u'a'), QString(64, u'b'))),
             qPrintable(verified.errorMessage()));
}

// The lead's work after the review of init(): two packages taken in (entries 17, 18), the
// first superseded by the second (19), a package refused (20), a decision (21) replaced by
// another (22 withdraws it, 23), a rejection (24), and a chosen commit (25).
void TestAuditLog::recordLeadWork()
{
    LeadStore &lead = m_fixture->workspace().lead();
    QVERIFY(
        lead.import(leadPackage(firstPackage, QString(), "PK first package"), "PK first package"));
    auto imported = lead.import(leadPackage(secondPackage, firstPackage, "PK second package"),
                                "PK second package");
    QVERIFY2(imported, imported ? "" : qPrintable(imported.errorMessage()));
    QVERIFY(lead.supersede(firstPackage, secondPackage));
    auto refused = lead.refuse({0, QStringLiteral("forged.crpkg"), QByteArray(64, 'c'),
                                QStringLiteral("The signature does not verify."),
                                QDateTime(QDate(2026, 11, 3), QTime(9, 1), Qt::UTC)});
    QVERIFY2(refused, refused ? "" : qPrintable(refused.errorMessage()));
    QCOMPARE(refused->id, qint64(1));
    LeadDecision decision;
    decision.resultId = QStringLiteral("r1");
    decision.decision = QStringLiteral("keep");
    decision.title = title;
    decision.severity = QStringLiteral("high");
    decision.status = QStringLiteral("open");
    decision.cwe = 120;
    decision.sources = {{secondPackage, QStringLiteral("f1")}};
    decision.json = R"({"id":"r1","title":"strcpy(buf, input) overflows"})";
    decision.decided = QDateTime(QDate(2026, 11, 3), QTime(9, 2), Qt::UTC);
    QVERIFY(lead.decide(decision));
    decision.resultId = QStringLiteral("r2");
    decision.decision = QStringLiteral("merge");
    decision.sources.append({secondPackage, QStringLiteral("f2")});
    decision.rationale = QStringLiteral("rationale: both are the strcpy at line 5");
    auto replaced = lead.decide(decision, {QStringLiteral("r1")});
    QVERIFY2(replaced, replaced ? "" : qPrintable(replaced.errorMessage()));
    decision.resultId = QStringLiteral("r3");
    decision.decision = QStringLiteral("reject");
    decision.sources = {{secondPackage, QStringLiteral("f3")}};
    decision.rationale = QStringLiteral("reason: not reachable");
    QVERIFY(lead.decide(decision));
    QVERIFY(lead.setTargetCommit(ReviewFixture::repositoryName(), QByteArray(40, 'a')));
    QCOMPARE(*AuditLog::size(m_fixture->workspace().database()), 25);
}

void TestAuditLog::leadWorkIsRecordedAndReplayed()
{
    Workspace &workspace = m_fixture->workspace();
    recordLeadWork();
    LeadStore &lead = workspace.lead();
    auto packages = lead.packages();
    QVERIFY(packages);
    QCOMPARE(packages->size(), 2);
    QCOMPARE(packages->at(0).supersededBy, secondPackage);
    QCOMPARE(packages->at(1).previousPackageId, firstPackage);
    QCOMPARE(packages->at(1).signerSubject, QStringLiteral("CN=Ada Auditor,O=Lab"));
    QCOMPARE(*lead.packageBytes(secondPackage), QByteArray("PK second package"));
    QVERIFY(!lead.packageBytes(QStringLiteral("nothing")));
    QCOMPARE(lead.refused()->size(), 1);
    QCOMPARE(lead.refused()->at(0).reason, QStringLiteral("The signature does not verify."));
    auto decisions = lead.decisions();
    QVERIFY(decisions);
    QCOMPARE(decisions->size(), 2);
    QCOMPARE(decisions->at(0).resultId, QStringLiteral("r2"));
    QCOMPARE(decisions->at(0).sources.size(), 2);
    QCOMPARE(decisions->at(0).sources.at(1).second, QStringLiteral("f2"));
    QCOMPARE(decisions->at(1).decision, QStringLiteral("reject"));
    QCOMPARE(lead.targetCommits()->size(), 1);
    QCOMPARE(lead.targetCommits()->at(0).commit, QByteArray(40, 'a'));
    // Taking back what is not there changes nothing.
    QVERIFY(!lead.withdraw(QStringLiteral("r1")));
    QVERIFY(!lead.setTargetCommit(ReviewFixture::repositoryName(), "HEAD"));
    QVERIFY(!lead.import(leadPackage(QStringLiteral("x"), QString(), "bytes"), "other bytes"));
    QCOMPARE(*AuditLog::size(workspace.database()), 25);

    // Free text only as digests; the bytes as theirs.
    const QList<AuditEntry> all = entries(workspace.database());
    for (const AuditEntry &entry : all) {
        for (const QByteArray &text :
             {QByteArray("strcpy"), QByteArray("not reachable"), QByteArray("forged.crpkg"),
              QByteArray("does not verify"), QByteArray("PK second")})
            QVERIFY2(!entry.line.contains(text), entry.line.constData());
    }
    const QJsonObject imported = QJsonDocument::fromJson(all.at(17).line).object();
    QCOMPARE(imported.value(QStringLiteral("action")).toString(), QStringLiteral("package.import"));
    QCOMPARE(imported.value(QStringLiteral("new"))
                 .toObject()
                 .value(QStringLiteral("bytes_sha256"))
                 .toString()
                 .toLatin1(),
             AuditLog::sha256Hex("PK second package"));
    QStringList actions;
    for (int i = 16; i < all.size(); ++i)
        actions.append(QJsonDocument::fromJson(all.at(i).line)
                           .object()
                           .value(QStringLiteral("action"))
                           .toString());
    QCOMPARE(actions,
             (QStringList {
                 QStringLiteral("package.import"), QStringLiteral("package.import"),
                 QStringLiteral("package.supersede"), QStringLiteral("package.reject"),
                 QStringLiteral("consolidation.decide"), QStringLiteral("consolidation.withdraw"),
                 QStringLiteral("consolidation.decide"), QStringLiteral("consolidation.decide"),
                 QStringLiteral("consolidation.target")}));

    auto verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, 25);

    // Back to the default rule: the choice is removed, and the replay agrees.
    QVERIFY(lead.setTargetCommit(ReviewFixture::repositoryName(), QByteArray()));
    QCOMPARE(lead.targetCommits()->size(), 0);
    verified = AuditVerifier::verify(workspace);
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
}

void TestAuditLog::verifierFindsLeadTampering_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message"); // a regular expression
    const QString says = QStringLiteral(", but the audit log \\(entry \\d+\\) says ");
    QTest::newRow("a stored package's byte")
        << QStringLiteral("UPDATE lead_package SET bytes = CAST('PK second packagE' AS BLOB) "
                          "WHERE package_id = '%1'")
               .arg(secondPackage)
        << QStringLiteral("The imported package '%1' in the workspace has bytes_sha256 = ")
                .arg(secondPackage)
            + QStringLiteral(".*") + says;
    QTest::newRow("a package no longer superseded")
        << QStringLiteral("UPDATE lead_package SET superseded_by = '' WHERE package_id = '%1'")
               .arg(firstPackage)
        << QStringLiteral("The imported package '%1' in the workspace has superseded_by = \"\"")
                .arg(firstPackage)
            + says;
    QTest::newRow("a package's notes")
        << QStringLiteral("UPDATE lead_package SET notes = 'fine' WHERE package_id = '%1'")
               .arg(secondPackage)
        << QStringLiteral("The imported package '%1' in the workspace has notes = ")
               .arg(secondPackage);
    QTest::newRow("a package removed")
        << QStringLiteral("DELETE FROM lead_package WHERE package_id = '%1'").arg(secondPackage)
        << QStringLiteral("The imported package '%1' recorded by audit log entry 18 is missing "
                          "from the workspace\\.")
               .arg(secondPackage);
    QTest::newRow("a package added")
        << QStringLiteral(
               "INSERT INTO lead_package SELECT '33333333-3333-8333-8333-333333333333', "
               "sha256, size, file_name, signer_name, signer_subject, "
               "signer_fingerprint, review_id, review_name, previous_package_id, signed, "
               "verified, imported, findings, superseded_by, notes, bytes FROM "
               "lead_package WHERE package_id = '%1'")
               .arg(secondPackage)
        << QStringLiteral("The imported package '33333333-3333-8333-8333-333333333333' is in the "
                          "workspace, but no audit log entry records it\\.");
    QTest::newRow("a refusal's reason")
        << QStringLiteral("UPDATE lead_refusal SET reason = 'Fine.' WHERE id = 1")
        << QStringLiteral("The refused package '1' in the workspace has reason = ");
    QTest::newRow("a refusal removed")
        << QStringLiteral("DELETE FROM lead_refusal")
        << QStringLiteral("The refused package '1' recorded by audit log entry 20 is missing");
    QTest::newRow("a decision's finding")
        << QStringLiteral("UPDATE lead_decision SET json = '{}' WHERE result_id = 'r2'")
        << QStringLiteral("The consolidation decision 'r2' in the workspace has finding = ");
    QTest::newRow("a decision's sources")
        << QStringLiteral("UPDATE lead_decision SET sources = '[]' WHERE result_id = 'r2'")
        << QStringLiteral("The consolidation decision 'r2' in the workspace has sources = \\[\\]")
            + says;
    QTest::newRow("a rejection turned into a keep")
        << QStringLiteral("UPDATE lead_decision SET decision = 'keep' WHERE result_id = 'r3'")
        << QStringLiteral("The consolidation decision 'r3' in the workspace has decision = "
                          "\"keep\"");
    QTest::newRow("a withdrawn decision back")
        << QStringLiteral("INSERT INTO lead_decision SELECT 'r1', decision, automatic, title, "
                          "severity, status, cwe, sources, rationale, json, decided FROM "
                          "lead_decision WHERE result_id = 'r2'")
        << QStringLiteral("The consolidation decision 'r1' is in the workspace, but no audit "
                          "log entry records it\\.");
    QTest::newRow("a decision removed")
        << QStringLiteral("DELETE FROM lead_decision WHERE result_id = 'r3'")
        << QStringLiteral("The consolidation decision 'r3' recorded by audit log entry 24 is "
                          "missing");
    QTest::newRow("a chosen commit")
        << QStringLiteral("UPDATE lead_target SET commit_id = '%1'").arg(QString(40, u'b'))
        << QStringLiteral("The chosen commit of the repository '%1' in the workspace has commit = ")
               .arg(ReviewFixture::repositoryName());
    QTest::newRow("a chosen commit removed")
        << QStringLiteral("DELETE FROM lead_target")
        << QStringLiteral("The chosen commit of the repository '%1' recorded by audit log entry "
                          "25 is missing")
               .arg(ReviewFixture::repositoryName());
    QTest::newRow("a withdrawal's log entry removed")
        << QStringLiteral("DELETE FROM audit_log WHERE seq = 22")
        << QStringLiteral("^Audit log entry 22 is missing \\(the next entry is 23\\)");
}

void TestAuditLog::verifierFindsLeadTampering()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    recordLeadWork();
    tamperAndVerify(sql, message);
}

void TestAuditLog::verifierNamesSmallestId_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("firstId"); // the id the message must name
    QTest::addColumn<QString>("message"); // how it starts
    QTest::newRow("every finding changed")
        << QStringLiteral("UPDATE finding SET cwe = cwe + 1")
        << QStringLiteral("SELECT min(id) FROM finding") << QStringLiteral("The finding '");
    QTest::newRow("every comment changed")
        << QStringLiteral("UPDATE comment SET body = body || 'x'")
        << QStringLiteral("SELECT min(id) FROM comment") << QStringLiteral("The comment '");
    QTest::newRow("every comment deleted")
        << QStringLiteral("DELETE FROM comment") << QStringLiteral("SELECT min(id) FROM comment")
        << QStringLiteral("The comment '");
    QTest::newRow("every coverage row changed")
        << QStringLiteral("UPDATE coverage SET end_line = end_line + 1")
        << QStringLiteral("SELECT min(id) FROM coverage") << QStringLiteral("The coverage row '");
    QTest::newRow("every coverage row deleted")
        << QStringLiteral("DELETE FROM coverage") << QStringLiteral("SELECT min(id) FROM coverage")
        << QStringLiteral("The coverage row '");
    // The big tables are compared in two halves of their rowids at once (split at half the
    // largest): the smallest id is still the one named, whichever half holds it. Changed
    // here: the largest id of the lower half and the smallest of the upper, so that the
    // upper half holds the smallest changed finding (most likely: the ids are random) and
    // the lower half the smallest changed coverage row (always).
    const QString acrossHalves = QStringLiteral(
        "id IN ((SELECT max(id) FROM %1 WHERE rowid <= (SELECT max(rowid) FROM %1) / 2), "
        "(SELECT min(id) FROM %1 WHERE rowid > (SELECT max(rowid) FROM %1) / 2))");
    for (const QString &table : {QStringLiteral("finding"), QStringLiteral("coverage")}) {
        QTest::addRow("a %s in each half changed", qPrintable(table))
            << QStringLiteral("UPDATE %1 SET %2 WHERE ")
                    .arg(table,
                         table == QLatin1String("finding")
                             ? QStringLiteral("cwe = cwe + 1")
                             : QStringLiteral("end_line = end_line + 1"))
                + acrossHalves.arg(table)
            << QStringLiteral("SELECT min(id) FROM %1 WHERE ").arg(table) + acrossHalves.arg(table)
            << (table == QLatin1String("finding") ? QStringLiteral("The finding '")
                                                  : QStringLiteral("The coverage row '"));
    }
}

// When many rows disagree, the message names the one with the smallest id, whatever the
// order in which the tables or the log hold them.
void TestAuditLog::verifierNamesSmallestId()
{
    QFETCH(QString, sql);
    QFETCH(QString, firstId);
    QFETCH(QString, message);
    {
        auto database = Database::open(m_fixture->workspacePath());
        QVERIFY(database);
        firstId = test::scalar(*database, firstId);
        QVERIFY(!firstId.isEmpty());
        QVERIFY2(database->execute(sql), qPrintable(sql));
        QVERIFY(test::scalar(*database, QStringLiteral("SELECT changes()")).toInt() > 1);
    }
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(!verified, "the change was not noticed");
    QVERIFY2(verified.errorMessage().startsWith(QString(message + firstId + QLatin1Char('\''))),
             qPrintable(verified.errorMessage()));
}

// The tables' rows are matched with the log's in the log's order first: rows in another
// order (as SQL behind Clearroom's back may leave them) agree all the same, and a changed
// one is still the one named.
void TestAuditLog::rowsInAnotherOrder()
{
    QString largest;
    {
        auto database = Database::open(m_fixture->workspacePath());
        QVERIFY(database);
        for (const QString &table : {QStringLiteral("finding"), QStringLiteral("comment")}) {
            for (const QString &sql :
                 {QStringLiteral("PRAGMA foreign_keys=OFF"),
                  QStringLiteral("CREATE TEMP TABLE moved AS SELECT * FROM %1 ORDER BY rowid DESC"),
                  QStringLiteral("DELETE FROM %1"),
                  QStringLiteral("INSERT INTO %1 SELECT * FROM moved"),
                  QStringLiteral("DROP TABLE moved")}) {
                const QString statement = sql.contains(QLatin1String("%1")) ? sql.arg(table) : sql;
                QVERIFY2(database->execute(statement), qPrintable(statement));
            }
        }
        QVERIFY(test::scalar(*database, QStringLiteral("SELECT count(*) FROM finding")).toInt()
                > 1);
        largest = test::scalar(*database, QStringLiteral("SELECT max(id) FROM finding"));
    }
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    if (!verified)
        QFAIL(qPrintable(verified.errorMessage()));

    {
        auto database = Database::open(m_fixture->workspacePath());
        QVERIFY(database);
        QVERIFY(database->execute(
            QStringLiteral("UPDATE finding SET cwe = cwe + 1 WHERE id = '%1'").arg(largest)));
    }
    verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(!verified, "the change was not noticed");
    QVERIFY2(verified.errorMessage().startsWith(QStringLiteral("The finding '%1' in the workspace "
                                                               "has cwe = ")
                                                    .arg(largest)),
             qPrintable(verified.errorMessage()));
}

void TestAuditLog::earliestEntryNamed_data()
{
    QTest::addColumn<int>("invalid"); // an entry that is not JSON (its hash recomputed)
    QTest::addColumn<int>("unhashed"); // an entry whose hash is wrong
    QTest::addColumn<QString>("message");
    QTest::newRow("the invalid entry first")
        << 5 << 9 << QStringLiteral("Audit log entry 5 is not a valid entry.");
    QTest::newRow("the wrong hash first")
        << 9 << 4
        << QStringLiteral("Audit log entry 4 does not match its hash: the entry or an earlier "
                          "one was changed.");
    QTest::newRow("the last entry invalid")
        << 16 << 0 << QStringLiteral("Audit log entry 16 is not a valid entry.");
}

// The log is read and hashed by one thread and parsed by another: whichever finds
// something, the message names the first entry that disagrees.
void TestAuditLog::earliestEntryNamed()
{
    QFETCH(int, invalid);
    QFETCH(int, unhashed);
    QFETCH(QString, message);
    Database &database = m_fixture->workspace().database();
    rewriteEntry(database, invalid, "{\"seq\":" + QByteArray::number(invalid) + ",");
    if (unhashed > 0) {
        QVERIFY(database.execute(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = %2")
                                     .arg(QString(64, u'0'))
                                     .arg(unhashed)));
    }
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(!verified, "the change was not noticed");
    QCOMPARE(verified.errorMessage(), message);
    QVERIFY(!AuditLog::verifyChain(database));
}

void TestAuditLog::nonCanonicalLineIsReadAsJson_data()
{
    QTest::addColumn<QString>("action");
    for (const char *action :
         {"review.create", "finding.create", "finding.update", "comment.create", "coverage.mark",
          "coverage.unmark", "finding.delete", "finding.move"})
        QTest::newRow(action) << QString::fromLatin1(action);
}

// The log is written canonically, but what is read is JSON: an entry written otherwise,
// meaning the same, verifies, and one that means something else does not.
void TestAuditLog::nonCanonicalLineIsReadAsJson()
{
    QFETCH(QString, action);
    Database &database = m_fixture->workspace().database();
    AuditEntry chosen;
    for (const AuditEntry &entry : entries(database)) {
        if (chosen.seq == 0
            && QJsonDocument::fromJson(entry.line).object().value(QStringLiteral("action"))
                == action)
            chosen = entry;
    }
    QVERIFY2(chosen.seq > 0, qPrintable(action));
    const QJsonObject object = QJsonDocument::fromJson(chosen.line).object();
    const QByteArray rewritten = " " + nonCanonical(object) + "\t";
    QVERIFY(QJsonDocument::fromJson(rewritten).object() == object);
    rewriteEntry(database, chosen.seq, rewritten);
    auto verified = AuditVerifier::verify(m_fixture->workspace());
    QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    QCOMPARE(verified->entries, 16);

    // The same entry saying something else about its rows is noticed.
    QJsonObject changed = object;
    changed.insert(QStringLiteral("id"), QStringLiteral("someone-else"));
    changed.insert(QStringLiteral("finding"), QStringLiteral("someone-else"));
    rewriteEntry(database, chosen.seq, nonCanonical(changed));
    QVERIFY(database.execute(QStringLiteral("UPDATE audit_log SET subject = 'someone-else' "
                                            "WHERE seq = %1")
                                 .arg(chosen.seq)));
    verified = AuditVerifier::verify(m_fixture->workspace());
    if (!action.startsWith(QLatin1String("coverage."))) {
        QVERIFY2(!verified, "the change was not noticed");
    } else {
        // Coverage entries are about no id: what they add and remove is compared.
        QVERIFY2(verified, verified ? "" : qPrintable(verified.errorMessage()));
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
