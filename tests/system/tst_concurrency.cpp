// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// What Clearroom does where the process cannot start a thread (at its thread or memory
// limit): the work is done on the calling thread, or it fails with a message, and
// nothing crashes or hangs. Each case runs in a copy of this program that has forbidden
// itself new threads (tests/common/nothreads.h) and reports by its exit status; the
// parent gives it a minute.
#include "auditverifier.h"
#include "blamecontroller.h"
#include "concurrency.h"
#include "diffpanel.h"
#include "findbar.h"
#include "findingstore.h"
#include "gitconformance.h"
#include "history.h"
#include "historybuilder.h"
#include "historypanel.h"
#include "leadsession.h"
#include "nothreads.h"
#include "orderedfilework.h"
#include "packageviewer.h"
#include "pathspec.h"
#include "pdfrenderer.h"
#include "process.h"
#include "repository.h"
#include "repositorypreparation.h"
#include "reviewfixture.h"
#include "scratchdirectory.h"
#include "searchpanel.h"
#include "sourcetext.h"
#include "sourceview.h"
#include "trustview.h"
#include "workerruns.h"
#include "workspace.h"

#include <QApplication>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QShowEvent>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

using namespace clearroom;

namespace {

// Set for the copy of this program that runs one case without threads.
constexpr char CaseVariable[] = "CLEARROOM_TEST_NO_THREADS";
constexpr char RepositoryVariable[] = "CLEARROOM_TEST_REPOSITORY";
constexpr char ExpectedVariable[] = "CLEARROOM_TEST_EXPECTED";
constexpr char WorkspaceVariable[] = "CLEARROOM_TEST_WORKSPACE";
// Enough findings for the workspace to read their locations on a second connection and
// thread (FindingStore's threshold).
constexpr int ManyFindings = 10000;
// How long a case waits for the work it started to say how it ended.
constexpr int SettleTimeout = 20000; // ms

// What a case reports by its exit status.
enum Outcome : int {
    Done = 0,
    ThreadStarted = 1, // the filter let a thread start: nothing was tested
    WrongResult = 2,
    NoFilter = 3,
    UnknownCase = 4,
    Threw = 5,
};

Outcome report(bool right, const QString &what)
{
    if (!right)
        std::fprintf(stderr, "%s\n", qPrintable(what));
    return right ? Done : WrongResult;
}

// startAsync: the work done on the calling thread, where std::async throws.
Outcome startAsyncCase()
{
    try {
        auto started = std::async(std::launch::async, [] { return 1; });
        started.get();
        return ThreadStarted;
    } catch (const std::system_error &) {
        // As expected: this is what startAsync must survive.
    }
    const std::thread::id caller = std::this_thread::get_id();
    std::vector<int> numbers {1, 2, 3};
    auto future = startAsync([numbers = std::move(numbers), caller]() mutable {
        numbers.push_back(std::this_thread::get_id() == caller ? 4 : -1);
        int sum = 0;
        for (const int n : numbers)
            sum += n;
        return sum;
    });
    const int sum = future.get();
    return report(sum == 10, QStringLiteral("startAsync's work gave %1").arg(sum));
}

// The report's PDF: an error that says why, not a wait for setters that never come.
Outcome pdfCase()
{
    package::PdfMetadata metadata;
    metadata.title = QStringLiteral("No threads");
    metadata.created = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    const auto pdf = package::PdfRenderer::render(
        QStringLiteral("<html><body><h1>Title</h1><p>Text</p></body></html>"), metadata);
    return report(!pdf && pdf.errorMessage().contains(QLatin1String("no thread")),
                  pdf ? QStringLiteral("a PDF was made") : pdf.errorMessage());
}

// Reading a tree's files on workers: an error that says why.
Outcome filesCase()
{
    const QString path = qEnvironmentVariable(RepositoryVariable);
    auto repository = git::Repository::open(path);
    if (!repository)
        return report(false, repository.errorMessage());
    const auto tree = repository->resolveTree("HEAD");
    if (!tree)
        return report(false, tree.errorMessage());
    const auto files = git::treeFiles(*repository, *tree, git::Pathspec());
    if (!files || files->empty())
        return report(false, QStringLiteral("no files"));
    git::OrderedFileWork work(path, *files, [](int, size_t, const Result<std::string_view> &) {},
                              {});
    const auto first = work.waitFor(0);
    return report(!first && first.errorMessage().contains(QLatin1String("No thread could be")),
                  first ? QStringLiteral("the file was read") : first.errorMessage());
}

// A history walk whose objects are all hashed: hashed on the walking thread instead of a
// second one, and git's answer.
Outcome walkCase()
{
    auto repository = git::Repository::open(qEnvironmentVariable(RepositoryVariable));
    if (!repository)
        return report(false, repository.errorMessage());
    repository->hashEveryObject();
    const auto head = repository->resolveCommit("HEAD");
    if (!head)
        return report(false, head.errorMessage());
    QByteArray ids;
    git::HistoryOptions options;
    options.paths = {"src"};
    const auto walked
        = git::History::walk(*repository, *head, options, nullptr, [&](git::CommitInfo &&commit) {
              ids += commit.id.toHex() + '\n';
              return true;
          });
    if (!walked)
        return report(false, walked.errorMessage());
    return report(ids == qgetenv(ExpectedVariable), QString::fromLatin1(ids));
}

// A big review's findings, read with their locations: here, where no second thread
// can read the locations.
Outcome findingsCase()
{
    auto workspace = review::Workspace::open(qEnvironmentVariable(WorkspaceVariable));
    if (!workspace)
        return report(false, workspace.errorMessage());
    const auto findings = (*workspace)->findings().all();
    if (!findings)
        return report(false, findings.errorMessage());
    return report(findings->size() == ManyFindings && findings->first().locations.size() == 1,
                  QStringLiteral("%1 findings").arg(findings->size()));
}

// The workspace's audit: the log parsed and the tables compared on this thread alone.
Outcome auditCase()
{
    auto workspace = review::Workspace::open(qEnvironmentVariable(WorkspaceVariable));
    if (!workspace)
        return report(false, workspace.errorMessage());
    const auto verified = review::AuditVerifier::verify(**workspace);
    return report(verified.ok() && verified->entries > ManyFindings,
                  verified ? QStringLiteral("%1 entries").arg(verified->entries)
                           : verified.errorMessage());
}

// The window's preparation of a repository (objects verified once, the cache built):
// it says it failed, rather than never ending.
Outcome preparationCase()
{
    ui::RepositoryPreparation preparation;
    QString said;
    QEventLoop loop;
    QObject::connect(&preparation, &ui::RepositoryPreparation::failed,
                     [&](const QString &, const QString &message) {
                         said = message;
                         loop.quit();
                     });
    QObject::connect(&preparation, &ui::RepositoryPreparation::finished, [&] {
        said = QStringLiteral("finished");
        loop.quit();
    });
    QTimer::singleShot(SettleTimeout, &loop, &QEventLoop::quit);
    preparation.start(qEnvironmentVariable(RepositoryVariable));
    loop.exec();
    return report(said.contains(QLatin1String("No thread could be started")),
                  said.isEmpty() ? QStringLiteral("no end in 20 s") : said);
}

// The window's panels and the lead's session: each says why its work did not start, within
// 20 s, and is not left running.
// Events processed until `done`, for at most SettleTimeout.
bool settles(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, SettleTimeout);
}

