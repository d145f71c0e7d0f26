// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "leadsession.h"

#include "consolidatedpackage.h"
#include "derivedid.h"
#include "identity.h"
#include "packagedelivery.h"
#include "repository.h"
#include "workerruns.h"
#include "workspace.h"

#include <QFileInfo>
#include <QLocale>
#include <QSemaphore>
#include <QSet>

#include <algorithm>
#include <utility>

namespace clearroom::ui {

using package::ConsolidationDecision;
using package::Decision;

/// A consolidated package built and waiting to be signed and written.
struct LeadSession::Prepared
{
    std::unique_ptr<package::ConsolidatedPackageBuilder> builder;
    std::shared_ptr<crypto::Identity> identity;
    package::TrustConfiguration trust;
};

const package::SourceFinding &LeadSession::Intake::finding(int candidate) const
{
    const auto &[source, index] = positions.at(candidate);
    return lead.sources.at(source).findings.at(index);
}

const package::ConsolidationSource &LeadSession::Intake::sourceOf(int candidate) const
{
    return lead.sources.at(positions.at(candidate).first);
}

package::SourceFindingRef LeadSession::Intake::refOf(int candidate) const
{
    return package::AutomaticConsolidation::refOf(sourceOf(candidate), finding(candidate));
}

int LeadSession::Intake::candidateOf(const package::SourceFindingRef &ref) const
{
    return byRef.value(ref.packageId + QLatin1Char('/') + ref.findingId, -1);
}

int LeadSession::Intake::proposalOf(int candidate) const
{
    for (int p = 0; p < lead.proposals.size(); ++p) {
        if (lead.proposals.at(p).members.contains(candidate))
            return p;
    }
    return -1;
}

LeadSession::LeadSession(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
{
    m_state.intake = std::make_shared<Intake>();
    m_thread.setObjectName(QStringLiteral("lead"));
    m_context->moveToThread(&m_thread);
}

LeadSession::~LeadSession()
{
    if (!m_thread.isRunning())
        return;
    // Everything asked before is done first (the lead's last decisions are stored).
    QMetaObject::invokeMethod(
        m_context.get(), [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

void LeadSession::waitForWorker()
{
    if (!m_thread.isRunning())
        return;
    QSemaphore done;
    QMetaObject::invokeMethod(
        m_context.get(), [&done] { done.release(); }, Qt::QueuedConnection);
    done.acquire();
}

void LeadSession::onWorker(void (LeadSession::*failed)(const QString &), std::function<void()> work)
{
    // Started with the first work; a start that failed is tried again with the next.
    if (!m_thread.isRunning())
        m_thread.start();
    // QThread::start() only warns where it cannot make the thread.
    if (!m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            this, [this, failed] { (this->*failed)(noThreadForRun()); }, Qt::QueuedConnection);
        return;
    }
    QMetaObject::invokeMethod(m_context.get(), std::move(work), Qt::QueuedConnection);
}

void LeadSession::failImport(const QString &message)
{
    m_importing = false;
    Q_EMIT importFailed(message);
}

void LeadSession::failPreview(const QString &message)
{
    m_previewPending = false;
    Q_EMIT actionFailed(message);
}

void LeadSession::failExport(const QString &message)
{
    m_exporting = false;
    Q_EMIT exportFailed(message);
}

void LeadSession::post(std::function<void(LeadSession *)> report)
{
    QMetaObject::invokeMethod(
        this, [this, report = std::move(report)] { report(this); }, Qt::QueuedConnection);
}

Result<review::Workspace *> LeadSession::workspaceOnWorker(const QString &fileName)
{
    if (!m_workspace || m_workspace->fileName() != fileName) {
        m_workspace.reset();
        m_findings.clear();
        auto opened = review::Workspace::open(fileName);
        if (!opened)
            return opened.error();
        m_workspace = std::move(opened).value();
    }
    return m_workspace.get();
}

void LeadSession::openWorkspace(const QString &fileName)
{
    m_workspaceFile = fileName;
    m_prepared.reset();
    reload([fileName](LeadSession *session) { Q_EMIT session->loaded(fileName); });
}

void LeadSession::createWorkspace(const QString &fileName, const QString &reviewName,
                                  const QString &reviewer)
{
    onWorker(&LeadSession::workspaceFailed, [this, fileName, reviewName, reviewer] {
        auto made = review::Workspace::create(fileName, reviewName, reviewer);
        if (!made) {
            const QString message = made.errorMessage();
            post([message](LeadSession *session) { Q_EMIT session->workspaceFailed(message); });
            return;
        }
        m_workspace = std::move(made).value();
        post([fileName](LeadSession *session) { session->openWorkspace(fileName); });
    });
}

namespace {

/// The workspace's state as the views see it: `state` moved in (its decisions moved out
/// to `decisions` and `stale`), candidates pointing into the intake's own sources (which
/// never change).
std::shared_ptr<LeadSession::Intake> intakeOf(package::LeadState state, const QString &file,
                                              const QString &trustPath,
                                              package::TrustConfiguration trust,
                                              QVector<package::ConsolidationDecision> &decisions,
                                              QVector<package::StaleDecision> &stale)
{
    auto intake = std::make_shared<LeadSession::Intake>();
    intake->workspaceFile = file;
    intake->trustPath = trustPath;
    intake->trust = std::move(trust);
    decisions = std::exchange(state.decisions, {});
    stale = std::exchange(state.stale, {});
    intake->lead = std::move(state);
    intake->candidates = package::AutomaticConsolidation::candidates(intake->lead.sources);
    for (int s = 0; s < intake->lead.sources.size(); ++s) {
        const package::ConsolidationSource &source = intake->lead.sources.at(s);
        for (int f = 0; f < source.findings.size(); ++f) {
            intake->byRef.insert(source.package.packageId() + QLatin1Char('/')
                                     + source.findings.at(f).finding.id,
                                 int(intake->positions.size()));
            intake->positions.append({s, f});
        }
    }
    return intake;
}

} // namespace

void LeadSession::reload(std::function<void(LeadSession *)> then)
{
    const QString file = m_workspaceFile;
    const QString trustPath = m_trustPath;
    if (file.isEmpty())
        return;
    onWorker(&LeadSession::workspaceFailed, [this, file, trustPath, then] {
        const auto fail = [this](const QString &message) {
            post([message](LeadSession *session) { Q_EMIT session->workspaceFailed(message); });
        };
        auto workspace = workspaceOnWorker(file);
        if (!workspace)
            return fail(workspace.errorMessage());
        if (trustPath.isEmpty()) {
            return fail(tr("Choose the trust configuration the packages of %1 are verified "
                           "against (Review > Trust Configuration…).")
                            .arg(file));
        }
        auto trust = package::TrustConfiguration::load(trustPath);
        if (!trust)
            return fail(trust.errorMessage());
        auto state = package::LeadWorkspace::load(**workspace, *trust, {});
        if (!state)
            return fail(state.errorMessage());
        auto repositories = (*workspace)->repositories();
        if (!repositories)
            return fail(repositories.errorMessage());
        QStringList names;
        for (const review::ReviewRepository &repository : std::as_const(*repositories))
            names.append(repository.name);
        QVector<ConsolidationDecision> decisions;
        QVector<package::StaleDecision> stale;
        auto made = intakeOf(std::move(state).value(), file, trustPath, std::move(trust).value(),
                             decisions, stale);
        made->workspaceRepositories = names;
        std::shared_ptr<const Intake> intake = std::move(made);
        post([intake, decisions, stale, then](LeadSession *session) {
            // A workspace the lead has since left: its state is not shown.
            if (session->m_workspaceFile != intake->workspaceFile)
                return;
            session->adoptIntake(intake, decisions, stale);
            if (then)
                then(session);
        });
    });
}

QStringList LeadSession::sourceRepositories() const
{
    QSet<QString> names;
    for (const package::ConsolidationSource &source : intake().lead.sources) {
        for (const package::SourceFinding &finding : source.findings)
            names.insert(finding.finding.repository);
    }
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();
    return sorted;
}

void LeadSession::addRepository(const QString &path, const QString &name)
{
    const QString file = m_workspaceFile;
    onWorker(&LeadSession::actionFailed, [this, file, path, name] {
        auto workspace = workspaceOnWorker(file);
        auto prepared = workspace ? review::Workspace::prepareRepository(path, name, "HEAD")
                                  : Result<review::ReviewRepository>(workspace.error());
        Result<void> added
            = prepared ? (*workspace)->addRepository(*prepared) : Result<void>(prepared.error());
        const QString message = added ? QString() : added.errorMessage();
        post([message](LeadSession *session) {
            session->m_prepared.reset();
            session->reload();
            if (!message.isEmpty())
                Q_EMIT session->actionFailed(message);
        });
    });
}

void LeadSession::chooseCommit(const QString &name, const QByteArray &revision)
{
    const QString file = m_workspaceFile;
    onWorker(&LeadSession::actionFailed, [this, file, name, revision] {
        const auto chosen = [&]() -> Result<void> {
            auto workspace = workspaceOnWorker(file);
            if (!workspace)
                return workspace.error();
            auto named = (*workspace)->repository(name);
            if (!named)
                return named.error();
            auto repository = git::Repository::open(named->path);
            if (!repository)
                return repository.error();
            auto commit = repository->resolveCommit(revision);
            if (!commit)
                return commit.error();
            return package::LeadWorkspace::setTargetCommit(**workspace, name, commit->toHex());
        }();
        const QString message = chosen ? QString() : chosen.errorMessage();
        post([message](LeadSession *session) {
            session->m_prepared.reset();
            session->reload();
            if (!message.isEmpty())
                Q_EMIT session->actionFailed(message);
        });
    });
}

void LeadSession::importPackages(const QStringList &files)
{
    if (files.isEmpty())
        return;
    if (m_trustPath.isEmpty()) {
        Q_EMIT importFailed(tr("Choose the trust configuration to verify the packages against "
                               "first (Review > Trust Configuration…)."));
        return;
    }
    if (m_workspaceFile.isEmpty()) {
        Q_EMIT importFailed(tr("Open or create a lead workspace first (Consolidation > New Lead "
                               "Workspace…): the packages are kept in it."));
        return;
    }
    const QString file = m_workspaceFile;
    const QString trustPath = m_trustPath;
    m_importing = true;
    Q_EMIT importStarted(int(files.size()));
    onWorker(&LeadSession::failImport, [this, file, trustPath, files] {
        const auto fail = [this](const QString &message) {
            post([message](LeadSession *session) { session->failImport(message); });
        };
        auto workspace = workspaceOnWorker(file);
        if (!workspace)
            return fail(workspace.errorMessage());
        auto trust = package::TrustConfiguration::load(trustPath);
        if (!trust)
            return fail(trust.errorMessage());
        auto rows = package::LeadWorkspace::import(**workspace, files, *trust, {}, &m_findings);
        if (!rows)
            return fail(rows.errorMessage());
        const QVector<package::IntakeRow> done = *rows;
        post([](LeadSession *session) { session->m_prepared.reset(); });
        post([this, done](LeadSession *session) {
            session->reload([done](LeadSession *loaded) {
                loaded->m_importing = false;
                Q_EMIT loaded->importFinished(done);
            });
        });
    });
}

void LeadSession::adoptIntake(std::shared_ptr<const Intake> intake,
                              QVector<ConsolidationDecision> decisions,
                              QVector<package::StaleDecision> stale)
{
    m_state.intake = std::move(intake);
    m_state.decisions = std::move(decisions);
    m_state.stale = std::move(stale);
    stateChanged();
}

void LeadSession::stateChanged()
{
    m_preview.reset();
    m_previewPending = true;
    const quint64 generation = ++m_previewGeneration;
    const State state = m_state;
    onWorker(&LeadSession::failPreview, [this, generation, state, hook = m_previewHook] {
        // A newer change is queued behind this one: its preview is the one shown.
        if (m_previewGeneration.load() != generation)
            return;
        if (hook)
            hook();
        std::shared_ptr<const package::Consolidation> preview
            = std::make_shared<const package::Consolidation>(
                completed(state, provisionalLead(), QDateTime::currentDateTimeUtc()));
        post([generation, preview](LeadSession *session) {
            if (session->m_previewGeneration.load() != generation)
                return;
            session->m_preview = preview;
            session->m_previewPending = false;
            Q_EMIT session->previewReady();
        });
    });
    Q_EMIT changed();
}

QVector<package::DecisionRules::Source>
LeadSession::sourcesOf(const ConsolidationDecision &decision) const
{
    QVector<package::DecisionRules::Source> sources;
    for (const package::SourceFindingRef &ref : decision.sources) {
        const int candidate = intake().candidateOf(ref);
        if (candidate >= 0)
            sources.append({intake().sourceOf(candidate).package.signerName(),
                            &intake().finding(candidate).finding});
    }
    return sources;
}

QString LeadSession::check(const ConsolidationDecision &decision) const
{
    return package::DecisionRules::check(decision, sourcesOf(decision));
}

bool LeadSession::decide(const ConsolidationDecision &decision)
{
    if (const QString problem = check(decision); !problem.isEmpty()) {
        Q_EMIT actionFailed(problem);
        return false;
    }
    ConsolidationDecision made = decision;
    made.automatic = false;
    QVector<ConsolidationDecision> kept;
    for (const ConsolidationDecision &each : std::as_const(m_state.decisions)) {
        const bool shares = each.result.finding.id == made.result.finding.id
            || std::any_of(each.sources.cbegin(), each.sources.cend(),
                           [&](const auto &ref) { return made.sources.contains(ref); });
        if (!shares)
            kept.append(each);
    }
    kept.append(made);
    m_state.decisions = kept;
    m_prepared.reset();
    // Stored before the preview is worked out: the worker does things in order.
    store([this, made](review::Workspace &workspace) {
        return package::LeadWorkspace::decide(workspace, made, &m_findings);
    });
    stateChanged();
    return true;
}

void LeadSession::store(std::function<Result<void>(review::Workspace &)> change)
{
    const QString file = m_workspaceFile;
    onWorker(&LeadSession::actionFailed, [this, file, change] {
        auto workspace = workspaceOnWorker(file);
        Result<void> stored = workspace ? change(**workspace) : Result<void>(workspace.error());
        if (stored)
            return;
        const QString message = stored.errorMessage();
        post([message](LeadSession *session) {
            // What is shown must be what the workspace holds.
            session->reload();
            Q_EMIT session->actionFailed(message);
        });
    });
}

bool LeadSession::withdraw(const QString &result)
{
    // A copy: `result` may be the id of the very decision removed below.
    const QString resultId = result;
    const auto removed = [&](auto &decisions, auto decisionOf) {
        for (int i = 0; i < decisions.size(); ++i) {
            if (decisionOf(decisions.at(i)).result.finding.id == resultId) {
                decisions.removeAt(i);
                return true;
            }
        }
        return false;
    };
    if (removed(
            m_state.decisions,
            [](const ConsolidationDecision &each) -> const auto & { return each; })
        || removed(
            m_state.stale,
            [](const package::StaleDecision &each) -> const auto & { return each.decision; })) {
        m_prepared.reset();
        store([resultId](review::Workspace &workspace) {
            return package::LeadWorkspace::withdraw(workspace, resultId);
        });
        stateChanged();
        return true;
    }
    Q_EMIT actionFailed(
        tr("There is no decision of yours with the result %1 to withdraw.").arg(resultId));
    return false;
}

const ConsolidationDecision *LeadSession::decisionOf(int candidate) const
{
    const package::SourceFindingRef ref = intake().refOf(candidate);
    for (const ConsolidationDecision &decision : m_state.decisions) {
        if (decision.sources.contains(ref))
            return &decision;
    }
    return nullptr;
}

LeadSession::GroupState LeadSession::groupState(int proposal) const
{
    const package::DuplicateGroup &group = intake().lead.proposals.at(proposal);
    int covered = 0;
    for (int member : group.members) {
        const ConsolidationDecision *decision = decisionOf(member);
        if (!decision)
            continue;
        if (decision->decision == Decision::Merge) {
            int together = 0;
            for (int other : group.members)
                together += decisionOf(other) == decision ? 1 : 0;
            if (together >= 2)
                return GroupState::Merged;
        }
        ++covered;
    }
    if (covered == 0)
        return GroupState::Proposed;
    return covered == group.members.size() ? GroupState::Rejected : GroupState::Split;
}

QString LeadSession::groupStateText(GroupState state)
{
    switch (state) {
    case GroupState::Proposed:
        return tr("proposed");
    case GroupState::Merged:
        return tr("merged");
    case GroupState::Split:
        return tr("split");
    case GroupState::Rejected:
        return tr("rejected");
    }
    return {};
}

QVector<int> LeadSession::remainingMembers(int proposal) const
{
    QVector<int> remaining;
    for (int member : intake().lead.proposals.at(proposal).members) {
        if (!decisionOf(member))
            remaining.append(member);
    }
    return remaining;
}

package::PackageSigner LeadSession::provisionalLead()
{
    // The merged finding's author becomes the lead whose identity signs the package.
    return {tr("the lead reviewer"), {}, {}};
}

ConsolidationDecision LeadSession::proposedMerge(const QVector<int> &candidates) const
{
    if (candidates.size() == 1)
        return keepOf(candidates.constFirst());
    QVector<QPair<int, int>> members;
    for (int candidate : candidates)
        members.append(intake().positions.at(candidate));
    ConsolidationDecision merge = package::AutomaticConsolidation::merge(
        intake().lead.sources, members, provisionalLead(), QDateTime::currentDateTimeUtc());
    merge.automatic = false;
    const int proposal = intake().proposalOf(candidates.constFirst());
    if (proposal >= 0)
        merge.groupReasons = intake().lead.proposals.at(proposal).reasons(intake().candidates);
    return merge;
}

ConsolidationDecision LeadSession::keepOf(int candidate) const
{
    const package::SourceFinding &finding = intake().finding(candidate);
    const package::SourceFindingRef ref = intake().refOf(candidate);
    ConsolidationDecision keep;
    keep.decision = Decision::Keep;
    keep.result = finding;
    // The id an automatic keep would give it: the same finding, the same consolidated id.
    keep.result.finding.id = package::derivedUuid(
        "clearroom-keep\n" + (ref.packageId + QLatin1Char('/') + ref.findingId).toUtf8());
    keep.sources.append(ref);
    return keep;
}

package::LeadState LeadSession::leadStateOf(const State &state)
{
    // Shares the intake's data (implicitly shared containers), copies nothing.
    package::LeadState lead = state.intake->lead;
    lead.decisions = state.decisions;
    lead.stale = state.stale;
    return lead;
}

package::Consolidation LeadSession::completed(const State &state,
                                              const package::PackageSigner &lead,
                                              const QDateTime &created)
{
    return package::LeadWorkspace::completed(leadStateOf(state), lead, created);
}

namespace {

QString previewOf(const package::ConsolidatedPackageBuilder &builder)
{
    const package::Consolidation &consolidation = builder.consolidation();
    int leadMerged = 0, leadKept = 0, leadRejected = 0, autoMerged = 0, autoKept = 0;
    for (const ConsolidationDecision &decision : consolidation.decisions) {
        if (decision.automatic) {
            autoMerged += decision.decision == Decision::Merge ? 1 : 0;
            autoKept += decision.decision == Decision::Keep ? 1 : 0;
        } else {
            leadMerged += decision.decision == Decision::Merge ? 1 : 0;
            leadKept += decision.decision == Decision::Keep ? 1 : 0;
            leadRejected += decision.decision == Decision::Reject ? 1 : 0;
        }
    }
    QString out
        = clearroom::ui::LeadSession::tr("Sources (each inside the package byte-identical):")
        + QLatin1Char('\n');
    for (const package::ConsolidationSource &source : consolidation.sources)
        out += clearroom::ui::LeadSession::tr("  %1, signed by %2: %Ln finding(s)", nullptr,
                                              int(source.findings.size()))
                   .arg(source.package.packageId(), source.package.signerName())
            + QLatin1Char('\n');
    for (const package::LeftOutPackage &left : consolidation.leftOut)
        out += clearroom::ui::LeadSession::tr("  left out: %1: %2")
                   .arg(QFileInfo(left.fileName).fileName(), left.reason)
            + QLatin1Char('\n');
    out += clearroom::ui::LeadSession::tr("Your decisions: %1 merged, %2 kept, %3 rejected.")
               .arg(leadMerged)
               .arg(leadKept)
               .arg(leadRejected)
        + QLatin1Char('\n');
    out += clearroom::ui::LeadSession::tr(
               "Automatic at export (the findings you did not decide): %1 merged, "
               "%2 kept.")
               .arg(autoMerged)
               .arg(autoKept)
        + QLatin1Char('\n');
    out += clearroom::ui::LeadSession::tr("Entries of the consolidated package:")
        + QLatin1Char('\n');
    const QLocale locale;
    for (const package::ManifestEntry &entry : builder.manifest().entries)
        out += QStringLiteral("  %1  %2\n")
                   .arg(locale.toString(entry.size).rightJustified(12), entry.path);
    return out;
}

} // namespace

void LeadSession::prepareExport(const QString &identityFile, const QByteArray &passphrase)
{
    m_prepared.reset();
    if (intake().lead.sources.isEmpty() || !intake().trust) {
        Q_EMIT exportFailed(tr("Import the auditors' packages first: there is nothing to "
                               "consolidate."));
        return;
    }
    const State state = m_state;
    const QString file = m_workspaceFile;
    m_exporting = true;
    onWorker(&LeadSession::failExport, [this, state, file, identityFile, passphrase] {
        const auto fail = [this](const QString &message) {
            post([message](LeadSession *session) { session->failExport(message); });
        };
        auto workspace = workspaceOnWorker(file);
        if (!workspace)
            return fail(workspace.errorMessage());
        auto identity = crypto::Identity::load(identityFile, passphrase);
        if (!identity)
            return fail(identity.errorMessage());
        const crypto::Certificate &certificate = identity->certificate();
        if (!certificate.hasRole(crypto::Role::Lead))
            return fail(tr("The identity %1 (\"%2\") does not carry the lead reviewer role; "
                           "consolidated packages are signed by lead reviewers.")
                            .arg(identityFile, certificate.subject()));
        const package::TrustConfiguration &trust = *state.intake->trust;
        const package::EgressPolicy policy
            = trust.policy() ? *trust.policy() : package::EgressPolicy::none();
        auto builder = package::LeadWorkspace::builder(**workspace, leadStateOf(state), certificate,
                                                       policy, QDateTime::currentDateTimeUtc());
        if (!builder)
            return fail(builder.errorMessage());
        const QString preview = previewOf(**builder);
        std::shared_ptr<const Prepared> done = std::make_shared<Prepared>(
            Prepared {std::move(builder).value(),
                      std::make_shared<crypto::Identity>(std::move(identity).value()), trust});
        post([done, preview](LeadSession *session) {
            session->m_exporting = false;
            session->m_prepared = done;
            Q_EMIT session->exportPrepared(preview);
        });
    });
}

void LeadSession::writeExport(const QString &fileName)
{
    if (!m_prepared) {
        Q_EMIT exportFailed(tr("Prepare the package first: choose your identity and look at "
                               "the preview."));
        return;
    }
    if (QFileInfo::exists(fileName) || QFileInfo(fileName).isSymLink()) {
        Q_EMIT exportFailed(
            tr("%1 exists already; Clearroom does not replace a package.").arg(fileName));
        return;
    }
    const std::shared_ptr<const Prepared> prepared = m_prepared;
    const QString file = m_workspaceFile;
    m_exporting = true;
    onWorker(&LeadSession::failExport, [this, prepared, file, fileName] {
        auto workspace = workspaceOnWorker(file);
        // Written, read back, verified, and recorded in the workspace as exported.
        Result<package::PackageVerdict> verdict = workspace
            ? package::LeadWorkspace::write(**workspace, *prepared->builder, *prepared->identity,
                                            fileName, prepared->trust)
            : Result<package::PackageVerdict>(workspace.error());
        post([verdict, fileName](LeadSession *session) {
            session->m_exporting = false;
            session->m_prepared.reset();
            if (verdict)
                Q_EMIT session->exported(fileName, *verdict);
            else
                Q_EMIT session->exportFailed(verdict.errorMessage());
        });
    });
}

} // namespace clearroom::ui
