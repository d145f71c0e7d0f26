// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_consolidation [--regenerate] [--runs N] [--only intake|grouping|export|cli|lead]
// Issue 6's performance requirement: ten auditors' packages of 1,000 findings each (see
// consolidationdata.h), consolidated by a lead. Times, each in a child process of its
// own so that its peak memory (VmHWM) is its own, the medians of several runs of
//  1. intake: PackageIntake::take of the ten files against the test CA (verify + read);
//  2. grouping: DuplicateGrouper::propose over the 10,000 candidates, and
//     AutomaticConsolidation::decide (which groups again and merges) on its own;
//  3. consolidated export as `clearroom-cli consolidate` does it: the lead's audit log,
//     ConsolidatedPackageBuilder::build, archive (signed by the lead) and
//     PackageDelivery::writeAndVerify;
// then 4. `clearroom-cli consolidate --yes` as a process on the same files, and
//  5. the lead's workspace (LeadWorkspace): import of the ten, load, and 20 decisions of the
//     lead stored one after the other without a findings cache, then 20 with one (as the
//     lead window's worker stores them).
#include "benchmark.h"
#include "childstages.h"
#include "consolidatedpackage.h"
#include "consolidationdata.h"
#include "consolidationlog.h"
#include "derivedid.h"
#include "leadworkspace.h"
#include "packagedelivery.h"
#include "packageintake.h"
#include "packageverifier.h"
#include "scratchdirectory.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>

#include <sys/resource.h>

#include <cstdio>
#include <memory>
#include <optional>

using namespace clearroom;
using namespace clearroom::package;
using bench::measureStage;
using bench::valueOf;

