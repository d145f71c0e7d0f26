// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// bench_package [--regenerate] [--runs N] [--only export|verify|cli]
// A review package at the size issue 5 sets: a workspace of 10,000 findings over a
// generated repository, exported under the egress policy "finding-lines" and signed by
// an auditor of a test authority (tests/common/testpki). Times the export as
// `clearroom-cli export` does it (ReviewCollector::collect, PackageBuilder::build, the
// preview, PackageBuilder::archive, MediaWriter::write with PackageVerifier::verify of
// the file read back) and PackageVerifier::verify alone, each run in a child process of
// its own so that its peak memory (VmHWM) is its own, and prints both with the package's
// size and its largest entry: the export's memory must be bounded by its largest entry
// (each entry is made once into a spool file and copied from there), not the package. Then times
// `clearroom-cli export --yes` and `clearroom-cli verify` as processes on the same data.
//
// The repository and workspace take a minute to make, so they are kept in
// $CLEARROOM_BENCH_CACHE (default: the temporary folder) under a name with
// generatorVersion, with the workspace's SHA-256: a cache that does not match is made anew.
#include "benchmark.h"
#include "childstages.h"
#include "coveragestore.h"
#include "database.h"
#include "exportpreview.h"
#include "findingstore.h"
#include "historybuilder.h"
#include "identity.h"
#include "locationreader.h"
#include "mediawriter.h"
#include "packagebuilder.h"
#include "packageentries.h"
#include "packageverifier.h"
#include "process.h"
#include "reportwriter.h"
#include "repository.h"
#include "repositoryidentity.h"
#include "reviewcollector.h"
#include "sarifwriter.h"
#include "scratchdirectory.h"
#include "sha256.h"
#include "testpki.h"
#include "trustconfiguration.h"
#include "truststore.h"
#include "workspace.h"
#include "workspacebatches.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMap>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <memory>

using namespace clearroom;
using namespace clearroom::review;

namespace {

// Change whenever the generated repository or workspace would differ.
constexpr int generatorVersion = 1;
constexpr int findingCount = 10000;
constexpr int folderCount = 150;
constexpr int filesPerFolder = 20; // 3,000 files, about 800,000 lines
constexpr int actionsPerTransaction = 500; // while generating only

const QString repositoryName = QStringLiteral("firmware");
const QByteArray policyJson
    = R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})";

template<size_t N>
QByteArray pick(QRandomGenerator &random, const char *const (&words)[N])
{
    return words[random.bounded(int(N))];
}

const char *const areas[] = {"net",  "crypto", "storage", "parser", "usb",    "bt",
                             "wifi", "power",  "audio",   "update", "config", "ipc"};
const char *const stems[]
    = {"buffer", "packet",  "frame",   "header",  "token",  "state", "queue", "table",
       "record", "message", "channel", "context", "handle", "block", "chunk"};
const char *const verbs[] = {"parse",  "read",   "decode", "copy", "verify", "load",
                             "append", "resize", "split",  "free", "check",  "update"};
const char *const fields[] = {"len", "offset", "count", "flags", "state", "crc", "seq", "data"};
const char *const sentences[]
    = {"The length field is taken from the packet without checking it against the buffer.",
       "An attacker who controls the input can make the loop run past the end of the array.",
       "The return value is ignored, so a failed read leaves the structure half initialised.",
       "The object is freed on the error path but the caller keeps using its pointer.",
       "Because the size is multiplied before the check, the allocation can wrap around.",
       "This code runs with the privileges of the service, which makes the impact higher.",
       "Reproduced with a crafted input of 70 bytes; the crash is reliable under ASan.",
       "Locking is taken only on the write side, so readers may see a torn update."};
const int cwes[] = {0, 20, 22, 119, 120, 125, 190, 200, 362, 400, 401, 415, 416, 476, 787};

QByteArray filePath(int folder, int file)
{
    return QByteArray("src/") + areas[folder % int(std::size(areas))] + "/m"
        + QByteArray::number(folder) + '/' + stems[file % int(std::size(stems))] + '_'
        + QByteArray::number(file) + ".c";
}

