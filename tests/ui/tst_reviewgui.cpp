// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "consolidationcontroller.h"
#include "coveragestore.h"
#include "fileview.h"
#include "findingdetails.h"
#include "findingeditor.h"
#include "findingsmodel.h"
#include "findingspanel.h"
#include "findingstore.h"
#include "historybuilder.h"
#include "locationreader.h"
#include "mainwindow.h"
#include "markdownview.h"
#include "process.h"
#include "repository.h"
#include "reviewcontroller.h"
#include "scratchdirectory.h"
#include "sourceview.h"
#include "treemodel.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

namespace {

QByteArray numberedLines(int count, const QByteArray &prefix)
{
    QByteArray text;
    for (int i = 1; i <= count; ++i)
        text += prefix + ' ' + QByteArray::number(i) + (i % 5 == 0 ? "\n\n" : "\n");
    return text;
}

} // namespace

// The review as an auditor works it in the window: record a finding on selected lines,
// see it in the gutter and the findings panel, discuss it, mark code reviewed, and see a
// second window's changes.
class TestReviewGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::HistoryBuilder history;
        test::HistoryBuilder::Commit commit;
        commit.files = {{"src/main.c", numberedLines(40, "int main")},
                        {"src/util.c", numberedLines(12, "util")},
                        {"README", "read me\n"}};
        const int first = history.commit(commit);
        // The vendor's next version: three lines added at the top of main.c, util.c gone.
        test::HistoryBuilder::Commit next;
        next.parents = {first};
        next.files = {{"src/main.c", "/* 1 */\n/* 2 */\n/* 3 */\n" + numberedLines(40, "int main")},
                      {"README", "read me\n"}};
        next.time += 60;
        const int second = history.commit(next);
        history.setBranch("main", first); // HEAD: the first branch set
        history.setBranch("next", second);
        QString error;
        QVERIFY2(history.create(repoPath(), true, &error), qPrintable(error));
    }

    void recordsAFindingOnTheSelectedLines()
    {
        MainWindow window;
        openReview(window);
        ReviewController *review = window.review();
        SourceView *code = showFile(window, "src/main.c");

        code->setSelection(4, 0, 6, 3); // lines 5-7
        QDialog *opened = nullptr;
        connect(review, &ReviewController::editorOpened, this,
                [&opened](QDialog *editor) { opened = editor; });
        QVERIFY(review->recordFindingAction()->isEnabled());
        review->recordFindingAction()->trigger();
        QVERIFY(opened);
        auto *editor = qobject_cast<FindingEditor *>(opened);
        QVERIFY(editor);
        // An empty title is refused with a message; the dialog stays.
        editor->accept();
        QVERIFY(editor->isVisible());
        QCOMPARE(editor->problemText(), FindingEditor::tr("A finding needs a title."));
        editor->titleEdit()->setText(QStringLiteral("Stack buffer overflow"));
        editor->severityBox()->setCurrentIndex(
            editor->severityBox()->findData(int(review::Severity::High)));
        editor->cweEdit()->setText(QStringLiteral("999999"));
        editor->accept();
        QVERIFY(editor->isVisible()); // not a CWE of the catalogue
        editor->cweEdit()->setText(QStringLiteral("CWE-121"));
        editor->descriptionEdit()->setPlainText(QStringLiteral("The copy has **no** bound."));
        // Ctrl+Return saves from anywhere in the form, the Markdown fields included.
        QTest::keyClick(editor->descriptionEdit(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(review->panel()->model()->rowCount() == 1, qPrintable(window.errorText()));

        const review::Finding *finding = review->panel()->model()->finding(0);
        QCOMPARE(finding->title, QStringLiteral("Stack buffer overflow"));
        QCOMPARE(finding->severity, review::Severity::High);
        QCOMPARE(finding->cwe, 121);
        QCOMPARE(finding->primary().path, QByteArray("src/main.c"));
        QCOMPARE(finding->primary().startLine, 5);
        QCOMPARE(finding->primary().endLine, 7);

        // The gutter marks lines 5-7 in the severity's colour; hovering names the finding.
        QTRY_COMPARE(code->lineMarkers().size(), 3);
        for (int line = 4; line <= 6; ++line) {
            QCOMPARE(code->lineMarkers().value(line).color,
                     FindingsModel::severityColor(review::Severity::High));
            QVERIFY(code->lineMarkers().value(line).toolTip.contains(finding->title));
        }
        QVERIFY(!code->lineMarkers().contains(7));
        // Clicking a marker selects the finding in the panel, with its details and history.
        Q_EMIT code->markerClicked(5, finding->id);
        QTRY_COMPARE(review->panel()->details()->findingId(), finding->id);
        const QString header = review->panel()->details()->header()->text();
        QVERIFY(header.contains(QStringLiteral("CWE-121")));
        QVERIFY2(header.contains(QStringLiteral("<br>src/main.c:5-7 at commit ")),
                 qPrintable(header));
        QVERIFY(header.contains(QStringLiteral("<br>by Ada Auditor, ")));
        QTRY_COMPARE(review->panel()->details()->history()->topLevelItemCount(), 1);
        QCOMPARE(review->panel()->details()->history()->topLevelItem(0)->text(2),
                 FindingDetails::tr("recorded the finding"));

        // A comment joins the thread and the history.
        review->panel()->details()->commentEdit()->setPlainText(QStringLiteral("Reproduced."));
        QTest::keyClick(review->panel()->details()->commentEdit(), Qt::Key_Return,
                        Qt::ControlModifier);
        QTRY_COMPARE(review->panel()->details()->history()->topLevelItemCount(), 2);
        QVERIFY(review->panel()->details()->comments()->toPlainText().contains(
            QStringLiteral("Reproduced.")));

        // Editing changes the finding and says so in its history.
        QDialog *edit = nullptr;
        connect(review, &ReviewController::editorOpened, this,
                [&edit](QDialog *editor) { edit = editor; });
        review->editFinding(finding->id);
        auto *editEditor = qobject_cast<FindingEditor *>(edit);
        QVERIFY(editEditor);
        QCOMPARE(editEditor->titleEdit()->text(), QStringLiteral("Stack buffer overflow"));
        editEditor->statusBox()->setCurrentIndex(
            editEditor->statusBox()->findData(int(review::FindingStatus::Confirmed)));
        editEditor->accept();
        QTRY_COMPARE(review->panel()->model()->finding(0)->status,
                     review::FindingStatus::Confirmed);
        QTRY_COMPARE(review->panel()->details()->history()->topLevelItemCount(), 3);
        QVERIFY(review->panel()->details()->history()->topLevelItem(2)->text(2).contains(
            review::FindingNames::statusText(review::FindingStatus::Confirmed)));
    }

    void panelFiltersAndSorts()
    {
        MainWindow window;
        openReview(window);
        FindingsPanel *panel = window.review()->panel();
        QAbstractItemModelTester modelTester(
            panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(panel->model()->rowCount(), 1); // from the test before
        addFinding(review::Severity::Low, review::FindingStatus::FalsePositive, "Unused helper",
                   "src/util.c", 2, 2);
        addFinding(review::Severity::Critical, review::FindingStatus::Open, "Format string",
                   "src/main.c", 20, 21);
        // Another connection wrote them: the window notices and shows them.
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 3, 5000);

        const auto shownTitles = [panel] {
            QStringList titles;
            for (int row = 0; row < panel->filterModel()->rowCount(); ++row)
                titles << panel->filterModel()
                              ->index(row, FindingsModel::TitleColumn)
                              .data()
                              .toString();
            return titles;
        };
        // Sorted by severity, worst first.
        QCOMPARE(
            shownTitles(),
            (QStringList {QStringLiteral("Format string"), QStringLiteral("Stack buffer overflow"),
                          QStringLiteral("Unused helper")}));
        panel->severityFilter()->setCurrentIndex(
            panel->severityFilter()->findData(int(review::Severity::High)));
        QCOMPARE(shownTitles(),
                 (QStringList {QStringLiteral("Format string"),
                               QStringLiteral("Stack buffer overflow")}));
        panel->severityFilter()->setCurrentIndex(0);
        panel->statusFilter()->setCurrentIndex(1); // unresolved
        QCOMPARE(shownTitles().size(), 2);
        QVERIFY(!shownTitles().contains(QStringLiteral("Unused helper")));
        panel->statusFilter()->setCurrentIndex(0);
        panel->pathFilter()->setText(QStringLiteral("UTIL.c"));
        QCOMPARE(shownTitles(), QStringList {QStringLiteral("Unused helper")});
        panel->pathFilter()->clear();
        panel->textFilter()->setText(QStringLiteral("NO** BOUND")); // the description
        QCOMPARE(shownTitles(), QStringList {QStringLiteral("Stack buffer overflow")});
        panel->textFilter()->clear();
        QCOMPARE(panel->authorFilter()->count(), 2); // all, and the one author
        panel->authorFilter()->setCurrentIndex(1);
        QCOMPARE(shownTitles().size(), 3);

        // Selecting a finding opens its code at its lines.
        const int row = panel->model()->rowOf(findingIdTitled(panel, "Format string"));
        panel->view()->setCurrentIndex(
            panel->filterModel()->mapFromSource(panel->model()->index(row, 0)));
        QTRY_COMPARE(window.fileView()->currentPath(), QByteArray("src/main.c"));
        QTRY_COMPARE(window.fileView()->codeView()->cursorLine(), 20);
    }

    void addsTheSelectionToTheSelectedFinding()
    {
        MainWindow window;
        openReview(window);
        ReviewController *review = window.review();
        FindingsPanel *panel = review->panel();
        QTRY_COMPARE(panel->model()->rowCount(), 3); // from the tests before
        QAction *add = review->addSelectionToFindingAction();
        QVERIFY(window.fileView()->codeView()->contextActions().contains(add));
        QVERIFY(review->menu()->actions().contains(add));
        QTRY_VERIFY(add->isEnabled());

        // No finding selected: the window says what to do, and nothing changes.
        SourceView *code = showFile(window, "src/main.c");
        QVERIFY(!panel->selectedFinding());
        code->setSelection(29, 0, 30, 2); // lines 30-31
        add->trigger();
        QVERIFY2(window.errorText().contains(ReviewController::tr("Select the finding")),
                 qPrintable(window.errorText()));

        const QString id = findingIdTitled(panel, "Stack buffer overflow");
        panel->selectFinding(id); // shows its code, lines 5-7
        QTRY_COMPARE(code->cursorLine(), 5);
        code->setSelection(29, 0, 30, 2);
        add->trigger();
        QTRY_COMPARE(panel->model()->finding(panel->model()->rowOf(id))->locations.size(), 2);
        const review::Finding *finding = panel->model()->finding(panel->model()->rowOf(id));
        QCOMPARE(finding->primary().startLine, 5); // the primary location stays
        QCOMPARE(finding->locations.at(1).path, QByteArray("src/main.c"));
        QCOMPARE(finding->locations.at(1).startLine, 30);
        QCOMPARE(finding->locations.at(1).endLine, 31);
        // The gutter marks the new lines too; the history says what happened.
        QTRY_VERIFY(code->lineMarkers().contains(29) && code->lineMarkers().contains(30));
        QCOMPARE(code->lineMarkers().value(29).key, id);
        QVERIFY(!code->lineMarkers().contains(31));
        QTRY_COMPARE(panel->details()->findingId(), id);
        // The history is filled anew while it loads: read its last entry afresh each time.
        const auto lastChange = [panel] {
            const QTreeWidget *history = panel->details()->history();
            const int count = history->topLevelItemCount();
            return count > 0 ? history->topLevelItem(count - 1)->text(2) : QString();
        };
        QTRY_COMPARE(lastChange(), FindingDetails::tr("added a location"));

        // The same lines again are refused with a message.
        code->setSelection(29, 0, 30, 2);
        add->trigger();
        QTRY_VERIFY2(window.errorText().contains(QStringLiteral("already")),
                     qPrintable(window.errorText()));
        QCOMPARE(panel->model()->finding(panel->model()->rowOf(id))->locations.size(), 2);
    }

    void marksCodeReviewed()
    {
        MainWindow window;
        openReview(window);
        ReviewController *review = window.review();
        SourceView *code = showFile(window, "src/util.c");
        QTRY_VERIFY(review->coverage());
        QCOMPARE(review->coverage()->report->total().reviewedLines, 0);

        code->setSelection(0, 0, 2, 0); // lines 1-2
        review->markSelectionReviewed(true);
        QTRY_COMPARE(review->coverage()->report->total().reviewedLines, 2);
        QTRY_VERIFY(code->isLineReviewed(0) && code->isLineReviewed(1));
        QVERIFY(!code->isLineReviewed(2));
        const QModelIndex util = window.treeModel()->indexForPath("src/util.c");
        QTRY_COMPARE(util.data(TreeModel::CoverageRole).toString(), QStringLiteral("partial"));
        QVERIFY(review->coverageLabel()->text().contains(QStringLiteral("of 3 file")));

        review->markFileReviewed(true);
        QTRY_COMPARE(util.data(TreeModel::CoverageRole).toString(), QStringLiteral("reviewed"));
        // 14 lines, 2 of them blank: blank lines do not count.
        QCOMPARE(code->lineCount(), 14);
        QCOMPARE(review->coverage()->report->file("src/util.c")->lines, 12);
        QVERIFY(code->isLineReviewed(13));
        const QModelIndex src = window.treeModel()->indexForPath("src");
        QVERIFY(src.data(Qt::DisplayRole).toString().contains(QLatin1Char('%')));

        code->setSelection(3, 0, 4, 0); // line 4
        review->markSelectionReviewed(false);
        QTRY_COMPARE(util.data(TreeModel::CoverageRole).toString(), QStringLiteral("partial"));
        QTRY_VERIFY(!code->isLineReviewed(3));
        QVERIFY(code->isLineReviewed(2) && code->isLineReviewed(4));

        // Next unreviewed file: after src/util.c comes the top again (README, src/main.c).
        review->showNextUnreviewedFile();
        QTRY_COMPARE(window.fileView()->currentPath(), QByteArray("README"));
    }

    void movesTheReviewToANewerCommit()
    {
        MainWindow window;
        openReview(window);
        ReviewController *review = window.review();
        QTRY_COMPARE(review->panel()->model()->rowCount(), 3);
        window.showRevision("next");
        QTRY_COMPARE(window.currentCommit().toHex(),
                     test::referenceGitLines(repoPath(), {"rev-parse", "next"}).value(0));
        review->moveReview(QStringLiteral("repo"), window.currentCommit());
        QTRY_VERIFY(!review->lastMoveSummary().isEmpty());
        QVERIFY2(review->lastMoveSummary().contains(QStringLiteral("2 moved")),
                 qPrintable(review->lastMoveSummary()));
        QVERIFY(review->lastMoveSummary().contains(QStringLiteral("1 orphaned")));
        QTRY_VERIFY(review->panel()->model()->finding(0)->anchorState
                    != review::AnchorState::Original);
        for (const review::Finding &finding : review->panel()->model()->findings()) {
            QCOMPARE(finding.commit, window.currentCommit().toHex());
            if (finding.primary().path == "src/util.c") {
                QCOMPARE(finding.anchorState, review::AnchorState::Orphaned);
                continue;
            }
            QCOMPARE(finding.anchorState, review::AnchorState::Moved);
            if (finding.title == QLatin1String("Stack buffer overflow")) {
                QCOMPARE(finding.primary().startLine, 8); // was 5-7
                QCOMPARE(finding.primary().endLine, 10);
                // The details keep where it was first recorded.
                review->panel()->selectFinding(finding.id);
                QTRY_VERIFY(!review->panel()->details()->originalAnchor()->isHidden());
                QVERIFY(review->panel()->details()->originalAnchor()->text().contains(
                    QStringLiteral("src/main.c:5-7")));
            }
        }
    }

    // A panel closed with its title bar's button comes back from the View menu; the
    // findings panel is there only while a review is open, and stays closed when the user
    // closed it, whatever else changes.
    void panelsComeBackFromTheViewMenu()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        QDockWidget *findings = window.review()->dock();
        auto *history = window.findChild<QDockWidget *>(QStringLiteral("historyDock"));
        auto *search = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
        QVERIFY(history && search);
        QAction *findingsAction = viewMenuAction(window, findings);
        QAction *historyAction = viewMenuAction(window, history);
        QVERIFY(findingsAction && historyAction && viewMenuAction(window, search));
        QVERIFY(!findings->isVisible());
        QVERIFY(!findingsAction->isEnabled());

        history->close();
        QVERIFY(!history->isVisible());
        historyAction->trigger();
        QVERIFY(history->isVisible());

        openReview(window);
        QTRY_VERIFY(findings->isVisible());
        QVERIFY(findingsAction->isEnabled());
        findings->close();
        window.showRevision("next");
        QTRY_COMPARE(window.currentCommit().toHex(),
                     test::referenceGitLines(repoPath(), {"rev-parse", "next"}).value(0));
        QVERIFY(!findings->isVisible());
        findingsAction->trigger();
        QVERIFY(findings->isVisible());
    }

    // Review > New Review asks for the file, the review's name and the reviewer, and
    // creates nothing until all three are given.
    void newReviewDialogCreatesTheReview()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        QAction *newReview = actionTitled(window, ReviewController::tr("&New Review…"));
        QVERIFY(newReview);
        newReview->trigger();
        QPointer<QDialog> dialog = dialogTitled(window, ReviewController::tr("New Review"));
        QVERIFY(dialog);
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("reviewFile"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("reviewName"));
        auto *reviewer = dialog->findChild<QLineEdit *>(QStringLiteral("reviewerName"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(file && name && reviewer && buttons);
        const QString fileName = m_dir.filePath(QStringLiteral("dialog.clearroom"));
        file->setText(fileName);
        reviewer->setText(QStringLiteral("Bea Reviewer"));
        buttons->button(QDialogButtonBox::Ok)->click(); // no name yet
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!QFile::exists(fileName));
        // Says what is missing.
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("reviewProblem"));
        QVERIFY(problem && problem->isVisible());
        QCOMPARE(problem->text(), ReviewController::tr("Name the review."));

        name->setText(QStringLiteral("Dialog review"));
        buttons->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QTRY_VERIFY(window.review()->session()->isOpen());
        const WorkspaceSession::State &state = window.review()->session()->state();
        QCOMPARE(state.fileName, fileName);
        QCOMPARE(state.review.name, QStringLiteral("Dialog review"));
        QCOMPARE(state.review.reviewerName, QStringLiteral("Bea Reviewer"));
        QCOMPARE(state.repositories.size(), 1);
        QCOMPARE(state.repositories.first().commit, window.currentCommit().toHex());
        QVERIFY(QFile::exists(fileName));
    }

    // Consolidation > New Lead Workspace: the file's label is a shortcut to its field (it
    // once showed "&File:"), and OK says which field is missing (it was greyed out without
    // a word).
    void newLeadWorkspaceDialog()
    {
        MainWindow window;
        window.show();
        QAction *newLead = nullptr;
        for (QAction *action : window.consolidation()->menu()->actions()) {
            if (action->text() == ConsolidationController::tr("&New Lead Workspace…"))
                newLead = action;
        }
        QVERIFY(newLead);
        newLead->trigger();
        QPointer<QDialog> dialog
            = dialogTitled(window, ConsolidationController::tr("New Lead Workspace"));
        QVERIFY(dialog);
        auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("leadWorkspaceFile"));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("leadWorkspaceFileLabel"));
        QVERIFY(file && label);
        QCOMPARE(label->buddy(), file);
        QVERIFY(dialog->minimumWidth() >= 560);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("leadWorkspaceProblem"));
        QVERIFY(buttons && problem);
        QVERIFY(problem->isHidden());
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(),
                 ConsolidationController::tr("Choose the file the lead workspace is kept in."));
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3);
        for (QLineEdit *edit : edits)
            edit->setText(edit == file ? m_dir.filePath(QStringLiteral("lead.clearroom"))
                                       : QStringLiteral("  "));
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(problem->text(), ConsolidationController::tr("Name the consolidated review."));
        for (QLineEdit *edit : edits) {
            if (edit != file && edit->text().trimmed().isEmpty()) {
                edit->setText(QStringLiteral("Consolidation"));
                break;
            }
        }
        buttons->button(QDialogButtonBox::Ok)->click();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(
            problem->text(),
            ConsolidationController::tr("Name the lead reviewer, as the lead certificate has it."));
        dialog->reject();
    }

    // Review > Move Review asks first: cancelled, nothing moves; accepted, the review is
    // carried to the commit on display.
    void moveReviewDialogAsksFirst()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        const QString fileName = m_dir.filePath(QStringLiteral("move.clearroom"));
        window.review()->createReview(fileName, QStringLiteral("Move"), QStringLiteral("Ada"));
        QTRY_VERIFY(window.review()->session()->isOpen());
        const QByteArray base = window.currentCommit().toHex();
        QAction *move = window.findChild<QAction *>(QStringLiteral("moveReviewAction"));
        QVERIFY(move);
        QVERIFY(!move->isEnabled()); // the review is at the commit on display
        window.showRevision("next");
        QTRY_VERIFY(move->isEnabled());
        const QByteArray next = window.currentCommit().toHex();
        QVERIFY(next != base);

        move->trigger();
        QPointer<QMessageBox> box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY2(box->text().contains(QString::fromLatin1(next.left(12)))
                     && box->text().contains(QString::fromLatin1(base.left(12))),
                 qPrintable(box->text()));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!box);
        QCOMPARE(window.review()->session()->state().repositories.first().commit, base);

        move->trigger();
        box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        box->button(QMessageBox::Ok)->click();
        QTRY_VERIFY(!window.review()->lastMoveSummary().isEmpty());
        QTRY_COMPARE(window.review()->session()->state().repositories.first().commit, next);
        QTRY_VERIFY(!move->isEnabled());
        window.review()->session()->close();
        auto workspace = review::Workspace::open(fileName);
        QVERIFY(workspace);
        QCOMPARE((*workspace)->repositories()->first().commit, next);
    }

    void markdownViewLoadsNothing()
    {
        MarkdownView view;
        view.setMarkdownText(
            QStringLiteral("<b>raw</b> ![x](file:///etc/passwd) [link](http://example.org)"));
        // HTML stays text, the image is not read, the link is not followed.
        QVERIFY(view.toPlainText().contains(QStringLiteral("<b>raw</b>")));
        QVERIFY(!view.openLinks());
    }

