// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "findingfilter.h"
#include "findingtextindex.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace clearroom::review;

namespace {

// Characters where case folding is easy to get wrong: ASCII in both cases, letters that
// fold onto ASCII (KELVIN SIGN, LONG S), sharp s and its capital, final and other sigma,
// dotted and dotless i, a Deseret letter in both cases (a surrogate pair folding to
// another pair), a character of the 0x800+ range, a separator-like byte value.
const QString alphabet = QStringLiteral(u"aAbBkKsS eE\u212A\u017F\u00DF\u1E9E\u03A3\u03C3\u03C2"
                                        u"\u0130\u0131iI\u00C9\u00E9\u00FF\u0178\uFB00\U00010400"
                                        u"\U00010428\u4E2D");

QString randomText(QRandomGenerator &random, int maxLength)
{
    QString text;
    const int length = random.bounded(maxLength + 1);
    while (text.size() < length) {
        qsizetype at = random.bounded(int(alphabet.size()));
        if (alphabet.at(at).isLowSurrogate())
            --at;
        text += alphabet.at(at);
        if (alphabet.at(at).isHighSurrogate())
            text += alphabet.at(at + 1);
    }
    return text;
}

Finding finding(const QString &title, const QString &description)
{
    Finding finding;
    finding.title = title;
    finding.description = description;
    FindingLocation location;
    location.path = "src/a.c";
    location.startLine = location.endLine = 1;
    finding.locations = {location};
    return finding;
}

bool naive(const Finding &finding, const QString &text)
{
    return finding.title.contains(text, Qt::CaseInsensitive)
        || finding.description.contains(text, Qt::CaseInsensitive);
}

} // namespace

