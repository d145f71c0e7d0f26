// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// `clearroom-cli export|verify|inspect` as an auditor and an authority's officer use
// them, and the package checked again with standard tools alone (unzip, openssl,
// sha256sum), exactly as the README's recipe does.
#include "certificate.h"
#include "packagefixture.h"
#include "process.h"
#include "terminalprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

class TestCliPackage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        makeConsolidatedPackage();
        m_fixture->review().close(); // the CLI is the only one at work now
        m_passphraseFile
            = m_fixture->save(QStringLiteral("pass"), m_fixture->auditor().passphrase + '\n');
        m_policy = m_fixture->save(
            QStringLiteral("policy.json"),
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})");
    }

    void exportVerifyInspect()
    {
        const QString package = file("review.crpkg");
        const auto exported = exportTo(package, {"--yes"});
        QVERIFY2(exported.ok(), exported.standardError.constData());
        QVERIFY(exported.standardError.isEmpty());
        QVERIFY(exported.standardOutput.contains("What will leave the room in this package:"));
        QVERIFY(exported.standardOutput.contains("int main_6 = 6;")); // the excerpt, shown
        QVERIFY(
            exported.standardOutput.contains("Free text that looks like pasted code (1 place)"));
        QVERIFY(exported.standardOutput.contains("Transfer receipt"));
        QVERIFY(
            exported.standardOutput.contains("Written, read back from the medium and verified."));
        QVERIFY(QFileInfo(package).isFile());
        QCOMPARE(QDir(m_fixture->review().filePath(QString()))
                     .entryList({QStringLiteral(".*review.crpkg*")}, QDir::Files | QDir::Hidden),
                 QStringList()); // no temporary file left

        const auto verified = test::clearroomCli(
            {"verify", path(package), "--trust", path(m_fixture->pki().caFile())});
        QVERIFY2(verified.ok(), verified.standardError.constData());
        QVERIFY(verified.standardOutput.contains(": the package verifies."));
        QVERIFY(verified.standardOutput.contains("signer: CN=Ada Auditor (auditor)"));
        QVERIFY(verified.standardOutput.contains("findings: 2 (1 Critical"));

        const auto inspected = test::clearroomCli({"inspect", path(package)});
        QVERIFY2(inspected.ok(), inspected.standardError.constData());
        QVERIFY(inspected.standardOutput.contains("(not verified:"));
        QVERIFY(inspected.standardOutput.contains("findings.json"));
        QVERIFY(inspected.standardOutput.contains("\"excerpts\":\"finding-lines\""));

        // The same, with standard tools only.
        const QString folder = file("extracted");
        QVERIFY(QDir().mkpath(folder));
        const auto unzipped = test::runProcess("unzip", {"-q", path(package), "-d", path(folder)});
        QVERIFY2(unzipped.ok(), unzipped.standardError.constData());
        const auto cms = test::runProcess(
            "openssl",
            {"cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s", "-content",
             "manifest.json", "-CAfile", path(m_fixture->pki().caFile()), "-no-CApath",
             "-no-CAstore", "-purpose", "any", "-signer", "signer.pem", "-out", "/dev/null"},
            {}, path(folder));
        QVERIFY2(cms.ok(), cms.standardError.constData());
        const auto eku = test::runProcess(
            "openssl", {"x509", "-in", "signer.pem", "-noout", "-ext", "extendedKeyUsage"}, {},
            path(folder));
        QVERIFY(eku.standardOutput.contains("2.25.181595859419782607121077789565286859094.1.1"));
        // The README's line: the manifest is canonical, so grep and sed read its entries.
        const auto checked = test::runProcess(
            "sh",
            {"-c",
             "grep -o '\"path\":\"[^\"]*\",\"sha256\":\"[0-9a-f]*\"' manifest.json"
             " | sed -E 's/\"path\":\"([^\"]*)\",\"sha256\":\"([0-9a-f]*)\"/\\2  \\1/'"
             " | sha256sum -c --strict"},
            {}, path(folder));
        QVERIFY2(checked.ok(),
                 QByteArray(checked.standardOutput + checked.standardError).constData());
        QCOMPARE(checked.standardOutput.count(": OK\n"), 7);

        // Time and revocation with openssl: the CRL appended to the CA file, at the signing time.
        const QString crl = m_fixture->pki().makeCrl(file("crl.pem"));
        QFile ca(m_fixture->pki().caFile());
        QFile crlFile(crl);
        QVERIFY(ca.open(QIODevice::ReadOnly) && crlFile.open(QIODevice::ReadOnly));
        m_fixture->save(QStringLiteral("ca-and-crl.pem"), ca.readAll() + crlFile.readAll());
        const auto withCrl = test::runProcess(
            "openssl",
            {"cms", "-verify", "-binary", "-inform", "DER", "-in", "manifest.json.p7s", "-content",
             "manifest.json", "-CAfile", path(file("ca-and-crl.pem")), "-no-CApath", "-no-CAstore",
             "-purpose", "any", "-crl_check", "-out", "/dev/null"},
            {}, path(folder));
        QVERIFY2(withCrl.ok(), withCrl.standardError.constData());
        const auto checkedCli
            = test::clearroomCli({"verify", path(package), "--trust",
                                  path(m_fixture->pki().caFile()), "--crl", path(crl), "--strict"});
        QVERIFY2(checkedCli.ok(), checkedCli.standardError.constData());
    }

    void consolidatedPackageShowsItsSigners()
    {
        const QString package = m_fixture->save(QStringLiteral("lead.crpkg"), m_consolidated);
        const auto verified = test::clearroomCli(
            {"verify", path(package), "--trust", path(m_fixture->pki().caFile())});
        QVERIFY2(verified.ok(), verified.standardError.constData());
        const QByteArray out = verified.standardOutput;
        QVERIFY2(out.contains("signer: CN=Lea Lead (lead reviewer)"), out.constData());
        const int tree = out.indexOf("  signers:\n    CN=Lea Lead (lead reviewer)");
        QVERIFY2(tree > 0, out.constData());
        QVERIFY2(out.indexOf("\n      CN=Ada Auditor (auditor), certificate SHA-256 ", tree) > 0,
                 out.constData());
        QVERIFY2(out.indexOf("\n      CN=Bob Auditor (auditor), certificate SHA-256 ", tree) > 0,
                 out.constData());
        QCOMPARE(out.count("        sources/"), 2);

        // The README's openssl recipe works on the outer package and on each source.
        const QString folder = file("lead-extracted");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(test::runProcess("unzip", {"-q", path(package), "-d", path(folder)}).ok());
        QStringList checked {folder};
        const QStringList sources
            = QDir(folder + QStringLiteral("/sources")).entryList({QStringLiteral("*.crpkg")});
        QCOMPARE(sources.size(), 2);
        for (const QString &source : sources) {
            const QString into = folder + QStringLiteral("/") + source + QStringLiteral(".d");
            QVERIFY(QDir().mkpath(into));
            QVERIFY(test::runProcess("unzip",
                                     {"-q", path(folder + QStringLiteral("/sources/") + source),
                                      "-d", path(into)})
                        .ok());
            checked.append(into);
        }
        for (const QString &each : std::as_const(checked)) {
            const auto cms = test::runProcess("openssl",
                                              {"cms", "-verify", "-binary", "-inform", "DER", "-in",
                                               "manifest.json.p7s", "-content", "manifest.json",
                                               "-CAfile", path(m_fixture->pki().caFile()),
                                               "-no-CApath", "-no-CAstore", "-purpose", "any",
                                               "-signer", "signer.pem", "-out", "/dev/null"},
                                              {}, path(each));
            QVERIFY2(cms.ok(), cms.standardError.constData());
            const auto eku = test::runProcess(
                "openssl", {"x509", "-in", "signer.pem", "-noout", "-ext", "extendedKeyUsage"}, {},
                path(each));
            QVERIFY(eku.standardOutput.contains(
                each == folder ? "2.25.181595859419782607121077789565286859094.1.2"
                               : "2.25.181595859419782607121077789565286859094.1.1"));
        }
    }

    // Each package names the one exported before it from the same workspace; the
    // workspace lists them, and a failed write leaves the list as it was.
    void exportsNameTheirPrevious()
    {
        const QString workspace = m_fixture->review().workspacePath();
        const QString first = file("chain-1.crpkg");
        const QString second = file("chain-2.crpkg");
        const auto one = exportTo(first, {"--yes"});
        QVERIFY2(one.ok(), one.standardError.constData());
        const auto two = exportTo(second, {"--yes"});
        QVERIFY2(two.ok(), two.standardError.constData());
        const QJsonObject firstManifest = manifestOf(first);
        const QJsonObject secondManifest = manifestOf(second);
        const QString firstId = firstManifest.value(QStringLiteral("package_id")).toString();
        const QString secondId = secondManifest.value(QStringLiteral("package_id")).toString();
        QVERIFY(!firstId.isEmpty() && firstId != secondId);
        QCOMPARE(secondManifest.value(QStringLiteral("previous_package_id")).toString(), firstId);
        // The preview and the receipt of the second say so, and so do verify and inspect.
        const QByteArray first8 = firstId.toLatin1();
        const QByteArray second8 = secondId.toLatin1();
        const QByteArray previousLine = "  previous package: " + first8 + '\n';
        QVERIFY2(two.standardOutput.contains(previousLine), two.standardOutput.constData());
        const QByteArray receiptLine = "  previous:  " + first8 + '\n';
        QVERIFY(two.standardOutput.contains(receiptLine));
        const auto verified = test::clearroomCli(
            {"verify", path(second), "--trust", path(m_fixture->pki().caFile())});
        QVERIFY(verified.standardOutput.contains(previousLine));
        const auto inspected = test::clearroomCli({"inspect", path(second)});
        const QByteArray inspectLine = "  package: " + second8 + ", previous: " + first8 + '\n';
        QVERIFY(inspected.standardOutput.contains(inspectLine));

        // The workspace lists both, oldest first, with what identifies each file.
        const auto listed = test::clearroomCli({"log", "packages", path(workspace)});
        QVERIFY2(listed.ok(), listed.standardError.constData());
        const QByteArray firstHeading = ": " + first8 + ", ";
        const QByteArray secondHeading = ": " + second8 + ", ";
        const auto firstAt = listed.standardOutput.indexOf(firstHeading);
        const auto secondAt = listed.standardOutput.indexOf(secondHeading);
        QVERIFY2(firstAt > 0 && secondAt > firstAt, listed.standardOutput.constData());
        QVERIFY(listed.standardOutput.mid(secondAt).contains(previousLine));
        // Only the file's name: where the medium was mounted does not leave the room.
        const QByteArray fileLine = "  file: " + path(QFileInfo(second).fileName()) + ", ";
        QVERIFY(listed.standardOutput.contains(fileLine));
        const QByteArray digest
            = QCryptographicHash::hash(readAll(second), QCryptographicHash::Sha256).toHex();
        const QByteArray digestEnd = ", SHA-256 " + digest + '\n';
        QVERIFY(listed.standardOutput.contains(digestEnd));
        const auto logVerified = test::clearroomCli({"log", "verify", path(workspace)});
        QVERIFY2(logVerified.ok(), logVerified.standardError.constData());

        // A package that cannot be written is not recorded.
        const auto failed = exportTo(file("no-such-folder/chain-3.crpkg"), {"--yes"});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(test::clearroomCli({"log", "packages", path(workspace)}).standardOutput,
                 listed.standardOutput);
    }

    void confirmedOnTheTerminal()
    {
        const QString declined = file("declined.crpkg");
        const auto no = test::runOnTerminal(test::clearroomCliPath(), exportArguments(declined),
                                            {{"Write this package to", "n"}});
        QCOMPARE(no.exitCode, 1);
        QCOMPARE(no.standardError,
                 QByteArray("clearroom-cli: export: not confirmed; nothing was written.\n"));
        QVERIFY(no.terminal.contains("What will leave the room in this package:"));
        QVERIFY(!QFileInfo::exists(declined));

        const QString accepted = file("accepted.crpkg");
        const auto yes = test::runOnTerminal(test::clearroomCliPath(), exportArguments(accepted),
                                             {{"Write this package to", "y"}});
        QVERIFY2(yes.ok(), yes.standardError.constData());
        QVERIFY(yes.terminal.contains("Code that leaves (2 excerpts):"));
        QVERIFY(yes.standardOutput.startsWith("Transfer receipt"));
        QVERIFY(QFileInfo(accepted).isFile());
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArrayList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no terminal, no --yes")
            << QByteArrayList {} << 1
            << QByteArray("export: nothing was written: the preview of what leaves the room must "
                          "be confirmed");
        QTest::newRow("policy and trust")
            << QByteArrayList {"--yes", "--trust", "ca.pem"} << 2
            << QByteArray("export: give the egress policy with --policy or with --trust");
        QTest::newRow("wrong passphrase")
            << QByteArrayList {"--yes", "--passphrase-file", "/etc/hostname"} << 1
            << QByteArray("The passphrase does not unlock the identity");
    }

    void refusals()
    {
        QFETCH(QByteArrayList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QString out = file("refused.crpkg");
        QByteArrayList all = exportArguments(out);
        all += arguments;
        const auto result = test::clearroomCli(all);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.standardOutput.isEmpty());
        QVERIFY2(result.standardError.contains(message), result.standardError.constData());
        QCOMPARE(result.standardError.count('\n'), 1);
        QVERIFY(!QFileInfo::exists(out));
    }

    void existingPackageIsNotReplaced()
    {
        const QString out = m_fixture->save(QStringLiteral("existing.crpkg"), "precious");
        const auto result = exportTo(out, {"--yes"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(
            result.standardError.contains("exists already; Clearroom does not replace a package."));
        QFile kept(out);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("precious"));
    }

    void verifyFailsWithOneLine()
    {
        const QString package = file("tampered.crpkg");
        QVERIFY(exportTo(package, {"--yes"}).ok());
        QFile bytes(package);
        QVERIFY(bytes.open(QIODevice::ReadWrite));
        QByteArray all = bytes.readAll();
        const int at = all.indexOf("\"title\": \"Unchecked") + 10; // findings.json is indented
        QVERIFY(at > 10);
        all[at] = 'u'; // in findings.json: the CRC catches it before the digest does
        bytes.seek(0);
        bytes.write(all);
        bytes.close();
        const auto result = test::clearroomCli(
            {"verify", path(package), "--trust", path(m_fixture->pki().caFile())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardOutput.isEmpty());
        QCOMPARE(result.standardError.count('\n'), 1);
        QVERIFY2(result.standardError.contains("findings.json"), result.standardError.constData());
    }

    // `trust show`: what the room's security officer checks before trusting a folder.
    void trustShowsWhatTheOfficerChecks()
    {
        test::TestPki &pki = m_fixture->pki();
        const auto officer
            = pki.issue(QStringLiteral("Olga Officer"), test::TestPki::Role::Authority);
        const auto lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        const auto lost = pki.issue(QStringLiteral("Lou Lost"), test::TestPki::Role::Auditor);
        QVERIFY(pki.revoke(lost, "keyCompromise"));
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        // A roster name with a terminal escape in it: shown, never obeyed.
        test::IssuedIdentity odd = m_fixture->auditor();
        odd.name = QStringLiteral("Eve\\u001b[2J");
        const QString folder = m_fixture->trustFolder(
            QStringLiteral("trust-shown"), officer,
            {{m_fixture->auditor(), QStringLiteral("auditor")},
             {lead, QStringLiteral("lead")},
             {odd, QStringLiteral("auditor")}},
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})");
        const auto certificate = [](const test::IssuedIdentity &identity) {
            return crypto::Certificate::fromPemFile(identity.certificateFile)->first();
        };
        const auto shown = test::clearroomCli({"trust", "show", path(folder)});
        QVERIFY2(shown.ok(), shown.standardError.constData());
        const QByteArray text = shown.standardOutput;
        const crypto::Certificate ca = m_fixture->trust().anchors().first();
        QVERIFY2(text.contains("(the authority's signed folder)"), text.constData());
        QVERIFY(text.contains(QByteArray("CA certificate: " + ca.subject().toUtf8()
                                         + "\n  SHA-256: " + ca.fingerprint() + "\n")));
        QVERIFY(text.contains(QByteArray("Signed by the authority's officer: CN=Olga Officer\n"
                                         "  certificate SHA-256: "
                                         + certificate(officer).fingerprint() + "\n")));
        QVERIFY(text.contains("Egress policy: "));
        QVERIFY(!text.contains("Egress policy: none given"));
        QVERIFY2(
            text.contains(QByteArray("    serial number "
                                     + certificate(lost).serialNumber().toUtf8() + ", revoked ")),
            text.constData());
        QVERIFY(text.contains("(key compromise)\n"));
        QVERIFY(text.contains("Roster: who may sign packages, and as what\n"));
        const QByteArray ada = certificate(m_fixture->auditor()).fingerprint();
        QVERIFY(text.contains(QByteArray("  Ada Auditor  auditor        " + ada + "\n")));
        QVERIFY(text.contains(
            QByteArray("  Lea Lead     lead reviewer  " + certificate(lead).fingerprint() + "\n")));
        QVERIFY(!text.contains('\x1b'));
        QVERIFY(text.contains("Eve\\x1B[2J"));
        QVERIFY(shown.standardError.isEmpty());

        // A CA file alone, with its revocation list: no officer, no roster, no policy.
        const QString crl = pki.makeCrl(m_fixture->review().filePath(QStringLiteral("now.pem")));
        const auto caFile
            = test::clearroomCli({"trust", "show", path(pki.caFile()), "--crl", path(crl)});
        QVERIFY2(caFile.ok(), caFile.standardError.constData());
        QVERIFY(caFile.standardOutput.contains("(a CA certificate file alone)"));
        QVERIFY(caFile.standardOutput.contains("No signed folder: roles come from the "
                                               "certificates alone."));
        QVERIFY(caFile.standardOutput.contains("  none: a CA certificate file has no roster\n"));
        QVERIFY(caFile.standardOutput.contains("Egress policy: none given"));
        QVERIFY(caFile.standardOutput.contains("(key compromise)"));

        // A revocation list past its next update: a warning, or with --strict a failure.
        const QString stale = pki.makeCrl(m_fixture->review().filePath(QStringLiteral("stale.pem")),
                                          /*validitySeconds=*/1);
        QTest::qWait(2100);
        const auto warned
            = test::clearroomCli({"trust", "show", path(pki.caFile()), "--crl", path(stale)});
        QVERIFY2(warned.ok(), warned.standardError.constData());
        QVERIFY2(warned.standardOutput.contains("\nwarning: The revocation list of "),
                 warned.standardOutput.constData());
        QVERIFY(warned.standardOutput.contains("is past its next update"));
        const auto strict = test::clearroomCli(
            {"trust", "show", path(pki.caFile()), "--crl", path(stale), "--strict"});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY(strict.standardOutput.isEmpty());
        QVERIFY2(strict.standardError.contains("is past its next update"),
                 strict.standardError.constData());

        // A folder changed after the officer signed it is refused, and says which file.
        QFile roster(QDir(folder).filePath(QStringLiteral("roster.json")));
        QVERIFY(roster.open(QIODevice::Append));
        roster.write(" ");
        roster.close();
        const auto changed = test::clearroomCli({"trust", "show", path(folder)});
        QCOMPARE(changed.exitCode, 1);
        QVERIFY(changed.standardOutput.isEmpty());
        QVERIFY2(changed.standardError.contains("roster.json"), changed.standardError.constData());

        const auto unknown = test::clearroomCli({"trust", "list", path(folder)});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.standardError.contains("'trust list' is not a command"));
    }

