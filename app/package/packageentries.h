// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "reviewcollector.h"

#include <QByteArray>
#include <QJsonObject>

#include <functional>

namespace clearroom::package {

/// The JSON entries of a package (documented in the README, "Package format"):
/// findings.json (the review, its repositories and every finding with its comments and
/// the excerpts the policy let leave) and coverage.json (per repository and file: lines
/// counted, lines reviewed, and the ranges with reviewer and time). Keys sorted and
/// indented as QJsonDocument writes them, so the same content gives the same bytes;
/// written straight into the bytes, without a QJsonObject tree.
class IndentedJsonWriter;

namespace packageentries {

/// A file's path as the JSON entries write it: a string when it is UTF-8, else
/// {"bytes": "<hex>"} (review::auditstate::pathValue()).
void writePath(IndentedJsonWriter &json, const QByteArray &path);
/// The review an entry belongs to: {"created", "id", "name", "reviewer"}.
void writeReview(IndentedJsonWriter &json, const review::ReviewInfo &info);

QByteArray findingsJson(const PackageContent &content);
/// Receives an entry piece by piece, in order.
using Sink = std::function<Result<void>(const QByteArray &piece)>;
/// findings.json as findingsJson() makes it, handed to `sink` a few findings at a time
/// (so that it is never in memory whole); stops at the first piece the sink refuses.
Result<void> writeFindingsJson(const PackageContent &content, const Sink &sink);
/// One finding of findings.json, with its comments and excerpts, as a JSON object.
QJsonObject findingObject(const PackageFinding &packaged);
/// The same finding as text (as QJsonDocument::toJson(Indented) writes findingObject(),
/// final newline included), with `consolidation`, when given, under its key: what a
/// consolidated package's findings.json holds for each finding, written without building
/// the finding's QJsonObject and writing it again.
QByteArray renderedFinding(const PackageFinding &packaged, const QJsonObject *consolidation);
QByteArray coverageJson(const CollectedReview &collected);

} // namespace packageentries
} // namespace clearroom::package
