// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// `clearroom-cli identity request|import` as an auditor uses them: the key and request
// from Clearroom, the certificate from the authority's openssl, the PKCS#12 file back
// from Clearroom; passphrases from files or the terminal, never from arguments.
#include "process.h"
#include "scratchdirectory.h"
#include "terminalprocess.h"
#include "testpki.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

using namespace clearroom;
using test::TestPki;

namespace {

QByteArray path(const QString &fileName)
{
    return QFile::encodeName(fileName);
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_pki = std::make_unique<TestPki>(m_scratch.path());
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
        QVERIFY(writeAll(file("key-pass"), "key secret\n"));
        QVERIFY(writeAll(file("p12-pass"), "identity secret\r\nignored second line\n"));
    }

    void requestIssueImport()
    {
        auto request = test::clearroomCli(
            {"identity", "request", "--name", "Zoë Auditor", "--email", "zoe@example.org",
             "--key-out", path(file("zoe.key")), "--csr-out", path(file("zoe.csr")),
             "--passphrase-file", path(file("key-pass"))});
        QVERIFY2(request.ok(), request.standardError.constData());
        QVERIFY(request.standardError.isEmpty());
        QVERIFY(request.standardOutput.contains("Take the request to the authority"));
        QCOMPARE(QFileInfo(file("zoe.key")).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
        QVERIFY(readAll(file("zoe.key")).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        // The key opens with the passphrase from the file's first line.
        const auto key = test::runProcess(
            "openssl",
            {"pkey", "-in", path(file("zoe.key")), "-noout", "-passin", "pass:key secret"});
        QVERIFY2(key.ok(), key.standardError.constData());

        issue(QStringLiteral("zoe.csr"), QStringLiteral("zoe.pem"), "auditor");
        auto import = test::clearroomCli({"identity", "import", "--key", path(file("zoe.key")),
                                          "--key-passphrase-file", path(file("key-pass")), "--cert",
                                          path(file("zoe.pem")), "--chain", path(m_pki->caFile()),
                                          "--out", path(file("zoe.p12")), "--passphrase-file",
                                          path(file("p12-pass"))});
        QVERIFY2(import.ok(), import.standardError.constData());
        QVERIFY2(import.standardOutput.contains(
                     "for emailAddress=zoe@example.org,CN=Zoë Auditor: auditor, "
                     "ECDSA P-256, valid until"),
                 import.standardOutput.constData());
        const auto info = test::runProcess(
            "openssl",
            {"pkcs12", "-in", path(file("zoe.p12")), "-nokeys", "-passin", "pass:identity secret"});
        QVERIFY2(info.ok(), info.standardError.constData());
        QCOMPARE(info.standardOutput.count("-----BEGIN CERTIFICATE-----"), 2); // with the CA
    }

    // A person at a terminal: the passphrase asked twice, without echo.
    void passphraseFromTheTerminal()
    {
        const auto result
            = test::runOnTerminal(test::clearroomCliPath(),
                                  {"identity", "request", "--name", "Terry Terminal", "--key-out",
                                   path(file("terry.key")), "--csr-out", path(file("terry.csr"))},
                                  {{"Passphrase for the new key: ", "typed secret"},
                                   {"Repeat the passphrase: ", "typed secret"}});
        QVERIFY2(result.ok(), result.standardError.constData());
        QVERIFY2(!result.terminal.contains("typed secret"), result.terminal.constData());
        const auto key = test::runProcess(
            "openssl",
            {"pkey", "-in", path(file("terry.key")), "-noout", "-passin", "pass:typed secret"});
        QVERIFY2(key.ok(), key.standardError.constData());

        const auto differing = test::runOnTerminal(
            test::clearroomCliPath(),
            {"identity", "request", "--name", "Terry Terminal", "--key-out",
             path(file("terry2.key")), "--csr-out", path(file("terry2.csr"))},
            {{"Passphrase for the new key: ", "one"}, {"Repeat the passphrase: ", "two"}});
        QCOMPARE(differing.exitCode, 1);
        QCOMPARE(differing.standardError,
                 QByteArray("clearroom-cli: The two passphrases differ; nothing was written.\n"));
        QVERIFY(!QFileInfo::exists(file("terry2.key")));
        QVERIFY(!QFileInfo::exists(file("terry2.csr")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArrayList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QByteArray keyPass = path(m_scratch.filePath(QStringLiteral("key-pass")));
        QTest::newRow("name missing")
            << QByteArrayList {"identity", "request", "--key-out", "k", "--csr-out", "c"} << 2
            << QByteArray("identity request: --name is required.");
        QTest::newRow("passphrase as an argument")
            << QByteArrayList {"identity",  "request", "--name",       "N",     "--key-out", "k",
                               "--csr-out", "c",       "--passphrase", "secret"}
            << 2 << QByteArray("identity request: unknown option '--passphrase'");
        QTest::newRow("no terminal, no file")
            << QByteArrayList {"identity",  "request",
                               "--name",    "N",
                               "--key-out", path(m_scratch.filePath(QStringLiteral("n.key"))),
                               "--csr-out", path(m_scratch.filePath(QStringLiteral("n.csr")))}
            << 1
            << QByteArray("A passphrase is needed and there is no terminal to ask on: give it with "
                          "--passphrase-file (its first line), never as an argument.");
        QTest::newRow("key exists")
            << QByteArrayList {"identity",
                               "request",
                               "--name",
                               "N",
                               "--key-out",
                               keyPass,
                               "--csr-out",
                               path(m_scratch.filePath(QStringLiteral("x.csr"))),
                               "--passphrase-file",
                               keyPass}
            << 1
            << QByteArray("--key-out: '" + keyPass
                          + "' exists already; Clearroom does not replace it.");
        QTest::newRow("empty passphrase file")
            << QByteArrayList {"identity",
                               "request",
                               "--name",
                               "N",
                               "--key-out",
                               path(m_scratch.filePath(QStringLiteral("e.key"))),
                               "--csr-out",
                               path(m_scratch.filePath(QStringLiteral("e.csr"))),
                               "--passphrase-file",
                               "/dev/null"}
            << 1
            << QByteArray("--passphrase-file: the first line of '/dev/null' is empty; it must hold "
                          "the passphrase.");
        QTest::newRow("unknown subcommand")
            << QByteArrayList {"identity", "renew"} << 2
            << QByteArray(
                   "'identity renew' is not a command; see 'clearroom-cli identity --help'.");
    }

    void refusals()
    {
        QFETCH(QByteArrayList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const auto result = test::clearroomCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.standardOutput.isEmpty());
        QVERIFY2(result.standardError.startsWith(QByteArray("clearroom-cli: " + message)),
                 result.standardError.constData());
        QCOMPARE(result.standardError.count('\n'), 1);
    }

    void importRefusals()
    {
        // A certificate without a role, a certificate for another key, a wrong key passphrase.
        const auto noRole = m_pki->issue(QStringLiteral("No Role"), TestPki::Role::None);
        const auto other = m_pki->issue(QStringLiteral("Other"), TestPki::Role::Auditor);
        const auto ed = m_pki->issue(QStringLiteral("Edwards"), TestPki::Role::Auditor,
                                     QStringLiteral("ED25519"));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
        struct Case
        {
            QByteArray key, cert, expected;
        } cases[] = {
            {path(noRole.keyFile), path(noRole.certificateFile), "carries no Clearroom role"},
            {path(other.keyFile), path(noRole.certificateFile), "carries no Clearroom role"},
            {path(noRole.keyFile), path(other.certificateFile), "was not issued for this key"},
            {path(ed.keyFile), path(ed.certificateFile),
             "OpenSSL 3.0 cannot make CMS signatures with it"},
            {path(file("zoe.key")), path(file("zoe.pem")), "The key's passphrase is wrong"},
        };
        for (const Case &c : cases) {
            const QString out = file("refused.p12");
            QByteArrayList arguments {"identity",
                                      "import",
                                      "--key",
                                      c.key,
                                      "--cert",
                                      c.cert,
                                      "--out",
                                      path(out),
                                      "--passphrase-file",
                                      path(file("p12-pass"))};
            if (c.key.endsWith("zoe.key"))
                arguments << "--key-passphrase-file" << path(file("p12-pass"));
            const auto result = test::clearroomCli(arguments);
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.standardError.contains(c.expected), result.standardError.constData());
            QVERIFY(result.standardOutput.isEmpty());
            QVERIFY(!QFileInfo::exists(out));
        }
    }

private:
    QString file(const char *name) const { return m_scratch.filePath(QString::fromUtf8(name)); }
    QString file(const QString &name) const { return m_scratch.filePath(name); }

    void issue(const QString &request, const QString &certificate, const QByteArray &role)
    {
        const auto issued
            = test::runProcess("openssl",
                               {"ca", "-config", "clearroom-ca.cnf", "-batch", "-extensions", role,
                                "-in", path(file(request)), "-out", path(file(certificate))},
                               {}, path(m_scratch.path()));
        QVERIFY2(issued.ok(), issued.standardError.constData());
    }

    test::ScratchDirectory m_scratch;
    std::unique_ptr<TestPki> m_pki;
};

QTEST_GUILESS_MAIN(TestCliIdentity)
#include "tst_cli_identity.moc"