private:
    void makeConsolidatedPackage()
    {
        test::PackageFixture &fixture = *m_fixture;
        const auto bob
            = fixture.pki().issue(QStringLiteral("Bob Auditor"), test::TestPki::Role::Auditor);
        const auto lead
            = fixture.pki().issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        auto ada = fixture.archive(package::EgressPolicy::none());
        auto bobs = fixture.archiveBy(package::EgressPolicy::none(), bob);
        QVERIFY(ada && bobs);
        auto consolidated = fixture.consolidatedArchive({*ada, *bobs}, lead);
        QVERIFY2(consolidated, qPrintable(consolidated ? QString() : consolidated.errorMessage()));
        m_consolidated = *consolidated;
    }

    static QByteArray readAll(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QJsonObject manifestOf(const QString &package)
    {
        return QJsonDocument::fromJson(test::readEntries(package).value("manifest.json")).object();
    }

    QString file(const char *name) const
    {
        return m_fixture->review().filePath(QString::fromUtf8(name));
    }

    QByteArrayList exportArguments(const QString &out) const
    {
        return {"export",
                path(m_fixture->review().workspacePath()),
                "--identity",
                path(m_fixture->auditor().pkcs12File),
                "--passphrase-file",
                path(m_passphraseFile),
                "--policy",
                path(m_policy),
                "--out",
                path(out)};
    }

    test::ProcessResult exportTo(const QString &out, const QByteArrayList &more)
    {
        return test::clearroomCli(exportArguments(out) + more);
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    QString m_passphraseFile;
    QString m_policy;
    QByteArray m_consolidated;
};

QTEST_MAIN(TestCliPackage)
#include "tst_cli_package.moc"
