// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// The child process tst_crashsafety kills: `workspacewriter WORKSPACE COUNT` opens the
// workspace and adds COUNT findings one by one through FindingStore, on lines of
// src/main.c of the review's commit, printing each id once add() returned it, on a line
// of its own, flushed at once.
#include "findingstore.h"
#include "reviewfixture.h"

#include <QCoreApplication>

#include <cstdio>

using namespace clearroom;

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const int count = arguments.value(2).toInt(&ok);
    if (arguments.size() != 3 || !ok || count < 0) {
        std::fprintf(stderr, "usage: workspacewriter WORKSPACE COUNT\n");
        return 2;
    }
    const auto fail = [](const QString &message) {
        std::fprintf(stderr, "workspacewriter: %s\n", qPrintable(message));
        return 1;
    };
    auto workspace = review::Workspace::open(arguments.at(1));
    if (!workspace)
        return fail(workspace.errorMessage());
    auto reviewed = (*workspace)->repositoryOrOnly({});
    if (!reviewed)
        return fail(reviewed.errorMessage());
    auto repository = git::Repository::open(reviewed->path);
    if (!repository)
        return fail(repository.errorMessage());
    auto finding
        = test::findingDraft(*repository, reviewed->name, git::ObjectId::fromHex(reviewed->commit),
                             "src/main.c", 5, 7, {});
    if (!finding)
        return fail(finding.errorMessage());
    for (int i = 0; i < count; ++i) {
        finding->title = QStringLiteral("Finding %1 of process %2")
                             .arg(i)
                             .arg(QCoreApplication::applicationPid());
        auto id = (*workspace)->findings().add(*finding);
        if (!id)
            return fail(id.errorMessage());
        const QByteArray line = id->toLatin1() + '\n';
        std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
        std::fflush(stdout);
    }
    return 0;
}
