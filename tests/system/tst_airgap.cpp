// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Air-gapped by construction: the tests run under the network guard, which refuses and
// records internet sockets; Clearroom's own binaries link no network library; and no
// source file of app/ or ui/ uses a network API of Qt, KSyntaxHighlighting or libgit2.
#include "gitconformance.h"
#include "process.h"
#include "scratchdirectory.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <cerrno>
#include <sys/socket.h>
#include <unistd.h>

using namespace clearroom::test;

namespace {

// Sets an environment variable for one scope and puts the old value back, even when a
// check fails half-way: the suite's shared network-guard log must stay clean.
class EnvironmentOverride
{
public:
    EnvironmentOverride(const char *name, const QByteArray &value)
        : m_name(name)
        , m_wasSet(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~EnvironmentOverride()
    {
        if (m_wasSet)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    bool m_wasSet;
    QByteArray m_old;
};

// The shared libraries a binary names in its ELF dynamic section (NEEDED).
QByteArrayList neededLibraries(const QString &binary, QString *error)
{
    const ProcessResult readelf = runProcess("readelf", {"-d", "-W", QFile::encodeName(binary)});
    if (!readelf.ok()) {
        *error = QStringLiteral("readelf -d failed (is binutils installed?): ")
            + QString::fromUtf8(readelf.standardError);
        return {};
    }
    QByteArrayList needed;
    static const QRegularExpression entry(
        QStringLiteral("\\(NEEDED\\)\\s+Shared library: \\[(.+)\\]"));
    for (const QByteArray &line : readelf.standardOutput.split('\n')) {
        const QRegularExpressionMatch match = entry.match(QString::fromUtf8(line));
        if (match.hasMatch())
            needed.append(match.captured(1).toUtf8());
    }
    return needed;
}

const QByteArrayList networkLibraries = {
    "libQt5Network", "libQt6Network", "libcurl",     "libssh2",        "libssl",        "libgnutls",
    "libnghttp2",    "libmbedtls",    "libmbedx509", "libhttp_parser", "libgssapi_krb5"};

// What counts as using the network in Clearroom's sources: Qt Network headers,
// KSyntaxHighlighting's definition downloader, libgit2's clone, remote and fetch API,
// and linking Qt's Network module.
const QRegularExpression &networkUse()
{
    static const QRegularExpression pattern(QStringLiteral(
        "#\\s*include\\s*[<\"](QtNetwork/|(QAbstractSocket|QTcpSocket|QTcpServer|QUdpSocket|"
        "QSslSocket|QSsl\\w*|QLocalSocket|QLocalServer|QNetwork\\w*|QHostAddress|QHostInfo|"
        "QDnsLookup|QHttp\\w*)[>\"])"
        "|\\bDefinitionDownloader\\b"
        "|\\bgit_(clone|remote_|fetch)\\w*"
        "|\\bQt[56]?::Network\\b"));
    return pattern;
}

} // namespace

class TestAirGap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkGuardIsPreloaded();
    void internetSocketsAreRefusedAndRecorded_data();
    void internetSocketsAreRefusedAndRecorded();
    void localSocketsStillWork();
    void binariesLinkNoNetworkLibrary_data();
    void binariesLinkNoNetworkLibrary();
    void networkUseIsRecognised_data();
    void networkUseIsRecognised();
    void sourcesUseNoNetworkApi();
};

void TestAirGap::networkGuardIsPreloaded()
{
    const QByteArray preload = qgetenv("LD_PRELOAD");
    QVERIFY2(preload.contains("libclearroom_netguard"),
             "LD_PRELOAD does not name the network guard (run through CTest)");
    // ld.so silently ignores a preload it cannot open.
    for (const QByteArray &library : preload.split(' ')) {
        if (library.contains("libclearroom_netguard"))
            QVERIFY2(QFileInfo::exists(QFile::decodeName(library)), library.constData());
    }
    QVERIFY(!qgetenv("CLEARROOM_NETGUARD_LOG").isEmpty());
}

void TestAirGap::internetSocketsAreRefusedAndRecorded_data()
{
    QTest::addColumn<int>("domain");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("recorded");

    QTest::newRow("AF_INET stream")
        << int(AF_INET) << int(SOCK_STREAM) << QByteArray("socket(AF_INET)");
    QTest::newRow("AF_INET datagram")
        << int(AF_INET) << int(SOCK_DGRAM) << QByteArray("socket(AF_INET)");
    QTest::newRow("AF_INET6 stream")
        << int(AF_INET6) << int(SOCK_STREAM) << QByteArray("socket(AF_INET6)");
}

void TestAirGap::internetSocketsAreRefusedAndRecorded()
{
    QFETCH(int, domain);
    QFETCH(int, type);
    QFETCH(QByteArray, recorded);

    ScratchDirectory scratch;
    const QString log = scratch.filePath(QStringLiteral("netguard.log"));
    int fd = 0;
    int error = 0;
    {
        // This attempt is on purpose: it goes to a log of its own, not the suite's.
        const EnvironmentOverride override("CLEARROOM_NETGUARD_LOG", QFile::encodeName(log));
        errno = 0;
        fd = ::socket(domain, type, 0);
        error = errno;
    }
    if (fd >= 0)
        ::close(fd);
    QCOMPARE(fd, -1);
    QCOMPARE(error, EACCES);

    QFile file(log);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the network guard recorded nothing");
    const QByteArrayList lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), 2); // one line and its newline
    QVERIFY2(lines.at(0).contains(recorded), lines.at(0).constData());
    QVERIFY2(lines.at(0).contains(QByteArray("pid " + QByteArray::number(qint64(::getpid())))),
             lines.at(0).constData());
}

