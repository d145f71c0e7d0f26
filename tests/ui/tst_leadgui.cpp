// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The lead reviewer's GUI as a lead goes through it: import a mix of real signed packages
// (good, superseded, a copy, tampered, forged) and see each one's verdict; compare the
// proposed duplicates side by side; merge with the rationale the editor insists on, keep,
// reject with a reason, split, withdraw; and export a consolidated package that verifies.
#include "combinedcoveragemodel.h"
#include "consolidationcontroller.h"
#include "consolidationpage.h"
#include "decisioneditor.h"
#include "findingstore.h"
#include "importdialog.h"
#include "importrowsmodel.h"
#include "leaddecisionsmodel.h"
#include "leadexportdialog.h"
#include "leadsession.h"
#include "leadworkspace.h"
#include "leftoutmodel.h"
#include "mainwindow.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "proposalsmodel.h"
#include "rememberedpaths.h"
#include "sidebysidemodel.h"
#include "staledecisionsmodel.h"
#include "testpki.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSemaphore>
#include <QSet>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;
using package::Decision;
using package::IntakeRow;

class TestLeadGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        test::TestPki &pki = m_fixture->pki();
        const auto bob = pki.issue(QStringLiteral("Bob Auditor"), test::TestPki::Role::Auditor);
        const auto mallory = pki.forge(QStringLiteral("Ada Auditor"));
        m_lead = pki.issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY2(pki.isValid(), qPrintable(pki.error()));
        const auto none = package::EgressPolicy::none();
        auto adaFirst = m_fixture->archive(none);
        QVERIFY(adaFirst);
        m_ada1 = m_fixture->save(QStringLiteral("ada-1.crpkg"), *adaFirst);
        const auto firstManifest = package::PackageVerifier::readManifest(m_ada1);
        QVERIFY(firstManifest);
        QVERIFY(
            m_fixture->review().add("src/util.c", 8, 9, QStringLiteral("Missing bounds check")));
        auto adaSecond = m_fixture->archiveBy(none, m_fixture->auditor(), firstManifest->packageId);
        QVERIFY(adaSecond);
        m_ada2 = m_fixture->save(QStringLiteral("ada-2.crpkg"), *adaSecond);
        // Bob rates one finding otherwise: a group whose auditors disagree.
        auto all = m_fixture->review().workspace().findings().all();
        QVERIFY(all && !all->isEmpty());
        review::FindingChanges rating;
        rating.severity = all->first().severity == review::Severity::Critical
            ? review::Severity::Low
            : review::Severity::Critical;
        rating.status = review::FindingStatus::Confirmed;
        QVERIFY(m_fixture->review().workspace().findings().update(all->first().id, rating));
        m_disputedTitle = all->first().title;
        auto bobs = m_fixture->archiveBy(none, bob);
        QVERIFY(bobs);
        m_bob = m_fixture->save(QStringLiteral("bob.crpkg"), *bobs);
        m_copy = m_fixture->save(QStringLiteral("bob-copy.crpkg"), *bobs);
        QByteArray tampered = *bobs;
        const int at = tampered.indexOf("\"title\": \"Unchecked") + 10;
        QVERIFY(at > 10);
        tampered[at] = 'u';
        m_tampered = m_fixture->save(QStringLiteral("tampered.crpkg"), tampered);
        auto forged = m_fixture->archiveBy(none, mallory);
        QVERIFY(forged);
        m_forged = m_fixture->save(QStringLiteral("forged.crpkg"), *forged);
        // Ada exports once more without naming a previous package: a broken chain.
        QVERIFY(m_fixture->review().add("src/main.c", 1, 2, QStringLiteral("Another finding")));
        auto adaOther = m_fixture->archiveBy(none, m_fixture->auditor());
        QVERIFY(adaOther);
        m_adaOther = m_fixture->save(QStringLiteral("ada-other.crpkg"), *adaOther);
        m_fixture->review().close();
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_controller = m_window->consolidation();
        QVERIFY(m_controller);
        LeadSession *session = m_controller->session();
        session->setTrustPath(m_fixture->pki().caFile());
        // Each test in a lead workspace of its own.
        m_workspace
            = m_fixture->review().filePath(QStringLiteral("lead-%1.clearroom").arg(++m_workspaces));
        QSignalSpy loaded(session, &LeadSession::loaded);
        QSignalSpy failed(session, &LeadSession::workspaceFailed);
        session->createWorkspace(m_workspace, QStringLiteral("Consolidation"),
                                 QStringLiteral("Lea Lead"));
        QVERIFY2(loaded.wait(60000),
                 qPrintable(failed.isEmpty() ? QStringLiteral("no answer")
                                             : failed.first().first().toString()));
        QCOMPARE(session->workspaceFile(), m_workspace);
        // The status bar keeps naming the lead workspace.
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("leadWorkspaceLabel"));
        QVERIFY(label && label->isVisibleTo(m_window.get()));
        QCOMPARE(label->text(),
                 QStringLiteral("Lead workspace: ") + QFileInfo(m_workspace).fileName());
    }

    void cleanup() { m_window.reset(); }

    void importShowsEveryPackagesVerdict()
    {
        ImportDialog *dialog = importAll();
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QVector<IntakeRow> &rows = dialog->model()->rows();
        QCOMPARE(rows.size(), 6);
        const auto verdictOf = [&](const QString &file) {
            for (int i = 0; i < rows.size(); ++i) {
                // The rows name the file, not the folder it came from.
                if (rows.at(i).fileName == QFileInfo(file).fileName())
                    return dialog->model()->index(i, ImportRowsModel::Verdict).data().toString();
            }
            return QString();
        };
        QCOMPARE(verdictOf(m_ada1), QStringLiteral("superseded: contributes nothing"));
        QCOMPARE(verdictOf(m_ada2), QStringLiteral("accepted"));
        QCOMPARE(verdictOf(m_bob), QStringLiteral("accepted"));
        QCOMPARE(verdictOf(m_copy), QStringLiteral("already imported: contributes nothing"));
        QCOMPARE(verdictOf(m_tampered), QStringLiteral("refused: contributes nothing"));
        QCOMPARE(verdictOf(m_forged), QStringLiteral("refused: contributes nothing"));
        // Each refusal says its own reason.
        for (const IntakeRow &row : rows) {
            if (row.verdict != IntakeRow::Verdict::Accepted)
                QVERIFY2(!row.reason.isEmpty(), qPrintable(row.fileName));
        }
        QVERIFY2(dialog->statusText().startsWith(QStringLiteral("2 of 6 package")),
                 qPrintable(dialog->statusText()));
        // The refused ones contribute nothing: two sources only.
        QCOMPARE(m_controller->session()->intake().lead.sources.size(), 2);
        // Importing the same again: already imported, nothing added.
        ImportDialog *again = m_controller->importPackages({m_bob});
        QSignalSpy finished(again, &ImportDialog::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(again->model()->rows().size(), 1);
        QCOMPARE(again->model()->rows().first().verdict, IntakeRow::Verdict::Duplicate);
        QCOMPARE(m_controller->session()->intake().lead.sources.size(), 2);
    }

    void importFlagsABrokenChain()
    {
        ImportDialog *dialog = m_controller->importPackages({m_ada2, m_adaOther});
        QSignalSpy finished(dialog, &ImportDialog::finished);
        QVERIFY(finished.wait(60000));
        const QVector<IntakeRow> &rows = dialog->model()->rows();
        QCOMPARE(rows.size(), 2);
        // The one taken in second finds the first of the same review unchained, and says so,
        // naming both.
        QCOMPARE(dialog->model()->index(0, ImportRowsModel::Verdict).data().toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(dialog->model()->index(1, ImportRowsModel::Verdict).data().toString(),
                 QStringLiteral("accepted, flagged: broken chain"));
        const QString reason = dialog->model()->index(1, ImportRowsModel::Reason).data().toString();
        QVERIFY2(reason.contains(QStringLiteral("broken chain"))
                     && reason.contains(rows.at(0).packageId),
                 qPrintable(reason));
        QVERIFY(
            dialog->model()->index(1, ImportRowsModel::Verdict).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m_controller->session()->intake().lead.notes.size(), 1);
        QCOMPARE(m_controller->session()->intake().lead.sources.size(), 2);
    }

    void importWithoutTrustAsksForIt()
    {
        LeadSession session;
        QSignalSpy failed(&session, &LeadSession::importFailed);
        session.importPackages({m_bob});
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("trust configuration")));
    }

    void modelsAndSideBySide()
    {
        QVERIFY(importAll());
        ConsolidationPage *page = m_controller->page();
        QAbstractItemModelTester proposals(page->proposals(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sideBySide(page->sideBySide(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester decisions(page->decisions(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester coverage(page->coverage(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LeadSession::Intake &intake = m_controller->session()->intake();
        QVERIFY(!intake.lead.proposals.isEmpty());
        // Every source finding appears once: in a group or on its own row.
        int shown = 0;
        for (int row = 0; row < page->proposals()->rowCount(); ++row) {
            const QModelIndex index = page->proposals()->index(row, 0);
            shown += index.data(ProposalsModel::IsGroupRole).toBool()
                ? int(intake.lead.proposals.at(index.data(ProposalsModel::IndexRole).toInt())
                          .members.size())
                : 1;
        }
        QCOMPARE(shown, intake.candidates.size());
        QCOMPARE(page->proposals()->index(0, ProposalsModel::State).data().toString(),
                 QStringLiteral("proposed"));
        QVERIFY(page->proposals()
                    ->index(0, ProposalsModel::Decision)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("automatic at export: merged")));
        QVERIFY(!page->proposals()->index(0, ProposalsModel::Reasons).data().toString().isEmpty());
        // The group side by side: a column per auditor's finding.
        page->select(true, 0);
        QCOMPARE(page->sideBySide()->columnCount(), intake.lead.proposals.first().members.size());
        QCOMPARE(page->sideBySide()->headerData(0, Qt::Horizontal).toString(),
                 QStringLiteral("Ada Auditor's finding"));
        QCOMPARE(page->sideBySide()->index(SideBySideModel::Auditor, 1).data().toString(),
                 QStringLiteral("Bob Auditor"));
        // The group Bob rated otherwise says so in text, not colour only.
        int disputed = -1, agreed = -1;
        for (int p = 0; p < intake.lead.proposals.size(); ++p) {
            const package::DuplicateGroup &group = intake.lead.proposals.at(p);
            (group.severityDiffers ? disputed : agreed) = p;
        }
        QVERIFY(disputed >= 0 && agreed >= 0);
        QCOMPARE(intake.finding(intake.lead.proposals.at(disputed).members.first()).finding.title,
                 m_disputedTitle);
        QVERIFY(page->disagreementText().isEmpty() == (disputed != 0));
        page->select(true, disputed);
        QCOMPARE(page->disagreementText(),
                 QStringLiteral("⚠ The auditors disagree on severity and status."));
        QCOMPARE(page->sideBySide()->headerData(SideBySideModel::Severity, Qt::Vertical).toString(),
                 QStringLiteral("Severity: auditors disagree"));
        // Read from the top: a field's name and both texts start level in a tall row.
        const int top = int(Qt::AlignLeft | Qt::AlignTop);
        QCOMPARE(page->sideBySide()
                     ->headerData(SideBySideModel::Description, Qt::Vertical, Qt::TextAlignmentRole)
                     .toInt(),
                 top);
        for (int column = 0; column < 2; ++column) {
            QCOMPARE(page->sideBySide()
                         ->index(SideBySideModel::Description, column)
                         .data(Qt::TextAlignmentRole)
                         .toInt(),
                     top);
        }
        QVERIFY(page->sideBySide()
                    ->index(SideBySideModel::Status, 1)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("⚠ ")));
        QVERIFY(page->sideBySide()
                    ->index(SideBySideModel::Severity, 0)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QVERIFY(!page->sideBySide()
                     ->index(SideBySideModel::Title, 0)
                     .data(Qt::BackgroundRole)
                     .isValid());
        const QString severityCell
            = page->proposals()
                  ->index(page->proposals()->rowOf(true, disputed), ProposalsModel::Severity)
                  .data()
                  .toString();
        QVERIFY2(severityCell.contains(QStringLiteral("severity differs")),
                 qPrintable(severityCell));
        page->select(true, agreed);
        QVERIFY(page->disagreementText().isEmpty());
        // The filter narrows the list to what matches.
        page->filterEdit()->setText(QStringLiteral("no such finding anywhere"));
        QCOMPARE(page->proposalsView()->model()->rowCount(), 0);
        page->filterEdit()->clear();
        page->stateFilter()->setCurrentIndex(
            page->stateFilter()->findData(QStringLiteral("merged")));
        QCOMPARE(page->proposalsView()->model()->rowCount(), 0);
        page->stateFilter()->setCurrentIndex(0);
        QCOMPARE(page->proposalsView()->model()->rowCount(), page->proposals()->rowCount());
        // Coverage: a row per file of the reviewed commit, by whom.
        QVERIFY(page->coverage()->rowCount() > 0);
        bool adaReviewed = false;
        for (int row = 0; row < page->coverage()->rowCount(); ++row)
            adaReviewed |= page->coverage()
                               ->index(row, CombinedCoverageModel::ReviewedBy)
                               .data()
                               .toString()
                               .contains(QStringLiteral("Ada Auditor: lines"));
        QVERIFY(adaReviewed);
    }

    // Before any lead workspace is open nothing is being worked out, and the page must not
    // say otherwise.
    void nothingWorkedOutWithoutALeadWorkspace()
    {
        MainWindow fresh;
        ConsolidationPage *page = fresh.consolidation()->page();
        QVERIFY(!page->isWorking());
        auto *label = fresh.findChild<QLabel *>(QStringLiteral("leadWorkspaceLabel"));
        QVERIFY(label && !label->isVisibleTo(&fresh));
    }

    void previewIsWorkedOutOnTheWorker()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        ConsolidationPage *page = m_controller->page();
        QVERIFY(!page->isWorking());
        QVERIFY(page->decisionsView()->isEnabled());
        const LeadSession::Intake &intake = session->intake();
        QVERIFY(intake.lead.proposals.size() >= 2);
        const int first = intake.lead.proposals.at(0).members.first();
        const int second = intake.lead.proposals.at(1).members.first();
        // The hook holds the worker in the first preview until the test lets it go.
        QMutex mutex;
        QVector<QThread *> threads;
        QSemaphore entered, release;
        session->setPreviewHook([&] {
            QMutexLocker locker(&mutex);
            threads.append(QThread::currentThread());
            const bool hold = threads.size() == 1;
            locker.unlock();
            if (hold) {
                entered.release();
                release.acquire();
            }
        });
        QSignalSpy ready(session, &LeadSession::previewReady);
        QVERIFY(session->decide(session->keepOf(first)));
        // Shown at once as the lead's; what export decides for the rest is being worked out.
        QVERIFY(!session->preview());
        QVERIFY(page->isWorking());
        QVERIFY(!page->decisionsView()->isEnabled());
        // The group's other findings wait for the worker to say what export decides.
        const QModelIndex decision
            = page->proposals()->index(page->proposals()->rowOf(true, 0), ProposalsModel::Decision);
        QVERIFY2(decision.data().toString().contains(
                     QStringLiteral("automatic at export: being worked out…")),
                 qPrintable(decision.data().toString()));
        QVERIFY(entered.tryAcquire(1, 60000));
        // The worker is inside the preview; the GUI thread goes on handling events.
        bool handled = false;
        QTimer::singleShot(0, this, [&handled] { handled = true; });
        QTRY_VERIFY_WITH_TIMEOUT(handled, 5000);
        // A newer change while the first preview is being worked out: the first is dropped.
        QVERIFY(session->decide(session->keepOf(second)));
        release.release();
        QVERIFY(ready.wait(60000));
        QTest::qWait(50);
        session->waitForWorker();
        QCoreApplication::processEvents();
        session->setPreviewHook({});
        QCOMPARE(ready.size(), 1);
        {
            QMutexLocker locker(&mutex);
            QCOMPARE(threads.size(), 2);
            for (QThread *thread : std::as_const(threads))
                QVERIFY(thread != QThread::currentThread());
        }
        // The preview shown is the second change's: both keeps are the lead's.
        QVERIFY(session->preview());
        int leads = 0;
        for (const package::ConsolidationDecision &decision : session->preview()->decisions)
            leads += decision.automatic ? 0 : 1;
        QCOMPARE(leads, 2);
        QVERIFY(!page->isWorking());
        QVERIFY(page->decisionsView()->isEnabled());
        QCOMPARE(page->decisions()->rowCount(), session->preview()->decisions.size());
        const QString shown
            = page->proposals()
                  ->index(page->proposals()->rowOf(true, 0), ProposalsModel::Decision)
                  .data()
                  .toString();
        QVERIFY2(shown.contains(QStringLiteral("automatic at export: ")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("being worked out")));
    }

    void aDecisionChangesTheListInPlace()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        ConsolidationPage *page = m_controller->page();
        page->select(true, 1);
        const QModelIndex selected = page->proposalsView()->currentIndex();
        QVERIFY(selected.isValid());
        QSignalSpy proposalsReset(page->proposals(), &QAbstractItemModel::modelReset);
        QSignalSpy proposalsChanged(page->proposals(), &QAbstractItemModel::dataChanged);
        QSignalSpy coverageReset(page->coverage(), &QAbstractItemModel::modelReset);
        QVERIFY(session->decide(
            session->keepOf(session->intake().lead.proposals.at(0).members.first())));
        QVERIFY(waitForPreview());
        // The rows stay (selection and scroll position with them); the coverage, which a
        // decision does not change, is not worked out again.
        QCOMPARE(proposalsReset.size(), 0);
        QVERIFY(proposalsChanged.size() >= 2); // the decision, then the preview
        QCOMPARE(coverageReset.size(), 0);
        QCOMPARE(page->proposalsView()->currentIndex(), selected);
        QCOMPARE(page->proposals()->index(0, ProposalsModel::State).data().toString(),
                 QStringLiteral("split"));
        // A new intake is a new list and new coverage.
        ImportDialog *dialog = m_controller->importPackages({m_adaOther});
        QSignalSpy finished(dialog, &ImportDialog::finished);
        QVERIFY(finished.wait(120000));
        QVERIFY(proposalsReset.size() >= 1);
        QVERIFY(coverageReset.size() >= 1);
    }

    void mergeEditorRequiresARationaleWhenDeparting()
    {
        QVERIFY(importAll());
        ConsolidationPage *page = m_controller->page();
        LeadSession *session = m_controller->session();
        const int proposals = int(session->intake().lead.proposals.size());
        int agreed = 0;
        while (agreed < proposals
               && (session->intake().lead.proposals.at(agreed).severityDiffers
                   || session->intake().lead.proposals.at(agreed).statusDiffers))
            ++agreed;
        QVERIFY(agreed < proposals);
        page->select(true, agreed);
        DecisionEditor *editor = page->mergeSelected();
        QVERIFY(editor);
        QPushButton *save = editor->buttons()->button(QDialogButtonBox::Save);
        // The sources agree: the prefilled merge needs no rationale.
        editor->rationaleEdit()->clear();
        QVERIFY(save->isEnabled());
        // A severity no auditor chose departs: Save waits for the rationale, and says why.
        const review::Severity theirs
            = session->intake()
                  .finding(session->intake().lead.proposals.at(agreed).members.first())
                  .finding.severity;
        const review::Severity other
            = theirs == review::Severity::Low ? review::Severity::Critical : review::Severity::Low;
        editor->severityBox()->setCurrentIndex(
            editor->severityBox()->findData(review::FindingNames::severityKey(other)));
        QVERIFY(!save->isEnabled());
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("decisionProblem"));
        QVERIFY(problem && problem->isVisibleTo(editor));
        QVERIFY2(problem->text().contains(QStringLiteral("rationale is required")),
                 qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QStringLiteral("severity (Ada Auditor: ")));
        editor->rationaleEdit()->setPlainText(QStringLiteral("   "));
        QVERIFY(!save->isEnabled());
        editor->rationaleEdit()->setPlainText(QStringLiteral("The lead re-rated it."));
        QVERIFY(save->isEnabled());
        editor->titleBox()->setCurrentText(QStringLiteral("A title of the lead's own"));
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(session->state().decisions.size(), 1);
        const package::ConsolidationDecision &merge = session->state().decisions.first();
        QCOMPARE(merge.decision, Decision::Merge);
        QVERIFY(!merge.automatic);
        QCOMPARE(merge.result.finding.severity, other);
        QCOMPARE(merge.result.finding.title, QStringLiteral("A title of the lead's own"));
        QCOMPARE(merge.sources.size(), session->intake().lead.proposals.at(agreed).members.size());
        QCOMPARE(session->groupState(agreed), LeadSession::GroupState::Merged);
        QCOMPARE(page->proposals()
                     ->index(page->proposals()->rowOf(true, agreed), ProposalsModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("merged"));
        // A disputed group's prefilled merge carries the automatic rationale: Save is
        // enabled; without it, Save waits.
        int disputed = 0;
        while (disputed < proposals
               && !session->intake().lead.proposals.at(disputed).severityDiffers)
            ++disputed;
        QVERIFY(disputed < proposals);
        page->select(true, disputed);
        DecisionEditor *second = page->mergeSelected();
        QVERIFY(second);
        QVERIFY(second->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        QVERIFY(second->rationaleEdit()->toPlainText().contains(QStringLiteral("severity")));
        second->rationaleEdit()->clear();
        QVERIFY(!second->buttons()->button(QDialogButtonBox::Save)->isEnabled());
        second->reject();
    }

    void splitTakesTheCheckedFindingsOut()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        ConsolidationPage *page = m_controller->page();
        const LeadSession::Intake &intake = session->intake();
        QVERIFY(!intake.lead.proposals.isEmpty());
        const QVector<int> members = session->remainingMembers(0);
        QVERIFY(members.size() >= 2);
        page->select(true, 0);
        QPointer<QDialog> dialog = page->splitSelected();
        QVERIFY(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("splitMembers"));
        QVERIFY(list);
        QCOMPARE(list->count(), members.size());
        QPushButton *takeOut
            = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!takeOut->isEnabled());
        // Each member as the lead tells them apart: auditor, title, severity, place.
        for (int i = 0; i < list->count(); ++i) {
            const int member = list->item(i)->data(Qt::UserRole).toInt();
            QVERIFY(members.contains(member));
            const review::Finding &finding = intake.finding(member).finding;
            const QString text = list->item(i)->text();
            QVERIFY2(text.startsWith(intake.sourceOf(member).package.signerName()
                                     + QStringLiteral(": ") + finding.title),
                     qPrintable(text));
            QVERIFY2(text.contains(review::FindingNames::severityText(finding.severity)),
                     qPrintable(text));
            QVERIFY2(text.contains(QString::fromUtf8(finding.locations.first().path)),
                     qPrintable(text));
        }
        list->item(0)->setCheckState(Qt::Checked);
        QVERIFY(takeOut->isEnabled());
        list->item(0)->setCheckState(Qt::Unchecked);
        QVERIFY(!takeOut->isEnabled());
        const int taken = list->item(1)->data(Qt::UserRole).toInt();
        list->item(1)->setCheckState(Qt::Checked);
        takeOut->click();
        QTRY_VERIFY(!dialog);
        // The checked finding is kept on its own; the rest stays proposed.
        QCOMPARE(session->state().decisions.size(), 1);
        const package::ConsolidationDecision &keep = session->state().decisions.first();
        QCOMPARE(keep.decision, Decision::Keep);
        QCOMPARE(keep.sources.size(), 1);
        QVERIFY(keep.sources.first() == intake.refOf(taken));
        QVector<int> rest = members;
        rest.removeOne(taken);
        QCOMPARE(session->remainingMembers(0), rest);
        QCOMPARE(session->groupState(0), LeadSession::GroupState::Split);
    }

    void decisionsRoundTrip()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        ConsolidationPage *page = m_controller->page();
        const LeadSession::Intake &intake = session->intake();
        const int total = int(intake.candidates.size());
        QVERIFY(intake.lead.proposals.size() >= 2);
        // Reject the first proposal: its findings stay separate, each kept.
        page->select(true, 0);
        page->rejectSelectedProposal();
        QCOMPARE(session->groupState(0), LeadSession::GroupState::Rejected);
        // Reject a finding: refused without its reason, recorded with it.
        const int candidate = intake.lead.proposals.at(1).members.first();
        package::ConsolidationDecision reject;
        reject.decision = Decision::Reject;
        reject.result = intake.finding(candidate);
        reject.sources.append(intake.refOf(candidate));
        QSignalSpy failed(session, &LeadSession::actionFailed);
        QVERIFY(!session->decide(reject));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("reason")));
        reject.rationale = QStringLiteral("Not reachable from any input.");
        QVERIFY(session->decide(reject));
        QCOMPARE(session->groupState(1), LeadSession::GroupState::Split);
        // The completed consolidation covers every source finding exactly once.
        const auto covered = [&] {
            const package::Consolidation completed
                = LeadSession::completed(session->state(), {QStringLiteral("Lea Lead"), {}, {}},
                                         QDateTime::currentDateTimeUtc());
            QSet<QString> seen;
            int count = 0;
            for (const package::ConsolidationDecision &decision : completed.decisions) {
                for (const package::SourceFindingRef &ref : decision.sources) {
                    seen.insert(ref.packageId + QLatin1Char('/') + ref.findingId);
                    ++count;
                }
            }
            return count == int(seen.size()) && completed.undecided().isEmpty() ? count : -1;
        };
        QCOMPARE(covered(), total);
        QVERIFY(waitForPreview());
        QCOMPARE(page->decisions()->rowCount() > 0, true);
        int leads = 0;
        for (int row = 0; row < page->decisions()->rowCount(); ++row)
            leads += page->decisions()->index(row, 0).data(LeadDecisionsModel::IsLeadsRole).toBool()
                ? 1
                : 0;
        QCOMPARE(leads, session->state().decisions.size());
        // Every decision can be withdrawn: back to automatic at export.
        while (!session->state().decisions.isEmpty())
            QVERIFY(session->withdraw(session->state().decisions.first().result.finding.id));
        QCOMPARE(session->groupState(0), LeadSession::GroupState::Proposed);
        QCOMPARE(session->groupState(1), LeadSession::GroupState::Proposed);
        QCOMPARE(covered(), total);
        QVERIFY(!session->withdraw(QStringLiteral("no-such-result")));
        // The workspace's audit log holds the intake and every action, and verifies.
        session->waitForWorker();
        const QByteArray log = auditLog();
        QVERIFY(log.contains("\"consolidation.withdraw\""));
        QVERIFY(log.contains("\"consolidation.decide\""));
        QVERIFY(log.contains("\"package.reject\""));
        QVERIFY(log.contains("\"package.import\""));
    }

    void decisionsAreKeptInTheWorkspace()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        const LeadSession::Intake &intake = session->intake();
        const int candidate = intake.lead.proposals.first().members.first();
        package::ConsolidationDecision reject;
        reject.decision = Decision::Reject;
        reject.result = intake.finding(candidate);
        reject.sources.append(intake.refOf(candidate));
        reject.rationale = QStringLiteral("Duplicate of a finding out of scope.");
        QVERIFY(session->decide(reject));
        QVERIFY(session->decide(session->keepOf(intake.lead.proposals.last().members.last())));
        session->waitForWorker();

        // Another window opening the same workspace finds the packages and decisions.
        const std::unique_ptr<LeadSession> opened = reopened();
        QVERIFY(opened);
        const LeadSession &reopened = *opened;
        QCOMPARE(reopened.intake().lead.sources.size(), 2);
        // Superseded, tampered and forged; the copy was the same package, not recorded.
        QCOMPARE(reopened.intake().lead.leftOut.size(), 3);
        QCOMPARE(reopened.state().decisions.size(), 2);
        QSet<QString> before, after;
        for (const auto &decision : session->state().decisions)
            before.insert(decision.result.finding.id + decision.rationale);
        for (const auto &decision : reopened.state().decisions)
            after.insert(decision.result.finding.id + decision.rationale);
        QCOMPARE(after, before);
    }

    void decisionsOnASupersededPackageNoLongerApply()
    {
        // Ada's first package and Bob's: the lead keeps one of Ada's findings.
        ImportDialog *first = m_controller->importPackages({m_ada1, m_bob});
        QSignalSpy firstDone(first, &ImportDialog::finished);
        QVERIFY(firstDone.wait(120000));
        LeadSession *session = m_controller->session();
        ConsolidationPage *page = m_controller->page();
        const auto adaFirst = package::PackageVerifier::readManifest(m_ada1);
        QVERIFY(adaFirst);
        const int adas = candidateFrom(*session, adaFirst->packageId);
        QVERIFY(adas >= 0);
        const package::ConsolidationDecision keep = session->keepOf(adas);
        QVERIFY(session->decide(keep));
        QVERIFY(session->state().stale.isEmpty());
        QCOMPARE(page->tabs()->tabText(3), QStringLiteral("&No Longer Applicable (0)"));
        // Her newer package supersedes it: the decision no longer applies, and says why.
        ImportDialog *second = m_controller->importPackages({m_ada2});
        QSignalSpy secondDone(second, &ImportDialog::finished);
        QVERIFY(secondDone.wait(120000));
        QCOMPARE(session->state().decisions.size(), 0);
        QCOMPARE(session->state().stale.size(), 1);
        QCOMPARE(session->state().stale.first().decision.result.finding.id, keep.result.finding.id);
        QAbstractItemModelTester tester(page->staleDecisions(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->staleDecisions()->rowCount(), 1);
        QCOMPARE(page->tabs()->tabText(3), QStringLiteral("&No Longer Applicable (1)"));
        const QString why
            = page->staleDecisions()->index(0, StaleDecisionsModel::Why).data().toString();
        QVERIFY2(why.contains(QStringLiteral("ada-1.crpkg is superseded by")), qPrintable(why));
        const QString about
            = page->staleDecisions()->index(0, StaleDecisionsModel::About).data().toString();
        QVERIFY2(about.contains(adaFirst->packageId) && about.contains(QStringLiteral("Ada")),
                 qPrintable(about));
        QCOMPARE(page->staleDecisions()->index(0, StaleDecisionsModel::Title).data().toString(),
                 keep.result.finding.title);
        const auto summary = page->findChild<QLabel *>(QStringLiteral("consolidationSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("Not applied any more: 1 decision")),
                 qPrintable(summary->text()));
        QCOMPARE(page->leftOut()->rowCount(), 1);
        const QString leftOutWhy
            = page->leftOut()->index(0, LeftOutModel::Reason).data().toString();
        QVERIFY2(leftOutWhy.startsWith(QStringLiteral("ada-1.crpkg is superseded by")),
                 qPrintable(leftOutWhy));
        QCOMPARE(page->tabs()->tabText(4), QStringLiteral("&Left Out (1)"));
        // Withdrawn from the list: gone at once, gone from the workspace, in the log.
        page->staleView()->setCurrentIndex(page->staleDecisions()->index(0, 0));
        page->withdrawSelectedStale();
        QCOMPARE(session->state().stale.size(), 0);
        QCOMPARE(page->staleDecisions()->rowCount(), 0);
        session->waitForWorker();
        QVERIFY(auditLog().contains("\"consolidation.withdraw\""));
        const std::unique_ptr<LeadSession> reopened = this->reopened();
        QVERIFY(reopened);
        QCOMPARE(reopened->state().stale.size(), 0);
        QCOMPARE(reopened->state().decisions.size(), 0);
    }

    // Opened against a trust configuration its packages no longer verify under (another
    // CA here; a revocation or a new policy alike), the workspace said "No auditor's
    // package is imported yet". The page now says that none takes part, and why for each.
    void packagesThatNoLongerVerifyAreNamedWithTheirReason()
    {
        ImportDialog *dialog = m_controller->importPackages({m_ada1, m_bob});
        QSignalSpy finished(dialog, &ImportDialog::finished);
        QVERIFY(finished.wait(120000));
        LeadSession *session = m_controller->session();
        QCOMPARE(session->intake().lead.sources.size(), 2);

        const QString otherFolder = m_fixture->review().filePath(QStringLiteral("other-ca"));
        QVERIFY(QDir().mkpath(otherFolder));
        test::TestPki other(otherFolder, QStringLiteral("Another Authority CA"));
        QVERIFY2(other.isValid(), qPrintable(other.error()));
        session->setTrustPath(other.caFile());
        QSignalSpy loaded(session, &LeadSession::loaded);
        session->openWorkspace(m_workspace);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(session->intake().lead.sources.size(), 0);
        QCOMPARE(session->intake().lead.leftOut.size(), 2);
        const auto summary
            = m_controller->page()->findChild<QLabel *>(QStringLiteral("consolidationSummary"));
        QVERIFY(summary);
        const QString text = summary->text();
        QVERIFY2(
            text.startsWith(ConsolidationPage::tr("None of the imported packages takes part.")),
            qPrintable(text));
        QVERIFY2(text.endsWith(ConsolidationPage::tr(
                     "%n package(s) left out: see Left Out for why.", nullptr, 2)),
                 qPrintable(text));
        // Each on the Left Out tab, with the file the lead imported and why.
        LeftOutModel *leftOut = m_controller->page()->leftOut();
        QAbstractItemModelTester tester(leftOut,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(leftOut->rowCount(), 2);
        QStringList shown;
        for (int row = 0; row < leftOut->rowCount(); ++row) {
            const QString file = leftOut->index(row, LeftOutModel::File).data().toString();
            const QString why = leftOut->index(row, LeftOutModel::Reason).data().toString();
            QVERIFY2(why.startsWith(
                         QStringLiteral("%1 was imported but no longer verifies: %1").arg(file)),
                     qPrintable(why));
            shown.append(file);
        }
        shown.sort();
        QCOMPARE(shown, QStringList({QStringLiteral("ada-1.crpkg"), QStringLiteral("bob.crpkg")}));
        QTabWidget *tabs = m_controller->page()->tabs();
        QCOMPARE(tabs->tabText(tabs->count() - 1), QStringLiteral("&Left Out (2)"));
        // With nothing else to see, the page shows them.
        QCOMPARE(tabs->currentIndex(), tabs->count() - 1);
        // The first row's reason whole below the list (the column cuts it short).
        const auto why = m_controller->page()->findChild<QLabel *>(QStringLiteral("leftOutWhy"));
        QVERIFY(why);
        QCOMPARE(why->text(), leftOut->index(0, LeftOutModel::Reason).data().toString());
        const QString status = m_window->statusBar()->currentMessage();
        QVERIFY2(status.endsWith(ConsolidationController::tr(
                     "%n left out (see the Consolidation page).", nullptr, 2)),
                 qPrintable(status));
    }

    void aDecisionTheWorkspaceRefusesIsTakenBackAndSaysWhy()
    {
        ImportDialog *dialog = m_controller->importPackages({m_ada1, m_bob});
        QSignalSpy finished(dialog, &ImportDialog::finished);
        QVERIFY(finished.wait(120000));
        LeadSession *session = m_controller->session();
        const auto adaFirst = package::PackageVerifier::readManifest(m_ada1);
        QVERIFY(adaFirst);
        const int adas = candidateFrom(*session, adaFirst->packageId);
        QVERIFY(adas >= 0);
        // Another window on the same workspace takes Ada's newer package in: her first no
        // longer takes part, which this window does not know yet.
        {
            auto other = review::Workspace::open(m_workspace);
            QVERIFY(other);
            const auto trust = package::TrustConfiguration::load(m_fixture->pki().caFile());
            QVERIFY(trust);
            auto rows = package::LeadWorkspace::import(**other, {m_ada2}, *trust, {});
            QVERIFY(rows);
            QCOMPARE(rows->first().verdict, IntakeRow::Verdict::Accepted);
        }
        // The window's own rules accept the keep, and show it at once; the workspace
        // refuses to store it.
        QSignalSpy failed(session, &LeadSession::actionFailed);
        QSignalSpy changed(session, &LeadSession::changed);
        const package::ConsolidationDecision keep = session->keepOf(adas);
        QVERIFY(session->check(keep).isEmpty());
        QVERIFY(session->decide(keep));
        QCOMPARE(session->state().decisions.size(), 1);
        QVERIFY(failed.wait(60000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("superseded by")), qPrintable(message));
        // The window shows why, and what the workspace holds: Ada's newer package, no
        // decision.
        QCOMPARE(m_window->errorText(), message);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 60000);
        QVERIFY(session->state().decisions.isEmpty());
        QVERIFY(session->state().stale.isEmpty());
        QCOMPARE(session->intake().lead.sources.size(), 2);
        for (const package::ConsolidationSource &source : session->intake().lead.sources)
            QVERIFY(source.package.packageId() != adaFirst->packageId);
        session->waitForWorker();
        QVERIFY(!auditLog().contains("\"consolidation.decide\""));
    }

    void findingsBroughtOntoTheChosenCommit()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        QCOMPARE(session->sourceRepositories(),
                 QStringList {test::ReviewFixture::repositoryName()});
        QVERIFY(session->intake().lead.reanchored.isEmpty());
        // With the repository in the workspace, the findings are brought onto the commit
        // most packages reviewed.
        session->addRepository(m_fixture->review().repositoryPath(),
                               test::ReviewFixture::repositoryName());
        QTRY_COMPARE_WITH_TIMEOUT(session->intake().lead.reanchored.size(), 1, 60000);
        QCOMPARE(session->workspaceRepositories(),
                 QStringList {test::ReviewFixture::repositoryName()});
        const package::ReanchoredRepository first = session->intake().lead.reanchored.first();
        QVERIFY(!first.chosen);
        // The lead's choice: recorded in the workspace, findings on it, and said above.
        // The auditors reviewed "base"; the lead chooses "main", a commit later.
        QCOMPARE(first.target, m_fixture->review().commit("base").toHex());
        const QByteArray chosen = m_fixture->review().commit("main").toHex();
        session->chooseCommit(test::ReviewFixture::repositoryName(), "main");
        QTRY_VERIFY_WITH_TIMEOUT(!session->intake().lead.reanchored.isEmpty()
                                     && session->intake().lead.reanchored.first().chosen,
                                 60000);
        QCOMPARE(session->intake().lead.reanchored.first().target, chosen);
        for (const package::ConsolidationSource &source : session->intake().lead.sources) {
            for (const package::SourceFinding &finding : source.findings)
                QCOMPARE(finding.finding.commit, chosen);
        }
        const auto summary
            = m_controller->page()->findChild<QLabel *>(QStringLiteral("consolidationSummary"));
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(QStringLiteral("brought onto commit %1 (your choice)")
                                              .arg(QString::fromLatin1(chosen))),
                 qPrintable(summary->text()));
        session->waitForWorker();
        QVERIFY(auditLog().contains("\"consolidation.target\""));
        // A revision the repository does not have is refused with the reason.
        QSignalSpy failed(session, &LeadSession::actionFailed);
        session->chooseCommit(test::ReviewFixture::repositoryName(), "no-such-branch");
        QVERIFY(failed.wait(60000));
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("no-such-branch")));
    }

    void exportProducesAVerifiedPackage()
    {
        QVERIFY(importAll());
        LeadSession *session = m_controller->session();
        const int candidate = session->intake().lead.proposals.first().members.first();
        QVERIFY(session->decide(session->keepOf(candidate)));
        RememberedPaths::forgetAll();
        LeadExportDialog *dialog = m_controller->exportPackage();
        QCOMPARE(dialog->identityEdit()->text(), QString());
        // An auditor's identity is refused.
        dialog->identityEdit()->setText(m_fixture->auditor().pkcs12File);
        dialog->passphraseEdit()->setText(QString::fromUtf8(m_fixture->auditor().passphrase));
        QSignalSpy failed(session, &LeadSession::exportFailed);
        dialog->previewButton()->click();
        QVERIFY(failed.wait(60000));
        QVERIFY2(dialog->problemText().contains(QStringLiteral("lead reviewer role")),
                 qPrintable(dialog->problemText()));
        QVERIFY(!dialog->exportButton()->isEnabled());
        dialog->identityEdit()->setText(m_lead.pkcs12File);
        dialog->passphraseEdit()->setText(QString::fromUtf8(m_lead.passphrase));
        QSignalSpy prepared(session, &LeadSession::exportPrepared);
        dialog->previewButton()->click();
        QVERIFY(prepared.wait(120000));
        QVERIFY2(dialog->previewText().contains(QStringLiteral("Your decisions: 0 merged, 1 kept")),
                 qPrintable(dialog->previewText()));
        QVERIFY(dialog->previewText().contains(QStringLiteral("sources/")));
        QVERIFY(dialog->exportButton()->isEnabled());
        // Never over an existing file; the package stays prepared.
        session->writeExport(m_ada1);
        QCOMPARE(failed.size(), 2);
        QVERIFY(failed.last().first().toString().contains(QStringLiteral("exists already")));
        QVERIFY(session->isPrepared());
        const QString out
            = m_fixture->review().filePath(QStringLiteral("lead-%1.crpkg").arg(++m_exports));
        dialog->outputEdit()->setText(out);
        QSignalSpy exported(dialog, &QDialog::accepted);
        dialog->exportButton()->click();
        QVERIFY(exported.wait(120000));
        const auto trust = package::TrustConfiguration::load(m_fixture->pki().caFile());
        QVERIFY(trust);
        const auto verdict = package::PackageVerifier::verify(out, *trust, {});
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));
        QCOMPARE(verdict->manifest.kind, package::PackageKind::Consolidated);
        QCOMPARE(verdict->manifest.sources.size(), 2);
        // Written once: a second file needs a new package.
        QVERIFY(!session->isPrepared());
        // The export is recorded in the lead's workspace.
        QVERIFY(auditLog().contains("\"package.export\""));
        // The next consolidated package starts from the identity that signed this one.
        QCOMPARE(m_controller->exportPackage()->identityEdit()->text(), m_lead.pkcs12File);
        QCOMPARE(RememberedPaths::value(RememberedPaths::Path::PackageFolder),
                 QFileInfo(out).absolutePath());
    }

