// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "libgit2fixtures.h"

#include "process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace clearroom::test {

namespace {
const char fixturesDir[] = "/usr/share/doc/libgit2-fixtures/examples";
}

QStringList libgit2FixtureNames()
{
    return QDir(QString::fromLatin1(fixturesDir))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString copyLibgit2Fixture(const QString &name, const QString &into)
{
    const QString copy = into + QLatin1Char('/') + name;
    if (!QDir().mkpath(into)
        || !runProcess(
                "cp",
                {"-a",
                 QFile::encodeName(QString::fromLatin1(fixturesDir) + QLatin1Char('/') + name),
                 QFile::encodeName(copy)})
                .ok())
        return {};
    const QString gitted = copy + QStringLiteral("/.gitted");
    return QFileInfo(gitted).isDir() ? gitted : copy;
}

} // namespace clearroom::test
