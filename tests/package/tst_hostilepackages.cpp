// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Packages from a party under audit: each way of forging or damaging one is refused by
// the verifier with its own message, and nothing of it is trusted.
#include "cmssigner.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "zipbytes.h"

#include <QTest>

using namespace clearroom;
using namespace clearroom::package;
using test::ZipBytes;

class TestHostilePackages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        auto archive = m_fixture->archive(EgressPolicy::none());
        QVERIFY(archive);
        m_good = *archive;
        m_entries = test::readEntries(m_fixture->save(QStringLiteral("good.crpkg"), m_good));
        QCOMPARE(m_entries.size(), 8);
        test::TestPki &pki = m_fixture->pki();
        m_revoked = pki.issue(QStringLiteral("Ada Auditor"), test::TestPki::Role::Auditor);
        QVERIFY(pki.revoke(m_revoked));
        m_crl = pki.makeCrl(m_fixture->review().filePath(QStringLiteral("crl.pem")));
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
    }

    void goodPackageVerifies() { QCOMPARE(verify(m_good), QString()); }

    void refused_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *attack, const QString &expected) {
            QTest::newRow(attack) << QString::fromLatin1(attack) << expected;
        };
        row("flip findings.json", QStringLiteral("the entry \"findings.json\" was changed"));
        row("flip coverage.json", QStringLiteral("the entry \"coverage.json\" was changed"));
        row("flip audit-log.jsonl", QStringLiteral("the entry \"audit-log.jsonl\" was changed"));
        row("flip manifest.json", QStringLiteral("The signature does not match manifest.json"));
        row("flip manifest.json.p7s", QStringLiteral("The signature does not match manifest.json"));
        row("entry added",
            QStringLiteral("holds the entry \"extra.txt\", which its manifest does not list"));
        row("entry removed",
            QStringLiteral("lacks the entry \"coverage.json\", which its manifest lists"));
        row("another CA", QStringLiteral("was not issued by a CA this verification trusts"));
        row("self-signed copy",
            QStringLiteral(
                "\"CN=Ada Auditor\" (issued by \"CN=Ada Auditor\") was not issued by a CA"));
        row("expired", QStringLiteral("was not valid at the signing time"));
        row("revoked", QStringLiteral("\"CN=Ada Auditor\" was revoked on"));
        row("no role", QStringLiteral("does not carry the auditor role"));
        row("lead signs a review package", QStringLiteral("does not carry the auditor role"));
        row("dot-dot name", QStringLiteral("has a \"..\" component"));
        row("absolute name", QStringLiteral("is an absolute path"));
        row("backslash name", QStringLiteral("contains a backslash"));
        row("symlink", QStringLiteral("is a symbolic link"));
        row("encrypted", QStringLiteral("is encrypted"));
        row("size lie", QStringLiteral("holds less data than its header announces"));
        row("duplicate name", QStringLiteral("occurs twice"));
        row("case duplicate", QStringLiteral("differ only in case"));
        row("truncated", QStringLiteral("it is not a ZIP archive, or it is truncated"));
        row("data hidden after an entry",
            QStringLiteral("the 7 bytes at offset %1 belong to no entry")
                .arg(hiddenAt("findings.sarif")));
        row("data hidden before the central directory",
            QStringLiteral("the 7 bytes at offset %1 belong to no entry").arg(hiddenAt("")));
        row("manifest not JSON",
            QStringLiteral("manifest.json is not a valid Clearroom manifest: it is not JSON"));
        row("wrong type", QStringLiteral("its type is \"clearroom-review-packag\""));
        row("zip bomb", QStringLiteral("more than the limit"));
        row("manifest names another signer", QStringLiteral("the manifest names the signer"));
    }

    void refused()
    {
        QFETCH(QString, attack);
        QFETCH(QString, expected);
        QByteArray bytes = hostile(attack);
        QVERIFY(!bytes.isEmpty());
        const QString message = verify(bytes);
        QVERIFY2(!message.isEmpty(), "the hostile package verified");
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

private:
    // Where hidden data goes: before the local header of `next`, or before the central
    // directory when `next` is empty.
    int hiddenAt(const QByteArray &next) const
    {
        ZipBytes zip(m_good);
        if (zip.entries().isEmpty())
            return -1;
        return next.isEmpty() ? int(zip.field(zip.endRecord() + 16, 4)) : zip.entry(next).local;
    }

    // The good package with bytes that belong to no entry inserted at `at`, every offset
    // after it moved along: consistent headers, and a payload nobody verified.
    QByteArray withHiddenData(int at)
    {
        const QByteArray hidden = "hidden!";
        ZipBytes zip(m_good);
        for (const ZipBytes::Entry &entry : zip.entries()) {
            if (entry.local >= at)
                zip.setField(entry.central + ZipBytes::LocalOffset, 4,
                             quint32(entry.local + hidden.size()));
        }
        const int directory = zip.endRecord() + 16;
        zip.setField(directory, 4, zip.field(directory, 4) + quint32(hidden.size()));
        return zip.bytes().insert(at, hidden);
    }

    QString verify(const QByteArray &bytes)
    {
        const QString file = m_fixture->save(QStringLiteral("hostile.crpkg"), bytes);
        auto trust = crypto::TrustStore::fromFiles(m_fixture->pki().caFile(), m_crl);
        if (!trust)
            return QStringLiteral("trust: ") + trust.errorMessage();
        auto verdict = PackageVerifier::verify(file, TrustConfiguration::fromStore(*trust), {});
        return verdict ? QString() : verdict.errorMessage();
    }

    // The good package's entries with one changed, zipped again (consistent ZIP).
    QByteArray changedEntry(const QByteArray &name)
    {
        auto entries = m_entries;
        QByteArray &bytes = entries[name];
        // In the manifest, a letter of the signed meaning: still JSON, no longer signed.
        const int at = name == "manifest.json" ? bytes.indexOf("attests") : bytes.size() / 2;
        bytes[at] = char(bytes[at] ^ 0x01);
        return test::zipOf(entries);
    }

    QByteArray signedBy(const test::IssuedIdentity &issued, QByteArray manifest = {})
    {
        auto entries = m_entries;
        if (!manifest.isEmpty())
            entries["manifest.json"] = manifest;
        auto signature = crypto::CmsSigner::signDetached(m_fixture->identity(issued),
                                                         entries.value("manifest.json"));
        if (!signature)
            qFatal("%s", qPrintable(signature.errorMessage()));
        entries["manifest.json.p7s"] = *signature;
        return test::zipOf(entries);
    }

    QByteArray hostile(const QString &attack)
    {
        test::TestPki &pki = m_fixture->pki();
        if (attack.startsWith(QLatin1String("flip ")))
            return changedEntry(attack.mid(5).toUtf8());
        if (attack == QLatin1String("entry added")) {
            auto entries = m_entries;
            entries.insert("extra.txt", "not listed");
            return test::zipOf(entries);
        }
        if (attack == QLatin1String("entry removed")) {
            auto entries = m_entries;
            entries.remove("coverage.json");
            return test::zipOf(entries);
        }
        if (attack == QLatin1String("another CA")) {
            m_others.push_back(std::make_unique<test::ScratchDirectory>());
            test::TestPki other(m_others.back()->path(), QStringLiteral("Review Authority CA"));
            return signedBy(
                other.issue(QStringLiteral("Ada Auditor"), test::TestPki::Role::Auditor));
        }
        if (attack == QLatin1String("self-signed copy"))
            return signedBy(pki.forge(QStringLiteral("Ada Auditor")));
        if (attack == QLatin1String("expired"))
            return signedBy(pki.issue(QStringLiteral("Ada Auditor"), test::TestPki::Role::Auditor,
                                      QStringLiteral("EC:P-256"), QStringLiteral("20200101000000Z"),
                                      QStringLiteral("20210101000000Z")));
        if (attack == QLatin1String("revoked"))
            return signedBy(m_revoked);
        if (attack == QLatin1String("no role"))
            return signedBy(pki.issue(QStringLiteral("Ada Auditor"), test::TestPki::Role::None));
        if (attack == QLatin1String("lead signs a review package"))
            return signedBy(pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead));
        if (attack == QLatin1String("manifest not JSON"))
            return signedBy(m_fixture->auditor(), "not json\n");
        if (attack == QLatin1String("wrong type")) {
            QByteArray manifest = m_entries.value("manifest.json");
            manifest.replace("\"clearroom-review-package\"", "\"clearroom-review-packag\"");
            return signedBy(m_fixture->auditor(), manifest);
        }
        if (attack == QLatin1String("data hidden after an entry"))
            return withHiddenData(hiddenAt("findings.sarif"));
        if (attack == QLatin1String("data hidden before the central directory"))
            return withHiddenData(hiddenAt(""));
        if (attack == QLatin1String("manifest names another signer")) {
            QByteArray manifest = m_entries.value("manifest.json");
            const int at = manifest.indexOf("\"fingerprint\":\"") + 15;
            manifest[at] = manifest[at] == 'a' ? 'b' : 'a';
            return signedBy(m_fixture->auditor(), manifest);
        }

        // Attacks on the ZIP structure itself, on the good package's bytes.
        ZipBytes zip(m_good);
        if (zip.entries().isEmpty())
            return {};
        const auto &findings = zip.entry("findings.json");
        if (attack == QLatin1String("dot-dot name"))
            zip.rename("findings.json", "../dings.json");
        else if (attack == QLatin1String("absolute name"))
            zip.rename("findings.json", "/indings.json");
        else if (attack == QLatin1String("backslash name"))
            zip.rename("findings.json", "a\\ndings.json");
        else if (attack == QLatin1String("duplicate name"))
            zip.rename("coverage.json", "findings.json");
        else if (attack == QLatin1String("case duplicate"))
            zip.rename("coverage.json", "FINDINGS.JSON");
        else if (attack == QLatin1String("symlink"))
            zip.setField(findings.central + ZipBytes::ExternalAttributes, 4, 0120777u << 16);
        else if (attack == QLatin1String("encrypted"))
            zip.setBoth("findings.json", ZipBytes::LocalFlags, ZipBytes::CentralFlags, 2,
                        zip.field(findings.central + ZipBytes::CentralFlags, 2) | 1u);
        else if (attack == QLatin1String("size lie"))
            zip.setBoth("findings.json", ZipBytes::LocalSize, ZipBytes::CentralSize, 4,
                        zip.field(findings.central + ZipBytes::CentralSize, 4) + 1000);
        else if (attack == QLatin1String("zip bomb"))
            zip.setBoth("findings.json", ZipBytes::LocalSize, ZipBytes::CentralSize, 4,
                        0xfff00000u);
        else if (attack == QLatin1String("truncated"))
            zip.bytes().chop(200);
        else
            return {};
        return zip.bytes();
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    std::vector<std::unique_ptr<test::ScratchDirectory>> m_others;
    QByteArray m_good;
    QMap<QByteArray, QByteArray> m_entries;
    test::IssuedIdentity m_revoked;
    QString m_crl;
};

QTEST_MAIN(TestHostilePackages)
#include "tst_hostilepackages.moc"
