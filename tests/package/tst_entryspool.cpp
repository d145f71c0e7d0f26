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

private:
    test::ScratchDirectory m_scratch;
};

QTEST_GUILESS_MAIN(TestEntrySpool)
#include "tst_entryspool.moc"
