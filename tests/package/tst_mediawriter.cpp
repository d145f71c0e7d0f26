// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "mediacalls.h"
#include "mediawriter.h"
#include "scratchdirectory.h"
#include "zipwriter.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QtTest>

#include <cerrno>

using namespace clearroom;
using namespace clearroom::package;

namespace {

// The system's calls, except that the `failAt`-th call of step `failStep` fails with
// `error`; with `gone`, every call after it fails too, as on a medium pulled out.
class FaultyCalls : public MediaCalls
{
public:
    FaultyCalls() = default;
    FaultyCalls(const QString &step, int at, int error, bool gone = false)
        : failStep(step)
        , failAt(at)
        , error(error)
        , gone(gone)
    {
    }

    QString failStep;
    int failAt = 0;
    int error = 0;
    bool gone = false;
    size_t maxWrite = 0; ///< when not 0, writes are short, as near the end of a medium
    QHash<QString, int> counts;
    QVector<QPair<qint64, qint64>> started; ///< the ranges startWriting() was given

    int createFile(const QByteArray &path) override
    {
        return fails(QStringLiteral("create")) ? -1 : MediaCalls::createFile(path);
    }
    ssize_t write(int fd, const char *data, size_t size) override
    {
        if (maxWrite)
            size = std::min(size, maxWrite);
        return fails(QStringLiteral("write")) ? -1 : MediaCalls::write(fd, data, size);
    }
    off_t seek(int fd, off_t offset) override
    {
        return fails(QStringLiteral("seek")) ? -1 : MediaCalls::seek(fd, offset);
    }
    int sync(int fd) override
    {
        const bool folder = m_folders.contains(fd);
        return fails(folder ? QStringLiteral("sync folder") : QStringLiteral("sync"))
            ? -1
            : MediaCalls::sync(fd);
    }
    int startWriting(int fd, off_t offset, off_t length) override
    {
        started.append({qint64(offset), qint64(length)});
        return fails(QStringLiteral("start writing"))
            ? -1
            : MediaCalls::startWriting(fd, offset, length);
    }
    int close(int fd) override
    {
        // The descriptor is released whatever close() says.
        const bool folder = m_folders.remove(fd);
        const int closed = MediaCalls::close(fd);
        if (!folder && fails(QStringLiteral("close")))
            return -1;
        return closed;
    }
    int rename(const QByteArray &from, const QByteArray &to, bool replace) override
    {
        return fails(QStringLiteral("rename")) ? -1 : MediaCalls::rename(from, to, replace);
    }
    int openFolder(const QByteArray &path) override
    {
        if (fails(QStringLiteral("open folder")))
            return -1;
        const int fd = MediaCalls::openFolder(path);
        m_folders.insert(fd);
        return fd;
    }
    int dropCache(int fd) override
    {
        return fails(QStringLiteral("drop cache")) ? -1 : MediaCalls::dropCache(fd);
    }
    int remove(const QByteArray &path) override
    {
        return fails(QStringLiteral("remove")) ? -1 : MediaCalls::remove(path);
    }

private:
    bool fails(const QString &step)
    {
        const int count = ++counts[step];
        if (m_failing || (step == failStep && count == failAt)) {
            m_failing = gone;
            errno = error;
            return true;
        }
        return false;
    }

    bool m_failing = false;
    QSet<int> m_folders;
};

// A package-like archive: several entries, so that libzip writes and seeks many times.
ZipWriter samplePackage()
{
    ZipWriter writer;
    writer.add(QStringLiteral("manifest.json"), QByteArray("{}\n"));
    writer.add(QStringLiteral("report.html"), QByteArray(100000, 'r'));
    writer.add(QStringLiteral("findings.json"), QByteArray(30000, 'f'));
    return writer;
}

QByteArray packageBytes()
{
    return samplePackage().toByteArray().value();
}

MediaWriter::Producer producer()
{
    return [](QIODevice &device) { return samplePackage().write(device); };
}

// A package of 20 MiB: large enough for the writer to start writing parts of it to the
// medium before the end.
ZipWriter largePackage()
{
    ZipWriter writer;
    writer.add(QStringLiteral("manifest.json"), QByteArray("{}\n"));
    QByteArray noise(20 << 20, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char(i * 2654435761u >> 24);
    writer.add(QStringLiteral("report.pdf"), noise);
    return writer;
}

} // namespace

class TestMediaWriter : public QObject
{
    Q_OBJECT

private:
    test::ScratchDirectory m_scratch;
    int m_folders = 0;

