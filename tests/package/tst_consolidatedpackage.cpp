// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// A consolidated package keeps its auditors' packages byte-identical under sources/:
// verifying it verifies the lead's signature and every source as a package of its own,
// and each way a lead could slip in something else is refused with its own message.
#include "packagefixture.h"
#include "packageverifier.h"
#include "sha256.h"

#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

class TestConsolidatedPackage : public QObject
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
        m_revoked = pki.issue(QStringLiteral("Rex Auditor"), test::TestPki::Role::Auditor);
        QVERIFY(pki.revoke(m_revoked));
        m_crl = pki.makeCrl(m_fixture->review().filePath(QStringLiteral("crl.pem")));
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        auto ada = m_fixture->archive(EgressPolicy::none());
        auto bob = m_fixture->archiveBy(EgressPolicy::none(), m_bob);
        QVERIFY2(ada, qPrintable(ada ? QString() : ada.errorMessage()));
        QVERIFY2(bob, qPrintable(bob ? QString() : bob.errorMessage()));
        m_sources = {*ada, *bob};
    }

    void verifiesTheLeadAndEverySource()
    {
        auto bytes = m_fixture->consolidatedArchive(m_sources, m_lead);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.errorMessage()));
        auto verdict = verify(*bytes);
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));
        QCOMPARE(verdict->manifest.kind, PackageKind::Consolidated);
        QCOMPARE(verdict->signature.signer.commonName(), QStringLiteral("Lea Lead"));
        QCOMPARE(int(verdict->sources.size()), 2);
        QStringList signers;
        for (const PackageVerdict &source : verdict->sources) {
            QCOMPARE(source.manifest.kind, PackageKind::Review);
            signers.append(source.signature.signer.commonName());
            const ManifestSource *listed = nullptr;
            for (const ManifestSource &each : verdict->manifest.sources) {
                if (each.packageId == source.manifest.packageId)
                    listed = &each;
            }
            QVERIFY(listed);
            QCOMPARE(source.fileSha256, listed->sha256);
        }
        signers.sort();
        QCOMPARE(signers,
                 QStringList({QStringLiteral("Ada Auditor"), QStringLiteral("Bob Auditor")}));
    }

    void manifestRoundTrips()
    {
        auto bytes = m_fixture->consolidatedArchive(m_sources, m_lead);
        QVERIFY(bytes);
        const auto entries
            = test::readEntries(m_fixture->save(QStringLiteral("round.crpkg"), *bytes));
        auto manifest = Manifest::parse(entries.value("manifest.json"));
        QVERIFY2(manifest, qPrintable(manifest ? QString() : manifest.errorMessage()));
        QCOMPARE(manifest->toBytes(), entries.value("manifest.json"));
        QCOMPARE(manifest->sources.size(), 2);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *attack, const QString &expected) {
            QTest::newRow(attack) << QString::fromLatin1(attack) << expected;
        };
        row("signed by an auditor", QStringLiteral("does not carry the lead reviewer role"));
        row("source damaged", QStringLiteral("consolidated.crpkg:sources/"));
        row("source tampered", QStringLiteral("\"findings.json\" was changed"));
        row("source by a revoked auditor", QStringLiteral("\"CN=Rex Auditor\" was revoked on"));
        row("consolidated package as a source", QStringLiteral("is a consolidated package"));
        row("source signer misnamed", QStringLiteral("but the manifest of"));
        row("unlisted entry under sources/", QStringLiteral("is no listed source package"));
        row("no sources", QStringLiteral("lists no source packages"));
        row("source stored under another name", QStringLiteral("is not stored as"));
        // Another good package put in a source's place after the lead signed: the outer
        // manifest's digest of that entry must catch it, before the package inside is read.
        row("first source replaced after signing", QStringLiteral(".crpkg\" has "));
        row("last source replaced after signing", QStringLiteral(".crpkg\" has "));
        row("source byte changed after signing", QStringLiteral(".crpkg\" was changed"));
    }

    void refused()
    {
        QFETCH(QString, attack);
        QFETCH(QString, expected);
        auto bytes = hostile(attack);
        QVERIFY2(bytes, qPrintable(bytes ? QString() : bytes.errorMessage()));
        auto verdict = verify(*bytes);
        QVERIFY2(!verdict, "a hostile consolidated package verified");
        QVERIFY2(verdict.errorMessage().contains(expected), qPrintable(verdict.errorMessage()));
    }

    void reviewManifestWithSourcesIsRefused()
    {
        const auto entries = test::readEntries(
            m_fixture->save(QStringLiteral("review.crpkg"), m_sources.constFirst()));
        QByteArray manifest = entries.value("manifest.json");
        const int at = manifest.indexOf("\"summary\":");
        QVERIFY(at > 0);
        manifest.insert(at, "\"sources\":[],");
        auto parsed = Manifest::parse(manifest);
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().contains(QStringLiteral("a review package lists source")),
                 qPrintable(parsed.errorMessage()));
    }