private:
    QString repoPath() const { return m_dir.filePath(QStringLiteral("repo.git")); }
    QString workspacePath() const { return m_dir.filePath(QStringLiteral("review.clearroom")); }

    // Shows the window and opens the review in it (creating it the first time).
    void openReview(MainWindow &window)
    {
        window.resize(1200, 800);
        window.show();
        if (!QFile::exists(workspacePath())) {
            window.openRepository(repoPath());
            QTRY_VERIFY(!window.currentCommit().isNull());
            window.review()->createReview(workspacePath(), QStringLiteral("Test review"),
                                          QStringLiteral("Ada Auditor"));
        } else {
            window.review()->openReview(workspacePath());
        }
        QTRY_VERIFY(window.review()->session()->isOpen());
        QTRY_VERIFY(!window.currentCommit().isNull());
        QTRY_VERIFY(window.review()->recordFindingAction()->isEnabled());
    }

    // The View menu's entry that shows or hides `panel`.
    static QAction *viewMenuAction(MainWindow &window, QDockWidget *panel)
    {
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(panel->toggleViewAction()))
                return menu->text() == MainWindow::tr("&View") ? panel->toggleViewAction()
                                                               : nullptr;
        }
        return nullptr;
    }

    SourceView *showFile(MainWindow &window, const QByteArray &path)
    {
        window.revealPath(path);
        [&] { QTRY_COMPARE(window.fileView()->currentPath(), path); }();
        return window.fileView()->codeView();
    }

    // Adds a finding through a connection of its own, as a second window would.
    void addFinding(review::Severity severity, review::FindingStatus status, const char *title,
                    const QByteArray &path, int first, int last)
    {
        auto workspace = review::Workspace::open(workspacePath());
        QVERIFY2(workspace, workspace ? "" : qPrintable(workspace.errorMessage()));
        auto repository = git::Repository::open(repoPath());
        QVERIFY(repository);
        auto commit = repository->resolveCommit("HEAD");
        QVERIFY(commit);
        auto location = review::LocationReader(*repository).read(*commit, path, first, last);
        QVERIFY2(location, location ? "" : qPrintable(location.errorMessage()));
        review::Finding finding;
        finding.repository = QStringLiteral("repo");
        finding.commit = commit->toHex();
        finding.locations = {*location};
        finding.title = QString::fromUtf8(title);
        finding.severity = severity;
        finding.status = status;
        auto id = (*workspace)->findings().add(finding);
        QVERIFY2(id, id ? "" : qPrintable(id.errorMessage()));
    }

    static QAction *actionTitled(MainWindow &window, const QString &text)
    {
        for (QAction *action : window.review()->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

    static QDialog *dialogTitled(MainWindow &window, const QString &title)
    {
        for (QDialog *dialog : window.findChildren<QDialog *>()) {
            if (dialog->windowTitle() == title)
                return dialog;
        }
        return nullptr;
    }

    static QString findingIdTitled(FindingsPanel *panel, const char *title)
    {
        for (const review::Finding &finding : panel->model()->findings()) {
            if (finding.title == QLatin1String(title))
                return finding.id;
        }
        return {};
    }

    test::ScratchDirectory m_dir;
};

QTEST_MAIN(TestReviewGui)
#include "tst_reviewgui.moc"