    // A new folder standing for the medium, with an unrelated file that must survive.
    QString medium()
    {
        const QString folder = m_scratch.filePath(QStringLiteral("medium%1").arg(++m_folders));
        QDir().mkpath(folder);
        QFile other(folder + QStringLiteral("/other.txt"));
        if (!other.open(QIODevice::WriteOnly) || other.write("keep") != 4)
            qFatal("cannot prepare %s", qPrintable(folder));
        return folder;
    }

    static QStringList contents(const QString &folder)
    {
        return QDir(folder).entryList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void writesVerifiesAndLeavesNothingElse()
    {
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/review.crpkg");
        FaultyCalls calls;
        QByteArray verified;
        const Result<void> written = MediaWriter(calls).write(
            path, producer(), [&verified](const QString &written) -> Result<void> {
                verified = read(written);
                return {};
            });
        QVERIFY2(written, qPrintable(written.ok() ? QString() : written.errorMessage()));
        QCOMPARE(read(path), packageBytes());
        QCOMPARE(verified, packageBytes());
        QCOMPARE(contents(folder),
                 QStringList({QStringLiteral("other.txt"), QStringLiteral("review.crpkg")}));
        QCOMPARE(calls.counts.value(QStringLiteral("create")), 1);
        QCOMPARE(calls.counts.value(QStringLiteral("sync")), 1);
        QCOMPARE(calls.counts.value(QStringLiteral("rename")), 1);
        QCOMPARE(calls.counts.value(QStringLiteral("sync folder")), 1);
        QCOMPARE(calls.counts.value(QStringLiteral("drop cache")), 1);
        QCOMPARE(calls.counts.value(QStringLiteral("close")), 1);
        QCOMPARE(calls.counts.value(QStringLiteral("remove")), 0);
        QVERIFY(calls.counts.value(QStringLiteral("write")) > 3);
        QVERIFY(calls.counts.value(QStringLiteral("seek")) > 0); // libzip completes local headers
        QCOMPARE(QFileInfo(path).permissions() & QFile::WriteOther, QFile::Permissions());

        // Short writes are continued.
        FaultyCalls shortWrites;
        shortWrites.maxWrite = 1000;
        const QString again = folder + QStringLiteral("/again.crpkg");
        QVERIFY(MediaWriter(shortWrites).write(again, producer()));
        QCOMPARE(read(again), packageBytes());
        QVERIFY(shortWrites.counts.value(QStringLiteral("write")) > 130);
    }

    // Every step, failing as a full, read-only or faulty medium makes it fail, leaves
    // nothing under the final name and no temporary file, and says what happened.
    void everyStepFailsCleanly_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("at");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("reason");

        // How many writes and seeks a clean run makes.
        FaultyCalls counting;
        test::ScratchDirectory folder;
        QVERIFY(
            MediaWriter(counting).write(folder.filePath(QStringLiteral("p.crpkg")), producer()));
        const int writes = counting.counts.value(QStringLiteral("write"));
        const int seeks = counting.counts.value(QStringLiteral("seek"));

        const QString path = QStringLiteral("“%1/review.crpkg”");
        struct Step
        {
            const char *step;
            int at;
            QString what;
        };
        QVector<Step> steps {
            {"create", 1,
             QStringLiteral("Could not create a temporary file in the folder “%1”: ")}};
        for (int write = 1; write <= writes; ++write)
            steps.append({"write", write, QStringLiteral("Could not write ") + path});
        for (int seek = 1; seek <= seeks; ++seek)
            steps.append({"seek", seek, QStringLiteral("Could not write ") + path});
        steps += QVector<Step> {
            {"sync", 1,
             QStringLiteral("Could not flush ") + path + QStringLiteral(" to the medium")},
            {"rename", 1, QStringLiteral("Could not give the written file its name ") + path},
            {"open folder", 1, QStringLiteral("Could not flush the folder “%1” to the medium: ")},
            {"sync folder", 1, QStringLiteral("Could not flush the folder “%1” to the medium: ")},
            {"drop cache", 1,
             QStringLiteral("Could not drop ") + path + QStringLiteral(" from the page cache")},
            {"close", 1, QStringLiteral("Could not close ") + path},
        };
        const struct
        {
            const char *name;
            int error;
            QString reason;
        } errors[] = {
            {"ENOSPC", ENOSPC, QStringLiteral("the medium is full")},
            {"EROFS", EROFS, QStringLiteral("the medium is read-only")},
            {"EIO", EIO,
             QStringLiteral("an input/output error occurred (was the medium removed?)")},
        };
        for (const Step &step : std::as_const(steps)) {
            for (const auto &error : errors) {
                QTest::addRow("%s %d of %d, %s", step.step, step.at,
                              counting.counts.value(QLatin1String(step.step)), error.name)
                    << QString::fromLatin1(step.step) << step.at << error.error << step.what
                    << error.reason;
            }
        }
    }