QByteArray number(QRandomGenerator &random, int bound)
{
    return QByteArray::number(random.bounded(bound));
}

// C-like code: functions of statements whose numbers make most lines unique, and the
// lines every C file repeats ("}", "return 0;", blank lines).
QByteArray sourceFile(QRandomGenerator &random, int folder, int file)
{
    const double skew = random.generateDouble();
    const int lineCount = 40 + int(skew * skew * 700);
    QByteArray text = "/* Module " + QByteArray::number(folder) + '.' + QByteArray::number(file)
        + " of the firmware. */\n\n#include \"common.h\"\n\n";
    int lines = 4;
    for (int function = 0; lines < lineCount; ++function) {
        const QByteArray name = pick(random, verbs) + '_' + pick(random, stems) + '_'
            + QByteArray::number(folder * 100 + file) + '_' + QByteArray::number(function);
        text += "static int " + name + "(struct ctx *ctx, const uint8_t *buf, size_t len)\n{\n";
        lines += 2;
        for (int statement = random.bounded(4, 30); statement > 0; --statement) {
            const QByteArray field = pick(random, fields);
            switch (random.bounded(7)) {
            case 0:
                text += "    size_t " + field + '_' + number(random, 100) + " = "
                    + number(random, 4096) + ";\n";
                break;
            case 1:
                text += "    if (" + pick(random, verbs) + '_' + pick(random, stems)
                    + "(ctx, buf + " + number(random, 512)
                    + ", len) < 0)\n        return -EINVAL;\n";
                ++lines;
                break;
            case 2:
                text += "    memcpy(ctx->" + field + ", buf + " + number(random, 512) + ", "
                    + number(random, 64) + ");\n";
                break;
            case 3:
                text += "    ctx->" + field + " += " + pick(random, verbs) + "_u32(buf, "
                    + number(random, 1024) + ");\n";
                break;
            case 4:
                text += "    /* " + pick(random, verbs) + " the " + pick(random, stems)
                    + " before the " + pick(random, stems) + " is used */\n";
                break;
            case 5:
                text += '\n';
                break;
            default:
                text += "    for (i = 0; i < " + number(random, 256) + "; ++i)\n        ctx->"
                    + field + "[i] = buf[i] ^ 0x" + QByteArray::number(random.bounded(256), 16)
                    + ";\n";
                ++lines;
                break;
            }
            ++lines;
        }
        text += "    return 0;\n}\n\n";
        lines += 3;
    }
    return text;
}

void inBatches(Workspace &workspace, int count, const std::function<Result<void>(int)> &action)
{
    bench::inBatches(workspace, count, actionsPerTransaction, action);
}

using bench::check;

// Three to five consecutive lines of a file, as an auditor pastes them.
QString pastedLines(QRandomGenerator &random, const QByteArray &content, int nearLine)
{
    const QByteArrayList lines = content.split('\n');
    const int first = qBound(0, nearLine - 1, int(lines.size()) - 6);
    return QString::fromUtf8(lines.mid(first, random.bounded(3, 6)).join('\n'));
}

struct Generated
{
    QString repository;
    QString workspace;
    QByteArray commit;
};