// The folded copy of titles and descriptions the findings panel's text filter reads.
class TestFindingTextIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void search_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("found");

        QTest::newRow("in the title, other case") << QStringLiteral("Integer Overflow") << QString()
                                                  << QStringLiteral("overFLOW") << true;
        QTest::newRow("in the description")
            << QStringLiteral("Title") << QStringLiteral("a torn update") << QStringLiteral("TORN")
            << true;
        QTest::newRow("not across title and description")
            << QStringLiteral("torn") << QStringLiteral("update") << QStringLiteral("tornupdate")
            << false;
        QTest::newRow("kelvin sign folds to k")
            << QStringLiteral(u"\u212Aelvin") << QString() << QStringLiteral("kel") << true;
        QTest::newRow("capital sharp s") << QStringLiteral(u"Stra\u1E9Ee") << QString()
                                         << QStringLiteral(u"stra\u00DFe") << true;
        QTest::newRow("final sigma") << QStringLiteral(u"\u039F\u03A3") << QString()
                                     << QStringLiteral(u"\u03BF\u03C2") << true;
        QTest::newRow("deseret pair") << QStringLiteral(u"x\U00010400y") << QString()
                                      << QStringLiteral(u"X\U00010428Y") << true;
        QTest::newRow("lone low surrogate inside a pair")
            << QStringLiteral(u"x\U00010400y") << QString() << QString(QChar(0xDC00)) << true;
        QTest::newRow("combining mark after ASCII")
            << QStringLiteral(u"Cafe\u0301 Cr\u00E8me") << QString()
            << QStringLiteral(u"CAFE\u0301 cR\u00C8ME") << true;
        QTest::newRow("combining mark not matched by the precomposed letter")
            << QStringLiteral(u"cafe\u0301") << QString() << QStringLiteral(u"caf\u00E9") << false;
        QTest::newRow("non-ASCII at both ends of a field")
            << QStringLiteral(u"\u00C4rger mit \u1E9E") << QStringLiteral(u"\u212A")
            << QStringLiteral(u"\u00E4RGER MIT \u00DF") << true;
        QTest::newRow("sharp s does not fold to ss")
            << QStringLiteral(u"Stra\u00DFe") << QString() << QStringLiteral("strasse") << false;
        QTest::newRow("absent") << QStringLiteral("abc") << QStringLiteral("def")
                                << QStringLiteral("xyz") << false;
        QTest::newRow("empty text shows all")
            << QStringLiteral("abc") << QString() << QString() << true;
    }

    void search()
    {
        QFETCH(QString, title);
        QFETCH(QString, description);
        QFETCH(QString, text);
        QFETCH(bool, found);

        const QVector<Finding> findings
            = {finding(QStringLiteral("nothing here"), {}), finding(title, description)};
        const FindingTextIndex index(findings);
        QCOMPARE(index.size(), 2);
        const QBitArray shown = index.search(text, findings);
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.testBit(1), found);
        QCOMPARE(shown.testBit(1), text.isEmpty() || naive(findings.at(1), text));
        QCOMPARE(shown.testBit(0), text.isEmpty() || naive(findings.at(0), text));
    }

    // On random findings and random needles of the awkward characters above, the index
    // answers as QString::contains() does, and the whole filter as FindingFilter::matches().
    void randomAgreesWithQt()
    {
        QRandomGenerator random(4711);
        for (int round = 0; round < 40; ++round) {
            QVector<Finding> findings;
            const int count = random.bounded(1, 120);
            for (int i = 0; i < count; ++i) {
                findings.append(finding(randomText(random, 12), randomText(random, 40)));
                findings.last().severity = Severity(random.bounded(5));
            }
            const FindingTextIndex index(findings);
            for (int query = 0; query < 40; ++query) {
                const QString text = randomText(random, 3);
                const QBitArray shown = index.search(text, findings);
                FindingFilter filter;
                filter.text = text;
                if (random.bounded(2))
                    filter.severities = {Severity::High, Severity::Low};
                const QBitArray filtered = filter.matching(findings, index);
                for (int row = 0; row < count; ++row) {
                    const Finding &f = findings.at(row);
                    QVERIFY2(
                        shown.testBit(row) == (text.isEmpty() || naive(f, text)),
                        qPrintable(
                            QStringLiteral("%1 in [%2] [%3]").arg(text, f.title, f.description)));
                    QCOMPARE(filtered.testBit(row), filter.matches(f));
                }
            }
        }
    }

    // Long, mostly ASCII fields with an awkward character here and there (the ASCII runs
    // are folded on their own), and fields of nothing but three-byte characters (more
    // than the index reserves room for): answers as QString::contains() does.
    void longFieldsAgreeWithQt()
    {
        QRandomGenerator random(815);
        QVector<Finding> findings;
        for (int i = 0; i < 200; ++i) {
            QString description;
            const int length = random.bounded(2000);
            while (description.size() < length) {
                if (random.bounded(40) == 0)
                    description += randomText(random, 2);
                else
                    description += QChar(char16_t(random.bounded(0x20, 0x7F)));
            }
            QString title;
            for (int c = random.bounded(30); c > 0; --c)
                title += QChar(char16_t(random.bounded(0x4E00, 0x4E10)));
            findings.append(finding(title, description));
        }
        const FindingTextIndex index(findings);
        QCOMPARE(index.size(), findings.size());
        for (int query = 0; query < 300; ++query) {
            QString text;
            const Finding &from = findings.at(random.bounded(int(findings.size())));
            const QString &field = random.bounded(2) ? from.title : from.description;
            if (field.size() > 1) {
                const int at = random.bounded(int(field.size()) - 1);
                text = field.mid(at, random.bounded(1, 6));
                if (text.at(text.size() - 1).isHighSurrogate())
                    text.chop(1);
                if (!text.isEmpty() && text.at(0).isLowSurrogate())
                    text.remove(0, 1);
                if (random.bounded(2))
                    text = text.toUpper();
            }
            const QBitArray shown = index.search(text, findings);
            for (int row = 0; row < findings.size(); ++row) {
                const Finding &f = findings.at(row);
                QVERIFY2(shown.testBit(row) == (text.isEmpty() || naive(f, text)),
                         qPrintable(QStringLiteral("[%1] in row %2").arg(text).arg(row)));
            }
        }
    }

    // An index over other findings (stale) is not trusted.
    void staleIndexIsNotUsed()
    {
        const QVector<Finding> findings
            = {finding(QStringLiteral("alpha"), {}), finding(QStringLiteral("beta"), {})};
        const FindingTextIndex stale(QVector<Finding> {finding(QStringLiteral("alpha"), {})});
        FindingFilter filter;
        filter.text = QStringLiteral("BETA");
        const QBitArray shown = filter.matching(findings, stale);
        QCOMPARE(shown.size(), 2);
        QVERIFY(!shown.testBit(0));
        QVERIFY(shown.testBit(1));
    }
};

QTEST_GUILESS_MAIN(TestFindingTextIndex)
#include "tst_findingtextindex.moc"