Outcome saidNoThread(bool ended, const QString &said)
{
    if (!ended)
        return report(false, QStringLiteral("still running after 20 s"));
    return report(said.contains(ui::noThreadForRun()), QStringLiteral("said: ") + said);
}

// A case's end: `done` within the time, then what `said` says, the reason.
Outcome endsSayingNoThread(const std::function<bool()> &done, const std::function<QString()> &said)
{
    const bool ended = settles(done);
    return saidNoThread(ended, said());
}

// The test repository's HEAD, for the panels (which open the repository themselves).
struct Head
{
    QString path;
    git::ObjectId commit;
    git::ObjectId tree;
    QString error;
};

Head testHead()
{
    Head head {qEnvironmentVariable(RepositoryVariable), {}, {}, {}};
    auto repository = git::Repository::open(head.path);
    if (!repository)
        return {{}, {}, {}, repository.errorMessage()};
    const auto commit = repository->resolveCommit("HEAD");
    const auto tree = repository->resolveTree("HEAD");
    if (!commit || !tree)
        return {{}, {}, {}, commit ? tree.errorMessage() : commit.errorMessage()};
    head.commit = *commit;
    head.tree = *tree;
    return head;
}

Outcome searchCase()
{
    const Head head = testHead();
    if (!head.error.isEmpty())
        return report(false, head.error);
    ui::SearchPanel panel;
    panel.setTarget(head.path, head.tree, QStringLiteral("HEAD"));
    git::SearchPattern pattern;
    pattern.patterns = {"line"};
    panel.search(pattern, {});
    return endsSayingNoThread([&] { return !panel.isRunning(); },
                              [&] { return panel.statusText(); });
}

