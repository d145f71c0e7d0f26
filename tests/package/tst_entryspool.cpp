// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The spool an export keeps its entries in between the preview and the writing: what goes
// in comes out byte for byte with its size and SHA-256, made whole or in pieces; the
// file has no name; and every failure says which entry and why.
#include "entryspool.h"
#include "scratchdirectory.h"
#include "sha256.h"
#include "zipreader.h"

#include <QDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace clearroom;
using namespace clearroom::package;

class TestEntrySpool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entriesComeOutAsTheyWentIn()
    {
        auto spool = EntrySpool::create(m_scratch.path());
        QVERIFY2(spool, qPrintable(spool ? QString() : spool.errorMessage()));
        const QByteArray whole("{\"findings\": []}\n");
        auto first = (*spool)->add(QStringLiteral("findings.json"), whole);
        QVERIFY(first);
        QCOMPARE(first->path, QStringLiteral("findings.json"));
        QCOMPARE(first->size, whole.size());
        QCOMPARE(first->sha256, crypto::Sha256::hexOf(whole.toStdString()));

        const QByteArrayList pieces {"<html>", "", "<p>Bericht</p>", "</html>\n"};
        auto second = (*spool)->add(QStringLiteral("report.html"),
                                    [&pieces](const EntrySpool::Sink &sink) -> Result<void> {
                                        for (const QByteArray &piece : pieces) {
                                            if (auto done = sink(piece); !done)
                                                return done;
                                        }
                                        return {};
                                    });
        QVERIFY(second);
        QCOMPARE(second->sha256, crypto::Sha256::hexOf(pieces.join().toStdString()));
        QCOMPARE((*spool)->bytes(QStringLiteral("report.html")).value(), pieces.join());
        QCOMPARE((*spool)->bytes(QStringLiteral("findings.json")).value(), whole);
        QCOMPARE((*spool)->size(), whole.size() + pieces.join().size());
        // Nothing with a name is left in the folder.
        QCOMPARE(QDir(m_scratch.path())
                     .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());

        // Into an archive, piece by piece, after the spool's owner let it go.
        ZipWriter writer;
        (*spool)->addTo(writer, QStringLiteral("report.html"));
        (*spool)->addTo(writer, QStringLiteral("findings.json"));
        spool = Error {};
        auto archive = writer.toByteArray();
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.errorMessage()));
        ZipReader reader;
        QVERIFY(reader.openBytes(*archive, QStringLiteral("spooled.zip")));
        QCOMPARE(reader.read(0).value(), whole);
        QCOMPARE(reader.read(1).value(), pieces.join());
    }

    void failuresSayWhatAndWhy()
    {
        auto spool = EntrySpool::create(m_scratch.path());
        QVERIFY(spool);
        QVERIFY((*spool)->add(QStringLiteral("a"), QByteArray("1")));
        const auto twice = (*spool)->add(QStringLiteral("a"), QByteArray("2"));
        QVERIFY(!twice);
        QCOMPARE(twice.errorMessage(), QStringLiteral("The package has the entry “a” twice."));
        const auto missing = (*spool)->bytes(QStringLiteral("b"));
        QVERIFY(!missing);
        QCOMPARE(missing.errorMessage(), QStringLiteral("The package has no entry “b”."));

        // A maker that fails leaves nothing of its entry behind.
        const auto failed = (*spool)->add(QStringLiteral("c"), [](const EntrySpool::Sink &sink) {
            if (auto done = sink(QByteArray(1000, 'x')); !done)
                return done;
            return Result<void>(Error {QStringLiteral("the report could not be laid out")});
        });
        QVERIFY(!failed);
        QCOMPARE(failed.errorMessage(), QStringLiteral("the report could not be laid out"));
        QVERIFY(!(*spool)->contains(QStringLiteral("c")));
        QCOMPARE((*spool)->size(), 1);
        QVERIFY((*spool)->add(QStringLiteral("d"), QByteArray("4")));
        QCOMPARE((*spool)->bytes(QStringLiteral("d")).value(), QByteArray("4"));

        const QString nowhere = m_scratch.filePath(QStringLiteral("gone"));
        const auto none = EntrySpool::create(nowhere);
        QVERIFY(!none);
        QCOMPARE(none.errorMessage(),
                 QStringLiteral("Could not make a temporary file in the folder “%1” to hold the "
                                "package's entries until they are written: No such file or "
                                "directory.")
                     .arg(nowhere));
    }

    // Entries added from several threads at once (as an export makes its report while
    // the other entries are made) each come out whole and alone, also into an archive.
    void entriesAddedAtOnceStayApart()
    {
        auto spool = EntrySpool::create(m_scratch.path());
        QVERIFY(spool);
        constexpr int Threads = 4;
        const auto contentOf = [](int entry, int piece) -> QByteArray {
            return QByteArray(1000 + piece % 7, char('a' + entry)) + QByteArray::number(piece)
                + '\n';
        };
        std::vector<Result<ManifestEntry>> added(Threads, Error {});
        std::vector<std::thread> threads;
        for (int entry = 0; entry < Threads; ++entry) {
            threads.emplace_back([&, entry] {
                added[size_t(entry)] = (*spool)->add(
                    QStringLiteral("entry%1").arg(entry), [&](const EntrySpool::Sink &sink) {
                        for (int piece = 0; piece < 300; ++piece) {
                            if (auto done = sink(contentOf(entry, piece)); !done)
                                return done;
                            if (piece % 50 == 0)
                                std::this_thread::yield();
                        }
                        return Result<void>();
                    });
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        ZipWriter writer;
        qint64 total = 0;
        for (int entry = 0; entry < Threads; ++entry) {
            QByteArray expected;
            for (int piece = 0; piece < 300; ++piece)
                expected += contentOf(entry, piece);
            const Result<ManifestEntry> &made = added[size_t(entry)];
            QVERIFY2(made, qPrintable(made ? QString() : made.errorMessage()));
            QCOMPARE(made->size, expected.size());
            QCOMPARE(made->sha256, crypto::Sha256::hexOf(expected.toStdString()));
            QCOMPARE((*spool)->bytes(made->path).value(), expected);
            (*spool)->addTo(writer, made->path);
            total += expected.size();
        }
        QCOMPARE((*spool)->size(), total);
        const auto archive = writer.toByteArray();
        QVERIFY(archive);
        ZipReader reader;
        QVERIFY(reader.openBytes(*archive, QStringLiteral("spooled.zip")));
        for (int entry = 0; entry < Threads; ++entry)
            QCOMPARE(reader.read(entry).value(),
                     (*spool)->bytes(added[size_t(entry)]->path).value());

        // One name added on two threads at once: one of them is refused.
        std::atomic<int> refused {0};
        std::vector<std::thread> twins;
        for (int twin = 0; twin < 2; ++twin) {
            twins.emplace_back([&] {
                const auto made
                    = (*spool)->add(QStringLiteral("twin"), [](const EntrySpool::Sink &sink) {
                          for (int piece = 0; piece < 200; ++piece) {
                              if (auto done = sink(QByteArray(100, 't')); !done)
                                  return done;
                              std::this_thread::yield();
                          }
                          return Result<void>();
                      });
                refused += made ? 0 : 1;
            });
        }
        for (std::thread &twin : twins)
            twin.join();
        QCOMPARE(refused.load(), 1);
        QCOMPARE((*spool)->bytes(QStringLiteral("twin")).value(), QByteArray(20000, 't'));
    }

private:
    test::ScratchDirectory m_scratch;
};

QTEST_GUILESS_MAIN(TestEntrySpool)
#include "tst_entryspool.moc"
