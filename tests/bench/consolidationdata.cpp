// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationdata.h"

#include "benchmark.h"
#include "childstages.h"
#include "findingstore.h"
#include "identity.h"
#include "locationreader.h"
#include "packagebuilder.h"
#include "packagedelivery.h"
#include "process.h"
#include "repository.h"
#include "repositoryidentity.h"
#include "reviewcollector.h"
#include "scratchdirectory.h"
#include "testpki.h"
#include "trustconfiguration.h"
#include "workspace.h"
#include "workspacebatches.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace clearroom::bench {

namespace {

using namespace clearroom::review;

// Change whenever the generated repository, PKI or packages would differ.
constexpr int generatorVersion = 1;
constexpr int componentCount = 100;
constexpr int filesPerComponent = 20; // 2,000 files, about 600,000 lines
constexpr int sharedPercent = 30; // of an auditor's findings: a problem another also reports
constexpr int maximumAgeDays = 365; // the test authority issues for 730 days

const QString repositoryName = QStringLiteral("firmware");
const char *const auditorNames[ConsolidationData::auditorCount]
    = {"Ada Auditor", "Bo Berg",     "Chiara Conti", "Dilan Demir",   "Emeka Eze",
       "Freya Falk",  "Goran Grbic", "Hana Horak",   "Ines Iglesias", "Jun Jiang"};

template<size_t N>
const char *anyOf(QRandomGenerator &random, const char *const (&words)[N])
{
    return words[random.bounded(int(N))];
}

const char *const components[] = {"radio", "modem", "sensor", "display", "codec", "boot",
                                  "flash", "gpio",  "timer",  "dma",     "can",   "lte"};
const char *const nouns[] = {"descriptor", "request", "reply",  "segment", "slot",   "entry",
                             "cursor",     "window",  "page",   "sample",  "event",  "command",
                             "record",     "frame",   "region", "key",     "buffer", "queue"};
const char *const actions[] = {"handle", "submit",  "poll",  "encode", "validate", "store",
                               "fetch",  "release", "reset", "map",    "scan",     "apply"};
const char *const registers[] = {"ctrl", "status", "irq", "fifo", "mask", "base", "limit"};

// What an auditor reports: a kind of problem, its CWE, a related CWE another auditor may
// name instead, and how the title starts.
struct Kind
{
    int cwe;
    int relatedCwe;
    const char *title;
};
const Kind kinds[] = {{787, 119, "Out-of-bounds write"},
                      {125, 119, "Out-of-bounds read"},
                      {190, 680, "Integer overflow in the size"},
                      {416, 825, "Use after free"},
                      {415, 672, "Double free"},
                      {476, 690, "NULL pointer dereference"},
                      {362, 367, "Race condition"},
                      {22, 73, "Path traversal"},
                      {252, 754, "Unchecked return value"},
                      {200, 532, "Information leak"},
                      {400, 770, "Unbounded resource consumption"},
                      {401, 772, "Memory leak"},
                      {327, 326, "Weak cryptography"},
                      {798, 259, "Hard-coded credentials"}};
// How different auditors word the same title.
const char *const titlePrefixes[] = {"", "Possible ", "Likely ", ""};
const char *const titleSuffixes[]
    = {"", " when the length comes from the host", " on the error path", " (reachable remotely)"};
const char *const sentences[]
    = {"The length comes from the peripheral and is never checked against the buffer's size.",
       "A device that answers with a crafted reply can make the loop run past the array's end.",
       "The error path releases the object, and the caller goes on using its pointer.",
       "Because the count is multiplied before the check, the allocation can wrap around.",
       "The handler runs in interrupt context with the lock held only on the writer's side.",
       "Reproduced on the evaluation board with a fuzzed reply of 96 bytes.",
       "The firmware runs this code before the signature of the update is checked.",
       "A failure here is reported to the host as success, which hides the fault."};

QByteArray pathOf(int component, int file)
{
    return QByteArray("lib/") + components[component % int(std::size(components))] + '/'
        + QByteArray::number(component) + '/' + nouns[file % int(std::size(nouns))] + '_'
        + actions[(file / int(std::size(nouns)) + component) % int(std::size(actions))] + '_'
        + QByteArray::number(file) + ".c";
}

// A driver-like C file: functions of register reads, bounds checks, copies and calls,
// with numbers that make most lines unique.
QByteArray driverSource(QRandomGenerator &random, int component, int file)
{
    const double skew = random.generateDouble();
    const int target = 60 + int(skew * skew * 840);
    const QByteArray device
        = QByteArray(components[component % int(std::size(components))]) + "_dev";
    QByteArray text = "// Driver " + QByteArray::number(component) + '/' + QByteArray::number(file)
        + " of the board support package.\n#include \"" + device + ".h\"\n\n";
    int lines = 3;
    for (int function = 0; lines < target; ++function) {
        text += "int " + QByteArray(anyOf(random, actions)) + '_' + anyOf(random, nouns) + '_'
            + QByteArray::number(component * 1000 + file * 10 + function) + "(struct " + device
            + " *dev, const void *in, unsigned n)\n{\n";
        lines += 2;
        for (int statement = random.bounded(5, 40); statement > 0; --statement, ++lines) {
            const QByteArray value = QByteArray::number(random.bounded(100000));
            switch (random.bounded(6)) {
            case 0:
                text += "    unsigned v" + QByteArray::number(statement) + " = dev->"
                    + anyOf(random, registers) + " & 0x"
                    + QByteArray::number(random.bounded(65536), 16) + ";\n";
                break;
            case 1:
                text += "    if (n > " + value + ")\n        goto fail;\n";
                ++lines;
                break;
            case 2:
                text += "    dev->" + QByteArray(anyOf(random, nouns)) + '[' + value
                    + "] = ((const unsigned char *)in)[" + QByteArray::number(statement) + "];\n";
                break;
            case 3:
                text += "    " + QByteArray(anyOf(random, actions)) + '_' + anyOf(random, registers)
                    + "(dev, " + value + ", n);\n";
                break;
            case 4:
                text += "    // " + QByteArray(anyOf(random, actions)) + " the "
                    + anyOf(random, nouns) + ' ' + value + " first\n";
                break;
            default:
                text += "    while (dev->busy && --n)\n        cpu_relax(" + value + ");\n";
                ++lines;
                break;
            }
        }
        text += "    return 0;\nfail:\n    return -EIO;\n}\n\n";
        lines += 5;
    }
    return text;
}

// Imports the tree as one commit on main of a new bare repository.
void makeRepository(const QString &path, int *fileCount)
{
    QRandomGenerator random(20261206);
    const auto initialised = test::runProcess(
        "git", {"init", "--bare", "-q", QFile::encodeName(path)}, test::referenceGitEnvironment());
    if (!initialised.ok())
        qFatal("git init: %s", initialised.standardError.constData());
    const QByteArray message = "Board support package as delivered for the audit\n";
    QByteArray stream = "commit refs/heads/main\ncommitter Vendor <vendor@example.invalid> "
                        "1761984000 +0000\ndata "
        + QByteArray::number(message.size()) + '\n' + message;
    for (int component = 0; component < componentCount; ++component) {
        for (int file = 0; file < filesPerComponent; ++file) {
            const QByteArray content = driverSource(random, component, file);
            stream += "M 100644 inline " + pathOf(component, file) + "\ndata "
                + QByteArray::number(content.size()) + '\n' + content + '\n';
        }
    }
    if (!test::fastImport(path, stream).ok())
        qFatal("git fast-import into %s failed", qPrintable(path));
    *fileCount = componentCount * filesPerComponent;
}

// One problem in the code that two or three auditors report, each in their own words.
struct Problem
{
    QByteArray path;
    int start = 0;
    int end = 0;
    int kind = 0;
    QByteArray function;
    Severity severity = Severity::Medium;
    bool cweDisagrees = false; ///< one auditor names the related CWE: the titles must link
};

class Generator
{
public:
    Generator(const ConsolidationData &data, const git::Repository &repository,
              git::ObjectId commit)
        : m_data(data)
        , m_repository(repository)
        , m_reader(repository)
        , m_commit(commit)
        , m_random(20261207)
    {
    }

