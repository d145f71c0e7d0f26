// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The lead's workspace as an authority's script uses it: `clearroom-cli import` takes good
// and hostile packages together, keeps the good ones byte-identical and refuses each
// hostile one with its own reason; importing again changes nothing; a newer package
// supersedes the older in either order; `log verify` passes and catches tampering; and
// `consolidate --workspace` signs a package with the lead's decisions and automatic ones
// for the rest, which `clearroom-cli verify` accepts.
#include "auditlog.h"
#include "database.h"
#include "exportstore.h"
#include "leadstore.h"
#include "leadworkspace.h"
#include "manifest.h"
#include "packagefixture.h"
#include "process.h"
#include "sha256.h"
#include "workspace.h"

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

QByteArray bytesOf(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray digestOf(const QByteArray &bytes)
{
    return crypto::Sha256::hexOf(std::string_view(bytes.constData(), size_t(bytes.size())));
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        test::TestPki &pki = m_fixture->pki();
        const auto bob = pki.issue(QStringLiteral("Bob Auditor"), test::TestPki::Role::Auditor);
        const auto rex = pki.issue(QStringLiteral("Rex Auditor"), test::TestPki::Role::Auditor);
        const auto sam = pki.issue(QStringLiteral("Sam Stranger"), test::TestPki::Role::Auditor);
        const auto officer
            = pki.issue(QStringLiteral("Olga Officer"), test::TestPki::Role::Authority);
        m_lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY(pki.revoke(rex));
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        // The authority's folder: Ada, Bob and Rex are auditors, Lea the lead; Sam is not
        // on the roster.
        m_trust = m_fixture->trustFolder(QStringLiteral("trust"), officer,
                                         {{m_fixture->auditor(), QStringLiteral("auditor")},
                                          {bob, QStringLiteral("auditor")},
                                          {rex, QStringLiteral("auditor")},
                                          {m_lead, QStringLiteral("lead")}});
        const auto none = package::EgressPolicy::none();

        auto adaFirst = m_fixture->archive(none);
        QVERIFY(adaFirst);
        m_ada1 = save("ada-1.crpkg", *adaFirst);
        const auto firstManifest
            = package::Manifest::parse(test::readEntries(m_ada1).value("manifest.json"));
        QVERIFY(firstManifest);
        m_ada1Id = firstManifest->packageId;
        auto bobs = m_fixture->archiveBy(none, bob);
        QVERIFY(bobs);
        m_bob = save("bob.crpkg", *bobs);
        m_bobCopy = save("bob-copy.crpkg", *bobs);
        auto rexs = m_fixture->archiveBy(none, rex);
        QVERIFY(rexs);
        m_revoked = save("rex.crpkg", *rexs);
        auto sams = m_fixture->archiveBy(none, sam);
        QVERIFY(sams);
        m_stranger = save("sam.crpkg", *sams);
        // A review package signed by the lead: not an auditor's signature.
        auto leads = m_fixture->archiveBy(none, m_lead);
        QVERIFY(leads);
        m_wrongSigner = save("signed-by-lead.crpkg", *leads);
        QByteArray tampered = *bobs;
        const int at = tampered.indexOf("\"title\": \"Unchecked") + 10;
        QVERIFY(at > 10);
        tampered[at] = 'u';
        m_tampered = save("tampered.crpkg", tampered);
        auto consolidated = m_fixture->consolidatedArchive({*adaFirst, *bobs}, m_lead);
        QVERIFY(consolidated);
        m_consolidated = save("consolidated.crpkg", *consolidated);
        // A consolidation whose nested source had a byte changed (its digest updated in
        // the outer manifest): the source's own checks refuse it.
        auto nested = m_fixture->consolidatedArchive(
            {*adaFirst}, m_lead, [](package::Manifest &manifest, auto &entries) {
                package::ManifestSource &first = manifest.sources.first();
                QByteArray &source = entries[first.path.toUtf8()];
                source[source.indexOf("\"findings\"") + 2] = 'F';
                first.sha256 = digestOf(source);
            });
        QVERIFY(nested);
        m_nestedTampered = save("nested-tampered.crpkg", *nested);
        // Ada goes on and exports again: her second package names the first.
        QVERIFY(
            m_fixture->review().add("src/util.c", 8, 9, QStringLiteral("Missing bounds check")));
        auto adaSecond = m_fixture->archiveBy(none, m_fixture->auditor(), m_ada1Id);
        QVERIFY(adaSecond);
        m_ada2 = save("ada-2.crpkg", *adaSecond);
        m_passphrase = save("lead-pass", m_lead.passphrase + '\n');
        m_fixture->review().close();
        m_workspace = file("lead.clearroom");
    }

    void importsTheGoodAndRefusesEachHostileOne()
    {
        const auto result = import(m_workspace,
                                   {m_ada1, m_bob, m_bobCopy, m_revoked, m_stranger, m_wrongSigner,
                                    m_tampered, m_consolidated, m_nestedTampered});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardOutput.isEmpty());
        const QByteArray text = result.standardError;
        QVERIFY2(text.contains("Created the lead's workspace"), text.constData());
        QVERIFY2(text.contains("lead reviewer Lea Lead"), text.constData());
        QVERIFY2(text.contains("ada-1.crpkg: accepted"), text.constData());
        QVERIFY2(text.contains("bob.crpkg: accepted"), text.constData());
        QVERIFY2(text.contains("bob-copy.crpkg: already given"), text.constData());
        QVERIFY2(text.contains("already imported (as bob.crpkg)"), text.constData());
        // Each hostile package with its own reason.
        QVERIFY2(text.contains("rex.crpkg: refused"), text.constData());
        QVERIFY2(text.contains("\"CN=Rex Auditor\" was revoked on"), text.constData());
        QVERIFY2(text.contains("sam.crpkg: refused"), text.constData());
        QVERIFY2(text.contains("is not on the roster"), text.constData());
        QVERIFY2(text.contains("signed-by-lead.crpkg: refused"), text.constData());
        QVERIFY2(text.contains("does not carry the auditor role"), text.constData());
        QVERIFY2(text.contains("tampered.crpkg: refused"), text.constData());
        QVERIFY2(
            text.contains("/tampered.crpkg\xe2\x80\x9d is refused: its content does not match"),
            text.constData());
        QVERIFY2(text.contains("consolidated.crpkg: refused"), text.constData());
        QVERIFY2(text.contains("is a consolidated package, not an auditor's review package"),
                 text.constData());
        QVERIFY2(text.contains("nested-tampered.crpkg: refused"), text.constData());
        QVERIFY2(text.contains("nested-tampered.crpkg:sources/"), text.constData());
        QVERIFY2(text.contains("import: 6 packages refused, of 9 given"), text.constData());

        // The workspace holds exactly the good ones, byte-identical to their files, and
        // each refusal with its reason.
        auto workspace = review::Workspace::open(m_workspace);
        QVERIFY(workspace);
        review::LeadStore &lead = (*workspace)->lead();
        auto packages = lead.packages();
        QVERIFY(packages);
        QCOMPARE(packages->size(), 2);
        QSet<QByteArray> stored;
        for (const review::LeadPackage &package : std::as_const(*packages)) {
            const QByteArray bytes = *lead.packageBytes(package.packageId);
            QCOMPARE(digestOf(bytes), package.sha256);
            stored.insert(bytes);
            QVERIFY(package.supersededBy.isEmpty());
        }
        QCOMPARE(stored, (QSet<QByteArray> {bytesOf(m_ada1), bytesOf(m_bob)}));
        auto refused = lead.refused();
        QVERIFY(refused);
        QCOMPARE(refused->size(), 6);
        QCOMPARE(refused->at(0).fileName, QStringLiteral("rex.crpkg"));
        QVERIFY(refused->at(0).reason.contains(QStringLiteral("was revoked on")));
        QCOMPARE(refused->at(0).sha256, digestOf(bytesOf(m_revoked)));
    }

    void importingAgainChangesNothing()
    {
        const qint64 before = logSize();
        const auto result = import(m_workspace, {m_bob, m_ada1});
        QVERIFY2(result.ok(), result.standardError.constData());
        QVERIFY(result.standardOutput.contains("bob.crpkg: already given"));
        QVERIFY(result.standardOutput.contains("ada-1.crpkg: already given"));
        QVERIFY(!result.standardOutput.contains("Created"));
        QCOMPARE(logSize(), before);
    }

    void newerPackageSupersedes()
    {
        const auto result = import(m_workspace, {m_ada2});
        QVERIFY2(result.ok(), result.standardError.constData());
        QVERIFY(result.standardOutput.contains("ada-2.crpkg: accepted"));
        QVERIFY(result.standardOutput.contains(
            QStringLiteral("It supersedes %1").arg(m_ada1Id).toUtf8()));
        auto workspace = review::Workspace::open(m_workspace);
        QVERIFY(workspace);
        auto older = (*workspace)->lead().package(m_ada1Id);
        QVERIFY(older && *older);
        QVERIFY(!(*older)->supersededBy.isEmpty());

        // In the other order, in another workspace: the older arrives later and is
        // superseded on arrival, visibly.
        const QString other = file("other.clearroom");
        QVERIFY(import(other, {m_ada2}).ok());
        const auto late = import(other, {m_ada1});
        QVERIFY2(late.ok(), late.standardError.constData());
        QVERIFY2(late.standardOutput.contains("ada-1.crpkg: superseded"),
                 late.standardOutput.constData());
        const auto verified = test::clearroomCli({"log", "verify", path(other)});
        QVERIFY2(verified.ok(), verified.standardError.constData());
    }

    void leadDecidesAndConsolidates()
    {
        package::TrustConfiguration trust = *package::TrustConfiguration::load(m_trust);
        {
            auto workspace = review::Workspace::open(m_workspace);
            QVERIFY(workspace);
            auto state = package::LeadWorkspace::load(**workspace, trust, {});
            QVERIFY2(state, qPrintable(state ? QString() : state.errorMessage()));
            QCOMPARE(state->sources.size(), 2); // Ada's newer and Bob's
            QCOMPARE(state->leftOut.size(), 7); // Ada's older and the six refused
            QVERIFY(!state->proposals.isEmpty());
            // Safe to copy: the candidates point into the copy's own sources.
            const package::LeadState copy = *state;
            QCOMPARE(copy.candidates().size(), state->candidates().size());
            QVERIFY(copy.candidates().first().finding
                    == &std::as_const(copy).sources.first().findings.first().finding);

            const package::ConsolidationSource &bob = state->sources.at(
                state->sources.at(0).package.signerName() == QLatin1String("Bob Auditor") ? 0 : 1);
            const package::SourceFinding &first = bob.findings.first();
            const package::SourceFindingRef ref
                = package::AutomaticConsolidation::refOf(bob, first);

            // A rejection needs a reason; a kept finding that departs needs a rationale.
            package::ConsolidationDecision reject;
            reject.decision = package::Decision::Reject;
            reject.result = first;
            reject.sources = {ref};
            auto refused = package::LeadWorkspace::decide(**workspace, reject);
            QVERIFY(!refused);
            QVERIFY(refused.errorMessage().contains(QStringLiteral("needs a reason")));
            package::ConsolidationDecision keep;
            keep.decision = package::Decision::Keep;
            keep.result = first;
            keep.result.finding.id = QStringLiteral("lead-kept");
            keep.result.finding.title += QStringLiteral(" (reachable from the network)");
            keep.sources = {ref};
            refused = package::LeadWorkspace::decide(**workspace, keep);
            QVERIFY(!refused);
            QVERIFY2(refused.errorMessage().contains(QStringLiteral("departs from")),
                     qPrintable(refused.errorMessage()));
            QVERIFY(refused.errorMessage().contains(QStringLiteral("(title)")));
            package::ConsolidationDecision unknown = keep;
            unknown.rationale = QStringLiteral("Worse than reported.");
            unknown.sources.first().findingId = QStringLiteral("no-such-finding");
            refused = package::LeadWorkspace::decide(**workspace, unknown);
            QVERIFY(!refused);
            QVERIFY(refused.errorMessage().contains(QStringLiteral("does not hold")));

            // The lead keeps it retitled, then changes her mind and rejects it: the
            // rejection replaces the keep.
            keep.rationale = QStringLiteral("Worse than reported: reachable from the network.");
            auto kept = package::LeadWorkspace::decide(**workspace, keep);
            QVERIFY2(kept, qPrintable(kept ? QString() : kept.errorMessage()));
            reject.rationale = QStringLiteral("Not reachable in the shipped configuration.");
            QVERIFY(package::LeadWorkspace::decide(**workspace, reject));
            auto decisions = (*workspace)->lead().decisions();
            QVERIFY(decisions);
            QCOMPARE(decisions->size(), 1);
            QCOMPARE(decisions->first().decision, QStringLiteral("reject"));
            m_rejected = first.finding.id;
            m_rejectedPackage = bob.package.packageId();
        }
        const auto verified = test::clearroomCli({"log", "verify", path(m_workspace)});
        QVERIFY2(verified.ok(), verified.standardError.constData());

        const QString out = file("lead.crpkg");
        const auto result = test::clearroomCli({"consolidate", "--workspace", path(m_workspace),
                                                "--trust", path(m_trust), "--identity",
                                                path(m_lead.pkcs12File), "--passphrase-file",
                                                path(m_passphrase), "--yes", "--out", path(out)});
        QVERIFY2(result.ok(), result.standardError.constData());
        QVERIFY2(result.standardOutput.contains("The lead's decisions: 0 merge(s), 0 finding(s) "
                                                "kept, 1 rejected."),
                 result.standardOutput.constData());
        QVERIFY(result.standardOutput.contains("Packages left out:"));
        QVERIFY(result.standardOutput.contains("Written, read back from the medium and verified."));
        const auto accepted = test::clearroomCli({"verify", path(out), "--trust", path(m_trust)});
        QVERIFY2(accepted.ok(), accepted.standardError.constData());
        QVERIFY(accepted.standardOutput.contains("signer: CN=Lea Lead (lead reviewer)"));

        const auto entries = test::readEntries(out);
        const QJsonObject findings
            = QJsonDocument::fromJson(entries.value("findings.json")).object();
        const QJsonArray rejected = findings.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        const QJsonObject rejection = rejected.first().toObject();
        QCOMPARE(rejection.value(QStringLiteral("automatic")).toBool(), false);
        QCOMPARE(rejection.value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("Not reachable in the shipped configuration."));
        const QJsonObject source
            = rejection.value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(source.value(QStringLiteral("finding_id")).toString(), m_rejected);
        QCOMPARE(source.value(QStringLiteral("package_id")).toString(), m_rejectedPackage);
        // Every other finding decided automatically; none lost.
        int automatic = 0;
        for (const QJsonValue &value : findings.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject decision
                = value.toObject().value(QStringLiteral("consolidation")).toObject();
            QVERIFY(decision.value(QStringLiteral("automatic")).toBool());
            ++automatic;
        }
        QVERIFY(automatic >= 2);
        QCOMPARE(findings.value(QStringLiteral("left_out_packages")).toArray().size(), 7);
        // The workspace's own log is the package's, and the export is recorded in it.
        const auto manifest = package::Manifest::parse(entries.value("manifest.json"));
        QVERIFY(manifest);
        auto workspace = review::Workspace::open(m_workspace);
        QVERIFY(workspace);
        auto exported = (*workspace)->exports().last();
        QVERIFY(exported && *exported);
        QCOMPARE((*exported)->packageId, manifest->packageId);
        QCOMPARE((*exported)->auditLogHead, manifest->auditLogHead);
        QVERIFY(entries.value("audit-log.jsonl").contains("\"action\":\"package.import\""));
    }

    void logVerifyCatchesTampering()
    {
        const auto good = test::clearroomCli({"log", "verify", path(m_workspace)});
        QVERIFY2(good.ok(), good.standardError.constData());
        {
            auto database = review::Database::open(m_workspace);
            QVERIFY(database);
            // One byte of a stored package changed behind Clearroom's back.
            QVERIFY(database->execute(
                QStringLiteral("UPDATE lead_package SET bytes = CAST(substr(bytes, 1, 100) || "
                               "'X' || substr(bytes, 102) AS BLOB) WHERE package_id = '%1'")
                    .arg(m_rejectedPackage)));
        }
        const auto bad = test::clearroomCli({"log", "verify", path(m_workspace)});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.standardError.contains(
                     QStringLiteral("The imported package '%1' in the workspace has bytes_sha256")
                         .arg(m_rejectedPackage)
                         .toUtf8()),
                 bad.standardError.constData());
    }

    void usageErrors()
    {
        const auto noTrust = test::clearroomCli({"import", path(file("x.clearroom")), path(m_bob)});
        QCOMPARE(noTrust.exitCode, 2);
        QVERIFY(!QFileInfo::exists(file("x.clearroom")));
        const auto both
            = test::clearroomCli({"consolidate", "--workspace", path(m_workspace), "--trust",
                                  path(m_trust), "--identity", path(m_lead.pkcs12File), "--yes",
                                  "--out", path(file("y.crpkg")), path(m_bob)});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(both.standardError.contains("give no PKG"));
    }

private:
    test::ProcessResult import(const QString &workspace, const QStringList &packages)
    {
        QByteArrayList arguments {"import", path(workspace), "--trust", path(m_trust)};
        for (const QString &package : packages)
            arguments.append(path(package));
        return test::clearroomCli(arguments);
    }

    qint64 logSize()
    {
        auto workspace = review::Workspace::open(m_workspace);
        return workspace ? *review::AuditLog::size((*workspace)->database()) : -1;
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
    QString m_trust, m_passphrase, m_workspace;
    QString m_ada1Id, m_rejected, m_rejectedPackage;
    QString m_ada1, m_ada2, m_bob, m_bobCopy, m_revoked, m_stranger, m_wrongSigner, m_tampered,
        m_consolidated, m_nestedTampered;
};

QTEST_MAIN(TestCliImport)
#include "tst_cli_import.moc"
