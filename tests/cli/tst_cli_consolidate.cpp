// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// `clearroom-cli consolidate` as an authority's script runs it: good and bad packages
// given together, the good ones consolidated and signed by the lead, every other one
// left out with its own reason, and the result verified with the tree of signers.
#include "manifest.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "process.h"
#include "reanchoring.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace clearroom;

namespace {

QByteArray path(const QString &fileName)
{
    return QFile::encodeName(fileName);
}

} // namespace

class TestCliConsolidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        test::TestPki &pki = m_fixture->pki();
        const auto bob = pki.issue(QStringLiteral("Bob Auditor"), test::TestPki::Role::Auditor);
        const auto revoked = pki.issue(QStringLiteral("Rex Auditor"), test::TestPki::Role::Auditor);
        m_lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY(pki.revoke(revoked));
        m_crl = pki.makeCrl(file("crl.pem"));
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        const auto none = package::EgressPolicy::none();

        auto adaFirst = m_fixture->archive(none);
        QVERIFY(adaFirst);
        m_ada1 = save("ada-1.crpkg", *adaFirst);
        const QString firstId = manifestOf(*adaFirst).packageId;
        auto bobs = m_fixture->archiveBy(none, bob);
        QVERIFY(bobs);
        m_bob = save("bob.crpkg", *bobs);
        m_copy = save("bob-copy.crpkg", *bobs);
        // Ada goes on and exports again: her second package names the first.
        QVERIFY(
            m_fixture->review().add("src/util.c", 8, 9, QStringLiteral("Missing bounds check")));
        auto adaSecond = m_fixture->archiveBy(none, m_fixture->auditor(), firstId);
        QVERIFY(adaSecond);
        m_ada2 = save("ada-2.crpkg", *adaSecond);
        auto rexs = m_fixture->archiveBy(none, revoked);
        QVERIFY(rexs);
        m_revoked = save("rex.crpkg", *rexs);
        QByteArray tampered = *bobs;
        const int at = tampered.indexOf("\"title\": \"Unchecked") + 10;
        QVERIFY(at > 10);
        tampered[at] = 'u';
        m_tampered = save("tampered.crpkg", tampered);
        auto consolidated = m_fixture->consolidatedArchive({*adaFirst, *bobs}, m_lead);
        QVERIFY(consolidated);
        m_consolidated = save("earlier-consolidation.crpkg", *consolidated);
        m_passphrase = save("lead-pass", m_lead.passphrase + '\n');
        // Bob moves his review on to the commit "next" on main (src/main.c gains two lines at the
        // top; src/util.c is unchanged) and exports again.
        test::ReviewFixture &review = m_fixture->review();
        auto moved = review::Reanchoring::moveReview(review.workspace(), review.repository(),
                                                     test::ReviewFixture::repositoryName(),
                                                     review.commit("main"));
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.errorMessage()));
        auto bobNext = m_fixture->archiveBy(none, bob);
        QVERIFY(bobNext);
        m_bobNext = save("bob-next.crpkg", *bobNext);
        m_fixture->review().close();
    }

    void consolidatesTheGoodAndNamesTheRest()
    {
        const QString out = file("lead.crpkg");
        const auto result = consolidate(
            out, m_lead, {m_ada1, m_ada2, m_bob, m_copy, m_revoked, m_tampered, m_consolidated});
        QVERIFY2(result.ok(), result.standardError.constData());
        const QByteArray text = result.standardOutput;
        QVERIFY2(text.contains("ada-1.crpkg: superseded"), text.constData());
        QVERIFY(text.contains("ada-2.crpkg: accepted"));
        QVERIFY(text.contains("bob.crpkg: accepted"));
        QVERIFY(text.contains("bob-copy.crpkg: already given"));
        QVERIFY(text.contains("rex.crpkg: refused"));
        QVERIFY(text.contains("\"CN=Rex Auditor\" was revoked on"));
        QVERIFY(text.contains("tampered.crpkg: refused"));
        QVERIFY(text.contains("earlier-consolidation.crpkg: refused"));
        QVERIFY(text.contains("is a consolidated package"));
        QVERIFY2(text.contains("group(s) of duplicates merged"), text.constData());
        QVERIFY(text.contains("Written, read back from the medium and verified."));
        // The receipt names the auditors' packages inside, for the officer to match each
        // with what its auditor handed over.
        QVERIFY2(text.contains("  sources:   2 auditor package"), text.constData());
        QVERIFY(text.contains(" inside, each verified:\n"));
        for (const QString &source : {m_ada2, m_bob}) {
            const auto manifest = package::PackageVerifier::readManifest(source);
            QVERIFY(manifest);
            QFile file(source);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray line
                = QStringLiteral("    %1  %2  SHA-256 %3\n")
                      .arg(manifest->packageId,
                           manifest->signer.value(QStringLiteral("subject")).toString(),
                           QString::fromLatin1(
                               QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                   .toHex()))
                      .toUtf8();
            QVERIFY2(text.contains(line), line.constData());
        }

        const auto verified
            = test::clearroomCli({"verify", path(out), "--trust", path(m_fixture->pki().caFile()),
                                  "--crl", path(m_crl)});
        QVERIFY2(verified.ok(), verified.standardError.constData());
        QVERIFY(verified.standardOutput.contains("signer: CN=Lea Lead (lead reviewer)"));
        QCOMPARE(verified.standardOutput.count("      CN=Ada Auditor (auditor)"), 1);
        QCOMPARE(verified.standardOutput.count("      CN=Bob Auditor (auditor)"), 1);

        const auto entries = test::readEntries(out);
        QCOMPARE(entries.keys().count(), 8 + 2); // 8 own entries + Ada's newer and Bob's
        const QJsonObject findings
            = QJsonDocument::fromJson(entries.value("findings.json")).object();
        const QJsonArray leftOut = findings.value(QStringLiteral("left_out_packages")).toArray();
        QCOMPARE(leftOut.size(), 5);
        // Ada's newer package has the finding Bob's lacks: it is kept; the two both saw
        // are merged.
        int merged = 0, kept = 0;
        for (const QJsonValue &value : findings.value(QStringLiteral("findings")).toArray()) {
            const QString decision = value.toObject()
                                         .value(QStringLiteral("consolidation"))
                                         .toObject()
                                         .value(QStringLiteral("decision"))
                                         .toString();
            merged += decision == QLatin1String("merge") ? 1 : 0;
            kept += decision == QLatin1String("keep") ? 1 : 0;
        }
        QCOMPARE(merged, 2);
        QCOMPARE(kept, 1);
        // The lead's audit log chains: every line's hash from the previous one.
        const QList<QByteArray> lines = entries.value("audit-log.jsonl").split('\n');
        QVERIFY(lines.size() > 5);
        QVERIFY(lines.first().contains("\"action\":\"package.reject\""));
        const auto manifest = package::Manifest::parse(entries.value("manifest.json"));
        QVERIFY(manifest);
        QVERIFY(manifest->auditLogHead != QByteArray(64, '0'));
        const QByteArray report = entries.value("report.html");
        QVERIFY(report.contains("rex.crpkg"));
    }

    void bringsFindingsOntoOneCommit_data()
    {
        QTest::addColumn<QByteArrayList>("options");
        QTest::addColumn<int>("merged");
        QTest::addColumn<int>("kept");
        QTest::addColumn<QByteArray>("said");
        // Without the repository only the finding in the unchanged file (same blob) pairs.
        QTest::newRow("own commits") << QByteArrayList() << 1 << 3 << QByteArray();
        QTest::newRow("newest") << QByteArrayList {"--repo", "REPO"} << 2 << 1
                                << QByteArray("(the one most packages reviewed): 1 exact, 1 "
                                              "moved, 0 modified, 0 orphaned, 3 already there.");
        QTest::newRow("chosen") << QByteArrayList {"--repo", "REPO", "--commit", "app=base"} << 2
                                << 1
                                << QByteArray("(chosen with --commit): 2 exact, 1 moved, 0 "
                                              "modified, 0 orphaned, 2 already there.");
        // The same through a lead's workspace holding the repository: the default commit,
        // and the lead's choice recorded in the workspace with --commit.
        QTest::newRow("workspace newest")
            << QByteArrayList {"WORKSPACE"} << 2 << 1
            << QByteArray("(the one most packages reviewed): 1 exact, 1 moved, 0 modified, 0 "
                          "orphaned, 3 already there.");
        QTest::newRow("workspace chosen")
            << QByteArrayList {"WORKSPACE", "--commit", "app=base"} << 2 << 1
            << QByteArray("(chosen in the workspace): 2 exact, 1 moved, 0 modified, 0 "
                          "orphaned, 2 already there.");
    }

    void bringsFindingsOntoOneCommit()
    {
        QFETCH(QByteArrayList, options);
        QFETCH(int, merged);
        QFETCH(int, kept);
        QFETCH(QByteArray, said);
        const QString out = file(QTest::currentDataTag()) + QStringLiteral(".crpkg");
        const QByteArray repository = path(m_fixture->review().repositoryPath());
        for (QByteArray &option : options) {
            if (option == "REPO")
                option = repository;
        }
        QStringList packages {m_ada1, m_bobNext};
        QString workspace;
        if (options.removeAll("WORKSPACE") > 0) {
            workspace = file(QTest::currentDataTag()) + QStringLiteral(".clearroom");
            const auto imported = test::clearroomCli(
                {"import", path(workspace), "--trust", path(m_fixture->pki().caFile()), "--crl",
                 path(m_crl), "--reviewer", "Lea Lead", path(m_ada1), path(m_bobNext)});
            QVERIFY2(imported.ok(), imported.standardError.constData());
            const auto added = test::clearroomCli({"review", "add-repo", path(workspace), "--repo",
                                                   repository, "--repo-name",
                                                   test::ReviewFixture::repositoryName().toUtf8()});
            QVERIFY2(added.ok(), added.standardError.constData());
            options += QByteArrayList {"--workspace", path(workspace)};
            packages.clear();
        }
        const auto result = consolidate(out, m_lead, packages, options);
        QVERIFY2(result.ok(), result.standardError.constData());
        if (!workspace.isEmpty() && options.contains("--commit")) {
            // The choice is the workspace's now: recorded, audited, and kept for later runs.
            const auto log = test::clearroomCli({"log", "verify", path(workspace)});
            QVERIFY2(log.ok(), log.standardError.constData());
            const auto again = consolidate(out + QStringLiteral(".again"), m_lead, {},
                                           {"--workspace", path(workspace)});
            QVERIFY2(again.ok(), again.standardError.constData());
            QVERIFY2(again.standardOutput.contains(said), again.standardOutput.constData());
        }
        QVERIFY2(result.standardOutput.contains(said), result.standardOutput.constData());
        int merges = 0, keeps = 0;
        const QJsonObject findings
            = QJsonDocument::fromJson(test::readEntries(out).value("findings.json")).object();
        for (const QJsonValue &value : findings.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject finding = value.toObject();
            const QString decision = finding.value(QStringLiteral("consolidation"))
                                         .toObject()
                                         .value(QStringLiteral("decision"))
                                         .toString();
            merges += decision == QLatin1String("merge") ? 1 : 0;
            keeps += decision == QLatin1String("keep") ? 1 : 0;
            if (!options.isEmpty()) // all on one commit
                QCOMPARE(
                    finding.value(QStringLiteral("commit")).toString(),
                    QString::fromLatin1(m_fixture->review()
                                            .commit(options.contains("app=base") ? "base" : "main")
                                            .toHex()));
        }
        QCOMPARE(merges, merged);
        QCOMPARE(keeps, kept);
    }

    void anAuditorCannotConsolidate()
    {
        const QString out = file("by-auditor.crpkg");
        const QString passphrase = save("ada-pass", m_fixture->auditor().passphrase + '\n');
        const auto result = test::clearroomCli(
            {"consolidate", "--trust", path(m_fixture->pki().caFile()), "--identity",
             path(m_fixture->auditor().pkcs12File), "--passphrase-file", path(passphrase), "--yes",
             "--out", path(out), path(m_bob)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("does not carry the lead reviewer role"),
                 result.standardError.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void nothingGoodNothingWritten()
    {
        const QString out = file("empty.crpkg");
        const auto result = consolidate(out, m_lead, {m_tampered});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("no package could be taken in"),
                 result.standardError.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void refusedWithoutConfirmation()
    {
        const QString out = file("unconfirmed.crpkg");
        const auto result
            = test::clearroomCli({"consolidate", "--trust", path(m_fixture->pki().caFile()),
                                  "--identity", path(m_lead.pkcs12File), "--passphrase-file",
                                  path(m_passphrase), "--out", path(out), path(m_bob)});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("confirmed on a terminal, or with --yes"));
        QVERIFY(!QFileInfo::exists(out));
    }

private:
    test::ProcessResult consolidate(const QString &out, const test::IssuedIdentity &identity,
                                    const QStringList &packages, const QByteArrayList &options = {})
    {
        QByteArrayList arguments {"consolidate",
                                  "--trust",
                                  path(m_fixture->pki().caFile()),
                                  "--crl",
                                  path(m_crl),
                                  "--identity",
                                  path(identity.pkcs12File),
                                  "--passphrase-file",
                                  path(m_passphrase),
                                  "--yes",
                                  "--out",
                                  path(out)};
        arguments += options;
        for (const QString &package : packages)
            arguments.append(path(package));
        return test::clearroomCli(arguments);
    }

    package::Manifest manifestOf(const QByteArray &archive)
    {
        const auto entries = test::readEntries(save("manifest-of.crpkg", archive));
        auto manifest = package::Manifest::parse(entries.value("manifest.json"));
        if (!manifest)
            qFatal("%s", qPrintable(manifest.errorMessage()));
        return *manifest;
    }

    QString file(const char *name) const
    {
        return m_fixture->review().filePath(QString::fromUtf8(name));
    }

    QString save(const char *name, const QByteArray &bytes) const
    {
        return m_fixture->save(QString::fromUtf8(name), bytes);
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    test::IssuedIdentity m_lead;
    QString m_crl;
    QString m_passphrase;
    QString m_ada1, m_ada2, m_bob, m_bobNext, m_copy, m_revoked, m_tampered, m_consolidated;
};

QTEST_MAIN(TestCliConsolidate)
#include "tst_cli_consolidate.moc"