    void planProblems()
    {
        // Problem j is reported by auditors a and b (b cycling through all others), and
        // every fifth by a third: each auditor shares about 30 % of their findings.
        const int shared = ConsolidationData::findingsPerAuditor * sharedPercent / 100;
        const int problems = ConsolidationData::auditorCount * shared * 5 / 11;
        m_plans.resize(ConsolidationData::auditorCount);
        for (int j = 0; j < problems; ++j) {
            Problem problem;
            problem.path = anyPath();
            const int lines = lineCount(problem.path);
            problem.start = m_random.bounded(1, qMax(2, lines - 20));
            problem.end = qMin(lines, problem.start + m_random.bounded(4, 15));
            problem.kind = m_random.bounded(int(std::size(kinds)));
            problem.function = functionName();
            problem.severity = Severity(m_random.bounded(1, int(Severity::Critical) + 1));
            problem.cweDisagrees = m_random.bounded(100) < 25;
            const int count = ConsolidationData::auditorCount;
            const int a = j % count;
            const int b = (a + 1 + (j / count) % (count - 1)) % count;
            QVector<int> auditors {a, b};
            if (j % 5 == 0) {
                int c = (b + 1 + (j / count) % (count - 2)) % count;
                while (c == a || c == b)
                    c = (c + 1) % count;
                auditors.append(c);
            }
            for (int auditor : std::as_const(auditors))
                m_plans[auditor].append(int(m_problems.size()));
            m_problems.append(problem);
        }
        for (QVector<int> &plan : m_plans) {
            plan.resize(qMin(int(plan.size()), ConsolidationData::findingsPerAuditor));
            while (plan.size() < ConsolidationData::findingsPerAuditor)
                plan.append(-1); // one of their own
            std::shuffle(plan.begin(), plan.end(), m_random);
        }
    }

