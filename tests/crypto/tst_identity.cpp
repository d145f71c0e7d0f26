// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "identity.h"
#include "process.h"
#include "scratchdirectory.h"
#include "testpki.h"

#include <QFile>
#include <QTest>

using namespace clearroom;
using namespace clearroom::crypto;
using test::TestPki;

namespace {

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_pki = std::make_unique<TestPki>(m_scratch.path());
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    }

    void keyTypes_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("P-256") << QStringLiteral("EC:P-256") << QString();
        QTest::newRow("P-384") << QStringLiteral("EC:P-384") << QString();
        QTest::newRow("RSA 3072") << QStringLiteral("RSA:3072") << QString();
        QTest::newRow("RSA 2048") << QStringLiteral("RSA:2048")
                                  << QStringLiteral("RSA 2048 bits, too short");
        QTest::newRow("P-521") << QStringLiteral("EC:P-521")
                               << QStringLiteral("ECDSA P-521, which Clearroom does not sign with");
        QTest::newRow("Ed25519") << QStringLiteral(
            "ED25519") << QStringLiteral("OpenSSL 3.0 cannot make CMS signatures with it");
    }

    void keyTypes()
    {
        QFETCH(QString, keyType);
        QFETCH(QString, refusal);
        const auto issued
            = m_pki->issue(QStringLiteral("Key ") + keyType, TestPki::Role::Auditor, keyType);
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
        const auto identity = Identity::load(issued.pkcs12File, issued.passphrase);
        if (refusal.isEmpty()) {
            QVERIFY2(identity, qPrintable(identity ? QString() : identity.errorMessage()));
            QCOMPARE(identity->certificate().commonName(), issued.name);
            QVERIFY(identity->certificate().hasRole(Role::Auditor));
            QVERIFY(!identity->certificate().hasRole(Role::Lead));
            QCOMPARE(identity->chain().size(), 1); // the CA
        } else {
            QVERIFY(!identity);
            QVERIFY2(identity.errorMessage().contains(refusal),
                     qPrintable(identity.errorMessage()));
            QVERIFY(identity.errorMessage().contains(issued.pkcs12File));
        }
    }

    void wrongPassphraseIsNamed()
    {
        const auto issued = m_pki->issue(QStringLiteral("Pass Word"), TestPki::Role::Auditor);
        const auto identity = Identity::load(issued.pkcs12File, "not the passphrase");
        QVERIFY(!identity);
        QCOMPARE(identity.errorMessage(),
                 QStringLiteral("The passphrase does not unlock the identity %1.")
                     .arg(issued.pkcs12File));
    }

    void notAnIdentityFile()
    {
        const QString fileName = m_scratch.filePath(QStringLiteral("garbage.p12"));
        QVERIFY(writeAll(fileName, "this is not DER"));
        const auto identity = Identity::load(fileName, "x");
        QVERIFY(!identity);
        QVERIFY2(identity.errorMessage().startsWith(
                     fileName + QStringLiteral(" is not a PKCS#12 identity file")),
                 qPrintable(identity.errorMessage()));
        const auto missing = Identity::load(m_scratch.filePath(QStringLiteral("missing.p12")), "x");
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().startsWith(QStringLiteral("Cannot read the identity file")));
    }

    // The auditor's path: a key and a request from Clearroom, the certificate from the
    // authority's openssl, the PKCS#12 file from Clearroom again.
    void requestIssueImport()
    {
        const QByteArray keyPassphrase = "key passphrase";
        const auto request = CertificateRequest::create(
            QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"), keyPassphrase);
        QVERIFY2(request, qPrintable(request ? QString() : request.errorMessage()));
        QVERIFY(request->keyPem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        const QString csr = m_scratch.filePath(QStringLiteral("ada.csr"));
        QVERIFY(writeAll(csr, request->requestPem));
        const auto verified = test::runProcess("openssl",
                                               {"req", "-in", QFile::encodeName(csr), "-noout",
                                                "-verify", "-subject", "-nameopt", "RFC2253"});
        QVERIFY2(verified.ok(), verified.standardError.constData());
        QVERIFY2(verified.standardOutput.contains(
                     "subject=emailAddress=ada@example.org,CN=Ada Lovelace"),
                 verified.standardOutput.constData());

        const QString certificateFile = m_scratch.filePath(QStringLiteral("ada.pem"));
        const auto issued = test::runProcess(
            "openssl",
            {"ca", "-config", "clearroom-ca.cnf", "-batch", "-extensions", "auditor", "-in",
             QFile::encodeName(csr), "-out", QFile::encodeName(certificateFile)},
            {}, QFile::encodeName(m_scratch.path()));
        QVERIFY2(issued.ok(), issued.standardError.constData());
        const auto certificate = Certificate::fromPemFile(certificateFile);
        QVERIFY(certificate);
        const auto chain = Certificate::fromPemFile(m_pki->caFile());
        QVERIFY(chain);

        const auto wrongKey
            = Identity::makePkcs12(request->keyPem, "wrong", certificate->first(), *chain, "p12");
        QVERIFY(!wrongKey);
        QVERIFY2(wrongKey.errorMessage().contains(QStringLiteral("passphrase is wrong")),
                 qPrintable(wrongKey.errorMessage()));
        const auto unprotected = Identity::makePkcs12(request->keyPem, keyPassphrase,
                                                      certificate->first(), *chain, {});
        QVERIFY(!unprotected);

        const auto pkcs12 = Identity::makePkcs12(request->keyPem, keyPassphrase,
                                                 certificate->first(), *chain, "new passphrase");
        QVERIFY2(pkcs12, qPrintable(pkcs12 ? QString() : pkcs12.errorMessage()));
        const auto identity
            = Identity::fromPkcs12(*pkcs12, "new passphrase", QStringLiteral("ada.p12"));
        QVERIFY2(identity, qPrintable(identity ? QString() : identity.errorMessage()));
        QCOMPARE(identity->certificate().commonName(), QStringLiteral("Ada Lovelace"));
        QCOMPARE(identity->certificate().email(), QStringLiteral("ada@example.org"));
        QCOMPARE(identity->chain().size(), 1);
        QCOMPARE(identity->chain().first().commonName(), QStringLiteral("Review Authority CA"));

        // openssl reads the file with the same passphrase: an ordinary PKCS#12 file.
        const QString p12 = m_scratch.filePath(QStringLiteral("ada.p12"));
        QVERIFY(writeAll(p12, *pkcs12));
        const auto info = test::runProcess("openssl",
                                           {"pkcs12", "-in", QFile::encodeName(p12), "-info",
                                            "-noout", "-passin", "pass:new passphrase"});
        QVERIFY2(info.ok(), info.standardError.constData());
        QVERIFY2(info.standardError.contains("AES-256-CBC"), info.standardError.constData());
    }

    void keyAndCertificateMustMatch()
    {
        const auto one = m_pki->issue(QStringLiteral("One"), TestPki::Role::Auditor);
        const auto two = m_pki->issue(QStringLiteral("Two"), TestPki::Role::Auditor);
        const auto certificate = Certificate::fromPemFile(two.certificateFile);
        QVERIFY(certificate);
        const auto pkcs12
            = Identity::makePkcs12(readAll(one.keyFile), {}, certificate->first(), {}, "x");
        QVERIFY(!pkcs12);
        QVERIFY2(pkcs12.errorMessage().contains(QStringLiteral("was not issued for this key")),
                 qPrintable(pkcs12.errorMessage()));
    }

    void certificateFacts()
    {
        const auto issued = m_pki->issue(
            QStringLiteral("Lea Lead"), TestPki::Role::Lead, QStringLiteral("EC:P-384"),
            QStringLiteral("20260101000000Z"), QStringLiteral("20300101000000Z"));
        const auto certificates = Certificate::fromPemFile(issued.certificateFile);
        QVERIFY(certificates);
        const Certificate &certificate = certificates->first();
        QCOMPARE(certificate.subject(), QStringLiteral("CN=Lea Lead"));
        QCOMPARE(certificate.issuer(), QStringLiteral("CN=Review Authority CA"));
        QCOMPARE(certificate.keyDescription(), QStringLiteral("ECDSA P-384"));
        QCOMPARE(certificate.notBefore(), QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(certificate.notAfter(), QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(certificate.extendedKeyUsages(),
                 QStringList {QStringLiteral("2.25.181595859419782607121077789565286859094.1.2")});
        QVERIFY(certificate.hasRole(Role::Lead));
        QVERIFY(certificate.allowsSigning());
        QVERIFY(!certificate.isSelfSigned());
        // The fingerprint is what openssl says, in lower case without colons.
        const auto fingerprint
            = test::runProcess("openssl",
                               {"x509", "-in", QFile::encodeName(issued.certificateFile), "-noout",
                                "-fingerprint", "-sha256"});
        QVERIFY(fingerprint.ok());
        QByteArray expected = fingerprint.standardOutput.trimmed();
        expected = expected.mid(expected.indexOf('=') + 1).replace(":", "").toLower();
        QCOMPARE(certificate.fingerprint(), expected);
    }

    void damagedPem()
    {
        const auto none = Certificate::fromPem("hello", QStringLiteral("x.pem"));
        QVERIFY(!none);
        QVERIFY(none.errorMessage().contains(QStringLiteral("holds no PEM certificate")));
        const auto damaged
            = Certificate::fromPem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
                                   QStringLiteral("x.pem"));
        QVERIFY(!damaged);
        QVERIFY2(damaged.errorMessage().contains(QStringLiteral("damaged PEM certificate")),
                 qPrintable(damaged.errorMessage()));
    }

private:
    test::ScratchDirectory m_scratch;
    std::unique_ptr<TestPki> m_pki;
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
