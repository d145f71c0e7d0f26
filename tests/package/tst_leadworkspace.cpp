// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The lead's consolidation kept in a workspace (LeadWorkspace): a broken chain flagged, a
// package whose auditor was revoked since its import left out, the lead's decisions
// checked and stored (a later one replacing an earlier), the rest decided automatically
// with no source finding lost, and the findings brought onto the commit the lead chose.
#include "auditlog.h"
#include "auditverifier.h"
#include "leadstore.h"
#include "leadworkspace.h"
#include "packagefixture.h"

#include <QFileInfo>
#include <QSet>
#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

class TestLeadWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        test::TestPki &pki = m_fixture->pki();
        const auto bob = pki.issue(QStringLiteral("Bob Auditor"), test::TestPki::Role::Auditor);
        m_rex = pki.issue(QStringLiteral("Rex Auditor"), test::TestPki::Role::Auditor);
        m_lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        m_crlBefore = pki.makeCrl(file("before.pem"));
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        const auto none = EgressPolicy::none();
        auto ada = m_fixture->archive(none);
        QVERIFY(ada);
        m_ada = m_fixture->save(QStringLiteral("ada.crpkg"), *ada);
        auto bobs = m_fixture->archiveBy(none, bob);
        QVERIFY(bobs);
        m_bob = m_fixture->save(QStringLiteral("bob.crpkg"), *bobs);
        auto rexs = m_fixture->archiveBy(none, m_rex);
        QVERIFY(rexs);
        m_rexPackage = m_fixture->save(QStringLiteral("rex.crpkg"), *rexs);
        // Ada exports again from another copy of her workspace: same review, no chain.
        QVERIFY(m_fixture->review().add("src/util.c", 8, 9, QStringLiteral("Missing check")));
        auto other = m_fixture->archiveBy(none, m_fixture->auditor());
        QVERIFY(other);
        m_adaUnchained = m_fixture->save(QStringLiteral("ada-other.crpkg"), *other);
        auto repository
            = m_fixture->review().workspace().repository(test::ReviewFixture::repositoryName());
        QVERIFY(repository);
        m_repository = *repository;
        m_fixture->review().close();

        auto workspace = review::Workspace::create(file("lead.clearroom"), QStringLiteral("Lead"),
                                                   QStringLiteral("Lea Lead"));
        QVERIFY(workspace);
        m_workspace = std::move(workspace).value();
    }

    void importsAndFlagsABrokenChain()
    {
        auto rows = LeadWorkspace::import(*m_workspace, {m_ada, m_bob, m_rexPackage}, trust(), {});
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.errorMessage()));
        QCOMPARE(rows->size(), 3);
        for (const IntakeRow &row : std::as_const(*rows))
            QCOMPARE(row.verdict, IntakeRow::Verdict::Accepted);
        rows = LeadWorkspace::import(*m_workspace, {m_adaUnchained}, trust(), {});
        QVERIFY(rows);
        QCOMPARE(rows->first().verdict, IntakeRow::Verdict::Accepted);
        QVERIFY2(rows->first().reason.contains(QStringLiteral("a broken chain")),
                 qPrintable(rows->first().reason));
        auto stored = m_workspace->lead().packages();
        QVERIFY(stored);
        QCOMPARE(stored->size(), 4);
        QVERIFY(stored->last().notes.startsWith(QStringLiteral("Flagged:")));
        QCOMPARE(stored->last().fileName, QStringLiteral("ada-other.crpkg"));
    }

    void anotherFileWithAnImportedIdIsRefused()
    {
        // A workspace that holds other bytes under the id of Bob's package (as a hostile
        // auditor's earlier file would have claimed it).
        auto workspace = review::Workspace::create(file("claimed.clearroom"),
                                                   QStringLiteral("Lead"), QStringLiteral("Lea"));
        QVERIFY(workspace);
        auto verdict = PackageVerifier::verify(m_bob, trust(), {});
        QVERIFY(verdict);
        const QByteArray bytes = "other bytes";
        review::LeadPackage earlier;
        earlier.packageId = verdict->manifest.packageId;
        earlier.sha256 = review::AuditLog::sha256Hex(bytes);
        earlier.size = bytes.size();
        earlier.fileName = QStringLiteral("earlier.crpkg");
        QVERIFY((*workspace)->lead().import(earlier, bytes));
        auto rows = LeadWorkspace::import(**workspace, {m_bob}, trust(), {});
        QVERIFY(rows);
        QCOMPARE(rows->first().verdict, IntakeRow::Verdict::Refused);
        QVERIFY2(rows->first().reason.contains(
                     QStringLiteral("claims the package id %1 of earlier.crpkg, imported before")
                         .arg(earlier.packageId)),
                 qPrintable(rows->first().reason));
        QCOMPARE((*workspace)->lead().packages()->size(), 1);
        QCOMPARE((*workspace)->lead().refused()->size(), 1);
        QCOMPARE((*workspace)->lead().refused()->first().sha256, verdict->fileSha256);
    }

    void revokedSinceImportIsLeftOut()
    {
        QVERIFY(m_fixture->pki().revoke(m_rex));
        const QString crl = m_fixture->pki().makeCrl(file("after.pem"));
        auto after = TrustConfiguration::load(m_fixture->pki().caFile(), crl);
        QVERIFY(after);
        auto state = LeadWorkspace::load(*m_workspace, *after, {});
        QVERIFY2(state, qPrintable(state ? QString() : state.errorMessage()));
        QCOMPARE(state->sources.size(), 3);
        QCOMPARE(state->leftOut.size(), 1);
        QVERIFY2(state->leftOut.first().reason.contains(QStringLiteral("no longer verifies")),
                 qPrintable(state->leftOut.first().reason));
        QVERIFY(state->leftOut.first().reason.contains(QStringLiteral("was revoked on")));
        // It names the file the lead imported, not the copy it was verified from.
        const QString reason = state->leftOut.first().reason;
        QVERIFY2(!reason.contains(state->files->path()), qPrintable(reason));
        QVERIFY2(reason.startsWith(state->leftOut.first().fileName
                                   + QStringLiteral(" was imported but no longer verifies: ")
                                   + state->leftOut.first().fileName),
                 qPrintable(reason));
        m_trust = *after;
    }

    void decisionsAreChecked()
    {
        auto state = LeadWorkspace::load(*m_workspace, m_trust, {});
        QVERIFY(state);
        const ConsolidationSource &source = state->sources.first();
        const SourceFindingRef ref = AutomaticConsolidation::refOf(source, source.findings.first());
        ConsolidationDecision decision;
        decision.result = source.findings.first();
        decision.sources = {ref};
        decision.decision = Decision::Merge;
        QVERIFY(refusedWith(decision, QStringLiteral("at least two source findings")));
        decision.sources = {ref, ref};
        QVERIFY(refusedWith(decision, QStringLiteral("twice")));
        decision.decision = Decision::Keep;
        decision.sources = {ref};
        decision.automatic = true;
        QVERIFY(refusedWith(decision, QStringLiteral("automatic ones are made again")));
        decision.automatic = false;
        decision.sources.first().packageId = QStringLiteral("elsewhere");
        QVERIFY(refusedWith(decision, QStringLiteral("which was not imported")));
        decision.sources = {ref};
        decision.result.finding.id.clear();
        QVERIFY(refusedWith(decision, QStringLiteral("no result id")));
        QVERIFY(m_workspace->lead().decisions()->isEmpty());
    }

    void decisionsAreCheckedThroughACache()
    {
        auto state = LeadWorkspace::load(*m_workspace, m_trust, {});
        QVERIFY(state);
        const ConsolidationSource &source = state->sources.first();
        const SourceFinding &finding = source.findings.first();
        const QString packageId = source.package.packageId();
        ConsolidationDecision keep;
        keep.decision = Decision::Keep;
        keep.result = finding;
        keep.result.finding.id = QStringLiteral("0f0e0d0c-0000-4000-8000-00000000c0de");
        keep.sources = {AutomaticConsolidation::refOf(source, finding)};
        // The package's findings are read once, then served from the cache.
        LeadWorkspace::FindingsCache cache;
        ConsolidationDecision departing = keep;
        departing.result.finding.title = QStringLiteral("A title of the lead's");
        QVERIFY(refusedWith(departing, QStringLiteral("say why in the rationale"), &cache));
        QCOMPARE(cache.size(), 1);
        QVERIFY(cache.find(packageId, source.package.verdict().fileSha256));
        QVERIFY(!cache.find(packageId, "another digest"));
        QVERIFY(LeadWorkspace::decide(*m_workspace, keep, &cache));
        QCOMPARE(cache.size(), 1);
        // What the cache holds is what decide() checks against, for that digest only.
        LeadWorkspace::FindingsCache emptied;
        emptied.insert(packageId, source.package.verdict().fileSha256, {});
        QVERIFY(refusedWith(keep, QStringLiteral("which that package does not hold"), &emptied));
        LeadWorkspace::FindingsCache other;
        other.insert(packageId, "another digest", {});
        QVERIFY(LeadWorkspace::decide(*m_workspace, keep, &other));
        QVERIFY(other.find(packageId, source.package.verdict().fileSha256));
        // Taking packages in (which may supersede some) empties it.
        QVERIFY(LeadWorkspace::import(*m_workspace, {m_bob}, trust(), {}, &cache));
        QCOMPARE(cache.size(), 0);
        QVERIFY(LeadWorkspace::withdraw(*m_workspace, keep.result.finding.id));
        QVERIFY(m_workspace->lead().decisions()->isEmpty());
    }

    void leadMergesAndTheRestIsAutomatic()
    {
        auto state = LeadWorkspace::load(*m_workspace, m_trust, {});
        QVERIFY(state);
        QVERIFY(!state->proposals.isEmpty());
        // The lead merges the first proposed group herself, and keeps one finding.
        const QVector<GroupCandidate> candidates = state->candidates();
        QVector<QPair<int, int>> members;
        for (int member : state->proposals.first().members) {
            const GroupCandidate &candidate = candidates.at(member);
            const auto &findings = state->sources.at(candidate.source).findings;
            for (int f = 0; f < findings.size(); ++f) {
                if (&findings.at(f).finding == candidate.finding)
                    members.append({candidate.source, f});
            }
        }
        QCOMPARE(members.size(), state->proposals.first().members.size());
        const PackageSigner lead = signer();
        ConsolidationDecision merge = AutomaticConsolidation::merge(
            state->sources, members, lead, QDateTime::currentDateTimeUtc());
        merge.automatic = false;
        merge.rationale = QStringLiteral("The lead's merge: one problem, two reports.");
        auto decided = LeadWorkspace::decide(*m_workspace, merge);
        QVERIFY2(decided, qPrintable(decided ? QString() : decided.errorMessage()));
        // Deciding again with the same result replaces the first (withdrawn, then stored).
        QVERIFY(LeadWorkspace::decide(*m_workspace, merge));
        QCOMPARE(m_workspace->lead().decisions()->size(), 1);

        auto reloaded = LeadWorkspace::load(*m_workspace, m_trust, {});
        QVERIFY(reloaded);
        QCOMPARE(reloaded->decisions.size(), 1);
        const ConsolidationDecision &stored = reloaded->decisions.first();
        QCOMPARE(stored.result.finding.id, merge.result.finding.id);
        QCOMPARE(stored.rationale, merge.rationale);
        QCOMPARE(stored.sources, merge.sources);
        QCOMPARE(stored.result.finding.locations.size(), merge.result.finding.locations.size());
        QVERIFY(!stored.automatic);

        // Safe to copy: the copy's candidates point into its own sources, and its files
        // outlive the original.
        LeadState copy = *reloaded;
        reloaded = Error {QStringLiteral("gone")};
        const QVector<GroupCandidate> copied = copy.candidates();
        QCOMPARE(copied.first().finding,
                 &std::as_const(copy).sources.first().findings.first().finding);
        QVERIFY(QFileInfo::exists(copy.sources.first().path));

        const Consolidation completed
            = LeadWorkspace::completed(copy, lead, QDateTime::currentDateTimeUtc());
        QVERIFY(completed.undecided().isEmpty());
        int findings = 0;
        for (const ConsolidationSource &source : copy.sources)
            findings += int(source.findings.size());
        int covered = 0, manual = 0;
        QSet<QPair<QString, QString>> seen;
        for (const ConsolidationDecision &decision : completed.decisions) {
            covered += int(decision.sources.size());
            manual += decision.automatic ? 0 : 1;
            for (const SourceFindingRef &ref : decision.sources)
                seen.insert({ref.packageId, ref.findingId});
        }
        QCOMPARE(covered, findings); // each source finding exactly once
        QCOMPARE(int(seen.size()), findings);
        QCOMPARE(manual, 1);

        auto builder
            = LeadWorkspace::builder(*m_workspace, copy, leadCertificate(), EgressPolicy::none(),
                                     QDateTime::currentDateTimeUtc());
        QVERIFY2(builder, qPrintable(builder ? QString() : builder.errorMessage()));
        QCOMPARE((*builder)->manifest().auditLogHead,
                 *review::AuditLog::headHash(m_workspace->database()));
        auto verified = review::AuditVerifier::verify(*m_workspace);
        QVERIFY2(verified, qPrintable(verified ? QString() : verified.errorMessage()));

        QVERIFY(LeadWorkspace::withdraw(*m_workspace, merge.result.finding.id));
        QVERIFY(m_workspace->lead().decisions()->isEmpty());
        QVERIFY(!LeadWorkspace::withdraw(*m_workspace, merge.result.finding.id));
    }

    void findingsGoOntoTheChosenCommit()
    {
        QVERIFY(m_workspace->addRepository(m_repository));
        auto state = LeadWorkspace::load(*m_workspace, m_trust, {});
        QVERIFY2(state, qPrintable(state ? QString() : state.errorMessage()));
        QCOMPARE(state->reanchored.size(), 1);
        QVERIFY(!state->reanchored.first().chosen);

        // The commit the review started on ("base"), chosen by the lead.
        auto repository = git::Repository::open(m_repository.path);
        QVERIFY(repository);
        auto base = repository->resolveCommit("base");
        QVERIFY(base);
        const QByteArray chosen = base->toHex();
        QVERIFY(LeadWorkspace::setTargetCommit(*m_workspace, m_repository.name, chosen));
        state = LeadWorkspace::load(*m_workspace, m_trust, {});
        QVERIFY(state);
        QVERIFY(state->reanchored.first().chosen);
        QCOMPARE(state->reanchored.first().target, chosen);
        for (const ConsolidationSource &source : std::as_const(state->sources)) {
            for (const SourceFinding &finding : source.findings)
                QCOMPARE(finding.finding.commit, chosen);
        }
        QVERIFY(!LeadWorkspace::setTargetCommit(*m_workspace, m_repository.name, "base"));
        QVERIFY(review::AuditVerifier::verify(*m_workspace));
    }