void generate(const Generated &paths)
{
    QRandomGenerator random(20261128);
    test::HistoryBuilder history;
    test::HistoryBuilder::Commit commit;
    for (int folder = 0; folder < folderCount; ++folder) {
        for (int file = 0; file < filesPerFolder; ++file)
            commit.files.insert(filePath(folder, file), sourceFile(random, folder, file));
    }
    commit.message = "Firmware as delivered for the audit\n";
    history.setBranch("main", history.commit(commit));
    QString error;
    if (!history.create(paths.repository, true, &error))
        qFatal("cannot make the repository: %s", qPrintable(error));
    auto opened = git::Repository::open(paths.repository);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorMessage()));
    const git::Repository &repository = *opened;
    const auto commitId = repository.resolveCommit("main");
    const auto identity = git::RepositoryInspector::inspect(repository);
    if (!commitId || !identity)
        qFatal("cannot inspect the generated repository");
    std::printf("  repository: %d files\n", folderCount * filesPerFolder);
    std::fflush(stdout);

    auto clockTime = std::make_shared<QDateTime>(
        QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00.000Z"), Qt::ISODateWithMs));
    auto created = Workspace::create(paths.workspace, QStringLiteral("Firmware audit"),
                                     QStringLiteral("Ada Auditor"), [clockTime] {
                                         *clockTime = clockTime->addMSecs(1500);
                                         return *clockTime;
                                     });
    if (!created)
        qFatal("%s", qPrintable(created.errorMessage()));
    Workspace &workspace = **created;
    const QByteArray commitHex = commitId->toHex();
    check(workspace.addRepository(
              {repositoryName, paths.repository, identity->toJson(), commitHex, {}}),
          "adding the repository");

    // Files read once each, as the findings need them.
    const LocationReader reader(repository);
    QHash<QByteArray, LocationReader::File> files;
    const auto fileAt = [&](const QByteArray &path) -> const LocationReader::File & {
        auto it = files.find(path);
        if (it == files.end()) {
            auto read = reader.file(*commitId, path);
            if (!read)
                qFatal("%s", qPrintable(read.errorMessage()));
            it = files.insert(path, *read);
        }
        return *it;
    };
    const auto location = [&](const QByteArray &path) {
        const LocationReader::File &file = fileAt(path);
        const int lines = int(file.content.count('\n'));
        const int start = random.bounded(1, qMax(2, lines - 14));
        auto located = LocationReader::locate(file, start, start + random.bounded(0, 12));
        if (!located)
            qFatal("%s", qPrintable(located.errorMessage()));
        return *located;
    };
    const auto anyPath = [&](bool skewed) {
        // Some files collect many findings: a square skews the choice to the first ones.
        const double skew = random.generateDouble();
        const int index = int((skewed ? skew * skew : skew) * folderCount * filesPerFolder);
        return filePath(index / filesPerFolder, index % filesPerFolder);
    };

    inBatches(workspace, findingCount, [&](int) -> Result<void> {
        Finding finding;
        finding.repository = repositoryName;
        finding.commit = commitHex;
        finding.locations.append(location(anyPath(true)));
        if (random.bounded(100) < 15) {
            for (int extra = random.bounded(1, 4); extra > 0; --extra)
                finding.locations.append(location(anyPath(false)));
        }
        const FindingLocation &primary = finding.locations.first();
        finding.title = QStringLiteral("Unchecked length in %1, line %2")
                            .arg(QString::fromUtf8(primary.path))
                            .arg(primary.startLine);
        for (int paragraph = random.bounded(1, 4); paragraph > 0; --paragraph) {
            for (int sentence = random.bounded(2, 5); sentence > 0; --sentence)
                finding.description
                    += QString::fromUtf8(pick(random, sentences)) + QLatin1Char(' ');
            finding.description += QStringLiteral("\n\n");
        }
        // One in twenty pastes the code it is about: the preview flags it.
        if (random.bounded(100) < 5)
            finding.description += QStringLiteral("```c\n")
                + pastedLines(random, fileAt(primary.path).content, primary.startLine)
                + QStringLiteral("\n```\n");
        finding.recommendation = QStringLiteral("Check the length against the buffer's size "
                                                "before copying, and fail closed.");
        finding.severity = Severity(random.bounded(int(Severity::Critical) + 1));
        finding.cwe = cwes[random.bounded(int(std::size(cwes)))];
        auto id = workspace.findings().add(finding);
        if (!id)
            return id.error();
        return bench::discuss(workspace.findings(), random, *id,
                              [&] { return QString::fromUtf8(pick(random, sentences)); });
    });
    std::printf("  %d findings\n", findingCount);
    std::fflush(stdout);

    // "Mark folder reviewed" for most folders: most of their files, in a few ranges each.
    int rangeCount = 0;
    inBatches(workspace, folderCount, [&](int folder) -> Result<void> {
        QVector<CoverageRange> ranges;
        for (int file = 0; file < filesPerFolder; ++file) {
            if (random.bounded(100) >= 70)
                continue;
            const QByteArray path = filePath(folder, file);
            const int lines = int(fileAt(path).content.count('\n'));
            for (int line = 1; line < lines;) {
                CoverageRange covered;
                covered.repository = repositoryName;
                covered.commit = commitHex;
                covered.path = path;
                covered.startLine = line;
                covered.endLine = qMin(lines, line + random.bounded(10, 120));
                line = covered.endLine + random.bounded(1, 30);
                ranges.append(covered);
            }
        }
        rangeCount += int(ranges.size());
        return workspace.coverage().mark(repositoryName, commitHex, ranges);
    });
    std::printf("  %d coverage ranges\n", rangeCount);
    check(workspace.database().execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")),
          "checkpointing");
}