void TestAirGap::localSocketsStillWork()
{
    // X11, D-Bus and the like use local sockets: the guard lets them through.
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY2(fd >= 0, strerror(errno));
    ::close(fd);
    int pair[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, pair), 0);
    ::close(pair[0]);
    ::close(pair[1]);
}

void TestAirGap::binariesLinkNoNetworkLibrary_data()
{
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QByteArray>("expectedLibrary");

    QTest::newRow("clearroom-cli")
        << QFile::decodeName(clearroomCliPath()) << QByteArray("libgit2");
    // CTest names the GUI in CLEARROOM_GUI; before that was wired, it was found by path.
    const QString gui = qEnvironmentVariableIsSet("CLEARROOM_GUI")
        ? QFile::decodeName(qgetenv("CLEARROOM_GUI"))
        : QFile::decodeName(qgetenv("CLEARROOM_BINARY_DIR")) + QStringLiteral("/ui/clearroom");
    QTest::newRow("clearroom") << gui << QByteArray("Widgets");
}

void TestAirGap::binariesLinkNoNetworkLibrary()
{
    QFETCH(QString, binary);
    QFETCH(QByteArray, expectedLibrary);

    // Both binaries are always built; a missing one is a failure, not a skip.
    QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
    QVERIFY2(QFileInfo::exists(binary), qPrintable(binary));
    QString error;
    const QByteArrayList needed = neededLibraries(binary, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The list was read: it names what the binary is known to use.
    QVERIFY2(needed.join(' ').contains(expectedLibrary), needed.join(' ').constData());
    for (const QByteArray &library : needed) {
        for (const QByteArray &network : networkLibraries)
            QVERIFY2(!library.startsWith(network), library.constData());
    }
}

void TestAirGap::networkUseIsRecognised_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("usesNetwork");

    QTest::newRow("QtNetwork module header")
        << QStringLiteral("#include <QtNetwork/QTcpSocket>") << true;
    QTest::newRow("QTcpSocket") << QStringLiteral("#include <QTcpSocket>") << true;
    QTest::newRow("QNetworkAccessManager")
        << QStringLiteral("#  include <QNetworkAccessManager>") << true;
    QTest::newRow("quoted QtNetwork header")
        << QStringLiteral("#include \"QtNetwork/qhostinfo.h\"") << true;
    QTest::newRow("definition downloader")
        << QStringLiteral("auto *d = new KSyntaxHighlighting::DefinitionDownloader(&repo);")
        << true;
    QTest::newRow("git_clone") << QStringLiteral("rc = git_clone(&repo, url, path, &options);")
                               << true;
    QTest::newRow("git_remote_fetch")
        << QStringLiteral("git_remote_fetch(remote, nullptr, nullptr, nullptr);") << true;
    QTest::newRow("git_fetch_options") << QStringLiteral("git_fetch_options options;") << true;
    QTest::newRow("Qt::Network") << QStringLiteral("target_link_libraries(x PRIVATE Qt::Network)")
                                 << true;
    QTest::newRow("Qt5::Network") << QStringLiteral("target_link_libraries(x Qt5::Network)")
                                  << true;

    QTest::newRow("QFile") << QStringLiteral("#include <QFile>") << false;
    QTest::newRow("git_repository_open_ext")
        << QStringLiteral("git_repository_open_ext(&raw, path, flags, nullptr);") << false;
    QTest::newRow("a word with network in it")
        << QStringLiteral("// the network guard refuses sockets") << false;
    QTest::newRow("KSyntaxHighlighting repository")
        << QStringLiteral("#include <KSyntaxHighlighting/Repository>") << false;
}

void TestAirGap::networkUseIsRecognised()
{
    QFETCH(QString, line);
    QFETCH(bool, usesNetwork);
    QCOMPARE(networkUse().match(line).hasMatch(), usesNetwork);
}

void TestAirGap::sourcesUseNoNetworkApi()
{
    const QString sourceDir = QFile::decodeName(qgetenv("CLEARROOM_SOURCE_DIR"));
    QVERIFY2(!sourceDir.isEmpty(), "CLEARROOM_SOURCE_DIR is not set (run through CTest)");

    int scanned = 0;
    QStringList offences;
    for (const QString &folder : {QStringLiteral("app"), QStringLiteral("ui")}) {
        QDirIterator it(sourceDir + QLatin1Char('/') + folder,
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.c"),
                         QStringLiteral("*.cc"), QStringLiteral("*.hpp"), QStringLiteral("*.in"),
                         QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            int number = 0;
            for (const QByteArray &line : file.readAll().split('\n')) {
                ++number;
                const QString text = QString::fromUtf8(line);
                if (networkUse().match(text).hasMatch()) {
                    offences.append(QStringLiteral("%1:%2: %3")
                                        .arg(path.mid(sourceDir.size() + 1))
                                        .arg(number)
                                        .arg(text.trimmed()));
                }
            }
        }
    }
    QVERIFY2(scanned >= 20, "too few source files found under app/ and ui/");
    QVERIFY2(offences.isEmpty(), qPrintable(offences.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestAirGap)
#include "tst_airgap.moc"