private:
    Result<PackageVerdict> verify(const QByteArray &bytes)
    {
        const QString file = m_fixture->save(QStringLiteral("consolidated.crpkg"), bytes);
        auto trust = crypto::TrustStore::fromFiles(m_fixture->pki().caFile(), m_crl);
        if (!trust)
            return trust.error();
        return PackageVerifier::verify(file, TrustConfiguration::fromStore(*trust), {});
    }

    static QByteArray digestOf(const QByteArray &bytes)
    {
        return crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
    }

    Result<QByteArray> hostile(const QString &attack)
    {
        test::PackageFixture &fixture = *m_fixture;
        if (attack == QLatin1String("signed by an auditor"))
            return fixture.consolidatedArchive(m_sources, fixture.auditor());
        if (attack == QLatin1String("source by a revoked auditor")) {
            auto revoked = fixture.archiveBy(EgressPolicy::none(), m_revoked);
            if (!revoked)
                return revoked.error();
            // Verified before the revocation took effect, as a lead might claim.
            auto trusting = fixture.consolidatedArchive(
                {m_sources.constFirst()}, m_lead, [&](Manifest &manifest, auto &entries) {
                    addSource(manifest, entries, *revoked, m_revoked);
                });
            return trusting;
        }
        if (attack == QLatin1String("consolidated package as a source")) {
            auto inner = fixture.consolidatedArchive(m_sources, m_lead);
            if (!inner)
                return inner.error();
            return fixture.consolidatedArchive(
                {m_sources.constFirst()}, m_lead, [&](Manifest &manifest, auto &entries) {
                    addSource(manifest, entries, *inner, m_lead, QStringLiteral("inner"));
                });
        }
        if (attack.endsWith(QLatin1String("after signing"))) {
            auto good = fixture.consolidatedArchive(m_sources, m_lead);
            if (!good)
                return good.error();
            auto entries = test::readEntries(fixture.save(QStringLiteral("good.crpkg"), *good));
            auto manifest = Manifest::parse(entries.value("manifest.json"));
            if (!manifest)
                return manifest.error();
            const bool first = attack.startsWith(QLatin1String("first"));
            const QByteArray replaced
                = (first ? manifest->sources.constFirst() : manifest->sources.constLast())
                      .path.toUtf8();
            const QByteArray other
                = (first ? manifest->sources.constLast() : manifest->sources.constFirst())
                      .path.toUtf8();
            if (attack.startsWith(QLatin1String("source byte"))) {
                QByteArray &source = entries[replaced];
                source[source.indexOf("\"findings\"") + 2] = 'F';
            } else {
                entries[replaced] = entries.value(other);
            }
            return test::zipOf(entries);
        }
        return fixture.consolidatedArchive(
            m_sources, m_lead, [&](Manifest &manifest, auto &entries) {
                ManifestSource &first = manifest.sources.first();
                if (attack == QLatin1String("source damaged")) {
                    // A byte of the source's findings.json changed in place: the source's
                    // own ZIP checks name it.
                    QByteArray &source = entries[first.path.toUtf8()];
                    source[source.indexOf("\"findings\"") + 2] = 'F';
                    first.sha256 = digestOf(source);
                } else if (attack == QLatin1String("source tampered")) {
                    // A byte of the source's findings.json changed, the source zipped again
                    // and the outer digests updated: only the source's signed manifest can tell.
                    auto inner = test::readEntries(fixture.save(
                        QStringLiteral("inner.crpkg"), entries.value(first.path.toUtf8())));
                    QByteArray &findings = inner["findings.json"];
                    findings[findings.indexOf("\"findings\"") + 2] = 'F';
                    QByteArray &source = entries[first.path.toUtf8()];
                    source = test::zipOf(inner);
                    first.sha256 = digestOf(source);
                } else if (attack == QLatin1String("source signer misnamed")) {
                    first.signer.insert(QStringLiteral("fingerprint"),
                                        QString(64, QLatin1Char('a')));
                } else if (attack == QLatin1String("unlisted entry under sources/")) {
                    entries.insert("sources/extra.crpkg", entries.value(first.path.toUtf8()));
                } else if (attack == QLatin1String("no sources")) {
                    for (const ManifestSource &source : std::as_const(manifest.sources))
                        entries.remove(source.path.toUtf8());
                    manifest.sources.clear();
                } else if (attack == QLatin1String("source stored under another name")) {
                    const QByteArray bytes = entries.take(first.path.toUtf8());
                    first.path = QStringLiteral("sources/renamed.crpkg");
                    entries.insert(first.path.toUtf8(), bytes);
                }
            });
    }

    // Lists one more source in a consolidated manifest, as a lead would (the verdict of
    // the real verifier is not asked: a hostile lead claims what it likes).
    static void addSource(Manifest &manifest, QMap<QByteArray, QByteArray> &entries,
                          const QByteArray &bytes, const test::IssuedIdentity &signer,
                          const QString &id = QStringLiteral("claimed"))
    {
        ManifestSource source;
        source.packageId = id;
        source.path = ManifestSource::pathFor(id);
        source.sha256 = digestOf(bytes);
        auto parsed = crypto::Certificate::fromPemFile(signer.certificateFile);
        source.signer
            = {{QStringLiteral("fingerprint"),
                parsed && !parsed->isEmpty() ? QString::fromLatin1(parsed->first().fingerprint())
                                             : QString()}};
        source.signedAt = manifest.created;
        source.verifiedAt = manifest.created;
        manifest.sources.append(source);
        entries.insert(source.path.toUtf8(), bytes);
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    test::IssuedIdentity m_bob;
    test::IssuedIdentity m_lead;
    test::IssuedIdentity m_revoked;
    QString m_crl;
    QVector<QByteArray> m_sources;
};

QTEST_MAIN(TestConsolidatedPackage)
#include "tst_consolidatedpackage.moc"