    void everyStepFailsCleanly()
    {
        QFETCH(QString, step);
        QFETCH(int, at);
        QFETCH(int, error);
        QFETCH(QString, what);
        QFETCH(QString, reason);
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/review.crpkg");
        FaultyCalls calls(step, at, error);
        bool verified = false;
        const Result<void> written
            = MediaWriter(calls).write(path, producer(), [&](const QString &) -> Result<void> {
                  verified = true;
                  return {};
              });
        QVERIFY(!written);
        const QString message = written.errorMessage();
        QVERIFY2(message.startsWith(what.arg(folder)), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral(": ") + reason + QStringLiteral(".")),
                 qPrintable(message));
        QVERIFY2(
            message.endsWith(QStringLiteral(" Nothing was saved under the name “%1”.").arg(path)),
            qPrintable(message));
        QVERIFY(!verified);
        QCOMPARE(contents(folder), QStringList {QStringLiteral("other.txt")});
        QCOMPARE(read(folder + QStringLiteral("/other.txt")), QByteArray("keep"));
    }

    // A medium pulled out: from the failing call on, every call fails, removing too.
    // The message names what is left behind, which cannot be removed.
    void removedMediumNamesWhatIsLeft_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<int>("at");
        QTest::addColumn<QString>("left");
        QTest::newRow("during a write") << QStringLiteral("write") << 2
                                        << QStringLiteral("The temporary file “%1/.review.crpkg.");
        QTest::newRow("during fsync") << QStringLiteral("sync") << 1
                                      << QStringLiteral("The temporary file “%1/.review.crpkg.");
        QTest::newRow("during the folder's fsync")
            << QStringLiteral("sync folder") << 1
            << QStringLiteral("The incomplete file “%1/review.crpkg” could not be removed");
    }

    void removedMediumNamesWhatIsLeft()
    {
        QFETCH(QString, step);
        QFETCH(int, at);
        QFETCH(QString, left);
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/review.crpkg");
        FaultyCalls calls(step, at, EIO, true);
        const Result<void> written = MediaWriter(calls).write(path, producer());
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().contains(left.arg(folder)),
                 qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().endsWith(QStringLiteral("remove it by hand."))
                     || written.errorMessage().endsWith(QStringLiteral("do not use it.")),
                 qPrintable(written.errorMessage()));
        QCOMPARE(contents(folder).size(), 2); // other.txt and what was left
    }

    // A large package is sent towards the medium in parts while it is written, the parts
    // one after the other from the start; a medium that fails then fails the writing at
    // once, while any other refusal of that hint is left to the flush at the end.
    void partsGoToTheMediumWhileWriting()
    {
        const ZipWriter package = largePackage();
        const QByteArray bytes = package.toByteArray().value();
        const auto produce = [&package](QIODevice &device) { return package.write(device); };
        const QString folder = medium();

        FaultyCalls calls;
        const QString path = folder + QStringLiteral("/large.crpkg");
        QVERIFY(MediaWriter(calls).write(path, produce));
        QCOMPARE(read(path), bytes);
        QVERIFY2(calls.started.size() >= 2, qPrintable(QString::number(calls.started.size())));
        qint64 next = 0;
        for (const auto &[offset, length] : std::as_const(calls.started)) {
            QCOMPARE(offset, next);
            QVERIFY(length >= qint64(8) << 20);
            next = offset + length;
        }
        QVERIFY(next <= bytes.size());

        const QString failing = folder + QStringLiteral("/failing.crpkg");
        FaultyCalls removed(QStringLiteral("start writing"), 1, EIO);
        const Result<void> written = MediaWriter(removed).write(failing, produce);
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().startsWith(
                     QStringLiteral("Could not write “%1”: an input/output error occurred")
                         .arg(failing)),
                 qPrintable(written.errorMessage()));
        QCOMPARE(removed.counts.value(QStringLiteral("sync")), 0);

        const QString ignored = folder + QStringLiteral("/ignored.crpkg");
        FaultyCalls refusing(QStringLiteral("start writing"), 1, EINVAL);
        QVERIFY(MediaWriter(refusing).write(ignored, produce));
        QCOMPARE(read(ignored), bytes);
        QCOMPARE(contents(folder),
                 QStringList({QStringLiteral("ignored.crpkg"), QStringLiteral("large.crpkg"),
                              QStringLiteral("other.txt")}));
    }

    void anExistingFileIsNeverOverwrittenUnlessAsked()
    {
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/other.txt");
        const Result<void> refused = MediaWriter().write(path, producer());
        QVERIFY(!refused);
        QCOMPARE(refused.errorMessage(),
                 QStringLiteral("“%1” already exists: choose another name, or remove it first.")
                     .arg(path));
        QCOMPARE(read(path), QByteArray("keep"));
        QCOMPARE(contents(folder), QStringList {QStringLiteral("other.txt")});

        QVERIFY(MediaWriter().write(path, producer(), {}, MediaWriter::Existing::Replace));
        QCOMPARE(read(path), packageBytes());
        QCOMPARE(contents(folder), QStringList {QStringLiteral("other.txt")});
    }

    // Another writer creates the final name while this one writes: the rename refuses.
    void aFileCreatedMeanwhileIsKept()
    {
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/review.crpkg");
        const Result<void> written = MediaWriter().write(path, [&path](QIODevice &device) {
            QFile other(path);
            if (!other.open(QIODevice::WriteOnly) || other.write("theirs") != 6)
                return Result<void>(Error {QStringLiteral("cannot prepare")});
            other.close();
            return samplePackage().write(device);
        });
        QVERIFY(!written);
        QVERIFY2(written.errorMessage().startsWith(QStringLiteral("“%1” already exists").arg(path)),
                 qPrintable(written.errorMessage()));
        QCOMPARE(read(path), QByteArray("theirs"));
        QCOMPARE(contents(folder),
                 QStringList({QStringLiteral("other.txt"), QStringLiteral("review.crpkg")}));
    }

    void aFailedVerificationRemovesTheFile()
    {
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/review.crpkg");
        const Result<void> written
            = MediaWriter().write(path, producer(), [](const QString &) -> Result<void> {
                  return Error {QStringLiteral("The signature does not verify.")};
              });
        QVERIFY(!written);
        QCOMPARE(
            written.errorMessage(),
            QStringLiteral("The signature does not verify. Nothing was saved under the name “%1”.")
                .arg(path));
        QCOMPARE(contents(folder), QStringList {QStringLiteral("other.txt")});
    }

    void aFailingProducerLeavesNothing()
    {
        const QString folder = medium();
        const QString path = folder + QStringLiteral("/review.crpkg");
        const Result<void> written
            = MediaWriter().write(path, [](QIODevice &device) -> Result<void> {
                  device.write("half");
                  return Error {QStringLiteral("The report could not be made.")};
              });
        QVERIFY(!written);
        QCOMPARE(
            written.errorMessage(),
            QStringLiteral("The report could not be made. Nothing was saved under the name “%1”.")
                .arg(path));
        QCOMPARE(contents(folder), QStringList {QStringLiteral("other.txt")});
    }
};

QTEST_GUILESS_MAIN(TestMediaWriter)
#include "tst_mediawriter.moc"
