// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// Packages from a party under audit: each way of forging or damaging one is refused by
// the verifier with its own message, and nothing of it is trusted; the same for manifests.
// With CLEARROOM_WRITE_FUZZ_CORPUS set to tests/fuzz, the test also writes every package
// and manifest it tries, and the trust anchor, as the fuzz targets' seed corpus.
#include "cmssigner.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "sha256.h"
#include "zipbytes.h"

#include <QDir>
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

        m_corpus = qEnvironmentVariable("CLEARROOM_WRITE_FUZZ_CORPUS");
        if (!m_corpus.isEmpty()) {
            // A fuzzer mutates small inputs best: the corpus's packages carry a report.pdf
            // of a few bytes (the verifier reads no entry's content), listed and signed.
            QVERIFY(shrinkReport());
            QVERIFY(QDir(m_corpus).mkpath(QStringLiteral("trust")));
            QVERIFY(QFile::remove(m_corpus + QStringLiteral("/trust/ca.pem"))
                    || !QFile::exists(m_corpus + QStringLiteral("/trust/ca.pem")));
            QVERIFY(QFile::remove(m_corpus + QStringLiteral("/trust/crl.pem"))
                    || !QFile::exists(m_corpus + QStringLiteral("/trust/crl.pem")));
            QVERIFY(QFile::copy(pki.caFile(), m_corpus + QStringLiteral("/trust/ca.pem")));
            QVERIFY(QFile::copy(m_crl, m_corpus + QStringLiteral("/trust/crl.pem")));
            // Regression inputs added by hand (regression-*) stay; the rest is made anew.
            for (const char *target : {"package", "manifest"}) {
                QDir folder(m_corpus + QStringLiteral("/corpus/") + QLatin1String(target));
                QVERIFY(folder.mkpath(QStringLiteral(".")));
                const QStringList generated = folder.entryList(QDir::Files);
                for (const QString &name : generated) {
                    if (!name.startsWith(QLatin1String("regression-")))
                        QVERIFY(folder.remove(name));
                }
            }
            writeCorpus("package", QStringLiteral("good.crpkg"), m_good);
        }
        const auto lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        auto consolidated = m_fixture->consolidatedArchive({m_good}, lead);
        QVERIFY2(consolidated, qPrintable(consolidated ? QString() : consolidated.errorMessage()));
        m_consolidated = *consolidated;
    }

    void goodPackageVerifies()
    {
        QCOMPARE(verify(m_good), QString());
        // The package in memory gives the verdict the file gives.
        auto trust = TrustConfiguration::fromStore(m_fixture->trust());
        auto fromFile = PackageVerifier::verify(
            m_fixture->save(QStringLiteral("good.crpkg"), m_good), trust, {});
        auto fromMemory
            = PackageVerifier::verifyBytes(m_good, QStringLiteral("good.crpkg"), trust, {});
        QVERIFY(fromFile && fromMemory);
        QCOMPARE(fromMemory->fileSize, fromFile->fileSize);
        QCOMPARE(fromMemory->fileSha256, fromFile->fileSha256);
        QCOMPARE(fromMemory->manifest.toBytes(), fromFile->manifest.toBytes());
        QCOMPARE(fromMemory->signature.signer.fingerprint(),
                 fromFile->signature.signer.fingerprint());
    }

    void consolidatedPackageVerifies()
    {
        QCOMPARE(verify(m_consolidated), QString());
        writeCorpus("package", QStringLiteral("consolidated.crpkg"), m_consolidated);
    }

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
        writeCorpus("package", slug(attack) + QStringLiteral(".crpkg"), bytes);
        const QString message = verify(bytes);
        QVERIFY2(!message.isEmpty(), "the hostile package verified");
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void manifests_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("expected"); // empty: accepted
        const QByteArray good = m_entries.value("manifest.json");
        const auto row = [](const char *name, const QByteArray &manifest, const char *expected) {
            QTest::newRow(name) << manifest << QString::fromUtf8(expected);
        };
        const auto with = [&good](const QByteArray &from, const QByteArray &to) {
            if (!good.contains(from))
                qFatal("the manifest has no %s", from.constData());
            return QByteArray(good).replace(from, to);
        };
        const QByteArray type = "\"type\":\"clearroom-review-package\"";
        const QByteArray firstSize
            = good.mid(good.indexOf("\"size\":"),
                       good.indexOf('}', good.indexOf("\"size\":")) - good.indexOf("\"size\":"));
        const int entriesAt = good.indexOf("\"entries\":[");
        const QByteArray entries
            = good.mid(entriesAt, good.indexOf("],", entriesAt) + 1 - entriesAt);
        const QByteArray head = good.mid(good.indexOf("\"audit_log_head\":\"") + 18, 64);
        const int idAt = good.indexOf("\"package_id\":\"") + 14;
        const QByteArray packageId = good.mid(idAt, good.indexOf('"', idAt) - idAt);
        QByteArray nested = "1";
        for (int i = 0; i < 60; ++i)
            nested = "{\"a\":" + nested + '}';
        QByteArray tooDeep = "1";
        for (int i = 0; i < 100; ++i)
            tooDeep = '[' + tooDeep + ']';

        row("review package", good, "");
        const QByteArray consolidated
            = test::readEntries(
                  m_fixture->save(QStringLiteral("consolidated.crpkg"), m_consolidated))
                  .value("manifest.json");
        QVERIFY(consolidated.contains("Z\",\"signer\""));
        row("consolidated package", consolidated, "");
        row("source signed at local time",
            QByteArray(consolidated).replace("Z\",\"signer\"", "\",\"signer\""), "not a UTC time");
        row("consolidated package without sources",
            with(type, "\"type\":\"clearroom-consolidated-package\""), "lists no source packages");
        row("previous package",
            with("\"previous_package_id\":null", "\"previous_package_id\":\"p-1\""), "");
        row("summary nested 60 deep", with("\"summary\":{", "\"summary\":{\"a\":" + nested + ','),
            "");
        row("empty", "", "does not end with a newline");
        row("no newline", good.chopped(1), "does not end with a newline");
        row("newline only", "\n", "it is not JSON");
        row("not JSON", "not json\n", "it is not JSON");
        row("array", "[]\n", "it is not a JSON object");
        row("CRLF", good.chopped(1) + "\r\n", "not in canonical form");
        row("white space", with("{\"audit_log_head\"", "{ \"audit_log_head\""),
            "not in canonical form");
        row("unsorted keys", with("{\"audit_log_head\"", "{\"zz\":0,\"audit_log_head\""),
            "not in canonical form");
        row("duplicate key",
            with("{\"audit_log_head\"", "{\"audit_log_head\":\"x\",\"audit_log_head\""),
            "not in canonical form");
        row("escaped key", with("\"meaning\"", "\"me\\u0061ning\""), "not in canonical form");
        row("nested 100 deep", with("\"summary\":{", "\"summary\":{\"a\":" + tooDeep + ','),
            "it is not JSON");
        row("invalid UTF-8", with("The auditor", "The \xff auditor"), "it is not JSON");
        row("overlong UTF-8", with("The auditor", "The \xc0\xaf auditor"), "it is not JSON");
        row("UTF-8 surrogate", with("The auditor", "The \xed\xa0\x80 auditor"), "it is not JSON");
        row("lone surrogate escape", with("The auditor", "The \\ud800 auditor"), "it is not JSON");
        row("type number", with(type, "\"type\":1"), "its type is \"\"");
        row("type unknown", with(type, "\"type\":\"clearroom-review-packag\""),
            "its type is \"clearroom-review-packag\"");
        row("format version 2", with("\"format_version\":1", "\"format_version\":2"),
            "format version is not 1");
        row("format version string", with("\"format_version\":1", "\"format_version\":\"1\""),
            "format version is not 1");
        row("format version fraction", with("\"format_version\":1", "\"format_version\":1.5"),
            "format version is not 1");
        row("no package id", with("\"package_id\":\"" + packageId + '"', "\"package_id\":\"\""),
            "no package id");
        row("previous id number", with("\"previous_package_id\":null", "\"previous_package_id\":7"),
            "neither a string nor null");
        row("created invalid date", with("\"created\":\"2026-11-02", "\"created\":\"2026-02-30"),
            "not a UTC time");
        row("created local time", with("10:30:00.000Z", "10:30:00.000"), "not a UTC time");
        row("created with offset", with("10:30:00.000Z", "11:30:00.000+01:00"), "not a UTC time");
        row("created without milliseconds", with("10:30:00.000Z", "10:30:00Z"), "not a UTC time");
        row("created number", with("\"created\":\"2026-11-02T10:30:00.000Z\"", "\"created\":0"),
            "not a UTC time");
        row("audit log head short", with(head, head.chopped(1)), "not a SHA-256 digest");
        row("audit log head upper case", with(head, head.toUpper()), "not a SHA-256 digest");
        row("entries an object", with(entries, "\"entries\":{}"), "no list of entries");
        row("entry a number", with(entries, "\"entries\":[1]"), "an entry is not");
        row("entry with four keys", with(firstSize, firstSize + ",\"x\":1"), "an entry is not");
        row("size negative", with(firstSize, "\"size\":-1"), "is not a whole number of bytes");
        row("size fraction", with(firstSize, "\"size\":1.5"), "is not a whole number of bytes");
        row("size over 10^15", with(firstSize, "\"size\":1000000000000001"),
            "is not a whole number of bytes");
        row("size beyond 64 bits", with(firstSize, "\"size\":1e+19"),
            "is not a whole number of bytes");
        row("size 1e+300", with(firstSize, "\"size\":1e+300"), "is not a whole number of bytes");
        row("size beyond 2^53", with(firstSize, "\"size\":9007199254740993"),
            "not in canonical form");
        row("digest upper case", with("\"sha256\":\"", "\"sha256\":\"A"),
            "is not 64 lowercase hex digits");
        row("lists manifest.json", with("\"path\":\"coverage.json\"", "\"path\":\"manifest.json\""),
            "among its entries");
        row("lists a path twice",
            with("\"path\":\"coverage.json\"", "\"path\":\"AUDIT-LOG.JSONL\""),
            "twice (letter case aside)");
    }

    void manifests()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(QString, expected);
        writeCorpus("manifest",
                    slug(QString::fromUtf8(QTest::currentDataTag())) + QStringLiteral(".json"),
                    manifest);
        auto parsed = Manifest::parse(manifest);
        if (expected.isEmpty()) {
            QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.errorMessage()));
            // What the reader accepts, the writer writes back in the form it was read in.
            QCOMPARE(parsed->toBytes(), manifest);
        } else {
            QVERIFY2(!parsed, "the manifest was accepted");
            QVERIFY2(parsed.errorMessage().contains(expected), qPrintable(parsed.errorMessage()));
        }
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

    // The verifier's message for the package, from the file and from memory alike.
    QString verify(const QByteArray &bytes)
    {
        const QString file = m_fixture->save(QStringLiteral("hostile.crpkg"), bytes);
        auto trust = crypto::TrustStore::fromFiles(m_fixture->pki().caFile(), m_crl);
        if (!trust)
            return QStringLiteral("trust: ") + trust.errorMessage();
        const auto configuration = TrustConfiguration::fromStore(*trust);
        auto verdict = PackageVerifier::verify(file, configuration, {});
        const QString message = verdict ? QString() : verdict.errorMessage();
        auto inMemory = PackageVerifier::verifyBytes(bytes, file, configuration, {});
        const QString memoryMessage = inMemory ? QString() : inMemory.errorMessage();
        if (memoryMessage != message)
            return QStringLiteral("from the file: ") + message + QStringLiteral("; from memory: ")
                + memoryMessage;
        return message;
    }

    bool shrinkReport()
    {
        const QByteArray report = "%PDF-1.4\n%%EOF\n";
        auto manifest = Manifest::parse(m_entries.value("manifest.json"));
        if (!manifest)
            return false;
        for (ManifestEntry &entry : manifest->entries) {
            if (entry.path == QLatin1String("report.pdf")) {
                entry.size = report.size();
                entry.sha256 = crypto::Sha256::hexOf(
                    std::string_view(report.constData(), size_t(report.size())));
            }
        }
        m_entries["report.pdf"] = report;
        m_good = signedBy(m_fixture->auditor(), manifest->toBytes());
        m_entries = test::readEntries(m_fixture->save(QStringLiteral("good.crpkg"), m_good));
        return verify(m_good).isEmpty();
    }

    static QString slug(const QString &name)
    {
        QString slug = name.toLower();
        slug.replace(QLatin1Char(' '), QLatin1Char('-'));
        return slug;
    }

    void writeCorpus(const char *target, const QString &name, const QByteArray &bytes)
    {
        if (m_corpus.isEmpty())
            return;
        QFile file(m_corpus + QStringLiteral("/corpus/") + QLatin1String(target) + QLatin1Char('/')
                   + name);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            QFAIL(qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));
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
    QByteArray m_consolidated; ///< a lead's package holding m_good
    QString m_corpus; ///< tests/fuzz, where the seed corpus is written, or empty
};

QTEST_MAIN(TestHostilePackages)
#include "tst_hostilepackages.moc"
