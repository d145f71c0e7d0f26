// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>
#include <QStringList>

namespace clearroom::test {

/// The repositories of Debian's libgit2-fixtures package, by name; empty when the package
/// is not installed.
QStringList libgit2FixtureNames();

/// Copies the fixture `name` into the folder `into` (git refuses a repository that belongs
/// to another user, and nothing may write below /usr/share) and returns the repository in
/// the copy: its .gitted folder where it has one. Empty when the copy failed.
QString copyLibgit2Fixture(const QString &name, const QString &into);

} // namespace clearroom::test
