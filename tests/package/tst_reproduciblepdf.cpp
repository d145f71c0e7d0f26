// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "process.h"
#include "reproduciblepdf.h"
#include "scratchdirectory.h"
#include "sha256.h"

#include <QFile>
#include <QStandardPaths>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::package;
using namespace clearroom::test;

namespace {

// A small PDF laid out as QPdfWriter lays one out: its document information first, a
// classic cross-reference table, the trailer with /Info and (when given) /ID.
QByteArray makePdf(const QByteArray &creationDate, const QByteArray &id)
{
    const QByteArrayList objects {
        "<<\n/Title (Report)\n/Producer (Qt)\n"
            + (creationDate.isEmpty() ? QByteArray() : "/CreationDate (" + creationDate + ")\n")
            + ">>",
        "<< /Type /Catalog /Pages 3 0 R >>",
        "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 200 200] /Contents 5 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QVector<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<<\n/Size " + QByteArray::number(objects.size() + 1)
        + "\n/Info 1 0 R\n/Root 2 0 R\n";
    if (!id.isEmpty())
        pdf += "/ID [ <" + id + "> <" + id + "> ]\n";
    pdf += ">>\nstartxref\n" + QByteArray::number(xref) + " \n%%EOF\n";
    return pdf;
}

const QDateTime created(QDate(2026, 3, 2), QTime(10, 30), Qt::UTC);

// qpdf's verdict on a PDF: empty when it is sound.
QByteArray qpdfProblems(const QByteArray &pdf)
{
    ScratchDirectory dir;
    const QString file = dir.filePath(QStringLiteral("check.pdf"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size())
        return "cannot write the file";
    out.close();
    const QByteArray qpdf
        = QFile::encodeName(QStandardPaths::findExecutable(QStringLiteral("qpdf")));
    if (qpdf.isEmpty())
        return "qpdf is missing: run installer/setup-deps.sh";
    const ProcessResult checked = runProcess(qpdf, {"--check", QFile::encodeName(file)});
    return checked.ok() ? QByteArray() : checked.standardOutput + checked.standardError;
}

} // namespace

// What makes a PDF that Qt wrote the same for the same document: the clock's time and the
// random document id replaced, the cross-reference table kept right.
class TestReproduciblePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theFixturesAreSoundPdfs()
    {
        QCOMPARE(qpdfProblems(makePdf("D:20261128054406-03'30'", QByteArray(32, 'a'))),
                 QByteArray());
        // qpdf notices a table that points at the wrong places (so it checks the fixes).
        QByteArray shifted = makePdf("D:20261128054406Z", QByteArray(32, 'a'));
        shifted.insert(10, "% shifted\n");
        QVERIFY(!qpdfProblems(shifted).isEmpty());
    }

    void clockTimeInAnyZoneBecomesTheCreationTime_data()
    {
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("UTC") << QByteArray("D:20261128091334Z");
        QTest::newRow("behind UTC") << QByteArray("D:20261128054406-03'30'");
        QTest::newRow("ahead of UTC") << QByteArray("D:20261128151906+05'45'");
    }

    void clockTimeInAnyZoneBecomesTheCreationTime()
    {
        QFETCH(QByteArray, written);
        const auto fixed = ReproduciblePdf::fix(makePdf(written, QByteArray(32, 'e')), created);
        QVERIFY2(fixed.ok(), qPrintable(fixed.ok() ? QString() : fixed.errorMessage()));
        QVERIFY(fixed->contains("/CreationDate (D:20260302103000Z)"));
        QVERIFY(!fixed->contains(written));
        QCOMPARE(qpdfProblems(*fixed), QByteArray());
        // Whatever the clock and zone said, the same document gives the same bytes.
        const auto reference
            = ReproduciblePdf::fix(makePdf("D:20200101000000Z", QByteArray(32, '7')), created);
        QVERIFY(reference.ok());
        QCOMPARE(*fixed, *reference);
    }

    void documentIdIsTheDigestOfTheDocument()
    {
        const auto fixed
            = ReproduciblePdf::fix(makePdf("D:20261128091334Z", QByteArray(32, 'a')), created);
        QVERIFY(fixed.ok());
        const qsizetype at = fixed->indexOf("/ID [ <") + 7;
        const QByteArray id = fixed->mid(at, 32);
        QCOMPARE(fixed->mid(at + 32, 4), QByteArray("> <") + id.left(1));
        // The digest of the document with the id zeroed.
        QByteArray zeroed = *fixed;
        zeroed.replace(id, QByteArray(32, '0'));
        QCOMPARE(id,
                 crypto::Sha256::hexOf(std::string_view(zeroed.constData(), size_t(zeroed.size())))
                     .left(32));
        // Another document, another id.
        const auto other = ReproduciblePdf::fix(makePdf("D:20261128091334Z", QByteArray(32, 'a')),
                                                created.addSecs(1));
        QVERIFY(other.ok());
        QVERIFY(other->mid(at, 32) != id);
    }

    void withoutIdOrDateOnlyTheTableIsRewritten()
    {
        const QByteArray pdf = makePdf({}, {});
        QCOMPARE(qpdfProblems(pdf), QByteArray());
        const auto fixed = ReproduciblePdf::fix(pdf, created);
        QVERIFY(fixed.ok());
        QCOMPARE(qpdfProblems(*fixed), QByteArray());
        QVERIFY(!fixed->contains("/ID"));
    }

    void refusesWhatItDoesNotUnderstand_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        const QByteArray good = makePdf("D:20261128091334Z", QByteArray(32, 'a'));
        QTest::newRow("not a PDF") << QByteArray("hello");
        QByteArray noXref = good;
        noXref.replace("xref\n0 6", "xerf\n0 6");
        QTest::newRow("startxref points elsewhere") << noXref;
        QByteArray twoSections = good;
        twoSections.replace("xref\n0 6", "xref\n1 5");
        QTest::newRow("section not from object 0") << twoSections;
        QByteArray truncated = good;
        truncated.remove(truncated.indexOf("trailer") - 30, 30);
        QTest::newRow("truncated table") << truncated;
        QByteArray unterminated = good;
        unterminated.replace("(D:20261128091334Z)", "(D:20261128091334Z ");
        QTest::newRow("unterminated date") << unterminated;
    }

    void refusesWhatItDoesNotUnderstand()
    {
        QFETCH(QByteArray, pdf);
        const auto fixed = ReproduciblePdf::fix(pdf, created);
        QVERIFY(!fixed.ok());
        QVERIFY2(fixed.errorMessage().contains(QLatin1String("unexpected structure")),
                 qPrintable(fixed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestReproduciblePdf)
#include "tst_reproduciblepdf.moc"
