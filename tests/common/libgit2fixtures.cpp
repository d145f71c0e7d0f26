// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "libgit2fixtures.h"

#include "process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace clearroom::test {

QStringList libgit2FixtureNames()
{
    return QDir(QString::fromLatin1(libgit2FixturesDirectory))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

void addLibgit2FixtureRows()
{
    QTest::addColumn<QString>("name");
    const QStringList names = libgit2FixtureNames();
    QVERIFY2(
        !names.isEmpty(),
        "Debian's libgit2-fixtures package is not installed (/usr/share/doc/libgit2-fixtures)");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

QString copyLibgit2Fixture(const QString &name, const QString &directory)
{
    const QString copy = directory + QLatin1Char('/') + name;
    if (!QDir().mkpath(directory))
        return {};
    const QString source = QString::fromLatin1(libgit2FixturesDirectory) + QLatin1Char('/') + name;
    if (!runProcess("cp", {"-a", QFile::encodeName(source), QFile::encodeName(copy)}).ok())
        return {};
    const QString gitted = copy + QStringLiteral("/.gitted");
    return QFileInfo(gitted).isDir() ? gitted : copy;
}

QString copyLibgit2FixtureOfRow(const QString &directory)
{
    QFETCH(QString, name);
    return copyLibgit2Fixture(name, directory);
}

} // namespace clearroom::test