QByteArray fileSha256(const QString &fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    crypto::Sha256 hash;
    while (!file.atEnd())
        hash.add(file.read(1 << 20));
    return hash.hex();
}

// The cached repository and workspace, made when missing or when the workspace's SHA-256
// (recorded when it was made) or the repository's commit no longer match.
Generated cachedData(bool regenerate)
{
    QString folder = qEnvironmentVariable("CLEARROOM_BENCH_CACHE");
    if (folder.isEmpty())
        folder = QDir::tempPath();
    const QString cache
        = folder + QStringLiteral("/clearroom-bench-package-v%1").arg(generatorVersion);
    Generated data {
        cache + QStringLiteral("/firmware.git"), cache + QStringLiteral("/review.clearroom"), {}};
    const QString checksums = cache + QStringLiteral("/checksums");
    QFile recorded(checksums);
    if (!regenerate && recorded.open(QIODevice::ReadOnly)) {
        const QByteArrayList fields = recorded.readAll().split(' ');
        auto repository = git::Repository::open(data.repository);
        const auto head
            = repository ? repository->resolveCommit("main") : Result<git::ObjectId>(Error {});
        if (fields.size() == 2 && head && head->toHex() == fields.at(1).trimmed()
            && fileSha256(data.workspace) == fields.at(0)) {
            data.commit = fields.at(1).trimmed();
            return data;
        }
        std::printf("The cached data in %s does not match its checksums: made anew.\n",
                    qPrintable(cache));
    }
    recorded.close();
    test::removeTree(cache);
    if (!QDir().mkpath(cache))
        qFatal("cannot create %s", qPrintable(cache));
    std::printf("Generating %s (once; kept for later runs)...\n", qPrintable(cache));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    generate(data);
    auto repository = git::Repository::open(data.repository);
    data.commit = repository->resolveCommit("main")->toHex();
    // Written last, so that an interrupted run leaves nothing to reuse.
    QFile out(checksums);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(fileSha256(data.workspace) + ' ' + data.commit) < 0)
        qFatal("cannot write %s", qPrintable(checksums));
    std::printf("  generated in %.0f s\n", double(timer.elapsed()) / 1000);
    return data;
}

// ---- In a child process: one export or one verification, timed stage by stage.

// Each stage timed, its peak reset before it, as bench_consolidation's children do.
constexpr auto stage = &bench::measureStage;
using bench::valueOf;