    QString makePackage(int auditor, const test::IssuedIdentity &issued,
                        const package::TrustConfiguration &trust)
    {
        const QString name = QString::fromUtf8(auditorNames[auditor]);
        const QString workspaceFile
            = m_data.folder + QStringLiteral("/work/auditor-%1.clearroom").arg(auditor + 1);
        auto clock = std::make_shared<QDateTime>(
            QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00.000Z"), Qt::ISODateWithMs)
                .addSecs(auditor * 3600));
        auto workspace
            = valueOf(Workspace::create(workspaceFile, QStringLiteral("Firmware audit"), name,
                                        [clock] {
                                            *clock = clock->addMSecs(2500);
                                            return *clock;
                                        }),
                      "creating a workspace");
        const auto identity = valueOf(git::RepositoryInspector::inspect(m_repository), "inspect");
        const QByteArray commitHex = m_commit.toHex();
        check(workspace->addRepository(
                  {repositoryName, m_data.repository, identity.toJson(), commitHex, {}}),
              "adding the repository");
        const QVector<int> &plan = m_plans.at(auditor);
        inBatches(*workspace, int(plan.size()), 500, [&](int index) -> Result<void> {
            const Finding finding = plannedFinding(auditor, plan.at(index), commitHex);
            auto id = workspace->findings().add(finding);
            if (!id)
                return id.error();
            return discuss(workspace->findings(), m_random, *id,
                           [this] { return QString::fromUtf8(anyOf(m_random, sentences)); });
        });
        markCoverage(*workspace, commitHex);

        const crypto::Identity signer
            = valueOf(crypto::Identity::load(issued.pkcs12File, issued.passphrase), "identity");
        auto policy = valueOf(
            package::EgressPolicy::fromJson(R"({"type":"clearroom-egress-policy","version":1,)"
                                            R"("excerpts":"finding-lines"})",
                                            QStringLiteral("policy")),
            "policy");
        package::PackageBuilder builder(
            valueOf(package::ReviewCollector::collect(*workspace, policy), "collect"),
            signer.certificate(), clock->addDays(1));
        check(builder.build(), "build");
        const package::ZipWriter archive = valueOf(builder.archive(signer), "archive");
        const QString packageFile = m_data.folder
            + QStringLiteral("/auditor-%1.crpkg").arg(auditor + 1, 2, 10, QLatin1Char('0'));
        valueOf(package::PackageDelivery::writeAndVerify(packageFile, archive, trust), "writing");
        workspace.reset();
        return packageFile;
    }

private:
    int lineCount(const QByteArray &path) { return int(fileAt(path).content.count('\n')); }

    const LocationReader::File &fileAt(const QByteArray &path)
    {
        auto it = m_files.find(path);
        if (it == m_files.end())
            it = m_files.insert(path, valueOf(m_reader.file(m_commit, path), "reading a file"));
        return *it;
    }

    QByteArray anyPath()
    {
        // A square skews the choice: a few files collect many findings.
        const double skew = m_random.generateDouble();
        const int index = int(skew * skew * componentCount * filesPerComponent);
        return pathOf(index / filesPerComponent, index % filesPerComponent);
    }

    QByteArray functionName()
    {
        return QByteArray(anyOf(m_random, actions)) + '_' + anyOf(m_random, nouns) + '_'
            + QByteArray::number(m_random.bounded(100000));
    }

    FindingLocation locate(const QByteArray &path, int start, int end)
    {
        const LocationReader::File &file = fileAt(path);
        const int lines = int(file.content.count('\n'));
        start = qBound(1, start, lines);
        end = qBound(start, end, lines);
        return valueOf(LocationReader::locate(file, start, end), "locating");
    }

