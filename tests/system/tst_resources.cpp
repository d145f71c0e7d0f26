// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"
#include "resources.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using clearroom::test::runProcess;

/// Checks the files that make Clearroom show up on a desktop: the .desktop entry and the
/// AppStream metainfo pass the freedesktop validators, and the icon is a square SVG that
/// Qt renders from the compiled-in resources.
class TestResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validators_data();
    void validators();
    void svgIsSquareAndSelfContained();
    void iconRendersFromResources();

private:
    QString sourcePath(const QString &relative) const;
    QString m_sourceDir;
};

void TestResources::initTestCase()
{
    m_sourceDir = qEnvironmentVariable("CLEARROOM_SOURCE_DIR",
                                       QString::fromUtf8(CLEARROOM_TEST_SOURCE_DIR));
    QVERIFY2(QFile::exists(sourcePath(QStringLiteral("resources/clearroom.qrc"))),
             qPrintable(QStringLiteral("not a Clearroom source tree: ") + m_sourceDir));
}

QString TestResources::sourcePath(const QString &relative) const
{
    return m_sourceDir + QLatin1Char('/') + relative;
}

void TestResources::validators_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QByteArrayList>("options");
    QTest::addColumn<QString>("file");
    // A line that reports a problem; hints (desktop-file-validate) and infos and pedantic
    // notes (appstreamcli) are suggestions and pass.
    QTest::addColumn<QString>("problem");

    QTest::newRow("desktop entry") << QStringLiteral("desktop-file-validate") << QByteArrayList {}
                                   << QStringLiteral("resources/org.clearroom.Clearroom.desktop")
                                   << QStringLiteral(": (error|warning): ");
    QTest::newRow("AppStream metainfo")
        << QStringLiteral("appstreamcli") << QByteArrayList {"validate", "--no-net", "--explain"}
        << QStringLiteral("resources/org.clearroom.Clearroom.metainfo.xml")
        << QStringLiteral("^[EW]: ");
}

void TestResources::validators()
{
    QFETCH(QString, tool);
    QFETCH(QByteArrayList, options);
    QFETCH(QString, file);
    QFETCH(QString, problem);

    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        QSKIP(qPrintable(tool
                         + QStringLiteral(" is not installed (installer/setup-deps.sh "
                                          "installs it)")));

    const QString path = sourcePath(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto result = runProcess(QFile::encodeName(program),
                                   options + QByteArrayList {QFile::encodeName(path)});
    const QByteArray report = result.standardOutput + result.standardError;
    QVERIFY2(result.ok(), report.constData());
    const QRegularExpression problemLine(problem, QRegularExpression::MultilineOption);
    QVERIFY(problemLine.isValid());
    QVERIFY2(!QString::fromUtf8(report).contains(problemLine), report.constData());
}

void TestResources::svgIsSquareAndSelfContained()
{
    QFile file(sourcePath(QStringLiteral("resources/icons/clearroom.svg")));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);

    bool sawRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (!sawRoot) {
            sawRoot = true;
            QCOMPARE(xml.name().toString(), QStringLiteral("svg"));
            QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("http://www.w3.org/2000/svg"));
            // Icon themes scale an app icon from its viewBox; it must be square.
            const QStringList viewBox = xml.attributes()
                                            .value(QStringLiteral("viewBox"))
                                            .toString()
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QCOMPARE(viewBox.size(), 4);
            bool widthOk = false;
            bool heightOk = false;
            const double width = viewBox.at(2).toDouble(&widthOk);
            const double height = viewBox.at(3).toDouble(&heightOk);
            QVERIFY(widthOk && heightOk);
            QVERIFY(width > 0);
            QCOMPARE(width, height);
        }
        // Nothing may be fetched from elsewhere when the icon is drawn in the room.
        const auto attributes = xml.attributes();
        for (const auto &attribute : attributes)
            QVERIFY2(!attribute.value().contains(QStringLiteral("://")),
                     qPrintable(attribute.qualifiedName().toString() + QStringLiteral("=")
                                + attribute.value().toString()));
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawRoot);
}

void TestResources::iconRendersFromResources()
{
    clearroom::initResources();
    const QString resource = QStringLiteral(":/icons/clearroom.svg");
    QFile compiled(resource);
    QVERIFY2(compiled.open(QIODevice::ReadOnly), "the icon is not in the compiled resources");
    QFile source(sourcePath(QStringLiteral("resources/icons/clearroom.svg")));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(compiled.readAll(), source.readAll());

    // Needs Qt's SVG icon engine or image plugin (libqt5svg5 / libqt6svg6), which the
    // package declares as a dependency.
    const QIcon icon(resource);
    const QImage image = icon.pixmap(QSize(64, 64)).toImage();
    QVERIFY2(!image.isNull(), "the SVG icon did not render: is Qt's SVG plugin installed?");
    QCOMPARE(image.size(), QSize(64, 64));
    // The rounded square leaves the corners clear and covers the middle.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(32, 32)), 255);
}

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