int childExport(const QStringList &arguments)
{
    // WORKSPACE IDENTITY PASSPHRASE POLICY OUT
    const QString identityFile = arguments.at(1);
    const QByteArray passphrase = arguments.at(2).toUtf8();
    std::unique_ptr<Workspace> workspace;
    std::optional<crypto::Identity> identity;
    std::optional<package::EgressPolicy> policy;
    std::optional<package::TrustConfiguration> trust;
    stage("open", [&] {
        policy = valueOf(package::EgressPolicy::fromFile(arguments.at(3)), "policy");
        workspace = valueOf(Workspace::open(arguments.at(0)), "workspace");
        identity = valueOf(crypto::Identity::load(identityFile, passphrase), "identity");
        QVector<crypto::Certificate> anchors;
        for (const crypto::Certificate &member : identity->chain()) {
            if (member.isSelfSigned())
                anchors.append(member);
        }
        trust = package::TrustConfiguration::fromStore(
            valueOf(crypto::TrustStore::make(anchors, {}), "trust"));
    });
    std::optional<package::CollectedReview> collected;
    stage("collect", [&] {
        collected = valueOf(package::ReviewCollector::collect(*workspace, *policy), "collect");
    });
    std::optional<package::PackageBuilder> builder;
    stage("build", [&] {
        builder.emplace(std::move(*collected), identity->certificate(),
                        QDateTime::currentDateTimeUtc());
        collected.reset();
        // As clearroom-cli export: the entries wait in the workspace's folder.
        builder->setSpoolFolder(QFileInfo(arguments.at(0)).absolutePath());
        check(builder->build(), "build");
    });
    stage("preview", [&] {
        const QByteArray preview = package::ExportPreview::text(*builder).toUtf8();
        if (preview.isEmpty())
            qFatal("no preview");
    });
    std::optional<package::ZipWriter> archive;
    stage("archive", [&] { archive = valueOf(builder->archive(*identity), "archive"); });
    stage("write", [&] {
        package::MediaWriter writer;
        check(writer.write(
                  arguments.at(4), [&](QIODevice &device) { return archive->write(device); },
                  [&](const QString &path) -> Result<void> {
                      auto verified = package::PackageVerifier::verify(path, *trust, {});
                      if (!verified)
                          return verified.error();
                      return {};
                  }),
              "write");
    });
    bench::reportPeak();
    return 0;
}

// bench_package --child entries WORKSPACE POLICY [PDF-OUT]: the entries, each made once (report.pdf
// from the report's HTML, as the build does), with the growth of the resident size while
// it is made: what the archive does for each while writing.
int childEntries(const QStringList &arguments)
{
    std::optional<package::CollectedReview> collected;
    stage("collect", [&] {
        const auto policy = valueOf(package::EgressPolicy::fromFile(arguments.at(1)), "policy");
        const auto workspace = valueOf(Workspace::open(arguments.at(0)), "workspace");
        collected = valueOf(package::ReviewCollector::collect(*workspace, policy), "collect");
    });
    const std::pair<const char *, std::function<QByteArray()>> makers[] = {
        {"coverage.json", [&] { return package::packageentries::coverageJson(*collected); }},
        {"findings.json",
         [&] { return package::packageentries::findingsJson(collected->content); }},
    };
    for (const auto &[name, make] : makers) {
        qint64 size = 0;
        stage(name, [&] { size = make().size(); });
        std::printf("size %s %lld\n", name, size);
    }
    // findings.sarif and report.html as build() makes them: in pieces into the spool.
    qint64 sarif = 0;
    qint64 html = 0;
    const auto counter = [](qint64 &size) {
        return [&size](const QByteArray &piece) -> Result<void> {
            size += piece.size();
            return {};
        };
    };
    stage("findings.sarif",
          [&] { check(package::SarifWriter::write(collected->content, counter(sarif)), "sarif"); });
    std::printf("size findings.sarif %lld\n", sarif);
    stage("report.html", [&] {
        check(package::ReportWriter::writeHtml(collected->content, {}, counter(html)),
              "report.html");
    });
    std::printf("size report.html %lld\n", html);
    // Both, as build() makes them: the HTML once, the PDF set from its pieces meanwhile.
    qint64 pdf = 0;
    QByteArray pdfSha256;
    QByteArray pdfBytes;
    stage("report.html+pdf", [&] {
        // The creation time the builder would give it.
        package::PackageContent content = collected->content;
        content.created = QDateTime(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);
        package::ReportJob report(content);
        qint64 again = 0;
        check(report.writeHtml(counter(again)), "report.html");
        pdfBytes = valueOf(report.takePdf(), "report.pdf");
    });
    // Outside the stage: Qt's SHA-256 is no part of making the report.
    pdf = pdfBytes.size();
    pdfSha256 = QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex();
    if (arguments.size() > 2) {
        // PDF-OUT: the PDF itself, to look into.
        QFile out(arguments.at(2));
        if (!out.open(QIODevice::WriteOnly) || out.write(pdfBytes) != pdfBytes.size())
            qFatal("cannot write %s", qPrintable(arguments.at(2)));
    }
    std::printf("size report.pdf %lld\n", pdf);
    // The same content and creation time give the same bytes: a changed digest between
    // two builds says the PDF changed.
    std::printf("sha256 report.pdf %s\n", pdfSha256.constData());
    return 0;
}