    Finding plannedFinding(int auditor, int problemIndex, const QByteArray &commitHex)
    {
        Finding finding;
        finding.repository = repositoryName;
        finding.commit = commitHex;
        const int wording = m_random.bounded(int(std::size(titlePrefixes)));
        if (problemIndex >= 0) {
            // The same lines give or take two, the same function in the title.
            const Problem &problem = m_problems.at(problemIndex);
            const Kind &kind = kinds[problem.kind];
            finding.locations.append(locate(problem.path, problem.start + m_random.bounded(-2, 3),
                                            problem.end + m_random.bounded(-2, 3)));
            finding.title
                = QString::fromUtf8(QByteArray(titlePrefixes[wording]) + kind.title + " in "
                                    + problem.function + titleSuffixes[(wording + auditor) % 4]);
            finding.cwe = problem.cweDisagrees && auditor % 2 ? kind.relatedCwe : kind.cwe;
            const int shift = m_random.bounded(100) < 25 ? m_random.bounded(-1, 2) : 0;
            finding.severity
                = Severity(qBound(0, int(problem.severity) + shift, int(Severity::Critical)));
        } else {
            const double skew = m_random.generateDouble();
            const int index = int(skew * componentCount * filesPerComponent);
            const QByteArray path = pathOf(index / filesPerComponent, index % filesPerComponent);
            const int start = m_random.bounded(1, qMax(2, lineCount(path) - 15));
            finding.locations.append(locate(path, start, start + m_random.bounded(0, 12)));
            const Kind &kind = kinds[m_random.bounded(int(std::size(kinds)))];
            finding.title = QString::fromUtf8(QByteArray(titlePrefixes[wording]) + kind.title
                                              + " in " + functionName());
            finding.cwe = m_random.bounded(100) < 85 ? kind.cwe : 0;
            finding.severity = Severity(m_random.bounded(int(Severity::Critical) + 1));
        }
        if (m_random.bounded(100) < 10) {
            const QByteArray other = anyPath();
            const int start = m_random.bounded(1, qMax(2, lineCount(other) - 10));
            finding.locations.append(locate(other, start, start + m_random.bounded(0, 8)));
        }
        for (int paragraph = m_random.bounded(1, 3); paragraph > 0; --paragraph) {
            for (int sentence = m_random.bounded(2, 5); sentence > 0; --sentence)
                finding.description
                    += QString::fromUtf8(anyOf(m_random, sentences)) + QLatin1Char(' ');
            finding.description += QStringLiteral("\n\n");
        }
        finding.recommendation = QStringLiteral("Check the value against the buffer's size "
                                                "before using it, and fail closed.");
        return finding;
    }

    // An auditor marks about a third of the components reviewed: most of their files, in
    // ranges of a few dozen lines.
    void markCoverage(Workspace &workspace, const QByteArray &commitHex)
    {
        inBatches(workspace, componentCount, 50, [&](int component) -> Result<void> {
            if (m_random.bounded(100) >= 35)
                return {};
            QVector<CoverageRange> ranges;
            for (int file = 0; file < filesPerComponent; ++file) {
                if (m_random.bounded(100) >= 80)
                    continue;
                const QByteArray path = pathOf(component, file);
                ranges += piecesOf(m_random, repositoryName, commitHex, path, lineCount(path), 20,
                                   150, 20);
            }
            return workspace.coverage().mark(repositoryName, commitHex, ranges);
        });
    }

