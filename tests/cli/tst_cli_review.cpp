// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The workspace commands of clearroom-cli as a script uses them, on the repository of
// reviewHistory(): review, finding, coverage and log, their documented output, and bad
// input answered with exit status 1 or 2, one line on standard error, nothing on standard
// output and the workspace left as it was.
#include "auditchain.h"
#include "database.h"
#include "gitconformance.h"
#include "reviewfixture.h"
#include "reviewhistory.h"
#include "scratchdirectory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clearroom;
using namespace clearroom::test;

namespace {

QByteArray readBytes(const QByteArray &name)
{
    QFile file(QFile::decodeName(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QByteArray &name, const QByteArray &content)
{
    QFile file(QFile::decodeName(name));
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '));
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QJsonObject jsonOf(const ProcessResult &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.standardOutput, &error);
    return error.error == QJsonParseError::NoError ? document.object() : QJsonObject();
}

// A failure as every command reports one: exit status `code`, one line on standard error
// holding `message`, nothing on standard output. Empty when it is so.
QString failureProblem(const ProcessResult &result, int code, const QString &message)
{
    const QString violation = failureConventionViolation(result);
    if (!violation.isEmpty())
        return violation;
    const QString error = QString::fromUtf8(result.standardError);
    if (result.exitCode != code)
        return QStringLiteral("exit status %1, not %2: %3")
            .arg(result.exitCode)
            .arg(code)
            .arg(error);
    if (!error.contains(message))
        return QStringLiteral("'%1' does not say '%2'").arg(error.trimmed(), message);
    return {};
}

} // namespace

class TestCliReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void initDefaults_data();
    void initDefaults();
    void initOnABadRepositoryLeavesNoFile_data();
    void initOnABadRepositoryLeavesNoFile();
    void workspaceInsideTheRepositoryIsRefused_data();
    void workspaceInsideTheRepositoryIsRefused();
    void pluralsReadRight();
    void repoMayBeLeftOutWithOneRepository();
    void workflow();
    void pathsThatAreNotUtf8();
    void badInputChangesNothing_data();
    void badInputChangesNothing();
    void emptyFileHasNoLines();
    void notAWorkspace_data();
    void notAWorkspace();

private:
    QByteArray path(const char *name) const
    {
        return QFile::encodeName(m_dir.filePath(QLatin1String(name)));
    }
    QByteArray revision(const QByteArray &name) const;
    // A new workspace in its own file, reviewing the work tree at `base`; its file name.
    QByteArray newWorkspace(const char *name);
    // Adds a finding; its id, or an empty array.
    QByteArray addFinding(const QByteArray &workspace, const QByteArrayList &options);

    ScratchDirectory m_dir;
    QByteArray m_workTree;
    QByteArray m_bare;
    // A workspace with a finding, a comment and coverage that bad input must not change.
    QByteArray m_workspace;
};

void TestCliReview::initTestCase()
{
    QVERIFY2(!clearroomCliPath().isEmpty(), "CLEARROOM_CLI is not set (run through CTest)");
    QString error;
    m_workTree = path("project");
    m_bare = path("vendor.git");
    QVERIFY2(reviewHistory().create(QFile::decodeName(m_workTree), false, &error),
             qPrintable(error));
    QVERIFY2(reviewHistory().create(QFile::decodeName(m_bare), true, &error), qPrintable(error));
    QCOMPARE(
        revision("main"),
        referenceGit(QFile::decodeName(m_bare), {"rev-parse", "main"}).standardOutput.trimmed());

    m_workspace = newWorkspace("shared.clearroom");
    QVERIFY(!m_workspace.isEmpty());
    const QByteArray id = addFinding(m_workspace, {"--path", "src/main.c", "--lines", "5-7"});
    QVERIFY(!id.isEmpty());
    QVERIFY(clearroomCli({"finding", "comment", m_workspace, id.left(8), "--text", "noted"}).ok());
    QVERIFY(clearroomCli({"coverage", "mark", m_workspace, "--path", "src/util.c"}).ok());
}

QByteArray TestCliReview::revision(const QByteArray &name) const
{
    return referenceGit(QFile::decodeName(m_workTree), {"rev-parse", name + "^{commit}"})
        .standardOutput.trimmed();
}

QByteArray TestCliReview::newWorkspace(const char *name)
{
    const QByteArray workspace = path(name);
    const ProcessResult init
        = clearroomCli({"review", "init", workspace, "--name", "Audit", "--repo", m_workTree,
                        "--commit", "base", "--reviewer", "Ada"});
    if (!init.ok()) {
        qWarning("review init: %s", init.standardError.constData());
        return {};
    }
    return workspace;
}

QByteArray TestCliReview::addFinding(const QByteArray &workspace, const QByteArrayList &options)
{
    const ProcessResult added = clearroomCli(
        QByteArrayList {"finding", "add", workspace, "--severity", "high", "--title", "Overflow"}
        + options);
    if (!added.ok() || added.standardOutput.size() != 37 || !added.standardOutput.endsWith('\n')) {
        qWarning("finding add: %s%s", added.standardOutput.constData(),
                 added.standardError.constData());
        return {};
    }
    return added.standardOutput.trimmed();
}

void TestCliReview::initDefaults_data()
{
    QTest::addColumn<QByteArray>("repository"); // in the scratch folder
    QTest::addColumn<QByteArrayList>("options");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("commit");
    QTest::newRow("work tree") << QByteArray("project") << QByteArrayList {}
                               << QByteArray("project") << QByteArray("main");
    QTest::newRow("its .git folder") << QByteArray("project/.git") << QByteArrayList {}
                                     << QByteArray("project") << QByteArray("main");
    QTest::newRow("bare, without .git") << QByteArray("vendor.git") << QByteArrayList {}
                                        << QByteArray("vendor") << QByteArray("main");
    QTest::newRow("bare, trailing slash") << QByteArray("vendor.git/") << QByteArrayList {}
                                          << QByteArray("vendor") << QByteArray("main");
    QTest::newRow("named, at a commit")
        << QByteArray("vendor.git") << QByteArrayList {"--repo-name", "lib", "--commit", "base"}
        << QByteArray("lib") << QByteArray("base");
}

void TestCliReview::initDefaults()
{
    QFETCH(QByteArray, repository);
    QFETCH(QByteArrayList, options);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, commit);
    ScratchDirectory dir;
    const QByteArray workspace = QFile::encodeName(dir.filePath(QStringLiteral("w.clearroom")));
    const ProcessResult init
        = clearroomCli(QByteArrayList {"review", "init", workspace, "--name", "Audit", "--reviewer",
                                       "Ada", "--repo", path("") + repository}
                       + options);
    QVERIFY2(init.ok(), init.standardError.constData());
    QVERIFY2(init.standardOutput.contains(
                 QByteArray("repository '" + name + "' at commit " + revision(commit))),
             init.standardOutput.constData());
    const ProcessResult show = clearroomCli({"review", "show", workspace});
    QVERIFY2(show.ok(), show.standardError.constData());
    QVERIFY2(
        show.standardOutput.contains(QByteArray("Repository: " + name + " at " + revision(commit))),
        show.standardOutput.constData());
    QVERIFY2(show.standardOutput.contains("Reviewer:   Ada\n"), show.standardOutput.constData());
}

