// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_workspace [--regenerate] [--runs N] [--only open|filter|add|verify]
// A review workspace at the size issue 4 sets: 100,000 findings and 1,000,000 coverage
// ranges. Times opening it and reading every finding (what the findings panel needs),
// each filter of the panel over all findings, adding one finding (its own transaction,
// synchronous=FULL) and verifying the whole audit log, and prints them with the targets.
//
// The workspace is generated through FindingStore and CoverageStore (so its audit log
// is real) but without a repository: locations carry made-up blob ids and digests. It
// takes minutes, so it is kept in $CLEARROOM_BENCH_CACHE (default: the temporary
// folder) under a name with generatorVersion, and each run works on a copy of it.
#include "auditverifier.h"
#include "benchmark.h"
#include "coveragestore.h"
#include "database.h"
#include "findingfilter.h"
#include "findingstore.h"
#include "findingtextindex.h"
#include "scratchdirectory.h"
#include "statement.h"
#include "workspace.h"
#include "workspacebatches.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace clearroom;
using namespace clearroom::review;

namespace {

// Change whenever the generated workspace would differ (its content or its format).
constexpr int generatorVersion = 1;
constexpr int findingCount = 100000;
constexpr int folderCount = 10000; // each marked reviewed in one action
constexpr int filesPerFolder = 20;
constexpr int rangesPerFile = 5; // 100 ranges an action, 1,000,000 in all
constexpr int findingPathCount = 3000;
constexpr int actionsPerTransaction = 500; // while generating only

const QString repositoryName = QStringLiteral("firmware");
const QByteArray commit = AuditLog::sha256Hex("commit under review").left(40);

template<size_t N>
QString pick(QRandomGenerator &random, const char *const (&words)[N])
{
    return QLatin1String(words[random.bounded(int(N))]);
}

const char *const areas[]
    = {"net",     "crypto", "storage", "parser", "ui",     "auth",   "util", "kernel", "drivers",
       "media",   "sync",   "update",  "config", "ipc",    "fs",     "usb",  "bt",     "wifi",
       "sensors", "power",  "audio",   "video",  "render", "script", "db"};
const char *const parts[]
    = {"core",    "impl",     "common",  "legacy", "platform", "proto",  "codec",
       "cache",   "io",       "session", "policy", "worker",   "stream", "buffer",
       "handler", "registry", "loader",  "server", "client",   "test"};
const char *const stems[] = {"main",  "buffer", "packet", "frame",   "header",  "token",   "state",
                             "queue", "table",  "record", "message", "channel", "context", "handle",
                             "entry", "block",  "chunk",  "index",   "string",  "map"};
const char *const extensions[] = {"c", "cpp", "h", "rs", "go"};
const char *const functions[] = {"parse_header", "read_chunk",    "decode_frame",   "copy_name",
                                 "verify_token", "load_config",   "handle_request", "open_file",
                                 "append_entry", "resize_buffer", "split_path",     "free_session"};
const char *const titles[] = {"Unchecked return value of %1()",
                              "Integer overflow in %1()",
                              "Out-of-bounds read in %1()",
                              "Use after free in %1()",
                              "Missing length check before memcpy in %1()",
                              "Path traversal through %1()",
                              "Hard-coded key used by %1()",
                              "Race between %1() and its caller",
                              "Null dereference in %1()",
                              "Unbounded allocation in %1()"};
const char *const sentences[]
    = {"The length field is taken from the packet without checking it against the buffer.",
       "An attacker who controls the input can make the loop run past the end of the array.",
       "The return value is ignored, so a failed read leaves the structure half initialised.",
       "The object is freed on the error path but the caller keeps using its pointer.",
       "Because the size is multiplied before the check, the allocation can wrap around.",
       "The function trusts a name that comes straight from the archive's directory.",
       "This code runs with the privileges of the service, which makes the impact higher.",
       "The same pattern appears in the older copy of this module, see the legacy folder.",
       "Reproduced with a crafted input of 70 bytes; the crash is reliable under ASan.",
       "Locking is taken only on the write side, so readers may see a torn update."};
const int cwes[] = {0,   20,  22,  78,  79,  89,  119, 120, 125, 190, 200, 287,
                    295, 327, 362, 400, 401, 415, 416, 476, 787, 798, 862};

QByteArray folderPath(int folder)
{
    const int areaCount = int(std::size(areas));
    const int partCount = int(std::size(parts));
    return QByteArray("src/") + areas[folder % areaCount] + '/'
        + parts[(folder / areaCount) % partCount] + '/' + "m"
        + QByteArray::number(folder / (areaCount * partCount));
}

QByteArray filePath(int folder, int file)
{
    return folderPath(folder) + '/' + stems[file % int(std::size(stems))] + '.'
        + extensions[(folder + file) % int(std::size(extensions))];
}

QByteArray codeLines(QRandomGenerator &random, int count)
{
    QByteArray lines;
    for (int i = 0; i < count; ++i) {
        lines += "    if (" + QByteArray(functions[random.bounded(int(std::size(functions)))])
            + "(ctx, buf, len) < 0)\n";
    }
    return lines;
}

FindingLocation makeLocation(QRandomGenerator &random, const QByteArray &path)
{
    FindingLocation location;
    location.path = path;
    location.blobId = AuditLog::sha256Hex(path).left(40);
    location.startLine = random.bounded(1, 2000);
    location.endLine = location.startLine + random.bounded(0, 15);
    location.excerptDigest = AuditLog::sha256Hex(path + QByteArray::number(location.startLine));
    location.contextBefore = codeLines(random, FindingLocation::ContextLines);
    location.contextAfter = codeLines(random, FindingLocation::ContextLines);
    return location;
}

Finding makeFinding(QRandomGenerator &random, const QVector<QByteArray> &paths)
{
    Finding finding;
    finding.repository = repositoryName;
    finding.commit = commit;
    // Some files collect many findings: a square skews the choice to the first paths.
    const double skew = random.generateDouble();
    finding.locations.append(makeLocation(random, paths.at(int(skew * skew * paths.size()))));
    if (random.bounded(100) < 15) {
        for (int extra = random.bounded(1, 4); extra > 0; --extra)
            finding.locations.append(makeLocation(random, paths.at(random.bounded(paths.size()))));
    }
    finding.title = pick(random, titles).arg(pick(random, functions));
    for (int paragraph = random.bounded(1, 4); paragraph > 0; --paragraph) {
        for (int sentence = random.bounded(2, 5); sentence > 0; --sentence)
            finding.description += pick(random, sentences) + QLatin1Char(' ');
        finding.description += QStringLiteral("\n\n");
    }
    finding.description += QStringLiteral("```c\n") + QString::fromUtf8(codeLines(random, 3))
        + QStringLiteral("```\n");
    finding.recommendation = QStringLiteral("Check the length against the buffer's size "
                                            "before copying, and fail closed.");
    const int severity = random.bounded(100);
    finding.severity = severity < 15 ? Severity::Info
        : severity < 45              ? Severity::Low
        : severity < 75              ? Severity::Medium
        : severity < 95              ? Severity::High
                                     : Severity::Critical;
    finding.cwe = cwes[random.bounded(int(std::size(cwes)))];
    return finding;
}

void inBatches(Workspace &workspace, int count, const std::function<Result<void>(int)> &action)
{
    bench::inBatches(workspace, count, actionsPerTransaction, action);
}

using bench::check;

void generate(const QString &fileName)
{
    QRandomGenerator random(20260105);
    auto clockTime = std::make_shared<QDateTime>(
        QDateTime::fromString(QStringLiteral("2026-01-05T09:00:00.000Z"), Qt::ISODateWithMs));
    auto created = Workspace::create(fileName, QStringLiteral("Firmware audit"),
                                     QStringLiteral("Ada Auditor"), [clockTime] {
                                         *clockTime = clockTime->addMSecs(1500);
                                         return *clockTime;
                                     });
    if (!created)
        qFatal("%s", qPrintable(created.errorMessage()));
    Workspace &workspace = **created;
    check(workspace.addRepository({repositoryName,
                                   QStringLiteral("/srv/review/firmware"),
                                   "{\"kind\":\"bench\"}",
                                   commit,
                                   {}}),
          "adding the repository");

    QVector<QByteArray> paths;
    for (int i = 0; i < findingPathCount; ++i)
        paths.append(filePath(random.bounded(folderCount), random.bounded(filesPerFolder)));
    QVector<QString> ids;
    inBatches(workspace, findingCount, [&](int) -> Result<void> {
        auto id = workspace.findings().add(makeFinding(random, paths));
        if (!id)
            return id.error();
        ids.append(*id);
        // A thread under some findings, and a triage decision on others.
        return bench::discuss(workspace.findings(), random, *id,
                              [&] { return pick(random, sentences); });
    });
    std::printf("  %d findings\n", findingCount);
    std::fflush(stdout);

    // "Mark folder reviewed": every file of a folder, in the ranges between blank lines.
    inBatches(workspace, folderCount, [&](int folder) {
        QVector<CoverageRange> ranges;
        for (int file = 0; file < filesPerFolder; ++file) {
            int line = 1;
            for (int range = 0; range < rangesPerFile; ++range) {
                CoverageRange covered;
                covered.path = filePath(folder, file);
                covered.startLine = line;
                covered.endLine = line + random.bounded(5, 80);
                line = covered.endLine + 2;
                ranges.append(covered);
            }
        }
        return workspace.coverage().mark(repositoryName, commit, ranges);
    });
    std::printf("  %d coverage ranges\n", folderCount * filesPerFolder * rangesPerFile);
    check(workspace.database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
          "checkpointing");
}

QString cachedWorkspace(bool regenerate)
{
    QString folder = qEnvironmentVariable("CLEARROOM_BENCH_CACHE");
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QString fileName
        = folder + QStringLiteral("/clearroom-bench-workspace-v%1.clearroom").arg(generatorVersion);
    if (regenerate)
        QFile::remove(fileName);
    if (QFileInfo::exists(fileName))
        return fileName;
    std::printf("Generating %s (once; kept for later runs)...\n", qPrintable(fileName));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    // Generated under another name, so that an interrupted run leaves nothing to reuse.
    const QString partial = fileName + QStringLiteral(".partial");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(partial + QLatin1String(suffix));
    generate(partial);
    if (!QFile::rename(partial, fileName))
        qFatal("cannot rename %s", qPrintable(partial));
    std::printf("  generated in %.0f s\n", double(timer.elapsed()) / 1000);
    return fileName;
}

std::unique_ptr<Workspace> openWorkspace(const QString &fileName)
{
    auto opened = Workspace::open(fileName);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    return std::move(opened).value();
}

qint64 count(Workspace &workspace, const char *table)
{
    auto statement = workspace.database().prepare(QStringLiteral("SELECT count(*) FROM ")
                                                  + QLatin1String(table));
    if (!statement || !statement->step())
        qFatal("cannot count %s", table);
    return statement->integer(0);
}

// Hands what earlier runs freed back to the system (glibc consolidates freed memory
// lazily, billing the next big allocation for it), so that each run starts as a new
// process would.
void settle()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

// One measurement: wall-clock times, and the processor time the process spent meanwhile
// (all its threads; on a busy machine the wall-clock time says more about the machine).
struct Figure
{
    Figure(const QString &what, double target)
        : what(what)
        , target(target)
    {
    }