Outcome historyCase()
{
    const Head head = testHead();
    if (!head.error.isEmpty())
        return report(false, head.error);
    ui::HistoryPanel panel;
    panel.setStart(head.path, head.commit, QStringLiteral("HEAD"));
    // The walk starts when the panel is shown: told so, without showing it, since Qt 6
    // paints some things on a pool of threads and waits for ever where none can start.
    QShowEvent shown;
    QCoreApplication::sendEvent(&panel, &shown);
    if (!panel.isRunning())
        return report(false, QStringLiteral("no walk was started"));
    return endsSayingNoThread([&] { return !panel.isRunning(); },
                              [&] { return panel.statusText(); });
}

Outcome blameCase()
{
    const Head head = testHead();
    if (!head.error.isEmpty())
        return report(false, head.error);
    ui::SourceView view;
    view.setSource(ui::SourceText::fromText(QStringLiteral("one\ntwo\n")));
    ui::BlameController blame(&view);
    QString said;
    QObject::connect(&blame, &ui::BlameController::failed,
                     [&said](const QString &message) { said = message; });
    blame.start(head.path, head.commit, "src/main.c");
    const bool ended = settles([&] { return !blame.isRunning(); });
    if (said != blame.errorText())
        return report(
            false,
            QStringLiteral("failed() said %1, the error is %2").arg(said, blame.errorText()));
    return saidNoThread(ended, said);
}

Outcome diffCase()
{
    ui::DiffPanel panel;
    panel.compare(qEnvironmentVariable(RepositoryVariable), "HEAD~1", "HEAD");
    return endsSayingNoThread([&] { return !panel.isRunning(); },
                              [&] { return panel.statusText(); });
}

Outcome findCase()
{
    ui::SourceView view;
    view.setSource(ui::SourceText::fromText(QStringLiteral("a word\nanother word\n")));
    ui::FindBar bar(&view);
    bar.activate();
    bar.termEdit()->setText(QStringLiteral("word"));
    return endsSayingNoThread([&] { return !bar.isCounting(); }, [&] { return bar.statusText(); });
}

Outcome packageViewerCase()
{
    ui::PackageViewer viewer;
    QString said;
    QObject::connect(&viewer, &ui::PackageViewer::failed,
                     [&said](const QString &message) { said = message; });
    viewer.open(qEnvironmentVariable(WorkspaceVariable), QString());
    const bool ended = settles([&] { return !said.isEmpty(); });
    if (ended && !viewer.bannerText().contains(said))
        return report(false, QStringLiteral("the banner says ") + viewer.bannerText());
    return saidNoThread(ended, said);
}