private:
    bool refusedWith(const ConsolidationDecision &decision, const QString &expected,
                     LeadWorkspace::FindingsCache *cache = nullptr)
    {
        auto decided = LeadWorkspace::decide(*m_workspace, decision, cache);
        if (decided) {
            qWarning("accepted, but expected: %s", qPrintable(expected));
            return false;
        }
        if (!decided.errorMessage().contains(expected)) {
            qWarning("%s", qPrintable(decided.errorMessage()));
            return false;
        }
        return true;
    }

    TrustConfiguration trust() const
    {
        return *TrustConfiguration::load(m_fixture->pki().caFile(), m_crlBefore);
    }

    crypto::Certificate leadCertificate() const
    {
        return m_fixture->identity(m_lead).certificate();
    }

    PackageSigner signer() const
    {
        const crypto::Certificate certificate = leadCertificate();
        return {certificate.commonName(), certificate.subject(), certificate.fingerprint()};
    }

    QString file(const char *name) const
    {
        return m_fixture->review().filePath(QString::fromUtf8(name));
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    std::unique_ptr<review::Workspace> m_workspace;
    test::IssuedIdentity m_rex, m_lead;
    QString m_crlBefore, m_ada, m_bob, m_rexPackage, m_adaUnchained;
    TrustConfiguration m_trust;
    review::ReviewRepository m_repository;
};

QTEST_MAIN(TestLeadWorkspace)
#include "tst_leadworkspace.moc"
