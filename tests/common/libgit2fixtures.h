// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>
#include <QStringList>

namespace clearroom::test {

/// Debian's libgit2-fixtures package: many small, odd, real repositories.
constexpr char libgit2FixturesDirectory[] = "/usr/share/doc/libgit2-fixtures/examples";

/// The repositories of the package, by name; empty when it is not installed.
QStringList libgit2FixtureNames();

/// For a test's _data function: a "name" column and one row per fixture repository. Fails
/// the test when the package is missing (the setup script installs it).
void addLibgit2FixtureRows();

/// Copies the fixture `name` into `directory` (a test's scratch folder) and returns the
/// repository to open: its `.gitted` folder (libgit2's tests rename `.git` to that; opened
/// directly it is a git directory) or the copy itself; empty when the copy failed. A copy,
/// so that nothing can write to /usr/share, and so that the files belong to the user that
/// runs the test (git refuses a repository owned by another).
QString copyLibgit2Fixture(const QString &name, const QString &directory);

/// copyLibgit2Fixture() of the current row of a test fed by addLibgit2FixtureRows().
QString copyLibgit2FixtureOfRow(const QString &directory);

} // namespace clearroom::test
