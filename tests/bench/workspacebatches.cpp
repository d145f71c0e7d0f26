// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "workspacebatches.h"

#include "findingstore.h"
#include "workspace.h"

#include <QRandomGenerator>

namespace clearroom::bench {

void check(const Result<void> &result, const char *what)
{
    if (!result)
        qFatal("%s failed: %s", what, qPrintable(result.errorMessage()));
}

void inBatches(review::Workspace &workspace, int count, int perTransaction,
               const std::function<Result<void>(int)> &action)
{
    for (int first = 0; first < count; first += perTransaction) {
        check(workspace.batch([&]() -> Result<void> {
            for (int i = first; i < qMin(count, first + perTransaction); ++i) {
                if (auto done = action(i); !done)
                    return done;
            }
            return {};
        }),
              "generating");
    }
}

Result<void> discuss(review::FindingStore &findings, QRandomGenerator &random, const QString &id,
                     const std::function<QString()> &sentence)
{
    if (random.bounded(100) < 10) {
        for (int comment = random.bounded(1, 4); comment > 0; --comment) {
            if (auto added = findings.addComment(id, sentence()); !added)
                return added.error();
        }
    }
    if (random.bounded(100) < 20) {
        review::FindingChanges changes;
        changes.status = review::FindingStatus(random.bounded(1, 6));
        if (auto updated = findings.update(id, changes); !updated)
            return updated.error();
    }
    return {};
}

QVector<review::CoverageRange> piecesOf(QRandomGenerator &random, const QString &repository,
                                        const QByteArray &commit, const QByteArray &path, int lines,
                                        int shortest, int longest, int widestGap)
{
    QVector<review::CoverageRange> ranges;
    for (int line = 1; line < lines;) {
        review::CoverageRange covered;
        covered.repository = repository;
        covered.commit = commit;
        covered.path = path;
        covered.startLine = line;
        covered.endLine = qMin(lines, line + random.bounded(shortest, longest));
        line = covered.endLine + random.bounded(1, widestGap);
        ranges.append(covered);
    }
    return ranges;
}

} // namespace clearroom::bench