    QString what;
    double target = 0; // milliseconds
    QVector<double> times; // milliseconds
    QVector<double> cpuTimes;

    void measure(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        const std::clock_t cpu = std::clock();
        timer.start();
        work();
        times.append(double(timer.nsecsElapsed()) / 1e6);
        cpuTimes.append(double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
    }
};

void printFigures(const QVector<Figure> &figures)
{
    std::printf("\n%-44s %10s %19s %10s %10s\n", "measurement", "median", "min-max", "cpu",
                "target");
    for (const Figure &figure : figures) {
        const double median = bench::median(figure.times);
        const auto [low, high] = std::minmax_element(figure.times.cbegin(), figure.times.cend());
        std::printf("%-44s %7.1f ms %8.1f-%7.1f ms %7.1f ms %7.0f ms %s\n", qPrintable(figure.what),
                    median, *low, *high, bench::median(figure.cpuTimes), figure.target,
                    median < figure.target ? "ok" : "MISSED");
    }
}

// What the findings panel needs before it can show anything: the workspace open, every
// finding read (the model copies that vector) and the index its text filter searches
// (all of it on the session's worker thread).
Figure measureOpen(const QString &fileName, int runs, QVector<Finding> &findings)
{
    Figure open {QStringLiteral("open workspace + all findings + text index"), 1000};
    for (int run = 0; run < runs; ++run) {
        findings.clear();
        settle();
        open.measure([&] {
            auto workspace = openWorkspace(fileName);
            auto all = workspace->findings().all();
            if (!all)
                qFatal("%s", qPrintable(all.errorMessage()));
            findings = std::move(*all);
            const FindingTextIndex index(findings);
        });
    }
    return open;
}

// Each filter of the panel over every finding, as its proxy model applies it: the text
// looked up in the index built when the findings were loaded (on the session's worker).
QVector<Figure> measureFilters(const QVector<Finding> &findings, int runs)
{
    const FindingTextIndex index(findings);
    FindingFilter bySeverity;
    bySeverity.severities = {Severity::High, Severity::Critical};
    FindingFilter byStatus;
    byStatus.statuses = {FindingStatus::Open, FindingStatus::Disputed};
    FindingFilter byPath;
    byPath.path = QStringLiteral("CRYPTO/codec");
    FindingFilter byAuthor;
    byAuthor.author = QStringLiteral("Ada Auditor");
    FindingFilter byText;
    byText.text = QStringLiteral("Torn Update");
    FindingFilter byAll = bySeverity;
    byAll.statuses = byStatus.statuses;
    byAll.path = QStringLiteral("src/net");
    byAll.text = QStringLiteral("overflow");
    const std::pair<const char *, const FindingFilter *> filters[]
        = {{"severity", &bySeverity}, {"status", &byStatus}, {"path", &byPath},
           {"author", &byAuthor},     {"text", &byText},     {"all of them", &byAll}};
    QVector<Figure> figures;
    for (const auto &[name, filter] : filters) {
        Figure figure {QStringLiteral("filter by %1").arg(QLatin1String(name)), 50};
        int shown = 0;
        for (int run = 0; run < qMax(runs, 11); ++run) {
            QBitArray rows;
            figure.measure([&] { rows = filter->matching(findings, index); });
            shown = int(rows.count(true));
        }
        figure.what += QStringLiteral(" (%1 shown)").arg(shown);
        figures.append(figure);
    }
    return figures;
}

Figure measureAdd(Workspace &workspace)
{
    QRandomGenerator random(42);
    const QVector<QByteArray> paths = {filePath(7, 3), filePath(1234, 12), filePath(9999, 19)};
    Figure add {QStringLiteral("add a finding (own transaction)"), 10};
    for (int i = 0; i < 200; ++i) {
        const Finding finding = makeFinding(random, paths);
        add.measure([&] {
            if (auto id = workspace.findings().add(finding); !id)
                qFatal("%s", qPrintable(id.errorMessage()));
        });
    }
    return add;
}

Figure measureVerify(Workspace &workspace, int runs)
{
    Figure verify {QStringLiteral("verify the audit log"), 2000};
    qint64 entries = 0;
    for (int run = 0; run < runs; ++run) {
        settle();
        verify.measure([&] {
            auto verified = AuditVerifier::verify(workspace);
            if (!verified)
                qFatal("%s", qPrintable(verified.errorMessage()));
            entries = verified->entries;
        });
    }
    verify.what += QStringLiteral(" (%1 entries)").arg(entries);
    return verify;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool regenerate = arguments.contains(QStringLiteral("--regenerate"));
    const int runIndex = int(arguments.indexOf(QStringLiteral("--runs")));
    const int runs = runIndex > 0 ? arguments.value(runIndex + 1).toInt() : 5;
    const int onlyIndex = int(arguments.indexOf(QStringLiteral("--only")));
    const QString only = onlyIndex > 0 ? arguments.value(onlyIndex + 1) : QString();
    const auto measures
        = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };

