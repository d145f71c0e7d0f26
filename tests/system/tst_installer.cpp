// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using clearroom::test::ProcessResult;
using clearroom::test::runProcess;

/// Builds the .deb and the .tgz from this build with CPack, as a release would, and
/// checks what a user installing them gets: declared dependencies (including the Qt
/// plugins that no library scan finds), a clearroom-cli that runs from the unpacked
/// package, and the desktop entry, metainfo, icon and licence in their places.
class TestInstaller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void debIdentifiesTheVariant();
    void debDependsOn_data();
    void debDependsOn();
    void unpackedCliRuns();
    void installedTreeValidates();
    void packagesContain_data();
    void packagesContain();

private:
    QString packageFile(const QString &pattern) const;
    QByteArray debField(const QByteArray &field) const;
    QStringList dependencyNames() const;

    QString m_sourceDir;
    QTemporaryDir m_workDir;
    QString m_deb;
    QString m_unpacked;
    QStringList m_tgzEntries;
};

static QString describe(const ProcessResult &result)
{
    return QStringLiteral("exit code %1%2\n")
               .arg(result.exitCode)
               .arg(result.crashed ? QStringLiteral(" (crashed)") : QString())
        + QString::fromUtf8(result.standardOutput + result.standardError);
}

void TestInstaller::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")).isEmpty())
        QSKIP("not a dpkg system: dpkg-deb is not installed");
    m_sourceDir = qEnvironmentVariable("CLEARROOM_SOURCE_DIR",
                                       QString::fromUtf8(CLEARROOM_TEST_SOURCE_DIR));
    const QString binaryDir = qEnvironmentVariable("CLEARROOM_BINARY_DIR",
                                                   QString::fromUtf8(CLEARROOM_TEST_BINARY_DIR));
    const QString config = binaryDir + QStringLiteral("/CPackConfig.cmake");
    QVERIFY2(QFile::exists(config), qPrintable(config));
    QVERIFY(m_workDir.isValid());
    const QString packages = m_workDir.filePath(QStringLiteral("packages"));
    QVERIFY(QDir().mkpath(packages));

    // CPack installs the whole (already built) tree into its own staging directory
    // under -B; nothing is written to the system.
    for (const char *generator : {"DEB", "TGZ"}) {
        const ProcessResult cpack = runProcess(CLEARROOM_TEST_CPACK,
                                               {"-G", generator, "-B", QFile::encodeName(packages),
                                                "--config", QFile::encodeName(config)},
                                               {}, QFile::encodeName(packages));
        QVERIFY2(cpack.ok(),
                 qPrintable(QStringLiteral("cpack -G ") + QLatin1String(generator)
                            + QStringLiteral(": ") + describe(cpack)));
    }

    m_deb = packageFile(QStringLiteral("*.deb"));
    QVERIFY2(!m_deb.isEmpty(), "CPack made no single .deb");
    const QString tgz = packageFile(QStringLiteral("*.tar.gz"));
    QVERIFY2(!tgz.isEmpty(), "CPack made no single .tar.gz");

    m_unpacked = m_workDir.filePath(QStringLiteral("unpacked"));
    const ProcessResult extract
        = runProcess("dpkg-deb", {"-x", QFile::encodeName(m_deb), QFile::encodeName(m_unpacked)});
    QVERIFY2(extract.ok(), qPrintable(describe(extract)));

    const ProcessResult list = runProcess("tar", {"-tzf", QFile::encodeName(tgz)});
    QVERIFY2(list.ok(), qPrintable(describe(list)));
    m_tgzEntries
        = QString::fromUtf8(list.standardOutput).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString TestInstaller::packageFile(const QString &pattern) const
{
    const QDir packages(m_workDir.filePath(QStringLiteral("packages")));
    const QStringList found = packages.entryList({pattern}, QDir::Files);
    return found.size() == 1 ? packages.filePath(found.first()) : QString();
}

QByteArray TestInstaller::debField(const QByteArray &field) const
{
    const ProcessResult result = runProcess("dpkg-deb", {"-f", QFile::encodeName(m_deb), field});
    return result.ok() ? result.standardOutput.trimmed() : QByteArray();
}

// "libc6 (>= 2.34), libqt5svg5, a | b" -> {"libc6", "libqt5svg5", "a", "b"}
QStringList TestInstaller::dependencyNames() const
{
    static const QRegularExpression separators(QStringLiteral("\\s*[,|]\\s*"));
    static const QRegularExpression version(QStringLiteral("\\s*[(:].*$"));
    QStringList names;
    const QStringList entries
        = QString::fromUtf8(debField("Depends")).split(separators, Qt::SkipEmptyParts);
    for (QString entry : entries)
        names.append(entry.remove(version));
    return names;
}

void TestInstaller::debIdentifiesTheVariant()
{
    // The Qt 5 and Qt 6 builds install the same files: each must replace the other.
#if CLEARROOM_TEST_QT_MAJOR == 6
    const QByteArray package = "clearroom-qt6";
    const QByteArray other = "clearroom";
#else
    const QByteArray package = "clearroom";
    const QByteArray other = "clearroom-qt6";
#endif
    QCOMPARE(debField("Package"), package);
    QCOMPARE(debField("Version"), QByteArray(CLEARROOM_TEST_VERSION));
    QCOMPARE(debField("Conflicts"), other);
    QCOMPARE(debField("Replaces"), other);
}

