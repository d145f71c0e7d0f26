// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The trust configuration as the officer checks it: the CA's fingerprint to compare out
// of band, and a visible warning when a revocation list is past its next update.
#include "packagefixture.h"
#include "rostermodel.h"
#include "scratchdirectory.h"
#include "testpki.h"
#include "trustdescription.h"
#include "trustview.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

class TestTrustView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        m_crl = m_fixture->pki().makeCrl(m_fixture->review().filePath(QStringLiteral("crl.pem")),
                                         3600);
        QVERIFY2(!m_crl.isEmpty(), qPrintable(m_fixture->pki().error()));
    }

    void caFileShowsItsFingerprint()
    {
        TrustView view;
        QSignalSpy loaded(&view, &TrustView::loaded);
        view.load(m_fixture->pki().caFile());
        QTRY_COMPARE(loaded.size(), 1);
        const crypto::Certificate ca = m_fixture->trust().anchors().first();
        QVERIFY(view.detailsText().contains(QString::fromLatin1(ca.fingerprint())));
        QVERIFY(view.detailsText().contains(ca.subject()));
        QVERIFY(view.detailsText().contains(QStringLiteral("Egress policy: none given")));
        QAbstractItemModelTester tester(view.rosterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.rosterModel()->rowCount(), 0);
        QVERIFY2(view.rosterText().endsWith(QStringLiteral("\nnone: a CA certificate file has no "
                                                           "roster")),
                 qPrintable(view.rosterText()));
        QVERIFY(view.warningText().isEmpty());
    }

    void signedFolderShowsItsRoster()
    {
        test::TestPki &pki = m_fixture->pki();
        const auto officer
            = pki.issue(QStringLiteral("Olga Officer"), test::TestPki::Role::Authority);
        const auto lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        const QString folder = m_fixture->trustFolder(
            QStringLiteral("trust-view"), officer,
            {{m_fixture->auditor(), QStringLiteral("auditor")}, {lead, QStringLiteral("lead")}});
        TrustView view;
        QSignalSpy loaded(&view, &TrustView::loaded);
        view.load(folder);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY2(view.detailsText().contains(
                     QStringLiteral("Signed by the authority's officer: CN=Olga Officer")),
                 qPrintable(view.detailsText()));
        QCOMPARE(view.rosterModel()->rowCount(), 2);
        QCOMPARE(view.rosterText(), package::TrustDescription::rosterTitle());
        QVERIFY(view.errorText().isEmpty());
        // Close closes the window.
        view.show();
        QVERIFY(view.isVisible());
        view.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QVERIFY(!view.isVisible());
    }

    void staleRevocationListIsWarnedAbout()
    {
        auto trust = package::TrustConfiguration::load(m_fixture->pki().caFile(), m_crl);
        QVERIFY2(trust, qPrintable(trust ? QString() : trust.errorMessage()));
        const QDateTime next = trust->store().revocationLists().first().nextUpdate();
        QVERIFY(next.isValid());
        TrustView view;
        view.setConfiguration(*trust, next.addSecs(-60));
        QVERIFY(view.warningText().isEmpty());
        QVERIFY(view.detailsText().contains(next.toString(Qt::ISODate)));
        view.setConfiguration(*trust, next.addDays(1));
        QVERIFY2(view.warningText().contains(QStringLiteral("past its next update")),
                 qPrintable(view.warningText()));
        QVERIFY(view.warningText().contains(next.toString(Qt::ISODate)));
    }

    void revokedCertificatesAreListed()
    {
        {
            auto trust = package::TrustConfiguration::load(m_fixture->pki().caFile(), m_crl);
            QVERIFY(trust);
            TrustView view;
            view.setConfiguration(*trust);
            QVERIFY2(view.detailsText().contains(QStringLiteral("  revokes no certificate")),
                     qPrintable(view.detailsText()));
        }
        test::ScratchDirectory other;
        test::TestPki revoking(other.path());
        const auto compromised
            = revoking.issue(QStringLiteral("Kim"), test::TestPki::Role::Auditor);
        const auto left = revoking.issue(QStringLiteral("Lou"), test::TestPki::Role::Auditor);
        QVERIFY(revoking.revoke(compromised, "keyCompromise"));
        QVERIFY(revoking.revoke(left));
        const QString crl = revoking.makeCrl(other.filePath(QStringLiteral("crl.pem")));
        QVERIFY2(revoking.isValid(), qPrintable(revoking.error()));
        auto trust = package::TrustConfiguration::load(revoking.caFile(), crl);
        QVERIFY2(trust, qPrintable(trust ? QString() : trust.errorMessage()));
        const auto serialOf = [](const test::IssuedIdentity &identity) {
            return crypto::Certificate::fromPemFile(identity.certificateFile)
                ->first()
                .serialNumber();
        };
        TrustView view;
        view.setConfiguration(*trust);
        const QString details = view.detailsText();
        QVERIFY2(details.contains(
                     package::TrustDescription::tr("  revokes %n certificate(s):", nullptr, 2)),
                 qPrintable(details));
        QVERIFY2(details.contains(
                     QStringLiteral("    serial number %1, revoked ").arg(serialOf(compromised))),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("(key compromise)")));
        QVERIFY(details.contains(QStringLiteral("(no reason given)")));
        QVERIFY(
            details.contains(QStringLiteral("    serial number %1, revoked ").arg(serialOf(left))));
    }

    void rosterModelShowsMembers()
    {
        RosterModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoster(
            {{QStringLiteral("Ada Auditor"), QByteArray(64, 'a'), crypto::Role::Auditor},
             {QStringLiteral("Lea Lead"), QByteArray(64, 'b'), crypto::Role::Lead}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, RosterModel::Name).data().toString(), QStringLiteral("Lea Lead"));
        QCOMPARE(model.index(1, RosterModel::Role).data().toString(),
                 crypto::roleText(crypto::Role::Lead));
        QCOMPARE(model.index(0, RosterModel::Fingerprint).data().toString(),
                 QString(64, QLatin1Char('a')));
    }

    void brokenFolderIsSaid()
    {
        TrustView view;
        QSignalSpy failed(&view, &TrustView::failed);
        view.load(m_fixture->review().filePath(QStringLiteral("nothing-here")));
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY(view.errorText().startsWith(QStringLiteral("Not loaded: ")));
    }

private:
    std::unique_ptr<test::PackageFixture> m_fixture;
    QString m_crl;
};

QTEST_MAIN(TestTrustView)
#include "tst_trustview.moc"
