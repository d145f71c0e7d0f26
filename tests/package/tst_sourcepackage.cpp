// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// An auditor's package read back by a lead: the findings, comments, excerpts and
// coverage are the workspace's own, and entries that are not what Clearroom writes are
// refused naming the entry, the finding and the field.
#include "findingstore.h"
#include "packagefixture.h"
#include "sha256.h"
#include "sourcepackage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

class TestSourcePackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        auto policy = EgressPolicy::fromJson(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})",
            QStringLiteral("policy"));
        QVERIFY(policy);
        auto archive = m_fixture->archive(*policy);
        QVERIFY(archive);
        m_file = m_fixture->save(QStringLiteral("ada.crpkg"), *archive);
        m_entries = test::readEntries(m_file);
        auto findings = m_fixture->review().workspace().findings().all();
        QVERIFY(findings);
        m_recorded = *findings;
    }

    void readsWhatTheWorkspaceHeld()
    {
        auto verdict = PackageVerifier::verify(
            m_file, TrustConfiguration::fromStore(m_fixture->trust()), {});
        QVERIFY(verdict);
        auto source = SourcePackage::read(m_file, *verdict);
        QVERIFY2(source, qPrintable(source ? QString() : source.errorMessage()));
        QCOMPARE(source->signerName(), QStringLiteral("Ada Auditor"));
        QCOMPARE(source->findings().size(), m_recorded.size());
        for (const review::Finding &recorded : std::as_const(m_recorded)) {
            const auto read = std::find_if(
                source->findings().cbegin(), source->findings().cend(),
                [&](const SourceFinding &each) { return each.finding.id == recorded.id; });
            QVERIFY(read != source->findings().cend());
            const review::Finding &finding = read->finding;
            QCOMPARE(finding.title, recorded.title);
            QCOMPARE(finding.severity, recorded.severity);
            QCOMPARE(finding.status, recorded.status);
            QCOMPARE(finding.description, recorded.description);
            QCOMPARE(finding.commit, recorded.commit);
            QCOMPARE(finding.created, recorded.created);
            QCOMPARE(finding.locations.size(), recorded.locations.size());
            QCOMPARE(finding.locations.first().path, recorded.locations.first().path);
            QCOMPARE(finding.locations.first().startLine, recorded.locations.first().startLine);
            QCOMPARE(finding.locations.first().blobId, recorded.locations.first().blobId);
            QCOMPARE(read->excerpts.size(), 1); // the finding's lines leave under this policy
            QCOMPARE(read->excerpts.first().firstLine, recorded.locations.first().startLine);
        }
        int comments = 0;
        for (const SourceFinding &each : source->findings())
            comments += each.comments.size();
        QCOMPARE(comments, 1);
        QCOMPARE(source->repositories().size(), 1);
        const SourceRepository &repository = source->repositories().first();
        const auto main = std::find_if(repository.files.cbegin(), repository.files.cend(),
                                       [](const auto &file) { return file.path == "src/main.c"; });
        QVERIFY(main != repository.files.cend());
        QCOMPARE(main->ranges.size(), 1);
        QCOMPARE(main->ranges.first().endLine, 20);
        QCOMPARE(main->ranges.first().reviewer, QStringLiteral("Ada Auditor"));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("find");
        QTest::addColumn<QByteArray>("replace");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("\"findings\"") << QByteArray("\"findings\",,")
                                  << QStringLiteral("is not JSON");
        QTest::newRow("wrong type") << QByteArray("clearroom-findings") << QByteArray("other")
                                    << QStringLiteral("not a Clearroom findings list");
        QTest::newRow("unknown severity")
            << QByteArray("\"severity\": \"critical\"") << QByteArray("\"severity\": \"dire\"")
            << QStringLiteral(", finding 1: \"severity\" is not one Clearroom knows");
        QTest::newRow("line zero")
            << QByteArray("\"start_line\": 2") << QByteArray("\"start_line\": 0")
            << QStringLiteral("\"start_line\" is not a whole number");
        QTest::newRow("short commit")
            << QByteArray("\"commit\": \"") << QByteArray("\"commit\": \"0")
            << QStringLiteral("\"commit\" is not 40 lowercase hex");
        QTest::newRow("unknown repository")
            << QByteArray("\"repository\": \"") << QByteArray("\"repository\": \"x")
            << QStringLiteral("is not among the package's repositories");
    }

    void refused()
    {
        QFETCH(QByteArray, find);
        QFETCH(QByteArray, replace);
        QFETCH(QString, expected);
        QByteArray findings = m_entries.value("findings.json");
        QVERIFY2(findings.contains(find), findings.left(400).constData());
        findings.replace(findings.indexOf(find), find.size(), replace);
        auto source = readWith(findings);
        QVERIFY(!source);
        QVERIFY2(source.errorMessage().contains(expected), qPrintable(source.errorMessage()));
        QVERIFY(source.errorMessage().contains(QStringLiteral("findings.json of ")));
    }

    void changedAfterVerification()
    {
        QByteArray findings = m_entries.value("findings.json");
        findings.replace("Pasted code", "Pasted kode");
        auto source = readWith(findings, false);
        QVERIFY(!source);
        QVERIFY2(source.errorMessage().contains(QStringLiteral("changed after it was verified")),
                 qPrintable(source.errorMessage()));
    }

private:
    // The package with its findings.json replaced, read with a verdict whose manifest
    // records the new digest (or, with `listed` false, still the old one).
    Result<SourcePackage> readWith(const QByteArray &findings, bool listed = true)
    {
        auto entries = m_entries;
        entries.insert("findings.json", findings);
        const QString file = m_fixture->save(QStringLiteral("changed.crpkg"), test::zipOf(entries));
        auto manifest = Manifest::parse(m_entries.value("manifest.json"));
        if (!manifest)
            return manifest.error();
        PackageVerdict verdict;
        verdict.manifest = *manifest;
        if (listed) {
            for (ManifestEntry &entry : verdict.manifest.entries) {
                if (entry.path == QLatin1String("findings.json"))
                    entry.sha256 = crypto::Sha256::hexOf(
                        std::string_view(findings.constData(), size_t(findings.size())));
            }
        }
        return SourcePackage::read(file, verdict);
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    QString m_file;
    QMap<QByteArray, QByteArray> m_entries;
    QVector<review::Finding> m_recorded;
};

QTEST_MAIN(TestSourcePackage)
#include "tst_sourcepackage.moc"
