// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The authority's signed trust configuration folder, made as the README tells an officer
// (openssl cms -sign), and packages verified against it: roster and policy included.
#include "packagefixture.h"
#include "packageverifier.h"
#include "process.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

namespace {

QByteArray path(const QString &fileName)
{
    return QFile::encodeName(fileName);
}

bool writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

// Plain string literals: moc cannot read raw ones whose braces do not balance.
const QByteArray Policy
    = "{\"type\":\"clearroom-egress-policy\",\"version\":1,\"excerpts\":\"finding-lines\"}";

} // namespace

class TestTrustConfiguration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        m_officer = m_fixture->pki().issue(QStringLiteral("Olga Officer"),
                                           test::TestPki::Role::Authority);
        QVERIFY2(m_fixture->pki().isValid(), qPrintable(m_fixture->pki().error()));
    }

    void folderLoads()
    {
        const QString folder = makeFolder(QStringLiteral("good"), m_officer);
        auto loaded = TrustConfiguration::load(folder);
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.errorMessage()));
        QVERIFY(loaded->isFolder());
        QCOMPARE(loaded->roster().size(), 1);
        QCOMPARE(loaded->roster().first().role, crypto::Role::Auditor);
        QVERIFY(loaded->policy());
        QCOMPARE(loaded->policy()->excerpts(), EgressPolicy::Excerpts::FindingLines);
        QCOMPARE(loaded->authority().signer.commonName(), QStringLiteral("Olga Officer"));
        QCOMPARE(loaded->store().revocationLists().size(), 1);
    }

    void tamperedFolders_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("file added")
            << QStringLiteral("add") << QStringLiteral("\"extra.pem\" is not listed");
        QTest::newRow("file changed")
            << QStringLiteral("change")
            << QStringLiteral("\"policy.json\" was changed after signing");
        QTest::newRow("file removed")
            << QStringLiteral("remove") << QStringLiteral("\"roster.json\" is missing");
        QTest::newRow("signed by an auditor")
            << QStringLiteral("auditor") << QStringLiteral("does not carry the authority role");
        QTest::newRow("no signature")
            << QStringLiteral("unsigned") << QStringLiteral("trust.json.p7s");
    }

    void tamperedFolders()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const QString folder
            = makeFolder(QStringLiteral("tampered-") + change,
                         change == QLatin1String("auditor") ? m_fixture->auditor() : m_officer);
        const QDir dir(folder);
        if (change == QLatin1String("add"))
            QVERIFY(writeAll(dir.filePath(QStringLiteral("extra.pem")), "more"));
        else if (change == QLatin1String("change"))
            QVERIFY(writeAll(dir.filePath(QStringLiteral("policy.json")),
                             "{\"type\":\"clearroom-egress-policy\",\"version\":1,\"excerpts\":"
                             "\"context\",\"context_lines\":9}"));
        else if (change == QLatin1String("remove"))
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("roster.json"))));
        else if (change == QLatin1String("unsigned"))
            QVERIFY(QFile::remove(dir.filePath(QStringLiteral("trust.json.p7s"))));
        auto loaded = TrustConfiguration::load(folder);
        QVERIFY(!loaded);
        QVERIFY2(loaded.errorMessage().contains(expected), qPrintable(loaded.errorMessage()));
    }

    void packagesAgainstTheFolder()
    {
        const QString folder = makeFolder(QStringLiteral("verify"), m_officer);
        auto trust = TrustConfiguration::load(folder);
        QVERIFY(trust);
        auto underPolicy = m_fixture->archive(*trust->policy());
        QVERIFY(underPolicy);
        auto verdict = PackageVerifier::verify(
            m_fixture->save(QStringLiteral("p1.crpkg"), *underPolicy), *trust, {});
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));

        auto noPolicy = m_fixture->archive(EgressPolicy::none());
        QVERIFY(noPolicy);
        auto other = PackageVerifier::verify(m_fixture->save(QStringLiteral("p2.crpkg"), *noPolicy),
                                             *trust, {});
        QVERIFY(!other);
        QVERIFY2(
            other.errorMessage().contains(
                QStringLiteral("was made without an egress policy; the room's (SHA-256 %1) applies")
                    .arg(QString::fromLatin1(trust->policy()->digest()))),
            qPrintable(other.errorMessage()));

        const auto stranger
            = m_fixture->pki().issue(QStringLiteral("Sam Stranger"), test::TestPki::Role::Auditor);
        auto signedByStranger = m_fixture->archive(*trust->policy(), &stranger);
        QVERIFY(signedByStranger);
        // The manifest names the fixture's auditor: re-made for the stranger it would
        // verify but for the roster; here the roster check is what is tested.
        auto refused = PackageVerifier::verify(
            m_fixture->save(QStringLiteral("p3.crpkg"), *signedByStranger), *trust, {});
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("is not on the roster")),
                 qPrintable(refused.errorMessage()));
    }

    void cliVerifiesAgainstTheFolder()
    {
        const QString folder = makeFolder(QStringLiteral("cli"), m_officer);
        auto trust = TrustConfiguration::load(folder);
        QVERIFY(trust);
        auto archive = m_fixture->archive(*trust->policy());
        QVERIFY(archive);
        const QString package = m_fixture->save(QStringLiteral("cli.crpkg"), *archive);
        const auto result = test::clearroomCli({"verify", path(package), "--trust", path(folder)});
        QVERIFY2(result.ok(), result.standardError.constData());
        QVERIFY(result.standardOutput.contains("the package verifies"));
    }

private:
    // A folder as the README's recipe makes it.
    QString makeFolder(const QString &name, const test::IssuedIdentity &signer)
    {
        return m_fixture->trustFolder(name, signer,
                                      {{m_fixture->auditor(), QStringLiteral("auditor")}}, Policy);
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    test::IssuedIdentity m_officer;
};

QTEST_MAIN(TestTrustConfiguration)
#include "tst_trustconfiguration.moc"