    const QString cached = cachedWorkspace(regenerate);
    test::ScratchDirectory scratch;
    // Clearroom's caches in a folder of the benchmark's own, never the user's.
    bench::useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));
    const QString fileName = scratch.filePath(QStringLiteral("bench.clearroom"));
    if (!QFile::copy(cached, fileName))
        qFatal("cannot copy %s", qPrintable(cached));

    QVector<Figure> figures;
    QVector<Finding> findings;
    if (measures("open") || measures("filter")) {
        const Figure open = measureOpen(fileName, measures("open") ? runs : 1, findings);
        if (measures("open"))
            figures.append(open);
        if (findings.size() < findingCount)
            qFatal("the workspace holds %d findings", int(findings.size()));
    }
    if (measures("filter"))
        figures += measureFilters(findings, runs);
    auto workspace = openWorkspace(fileName);
    if (measures("add"))
        figures.append(measureAdd(*workspace));
    if (measures("verify"))
        figures.append(measureVerify(*workspace, qMin(runs, 3)));

    std::printf("Workspace: %lld findings, %lld locations, %lld comments, %lld coverage ranges, "
                "%lld audit entries, %.0f MB\n",
                count(*workspace, "finding"), count(*workspace, "location"),
                count(*workspace, "comment"), count(*workspace, "coverage"),
                count(*workspace, "audit_log"), double(QFileInfo(cached).size()) / 1e6);
    printFigures(figures);
    return 0;
}
