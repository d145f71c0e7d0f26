// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QString>
#include <QVector>

#include <functional>

class QRandomGenerator;

namespace clearroom::review {
struct CoverageRange;
class FindingStore;
class Workspace;
} // namespace clearroom::review

namespace clearroom::bench {

/// Stops the benchmark with the message when generating its data failed.
void check(const Result<void> &result, const char *what);

/// Runs `count` actions while generating a workspace, `perTransaction` to a transaction:
/// one transaction each would spend the generation's time in fsync.
void inBatches(review::Workspace &workspace, int count, int perTransaction,
               const std::function<Result<void>(int)> &action);

/// What triage leaves on a finding: one to three comments under one finding in ten
/// (each sentence from `sentence`) and a new status on one in five.
Result<void> discuss(review::FindingStore &findings, QRandomGenerator &random, const QString &id,
                     const std::function<QString()> &sentence);

/// What "mark reviewed" leaves on a file of `lines` lines: ranges of `shortest` to
/// `longest` lines from the first line on, with gaps of up to `widestGap` lines between.
QVector<review::CoverageRange> piecesOf(QRandomGenerator &random, const QString &repository,
                                        const QByteArray &commit, const QByteArray &path, int lines,
                                        int shortest, int longest, int widestGap);

} // namespace clearroom::bench