void TestInstaller::debDependsOn_data()
{
    QTest::addColumn<QString>("pattern");
    // Loaded at run time, declared by hand: the SVG icon engine (and on Qt 6 the
    // platform plugins, which Qt 5 ships in libqt5gui5).
#if CLEARROOM_TEST_QT_MAJOR == 6
    QTest::newRow("Qt platform plugins") << QStringLiteral("^qt6-qpa-plugins$");
    QTest::newRow("Qt SVG plugins") << QStringLiteral("^libqt6svg6");
    QTest::newRow("Qt Core (shlibdeps)") << QStringLiteral("^libqt6core6");
#else
    QTest::newRow("Qt SVG plugins") << QStringLiteral("^libqt5svg5$");
    QTest::newRow("Qt Core (shlibdeps)") << QStringLiteral("^libqt5core5");
#endif
    QTest::newRow("libgit2 (shlibdeps)") << QStringLiteral("^libgit2-[0-9]");
    // The PDF report's fonts: the same package content gives the same PDF only with them.
    QTest::newRow("DejaVu fonts") << QStringLiteral("^fonts-dejavu-core$");
    // ... and libdeflate, which deflates its pages.
    QTest::newRow("libdeflate (shlibdeps)") << QStringLiteral("^libdeflate0");
#ifdef CLEARROOM_TEST_HAVE_GUI
#if CLEARROOM_TEST_QT_MAJOR == 6
    QTest::newRow("Qt Widgets (shlibdeps)") << QStringLiteral("^libqt6widgets6");
#else
    QTest::newRow("Qt Widgets (shlibdeps)") << QStringLiteral("^libqt5widgets5");
#endif
#endif
}

void TestInstaller::debDependsOn()
{
    QFETCH(QString, pattern);
    const QRegularExpression name(pattern);
    const QStringList names = dependencyNames();
    bool found = false;
    for (const QString &dependency : names)
        found = found || dependency.contains(name);
    QVERIFY2(found,
             qPrintable(QStringLiteral("Depends: ") + QString::fromUtf8(debField("Depends"))));
}

void TestInstaller::unpackedCliRuns()
{
    const QString cli = m_unpacked + QStringLiteral("/usr/bin/clearroom-cli");
    QVERIFY2(QFile::exists(cli), qPrintable(cli));
    const ProcessResult result = runProcess(QFile::encodeName(cli), {"--version"});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
    QVERIFY2(result.standardOutput.contains("clearroom-cli " CLEARROOM_TEST_VERSION),
             result.standardOutput.constData());
}

void TestInstaller::installedTreeValidates()
{
    // Checks the tree as installed: the metainfo's launchable names a .desktop file
    // that the package really installs.
    const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (appstreamcli.isEmpty())
        QSKIP("appstreamcli is not installed (installer/setup-deps.sh installs it)");
    const ProcessResult result
        = runProcess(QFile::encodeName(appstreamcli),
                     {"validate-tree", "--no-net", "--explain", QFile::encodeName(m_unpacked)});
    QVERIFY2(result.ok(), qPrintable(describe(result)));
}

void TestInstaller::packagesContain_data()
{
    QTest::addColumn<QString>("installed");
    QTest::addColumn<QString>("source"); // empty: only its presence is checked

    QTest::newRow("clearroom-cli") << QStringLiteral("bin/clearroom-cli") << QString();
#ifdef CLEARROOM_TEST_HAVE_GUI
    QTest::newRow("clearroom") << QStringLiteral("bin/clearroom") << QString();
#endif
    QTest::newRow("desktop entry")
        << QStringLiteral("share/applications/org.clearroom.Clearroom.desktop")
        << QStringLiteral("resources/org.clearroom.Clearroom.desktop");
    QTest::newRow("metainfo") << QStringLiteral(
        "share/metainfo/org.clearroom.Clearroom.metainfo.xml")
                              << QStringLiteral("resources/org.clearroom.Clearroom.metainfo.xml");
    QTest::newRow("icon") << QStringLiteral(
        "share/icons/hicolor/scalable/apps/org.clearroom.Clearroom.svg")
                          << QStringLiteral("resources/icons/clearroom.svg");
    QTest::newRow("licence") << QStringLiteral("share/doc/clearroom/LICENSE")
                             << QStringLiteral("LICENSE");
}

void TestInstaller::packagesContain()
{
    QFETCH(QString, installed);
    QFETCH(QString, source);

    QFile inDeb(m_unpacked + QStringLiteral("/usr/") + installed);
    QVERIFY2(inDeb.exists(), qPrintable(QStringLiteral("not in the .deb: /usr/") + installed));
    if (!source.isEmpty()) {
        QFile original(m_sourceDir + QLatin1Char('/') + source);
        QVERIFY(inDeb.open(QIODevice::ReadOnly));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY2(inDeb.readAll() == original.readAll(),
                 qPrintable(QStringLiteral("differs from its source: ") + installed));
    }

    // The tarball holds the same tree under one top-level directory.
    bool inTgz = false;
    for (const QString &entry : std::as_const(m_tgzEntries))
        inTgz = inTgz || entry.endsWith(QLatin1Char('/') + installed);
    QVERIFY2(inTgz, qPrintable(QStringLiteral("not in the .tar.gz: ") + installed));
}

QTEST_GUILESS_MAIN(TestInstaller)
#include "tst_installer.moc"
