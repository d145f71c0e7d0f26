// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// startAsync (app/base/concurrency.h): work on a second thread, and the work still done
// when the process cannot start one, where std::async would throw.
#include "concurrency.h"

#include <QProcess>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <thread>
#include <vector>

using namespace clearroom;

namespace {

// Set for the copy of this program that noThreadCanStart() starts.
constexpr char ChildVariable[] = "CLEARROOM_TEST_NO_THREADS";

// What that copy reports by its exit status.
enum Outcome : int {
    Done = 0,
    StartedAnyway = 1, // the limit did not stop std::async: nothing was tested
    WrongResult = 2,
    NotOnCaller = 3,
    Crashed = 4,
};

// In a process of its own that has started no thread (glibc would use a finished thread's
// stack again without mapping one): the address space limited to what it uses, so that no
// thread stack can be mapped, then one piece of work through std::async and one through
// startAsync.
int childWithoutThreads()
{
    long pages = 0;
    if (FILE *statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld", &pages) != 1)
            pages = 0;
        std::fclose(statm);
    }
    if (pages <= 0)
        return Crashed;
    // Room for small allocations; a thread's stack (8 MB by default) does not fit.
    const rlim_t limit = rlim_t(pages) * rlim_t(sysconf(_SC_PAGESIZE)) + 2 * 1024 * 1024;
    const rlimit addressSpace {limit, limit};
    if (setrlimit(RLIMIT_AS, &addressSpace) != 0)
        return Crashed;
    try {
        auto started = std::async(std::launch::async, [] { return 1; });
        started.get();
        return StartedAnyway;
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
    if (sum == 1 + 2 + 3 - 1)
        return NotOnCaller;
    return sum == 1 + 2 + 3 + 4 ? Done : WrongResult;
}

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnAnotherThread();
    void noThreadCanStart();
};

void TestConcurrency::runsOnAnotherThread()
{
    const std::thread::id caller = std::this_thread::get_id();
    auto future = startAsync([caller] { return std::this_thread::get_id() != caller; });
    QVERIFY(future.get());
}

void TestConcurrency::noThreadCanStart()
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(ChildVariable), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit,
             "the child died (std::terminate on an uncaught exception?)");
    switch (child.exitCode()) {
    case Done:
        break;
    case StartedAnyway:
        QFAIL("std::async started a thread despite the address-space limit: nothing tested");
    case WrongResult:
        QFAIL("startAsync's work gave the wrong result");
    case NotOnCaller:
        QFAIL("startAsync's work ran on another thread despite the limit");
    default:
        QFAIL("the child could not set itself up or crashed");
    }
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(ChildVariable)) {
        try {
            return childWithoutThreads();
        } catch (...) {
            return Crashed;
        }
    }
    QCoreApplication application(argc, argv);
    TestConcurrency test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_concurrency.moc"
