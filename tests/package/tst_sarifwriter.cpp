// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "cwecatalogue.h"
#include "packagecontentfixture.h"
#include "process.h"
#include "sarifwriter.h"
#include "scratchdirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtTest>

Q_DECLARE_METATYPE(clearroom::package::PackageContent)

using namespace clearroom;
using namespace clearroom::package;
using namespace clearroom::test;

namespace {

QJsonObject parse(const QByteArray &sarif)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(sarif, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QJsonArray runs(const QByteArray &sarif)
{
    return parse(sarif).value(QStringLiteral("runs")).toArray();
}

// The result of a finding, by its id, and the run it is in.
QJsonObject resultOf(const QByteArray &sarif, const QString &id, QJsonObject *runOut = nullptr)
{
    for (const QJsonValue &run : runs(sarif)) {
        for (const QJsonValue &result : run.toObject().value(QStringLiteral("results")).toArray()) {
            const QJsonObject object = result.toObject();
            if (object.value(QStringLiteral("partialFingerprints"))
                    .toObject()
                    .value(QStringLiteral("clearroomFindingId/v1"))
                    .toString()
                == id) {
                if (runOut)
                    *runOut = run.toObject();
                return object;
            }
        }
    }
    return {};
}

QJsonObject at(const QJsonObject &object, const QStringList &path)
{
    QJsonValue value = object;
    for (const QString &key : path) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        value = isIndex ? value.toArray().at(index) : value.toObject().value(key);
    }
    return value.toObject();
}

// The physical location of a result's primary location.
QJsonObject primaryPhysical(const QJsonObject &result)
{
    return at(
        result,
        {QStringLiteral("locations"), QStringLiteral("0"), QStringLiteral("physicalLocation")});
}

QString sp(const char *text)
{
    return QString::fromUtf8(text);
}

// Every number in the document, wherever it is.
void collectNumbers(const QJsonValue &value, QVector<double> *numbers)
{
    if (value.isDouble()) {
        numbers->append(value.toDouble());
    } else if (value.isArray()) {
        for (const QJsonValue &element : value.toArray())
            collectNumbers(element, numbers);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectNumbers(it.value(), numbers);
    }
}

} // namespace