namespace {

constexpr double intakeTarget = 3000; // ms
constexpr double groupingTarget = 1000;
constexpr double exportTarget = 3000;
constexpr int leadDecisions = 20;
constexpr double leadDecisionTarget = 50; // ms each: the worker stores it before the next

PackageIntake::Outcome takeIn(const QStringList &files, const TrustConfiguration &trust)
{
    PackageIntake::Outcome intake = PackageIntake::take(files, trust, {});
    if (intake.accepted.size() != files.size())
        qFatal("only %d of %d packages were accepted: %s", int(intake.accepted.size()),
               int(files.size()), qPrintable(intake.rows.value(0).reason));
    return intake;
}

PackageSigner signerOf(const crypto::Certificate &certificate)
{
    PackageSigner signer;
    signer.name = certificate.commonName();
    signer.subject = certificate.subject();
    signer.fingerprint = certificate.fingerprint();
    return signer;
}

// CA PACKAGE...
int childIntake(const QStringList &arguments)
{
    std::optional<TrustConfiguration> trust;
    measureStage("open",
                 [&] { trust = valueOf(TrustConfiguration::load(arguments.at(0)), "trust"); });
    int findings = 0;
    measureStage("intake", [&] {
        const PackageIntake::Outcome intake = takeIn(arguments.mid(1), *trust);
        for (const ConsolidationSource &source : intake.accepted)
            findings += int(source.package.findings().size());
    });
    std::printf("findings %d\n", findings);
    bench::reportPeak();
    return 0;
}

// CA PACKAGE...
int childGrouping(const QStringList &arguments)
{
    std::optional<PackageIntake::Outcome> intake;
    measureStage("open", [&] {
        intake
            = takeIn(arguments.mid(1), valueOf(TrustConfiguration::load(arguments.at(0)), "trust"));
    });
    QVector<GroupCandidate> candidates;
    measureStage("candidates",
                 [&] { candidates = AutomaticConsolidation::candidates(intake->accepted); });
    QVector<DuplicateGroup> groups;
    measureStage("propose", [&] { groups = DuplicateGrouper::propose(candidates); });
    int members = 0, links = 0, largest = 0;
    for (const DuplicateGroup &group : std::as_const(groups)) {
        members += int(group.members.size());
        links += int(group.links.size());
        largest = qMax(largest, int(group.members.size()));
    }
    std::printf("groups %d %d %d %d %d\n", int(candidates.size()), int(groups.size()), members,
                links, largest);
    PackageSigner lead;
    lead.name = QStringLiteral("Lea Lead");
    lead.fingerprint = QByteArray(64, 'a');
    Consolidation consolidation;
    measureStage("decide", [&] {
        consolidation = AutomaticConsolidation::decide(intake->accepted, lead,
                                                       QDateTime::currentDateTimeUtc());
    });
    int merged = 0;
    for (const ConsolidationDecision &decision : std::as_const(consolidation.decisions))
        merged += decision.decision == Decision::Merge ? 1 : 0;
    std::printf("decisions %d %d\n", int(consolidation.decisions.size()), merged);
    bench::reportPeak();
    return 0;
}

// CA LEAD.p12 PASSPHRASE-FILE OUT PACKAGE...
int childExport(const QStringList &arguments)
{
    std::optional<TrustConfiguration> trust;
    std::optional<crypto::Identity> identity;
    std::optional<PackageIntake::Outcome> intake;
    Consolidation consolidation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PackageSigner signer;
    measureStage("open", [&] {
        trust = valueOf(TrustConfiguration::load(arguments.at(0)), "trust");
        QFile passphrase(arguments.at(2));
        if (!passphrase.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(arguments.at(2)));
        identity = valueOf(crypto::Identity::load(arguments.at(1), passphrase.readAll().trimmed()),
                           "identity");
        signer = signerOf(identity->certificate());
        intake = takeIn(arguments.mid(4), *trust);
        consolidation = AutomaticConsolidation::decide(intake->accepted, signer, now);
        consolidation.leftOut = intake->leftOut();
    });
    // As clearroom-cli consolidate does it, after the decisions.
    ConsolidatedReview review;
    measureStage("log", [&] {
        ConsolidationLog log;
        for (const ConsolidationSource &source : std::as_const(consolidation.sources))
            log.append(ConsolidationLog::importRecord(source.package), signer.name, now);
        const QVector<ConsolidationDecision> &decisions = consolidation.decisions;
        log.appendEach(
            int(decisions.size()),
            [&decisions](int index) {
                return ConsolidationLog::decisionRecord(decisions.at(index));
            },
            signer.name, now);
        QStringList ids;
        for (const ConsolidationSource &source : std::as_const(consolidation.sources))
            ids.append(source.package.reviewId());
        ids.sort();
        ids.removeDuplicates();
        review.review.id
            = derivedUuid("clearroom-consolidation\n" + ids.join(QLatin1Char('\n')).toUtf8());
        review.review.name = consolidation.sources.first().package.reviewName();
        review.review.reviewerName = signer.name;
        review.review.created = now;
        review.policy = trust->policy() ? *trust->policy() : EgressPolicy::none();
        review.auditLog = log.lines();
        review.auditHead = log.head();
        review.auditEntries = log.count();
    });
    std::optional<ConsolidatedPackageBuilder> builder;
    measureStage("build", [&] {
        builder.emplace(std::move(consolidation), review, identity->certificate(), now);
        if (auto built = builder->build(); !built)
            qFatal("build: %s", qPrintable(built.errorMessage()));
    });
    std::optional<ZipWriter> archive;
    measureStage("archive", [&] { archive = valueOf(builder->archive(*identity), "archive"); });
    measureStage("write", [&] {
        valueOf(PackageDelivery::writeAndVerify(arguments.at(3), *archive, *trust), "write");
    });
    bench::reportPeak();
    return 0;
}

// CA WORKSPACE PACKAGE...
int childLead(const QStringList &arguments)
{
    std::optional<TrustConfiguration> trust;
    std::unique_ptr<review::Workspace> workspace;
    measureStage("open", [&] {
        trust = valueOf(TrustConfiguration::load(arguments.at(0)), "trust");
        workspace = valueOf(review::Workspace::create(arguments.at(1), QStringLiteral("Lead"),
                                                      QStringLiteral("Lea Lead")),
                            "workspace");
    });
    measureStage("import", [&] {
        valueOf(LeadWorkspace::import(*workspace, arguments.mid(2), *trust, {}), "import");
    });
    std::optional<LeadState> state;
    measureStage("load",
                 [&] { state = valueOf(LeadWorkspace::load(*workspace, *trust, {}), "load"); });
    // Keeps of findings spread over the ten packages, each stored on its own: 20 reading
    // each package's findings anew (as before LeadWorkspace::FindingsCache), then 20
    // through a cache that holds every package, as the lead window's worker does.
    QVector<ConsolidationDecision> keeps;
    const int sources = int(state->sources.size());
    for (int i = 0; i < 2 * leadDecisions + sources; ++i) {
        const ConsolidationSource &source = state->sources.at(i % sources);
        const SourceFinding &finding = source.findings.at(i / sources);
        ConsolidationDecision keep;
        keep.decision = Decision::Keep;
        keep.result = finding;
        keep.result.finding.id = derivedUuid("bench-keep\n" + finding.finding.id.toUtf8());
        keep.sources.append(AutomaticConsolidation::refOf(source, finding));
        keeps.append(keep);
    }
    const auto decide = [&](int from, int to, LeadWorkspace::FindingsCache *cache) {
        for (int i = from; i < to; ++i) {
            if (auto stored = LeadWorkspace::decide(*workspace, keeps.at(i), cache); !stored)
                qFatal("decide: %s", qPrintable(stored.errorMessage()));
        }
    };
    measureStage("decide-uncached", [&] { decide(0, leadDecisions, nullptr); });
    // The cache filled by one decision per package (the first after a load), not timed.
    LeadWorkspace::FindingsCache cache;
    decide(2 * leadDecisions, 2 * leadDecisions + sources, &cache);
    measureStage("decide-cached", [&] { decide(leadDecisions, 2 * leadDecisions, &cache); });
    bench::reportPeak();
    return 0;
}

int child(const QString &kind, const QStringList &arguments)
{
    if (kind == QLatin1String("lead"))
        return childLead(arguments);
    if (kind == QLatin1String("intake"))
        return childIntake(arguments);
    if (kind == QLatin1String("grouping"))
        return childGrouping(arguments);
    return childExport(arguments);
}

double childrenCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1000
        + (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1000;
}

void printPackage(const char *label, const QString &file)
{
    const Manifest manifest = valueOf(PackageVerifier::readManifest(file), "manifest");
    qint64 largest = 0;
    QString largestName;
    for (const ManifestEntry &entry : manifest.entries) {
        if (entry.size > largest && !entry.path.startsWith(QLatin1String("sources/"))) {
            largest = entry.size;
            largestName = entry.path;
        }
    }
    std::printf("  %-16s %7.2f MB, %4d findings, largest entry %s %.2f MB\n", label,
                double(QFileInfo(file).size()) / 1e6,
                manifest.summary.value(QStringLiteral("findings")).toInt(), qPrintable(largestName),
                double(largest) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    // Building a package lays out its PDF report, which needs QtGui's fonts: as in
    // clearroom-cli, a QGuiApplication on the offscreen platform, only where one is built.
    const bool intakeOnly = argc > 2 && qstrcmp(argv[1], "--child") == 0
        && (qstrcmp(argv[2], "intake") == 0 || qstrcmp(argv[2], "grouping") == 0
            || qstrcmp(argv[2], "lead") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (intakeOnly) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    const QStringList arguments = app->arguments();
    if (arguments.value(1) == QLatin1String("--child"))
        return child(arguments.value(2), arguments.mid(3));
    const bench::MachineCheck machine;
    const bool regenerate = arguments.contains(QStringLiteral("--regenerate"));
    const int runs
        = bench::optionValue(arguments, QStringLiteral("--runs"), QStringLiteral("5")).toInt();
    const QString only = bench::optionValue(arguments, QStringLiteral("--only"));
    const auto measures
        = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };

    // The test authority is made with the CA configuration Clearroom ships.
    if (qEnvironmentVariableIsEmpty("CLEARROOM_SOURCE_DIR"))
        qputenv("CLEARROOM_SOURCE_DIR", CLEARROOM_BENCH_SOURCE_DIR);
    const bench::ConsolidationData data = bench::ConsolidationData::cached(regenerate);
    test::ScratchDirectory scratch;
    // Clearroom's caches in a folder of the benchmark's own, never the user's.
    bench::useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));
    const auto local = [](const QString &name) { return QFile::encodeName(name); };
    QByteArrayList packages;
    for (const QString &package : data.packages)
        packages.append(local(package));
    int serial = 0;
    const auto outputName
        = [&] { return scratch.filePath(QStringLiteral("lead%1.crpkg").arg(++serial)); };

