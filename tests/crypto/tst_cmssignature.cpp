// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "cmssigner.h"
#include "process.h"
#include "scratchdirectory.h"
#include "signatureverifier.h"
#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace clearroom;
using namespace clearroom::crypto;
using test::TestPki;

namespace {

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const QByteArray Manifest = "{\"type\":\"clearroom-package\",\"version\":1}\r\nline two\n";

} // namespace

class TestCmsSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        m_pki = std::make_unique<TestPki>(m_scratch.path());
        m_auditor = m_pki->issue(QStringLiteral("Alice Auditor"), TestPki::Role::Auditor);
        m_lead = m_pki->issue(QStringLiteral("Lea Lead"), TestPki::Role::Lead,
                              QStringLiteral("RSA:3072"));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
        m_crl = m_pki->makeCrl(m_scratch.filePath(QStringLiteral("crl.pem")));
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
    }

    void signsAndVerifies()
    {
        const auto signature = sign(m_auditor, Manifest);
        QVERIFY(!signature.isEmpty());
        const auto trust = TrustStore::fromFiles(m_pki->caFile(), m_crl);
        QVERIFY2(trust, qPrintable(trust ? QString() : trust.errorMessage()));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const auto verified = SignatureVerifier::verify(signature, Manifest, *trust, {});
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.errorMessage()));
        QCOMPARE(verified->signer.commonName(), QStringLiteral("Alice Auditor"));
        QCOMPARE(verified->chain.size(), 2);
        QVERIFY(verified->signingTime >= before.addSecs(-60));
        QVERIFY(verified->signingTime <= QDateTime::currentDateTimeUtc());
        QVERIFY(verified->notices.isEmpty());
        QVERIFY(verified->warnings.isEmpty());
    }

    // The README's recipe: openssl alone, never the system's trust store, accepts it.
    void opensslVerifiesIndependently()
    {
        const auto signature = sign(m_lead, Manifest);
        const QString p7s = m_scratch.filePath(QStringLiteral("manifest.json.p7s"));
        const QString content = m_scratch.filePath(QStringLiteral("manifest.json"));
        const QString signer = m_scratch.filePath(QStringLiteral("signer.pem"));
        QVERIFY(writeAll(p7s, signature) && writeAll(content, Manifest));
        const auto result = test::runProcess(
            "openssl",
            {"cms", "-verify", "-binary", "-inform", "DER", "-in", QFile::encodeName(p7s),
             "-content", QFile::encodeName(content), "-CAfile", QFile::encodeName(m_pki->caFile()),
             "-no-CApath", "-no-CAstore", "-purpose", "any", "-signer", QFile::encodeName(signer),
             "-out", "/dev/null"});
        QVERIFY2(result.ok(), result.standardError.constData());
        const auto eku = test::runProcess(
            "openssl",
            {"x509", "-in", QFile::encodeName(signer), "-noout", "-ext", "extendedKeyUsage"});
        QVERIFY(eku.standardOutput.contains("2.25.181595859419782607121077789565286859094.1.2"));
        // The content type is Clearroom's, and the signing time is there.
        const auto printed = test::runProcess(
            "openssl",
            {"cms", "-cmsout", "-print", "-inform", "DER", "-in", QFile::encodeName(p7s)});
        QVERIFY(printed.ok());
        const int type = printed.standardOutput.indexOf("eContentType: ");
        QVERIFY(type > 0);
        const QByteArray typeLine
            = printed.standardOutput.mid(type, printed.standardOutput.indexOf('\n', type) - type);
        QVERIFY2(typeLine.contains("2.25.181595859419782607121077789565286859094.2.1"),
                 typeLine.constData());
        QVERIFY(printed.standardOutput.contains("signingTime"));
        QVERIFY(printed.standardOutput.contains("eContent: <ABSENT>"));
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("changed manifest")
            << QStringLiteral("changed") << QStringLiteral("does not match manifest.json");
        QTest::newRow("not CMS") << QStringLiteral("garbage")
                                 << QStringLiteral("is not a CMS structure");
        QTest::newRow("another CA")
            << QStringLiteral("other-ca")
            << QStringLiteral("was not issued by a CA this verification trusts");
        QTest::newRow("forged name")
            << QStringLiteral("forged")
            << QStringLiteral("\"CN=Alice Auditor\" (issued by \"CN=Alice Auditor\") was not "
                              "issued by a CA");
        QTest::newRow("expired") << QStringLiteral("expired")
                                 << QStringLiteral("was not valid at the signing time");
        QTest::newRow("revoked") << QStringLiteral("revoked") << QStringLiteral("was revoked on");
        QTest::newRow("no role") << QStringLiteral("no-role")
                                 << QStringLiteral(
                                        "does not carry the auditor role (extended key usage "
                                        "2.25.181595859419782607121077789565286859094.1.1)");
        QTest::newRow("lead where auditor needed")
            << QStringLiteral("lead") << QStringLiteral("does not carry the auditor role");
        QTest::newRow("plain openssl signature")
            << QStringLiteral("plain-content-type")
            << QStringLiteral("not for a Clearroom package manifest");
    }

    void rejections()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        QByteArray content = Manifest;
        QByteArray signature;
        QString caFile = m_pki->caFile();
        QString crlFile = m_crl;
        if (what == QLatin1String("changed")) {
            signature = sign(m_auditor, Manifest);
            content[3] = 'T';
        } else if (what == QLatin1String("garbage")) {
            signature = "0123456789";
        } else if (what == QLatin1String("other-ca")) {
            test::ScratchDirectory other;
            TestPki otherPki(other.path(), QStringLiteral("Review Authority CA"));
            signature = sign(
                otherPki.issue(QStringLiteral("Alice Auditor"), TestPki::Role::Auditor), Manifest);
            QVERIFY2(otherPki.isValid(), qPrintable(otherPki.error()));
        } else if (what == QLatin1String("forged")) {
            signature = sign(m_pki->forge(QStringLiteral("Alice Auditor")), Manifest);
        } else if (what == QLatin1String("expired")) {
            signature
                = sign(m_pki->issue(QStringLiteral("Old"), TestPki::Role::Auditor,
                                    QStringLiteral("EC:P-256"), QStringLiteral("20200101000000Z"),
                                    QStringLiteral("20210101000000Z")),
                       Manifest);
        } else if (what == QLatin1String("revoked")) {
            test::ScratchDirectory other;
            TestPki revoking(other.path());
            const auto identity = revoking.issue(QStringLiteral("Rev"), TestPki::Role::Auditor);
            signature = sign(identity, Manifest);
            QVERIFY(revoking.revoke(identity));
            caFile = m_scratch.filePath(QStringLiteral("revoking-ca.pem"));
            crlFile = m_scratch.filePath(QStringLiteral("revoking-crl.pem"));
            QVERIFY(QFile::copy(revoking.caFile(), caFile));
            revoking.makeCrl(crlFile);
            QVERIFY2(revoking.isValid(), qPrintable(revoking.error()));
        } else if (what == QLatin1String("no-role")) {
            signature = sign(m_pki->issue(QStringLiteral("Nobody"), TestPki::Role::None), Manifest);
        } else if (what == QLatin1String("lead")) {
            signature = sign(m_lead, Manifest);
        } else if (what == QLatin1String("plain-content-type")) {
            const QString content = m_scratch.filePath(QStringLiteral("plain.json"));
            const QString out = m_scratch.filePath(QStringLiteral("plain.p7s"));
            QVERIFY(writeAll(content, Manifest));
            const auto signed_ = test::runProcess(
                "openssl",
                {"cms", "-sign", "-binary", "-outform", "DER", "-in", QFile::encodeName(content),
                 "-signer", QFile::encodeName(m_auditor.certificateFile), "-inkey",
                 QFile::encodeName(m_auditor.keyFile), "-out", QFile::encodeName(out)});
            QVERIFY2(signed_.ok(), signed_.standardError.constData());
            QFile file(out);
            QVERIFY(file.open(QIODevice::ReadOnly));
            signature = file.readAll();
        }
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
        QVERIFY(!signature.isEmpty());
        const auto trust = TrustStore::fromFiles(caFile, crlFile);
        QVERIFY2(trust, qPrintable(trust ? QString() : trust.errorMessage()));
        const auto verified = SignatureVerifier::verify(signature, content, *trust, {});
        QVERIFY(!verified);
        QVERIFY2(verified.errorMessage().contains(expected), qPrintable(verified.errorMessage()));
    }

    void leadRoleAccepted()
    {
        const auto trust = TrustStore::fromFiles(m_pki->caFile());
        QVERIFY(trust);
        SignatureVerifier::Options options;
        options.role = Role::Lead;
        const auto verified
            = SignatureVerifier::verify(sign(m_lead, Manifest), Manifest, *trust, options);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.errorMessage()));
        options.role = Role::Lead;
        const auto auditor
            = SignatureVerifier::verify(sign(m_auditor, Manifest), Manifest, *trust, options);
        QVERIFY(!auditor);
        QVERIFY(auditor.errorMessage().contains(
            QStringLiteral("does not carry the lead reviewer role")));
    }

    // Valid when signed, expired since: verifies, with a notice.
    void expiredSinceIsANotice()
    {
        const auto trust = TrustStore::fromFiles(m_pki->caFile());
        QVERIFY(trust);
        const auto issued = m_pki->issue(
            QStringLiteral("Short"), TestPki::Role::Auditor, QStringLiteral("EC:P-256"),
            QStringLiteral("20250101000000Z"), QStringLiteral("20400101000000Z"));
        SignatureVerifier::Options options;
        options.now = QDateTime(QDate(2041, 6, 1), QTime(0, 0), Qt::UTC);
        const auto verified
            = SignatureVerifier::verify(sign(issued, Manifest), Manifest, *trust, options);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.errorMessage()));
        QCOMPARE(verified->notices.size(), 1);
        QVERIFY(verified->notices.first().contains(
            QStringLiteral("has expired since (on 2040-01-01T00:00:00Z)")));
    }

    void staleRevocationListWarnsOrFails()
    {
        const QString stale = m_pki->makeCrl(m_scratch.filePath(QStringLiteral("stale.pem")), 1);
        QVERIFY2(m_pki->isValid(), qPrintable(m_pki->error()));
        const auto trust = TrustStore::fromFiles(m_pki->caFile(), stale);
        QVERIFY(trust);
        SignatureVerifier::Options options;
        options.now = QDateTime::currentDateTimeUtc().addSecs(120);
        const QByteArray signature = sign(m_auditor, Manifest);
        const auto lenient = SignatureVerifier::verify(signature, Manifest, *trust, options);
        QVERIFY2(lenient, qPrintable(lenient ? QString() : lenient.errorMessage()));
        QCOMPARE(lenient->warnings.size(), 1);
        QVERIFY(lenient->warnings.first().contains(QStringLiteral("was due to be replaced on")));
        options.strict = true;
        const auto strict = SignatureVerifier::verify(signature, Manifest, *trust, options);
        QVERIFY(!strict);
        QVERIFY(strict.errorMessage().contains(QStringLiteral("was due to be replaced on")));
    }

    void revocationListFromAnotherCaIsRefused()
    {
        test::ScratchDirectory other;
        TestPki otherPki(other.path(), QStringLiteral("Review Authority CA"));
        const QString crl = otherPki.makeCrl(other.filePath(QStringLiteral("crl.pem")));
        QVERIFY2(otherPki.isValid(), qPrintable(otherPki.error()));
        const auto trust = TrustStore::fromFiles(m_pki->caFile(), crl);
        QVERIFY(!trust);
        QVERIFY(trust.errorMessage().contains(
            QStringLiteral("is not signed by any of the trusted CA")));
    }

    // What the trust view shows an officer: each revoked certificate's serial number as
    // openssl prints it, its date, and its reason where the authority gave one.
    void revocationListNamesWhatItRevokes()
    {
        const auto none = RevocationList::fromPemFile(m_crl);
        QVERIFY(none);
        QCOMPARE(none->size(), 1);
        QVERIFY(none->first().revocations().isEmpty());

        test::ScratchDirectory other;
        TestPki revoking(other.path());
        const auto compromised = revoking.issue(QStringLiteral("Kim"), TestPki::Role::Auditor);
        const auto kept = revoking.issue(QStringLiteral("Kai"), TestPki::Role::Auditor);
        const auto left = revoking.issue(QStringLiteral("Lou"), TestPki::Role::Auditor);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        QVERIFY(revoking.revoke(compromised, "keyCompromise"));
        QVERIFY(revoking.revoke(left));
        const QString crl = revoking.makeCrl(other.filePath(QStringLiteral("crl.pem")));
        QVERIFY2(revoking.isValid(), qPrintable(revoking.error()));
        const auto lists = RevocationList::fromPemFile(crl);
        QVERIFY(lists);
        QCOMPARE(lists->size(), 1);
        const auto revoked = lists->first().revocations();
        QCOMPARE(revoked.size(), 2);

        // The serial numbers as `openssl x509 -serial` prints them, read independently.
        const auto serialOf = [](const test::IssuedIdentity &identity) {
            const auto printed = test::runProcess(
                "openssl",
                {"x509", "-noout", "-serial", "-in", QFile::encodeName(identity.certificateFile)});
            return QString::fromLatin1(printed.standardOutput.trimmed().mid(7)); // "serial="
        };
        const QString compromisedSerial = serialOf(compromised);
        const QString leftSerial = serialOf(left);
        QVERIFY(!compromisedSerial.isEmpty());
        QVERIFY(compromisedSerial != serialOf(kept));
        QStringList serials;
        for (const RevocationList::Revocation &entry : revoked) {
            serials << entry.serialNumber;
            QVERIFY(entry.date >= before.addSecs(-60));
            QVERIFY(entry.date <= QDateTime::currentDateTimeUtc());
            if (entry.serialNumber == compromisedSerial)
                QCOMPARE(entry.reason, 1);
            else
                QCOMPARE(entry.reason, -1);
        }
        serials.sort();
        QStringList expected {compromisedSerial, leftSerial};
        expected.sort();
        QCOMPARE(serials, expected);
        const auto certificates = Certificate::fromPemFile(compromised.certificateFile);
        QVERIFY(certificates);
        QCOMPARE(certificates->first().serialNumber(), compromisedSerial);

        QCOMPARE(RevocationList::reasonText(1), QStringLiteral("key compromise"));
        QCOMPARE(RevocationList::reasonText(-1), QStringLiteral("no reason given"));
        QCOMPARE(RevocationList::reasonText(7), QStringLiteral("reason code 7"));
    }

    void signatureInTheFutureIsRefused()
    {
        const auto trust = TrustStore::fromFiles(m_pki->caFile());
        QVERIFY(trust);
        SignatureVerifier::Options options;
        options.now = QDateTime::currentDateTimeUtc().addDays(-1);
        const auto verified
            = SignatureVerifier::verify(sign(m_auditor, Manifest), Manifest, *trust, options);
        QVERIFY(!verified);
        QVERIFY(verified.errorMessage().contains(QStringLiteral("which is in the future")));
    }

private:
    QByteArray sign(const test::IssuedIdentity &issued, const QByteArray &content)
    {
        const auto identity = Identity::load(issued.pkcs12File, issued.passphrase);
        if (!identity) {
            qWarning("%s", qPrintable(identity.errorMessage()));
            return {};
        }
        const auto signature = CmsSigner::signDetached(*identity, content);
        if (!signature) {
            qWarning("%s", qPrintable(signature.errorMessage()));
            return {};
        }
        return *signature;
    }

    test::ScratchDirectory m_scratch;
    std::unique_ptr<TestPki> m_pki;
    test::IssuedIdentity m_auditor;
    test::IssuedIdentity m_lead;
    QString m_crl;
};

QTEST_GUILESS_MAIN(TestCmsSignature)
#include "tst_cmssignature.moc"