private:
    /// The first candidate finding from the package `packageId`, or -1.
    static int candidateFrom(LeadSession &session, const QString &packageId)
    {
        for (int c = 0; c < session.intake().candidates.size(); ++c) {
            if (session.intake().sourceOf(c).package.packageId() == packageId)
                return c;
        }
        return -1;
    }

    /// The lead workspace's audit log, after checking its chain.
    QByteArray auditLog() const
    {
        auto workspace = review::Workspace::open(m_workspace);
        if (!workspace)
            return {};
        QByteArray lines;
        auto read = review::AuditLog::forEach((*workspace)->database(),
                                              [&](const review::AuditEntry &entry) {
                                                  lines += entry.line + '\n';
                                                  return true;
                                              });
        return read ? lines : QByteArray();
    }

    ImportDialog *importAll()
    {
        ImportDialog *dialog
            = m_controller->importPackages({m_ada1, m_ada2, m_bob, m_copy, m_tampered, m_forged});
        QSignalSpy finished(dialog, &ImportDialog::finished);
        if (!finished.wait(120000) || !waitForPreview())
            return nullptr;
        return dialog;
    }

    /// The test's lead workspace opened and loaded by a session of its own (another
    /// window), or null.
    std::unique_ptr<LeadSession> reopened() const
    {
        auto session = std::make_unique<LeadSession>();
        session->setTrustPath(m_fixture->pki().caFile());
        QSignalSpy loaded(session.get(), &LeadSession::loaded);
        session->openWorkspace(m_workspace);
        return loaded.wait(60000) ? std::move(session) : nullptr;
    }

    /// Waits until the worker has worked out the preview of the state as it stands.
    bool waitForPreview()
    {
        QDeadlineTimer deadline(60000);
        while (!m_controller->session()->preview() && !deadline.hasExpired())
            QTest::qWait(10);
        return m_controller->session()->preview() != nullptr;
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    test::IssuedIdentity m_lead;
    QString m_ada1, m_ada2, m_adaOther, m_bob, m_copy, m_tampered, m_forged;
    std::unique_ptr<MainWindow> m_window;
    ConsolidationController *m_controller = nullptr;
    int m_exports = 0;
    int m_workspaces = 0;
    QString m_workspace;
    QString m_disputedTitle;
};

QTEST_MAIN(TestLeadGui)
#include "tst_leadgui.moc"
