// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingfilter.h"

#include <QtTest>

using namespace clearroom::review;

Q_DECLARE_METATYPE(Severity)
Q_DECLARE_METATYPE(FindingStatus)

namespace {

FindingLocation location(const QByteArray &path)
{
    FindingLocation location;
    location.path = path;
    location.startLine = location.endLine = 1;
    return location;
}

// A high, confirmed finding by Ada in two files, one of them not UTF-8.
Finding sample()
{
    Finding finding;
    finding.title = QStringLiteral("Integer overflow in parse_header()");
    finding.description = QStringLiteral("The **length** is multiplied before the check.\n\n"
                                         "Größe überläuft. \u212Aelvin scale.");
    finding.recommendation = QStringLiteral("Use checked arithmetic.");
    finding.severity = Severity::High;
    finding.status = FindingStatus::Confirmed;
    finding.author = QStringLiteral("Ada Auditor");
    finding.locations = {location("src/net/Packet.c"), location("lib/raw\xff/data.h")};
    return finding;
}

} // namespace

// The filter behind the findings panel: which findings it shows.
class TestFindingFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QVector<Severity>>("severities");
        QTest::addColumn<QVector<FindingStatus>>("statuses");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("shown");

        const QVector<Severity> anySeverity;
        const QVector<FindingStatus> anyStatus;
        QTest::newRow("empty filter")
            << anySeverity << anyStatus << QString() << QString() << QString() << true;
        QTest::newRow("its severity among others")
            << QVector<Severity> {Severity::Low, Severity::High} << anyStatus << QString()
            << QString() << QString() << true;
        QTest::newRow("other severities")
            << QVector<Severity> {Severity::Critical, Severity::Medium} << anyStatus << QString()
            << QString() << QString() << false;
        QTest::newRow("its status")
            << anySeverity << QVector<FindingStatus> {FindingStatus::Confirmed} << QString()
            << QString() << QString() << true;
        QTest::newRow("another status")
            << anySeverity << QVector<FindingStatus> {FindingStatus::Open, FindingStatus::Fixed}
            << QString() << QString() << QString() << false;
        QTest::newRow("path of the primary location")
            << anySeverity << anyStatus << QStringLiteral("net/Packet") << QString() << QString()
            << true;
        QTest::newRow("path ignores case")
            << anySeverity << anyStatus << QStringLiteral("SRC/NET/packet.C") << QString()
            << QString() << true;
        QTest::newRow("path of another location")
            << anySeverity << anyStatus << QStringLiteral("data.h") << QString() << QString()
            << true;
        QTest::newRow("part of a path that is not UTF-8")
            << anySeverity << anyStatus << QStringLiteral("lib/RAW") << QString() << QString()
            << true;
        QTest::newRow("path it does not have")
            << anySeverity << anyStatus << QStringLiteral("src/crypto") << QString() << QString()
            << false;
        QTest::newRow("author") << anySeverity << anyStatus << QString()
                                << QStringLiteral("Ada Auditor") << QString() << true;
        QTest::newRow("part of the author's name is not the author")
            << anySeverity << anyStatus << QString() << QStringLiteral("Ada") << QString() << false;
        QTest::newRow("text in the title") << anySeverity << anyStatus << QString() << QString()
                                           << QStringLiteral("OVERFLOW in") << true;
        QTest::newRow("text in the description")
            << anySeverity << anyStatus << QString() << QString()
            << QStringLiteral("multiplied before") << true;
        QTest::newRow("text with umlauts in another case")
            << anySeverity << anyStatus << QString() << QString() << QStringLiteral("ÜBERLÄUFT")
            << true;
        QTest::newRow("text folded as Qt folds it")
            << anySeverity << anyStatus << QString() << QString() << QStringLiteral("kelvin")
            << true; // U+212A KELVIN SIGN folds to k
        QTest::newRow("text at the very end") << anySeverity << anyStatus << QString() << QString()
                                              << QStringLiteral("scale.") << true;
        QTest::newRow("text longer than the title")
            << anySeverity << anyStatus << QString() << QString()
            << QStringLiteral("Integer overflow in parse_header() and more") << false;
        QTest::newRow("text in the recommendation only")
            << anySeverity << anyStatus << QString() << QString()
            << QStringLiteral("checked arithmetic") << false;
        QTest::newRow("all criteria hold")
            << QVector<Severity> {Severity::High}
            << QVector<FindingStatus> {FindingStatus::Confirmed} << QStringLiteral("src/")
            << QStringLiteral("Ada Auditor") << QStringLiteral("length") << true;
        QTest::newRow("all but one criterion hold")
            << QVector<Severity> {Severity::High}
            << QVector<FindingStatus> {FindingStatus::Confirmed} << QStringLiteral("src/")
            << QStringLiteral("Ada Auditor") << QStringLiteral("use after free") << false;
    }

    void matches()
    {
        QFETCH(QVector<Severity>, severities);
        QFETCH(QVector<FindingStatus>, statuses);
        QFETCH(QString, path);
        QFETCH(QString, author);
        QFETCH(QString, text);
        QFETCH(bool, shown);

        FindingFilter filter;
        filter.severities = severities;
        filter.statuses = statuses;
        filter.path = path;
        filter.author = author;
        filter.text = text;
        QCOMPARE(filter.matches(sample()), shown);
        QCOMPARE(filter.isEmpty(),
                 severities.isEmpty() && statuses.isEmpty() && path.isEmpty() && author.isEmpty()
                     && text.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindingFilter)
#include "tst_findingfilter.moc"