    bench::ChildRuns intakes, groupings, exports, leads;
    QString consolidated;
    for (int run = 0; run < runs; ++run) {
        if (measures("intake"))
            intakes.run(QByteArrayList {"--child", "intake", local(data.caFile)} + packages);
        if (measures("grouping"))
            groupings.run(QByteArrayList {"--child", "grouping", local(data.caFile)} + packages);
        if (measures("export")) {
            if (!consolidated.isEmpty())
                QFile::remove(consolidated);
            consolidated = outputName();
            exports.run(QByteArrayList {"--child", "export", local(data.caFile),
                                        local(data.leadIdentity), local(data.leadPassphraseFile),
                                        local(consolidated)}
                        + packages);
        }
        if (measures("lead")) {
            const QString workspace = scratch.filePath(QStringLiteral("lead%1.clearroom").arg(run));
            leads.run(QByteArrayList {"--child", "lead", local(data.caFile), local(workspace)}
                      + packages);
        }
    }
    QVector<double> cliWall, cliCpu;
    if (measures("cli")) {
        const QByteArray cli = CLEARROOM_BENCH_CLI;
        for (int run = 0; run < runs; ++run) {
            if (!consolidated.isEmpty())
                QFile::remove(consolidated);
            consolidated = outputName();
            const double cpuBefore = childrenCpuMs();
            cliWall.append(1000
                           * bench::timeRun(
                               {cli,
                                QByteArrayList {"consolidate", "--trust", local(data.caFile),
                                                "--identity", local(data.leadIdentity),
                                                "--passphrase-file", local(data.leadPassphraseFile),
                                                "--yes", "--out", local(consolidated)}
                                    + packages,
                                {}}));
            cliCpu.append(childrenCpuMs() - cpuBefore);
        }
    }

