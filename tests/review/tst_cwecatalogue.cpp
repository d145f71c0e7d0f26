// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "cwecatalogue.h"

#include <QtTest>

#include <thread>
#include <vector>

using namespace clearroom;
using namespace clearroom::review;

namespace {

QVector<int> ids(const QVector<CweEntry> &entries)
{
    QVector<int> result;
    for (const CweEntry &entry : entries)
        result.append(entry.id);
    return result;
}

const QByteArray Preamble = "# MITRE CWE version 4.15, test data\n"
                            "id\tname\tabstraction\tstatus\tdescription\n";

} // namespace

// The CWE list compiled into Clearroom: what a reviewer finds when classifying a finding.
class TestCweCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compiledInListIsMitres415()
    {
        const CweCatalogue &catalogue = CweCatalogue::instance();
        QCOMPARE(catalogue.size(), 964);
        QCOMPARE(catalogue.version(), QStringLiteral("4.15"));
        QVERIFY2(catalogue.attribution().startsWith(
                     QStringLiteral("MITRE Common Weakness Enumeration (CWE) version 4.15")),
                 qPrintable(catalogue.attribution()));
        QVERIFY(catalogue.attribution().contains(QStringLiteral("The MITRE Corporation")));
        QCOMPARE(catalogue.entries().first().id, 5);
        QCOMPARE(catalogue.entries().last().id, 1426);
        // Loaded once: every caller, on any thread, gets the same catalogue.
        const CweCatalogue *seen[4] = {};
        std::vector<std::thread> threads;
        for (auto &slot : seen)
            threads.emplace_back([&slot] { slot = &CweCatalogue::instance(); });
        for (auto &thread : threads)
            thread.join();
        for (const CweCatalogue *other : seen)
            QCOMPARE(other, &catalogue);
    }

    void find_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("abstraction");
        QTest::addColumn<QString>("status");
        QTest::newRow("XSS") << 79
                             << QStringLiteral("Improper Neutralization of Input During Web Page "
                                               "Generation ('Cross-site Scripting')")
                             << QStringLiteral("Base") << QStringLiteral("Stable");
        QTest::newRow("SQL injection") << 89
                                       << QStringLiteral("Improper Neutralization of Special "
                                                         "Elements used in an SQL Command ('SQL "
                                                         "Injection')")
                                       << QStringLiteral("Base") << QStringLiteral("Stable");
        QTest::newRow("out-of-bounds write") << 787 << QStringLiteral("Out-of-bounds Write")
                                             << QStringLiteral("Base") << QStringLiteral("Draft");
        QTest::newRow("first") << 5
                               << QStringLiteral("J2EE Misconfiguration: Data Transmission "
                                                 "Without Encryption")
                               << QStringLiteral("Variant") << QStringLiteral("Draft");
        QTest::newRow("last") << 1426
                              << QStringLiteral("Improper Validation of Generative AI Output")
                              << QStringLiteral("Base") << QStringLiteral("Incomplete");
        QTest::newRow("deprecated") << 71 << QStringLiteral("DEPRECATED: Apple '.DS_Store'")
                                    << QStringLiteral("Variant") << QStringLiteral("Deprecated");
        QTest::newRow("unknown") << 999999 << QString() << QString() << QString();
        QTest::newRow("gap in the list") << 1 << QString() << QString() << QString();
        QTest::newRow("zero") << 0 << QString() << QString() << QString();
        QTest::newRow("negative") << -79 << QString() << QString() << QString();
    }

    void find()
    {
        QFETCH(int, id);
        QFETCH(QString, name);
        QFETCH(QString, abstraction);
        QFETCH(QString, status);
        const CweCatalogue &catalogue = CweCatalogue::instance();
        const auto entry = catalogue.find(id);
        QCOMPARE(entry.has_value(), !name.isEmpty());
        QCOMPARE(catalogue.contains(id), !name.isEmpty());
        if (!entry)
            return;
        QCOMPARE(entry->id, id);
        QCOMPARE(entry->name, name);
        QCOMPARE(entry->abstraction, abstraction);
        QCOMPARE(entry->status, status);
        QVERIFY(entry->description.size() > 20);
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QVector<int>>("expected");
        // An id, however it is written: the weakness itself, then longer ids it starts.
        QTest::newRow("79") << QStringLiteral("79") << 4 << QVector<int> {79, 790, 791, 792};
        QTest::newRow("CWE-79") << QStringLiteral("CWE-79") << 2 << QVector<int> {79, 790};
        QTest::newRow("cwe79") << QStringLiteral("cwe79") << 1 << QVector<int> {79};
        QTest::newRow("cwe 787, spaced")
            << QStringLiteral("  cwe 787 ") << 50 << QVector<int> {787};
        QTest::newRow("CWE:079") << QStringLiteral("CWE:079") << 1 << QVector<int> {79};
        QTest::newRow("CWE-1426") << QStringLiteral("CWE-1426") << 50 << QVector<int> {1426};
        // An id missing from the list still offers the ids that start with it.
        QTest::newRow("CWE-3 (not in 4.15)")
            << QStringLiteral("CWE-3") << 3 << QVector<int> {30, 31, 32};
        QTest::newRow("CWE-999999") << QStringLiteral("CWE-999999") << 50 << QVector<int> {};
        // Names: where the text starts a word before where it is inside one, then by id.
        QTest::newRow("sql") << QStringLiteral("sql") << 50 << QVector<int> {89, 564, 566, 1073};
        QTest::newRow("SQL INJECTION")
            << QStringLiteral("SQL INJECTION") << 50 << QVector<int> {89, 564};
        QTest::newRow("flow") << QStringLiteral("flow") << 50
                              << QVector<int> {670, 691, 705, 1075, 120, 121,
                                               122, 124, 190, 191,  680, 841};
        QTest::newRow("deprecated last")
            << QStringLiteral("dns") << 50 << QVector<int> {350, 247, 292};
        QTest::newRow("limit") << QStringLiteral("flow") << 3 << QVector<int> {670, 691, 705};
        QTest::newRow("nothing") << QStringLiteral("no such weakness") << 50 << QVector<int> {};
        QTest::newRow("empty") << QStringLiteral("   ") << 50 << QVector<int> {};
        QTest::newRow("zero limit") << QStringLiteral("sql") << 0 << QVector<int> {};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QVector<int>, expected);
        QCOMPARE(ids(CweCatalogue::instance().search(text, limit)), expected);
    }

    void searchDefaultsToFifty()
    {
        const auto found = CweCatalogue::instance().search(QStringLiteral("e"));
        QCOMPARE(found.size(), 50);
        QCOMPARE(found.first().name, CweCatalogue::instance().find(found.first().id)->name);
    }

    void parseSortsAndToleratesCrLf()
    {
        const auto parsed
            = CweCatalogue::parse("# Some CWE list, version 9.1.2\r\n"
                                  "id\tname\tabstraction\tstatus\tdescription\r\n"
                                  "20\tImproper Input Validation\tClass\tStable\tInput.\r\n"
                                  "7\tSeven\tVariant\tDraft\t\r\n");
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->version(), QStringLiteral("9.1.2"));
        QCOMPARE(parsed->attribution(), QStringLiteral("Some CWE list, version 9.1.2"));
        QCOMPARE(ids(parsed->entries()), (QVector<int> {7, 20}));
        QCOMPARE(parsed->find(20)->description, QStringLiteral("Input."));
        QVERIFY(parsed->find(7)->description.isEmpty());
    }

    void parseErrorsNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("tsv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Line 1 ");
        QTest::newRow("no attribution")
            << QByteArray("id\tname\tabstraction\tstatus\tdescription\n79\tX\tBase\tStable\tD\n")
            << QStringLiteral("Line 1 of the CWE list is not its attribution");
        QTest::newRow("no version") << QByteArray("# MITRE CWE\n")
                                    << QStringLiteral("Line 1 of the CWE list does not say which "
                                                      "CWE version");
        QTest::newRow("no header") << QByteArray("# CWE version 4.15\n79\tX\tBase\tStable\tD\n")
                                   << QStringLiteral("Line 2 of the CWE list is not the header");
        QTest::newRow("no rows") << Preamble << QStringLiteral("no weaknesses");
        QTest::newRow("too few columns") << Preamble + "79\tX\tBase\tStable\tD\n89\tY\tBase\n"
                                         << QStringLiteral("Line 4 of the CWE list has 3 column");
        QTest::newRow("too many columns") << Preamble + "79\tX\tBase\tStable\tD\tmore\n"
                                          << QStringLiteral("Line 3 of the CWE list has 6 column");
        QTest::newRow("blank line") << Preamble + "79\tX\tBase\tStable\tD\n\n89\tY\tB\tS\tD\n"
                                    << QStringLiteral("Line 4 of the CWE list has 1 column");
        QTest::newRow("id with prefix")
            << Preamble + "CWE-79\tX\tBase\tStable\tD\n"
            << QStringLiteral("Line 3 of the CWE list has the id 'CWE-79'");
        QTest::newRow("id zero") << Preamble + "79\tX\tBase\tStable\tD\n0\tY\tB\tS\tD\n"
                                 << QStringLiteral("Line 4 of the CWE list has the id '0'");
        QTest::newRow("id too large") << Preamble + "12345678901\tX\tBase\tStable\tD\n"
                                      << QStringLiteral("has the id '12345678901'");
        QTest::newRow("repeated id")
            << Preamble + "79\tX\tBase\tStable\tD\n89\tY\tB\tS\tD\n79\tZ\tB\tS\tD\n"
            << QStringLiteral("Line 5 of the CWE list repeats CWE-79 of line 3.");
        QTest::newRow("no name") << Preamble + "79\t \tBase\tStable\tD\n"
                                 << QStringLiteral(
                                        "Line 3 of the CWE list has no name for CWE-79.");
    }

    void parseErrorsNameTheLine()
    {
        QFETCH(QByteArray, tsv);
        QFETCH(QString, expected);
        const auto parsed = CweCatalogue::parse(tsv);
        QVERIFY(!parsed);
        QVERIFY2(parsed.errorMessage().contains(expected), qPrintable(parsed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestCweCatalogue)
#include "tst_cwecatalogue.moc"