    const ConsolidationData &m_data;
    const git::Repository &m_repository;
    const LocationReader m_reader;
    const git::ObjectId m_commit;
    QRandomGenerator m_random;
    QHash<QByteArray, LocationReader::File> m_files;
    QVector<Problem> m_problems;
    QVector<QVector<int>> m_plans; ///< per auditor: a shared problem's index, or -1
};

ConsolidationData layout(const QString &folder)
{
    ConsolidationData data;
    data.folder = folder;
    data.repository = folder + QStringLiteral("/firmware.git");
    for (int auditor = 1; auditor <= ConsolidationData::auditorCount; ++auditor)
        data.packages.append(
            folder + QStringLiteral("/auditor-%1.crpkg").arg(auditor, 2, 10, QLatin1Char('0')));
    data.caFile = folder + QStringLiteral("/pki/ca.pem");
    data.leadIdentity = folder + QStringLiteral("/lead.p12");
    data.leadPassphraseFile = folder + QStringLiteral("/lead-passphrase");
    data.repositoryFiles = componentCount * filesPerComponent;
    return data;
}

// "sha256 name" for every file of the data, then the commit and when it was made.
QByteArray checksumsOf(const ConsolidationData &data, const QDateTime &made)
{
    QByteArray text;
    QStringList files = data.packages;
    files << data.caFile << data.leadIdentity << data.leadPassphraseFile;
    for (const QString &file : std::as_const(files))
        text += fileSha256(file) + ' ' + QFile::encodeName(file.mid(data.folder.size() + 1)) + '\n';
    text += "commit " + data.commit + "\nmade " + made.toString(Qt::ISODate).toLatin1() + '\n';
    return text;
}

void generate(ConsolidationData &data)
{
    makeRepository(data.repository, &data.repositoryFiles);
    const git::Repository repository = valueOf(git::Repository::open(data.repository), "open");
    const git::ObjectId commit = valueOf(repository.resolveCommit("main"), "resolve main");
    data.commit = commit.toHex();
    std::printf("  repository: %d files\n", data.repositoryFiles);
    std::fflush(stdout);

    const QString pkiFolder = data.folder + QStringLiteral("/pki");
    QDir().mkpath(pkiFolder);
    QDir().mkpath(data.folder + QStringLiteral("/work"));
    test::TestPki pki(pkiFolder);
    QVector<test::IssuedIdentity> auditors;
    for (const char *name : auditorNames)
        auditors.append(pki.issue(QString::fromUtf8(name), test::TestPki::Role::Auditor));
    const test::IssuedIdentity lead
        = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
    if (!pki.isValid())
        qFatal("test PKI: %s", qPrintable(pki.error()));
    QFile passphrase(data.leadPassphraseFile);
    if (!QFile::copy(lead.pkcs12File, data.leadIdentity) || !passphrase.open(QIODevice::WriteOnly)
        || passphrase.write(lead.passphrase + '\n') < 0)
        qFatal("cannot write the lead's identity into %s", qPrintable(data.folder));
    passphrase.close();
    const package::TrustConfiguration trust
        = valueOf(package::TrustConfiguration::load(pki.caFile()), "trust");

    Generator generator(data, repository, commit);
    generator.planProblems();
    for (int auditor = 0; auditor < ConsolidationData::auditorCount; ++auditor) {
        generator.makePackage(auditor, auditors.at(auditor), trust);
        std::printf("  package %d of %d\n", auditor + 1, ConsolidationData::auditorCount);
        std::fflush(stdout);
    }
    test::removeTree(data.folder + QStringLiteral("/work"));
}

} // namespace

ConsolidationData ConsolidationData::cached(bool regenerate)
{
    QString root = qEnvironmentVariable("CLEARROOM_BENCH_CACHE");
    if (root.isEmpty())
        root = QDir::tempPath();
    ConsolidationData data
        = layout(root + QStringLiteral("/clearroom-bench-consolidation-v%1").arg(generatorVersion));
    const QString checksums = data.folder + QStringLiteral("/checksums");
    QFile recorded(checksums);
    if (!regenerate && recorded.open(QIODevice::ReadOnly)) {
        const QByteArray text = recorded.readAll();
        recorded.close();
        QByteArray commit, made;
        for (const QByteArray &line : text.split('\n')) {
            if (line.startsWith("commit "))
                commit = line.mid(7);
            else if (line.startsWith("made "))
                made = line.mid(5);
        }
        data.commit = commit;
        const QDateTime madeAt = QDateTime::fromString(QString::fromLatin1(made), Qt::ISODate);
        auto repository = git::Repository::open(data.repository);
        const auto head
            = repository ? repository->resolveCommit("main") : Result<git::ObjectId>(Error {});
        if (head && head->toHex() == commit && madeAt.isValid()
            && madeAt.daysTo(QDateTime::currentDateTimeUtc()) < maximumAgeDays
            && checksumsOf(data, madeAt) == text)
            return data;
        std::printf("The cached data in %s does not match its checksums or is too old: made "
                    "anew.\n",
                    qPrintable(data.folder));
    }
    test::removeTree(data.folder);
    if (!QDir().mkpath(data.folder))
        qFatal("cannot create %s", qPrintable(data.folder));
    std::printf("Generating %s (once; kept for later runs)...\n", qPrintable(data.folder));
    std::fflush(stdout);
    QElapsedTimer timer;
    timer.start();
    generate(data);
    // Written last, so that an interrupted run leaves nothing to reuse.
    QFile out(checksums);
    if (!out.open(QIODevice::WriteOnly)
        || out.write(checksumsOf(data, QDateTime::currentDateTimeUtc())) < 0)
        qFatal("cannot write %s", qPrintable(checksums));
    std::printf("  generated in %.0f s\n", double(timer.elapsed()) / 1000);
    return data;
}

} // namespace clearroom::bench
