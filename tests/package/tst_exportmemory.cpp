// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// An export's memory is bounded by its largest entry, not by the package: measured in a
// child process (its peak resident size, VmHWM, reset before each phase) on a package
// whose two large entries make up most of it. A regression that holds the package or
// every entry at once (a spool in memory, the archive made as one byte array, the written
// file read back whole) grows by about the package and fails here.
#include "entryspool.h"
#include "packagebuilder.h"
#include "packagecontentfixture.h"
#include "packagedelivery.h"
#include "process.h"
#include "reportwriter.h"
#include "residentmemory.h"
#include "scratchdirectory.h"
#include "sha256.h"
#include "testpki.h"
#include "trustconfiguration.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTest>

#include <cstdio>

using namespace clearroom;
using namespace clearroom::package;

namespace {

constexpr qint64 LargeEntry = qint64(32) << 20;

// Lines of an audit log: as large as the entries of a long review, cheap to make.
QByteArray lines(qint64 size, char fill)
{
    QByteArray bytes(int(size), fill);
    for (qint64 i = 99; i < size; i += 100)
        bytes[int(i)] = '\n';
    bytes[int(size - 1)] = '\n';
    return bytes;
}

// The child: --child P12 PASSPHRASE CA FOLDER. Prints
// "build BYTES write BYTES package BYTES largest BYTES": the growth of the peak
// resident size while building and while writing and verifying.
int child(const QStringList &arguments)
{
    const auto fail = [](const QString &what) {
        std::fprintf(stderr, "%s\n", qPrintable(what));
        return 1;
    };
    auto identity = crypto::Identity::load(arguments.at(0), arguments.at(1).toUtf8());
    if (!identity)
        return fail(identity.errorMessage());
    auto trust = TrustConfiguration::load(arguments.at(2));
    if (!trust)
        return fail(trust.errorMessage());
    const QString folder = arguments.at(3);
    // Fonts and the PDF writer loaded once beforehand: they are no entry's memory.
    if (auto warm = ReportWriter::pdf(test::samplePackageContent()); !warm)
        return fail(warm.errorMessage());

    CollectedReview collected;
    collected.content = test::samplePackageContent();
    collected.auditLog = lines(LargeEntry, 'l');
    collected.auditValues = lines(LargeEntry, 'v');
    collected.auditHead = QByteArray(64, 'a');
    collected.auditEntries = LargeEntry / 100;
    collected.policy = EgressPolicy::none();

    namespace memory = test::residentmemory;
    if (!memory::resetPeak())
        return fail(QStringLiteral("cannot reset the peak resident size"));
    long long before = memory::current();
    PackageBuilder builder(std::move(collected), identity->certificate(),
                           test::packageFixtureTime());
    builder.setSpoolFolder(folder);
    if (auto built = builder.build(); !built)
        return fail(built.errorMessage());
    const long long building = memory::peak() - before;

    memory::resetPeak();
    before = memory::current();
    const QString out = folder + QStringLiteral("/large.crpkg");
    auto archive = builder.archive(*identity);
    if (!archive)
        return fail(archive.errorMessage());
    auto verdict = PackageDelivery::writeAndVerify(out, *archive, *trust);
    if (!verdict)
        return fail(verdict.errorMessage());
    const long long writing = memory::peak() - before;
    qint64 largest = 0;
    for (const ManifestEntry &entry : builder.entries())
        largest = std::max(largest, entry.size);
    std::printf("build %lld write %lld package %lld largest %lld\n", building, writing,
                QFileInfo(out).size(), largest);
    return 0;
}

// The report child: --report COUNT. Makes report.html and report.pdf of COUNT findings
// (the sample's, repeated) as an export does, twice, and prints
// "html BYTES pdf BYTES growth BYTES same 0|1": the growth of the peak resident size
// while the first pair was made, and whether the two PDFs are the same bytes.
int reportChild(int count)
{
    // Fonts and the PDF writer loaded once beforehand, as in child().
    if (auto warm = ReportWriter::pdf(test::samplePackageContent()); !warm) {
        std::fprintf(stderr, "%s\n", qPrintable(warm.errorMessage()));
        return 1;
    }
    PackageContent content = test::samplePackageContent();
    const QVector<PackageFinding> sample = content.findings;
    content.findings.clear();
    for (int i = 0; i < count; ++i) {
        PackageFinding finding = sample.at(i % sample.size());
        finding.finding.id
            = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        finding.finding.title += QStringLiteral(" (%1)").arg(i);
        content.findings.append(finding);
    }
    namespace memory = test::residentmemory;
    if (!memory::resetPeak())
        return 1;
    const long long before = memory::current();
    // Both entries counted and digested as they come, as the spool does.
    qint64 html = 0;
    qint64 pdf = 0;
    crypto::Sha256 digest;
    {
        ReportJob report(content);
        const auto written = report.writeHtml([&html](const QByteArray &piece) -> Result<void> {
            html += piece.size();
            return {};
        });
        const auto made = report.writePdf([&](const QByteArray &piece) -> Result<void> {
            pdf += piece.size();
            digest.add(piece);
            return {};
        });
        if (!written || !made) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(!written ? written.errorMessage() : made.errorMessage()));
            return 1;
        }
    }
    const long long growth = memory::peak() - before;
    const auto again = ReportWriter::pdf(content);
    const bool same = again.ok() && crypto::Sha256().add(*again).hex() == digest.hex();
    std::printf("html %lld pdf %lld growth %lld same %d\n", html, pdf, growth, same ? 1 : 0);
    return 0;
}

} // namespace

class TestExportMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportMemoryIsBoundedByTheLargestEntry()
    {
        if (test::residentmemory::addressSanitized())
            QSKIP(test::residentmemory::sanitizedSkipReason);
        test::TestPki pki(m_scratch.filePath(QStringLiteral("pki")));
        const test::IssuedIdentity auditor
            = pki.issue(QStringLiteral("Ada Auditor"), test::TestPki::Role::Auditor);
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        const test::ProcessResult result = test::runProcess(
            QFile::encodeName(QCoreApplication::applicationFilePath()),
            {"--child", QFile::encodeName(auditor.pkcs12File), auditor.passphrase,
             QFile::encodeName(pki.caFile()), QFile::encodeName(m_scratch.path())});
        QVERIFY2(result.ok(), result.standardError.constData());
        const QByteArrayList fields = result.standardOutput.trimmed().split(' ');
        QCOMPARE(fields.size(), 8);
        const qint64 building = fields.at(1).toLongLong();
        const qint64 writing = fields.at(3).toLongLong();
        const qint64 package = fields.at(5).toLongLong();
        const qint64 largest = fields.at(7).toLongLong();
        qInfo("package %.1f MB, largest entry %.1f MB; peak memory grew by %.1f MB while "
              "building, by %.1f MB while writing and verifying",
              double(package) / 1e6, double(largest) / 1e6, double(building) / 1e6,
              double(writing) / 1e6);
        QCOMPARE(largest, LargeEntry);
        QVERIFY(package > 2 * LargeEntry);
        // Making the entries holds one at a time (the two large ones are the collected
        // review's own bytes); writing copies them from the spool in pieces, and the
        // read-back verification streams them.
        QVERIFY2(building < largest, qPrintable(QString::number(building)));
        QVERIFY2(writing < largest / 4, qPrintable(QString::number(writing)));
    }

    // report.pdf is set from report.html's pieces while they are made and put on pages as
    // they are set: its memory is a few pieces, the words its setters keep (a bounded
    // number) and its finished, deflated pages (about 4.5 times the HTML's size with the
    // allocator's overhead, here), not the whole report laid out (about 16 times, when it
    // was). Its pieces are set on two threads: the same bytes in every run all the same.
    // (7,000 findings: over 10 MB of HTML also in a build without highlighting, now that
    // the excerpts' styles are in the style sheet.)
    void reportMemoryIsBoundedAndTheSameEveryTime()
    {
        if (test::residentmemory::addressSanitized())
            QSKIP(test::residentmemory::sanitizedSkipReason);
        const test::ProcessResult result = test::runProcess(
            QFile::encodeName(QCoreApplication::applicationFilePath()), {"--report", "7000"});
        QVERIFY2(result.ok(), result.standardError.constData());
        const QByteArrayList fields = result.standardOutput.trimmed().split(' ');
        QCOMPARE(fields.size(), 8);
        const qint64 html = fields.at(1).toLongLong();
        const qint64 pdf = fields.at(3).toLongLong();
        const qint64 growth = fields.at(5).toLongLong();
        qInfo("report.html %.1f MB, report.pdf %.1f MB; peak memory grew by %.1f MB",
              double(html) / 1e6, double(pdf) / 1e6, double(growth) / 1e6);
        QVERIFY(html > 10'000'000);
        QVERIFY(pdf > 5'000'000);
        QVERIFY2(growth < 8 * html, qPrintable(QString::number(growth)));
        QCOMPARE(fields.at(7), QByteArray("1"));
    }

private:
    test::ScratchDirectory m_scratch;
};

int main(int argc, char **argv)
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        return child(QCoreApplication::arguments().mid(2));
    }
    if (argc > 2 && qstrcmp(argv[1], "--report") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication application(argc, argv);
        return reportChild(QByteArray(argv[2]).toInt());
    }
    QCoreApplication application(argc, argv);
    TestExportMemory test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_exportmemory.moc"