void TestCliReview::initOnABadRepositoryLeavesNoFile_data()
{
    QTest::addColumn<QByteArrayList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such folder") << QByteArrayList {"--repo", "/nonexistent/repository"}
                                    << QStringLiteral("'/nonexistent/repository' does not exist");
    QTest::newRow("not a repository")
        << QByteArrayList {"--repo", "/"} << QStringLiteral("is not a git repository");
    QTest::newRow("no such commit")
        << QByteArrayList {"--repo", "REPO", "--commit", "no-such-branch"}
        << QStringLiteral("Unknown revision 'no-such-branch'");
}

void TestCliReview::initOnABadRepositoryLeavesNoFile()
{
    QFETCH(QByteArrayList, options);
    QFETCH(QString, message);
    for (QByteArray &option : options) {
        if (option == "REPO")
            option = m_workTree;
    }
    ScratchDirectory dir;
    const QByteArray workspace = QFile::encodeName(dir.filePath(QStringLiteral("w.clearroom")));
    const ProcessResult init = clearroomCli(
        QByteArrayList {"review", "init", workspace, "--name", "Audit", "--reviewer", "Ada"}
        + options);
    const QString problem = failureProblem(init, 1, message);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFile::exists(QFile::decodeName(workspace)));
}

void TestCliReview::workspaceInsideTheRepositoryIsRefused_data()
{
    QTest::addColumn<QByteArray>("repository");
    QTest::addColumn<QByteArray>("workspace"); // both in the scratch folder
    QTest::newRow("work tree") << QByteArray("project") << QByteArray("project/w.clearroom");
    QTest::newRow("a folder of it")
        << QByteArray("project") << QByteArray("project/src/w.clearroom");
    QTest::newRow("its .git folder")
        << QByteArray("project/.git") << QByteArray("project/.git/w.clearroom");
    QTest::newRow("bare") << QByteArray("vendor.git") << QByteArray("vendor.git/w.clearroom");
    QTest::newRow("through ..") << QByteArray("vendor.git")
                                << QByteArray("project/../vendor.git/refs/w.clearroom");
}