int childVerify(const QStringList &arguments)
{
    // PACKAGE CA
    std::optional<package::TrustConfiguration> trust;
    stage("open",
          [&] { trust = valueOf(package::TrustConfiguration::load(arguments.at(1)), "trust"); });
    stage("verify", [&] {
        valueOf(package::PackageVerifier::verify(arguments.at(0), *trust, {}), "verify");
    });
    bench::reportPeak();
    return 0;
}

// ---- In the parent: runs, medians, figures.

double megabytes(double kilobytes)
{
    return kilobytes / 1024;
}

// Prints each stage and the total (of the stages after "open", or with it when `withOpen`).
void printRuns(const char *title, const bench::ChildRuns &runs, double target, bool withOpen)
{
    std::printf("\n%s (%d runs, medians)\n", title, runs.runs());
    std::printf("  %-10s %10s %10s %12s %12s %12s\n", "stage", "wall", "cpu", "RSS before",
                "stage peak", "growth");
    QStringList counted;
    for (const QString &name : runs.order()) {
        if (withOpen || name != QLatin1String("open"))
            counted.append(name);
        const bench::ChildRuns::Stage stage = runs.stage(name);
        QVector<double> growth;
        for (int i = 0; i < stage.peak.size(); ++i)
            growth.append(stage.peak.at(i) - stage.rssBefore.at(i));
        std::printf("  %-10s %7.1f ms %7.1f ms %9.1f MB %9.1f MB %9.1f MB\n", qPrintable(name),
                    bench::median(stage.wall), bench::median(stage.cpu),
                    megabytes(bench::median(stage.rssBefore)), megabytes(bench::median(stage.peak)),
                    megabytes(bench::median(growth)));
    }
    const QVector<double> totals = runs.sum(counted, /*cpu=*/false);
    const QVector<double> cpuTotals = runs.sum(counted, /*cpu=*/true);
    const auto [low, high] = std::minmax_element(totals.cbegin(), totals.cend());
    const double median = bench::median(totals);
    std::printf("  %-10s %7.1f ms %7.1f ms (wall %.1f-%.1f ms)   target < %.0f ms: %s "
                "(processor time: %s)\n",
                withOpen ? "total" : "total*", median, bench::median(cpuTotals), *low, *high,
                target, median < target ? "ok" : "MISSED",
                bench::median(cpuTotals) < target ? "ok" : "MISSED");
    std::printf("  peak resident memory of the process (VmHWM): %.1f MB\n",
                megabytes(bench::median(runs.peaks())));
}

