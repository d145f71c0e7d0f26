// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"
#include "result.h"

#include <QCoreApplication>

namespace clearroom::review {

class Workspace;

/// Lines of a file, 1-based and inclusive.
struct LineSpan
{
    int start = 0;
    int end = 0;
    bool operator==(const LineSpan &other) const
    {
        return start == other.start && end == other.end;
    }
};

/// What of which commit was marked reviewed, by whom and when: each mark or unmark one
/// transaction with its audit entry.
class CoverageStore
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::review::CoverageStore)

public:
    explicit CoverageStore(Workspace &workspace);

    /// Marks lines of files reviewed by the workspace's reviewer, as one action. Each
    /// range's path and lines must already be checked against the commit.
    Result<void> mark(const QString &repository, const QByteArray &commit,
                      const QVector<CoverageRange> &ranges);
    /// Marks lines unreviewed again (the reviewer's own marks), as one action.
    Result<void> unmark(const QString &repository, const QByteArray &commit, const QByteArray &path,
                        const LineSpan &lines);
    /// Copies marks to another commit (re-anchoring): kept are the given ranges, which
    /// keep their reviewer and time.
    Result<void> carry(const QString &repository, const QByteArray &commit,
                       const QVector<CoverageRange> &ranges);

    /// The marks on one commit of a repository (all files when `path` is null).
    Result<QVector<CoverageRange>> ranges(const QString &repository, const QByteArray &commit,
                                          const QByteArray &path = QByteArray());

    /// Disjoint, sorted spans covering the same lines as `spans`.
    static QVector<LineSpan> merged(QVector<LineSpan> spans);

private:
    Result<void> addRows(const QString &action, const QString &repository, const QByteArray &commit,
                         QVector<CoverageRange> rows);
    Result<void> insert(const QString &repository, const QByteArray &commit,
                        QVector<CoverageRange> &ranges);
    Workspace &m_workspace;
};

} // namespace clearroom::review
