// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "scratchdirectory.h"
#include "zipbytes.h"
#include "zipentryname.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <zlib.h>

#include <ctime>

using namespace clearroom;
using namespace clearroom::package;

Q_DECLARE_METATYPE(clearroom::package::ZipLimits)

namespace {

// A few entries of the kinds a package has, added out of order.
ZipWriter sampleWriter()
{
    ZipWriter writer;
    writer.add(QStringLiteral("report.html"), QByteArray("<html>Bericht</html>\n"));
    writer.add(QStringLiteral("manifest.json"), QByteArray("{\"type\":\"x\"}\n"));
    writer.add(QStringLiteral("Prüfbericht/zusammenfassung.txt"), QByteArray("Grüße\r\n"));
    writer.add(QStringLiteral("empty"), QByteArray());
    QByteArray binary;
    for (int i = 0; i < 70000; ++i)
        binary.append(char(i * 7));
    writer.add(QStringLiteral("sources/auditor.crpkg"), binary);
    return writer;
}

QByteArray sampleBytes()
{
    const Result<QByteArray> bytes = sampleWriter().toByteArray();
    if (!bytes)
        qFatal("%s", qPrintable(bytes.errorMessage()));
    return *bytes;
}

quint32 crc32Of(const QByteArray &bytes)
{
    return quint32(
        crc32(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

// Peak resident memory since the last reset, in bytes.
qint64 peakResident()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

bool resetPeakResident()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

class TimeZone
{
public:
    explicit TimeZone(const QByteArray &zone)
        : m_saved(qgetenv("TZ"))
        , m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone()
    {
        if (m_had)
            qputenv("TZ", m_saved);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_saved;
    bool m_had;
};

} // namespace

class TestZip : public QObject
{
    Q_OBJECT

private:
    test::ScratchDirectory m_scratch;
    int m_files = 0;

    QString writeFile(const QByteArray &bytes)
    {
        const QString path = m_scratch.filePath(QStringLiteral("archive%1.zip").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Opens the archive and reads every entry; the first error, or an empty string.
    QString readAll(const QByteArray &bytes, const ZipLimits &limits = {})
    {
        ZipReader reader(limits);
        if (Result<void> opened = reader.open(writeFile(bytes)); !opened)
            return opened.errorMessage();
        for (int i = 0; i < reader.entries().size(); ++i) {
            if (Result<QByteArray> read = reader.read(i); !read)
                return read.errorMessage();
        }
        return {};
    }

private Q_SLOTS:
    // First, while the process is small: memory is bounded by the largest entry.
    void memoryIsBoundedByTheLargestEntry()
    {
        constexpr int entries = 16;
        constexpr qint64 entrySize = qint64(16) << 20;
        ZipWriter writer;
        for (int i = 0; i < entries; ++i) {
            writer.add(
                QByteArray("entry") + QByteArray::number(i), entrySize,
                [i]() -> Result<QByteArray> { return QByteArray(int(entrySize), char('a' + i)); });
        }
        const QString path = m_scratch.filePath(QStringLiteral("big.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(resetPeakResident());
        const qint64 before = peakResident();
        const Result<void> written = writer.write(file);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.errorMessage()));
        file.close();
        const qint64 writing = peakResident() - before;
        // Names entry0 to entry15: 10 of 6 bytes, 6 of 7 bytes, each in two headers.
        QCOMPARE(file.size(),
                 entries * entrySize + entries * (30 + 46) + 2 * (10 * 6 + 6 * 7) + 22);

        ZipReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(resetPeakResident());
        const qint64 beforeReading = peakResident();
        qint64 total = 0;
        for (int i = 0; i < entries; ++i) {
            const Result<qint64> read
                = reader.stream(i, [&total](std::string_view bytes) -> Result<void> {
                      total += qint64(bytes.size());
                      return {};
                  });
            QVERIFY2(read, qPrintable(read.ok() ? QString() : read.errorMessage()));
        }
        const qint64 streaming = peakResident() - beforeReading;
        QCOMPARE(total, entries * entrySize);
        qInfo("writing %d entries of %lld MiB (%lld MiB): peak memory grew by %lld MiB", entries,
              entrySize >> 20, (entries * entrySize) >> 20, writing >> 20);
        qInfo("streaming them back: peak memory grew by %lld KiB", streaming >> 10);
        QVERIFY(writing < 3 * entrySize);
        QVERIFY(streaming < 4 * 1024 * 1024);
    }

    void roundTrip()
    {
        ZipWriter writer = sampleWriter();
        const Result<QByteArray> bytes = writer.toByteArray();
        QVERIFY(bytes);
        ZipReader reader;
        const QString path = writeFile(*bytes);
        const Result<void> opened = reader.open(path);
        QVERIFY2(opened, qPrintable(opened.ok() ? QString() : opened.errorMessage()));

        QByteArrayList names;
        for (const ZipEntryInfo &entry : reader.entries())
            names << entry.name;
        // Sorted by the bytes of the names: upper case before lower case.
        QCOMPARE(
            names,
            QByteArrayList({"Pr\xc3\xbc"
                            "fbericht/zusammenfassung.txt",
                            "empty", "manifest.json", "report.html", "sources/auditor.crpkg"}));
        QCOMPARE(reader
                     .read(reader.indexOf("Pr\xc3\xbc"
                                          "fbericht/zusammenfassung.txt"))
                     .value(),
                 QByteArray("Gr\xc3\xbc\xc3\x9f"
                            "e\r\n"));
        QCOMPARE(reader.read(reader.indexOf("empty")).value(), QByteArray());
        QCOMPARE(reader.entries().at(reader.indexOf("report.html")).size, 21);
        QCOMPARE(reader.read(reader.indexOf("report.html")).value(),
                 QByteArray("<html>Bericht</html>\n"));

        const int binary = reader.indexOf("sources/auditor.crpkg");
        QByteArray streamed;
        int chunks = 0;
        const Result<qint64> count
            = reader.stream(binary, [&](std::string_view bytes) -> Result<void> {
                  streamed.append(bytes.data(), int(bytes.size()));
                  ++chunks;
                  return {};
              });
        QCOMPARE(count.value(), 70000);
        QCOMPARE(streamed, reader.read(binary).value());
        QCOMPARE(streamed.at(69999), char(69999 * 7));
        QVERIFY(chunks >= 2);

        // A chunk consumer that fails stops the reading with its own message.
        const Result<qint64> stopped = reader.stream(binary, [](std::string_view) -> Result<void> {
            return Error {QStringLiteral("stop here")};
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.errorMessage(), QStringLiteral("stop here"));

        // The archive is an ordinary ZIP for standard tools too.
        if (!QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty()) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-tq"), path});
            QVERIFY(unzip.waitForFinished());
            QCOMPARE(unzip.exitCode(), 0);
        }
    }

    void emptyArchive()
    {
        const Result<QByteArray> bytes = ZipWriter().toByteArray();
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), 22);
        ZipReader reader;
        QVERIFY(reader.open(writeFile(*bytes)));
        QVERIFY(reader.entries().isEmpty());
    }

    void deterministicInEveryTimeZone_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("Asia/Tokyo") << QByteArray("Asia/Tokyo");
        QTest::newRow("America/St_Johns") << QByteArray("America/St_Johns");
        QTest::newRow("Pacific/Kiritimati") << QByteArray("Pacific/Kiritimati");
        QTest::newRow("Europe/Berlin") << QByteArray("Europe/Berlin");
    }

    void deterministicInEveryTimeZone()
    {
        QFETCH(QByteArray, zone);
        QByteArray reference;
        {
            TimeZone utc("UTC");
            reference = sampleBytes();
        }
        TimeZone local(zone);
        const QByteArray bytes = sampleBytes();
        QCOMPARE(bytes, reference);
        QCOMPARE(sampleBytes(), bytes);

        // The order entries are added in does not matter.
        ZipWriter reversed;
        reversed.add(QStringLiteral("b"), QByteArray("2"));
        reversed.add(QStringLiteral("a"), QByteArray("1"));
        ZipWriter ordered;
        ordered.add(QStringLiteral("a"), QByteArray("1"));
        ordered.add(QStringLiteral("b"), QByteArray("2"));
        QCOMPARE(reversed.toByteArray().value(), ordered.toByteArray().value());
    }

    // Every byte of the headers is what the package format promises.
    void headersAreExactlyAsSpecified()
    {
        TimeZone zone("Asia/Tokyo");
        test::ZipBytes zip(sampleBytes());
        QCOMPARE(zip.entries().size(), 5);
        qsizetype expectedLocal = 0;
        QByteArray previous;
        for (const test::ZipBytes::Entry &entry : zip.entries()) {
            QVERIFY(previous < entry.name);
            previous = entry.name;
            QCOMPARE(entry.local, expectedLocal);
            const bool ascii = std::all_of(entry.name.begin(), entry.name.end(),
                                           [](char c) { return uchar(c) < 0x80; });
            const quint32 flags = ascii ? 0 : 0x800; // bit 11: UTF-8; nothing else
            const qsizetype local = entry.local;
            const qsizetype central = entry.central;
            QCOMPARE(zip.bytes().mid(local, 4), QByteArray("PK\x03\x04"));
            QCOMPARE(zip.field(local + zip.LocalFlags, 2), flags);
            QCOMPARE(zip.field(central + zip.CentralFlags, 2), flags);
            QCOMPARE(zip.field(local + zip.LocalMethod, 2), 0u);
            QCOMPARE(zip.field(central + zip.CentralMethod, 2), 0u);
            QCOMPARE(zip.field(local + zip.LocalTime, 2), 0u);
            QCOMPARE(zip.field(local + zip.LocalDate, 2), 0x21u);
            QCOMPARE(zip.field(central + zip.CentralTime, 2), 0u);
            QCOMPARE(zip.field(central + zip.CentralDate, 2), 0x21u);
            QCOMPARE(zip.field(local + zip.LocalExtraLength, 2), 0u);
            QCOMPARE(zip.field(central + zip.CentralExtraLength, 2), 0u);
            QCOMPARE(zip.field(central + zip.CommentLength, 2), 0u);
            QCOMPARE(zip.field(central + zip.ExternalAttributes, 4), 0100644u << 16);
            QCOMPARE(zip.field(central + zip.MadeBy, 2) >> 8, 3u); // Unix
            const quint32 size = zip.field(local + zip.LocalSize, 4);
            QCOMPARE(zip.field(local + zip.LocalCompressedSize, 4), size);
            QCOMPARE(zip.field(central + zip.CentralSize, 4), size);
            QCOMPARE(zip.field(central + zip.CentralCompressedSize, 4), size);
            const QByteArray content
                = zip.bytes().mid(local + zip.LocalName + entry.name.size(), size);
            QCOMPARE(zip.field(local + zip.LocalCrc, 4), crc32Of(content));
            QCOMPARE(zip.field(central + zip.CentralCrc, 4), crc32Of(content));
            expectedLocal = local + zip.LocalName + entry.name.size() + size;
        }
        // The central directory follows the last entry's data, the end record follows
        // it, and nothing follows the end record: no ZIP64 records, no comment.
        QCOMPARE(zip.field(zip.endRecord() + 16, 4), quint32(expectedLocal));
        QVERIFY(!zip.bytes().contains("PK\x06\x06"));
        QVERIFY(!zip.bytes().contains("PK\x06\x07"));
        QVERIFY(!zip.bytes().contains("PK\x07\x08")); // no data descriptors
        QCOMPARE(zip.field(zip.endRecord() + 20, 2), 0u);
        QCOMPARE(zip.endRecord() + 22, zip.bytes().size());
    }

    void writerRefusesWhatTheReaderWouldRefuse_data()
    {
        QTest::addColumn<QByteArrayList>("names");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dot-dot")
            << QByteArrayList {"../evil"}
            << QStringLiteral("“../evil” cannot be written: the name has a \"..\" component.");
        QTest::newRow("absolute") << QByteArrayList {"/etc/passwd"}
                                  << QStringLiteral("the name is an absolute path");
        QTest::newRow("duplicate") << QByteArrayList {"a", "b", "a"}
                                   << QStringLiteral("The entries “a” and “a” have the same name");
        QTest::newRow("case") << QByteArrayList {"README", "readme"}
                              << QStringLiteral(
                                     "The entries “README” and “readme” have the same name");
    }

    void writerRefusesWhatTheReaderWouldRefuse()
    {
        QFETCH(QByteArrayList, names);
        QFETCH(QString, expected);
        ZipWriter writer;
        for (const QByteArray &name : std::as_const(names))
            writer.add(name, QByteArray("x"));
        const Result<QByteArray> bytes = writer.toByteArray();
        QVERIFY(!bytes);
        QVERIFY2(bytes.errorMessage().contains(expected), qPrintable(bytes.errorMessage()));
    }

    void writerReportsAProducerThatFailsOrBreaksItsSize()
    {
        ZipWriter failing;
        failing.add("a", 1,
                    []() -> Result<QByteArray> { return Error {QStringLiteral("no report")}; });
        const Result<QByteArray> failed = failing.toByteArray();
        QVERIFY(!failed);
        QCOMPARE(failed.errorMessage(), QStringLiteral("no report"));

        ZipWriter lying;
        lying.add("a", 5, []() -> Result<QByteArray> { return QByteArray("123"); });
        const Result<QByteArray> lied = lying.toByteArray();
        QVERIFY(!lied);
        QCOMPARE(
            lied.errorMessage(),
            QStringLiteral("The content of the entry “a” was announced as 5 bytes but has 3."));
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "tst_zip.moc"
