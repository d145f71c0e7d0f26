// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// How a lead's intake judges several packages of one auditor: the same file twice counts
// once, another file under an id already given is refused, a newer package supersedes
// the one it names as previous (in either order), and two packages of one review that do
// not name each other are flagged as a broken chain while both take part.
#include "packagefixture.h"
#include "packageintake.h"
#include "packageverifier.h"

#include <QTest>

using namespace clearroom;
using namespace clearroom::package;

class TestPackageIntake : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        auto policy = EgressPolicy::fromJson(
            R"({"type":"clearroom-egress-policy","version":1,"excerpts":"finding-lines"})",
            QStringLiteral("policy"));
        QVERIFY(policy);
        m_policy = *policy;

        auto first = m_fixture->archiveBy(m_policy, m_fixture->auditor());
        QVERIFY2(first, qPrintable(first ? QString() : first.errorMessage()));
        m_first = m_fixture->save(QStringLiteral("first.crpkg"), *first);
        m_firstId = packageIdOf(m_first);
        QVERIFY(!m_firstId.isEmpty());

        // The same content signed again: the same package id, another signature.
        auto resigned = m_fixture->archiveBy(m_policy, m_fixture->auditor());
        QVERIFY(resigned);
        QVERIFY(*resigned != *first);
        m_resigned = m_fixture->save(QStringLiteral("resigned.crpkg"), *resigned);
        QCOMPARE(packageIdOf(m_resigned), m_firstId);

        QVERIFY(m_fixture->review().add("src/util.c", 8, 9, QStringLiteral("Missing check")));
        auto second = m_fixture->archiveBy(m_policy, m_fixture->auditor(), m_firstId);
        QVERIFY(second);
        m_second = m_fixture->save(QStringLiteral("second.crpkg"), *second);

        // Another package of the same review that names no previous package.
        QVERIFY(m_fixture->review().add("src/util.c", 2, 3, QStringLiteral("Another one")));
        auto unlinked = m_fixture->archiveBy(m_policy, m_fixture->auditor());
        QVERIFY(unlinked);
        m_unlinked = m_fixture->save(QStringLiteral("unlinked.crpkg"), *unlinked);
        QVERIFY(packageIdOf(m_unlinked) != m_firstId);
    }

    void sameFileTwiceCountsOnce()
    {
        const auto outcome = take({m_first, m_first});
        QCOMPARE(outcome.rows.size(), 2);
        QCOMPARE(outcome.rows.at(0).verdict, IntakeRow::Verdict::Accepted);
        QCOMPARE(outcome.rows.at(1).verdict, IntakeRow::Verdict::Duplicate);
        QVERIFY2(outcome.rows.at(1).reason.contains(m_firstId),
                 qPrintable(outcome.rows.at(1).reason));
        QCOMPARE(outcome.accepted.size(), 1);
        QCOMPARE(outcome.leftOut().size(), 1);
    }

    void sameIdOtherContentIsRefused()
    {
        const auto outcome = take({m_first, m_resigned});
        QCOMPARE(outcome.rows.at(0).verdict, IntakeRow::Verdict::Accepted);
        const IntakeRow &refused = outcome.rows.at(1);
        QCOMPARE(refused.verdict, IntakeRow::Verdict::Refused);
        QVERIFY2(refused.reason.contains(QStringLiteral("claims the package id %1").arg(m_firstId))
                     && refused.reason.contains(m_first),
                 qPrintable(refused.reason));
        QCOMPARE(outcome.accepted.size(), 1);
        QCOMPARE(outcome.accepted.first().path, m_first);
    }

    void newerPackageSupersedesInEitherOrder_data()
    {
        QTest::addColumn<bool>("newerFirst");
        QTest::newRow("older given first") << false;
        QTest::newRow("newer given first") << true;
    }

    void newerPackageSupersedesInEitherOrder()
    {
        QFETCH(bool, newerFirst);
        const QStringList files
            = newerFirst ? QStringList {m_second, m_first} : QStringList {m_first, m_second};
        const auto outcome = take(files);
        const int older = newerFirst ? 1 : 0;
        QCOMPARE(outcome.rows.at(older).verdict, IntakeRow::Verdict::Superseded);
        QVERIFY2(outcome.rows.at(older).reason.contains(m_second),
                 qPrintable(outcome.rows.at(older).reason));
        QCOMPARE(outcome.rows.at(1 - older).verdict, IntakeRow::Verdict::Accepted);
        QVERIFY(outcome.rows.at(1 - older).reason.isEmpty());
        QCOMPARE(outcome.accepted.size(), 1);
        QCOMPARE(outcome.accepted.first().path, m_second);
        QCOMPARE(outcome.leftOut().size(), 1);
        QCOMPARE(outcome.leftOut().first().fileName, m_first);
    }

    void brokenChainIsFlaggedAndBothTakePart()
    {
        const auto outcome = take({m_second, m_unlinked});
        QCOMPARE(outcome.accepted.size(), 2);
        for (const IntakeRow &row : outcome.rows) {
            QCOMPARE(row.verdict, IntakeRow::Verdict::Accepted);
            QVERIFY(row.brokenChain);
            QVERIFY2(row.reason.startsWith(QStringLiteral("Flagged: "))
                         && row.reason.contains(QStringLiteral("broken chain")),
                     qPrintable(row.reason));
        }
        // With the one it supersedes beside it, the chain of the second is whole, but the
        // unlinked package still does not belong to it.
        const auto withFirst = take({m_first, m_second, m_unlinked});
        QCOMPARE(withFirst.rows.at(0).verdict, IntakeRow::Verdict::Superseded);
        QVERIFY(withFirst.rows.at(2).reason.contains(QStringLiteral("broken chain")));
        QVERIFY(withFirst.rows.at(2).brokenChain);
        QVERIFY(!withFirst.rows.at(0).brokenChain);
        QCOMPARE(withFirst.accepted.size(), 2);
    }

    void refusedPackageContributesNothing()
    {
        QByteArray damaged = fileBytes(m_second);
        damaged[damaged.size() / 2] = char(damaged.at(damaged.size() / 2) ^ 0x20);
        const QString file = m_fixture->save(QStringLiteral("damaged.crpkg"), damaged);
        const auto outcome = take({file, m_first});
        QCOMPARE(outcome.rows.at(0).verdict, IntakeRow::Verdict::Refused);
        QVERIFY(!outcome.rows.at(0).reason.isEmpty());
        QVERIFY(outcome.rows.at(0).packageId.isEmpty());
        // Refused, so it supersedes nothing: the first package takes part.
        QCOMPARE(outcome.rows.at(1).verdict, IntakeRow::Verdict::Accepted);
        QCOMPARE(outcome.accepted.size(), 1);
    }

private:
    PackageIntake::Outcome take(const QStringList &files) const
    {
        return PackageIntake::take(files, TrustConfiguration::fromStore(m_fixture->trust()), {});
    }

    static QByteArray fileBytes(const QString &fileName)
    {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    QString packageIdOf(const QString &file) const
    {
        auto verdict
            = PackageVerifier::verify(file, TrustConfiguration::fromStore(m_fixture->trust()), {});
        return verdict ? verdict->manifest.packageId : QString();
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    EgressPolicy m_policy;
    QString m_first, m_resigned, m_second, m_unlinked, m_firstId;
};

QTEST_MAIN(TestPackageIntake)
#include "tst_packageintake.moc"
