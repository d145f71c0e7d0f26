// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Two auditors' packages consolidated automatically and signed by a lead: duplicates
// merged with their rationale, the rest kept, nothing of a source lost, and the
// consolidated package verifies with both sources inside, byte-identical.
#include "consolidatedpackage.h"
#include "consolidationlog.h"
#include "findingstore.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

class TestConsolidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        test::TestPki &pki = m_fixture->pki();
        m_bob = pki.issue(QStringLiteral("Bob Auditor"), test::TestPki::Role::Auditor);
        m_lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        auto policy = EgressPolicy::fromJson(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})",
            QStringLiteral("policy"));
        QVERIFY(policy);
        m_policy = *policy;
        auto ada = m_fixture->archive(m_policy);
        QVERIFY(ada);
        // Bob saw the same two problems, one of them as less severe, and one more.
        review::Workspace &workspace = m_fixture->review().workspace();
        auto findings = workspace.findings().all();
        QVERIFY(findings && findings->size() == 2);
        for (const review::Finding &finding : std::as_const(*findings)) {
            if (finding.severity == review::Severity::Critical) {
                review::FindingChanges changes;
                changes.severity = review::Severity::High;
                QVERIFY(workspace.findings().update(finding.id, changes));
            }
        }
        QVERIFY(
            m_fixture->review().add("src/util.c", 8, 9, QStringLiteral("Missing bounds check")));
        auto bob = m_fixture->archiveBy(m_policy, m_bob);
        QVERIFY(bob);
        m_files = QStringList {m_fixture->save(QStringLiteral("ada.crpkg"), *ada),
                               m_fixture->save(QStringLiteral("bob.crpkg"), *bob)};
    }

    void mergesDuplicatesAndKeepsTheRest()
    {
        const Consolidation consolidation = consolidate();
        QCOMPARE(consolidation.sources.size(), 2);
        QVERIFY(consolidation.undecided().isEmpty());
        int merged = 0, kept = 0;
        for (const ConsolidationDecision &decision : consolidation.decisions) {
            QVERIFY(decision.automatic);
            QVERIFY(!decision.rationale.isEmpty());
            if (decision.decision == Decision::Merge) {
                ++merged;
                QCOMPARE(decision.sources.size(), 2);
                QVERIFY(!decision.groupReasons.isEmpty());
                QCOMPARE(decision.result.finding.author, QStringLiteral("Lea Lead"));
            } else {
                ++kept;
                QCOMPARE(decision.decision, Decision::Keep);
                QCOMPARE(decision.sources.size(), 1);
                QCOMPARE(decision.sources.first().auditor, QStringLiteral("Bob Auditor"));
                QCOMPARE(decision.result.finding.title, QStringLiteral("Missing bounds check"));
            }
        }
        QCOMPARE(merged, 2);
        QCOMPARE(kept, 1);
        // The critical one: Ada said critical, Bob high; the merge takes the highest, and
        // says so.
        const ConsolidationDecision &worst = consolidation.decisions.first();
        QCOMPARE(worst.result.finding.severity, review::Severity::Critical);
        QVERIFY2(worst.rationale.contains(QStringLiteral("the highest of the sources")),
                 qPrintable(worst.rationale));
        QVERIFY2(worst.rationale.contains(QStringLiteral("Bob Auditor: High")),
                 qPrintable(worst.rationale));
        QVERIFY(!worst.result.excerpts.isEmpty());
    }

    void packageVerifiesWithItsSources()
    {
        auto builder = builderFor(consolidate());
        QVERIFY2(builder, qPrintable(builder ? QString() : builder.errorMessage()));
        auto bytes = archiveOf(**builder);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.errorMessage()));
        const QString file = m_fixture->save(QStringLiteral("lead.crpkg"), *bytes);
        auto verdict
            = PackageVerifier::verify(file, TrustConfiguration::fromStore(m_fixture->trust()), {});
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));
        QCOMPARE(int(verdict->sources.size()), 2);
        QCOMPARE(verdict->manifest.summary.value(QStringLiteral("findings")).toInt(), 3);

        const auto entries = test::readEntries(file);
        for (const QString &source : m_files) {
            QFile original(source);
            QVERIFY(original.open(QIODevice::ReadOnly));
            const QByteArray bytes = original.readAll();
            bool found = false;
            for (auto it = entries.cbegin(); it != entries.cend(); ++it)
                found |= it.key().startsWith("sources/") && it.value() == bytes;
            QVERIFY2(found, "a source package is not inside byte-identical");
        }
        const QJsonObject findings
            = QJsonDocument::fromJson(entries.value("findings.json")).object();
        QCOMPARE(findings.value(QStringLiteral("type")).toString(),
                 QStringLiteral("clearroom-consolidated-findings"));
        QCOMPARE(findings.value(QStringLiteral("sources")).toArray().size(), 2);
        for (const QJsonValue &value : findings.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject consolidation
                = value.toObject().value(QStringLiteral("consolidation")).toObject();
            QVERIFY(consolidation.value(QStringLiteral("automatic")).toBool());
            QVERIFY(!consolidation.value(QStringLiteral("sources")).toArray().isEmpty());
        }
        const QJsonObject coverage
            = QJsonDocument::fromJson(entries.value("coverage.json")).object();
        bool mainReviewedByBoth = false;
        for (const QJsonValue &repository :
             coverage.value(QStringLiteral("repositories")).toArray()) {
            for (const QJsonValue &fileValue :
                 repository.toObject().value(QStringLiteral("files")).toArray()) {
                const QJsonObject each = fileValue.toObject();
                if (each.value(QStringLiteral("path")).toString() == QLatin1String("src/main.c"))
                    mainReviewedByBoth
                        = each.value(QStringLiteral("reviewed_by")).toArray().size() == 2;
            }
            QVERIFY(!repository.toObject()
                         .value(QStringLiteral("unreviewed_files"))
                         .toArray()
                         .isEmpty());
            // The totals count what the lists hold.
            const QJsonArray files = repository.toObject().value(QStringLiteral("files")).toArray();
            const QJsonArray unreviewed
                = repository.toObject().value(QStringLiteral("unreviewed_files")).toArray();
            int reviewed = 0;
            for (const QJsonValue &fileValue : files)
                reviewed
                    += fileValue.toObject().value(QStringLiteral("reviewed_by")).toArray().isEmpty()
                    ? 0
                    : 1;
            const QJsonObject total
                = repository.toObject().value(QStringLiteral("total")).toObject();
            QCOMPARE(total.value(QStringLiteral("files")).toInt(), files.size());
            QCOMPARE(total.value(QStringLiteral("reviewed_files")).toInt(), reviewed);
            QCOMPARE(total.value(QStringLiteral("unreviewed_files")).toInt(), unreviewed.size());
            QCOMPARE(reviewed + unreviewed.size(), files.size());
        }
        QVERIFY(mainReviewedByBoth);
        const QByteArray report = entries.value("report.html");
        QVERIFY(report.contains("Consolidated review report"));
        QVERIFY(report.indexOf("What each auditor found") < report.indexOf("Signature"));
        QVERIFY(report.contains("merged (automatic)"));
        QVERIFY(report.contains("Bob Auditor"));
        const QJsonObject sarif = QJsonDocument::fromJson(entries.value("findings.sarif")).object();
        QStringList roles;
        for (const QJsonValue &run : sarif.value(QStringLiteral("runs")).toArray())
            roles.append(run.toObject()
                             .value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("clearroomRole"))
                             .toString());
        QCOMPARE(roles.count(QStringLiteral("source")), 2);
        QCOMPARE(roles.count(QStringLiteral("consolidated")), 1);
    }

    void sarifIsValid()
    {
        // The checker is installed by installer/setup-deps.sh (node, npm ci): never skipped.
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is missing: run installer/setup-deps.sh");
        auto builder = builderFor(consolidate());
        QVERIFY(builder);
        const auto sarif = (*builder)->entry(QStringLiteral("findings.sarif"));
        QVERIFY(sarif);
        const QString file = m_fixture->save(QStringLiteral("consolidated.sarif"), *sarif);
        const auto checked = test::runProcess(
            QFile::encodeName(node),
            {QFile::encodeName(QStringLiteral(CLEARROOM_SARIF_SCHEMA_DIR "/validate.js")),
             QFile::encodeName(file)});
        QVERIFY2(checked.ok(), checked.standardError.constData());
        QVERIFY(checked.standardOutput.contains("valid SARIF 2.1.0"));
    }

    // findings.json and findings.sarif are written a finding or result at a time, and
    // coverage.json straight into its bytes: the same bytes as the whole document written
    // by QJsonDocument.
    void largeEntriesInPiecesAreTheWholeDocument()
    {
        auto builder = builderFor(consolidate());
        QVERIFY(builder);
        for (const QString &name :
             {QStringLiteral("findings.json"), QStringLiteral("findings.sarif"),
              QStringLiteral("coverage.json")}) {
            const auto entry = (*builder)->entry(name);
            QVERIFY2(entry, qPrintable(name));
            QJsonParseError error;
            const QJsonDocument whole = QJsonDocument::fromJson(*entry, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QCOMPARE(*entry, whole.toJson(QJsonDocument::Indented));
        }
        const QJsonObject findings
            = QJsonDocument::fromJson(*(*builder)->entry(QStringLiteral("findings.json"))).object();
        QVERIFY(!findings.value(QStringLiteral("findings")).toArray().isEmpty());
        const QJsonArray runs
            = QJsonDocument::fromJson(*(*builder)->entry(QStringLiteral("findings.sarif")))
                  .object()
                  .value(QStringLiteral("runs"))
                  .toArray();
        QVERIFY(runs.size() >= 3);
        int decided = 0;
        for (const QJsonValue &run : runs) {
            const QJsonArray results = run.toObject().value(QStringLiteral("results")).toArray();
            QVERIFY(!results.isEmpty());
            // A consolidated result names its decision and sources among its properties; a
            // source's result does not.
            const bool consolidated = run.toObject()
                                          .value(QStringLiteral("properties"))
                                          .toObject()
                                          .value(QStringLiteral("clearroomRole"))
                                          .toString()
                == QLatin1String("consolidated");
            for (const QJsonValue &result : results) {
                const QJsonObject properties
                    = result.toObject().value(QStringLiteral("properties")).toObject();
                QCOMPARE(properties.contains(QStringLiteral("consolidation")), consolidated);
                const QJsonObject decision
                    = properties.value(QStringLiteral("consolidation")).toObject();
                if (decision.contains(QStringLiteral("decision"))) {
                    QVERIFY(!decision.value(QStringLiteral("sources")).toArray().isEmpty());
                    ++decided;
                }
            }
        }
        QVERIFY(decided > 0);
    }

    void deterministic()
    {
        auto first = builderFor(consolidate());
        auto second = builderFor(consolidate());
        QVERIFY(first && second);
        QCOMPARE((*first)->manifestBytes(), (*second)->manifestBytes());
        for (const ManifestEntry &listed : (*first)->manifest().entries) {
            if (listed.path.startsWith(QLatin1String("sources/")))
                continue;
            const auto one = (*first)->entry(listed.path);
            const auto other = (*second)->entry(listed.path);
            QVERIFY2(one && other, qPrintable(listed.path));
            QCOMPARE(*one, *other);
        }
    }

    void anAuditorCannotSignIt()
    {
        auto builder = builderFor(consolidate(), &m_fixture->auditor());
        QVERIFY(!builder);
        QVERIFY2(builder.errorMessage().contains(QStringLiteral("lead reviewer role")),
                 qPrintable(builder.errorMessage()));
    }

    // The command line's log of thousands of decisions is written on two threads: the
    // lines, their numbers and the chain must be those of one append after another.
    void decisionsLoggedAtOnceAreLoggedInTurn_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("odd") << 7;
        QTest::newRow("even") << 12;
    }

    void decisionsLoggedAtOnceAreLoggedInTurn()
    {
        QFETCH(int, count);
        const Consolidation consolidation = consolidate();
        const QVector<ConsolidationDecision> &decisions = consolidation.decisions;
        QVERIFY(decisions.size() >= 2);
        const QDateTime at = created();
        const auto record = [&](int index) {
            ConsolidationDecision decision = decisions.at(index % decisions.size());
            decision.rationale = QStringLiteral("reason %1").arg(index);
            return ConsolidationLog::decisionRecord(decision);
        };
        ConsolidationLog inTurn;
        ConsolidationLog atOnce;
        for (ConsolidationLog *log : {&inTurn, &atOnce})
            log->append(ConsolidationLog::importRecord(consolidation.sources.first().package),
                        QStringLiteral("Lea"), at);
        for (int index = 0; index < count; ++index)
            inTurn.append(record(index), QStringLiteral("Lea"), at);
        atOnce.appendEach(count, record, QStringLiteral("Lea"), at);
        QCOMPARE(atOnce.count(), qint64(count + 1));
        QCOMPARE(atOnce.lines(), inTurn.lines());
        QCOMPARE(atOnce.head(), inTurn.head());
        QCOMPARE(atOnce.lines().count('\n'), count + 1);
        if (count > 0)
            QVERIFY(atOnce.lines().contains(QStringLiteral("\"seq\":%1").arg(count + 1).toUtf8()));
    }

    void aSourceChangedSinceVerificationIsNotWritten()
    {
        auto builder = builderFor(consolidate());
        QVERIFY(builder);
        QFile bob(m_files.at(1));
        QVERIFY(bob.open(QIODevice::ReadOnly));
        const QByteArray original = bob.readAll();
        bob.close();
        m_fixture->save(QStringLiteral("bob.crpkg"), "not the package");
        auto bytes = archiveOf(**builder);
        m_fixture->save(QStringLiteral("bob.crpkg"), original);
        QVERIFY(!bytes);
        QVERIFY2(bytes.errorMessage().contains(QStringLiteral("changed after it was verified")),
                 qPrintable(bytes.errorMessage()));
    }

