// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "checkedfilestream.h"
#include "residentmemory.h"
#include "scratchdirectory.h"
#include "sha256.h"
#include "zipbytes.h"
#include "zipentryname.h"
#include "zipreader.h"
#include "zipwriter.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>

#include <dlfcn.h>
#include <zlib.h>

#include <ctime>
#include <functional>
#include <random>

using namespace clearroom;
using namespace clearroom::package;

using Forge = std::function<QByteArray()>;
Q_DECLARE_METATYPE(clearroom::package::ZipLimits)
Q_DECLARE_METATYPE(Forge)

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

// zlib's own crc32(): the program's definition (app/package/zipreader.cpp, libdeflate's)
// takes its place for every caller in the process, so the checks below ask zlib for it.
using Crc32 = uLong (*)(uLong, const Bytef *, uInt);
Crc32 zlibCrc32()
{
    static const auto function = reinterpret_cast<Crc32>(dlsym(RTLD_NEXT, "crc32"));
    if (!function)
        qFatal("zlib's crc32 is not found");
    return function;
}

quint32 crc32Of(const QByteArray &bytes)
{
    return quint32(
        zlibCrc32()(0, reinterpret_cast<const Bytef *>(bytes.constData()), uInt(bytes.size())));
}

using test::residentmemory::peak;
using test::residentmemory::resetPeak;

// The bytes ZipWriter makes of these entries (name, content).
QByteArray archiveOf(const QVector<QPair<QByteArray, QByteArray>> &entries)
{
    ZipWriter writer;
    for (const auto &[name, content] : entries)
        writer.add(name, content);
    const Result<QByteArray> bytes = writer.toByteArray();
    if (!bytes)
        qFatal("%s", qPrintable(bytes.errorMessage()));
    return *bytes;
}

// An archive of `entries`, edited by `edit`.
Forge forged(const QVector<QPair<QByteArray, QByteArray>> &entries,
             const std::function<void(test::ZipBytes &)> &edit)
{
    return [entries, edit]() {
        test::ZipBytes zip(archiveOf(entries));
        edit(zip);
        return zip.bytes();
    };
}