// Clearroom never writes into a reviewed repository: not even its workspace file.
void TestCliReview::workspaceInsideTheRepositoryIsRefused()
{
    QFETCH(QByteArray, repository);
    QFETCH(QByteArray, workspace);
    const ProcessResult init
        = clearroomCli({"review", "init", path("") + workspace, "--name", "Audit", "--reviewer",
                        "Ada", "--repo", path("") + repository});
    const QString problem
        = failureProblem(init, 1, QStringLiteral("would be inside the repository under review"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFile::exists(QFile::decodeName(path("") + workspace)));
}

// In the tests' C locale too: the English translation is the fallback for a language
// Clearroom does not speak, and it holds the plural forms.
void TestCliReview::pluralsReadRight()
{
    const QByteArray workspace = newWorkspace("plurals.clearroom");
    QVERIFY(!workspace.isEmpty());
    const ProcessResult one
        = clearroomCli({"coverage", "mark", workspace, "--path", "src/util.c", "--lines", "1"});
    QCOMPARE(one.standardOutput, QByteArray("Marked 1 line reviewed.\n"));
    const ProcessResult two
        = clearroomCli({"coverage", "mark", workspace, "--path", "src/util.c", "--lines", "1-2"});
    QCOMPARE(two.standardOutput, QByteArray("Marked 2 lines reviewed.\n"));
}

void TestCliReview::repoMayBeLeftOutWithOneRepository()
{
    const QByteArray workspace = newWorkspace("two.clearroom");
    QVERIFY(!workspace.isEmpty());
    QVERIFY(!addFinding(workspace, {"--path", "src/util.c", "--lines", "1"}).isEmpty());
    const ProcessResult added = clearroomCli({"review", "add-repo", workspace, "--repo", m_bare});
    QVERIFY2(added.ok(), added.standardError.constData());
    QVERIFY2(added.standardOutput.contains(QByteArray("'vendor' at commit " + revision("main"))),
             added.standardOutput.constData());

    const QByteArray before = readBytes(workspace);
    const ProcessResult ambiguous
        = clearroomCli({"finding", "add", workspace, "--path", "src/util.c", "--lines", "1",
                        "--severity", "low", "--title", "Which one?"});
    const QString problem
        = failureProblem(ambiguous, 1,
                         QStringLiteral("The review has several repositories (project, vendor): "
                                        "name one."));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(readBytes(workspace), before);

    const QByteArray id
        = addFinding(workspace, {"--repo", "vendor", "--path", "src/util.c", "--lines", "1"});
    QVERIFY(!id.isEmpty());
    const QJsonObject finding
        = jsonOf(clearroomCli({"finding", "show", workspace, id, "--format", "json"}));
    QCOMPARE(finding.value(QStringLiteral("repository")).toString(), QStringLiteral("vendor"));
    // The default commit is the repository's own in the review.
    QCOMPARE(finding.value(QStringLiteral("commit")).toString().toLatin1(), revision("main"));
}

void TestCliReview::workflow()
{
    const QByteArray workspace = newWorkspace("workflow.clearroom");
    QVERIFY(!workspace.isEmpty());
    const QByteArray description = path("description.md");
    QVERIFY(writeBytes(description, "The *sum* wraps.\n"));
    const QByteArray first
        = addFinding(workspace,
                     {"--path", "src/main.c", "--lines", "5-7", "--cwe", "CWE-190",
                      "--description-file", description, "--also", "src/util.c:2-3"});
    const QByteArray second
        = addFinding(workspace, {"--path", "src/gone.c", "--lines", "2", "--status", "confirmed"});
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    // finding list --format json: one object with a "findings" array, fields as documented.
    const ProcessResult list = clearroomCli({"finding", "list", workspace, "--format", "json"});
    QVERIFY2(list.ok(), list.standardError.constData());
    const QJsonObject listed = jsonOf(list);
    QCOMPARE(sortedKeys(listed), QStringList {QStringLiteral("findings")});
    const QJsonArray findings = listed.value(QStringLiteral("findings")).toArray();
    QCOMPARE(findings.size(), 2);
    QJsonObject finding;
    for (const QJsonValue &each : findings) {
        if (each.toObject().value(QStringLiteral("id")).toString().toLatin1() == first)
            finding = each.toObject();
    }
    QCOMPARE(sortedKeys(finding),
             words("anchor_state author author_fingerprint commit created cwe description id "
                   "locations recommendation repository severity status title updated"));
    QCOMPARE(finding.value(QStringLiteral("title")).toString(), QStringLiteral("Overflow"));
    QCOMPARE(finding.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(finding.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(finding.value(QStringLiteral("cwe")).toInt(), 190);
    QCOMPARE(finding.value(QStringLiteral("description")).toString(),
             QStringLiteral("The *sum* wraps.\n"));
    QCOMPARE(finding.value(QStringLiteral("author")).toString(), QStringLiteral("Ada"));
    QCOMPARE(finding.value(QStringLiteral("repository")).toString(), QStringLiteral("project"));
    QCOMPARE(finding.value(QStringLiteral("commit")).toString().toLatin1(), revision("base"));
    QCOMPARE(finding.value(QStringLiteral("anchor_state")).toString(), QStringLiteral("original"));
    const QJsonArray locations = finding.value(QStringLiteral("locations")).toArray();
    QCOMPARE(locations.size(), 2);
    const QJsonObject primary = locations.at(0).toObject();
    QCOMPARE(sortedKeys(primary), words("blob end_line excerpt_sha256 path start_line state"));
    QCOMPARE(primary.value(QStringLiteral("path")).toString(), QStringLiteral("src/main.c"));
    QCOMPARE(primary.value(QStringLiteral("start_line")).toInt(), 5);
    QCOMPARE(primary.value(QStringLiteral("end_line")).toInt(), 7);
    QCOMPARE(primary.value(QStringLiteral("blob")).toString().toLatin1(),
             referenceGit(QFile::decodeName(m_workTree), {"rev-parse", "base:src/main.c"})
                 .standardOutput.trimmed());
    QCOMPARE(
        primary.value(QStringLiteral("excerpt_sha256")).toString().toLatin1(),
        QCryptographicHash::hash(QByteArray("int main_5 = 5;\nint main_6 = 6;\nint main_7 = 7;\n"),
                                 QCryptographicHash::Sha256)
            .toHex());
    QCOMPARE(locations.at(1).toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("src/util.c"));
    for (const QJsonValue &each : findings) {
        if (each.toObject().value(QStringLiteral("id")).toString().toLatin1() == second) {
            QVERIFY(each.toObject().value(QStringLiteral("cwe")).isNull());
            QCOMPARE(each.toObject().value(QStringLiteral("status")).toString(),
                     QStringLiteral("confirmed"));
        }
    }

    // show, update, comment, delete by a prefix of the id.
    const QByteArray prefix = first.left(6);
    ProcessResult result = clearroomCli({"finding", "update", workspace, prefix, "--status",
                                         "false positive", "--title", "Overflow of the sum"});
    QVERIFY2(result.ok(), result.standardError.constData());
    QVERIFY2(result.standardOutput.contains("updated"), result.standardOutput.constData());
    const QByteArray logAfterUpdate = clearroomCli({"log", "export", workspace}).standardOutput;
    result = clearroomCli({"finding", "update", workspace, prefix, "--status", "false-positive"});
    QVERIFY2(result.ok() && result.standardOutput.contains("unchanged"),
             result.standardOutput.constData());
    QCOMPARE(clearroomCli({"log", "export", workspace}).standardOutput, logAfterUpdate);
    result = clearroomCli({"finding", "comment", workspace, prefix, "--text", "Seen in the wild."});
    QVERIFY2(result.ok() && result.standardOutput.size() == 37, result.standardError.constData());
    result = clearroomCli({"finding", "show", workspace, prefix, "--format", "json"});
    QVERIFY2(result.ok(), result.standardError.constData());
    const QJsonObject shown = jsonOf(result);
    QCOMPARE(shown.value(QStringLiteral("title")).toString(),
             QStringLiteral("Overflow of the sum"));
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("false-positive"));
    const QJsonArray comments = shown.value(QStringLiteral("comments")).toArray();
    QCOMPARE(comments.size(), 1);
    QCOMPARE(comments.at(0).toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("Seen in the wild."));
    result = clearroomCli({"finding", "show", workspace, prefix});
    QVERIFY2(result.ok() && result.standardOutput.startsWith(QByteArray("Finding " + first + '\n')),
             result.standardOutput.constData());
    QVERIFY(result.standardOutput.contains("Location:       src/main.c:5-7 (original)\n"));
    // A further location, with a field, in one go; the log still verifies.
    result = clearroomCli({"finding", "update", workspace, prefix, "--also", "src/main.c:19-20",
                           "--severity", "critical"});
    QVERIFY2(result.ok() && result.standardOutput.contains("updated"),
             result.standardError.constData());
    result = clearroomCli({"finding", "show", workspace, prefix});
    QVERIFY2(result.standardOutput.contains("Location:       src/util.c:2-3 (original)\n"
                                            "Location:       src/main.c:19-20 (original)\n"),
             result.standardOutput.constData());
    QVERIFY(result.standardOutput.contains("Severity:       critical\n"));
    QVERIFY(clearroomCli({"log", "verify", workspace}).ok());

    // Coverage: a range and a whole file.
    QVERIFY(clearroomCli({"coverage", "mark", workspace, "--path", "src/main.c", "--lines", "1-10"})
                .ok());
    QVERIFY(clearroomCli({"coverage", "mark", workspace, "--path", "src/util.c"}).ok());
    result = clearroomCli({"coverage", "show", workspace, "--format", "json"});
    QVERIFY2(result.ok(), result.standardError.constData());
    const QJsonObject coverage = jsonOf(result);
    QCOMPARE(sortedKeys(coverage), words("commit files folders marks repository total"));
    QCOMPARE(coverage.value(QStringLiteral("commit")).toString().toLatin1(), revision("base"));
    const QJsonObject total = coverage.value(QStringLiteral("total")).toObject();
    // Seven text files of 60 lines that are not blank (README.md has a blank one).
    QCOMPARE(total.value(QStringLiteral("files")).toInt(), 7);
    QCOMPARE(total.value(QStringLiteral("lines")).toInt(), 60);
    QCOMPARE(total.value(QStringLiteral("reviewed_lines")).toInt(), 20);
    QCOMPARE(total.value(QStringLiteral("reviewed_files")).toInt(), 1);
    QCOMPARE(total.value(QStringLiteral("partial_files")).toInt(), 1);
    QCOMPARE(coverage.value(QStringLiteral("marks")).toArray().size(), 2);
    QCOMPARE(coverage.value(QStringLiteral("marks"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("reviewer")),
             QJsonValue(QStringLiteral("Ada")));

    // review move: one line per finding, "ID STATE BEFORE AFTER".
    result = clearroomCli({"review", "move", workspace, "--commit", "main"});
    QVERIFY2(result.ok(), result.standardError.constData());
    QByteArrayList lines = result.standardOutput.split('\n');
    QCOMPARE(lines.takeLast(), QByteArray());
    std::sort(lines.begin(), lines.end());
    // A finding is as bad as its worst location: src/util.c did not change, so the first is
    // moved, as its lines in src/main.c are.
    QByteArrayList expected = {first + " moved src/main.c:5-7 src/main.c:7-9",
                               second + " orphaned src/gone.c:2-2 src/gone.c:2-2"};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(lines, expected);
    result = clearroomCli({"coverage", "show", workspace, "--format", "json"});
    const QJsonObject moved = jsonOf(result).value(QStringLiteral("total")).toObject();
    QCOMPARE(moved.value(QStringLiteral("reviewed_lines")).toInt(), 20);
    QCOMPARE(moved.value(QStringLiteral("lines")).toInt(), 57);

    result = clearroomCli({"finding", "delete", workspace, second});
    QVERIFY2(result.ok(), result.standardError.constData());
    QCOMPARE(jsonOf(clearroomCli({"finding", "list", workspace, "--format", "json"}))
                 .value(QStringLiteral("findings"))
                 .toArray()
                 .size(),
             1);

    // log verify, and the export rechecked by the rule alone.
    const ProcessResult verify = clearroomCli({"log", "verify", workspace});
    QVERIFY2(verify.ok(), verify.standardError.constData());
    const ProcessResult exported = clearroomCli({"log", "export", workspace, "--hashes"});
    QVERIFY(exported.ok());
    const QString violation = auditExportViolation(exported.standardOutput);
    QVERIFY2(violation.isEmpty(), qPrintable(violation));
    QByteArrayList entries = exported.standardOutput.split('\n');
    entries.removeLast();
    QVERIFY2(
        verify.standardOutput.contains(QByteArray(QByteArray::number(entries.size()) + " entries")),
        verify.standardOutput.constData());
    QVERIFY2(verify.standardOutput.contains(QByteArray("head " + entries.last().left(64) + '\n')),
             verify.standardOutput.constData());
    QByteArrayList plain = clearroomCli({"log", "export", workspace}).standardOutput.split('\n');
    plain.removeLast();
    for (int i = 0; i < entries.size(); ++i)
        QCOMPARE(plain.at(i), entries.at(i).mid(65));
    QVERIFY(entries.last().contains("\"action\":\"finding.delete\""));
    QVERIFY(!exported.standardOutput.contains("Overflow"));
    QVERIFY(!exported.standardOutput.contains("wraps"));

    // Behind Clearroom's back: log verify fails, naming the finding.
    {
        auto database = review::Database::open(QFile::decodeName(workspace));
        QVERIFY(database);
        QVERIFY(database->execute(QStringLiteral("UPDATE finding SET severity = 'low'")));
    }
    const ProcessResult tampered = clearroomCli({"log", "verify", workspace});
    const QString problem = failureProblem(
        tampered, 1,
        QStringLiteral("The finding '%1' in the workspace has severity = \"low\", but the audit "
                       "log (entry ")
            .arg(QString::fromLatin1(first)));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCliReview::pathsThatAreNotUtf8()
{
    const QByteArray workspace = newWorkspace("latin1.clearroom");
    QVERIFY(!workspace.isEmpty());
    const QByteArray latin1("docs/caf\xe9.txt");
    const QByteArray id = addFinding(workspace, {"--path", latin1, "--lines", "2"});
    QVERIFY(!id.isEmpty());
    QVERIFY(clearroomCli({"coverage", "mark", workspace, "--path", latin1}).ok());
    const QJsonObject bytes {{QStringLiteral("bytes"), QString::fromLatin1(latin1.toHex())}};
    const QJsonObject finding
        = jsonOf(clearroomCli({"finding", "show", workspace, id, "--format", "json"}));
    QCOMPARE(finding.value(QStringLiteral("locations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("path")),
             QJsonValue(bytes));
    const QJsonObject coverage
        = jsonOf(clearroomCli({"coverage", "show", workspace, "--format", "json"}));
    QCOMPARE(coverage.value(QStringLiteral("marks"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("path")),
             QJsonValue(bytes));
    // Shown with the byte visible, not as a replacement character.
    const ProcessResult table = clearroomCli({"finding", "list", workspace});
    QVERIFY2(table.ok() && !table.standardOutput.contains("\xef\xbf\xbd"),
             table.standardOutput.constData());
    QVERIFY(clearroomCli({"review", "move", workspace, "--commit", "main"})
                .standardOutput.contains(" exact "));
    QVERIFY(clearroomCli({"log", "verify", workspace}).ok());
}

void TestCliReview::badInputChangesNothing_data()
{
    QTest::addColumn<QByteArrayList>("arguments"); // W: the workspace
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QByteArrayList add = {"finding", "add", "W", "--severity", "high", "--title", "T"};
    QTest::newRow("unknown repository")
        << add + QByteArrayList {"--repo", "nope", "--path", "src/main.c", "--lines", "1"} << 1
        << QStringLiteral("The review has no repository named 'nope'; it has: project.");
    QTest::newRow("unknown path") << add + QByteArrayList {"--path", "src/nope.c", "--lines", "1"}
                                  << 1 << QStringLiteral("'src/nope.c' is not a file in commit");
    QTest::newRow("a folder") << add + QByteArrayList {"--path", "src", "--lines", "1"} << 1
                              << QStringLiteral("'src' is a folder in commit");
    QTest::newRow("lines outside the file")
        << add + QByteArrayList {"--path", "src/util.c", "--lines", "9-11"} << 1
        << QStringLiteral("Lines 9-11 are not within 'src/util.c', which has 10 line");
    QTest::newRow("lines outside an --also file")
        << add + QByteArrayList {"--path", "src/util.c", "--lines", "1", "--also", "src/gone.c:7-7"}
        << 1 << QStringLiteral("Lines 7-7 are not within 'src/gone.c'");
    QTest::newRow("not a range") << add + QByteArrayList {"--path", "src/util.c", "--lines", "3-"}
                                 << 2 << QStringLiteral("'3-' is not a range of lines");
    QTest::newRow("backwards range")
        << add + QByteArrayList {"--path", "src/util.c", "--lines", "3-2"} << 2
        << QStringLiteral("'3-2' is not a range of lines");
    QTest::newRow("unknown severity")
        << QByteArrayList {"finding", "add",    "W",          "--severity", "huge", "--title",
                           "T",       "--path", "src/util.c", "--lines",    "1"}
        << 2 << QStringLiteral("'huge' is not a severity; use one of: info, low");
    QTest::newRow("unknown status")
        << add + QByteArrayList {"--path", "src/util.c", "--lines", "1", "--status", "wontfix"} << 2
        << QStringLiteral("'wontfix' is not a status; use one of: open,");
    QTest::newRow("CWE not in the catalogue")
        << add + QByteArrayList {"--path", "src/util.c", "--lines", "1", "--cwe", "999999"} << 1
        << QStringLiteral("CWE-999999 is not a weakness in the CWE catalogue");
    QTest::newRow("not a CWE id") << add
            + QByteArrayList {"--path", "src/util.c", "--lines", "1", "--cwe", "XSS"}
                                  << 2 << QStringLiteral("'XSS' is not a CWE id");
    QTest::newRow("empty title") << QByteArrayList {"finding",    "add",     "W",  "--severity",
                                                    "high",       "--title", "  ", "--path",
                                                    "src/util.c", "--lines", "1"}
                                 << 1 << QStringLiteral("A finding needs a title.");
    QTest::newRow("missing description file")
        << add + QByteArrayList {"--path", "src/util.c",         "--lines",
                                 "1",      "--description-file", "/nonexistent/d.md"}
        << 1 << QStringLiteral("--description-file: cannot read '/nonexistent/d.md'");
    QTest::newRow("unknown commit")
        << add + QByteArrayList {"--commit", "no-such", "--path", "src/util.c", "--lines", "1"} << 1
        << QStringLiteral("Unknown revision 'no-such'");
    QTest::newRow("update: unknown id")
        << QByteArrayList {"finding", "update", "W", "ffffffff", "--title", "T"} << 1
        << QStringLiteral("There is no finding with the id 'ffffffff'.");
    QTest::newRow("update: id too short")
        << QByteArrayList {"finding", "update", "W", "ab", "--title", "T"} << 1
        << QStringLiteral("'ab' is too short to name a finding");
    QTest::newRow("update: unknown severity")
        << QByteArrayList {"finding", "update", "W", "ffffffff", "--severity", "bad"} << 2
        << QStringLiteral("'bad' is not a severity");
    QTest::newRow("update: nothing to change")
        << QByteArrayList {"finding", "update", "W", "ffffffff"} << 2
        << QStringLiteral("name at least one field to change");
    QTest::newRow("update: --also outside the file")
        << QByteArrayList {"finding", "update",  "W",      "FINDING",
                           "--title", "Changed", "--also", "src/util.c:9-11"}
        << 1 << QStringLiteral("Lines 9-11 are not within 'src/util.c'");
    QTest::newRow("update: --also a location it has")
        << QByteArrayList {"finding", "update",  "W",      "FINDING",
                           "--title", "Changed", "--also", "src/main.c:5-7"}
        << 1 << QStringLiteral("Lines 5-7 of 'src/main.c' are a location of the finding already.");
    QTest::newRow("update: --also not PATH:A-B")
        << QByteArrayList {"finding", "update", "W", "FINDING", "--also", "src/main.c"} << 2
        << QStringLiteral("finding update: --also 'src/main.c' is not PATH:A-B.");
    QTest::newRow("comment: empty")
        << QByteArrayList {"finding", "comment", "W", "FINDING", "--text", " "} << 1
        << QStringLiteral("A comment needs some text.");
    QTest::newRow("delete: unknown id")
        << QByteArrayList {"finding", "delete", "W", "ffffffff"} << 1
        << QStringLiteral("There is no finding with the id 'ffffffff'.");
    QTest::newRow("coverage: unknown path")
        << QByteArrayList {"coverage", "mark", "W", "--path", "src/nope.c"} << 1
        << QStringLiteral("'src/nope.c' is not a file in commit");
    QTest::newRow("coverage: lines outside the file")
        << QByteArrayList {"coverage", "mark", "W", "--path", "src/util.c", "--lines", "5-11"} << 1
        << QStringLiteral("Lines 5-11 are not within 'src/util.c'");
    QTest::newRow("coverage: unknown repository")
        << QByteArrayList {"coverage", "unmark", "W", "--repo", "nope", "--path", "src/util.c"} << 1
        << QStringLiteral("no repository named 'nope'");
    QTest::newRow("move: unknown commit")
        << QByteArrayList {"review", "move", "W", "--commit", "no-such"} << 1
        << QStringLiteral("Unknown revision 'no-such'");
    QTest::newRow("add-repo: name taken")
        << QByteArrayList {"review", "add-repo", "W", "--repo", "REPO"} << 1
        << QStringLiteral("The review already has a repository named 'project'");
    QTest::newRow("add-repo: not a repository")
        << QByteArrayList {"review", "add-repo", "W", "--repo", "/nonexistent/r"} << 1
        << QStringLiteral("'/nonexistent/r' does not exist");
    QTest::newRow("init: the workspace exists")
        << QByteArrayList {"review", "init", "W",          "--name", "Again",
                           "--repo", "REPO", "--reviewer", "Ada"}
        << 1 << QStringLiteral("already exists; a new workspace never replaces a file");
    QTest::newRow("unknown subcommand") << QByteArrayList {"finding", "frobnicate", "W"} << 2
                                        << QStringLiteral("'finding frobnicate' is not a command");
}

void TestCliReview::badInputChangesNothing()
{
    QFETCH(QByteArrayList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QJsonArray findings
        = jsonOf(clearroomCli({"finding", "list", m_workspace, "--format", "json"}))
              .value(QStringLiteral("findings"))
              .toArray();
    QCOMPARE(findings.size(), 1);
    const QByteArray finding
        = findings.at(0).toObject().value(QStringLiteral("id")).toString().toLatin1();
    for (QByteArray &argument : arguments) {
        if (argument == "W")
            argument = m_workspace;
        else if (argument == "REPO")
            argument = m_workTree;
        else if (argument == "FINDING")
            argument = finding;
    }
    const QByteArray bytes = readBytes(m_workspace);
    const QByteArray log = clearroomCli({"log", "export", m_workspace}).standardOutput;
    QVERIFY(!bytes.isEmpty() && log.count('\n') == 5);

    const ProcessResult result = clearroomCli(arguments);
    const QString problem = failureProblem(result, exitCode, message);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(clearroomCli({"log", "export", m_workspace}).standardOutput, log);
    QVERIFY2(readBytes(m_workspace) == bytes, "the workspace file changed");
}

// An empty file has no lines to mark reviewed or to record a finding on: said so, and
// nothing changes (it once said "Lines 1-0 are not within ...").
void TestCliReview::emptyFileHasNoLines()
{
    HistoryBuilder history;
    HistoryBuilder::Commit commit;
    commit.files = {{"empty.txt", ""}, {"one.c", "int one;\n"}};
    history.commit(commit);
    history.setBranch("main", 0);
    const QByteArray repository = path("empty-file-repo");
    QString error;
    QVERIFY2(history.create(QFile::decodeName(repository), false, &error), qPrintable(error));
    const QByteArray workspace = path("empty-file.clearroom");
    QVERIFY(clearroomCli({"review", "init", workspace, "--name", "E", "--repo", repository,
                          "--reviewer", "Ada"})
                .ok());
    const QByteArray before = readBytes(workspace);
    for (const QByteArrayList &command :
         {QByteArrayList {"coverage", "mark", workspace, "--path", "empty.txt"},
          QByteArrayList {"coverage", "mark", workspace, "--path", "one.c", "--path", "empty.txt"},
          QByteArrayList {"coverage", "unmark", workspace, "--path", "empty.txt"},
          QByteArrayList {"finding", "add", workspace, "--path", "empty.txt", "--lines", "1",
                          "--severity", "low", "--title", "T"}}) {
        const ProcessResult result = clearroomCli(command);
        const QString problem
            = failureProblem(result, 1, QStringLiteral("'empty.txt' is empty: it has no lines."));
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QString::fromUtf8(command.join(' ')) + QStringLiteral(": ") + problem));
        QCOMPARE(readBytes(workspace), before);
    }
    const ProcessResult one = clearroomCli({"coverage", "mark", workspace, "--path", "one.c"});
    QVERIFY2(one.ok() && one.standardOutput == "Marked 1 line reviewed.\n",
             one.standardOutput.constData());
}

void TestCliReview::notAWorkspace_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("message");
    for (const ForeignFile &file : foreignFiles())
        QTest::newRow(file.kind) << QByteArray(file.kind) << file.refusal;
}

void TestCliReview::notAWorkspace()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, message);
    ScratchDirectory dir;
    const QString name = dir.filePath(QStringLiteral("w.clearroom"));
    const QByteArray file = QFile::encodeName(name);
    QVERIFY(makeForeignFile(kind, name));
    const QByteArray before = readBytes(file);
    for (const QByteArrayList &command :
         {QByteArrayList {"finding", "list", file},
          QByteArrayList {"finding", "add", file, "--path", "src/util.c", "--lines", "1",
                          "--severity", "low", "--title", "T"},
          QByteArrayList {"coverage", "mark", file, "--path", "src/util.c"},
          QByteArrayList {"review", "show", file}, QByteArrayList {"log", "verify", file}}) {
        const ProcessResult result = clearroomCli(command);
        const QString problem = failureProblem(result, 1, message);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(QString::fromUtf8(command.join(' ')) + QStringLiteral(": ") + problem));
        QVERIFY2(result.standardError.contains(file), result.standardError.constData());
        QCOMPARE(QFile::exists(name), kind != "missing");
        QVERIFY2(readBytes(file) == before, "the file changed");
    }
}

QTEST_GUILESS_MAIN(TestCliReview)
#include "tst_cli_review.moc"