Outcome trustViewCase()
{
    ui::TrustView view;
    QString said;
    QObject::connect(&view, &ui::TrustView::failed,
                     [&said](const QString &message) { said = message; });
    view.load(qEnvironmentVariable(WorkspaceVariable));
    const bool ended = settles([&] { return !said.isEmpty(); });
    if (ended && !view.errorText().contains(said))
        return report(false, QStringLiteral("the view says ") + view.errorText());
    return saidNoThread(ended, said);
}

// The lead's session: its worker cannot start, so each piece of work says so, and
// closing the session does not wait for a worker that never came.
Outcome leadCase()
{
    ui::LeadSession session;
    QString workspaceSaid;
    QString importSaid;
    QObject::connect(&session, &ui::LeadSession::workspaceFailed,
                     [&](const QString &message) { workspaceSaid = message; });
    QObject::connect(&session, &ui::LeadSession::importFailed,
                     [&](const QString &message) { importSaid = message; });
    test::ScratchDirectory scratch;
    session.createWorkspace(scratch.filePath(QStringLiteral("lead.clearroom")),
                            QStringLiteral("No threads"), QStringLiteral("Lead"));
    if (!settles([&] { return !workspaceSaid.isEmpty(); }))
        return report(false, QStringLiteral("the workspace's creation never ended"));
    if (!workspaceSaid.contains(ui::noThreadForRun()))
        return report(false, QStringLiteral("the creation said: ") + workspaceSaid);
    // A workspace chosen (not opened: that needs the worker too) and a trust
    // configuration, so that the import goes as far as the worker.
    workspaceSaid.clear();
    session.openWorkspace(scratch.filePath(QStringLiteral("lead.clearroom")));
    if (!settles([&] { return !workspaceSaid.isEmpty(); })
        || !workspaceSaid.contains(ui::noThreadForRun()))
        return report(false, QStringLiteral("the opening said: ") + workspaceSaid);
    session.setTrustPath(qEnvironmentVariable(WorkspaceVariable));
    session.importPackages({qEnvironmentVariable(WorkspaceVariable)});
    const bool ended = settles([&] { return !importSaid.isEmpty(); });
    if (session.isImporting())
        return report(false, QStringLiteral("still importing after: ") + importSaid);
    return saidNoThread(ended, importSaid);
}

// Each case: its name (in the child's environment), its row, what it runs, and the
// application object it runs under (as the real program has it: a PDF's fonts need the
// graphical one, as in clearroom-cli; widgets the widgets').
enum class Application { Core, Gui, Widgets };
struct Case
{
    const char *name;
    const char *row;
    Outcome (*run)();
    Application application;
};
constexpr Case cases[] = {
    {"async", "startAsync runs the work itself", startAsyncCase, Application::Core},
    {"pdf", "the report's PDF fails with a message", pdfCase, Application::Gui},
    {"files", "a tree's files: a message", filesCase, Application::Core},
    {"walk", "a walk hashes its objects itself", walkCase, Application::Core},
    {"findings", "a big review's findings read here", findingsCase, Application::Core},
    {"audit", "the workspace's audit done here", auditCase, Application::Core},
    {"preparation", "the window's preparation says it failed", preparationCase, Application::Core},
    {"search", "the search panel says it did not start", searchCase, Application::Widgets},
    {"history", "the history panel says it did not start", historyCase, Application::Widgets},
    {"blame", "the blame says it did not start", blameCase, Application::Widgets},
    {"diff", "the comparison says it did not start", diffCase, Application::Widgets},
    {"find", "the find bar says it did not count", findCase, Application::Widgets},
    {"package viewer", "the package viewer says it did not open", packageViewerCase,
     Application::Widgets},
    {"trust view", "the trust view says it did not load", trustViewCase, Application::Widgets},
    {"lead", "the lead's session says its work did not start", leadCase, Application::Widgets},
};