private:
    Consolidation consolidate()
    {
        QVector<ConsolidationSource> sources;
        for (const QString &file : std::as_const(m_files)) {
            auto verdict = PackageVerifier::verify(
                file, TrustConfiguration::fromStore(m_fixture->trust()), {});
            if (!verdict)
                qFatal("%s", qPrintable(verdict.errorMessage()));
            auto source = SourcePackage::read(file, *verdict);
            if (!source)
                qFatal("%s", qPrintable(source.errorMessage()));
            sources.append(ConsolidationSource::of(*source, file));
        }
        const crypto::Identity lead = m_fixture->identity(m_lead);
        PackageSigner signer;
        signer.name = lead.certificate().commonName();
        signer.fingerprint = lead.certificate().fingerprint();
        return AutomaticConsolidation::decide(sources, signer, created());
    }

    static QDateTime created() { return test::PackageFixture::fixedTime().addDays(2); }

    Result<std::unique_ptr<ConsolidatedPackageBuilder>>
    builderFor(Consolidation consolidation, const test::IssuedIdentity *signer = nullptr)
    {
        ConsolidatedReview review;
        review.review.id = QStringLiteral("6b1f0c2e-5d4a-4e8b-9f3c-2a1d0e9b8c7f");
        review.review.name = QStringLiteral("Vendor firmware 4.2");
        review.review.reviewerName = QStringLiteral("Lea Lead");
        review.review.created = created();
        review.policy = m_policy;
        review.auditHead = QByteArray(64, '0');
        const crypto::Identity identity = m_fixture->identity(signer ? *signer : m_lead);
        auto builder = std::make_unique<ConsolidatedPackageBuilder>(
            std::move(consolidation), review, identity.certificate(), created());
        if (auto built = builder->build(); !built)
            return built.error();
        return builder;
    }

    Result<QByteArray> archiveOf(const ConsolidatedPackageBuilder &builder)
    {
        auto writer = builder.archive(m_fixture->identity(m_lead));
        if (!writer)
            return writer.error();
        return writer->toByteArray();
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    test::IssuedIdentity m_bob;
    test::IssuedIdentity m_lead;
    EgressPolicy m_policy = EgressPolicy::none();
    QStringList m_files;
};

QTEST_MAIN(TestConsolidation)
#include "tst_consolidation.moc"
