// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "reviewcollector.h"

#include <QByteArray>
#include <QJsonObject>

namespace clearroom::package {

/// The JSON entries of a package (documented in the README, "Package format"):
/// findings.json (the review, its repositories and every finding with its comments and
/// the excerpts the policy let leave) and coverage.json (per repository and file: lines
/// counted, lines reviewed, and the ranges with reviewer and time). Keys sorted, so the
/// same content gives the same bytes.
namespace packageentries {

QByteArray findingsJson(const PackageContent &content);
/// One finding of findings.json: its fields, comments and excerpts.
QJsonObject findingObject(const PackageFinding &packaged);
QByteArray coverageJson(const CollectedReview &collected);
/// A line of code as JSON: a string when it is UTF-8, else {"base64": ...}.
QJsonValue lineValue(const QByteArray &line);

} // namespace packageentries
} // namespace clearroom::package
