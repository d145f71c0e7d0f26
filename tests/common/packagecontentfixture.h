// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "packagecontent.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace clearroom::test {

/// The creation time of the fixture's packages: 2026-03-02 10:30:00 UTC.
QDateTime packageFixtureTime();

/// A location of whole lines (columns 0) in a file, as the review records it.
review::FindingLocation packageLocation(const QByteArray &path, int startLine, int endLine);

/// An excerpt of `lines` starting at file line `firstLine`, with the finding's own lines
/// [findingFirstLine, findingLastLine] (file line numbers) among them.
package::Excerpt packageExcerpt(const QByteArray &path, int firstLine,
                                const QVector<QByteArray> &lines, int findingFirstLine,
                                int findingLastLine);

/// A package's content made up in memory for the writers of its entries (no workspace, no
/// repository): two repositories ("app" reviewed at one commit, "lib"), one finding of each
/// status and each severity (a critical SQL injection with a further location, comments
/// and excerpts with context lines; a high one with columns; a medium one without a CWE
/// and without excerpts; a low false positive; an info accepted risk; a fixed one on "lib"
/// whose locations moved), sorted as packages sort them (worst first, then id).
/// `highlighting` is set where this build highlights excerpts.
package::PackageContent samplePackageContent();

/// The sample content with hostile text in every field that comes from the repository or
/// the workspace: markup ("<script>"), quotes and ampersands, bidirectional controls
/// (U+202E, U+2066), a zero-width space, control characters, and paths and code lines
/// that are not UTF-8. hostileMarkers() lists what must never appear raw in a rendering.
package::PackageContent hostilePackageContent();

/// Strings that an HTML rendering of hostilePackageContent() must not contain as such.
QVector<QByteArray> hostileMarkers();

/// Counts of the sample content's findings by severity, worst first (critical ... info).
QVector<int> severityCounts(const package::PackageContent &content);

} // namespace clearroom::test