// An archive with one entry written as `placeholder` and renamed to `name` in place.
Forge named(const QByteArray &placeholder, const QByteArray &name)
{
    return forged({{"a", "1"}, {placeholder, "2"}},
                  [placeholder, name](test::ZipBytes &zip) { zip.rename(placeholder, name); });
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
        if (test::residentmemory::addressSanitized())
            QSKIP(test::residentmemory::sanitizedSkipReason);
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
        QVERIFY(resetPeak());
        const qint64 before = peak();
        const Result<void> written = writer.write(file);
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.errorMessage()));
        file.close();
        const qint64 writing = peak() - before;
        // Names entry0 to entry15: 10 of 6 bytes, 6 of 7 bytes, each in two headers.
        QCOMPARE(file.size(),
                 entries * entrySize + entries * (30 + 46) + 2 * (10 * 6 + 6 * 7) + 22);

        ZipReader reader;
        QVERIFY(reader.open(path));
        QVERIFY(resetPeak());
        const qint64 beforeReading = peak();
        qint64 total = 0;
        for (int i = 0; i < entries; ++i) {
            const Result<qint64> read
                = reader.stream(i, [&total](std::string_view bytes) -> Result<void> {
                      total += qint64(bytes.size());
                      return {};
                  });
            QVERIFY2(read, qPrintable(read.ok() ? QString() : read.errorMessage()));
        }
        const qint64 streaming = peak() - beforeReading;
        QCOMPARE(total, entries * entrySize);
        qInfo("writing %d entries of %lld MiB (%lld MiB): peak memory grew by %lld MiB", entries,
              entrySize >> 20, (entries * entrySize) >> 20, writing >> 20);
        qInfo("streaming them back: peak memory grew by %lld KiB", streaming >> 10);
        QVERIFY(writing < 3 * entrySize);
        QVERIFY(streaming < 4 * 1024 * 1024);
    }

    // The program's crc32() (libdeflate's, for libzip) gives zlib's checksum for every
    // length and alignment, chained as zlib chains it.
    void crc32IsZlibs()
    {
        Dl_info where {};
        QVERIFY(dladdr(reinterpret_cast<void *>(zlibCrc32()), &where) && where.dli_fname);
        QVERIFY2(QByteArray(where.dli_fname).contains("libz."), where.dli_fname);
        std::mt19937 random(7);
        QByteArray bytes(1 << 20, Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random());
        const auto *data = reinterpret_cast<const Bytef *>(bytes.constData());
        QCOMPARE(::crc32(12345, nullptr, 10), zlibCrc32()(12345, nullptr, 10));
        for (uInt offset = 0; offset < 16; ++offset) {
            for (uInt length = 0; length < 300; ++length) {
                const uLong start = random();
                QCOMPARE(::crc32(start, data + offset, length),
                         zlibCrc32()(start, data + offset, length));
            }
        }
        uLong chained = 0;
        for (uInt at = 0; at < uInt(bytes.size());) {
            const uInt piece = std::min<uInt>(uInt(bytes.size()) - at, random() % 70000);
            chained = ::crc32(chained, data + at, piece);
            at += piece;
        }
        QCOMPARE(chained, zlibCrc32()(0, data, uInt(bytes.size())));
    }

    // The program's definition is the one libzip's calls reach.
    void libzipChecksumsWithTheProgramsCrc32()
    {
        void *const used = dlsym(RTLD_DEFAULT, "crc32");
        QVERIFY(used);
        Dl_info where {};
        QVERIFY(dladdr(used, &where) && where.dli_fname);
        QCOMPARE(QFileInfo(QString::fromLocal8Bit(where.dli_fname)).canonicalFilePath(),
                 QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
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
        QCOMPARE(reader.indexOf("missing"), -1);
        const Result<QByteArray> missing = reader.read(-1);
        QVERIFY(!missing);
        QVERIFY2(missing.errorMessage().startsWith(
                     QStringLiteral("There is no entry -1 in the package")),
                 qPrintable(missing.errorMessage()));
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

    // libzip writes a few kibibytes at a time; the writer passes them on to the device (a
    // package's file is unbuffered) a mebibyte at a time, the same bytes as written whole
    // (before: 795 writes here).
    void writesTheDeviceInLargePieces()
    {
        class CountingBuffer : public QBuffer
        {
        public:
            int writes = 0;

        protected:
            qint64 writeData(const char *data, qint64 length) override
            {
                ++writes;
                return QBuffer::writeData(data, length);
            }
        };
        ZipWriter writer;
        QByteArray large(6 << 20, Qt::Uninitialized);
        for (int i = 0; i < large.size(); ++i)
            large[i] = char(i * 13 + i / 4096);
        writer.add(QByteArray("large.bin"), large);
        for (int i = 0; i < 3; ++i)
            writer.add("small/" + QByteArray::number(1000 + i),
                       QByteArray(i * 37, char('a' + i % 26)));
        CountingBuffer device;
        QVERIFY(device.open(QIODevice::ReadWrite | QIODevice::Unbuffered));
        QVERIFY(writer.write(device));
        // Six for the large entry, and libzip goes back to each entry's header once.
        QVERIFY2(device.writes < 30, QByteArray::number(device.writes).constData());
        const Result<QByteArray> whole = writer.toByteArray();
        QVERIFY(whole);
        QCOMPARE(device.data(), *whole);
        ZipReader reader;
        QVERIFY(reader.openBytes(device.data(), QStringLiteral("large.zip")));
        QCOMPARE(reader.read(reader.indexOf("large.bin")).value(), large);
        QCOMPARE(reader.entries().size(), 4);
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
        // The zone is in force: local midnight of 1980-01-01 is another instant than UTC's
        // (which is what zip_file_set_mtime would have used).
        std::tm midnight {};
        midnight.tm_year = 80;
        midnight.tm_mday = 1;
        midnight.tm_isdst = -1;
        QCOMPARE(std::mktime(&midnight) == 315532800, zone == "UTC");
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
        int expectedLocal = 0;
        QByteArray previous;
        for (const test::ZipBytes::Entry &entry : zip.entries()) {
            QVERIFY(previous < entry.name);
            previous = entry.name;
            QCOMPARE(entry.local, expectedLocal);
            const bool ascii = std::all_of(entry.name.begin(), entry.name.end(),
                                           [](char c) { return uchar(c) < 0x80; });
            const quint32 flags = ascii ? 0 : 0x800; // bit 11: UTF-8; nothing else
            const int local = entry.local;
            const int central = entry.central;
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

    void hostileArchivesAreRefused_data()
    {
        using Zip = test::ZipBytes;
        QTest::addColumn<Forge>("forge");
        QTest::addColumn<ZipLimits>("limits");
        QTest::addColumn<QString>("entry"); // empty: the archive as a whole is refused
        QTest::addColumn<QString>("problem");
        const ZipLimits defaults;
        const QString dotDot = QStringLiteral("the name has a \"..\" component");

        QTest::newRow("dot-dot first")
            << named("xx/evil", "../evil") << defaults << QStringLiteral("../evil") << dotDot;
        QTest::newRow("dot-dot inside")
            << named("a/xx/b", "a/../b") << defaults << QStringLiteral("a/../b") << dotDot;
        QTest::newRow("dot-dot alone")
            << named("xx", "..") << defaults << QStringLiteral("..") << dotDot;
        QTest::newRow("dot") << named("x/b", "./b") << defaults << QStringLiteral("./b")
                             << QStringLiteral("the name has a \".\" component");
        QTest::newRow("absolute") << named("xetc/passwd", "/etc/passwd") << defaults
                                  << QStringLiteral("/etc/passwd")
                                  << QStringLiteral("the name is an absolute path");
        QTest::newRow("backslash") << named("a_b", "a\\b") << defaults << QStringLiteral("a\\b")
                                   << QStringLiteral("the name contains a backslash");
        QTest::newRow("backslash dot-dot")
            << named("xx_evil", "..\\evil") << defaults << QStringLiteral("..\\evil")
            << QStringLiteral("the name contains a backslash");
        QTest::newRow("drive letter") << named("C_/x", "C:/x") << defaults << QStringLiteral("C:/x")
                                      << QStringLiteral("the name contains a colon");
        QTest::newRow("empty component")
            << named("ax/b", "a//b") << defaults << QStringLiteral("a//b")
            << QStringLiteral("the name has an empty component");
        QTest::newRow("directory name")
            << named("dir_", "dir/") << defaults << QStringLiteral("dir/")
            << QStringLiteral("the name is that of a directory");
        QTest::newRow("control character")
            << named("a_b",
                     "a\x01"
                     "b")
            << defaults << QStringLiteral("a\\x01b")
            << QStringLiteral("the name contains a control or invisible formatting character");
        QTest::newRow("bidi override")
            << named("a\xe2\x82\xac"
                     "b",
                     "a\xe2\x80\xae"
                     "b")
            << defaults << QString()
            << QStringLiteral("the name contains a control or invisible formatting character");
        QTest::newRow("not UTF-8") << named("a_b",
                                            "a\xff"
                                            "b")
                                   << defaults << QStringLiteral("a\\xFFb")
                                   << QStringLiteral("the name is not valid UTF-8");
        QTest::newRow("UTF-8 without its flag")
            << named("abcd",
                     "a\xc3\xa9"
                     "d")
            << defaults << QStringLiteral("aéd")
            << QStringLiteral("its name is not marked as UTF-8");
        QTest::newRow("duplicate")
            << forged({{"a1", "1"}, {"a2", "2"}}, [](Zip &zip) { zip.rename("a2", "a1"); })
            << defaults << QStringLiteral("a1") << QStringLiteral("the name occurs twice");
        QTest::newRow("case duplicate")
            << forged({{"README", "1"}, {"readmx", "2"}},
                      [](Zip &zip) { zip.rename("readmx", "readme"); })
            << defaults << QStringLiteral("readme")
            << QStringLiteral("the name collides with “README” (they differ only in case");
        QTest::newRow("normalization duplicate")
            << forged({{"\xc3\xa9", "1"}, {"\xe2\x82\xac", "2"}},
                      [](Zip &zip) { zip.rename("\xe2\x82\xac", "e\xcc\x81"); })
            << defaults << QString() << QStringLiteral("Unicode normalization");

        const auto attributes = [](quint32 value) {
            return forged({{"a", "1"}, {"link", "target"}}, [value](Zip &zip) {
                zip.setField(zip.entry("link").central + Zip::ExternalAttributes, 4, value);
            });
        };
        QTest::newRow("symlink") << attributes(0120777u << 16) << defaults << QStringLiteral("link")
                                 << QStringLiteral("it is a symbolic link");
        QTest::newRow("directory attributes")
            << attributes(0040755u << 16) << defaults << QStringLiteral("link")
            << QStringLiteral("it is a directory");
        QTest::newRow("device") << attributes(0020644u << 16) << defaults << QStringLiteral("link")
                                << QStringLiteral("it is not a regular file (Unix mode 020644)");
        QTest::newRow("made on MS-DOS")
            << forged(
                   {{"a", "1"}},
                   [](Zip &zip) { zip.setField(zip.entry("a").central + Zip::MadeBy + 1, 1, 0); })
            << defaults << QStringLiteral("a")
            << QStringLiteral("its attributes do not say that it is a regular file");
        QTest::newRow("encrypted")
            << forged({{"a", "secret"}},
                      [](Zip &zip) { zip.setBoth("a", Zip::LocalFlags, Zip::CentralFlags, 2, 1); })
            << defaults << QStringLiteral("a") << QStringLiteral("it is encrypted");
        QTest::newRow("deflated")
            << forged(
                   {{"a", "text"}},
                   [](Zip &zip) { zip.setBoth("a", Zip::LocalMethod, Zip::CentralMethod, 2, 8); })
            << defaults << QStringLiteral("a")
            << QStringLiteral(
                   "it is compressed (method 8), and packages store every entry uncompressed");
        QTest::newRow("deflate bomb")
            << forged({{"bomb", QByteArray(1000, '\0')}},
                      [](Zip &zip) {
                          zip.setBoth("bomb", Zip::LocalMethod, Zip::CentralMethod, 2, 8);
                          zip.setBoth("bomb", Zip::LocalSize, Zip::CentralSize, 4, 0xfffffff0u);
                      })
            << defaults << QStringLiteral("bomb") << QStringLiteral("it is compressed (method 8)");
        QTest::newRow("stored bomb: 50 MB behind a header of 1,000 bytes")
            << forged(
                   {{"bomb", QByteArray(50 << 20, 'b')}},
                   [](Zip &zip) { zip.setBoth("bomb", Zip::LocalSize, Zip::CentralSize, 4, 1000); })
            << defaults << QStringLiteral("bomb")
            << QStringLiteral("it holds more data than its header announces (1000 bytes)");
        QTest::newRow("header size too small")
            << forged({{"a", QByteArray(150, 'a')}},
                      [](Zip &zip) { zip.setBoth("a", Zip::LocalSize, Zip::CentralSize, 4, 100); })
            << defaults << QStringLiteral("a")
            << QStringLiteral("it holds more data than its header announces (100 bytes)");
        QTest::newRow("header size too large")
            << forged({{"a", QByteArray(150, 'a')}},
                      [](Zip &zip) { zip.setBoth("a", Zip::LocalSize, Zip::CentralSize, 4, 200); })
            << defaults << QStringLiteral("a")
            << QStringLiteral("it holds less data than its header announces (150 of 200 bytes)");
        QTest::newRow("compressed size too small")
            << forged({{"a", QByteArray(150, 'a')}, {"b", "1"}},
                      [](Zip &zip) {
                          zip.setBoth("a", Zip::LocalCompressedSize, Zip::CentralCompressedSize, 4,
                                      100);
                      })
            << defaults
            << QString()
            // The 50 bytes after the 100 announced ones belong to no entry.
            << QStringLiteral("the 50 bytes at offset 131 belong to no entry");
        QTest::newRow("flipped data byte")
            << forged({{"a", QByteArray(150, 'a')}},
                      [](Zip &zip) {
                          zip.bytes()[zip.entry("a").local + Zip::LocalName + 1 + 70] = 'b';
                      })
            << defaults << QStringLiteral("a")
            << QStringLiteral("its content does not match its CRC-32 checksum");
        QTest::newRow("local header differs") << forged({{"a", "1"}, {"b", "2"}}, [](Zip &zip) {
            zip.bytes()[zip.entry("b").local + Zip::LocalName] = 'c';
        }) << defaults << QString() << QStringLiteral("its headers contradict each other");

        const QByteArray sample = archiveOf({{"a", QByteArray(1000, 'a')}, {"b", "2"}});
        const auto bytes
            = [](const QByteArray &value) { return Forge([value]() { return value; }); };
        QTest::newRow("truncated by one byte")
            << bytes(sample.chopped(1)) << defaults << QString()
            << QStringLiteral("it is not a ZIP archive, or it is truncated");
        QTest::newRow("truncated to half")
            << bytes(sample.left(sample.size() / 2)) << defaults << QString()
            << QStringLiteral("it is not a ZIP archive, or it is truncated");
        QTest::newRow("data appended") << bytes(sample + "trailing") << defaults << QString()
                                       << QStringLiteral("its headers contradict each other");
        QTest::newRow("not a ZIP file")
            << bytes(QByteArray(4096, 'x')) << defaults << QString()
            << QStringLiteral("it is not a ZIP archive, or it is truncated");
        QTest::newRow("empty file")
            << bytes(QByteArray()) << defaults << QString()
            << QStringLiteral("it is not a ZIP archive, or it is truncated");
        QTest::newRow("archive comment") << forged({{"a", "1"}}, [](Zip &zip) {
            zip.setField(zip.endRecord() + 20, 2, 4);
            zip.bytes() += "note";
        }) << defaults << QString() << QStringLiteral("it has a comment");
        QTest::newRow("ZIP64 count")
            << forged({{"a", "1"}}, [](Zip &zip) { zip.setField(zip.endRecord() + 10, 2, 0xffff); })
            << defaults << QString() << QStringLiteral("it uses ZIP64 extensions");

        QTest::newRow("huge central directory")
            << forged({{"a", "1"}},
                      [](Zip &zip) { zip.setField(zip.endRecord() + 12, 4, 0x7fffffff); })
            << defaults << QString()
            << QStringLiteral("its central directory is larger than 67108864 bytes");

        ZipLimits three;
        three.maxEntries = 3;
        const Forge four = forged({{"a", "1"}, {"b", "2"}, {"c", "3"}, {"d", "4"}}, [](Zip &) {});
        QTest::newRow("too many entries")
            << four << three << QString()
            << QStringLiteral("it has 4 entries, more than the limit of 3");
        ZipLimits small;
        small.maxEntrySize = 10;
        small.maxTotalSize = 15;
        QTest::newRow("entry over the limit")
            << forged({{"a", "1"}, {"big", QByteArray(11, 'x')}}, [](Zip &) {}) << small
            << QStringLiteral("big")
            << QStringLiteral(
                   "its header announces 11 bytes, more than the limit of 10 bytes per entry");
        QTest::newRow("total over the limit")
            << forged({{"a", QByteArray(10, 'x')}, {"b", QByteArray(6, 'x')}}, [](Zip &) {})
            << small << QStringLiteral("b")
            << QStringLiteral("with it, the entries add up to more than the limit of 15 bytes");
    }

    void hostileArchivesAreRefused()
    {
        QFETCH(Forge, forge);
        QFETCH(ZipLimits, limits);
        QFETCH(QString, entry);
        QFETCH(QString, problem);
        const QString message = readAll(forge(), limits);
        QVERIFY2(message.contains(problem), qPrintable(message));
        if (entry.isEmpty()) {
            QVERIFY2(message.contains(QStringLiteral(" is refused: ")), qPrintable(message));
        } else {
            const QString prefix = QStringLiteral("The entry “%1” of the package “").arg(entry);
            QVERIFY2(message.startsWith(prefix), qPrintable(message));
        }
        QVERIFY(message.endsWith(QLatin1Char('.')));
    }

    // A bomb's data is never delivered past its header's size.
    void readingStopsAtTheAnnouncedSize()
    {
        test::ZipBytes zip(archiveOf({{"bomb", QByteArray(8 << 20, 'b')}}));
        zip.setBoth("bomb", zip.LocalSize, zip.CentralSize, 4, 1000);
        ZipReader reader;
        QVERIFY(reader.open(writeFile(zip.bytes())));
        qint64 delivered = 0;
        const Result<qint64> read
            = reader.stream(0, [&delivered](std::string_view bytes) -> Result<void> {
                  delivered += qint64(bytes.size());
                  return {};
              });
        QVERIFY(!read);
        QVERIFY(delivered <= 1000);
    }

    void missingFile()
    {
        ZipReader reader;
        const Result<void> opened
            = reader.open(m_scratch.filePath(QStringLiteral("nothing.crpkg")));
        QVERIFY(!opened);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("it cannot be opened")),
                 qPrintable(opened.errorMessage()));
    }

    void entryNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QByteArray("manifest.json") << true;
        QTest::newRow("nested") << QByteArray("sources/a b/c.crpkg") << true;
        QTest::newRow("umlaut") << QByteArray("Pr\xc3\xbc"
                                              "fung")
                                << true;
        QTest::newRow("dots in a name") << QByteArray("a..b/...") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << false;
        QTest::newRow("DEL") << QByteArray("a\x7f") << false;
        QTest::newRow("C1 control") << QByteArray("a\xc2\x85") << false;
        QTest::newRow("zero width space") << QByteArray("a\xe2\x80\x8b") << false;
        QTest::newRow("overlong slash") << QByteArray("a\xc0\xaf") << false;
        QTest::newRow("surrogate") << QByteArray("a\xed\xa0\x80") << false;
        QTest::newRow("trailing slash") << QByteArray("a/") << false;
        QTest::newRow("windows stream") << QByteArray("a.txt:hidden") << false;
    }

    void entryNames()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, valid);
        QCOMPARE(ZipEntryName::problem(name).isEmpty(), valid);
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

    void writerReportsAStreamThatEndsEarlyGoesOnOrRefuses_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("refuseAtTheEnd");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ends early") << QByteArray("123") << false
                                    << QStringLiteral("The content of the entry “a” was "
                                                      "announced as 5 bytes but has 3.");
        QTest::newRow("goes on") << QByteArray("1234567") << false
                                 << QStringLiteral("The content of the entry “a” goes on beyond "
                                                   "the 5 bytes announced.");
        QTest::newRow("refused at the end")
            << QByteArray("12345") << true << QStringLiteral("changed meanwhile");
    }

    void writerReportsAStreamThatEndsEarlyGoesOnOrRefuses()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, refuseAtTheEnd);
        QFETCH(QString, expected);
        // Handed out a byte at a time: libzip asks for more than one piece.
        class Trickle : public ZipWriter::Stream
        {
        public:
            Trickle(QByteArray bytes, bool refuse)
                : m_bytes(std::move(bytes))
                , m_refuse(refuse)
            {
            }
            Result<qint64> read(char *data, qint64 length) override
            {
                if (length == 0 || m_offset == m_bytes.size())
                    return qint64(0);
                *data = m_bytes.at(m_offset++);
                return qint64(1);
            }
            Result<void> finish() override
            {
                if (m_refuse)
                    return Error {QStringLiteral("changed meanwhile")};
                return {};
            }

        private:
            QByteArray m_bytes;
            bool m_refuse = false;
            int m_offset = 0;
        };
        ZipWriter writer;
        writer.addStream("a", 5, [=]() -> Result<std::unique_ptr<ZipWriter::Stream>> {
            return std::unique_ptr<ZipWriter::Stream>(
                std::make_unique<Trickle>(content, refuseAtTheEnd));
        });
        const Result<QByteArray> written = writer.toByteArray();
        QVERIFY(!written);
        QCOMPARE(written.errorMessage(), expected);

        // The same stream, honest, gives the entry.
        ZipWriter honest;
        honest.addStream("a", 5, []() -> Result<std::unique_ptr<ZipWriter::Stream>> {
            return std::unique_ptr<ZipWriter::Stream>(
                std::make_unique<Trickle>(QByteArray("12345"), false));
        });
        const Result<QByteArray> bytes = honest.toByteArray();
        QVERIFY(bytes);
        ZipReader reader;
        QVERIFY(reader.openBytes(*bytes, QStringLiteral("trickled.zip")));
        QCOMPARE(reader.read(0).value(), QByteArray("12345"));
    }

    // A source package copied into a consolidated package: several blocks, each hashed on
    // a second thread while the next is read, must give the file's digest, and a file not
    // the one checked (changed in any block, shorter, longer) must fail the writing.
    void checkedFileStreamCopiesTheCheckedFileOnly_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("written");
        QTest::newRow("unchanged") << QString() << true;
        QTest::newRow("a byte of the first block") << QStringLiteral("first") << false;
        QTest::newRow("a byte of the third block") << QStringLiteral("third") << false;
        QTest::newRow("the last byte") << QStringLiteral("last") << false;
        QTest::newRow("shorter") << QStringLiteral("shorter") << false;
        QTest::newRow("longer") << QStringLiteral("longer") << false;
    }

    void checkedFileStreamCopiesTheCheckedFileOnly()
    {
        QFETCH(QString, change);
        QFETCH(bool, written);
        constexpr qint64 Block = 4096;
        std::mt19937 random(7);
        QByteArray content(int(3 * Block + Block / 2), Qt::Uninitialized);
        for (char &byte : content)
            byte = char(random());
        const QByteArray sha256
            = crypto::Sha256::hexOf(std::string_view(content.constData(), size_t(content.size())));
        QByteArray onDisk = content;
        if (change == QLatin1String("first"))
            onDisk[100] = char(onDisk.at(100) ^ 1);
        else if (change == QLatin1String("third"))
            onDisk[int(2 * Block + 5)] = char(onDisk.at(int(2 * Block + 5)) ^ 1);
        else if (change == QLatin1String("last"))
            onDisk[onDisk.size() - 1] = char(onDisk.at(onDisk.size() - 1) ^ 1);
        else if (change == QLatin1String("shorter"))
            onDisk.chop(1);
        else if (change == QLatin1String("longer"))
            onDisk.append('x');
        const QString path = m_scratch.filePath(QStringLiteral("source.bin"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(onDisk), onDisk.size());
        file.close();

        ZipWriter writer;
        writer.addStream(
            "source.crpkg", content.size(), [&]() -> Result<std::unique_ptr<ZipWriter::Stream>> {
                auto opened = std::make_unique<QFile>(path);
                if (!opened->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                    return Error {opened->errorString()};
                CheckedFileStream::Messages messages;
                messages.unreadable = [](const QString &reason) { return reason; };
                messages.changed = QStringLiteral("not the file checked");
                return std::unique_ptr<ZipWriter::Stream>(std::make_unique<CheckedFileStream>(
                    std::move(opened), content.size(), sha256, messages, Block));
            });
        const Result<QByteArray> bytes = writer.toByteArray();
        QCOMPARE(bool(bytes), written);
        if (!written) {
            QCOMPARE(bytes.errorMessage(), QStringLiteral("not the file checked"));
            return;
        }
        ZipReader reader;
        QVERIFY(reader.openBytes(*bytes, QStringLiteral("checked.zip")));
        QCOMPARE(reader.read(0).value(), content);
    }
};

QTEST_GUILESS_MAIN(TestZip)
#include "tst_zip.moc"
