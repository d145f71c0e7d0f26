// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"
#include "scratchdirectory.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

using namespace clearroom;

// Every user-visible string is translated: lupdate over the sources finds nothing new,
// the German file has no unfinished entry, and the programs speak German in a German
// locale.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesHaveNoUntranslatedStrings()
    {
        const QString source = qEnvironmentVariable("CLEARROOM_SOURCE_DIR");
        const QByteArray lupdate = qgetenv("CLEARROOM_LUPDATE");
        QVERIFY(!source.isEmpty());
        QVERIFY(!lupdate.isEmpty());
        test::ScratchDirectory scratch;
        const QString copy = scratch.filePath(QStringLiteral("clearroom_de.ts"));
        QVERIFY(QFile::copy(source + QStringLiteral("/translations/clearroom_de.ts"), copy));

        const auto run
            = test::runProcess(lupdate,
                               {"-no-obsolete", "-locations", "none", "-extensions", "cpp,h", "app",
                                "ui", "translations", "-ts", QFile::encodeName(copy)},
                               {}, QFile::encodeName(source));
        QVERIFY2(run.ok(), run.standardError.constData());
        const QRegularExpression found(
            QStringLiteral("Found (\\d+) source text\\(s\\) \\((\\d+) new"));
        const auto match = found.match(QString::fromUtf8(run.standardOutput + run.standardError));
        QVERIFY2(match.hasMatch(), run.standardOutput.constData());
        QVERIFY(match.captured(1).toInt() > 50);
        QVERIFY2(
            match.captured(2).toInt() == 0,
            "New strings in the sources: run the update_translations target and translate them.");

        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList untranslated;
        QString sourceText;
        int messages = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                sourceText = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete") || text.trimmed().isEmpty())
                    untranslated << sourceText;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 50);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral("\n"))));
    }

    void cliSpeaksGermanInAGermanLocale_data()
    {
        QTest::addColumn<QByteArrayList>("arguments");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("german");
        QTest::newRow("missing folder")
            << QByteArrayList {"-C", "/nonexistent/x", "repo", "show", "HEAD:a"}
            << QStringLiteral("does not exist") << QStringLiteral("existiert nicht");
        QTest::newRow("unknown command")
            << QByteArrayList {"frobnicate"} << QStringLiteral("is not a command")
            << QStringLiteral("ist kein Befehl");
        QTest::newRow("help") << QByteArrayList {"--help"} << QStringLiteral("Global options")
                              << QStringLiteral("Globale Optionen");
    }

    void cliSpeaksGermanInAGermanLocale()
    {
        QFETCH(QByteArrayList, arguments);
        QFETCH(QString, english);
        QFETCH(QString, german);
        const QByteArray path = "PATH=" + qgetenv("PATH");
        const auto inGerman = test::clearroomCli(arguments, {path, "LANG=de_DE.UTF-8"});
        const auto inEnglish = test::clearroomCli(arguments, {path, "LANG=C.UTF-8"});
        const QString germanText
            = QString::fromUtf8(inGerman.standardOutput + inGerman.standardError);
        const QString englishText
            = QString::fromUtf8(inEnglish.standardOutput + inEnglish.standardError);
        QVERIFY2(germanText.contains(german), qPrintable(germanText));
        QVERIFY2(englishText.contains(english), qPrintable(englishText));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