    std::printf(
        "\nRepository: %d files, commit %s\nPackages (%d auditors, policy finding-lines):\n",
        data.repositoryFiles, data.commit.left(12).constData(), int(data.packages.size()));
    qint64 total = 0;
    for (int i = 0; i < data.packages.size(); ++i) {
        if (i == 0 || i + 1 == data.packages.size())
            printPackage(qPrintable(QFileInfo(data.packages.at(i)).fileName()),
                         data.packages.at(i));
        total += QFileInfo(data.packages.at(i)).size();
    }
    std::printf("  all ten          %7.2f MB\n", double(total) / 1e6);
    if (!consolidated.isEmpty())
        printPackage("consolidated", consolidated);
    for (const QByteArray &note : groupings.notes()) {
        const QByteArrayList fields = note.split(' ');
        if (fields.first() == "groups" && fields.size() == 6) {
            std::printf("Groups: %s candidates, %s groups of %s findings (%s links, the largest "
                        "group %s findings)\n",
                        fields.at(1).constData(), fields.at(2).constData(),
                        fields.at(3).constData(), fields.at(4).constData(),
                        fields.at(5).constData());
        } else if (fields.first() == "decisions" && fields.size() == 3) {
            std::printf("Decisions: %s consolidated findings, %s of them merges\n",
                        fields.at(1).constData(), fields.at(2).constData());
            break;
        }
    }

    if (intakes.runs() > 0)
        intakes.print("1. Intake: PackageIntake::take of the ten packages");
    if (groupings.runs() > 0)
        groupings.print("2. Grouping (\"open\" is the intake, not measured here)");
    if (exports.runs() > 0)
        exports.print("3. Consolidated export (\"open\" is the intake and the decisions)");
    if (leads.runs() > 0)
        leads.print("5. Lead workspace: import, load, 2 x 20 decisions of the lead stored");

    std::printf("\nFigures (wall-clock medians with the fastest and slowest run; processor "
                "time of the process, all threads)\n");
    machine.print();
    const QStringList exportStages {QStringLiteral("log"), QStringLiteral("build"),
                                    QStringLiteral("archive"), QStringLiteral("write")};
    if (intakes.runs() > 0)
        bench::printFigure("import and verify all", intakes.sum({QStringLiteral("intake")}, false),
                           intakes.sum({QStringLiteral("intake")}, true), intakeTarget);
    if (groupings.runs() > 0) {
        bench::printFigure("automatic grouping (propose)",
                           groupings.sum({QStringLiteral("propose")}, false),
                           groupings.sum({QStringLiteral("propose")}, true), groupingTarget);
        bench::printFigure("automatic decisions (decide)",
                           groupings.sum({QStringLiteral("decide")}, false),
                           groupings.sum({QStringLiteral("decide")}, true), groupingTarget);
    }
    if (exports.runs() > 0)
        bench::printFigure("consolidated export", exports.sum(exportStages, false),
                           exports.sum(exportStages, true), exportTarget);
    for (const char *stage : {"decide-uncached", "decide-cached"}) {
        if (leads.runs() == 0)
            break;
        QVector<double> wall = leads.sum({QLatin1String(stage)}, false);
        QVector<double> cpu = leads.sum({QLatin1String(stage)}, true);
        for (double &each : wall)
            each /= leadDecisions;
        for (double &each : cpu)
            each /= leadDecisions;
        bench::printFigure(
            qPrintable(QStringLiteral("a lead's decision stored (%1)").arg(QLatin1String(stage))),
            wall, cpu, leadDecisionTarget);
    }
    if (!cliWall.isEmpty()) {
        bench::printFigure("clearroom-cli consolidate --yes", cliWall, cliCpu,
                           intakeTarget + groupingTarget + exportTarget);
        std::printf("  (the whole command's target is the sum of the three)\n");
    }
    return 0;
}