int runCase(const QByteArray &name)
{
    QString error;
    if (!test::forbidNewThreads(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return NoFilter;
    }
    try {
        for (const Case &known : cases) {
            if (name == known.name)
                return known.run();
        }
        return UnknownCase;
    } catch (const std::exception &exception) {
        std::fprintf(stderr, "threw: %s\n", exception.what());
        return Threw;
    }
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsOnAnotherThread();
    void withoutThreads_data();
    void withoutThreads();

private:
    test::ScratchDirectory m_scratch;
    QString m_repository;
    QByteArray m_expected;
    std::unique_ptr<test::ReviewFixture> m_review;
};

void TestConcurrency::initTestCase()
{
    m_repository = m_scratch.filePath(QStringLiteral("random.git"));
    QString error;
    QVERIFY2(test::HistoryBuilder::random(5, 60).create(m_repository, true, &error),
             qPrintable(error));
    m_expected
        = test::referenceGit(m_repository, {"log", "--format=%H", "--", "src"}).standardOutput;
    QVERIFY(!m_expected.isEmpty());

    m_review = test::ReviewFixture::created();
    QVERIFY(m_review);
    const auto draft = m_review->draft("src/main.c", 5, 7, QStringLiteral("Integer overflow"));
    QVERIFY(draft.ok());
    review::FindingStore &findings = m_review->workspace().findings();
    QVERIFY(m_review->workspace().batch([&]() -> Result<void> {
        for (int i = 0; i < ManyFindings; ++i) {
            if (auto added = findings.add(*draft); !added)
                return added.error();
        }
        return {};
    }));
    m_review->close();
}

void TestConcurrency::runsOnAnotherThread()
{
    const std::thread::id caller = std::this_thread::get_id();
    auto future = startAsync([caller] { return std::this_thread::get_id() != caller; });
    QVERIFY(future.get());
}

void TestConcurrency::withoutThreads_data()
{
    QTest::addColumn<QByteArray>("name");
    for (const Case &known : cases)
        QTest::newRow(known.row) << QByteArray(known.name);
}

void TestConcurrency::withoutThreads()
{
    QFETCH(QByteArray, name);
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(CaseVariable), QString::fromLatin1(name));
    environment.insert(QString::fromLatin1(RepositoryVariable), m_repository);
    environment.insert(QString::fromLatin1(ExpectedVariable), QString::fromLatin1(m_expected));
    environment.insert(QString::fromLatin1(WorkspaceVariable), m_review->workspacePath());
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    const bool finished = child.waitForFinished(60000);
    if (!finished)
        child.kill();
    QVERIFY2(finished, "the case hung");
    const QByteArray said = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit,
             qPrintable(QStringLiteral("the case crashed: ") + QString::fromLocal8Bit(said)));
    switch (child.exitCode()) {
    case Done:
        break;
    case ThreadStarted:
        QFAIL("a thread started despite the filter: nothing tested");
    case NoFilter:
        QFAIL(qPrintable(QStringLiteral("no filter: ") + QString::fromLocal8Bit(said)));
    default:
        QFAIL(qPrintable(
            QStringLiteral("exit %1: %2").arg(child.exitCode()).arg(QString::fromLocal8Bit(said))));
    }
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(CaseVariable)) {
        // The program's own set-up first, as the real programs have it.
        const QByteArray name = qgetenv(CaseVariable);
        Application kind = Application::Core;
        for (const Case &known : cases) {
            if (name == known.name)
                kind = known.application;
        }
        std::unique_ptr<QCoreApplication> application;
        if (kind == Application::Gui)
            application = std::make_unique<QGuiApplication>(argc, argv);
        else if (kind == Application::Widgets)
            application = std::make_unique<QApplication>(argc, argv);
        else
            application = std::make_unique<QCoreApplication>(argc, argv);
        return runCase(name);
    }
    QCoreApplication application(argc, argv);
    TestConcurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