// findings.sarif: what the authority's SARIF tools read from a package.
class TestSarifWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultPerFinding_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("level");
        QTest::addColumn<bool>("suppressed");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("severity");

        // samplePackageContent() sorts its findings worst first, then by id.
        QTest::newRow("critical confirmed") << 0 << sp("CWE-89") << sp("fail") << sp("error")
                                            << false << sp("confirmed") << sp("critical");
        QTest::newRow("high open")
            << 1 << sp("CWE-79") << sp("fail") << sp("error") << false << sp("open") << sp("high");
        QTest::newRow("high fixed")
            << 2 << sp("CWE-787") << sp("pass") << sp("none") << false << sp("fixed") << sp("high");
        QTest::newRow("medium disputed, no CWE")
            << 3 << sp("unclassified") << sp("fail") << sp("warning") << false << sp("disputed")
            << sp("medium");
        QTest::newRow("low false positive") << 4 << sp("CWE-476") << sp("fail") << sp("note")
                                            << true << sp("false-positive") << sp("low");
        QTest::newRow("info accepted risk") << 5 << sp("CWE-798") << sp("fail") << sp("note")
                                            << true << sp("accepted-risk") << sp("info");
    }

    void resultPerFinding()
    {
        QFETCH(int, index);
        QFETCH(QString, ruleId);
        QFETCH(QString, kind);
        QFETCH(QString, level);
        QFETCH(bool, suppressed);
        QFETCH(QString, status);
        QFETCH(QString, severity);

        const PackageContent content = samplePackageContent();
        const PackageFinding &finding = content.findings.at(index);
        const QByteArray sarif = SarifWriter::write(content);
        QJsonObject run;
        const QJsonObject result = resultOf(sarif, finding.finding.id, &run);
        QVERIFY2(!result.isEmpty(), "no result carries the finding's id");

        QCOMPARE(result.value(QStringLiteral("ruleId")).toString(), ruleId);
        QCOMPARE(result.value(QStringLiteral("kind")).toString(), kind);
        QCOMPARE(result.value(QStringLiteral("level")).toString(), level);
        QCOMPARE(result.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")),
                 QJsonValue(finding.finding.title));
        QCOMPARE(result.value(QStringLiteral("guid")).toString(), finding.finding.id);

        // The rule the result points at, by index and by id.
        const QJsonArray rules = at(run, {QStringLiteral("tool"), QStringLiteral("driver")})
                                     .value(QStringLiteral("rules"))
                                     .toArray();
        const int ruleIndex = result.value(QStringLiteral("ruleIndex")).toInt(-1);
        QVERIFY(ruleIndex >= 0 && ruleIndex < rules.size());
        const QJsonObject rule = rules.at(ruleIndex).toObject();
        QCOMPARE(rule.value(QStringLiteral("id")).toString(), ruleId);
        if (finding.finding.cwe > 0) {
            const auto entry = review::CweCatalogue::instance().find(finding.finding.cwe);
            QVERIFY(entry);
            QCOMPARE(at(rule, {QStringLiteral("shortDescription")})
                         .value(QStringLiteral("text"))
                         .toString(),
                     entry->name);
            // The rule is the CWE taxon of the same id in the run's taxonomy.
            const QJsonObject target = at(
                rule,
                {QStringLiteral("relationships"), QStringLiteral("0"), QStringLiteral("target")});
            QCOMPARE(target.value(QStringLiteral("id")).toString(), ruleId);
            const QJsonObject taxonomy
                = at(run, {QStringLiteral("taxonomies"), QStringLiteral("0")});
            QCOMPARE(taxonomy.value(QStringLiteral("name")).toString(), QStringLiteral("CWE"));
            QCOMPARE(taxonomy.value(QStringLiteral("version")).toString(), QStringLiteral("4.15"));
            const QJsonObject taxon = taxonomy.value(QStringLiteral("taxa"))
                                          .toArray()
                                          .at(target.value(QStringLiteral("index")).toInt(-1))
                                          .toObject();
            QCOMPARE(taxon.value(QStringLiteral("id")).toString(), ruleId);
        }

        const QJsonObject properties = result.value(QStringLiteral("properties")).toObject();
        QCOMPARE(properties.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(properties.value(QStringLiteral("severity")).toString(), severity);
        QCOMPARE(properties.value(QStringLiteral("cwe")).toInt(), finding.finding.cwe);
        QCOMPARE(properties.value(QStringLiteral("anchorState")).toString(),
                 review::FindingNames::anchorKey(finding.finding.anchorState));
        // Everything else the finding says, for the authority's scripts.
        QCOMPARE(properties.value(QStringLiteral("author")).toString(), finding.finding.author);
        QCOMPARE(properties.value(QStringLiteral("description")).toString(),
                 finding.finding.description);
        QCOMPARE(properties.value(QStringLiteral("recommendation")).toString(),
                 finding.finding.recommendation);
        QCOMPARE(properties.value(QStringLiteral("generation")).toInt(-1),
                 finding.finding.generation);
        QCOMPARE(properties.value(QStringLiteral("authorFingerprint")).toString(),
                 finding.finding.authorFingerprint);
        QCOMPARE(properties.value(QStringLiteral("updated")).toString(),
                 finding.finding.updated.isValid() ? review::timeToText(finding.finding.updated)
                                                   : QString());
        QCOMPARE(properties.contains(QStringLiteral("cwe")), finding.finding.cwe > 0);
        QVERIFY(!properties.contains(QStringLiteral("consolidation")));
        QCOMPARE(at(result, {QStringLiteral("provenance")})
                     .value(QStringLiteral("firstDetectionTimeUtc"))
                     .toString(),
                 review::timeToText(finding.finding.created));
        // Each location's own state and blob; further locations are related ones, by number.
        const QJsonArray related = result.value(QStringLiteral("relatedLocations")).toArray();
        QCOMPARE(related.size(), finding.finding.locations.size() - 1);
        for (int i = 0; i < finding.finding.locations.size(); ++i) {
            const QJsonObject location = i == 0
                ? at(result, {QStringLiteral("locations"), QStringLiteral("0")})
                : related.at(i - 1).toObject();
            if (i > 0)
                QCOMPARE(location.value(QStringLiteral("id")).toInt(-1), i);
            const QJsonObject ownProperties = at(location, {QStringLiteral("properties")});
            QCOMPARE(ownProperties.value(QStringLiteral("blobId")).toString(),
                     QString::fromLatin1(finding.finding.locations.at(i).blobId));
            QCOMPARE(ownProperties.value(QStringLiteral("anchorState")).toString(),
                     review::FindingNames::anchorKey(finding.finding.locations.at(i).state));
        }

        const QJsonArray suppressions = result.value(QStringLiteral("suppressions")).toArray();
        QCOMPARE(!suppressions.isEmpty(), suppressed);
        if (suppressed) {
            const QJsonObject suppression = suppressions.at(0).toObject();
            QCOMPARE(suppression.value(QStringLiteral("status")).toString(),
                     QStringLiteral("accepted"));
            QVERIFY(!suppression.value(QStringLiteral("justification")).toString().isEmpty());
        }

        // The primary location, relative to the repository's root at the finding's commit.
        const QJsonObject physical = primaryPhysical(result);
        const QJsonObject artifact = physical.value(QStringLiteral("artifactLocation")).toObject();
        QCOMPARE(artifact.value(QStringLiteral("uri")).toString(),
                 QString::fromUtf8(finding.finding.primary().path));
        QCOMPARE(artifact.value(QStringLiteral("uriBaseId")).toString(), QStringLiteral("SRCROOT"));
        const QJsonObject region = physical.value(QStringLiteral("region")).toObject();
        QCOMPARE(region.value(QStringLiteral("startLine")).toInt(),
                 finding.finding.primary().startLine);
        QCOMPARE(region.value(QStringLiteral("endLine")).toInt(),
                 finding.finding.primary().endLine);
        const QJsonObject provenance
            = at(run, {QStringLiteral("versionControlProvenance"), QStringLiteral("0")});
        QCOMPARE(provenance.value(QStringLiteral("revisionId")).toString(),
                 QString::fromLatin1(finding.finding.commit));
        QCOMPARE(at(provenance, {QStringLiteral("mappedTo")}).value(QStringLiteral("uriBaseId")),
                 QJsonValue(QStringLiteral("SRCROOT")));
        QCOMPARE(at(provenance, {QStringLiteral("properties")}).value(QStringLiteral("repository")),
                 QJsonValue(finding.finding.repository));
    }

    void snippetOnlyWhereCodeMayLeave()
    {
        const PackageContent content = samplePackageContent();
        const QByteArray sarif = SarifWriter::write(content);

        // Critical: the finding's two lines as the snippet, the context around them.
        const QJsonObject injection = resultOf(sarif, content.findings.at(0).finding.id);
        const QJsonObject physical = primaryPhysical(injection);
        QCOMPARE(at(physical, {QStringLiteral("region"), QStringLiteral("snippet")})
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("    const QString sql = \"SELECT * FROM accounts WHERE name = "
                                "'\" + name + \"'\";\n    return db.exec(sql); // TODO escape"));
        const QJsonObject context = physical.value(QStringLiteral("contextRegion")).toObject();
        QCOMPARE(context.value(QStringLiteral("startLine")).toInt(), 40);
        QCOMPARE(context.value(QStringLiteral("endLine")).toInt(), 44);
        QVERIFY(at(context, {QStringLiteral("snippet")})
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QStringLiteral("QString searchAccounts(")));
        // The further location, with its own excerpt, as a related location.
        const QJsonObject further
            = at(injection, {QStringLiteral("relatedLocations"), QStringLiteral("0")});
        QCOMPARE(
            at(further, {QStringLiteral("physicalLocation"), QStringLiteral("artifactLocation")})
                .value(QStringLiteral("uri"))
                .toString(),
            QStringLiteral("src/api/accounts.cpp"));
        QCOMPARE(at(further,
                    {QStringLiteral("physicalLocation"), QStringLiteral("region"),
                     QStringLiteral("snippet")})
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("    return searchAccounts(request.query(\"name\"));"));
        QVERIFY(!at(further, {QStringLiteral("physicalLocation")})
                     .contains(QStringLiteral("contextRegion")));

        // Columns: SARIF's end column is the one after the range; the whole line is context.
        const QJsonObject xss = resultOf(sarif, content.findings.at(1).finding.id);
        const QJsonObject xssPhysical = primaryPhysical(xss);
        const QJsonObject xssRegion = xssPhysical.value(QStringLiteral("region")).toObject();
        QCOMPARE(xssRegion.value(QStringLiteral("startColumn")).toInt(), 5);
        QCOMPARE(xssRegion.value(QStringLiteral("endColumn")).toInt(), 45);
        QVERIFY(!xssRegion.contains(QStringLiteral("snippet")));
        QCOMPARE(at(xssPhysical, {QStringLiteral("contextRegion"), QStringLiteral("snippet")})
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("function greet(user) {\n    el.innerHTML = '<b>' + user.name + "
                                "'</b>';\n}"));

        // No excerpt (the policy let no code of it leave): no code in the SARIF either.
        for (int index : {3, 5}) {
            const QJsonObject result = resultOf(sarif, content.findings.at(index).finding.id);
            const QJsonObject noCode = primaryPhysical(result);
            QVERIFY(!noCode.value(QStringLiteral("region"))
                         .toObject()
                         .contains(QStringLiteral("snippet")));
            QVERIFY(!noCode.contains(QStringLiteral("contextRegion")));
        }
    }

    void pathsAndCodeThatAreNotUtf8()
    {
        const PackageContent content = hostilePackageContent();
        const QByteArray sarif = SarifWriter::write(content);
        const QJsonObject result = resultOf(sarif, content.findings.at(0).finding.id);
        const QJsonObject physical = primaryPhysical(result);
        // Every byte that is not unreserved percent-encoded: the path survives exactly.
        const QString uri = at(physical, {QStringLiteral("artifactLocation")})
                                .value(QStringLiteral("uri"))
                                .toString();
        QCOMPARE(uri, QStringLiteral("src/%FF%FE%3Cb%3E%26amp%3B.cpp"));
        QCOMPARE(QByteArray::fromPercentEncoding(uri.toLatin1()),
                 content.findings.at(0).finding.primary().path);
        // Code that is not UTF-8 leaves as base64, byte for byte.
        const QJsonObject snippet
            = at(physical, {QStringLiteral("region"), QStringLiteral("snippet")});
        QVERIFY2(snippet.contains(QStringLiteral("binary")), sarif.constData());
        QCOMPARE(
            QByteArray::fromBase64(snippet.value(QStringLiteral("binary")).toString().toLatin1()),
            content.findings.at(0).excerpts.at(0).lines.at(2) + '\n'
                + content.findings.at(0).excerpts.at(0).lines.at(3));
        // Text from the workspace is data in JSON: kept exactly, escaped by JSON alone.
        QCOMPARE(at(result, {QStringLiteral("message")}).value(QStringLiteral("text")).toString(),
                 content.findings.at(0).finding.title);
        QVERIFY(sarif.contains("<script>alert('x')</script>"));
    }

    void runPerRepositoryAndCommit()
    {
        const PackageContent content = samplePackageContent();
        const QJsonArray all = runs(SarifWriter::write(content));
        // app at its commit, lib at its commit (no findings), lib at the older commit of the
        // fixed finding.
        QCOMPARE(all.size(), 3);
        QStringList seen;
        for (const QJsonValue &run : all) {
            const QJsonObject provenance = at(
                run.toObject(), {QStringLiteral("versionControlProvenance"), QStringLiteral("0")});
            seen.append(at(provenance, {QStringLiteral("properties")})
                            .value(QStringLiteral("repository"))
                            .toString()
                        + QLatin1Char('@')
                        + provenance.value(QStringLiteral("revisionId")).toString().left(7)
                        + QLatin1Char(':')
                        + QString::number(
                            run.toObject().value(QStringLiteral("results")).toArray().size()));
            QCOMPARE(provenance.value(QStringLiteral("repositoryUri")).toString(),
                     QStringLiteral("file:///srv/review/")
                         + at(provenance, {QStringLiteral("properties")})
                               .value(QStringLiteral("repository"))
                               .toString());
            const QJsonObject driver
                = at(run.toObject(), {QStringLiteral("tool"), QStringLiteral("driver")});
            QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("Clearroom"));
            QCOMPARE(driver.value(QStringLiteral("version")).toString(), content.toolVersion);
        }
        QCOMPARE(seen,
                 (QStringList {QStringLiteral("app@3b18e51:5"), QStringLiteral("lib@9fceb02:0"),
                               QStringLiteral("lib@e69de29:1")}));
        // Rules only for the CWEs a run uses, by id, "unclassified" last.
        QStringList rules;
        for (const QJsonValue &rule :
             at(all.at(0).toObject(), {QStringLiteral("tool"), QStringLiteral("driver")})
                 .value(QStringLiteral("rules"))
                 .toArray())
            rules.append(rule.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(rules,
                 (QStringList {sp("CWE-79"), sp("CWE-89"), sp("CWE-476"), sp("CWE-798"),
                               sp("unclassified")}));
    }

    void kindOtherThanFailHasLevelNone()
    {
        for (const PackageContent &content : {samplePackageContent(), hostilePackageContent()}) {
            for (const QJsonValue &run : runs(SarifWriter::write(content))) {
                for (const QJsonValue &result :
                     run.toObject().value(QStringLiteral("results")).toArray()) {
                    const QJsonObject object = result.toObject();
                    if (object.value(QStringLiteral("kind")).toString() != QStringLiteral("fail"))
                        QCOMPARE(object.value(QStringLiteral("level")).toString(),
                                 QStringLiteral("none"));
                }
            }
        }
    }

    void sameContentSameBytes()
    {
        const PackageContent content = samplePackageContent();
        const QByteArray first = SarifWriter::write(content);
        QTest::qSleep(20); // a clock that leaked in (times have milliseconds) would show
        const QByteArray second = SarifWriter::write(samplePackageContent());
        QCOMPARE(second, first);
        // Whole numbers only: no float that could print differently elsewhere.
        QVector<double> numbers;
        collectNumbers(parse(first), &numbers);
        QVERIFY(!numbers.isEmpty());
        for (double number : numbers)
            QCOMPARE(number, double(qint64(number)));
        // Another finding changes the bytes: the writer is not ignoring its input.
        PackageContent changed = content;
        changed.findings[0].finding.title += QStringLiteral(" (again)");
        QVERIFY(SarifWriter::write(changed) != first);
    }

    void writtenInPiecesAsTheWholeLog_data()
    {
        QTest::addColumn<PackageContent>("content");
        QTest::newRow("sample") << samplePackageContent();
        QTest::newRow("hostile") << hostilePackageContent();
        PackageContent none = samplePackageContent();
        none.findings.clear();
        QTest::newRow("no findings") << none;
        PackageContent empty = none;
        empty.repositories.clear();
        QTest::newRow("no runs") << empty;
        // A review named like the placeholder of a run's results is no placeholder.
        PackageContent named = samplePackageContent();
        named.review.name = QStringLiteral("clearroom-sarif-results-of-run-0");
        named.findings[0].finding.title = named.review.name;
        QTest::newRow("named like the placeholder") << named;
    }

    void writtenInPiecesAsTheWholeLog()
    {
        // An export writes the log into its spool a result at a time: the pieces are the
        // bytes QJsonDocument gives the whole log (read back and written again), one result
        // at most in each.
        QFETCH(PackageContent, content);
        QByteArrayList pieces;
        const Result<void> written
            = SarifWriter::write(content, [&pieces](const QByteArray &piece) -> Result<void> {
                  pieces.append(piece);
                  return {};
              });
        QVERIFY(written);
        const QByteArray whole = SarifWriter::write(content);
        QCOMPARE(pieces.join(), whole);
        QCOMPARE(whole, QJsonDocument(parse(whole)).toJson(QJsonDocument::Indented));
        for (const QByteArray &piece : std::as_const(pieces))
            QVERIFY(piece.count("\"ruleIndex\"") <= 1);

        int calls = 0;
        const Result<void> refused
            = SarifWriter::write(content, [&calls](const QByteArray &) -> Result<void> {
                  ++calls;
                  return Error {QStringLiteral("the medium is full")};
              });
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(), QStringLiteral("the medium is full"));
        QCOMPARE(calls, 1);
    }

    void validAgainstTheSarifSchema()
    {
        // The checker is installed by installer/setup-deps.sh (node, npm ci): never skipped.
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is missing: run installer/setup-deps.sh");
        const QString folder = QStringLiteral(CLEARROOM_SARIF_SCHEMA_DIR);
        QVERIFY2(
            QFile::exists(folder
                          + QStringLiteral("/node_modules/@microsoft/sarif-multitool-ts/assets/"
                                           "sarif-2.1.0.schema.json")),
            "the SARIF schema's npm packages are missing: run installer/setup-deps.sh");

        PackageContent empty = samplePackageContent();
        empty.findings.clear();
        empty.repositories.clear();
        const struct
        {
            const char *name;
            PackageContent content;
        } logs[] = {{"sample.sarif", samplePackageContent()},
                    {"hostile.sarif", hostilePackageContent()},
                    {"empty.sarif", empty}};
        // One node for all three: it takes a second to start.
        ScratchDirectory dir;
        QByteArrayList arguments {QFile::encodeName(folder + QStringLiteral("/validate.js"))};
        for (const auto &log : logs) {
            const QString file = dir.filePath(QString::fromLatin1(log.name));
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(SarifWriter::write(log.content));
            out.close();
            arguments.append(QFile::encodeName(file));
        }
        const ProcessResult checked = runProcess(QFile::encodeName(node), arguments);
        QVERIFY2(checked.ok(), checked.standardError.constData());
        QCOMPARE(checked.standardOutput.count("valid SARIF 2.1.0"), 3);
    }

    void theSchemaCheckRejectsABrokenLog()
    {
        // The check above could pass anything if the checker were broken: it is not.
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is missing: run installer/setup-deps.sh");
        QJsonObject log = parse(SarifWriter::write(samplePackageContent()));
        QJsonArray runArray = log.value(QStringLiteral("runs")).toArray();
        QJsonObject run = runArray.at(0).toObject();
        QJsonArray results = run.value(QStringLiteral("results")).toArray();
        QJsonObject result = results.at(0).toObject();
        result.insert(QStringLiteral("kind"), QStringLiteral("failure"));
        results.replace(0, result);
        run.insert(QStringLiteral("results"), results);
        runArray.replace(0, run);
        log.insert(QStringLiteral("runs"), runArray);

        ScratchDirectory dir;
        const QString file = dir.filePath(QStringLiteral("broken.sarif"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(log).toJson());
        out.close();
        const ProcessResult checked = runProcess(
            QFile::encodeName(node),
            {QFile::encodeName(QStringLiteral(CLEARROOM_SARIF_SCHEMA_DIR "/validate.js")),
             QFile::encodeName(file)});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.standardError.contains("/runs/0/results/0/kind"),
                 checked.standardError.constData());
    }
};

QTEST_GUILESS_MAIN(TestSarifWriter)
#include "tst_sarifwriter.moc"