// Whether the export's memory is bounded by its largest entry: the peak of the stages
// after "collect" (build, preview, archive, write) above the resident size once the
// review was collected (the input every stage reads), set against the largest entry and
// the whole package.
void printMemoryBound(const bench::ChildRuns &runs, qint64 largestEntry, qint64 packageSize)
{
    const bench::ChildRuns::Stage collected = runs.stage(QStringLiteral("build"));
    QVector<double> beyond;
    for (int i = 0; i < collected.rssBefore.size(); ++i) {
        double peak = 0;
        for (const QString &name : runs.order()) {
            if (name == QLatin1String("open") || name == QLatin1String("collect"))
                continue;
            const bench::ChildRuns::Stage stage = runs.stage(name);
            if (i < stage.peak.size())
                peak = qMax(peak, stage.peak.at(i));
        }
        beyond.append(peak - collected.rssBefore.at(i));
    }
    if (beyond.isEmpty())
        return;
    const double growth = bench::median(beyond) * 1024; // bytes
    std::printf("  memory after collect (build to write), above the collected review: "
                "%.1f MB = %.2f x the largest entry (%.1f MB), %.2f x the package (%.1f MB)\n",
                growth / 1e6, growth / double(largestEntry), double(largestEntry) / 1e6,
                growth / double(packageSize), double(packageSize) / 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    // An export lays out report.pdf, which needs QtGui's fonts: as clearroom-cli export,
    // the export and entries children get a QGuiApplication on the offscreen platform.
    const bool exportChild = argc > 2 && qstrcmp(argv[1], "--child") == 0
        && (qstrcmp(argv[2], "export") == 0 || qstrcmp(argv[2], "entries") == 0);
    std::unique_ptr<QCoreApplication> application;
    if (exportChild) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.value(1) == QLatin1String("--child")) {
        const QStringList rest = arguments.mid(3);
        if (arguments.value(2) == QLatin1String("entries"))
            return childEntries(rest);
        return arguments.value(2) == QLatin1String("export") ? childExport(rest)
                                                             : childVerify(rest);
    }
    const bench::MachineCheck machine;
    const bool regenerate = arguments.contains(QStringLiteral("--regenerate"));
    const int runIndex = int(arguments.indexOf(QStringLiteral("--runs")));
    const int runs = runIndex > 0 ? arguments.value(runIndex + 1).toInt() : 5;
    const int onlyIndex = int(arguments.indexOf(QStringLiteral("--only")));
    const QString only = onlyIndex > 0 ? arguments.value(onlyIndex + 1) : QString();
    const auto measures
        = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    if (qEnvironmentVariableIsEmpty("CLEARROOM_SOURCE_DIR"))
        qputenv("CLEARROOM_SOURCE_DIR", CLEARROOM_BENCH_SOURCE_DIR);

    const Generated data = cachedData(regenerate);
    test::ScratchDirectory scratch;
    // Clearroom's caches in a folder of the benchmark's own, never the user's: a record of
    // the repository's objects verified once left there would spare the export hashing
    // them, and the figures would depend on what ran before.
    bench::useBenchCacheFolder(scratch.filePath(QStringLiteral("cache")));
    const QString pkiFolder = scratch.filePath(QStringLiteral("pki"));
    QDir().mkpath(pkiFolder);
    test::TestPki pki(pkiFolder);
    const test::IssuedIdentity auditor
        = pki.issue(QStringLiteral("Ada Auditor"), test::TestPki::Role::Auditor);
    if (!pki.isValid())
        qFatal("%s", qPrintable(pki.error()));
    const QString policyFile = scratch.filePath(QStringLiteral("policy.json"));
    const QString passphraseFile = scratch.filePath(QStringLiteral("passphrase"));
    QFile policy(policyFile), passphrase(passphraseFile);
    if (!policy.open(QIODevice::WriteOnly) || policy.write(policyJson) < 0
        || !passphrase.open(QIODevice::WriteOnly)
        || passphrase.write(auditor.passphrase + '\n') < 0)
        qFatal("cannot write into %s", qPrintable(scratch.path()));
    policy.close();
    passphrase.close();

    // Each run on a copy of the workspace (opening it may write its journal), into a new
    // package file (a package is never replaced).
    int serial = 0;
    const auto freshCopy = [&] {
        const QString copy = scratch.filePath(QStringLiteral("run%1.clearroom").arg(++serial));
        if (!QFile::copy(data.workspace, copy))
            qFatal("cannot copy %s", qPrintable(data.workspace));
        return copy;
    };
    const auto packageName
        = [&] { return scratch.filePath(QStringLiteral("run%1.crpkg").arg(++serial)); };
    const auto local = [](const QString &name) { return QFile::encodeName(name); };

    bench::ChildRuns exports;
    QString package;
    if (measures("export") || measures("verify")) {
        for (int run = 0; run < (measures("export") ? runs : 1); ++run) {
            const QString workspace = freshCopy();
            package = packageName();
            exports.run({"--child", "export", local(workspace), local(auditor.pkcs12File),
                         auditor.passphrase, local(policyFile), local(package)});
            QFile::remove(workspace);
        }
    }
    bench::ChildRuns verifies;
    if (measures("verify")) {
        for (int run = 0; run < runs; ++run)
            verifies.run({"--child", "verify", local(package), local(pki.caFile())});
    }

    QVector<double> cliExport, cliVerify;
    if (measures("cli")) {
        const QByteArray cli = CLEARROOM_BENCH_CLI;
        QString cliPackage;
        for (int run = 0; run < runs; ++run) {
            const QString workspace = freshCopy();
            cliPackage = packageName();
            cliExport.append(bench::timeRun(
                {cli,
                 {"export", local(workspace), "--identity", local(auditor.pkcs12File),
                  "--passphrase-file", local(passphraseFile), "--policy", local(policyFile),
                  "--yes", "--out", local(cliPackage)},
                 {}}));
            QFile::remove(workspace);
            if (run + 1 < runs)
                QFile::remove(cliPackage);
        }
        for (int run = 0; run < runs; ++run)
            cliVerify.append(bench::timeRun(
                {cli, {"verify", local(cliPackage), "--trust", local(pki.caFile())}, {}}));
        if (package.isEmpty())
            package = cliPackage;
    }

    // What the package holds.
    std::printf("\nRepository: %d files; workspace: %d findings, %.1f MB; policy: finding-lines\n",
                folderCount * filesPerFolder, findingCount,
                double(QFileInfo(data.workspace).size()) / 1e6);
    auto manifest = package::PackageVerifier::readManifest(package);
    if (!manifest)
        qFatal("%s", qPrintable(manifest.errorMessage()));
    qint64 largest = 0;
    std::printf("Package: %.1f MB\n", double(QFileInfo(package).size()) / 1e6);
    for (const package::ManifestEntry &entry : manifest->entries) {
        std::printf("  %-22s %10.1f MB\n", qPrintable(entry.path), double(entry.size) / 1e6);
        largest = qMax(largest, entry.size);
    }
    std::printf("  largest entry %.1f MB\n", double(largest) / 1e6);

    if (exports.runs() > 0) {
        printRuns("Export through the library, as clearroom-cli export does it", exports, 2000,
                  false);
        printMemoryBound(exports, largest, QFileInfo(package).size());
    }
    if (verifies.runs() > 0) {
        printRuns("PackageVerifier::verify", verifies, 1000, false);
        const bench::ChildRuns::Stage verifying = verifies.stage(QStringLiteral("verify"));
        QVector<double> growth;
        for (int i = 0; i < verifying.peak.size(); ++i)
            growth.append((verifying.peak.at(i) - verifying.rssBefore.at(i)) * 1024);
        const double grown = bench::median(growth);
        std::printf("  memory while verifying, above the opened trust: %.1f MB = %.2f x the "
                    "largest entry (%.1f MB), %.3f x the package (%.1f MB)\n",
                    grown / 1e6, grown / double(largest), double(largest) / 1e6,
                    grown / double(QFileInfo(package).size()),
                    double(QFileInfo(package).size()) / 1e6);
    }
    if (exports.runs() > 0 || verifies.runs() > 0)
        std::printf("  (total*: without \"open\": reading the policy, the workspace, the "
                    "identity and the CA)\n");
    machine.print();
    if (!cliExport.isEmpty()) {
        std::printf("\nclearroom-cli as a process (%d runs, medians of wall time)\n", runs);
        std::printf("  export --yes  %7.1f ms   target < 2000 ms: %s\n",
                    bench::median(cliExport) * 1000,
                    bench::median(cliExport) < 2 ? "ok" : "MISSED");
        std::printf("  verify        %7.1f ms   target < 1000 ms: %s\n",
                    bench::median(cliVerify) * 1000,
                    bench::median(cliVerify) < 1 ? "ok" : "MISSED");
    }
    return 0;
}
