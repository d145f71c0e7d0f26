// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// A package opened read-only: verified against the authority's CA and browsed, or only
// inspected under a banner that says so; a changed package is refused; the report view
// loads nothing from outside the report.
#include "buildconfig.h"
#include "markdownview.h"
#include "packageactions.h"
#include "packagecontentfixture.h"
#include "packagefindingsmodel.h"
#include "packagefixture.h"
#include "packageviewer.h"
#include "rememberedpaths.h"
#include "reportview.h"
#include "reportwriter.h"
#include "trustview.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTextTable>
#include <QTreeView>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

class TestPackageViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        auto policy = package::EgressPolicy::fromJson(
            "{\"type\":\"clearroom-egress-policy\",\"version\":1,\"excerpts\":\"finding-lines\"}",
            QStringLiteral("test"));
        QVERIFY(policy);
        auto archive = m_fixture->archive(*policy);
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.errorMessage()));
        m_package = m_fixture->save(QStringLiteral("review.crpkg"), *archive);
        // A well-formed archive whose findings.json is not what the manifest signed.
        QMap<QByteArray, QByteArray> entries = test::readEntries(m_package);
        QVERIFY(entries.value("findings.json").contains("Pasted code"));
        entries["findings.json"].replace("Pasted code", "Pasted_code");
        m_changed = m_fixture->save(QStringLiteral("changed.crpkg"), test::zipOf(entries));
    }

    void verifiedPackageShowsItsFindings()
    {
        PackageViewer viewer;
        QSignalSpy loaded(&viewer, &PackageViewer::loaded);
        viewer.open(m_package, m_fixture->pki().caFile());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(viewer.isVerified());
        QVERIFY2(viewer.bannerText().startsWith(QStringLiteral("Verified against")),
                 qPrintable(viewer.bannerText()));
        QVERIFY(
            viewer.summaryValue(QStringLiteral("Signer")).contains(QStringLiteral("Ada Auditor")));
        QCOMPARE(viewer.summaryValue(QStringLiteral("Findings")),
                 QStringLiteral("2 (1 Critical, 1 High, 0 Medium, 0 Low, 0 Info)"));
        QVERIFY(viewer.summaryValue(QStringLiteral("Egress policy"))
                    .startsWith(QStringLiteral("finding-lines")));

        PackageFindingsModel *model = viewer.findingsModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 2);
        QStringList titles;
        for (int row = 0; row < model->rowCount(); ++row)
            titles.append(model->index(row, PackageFindingsModel::Title).data().toString());
        QCOMPARE(titles,
                 (QStringList {QStringLiteral("Pasted code"),
                               QStringLiteral("Unchecked <input> & \"quotes\"")}));
        QCOMPARE(model->index(0, PackageFindingsModel::Severity).data().toString(),
                 QStringLiteral("Critical"));
        QCOMPARE(model->index(1, PackageFindingsModel::Location).data().toString(),
                 QStringLiteral("src/main.c:5-7"));
        // The first finding's details, as text.
        QTRY_VERIFY(
            viewer.detailsView()->toPlainText().contains(QStringLiteral("int util_4 = 4;")));
        QVERIFY(viewer.tabs()->isEnabled());
        // The second in full: what it is, where, the code that left with it (the finding's
        // own lines marked), its comment; its title shown as written, not read as Markdown.
        viewer.findingsView()->setCurrentIndex(model->index(1, 0));
        const QString details = viewer.detailsView()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("Unchecked <input> & \"quotes\"")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("High · Open")));
        QVERIFY(details.contains(QStringLiteral("src/main.c:5-7 at commit ")));
        QVERIFY(details.contains(QStringLiteral("by Ada Auditor, ")));
        QVERIFY(details.contains(QStringLiteral("Code that left the room")));
        QVERIFY(details.contains(QStringLiteral(">      5 | int main_5 = 5;")));
        QVERIFY(details.contains(QStringLiteral("Confirmed by a test.")));
        QVERIFY(!details.contains(QStringLiteral("Pasted code")));
    }

    // Review > Open Package starts from the trust configuration the last package was
    // opened against; before any, from the one shown last.
    void openDialogStartsFromTheLastTrust()
    {
        RememberedPaths::forgetAll();
        QWidget window;
        QMenu menu;
        WorkspaceSession session;
        auto *actions = new PackageActions(&window, &session, &menu);
        QDialog *opened = nullptr;
        connect(actions, &PackageActions::dialogOpened, this,
                [&opened](QDialog *dialog) { opened = dialog; });
        const auto trustOffered = [&] {
            opened = nullptr;
            menu.findChild<QAction *>(QStringLiteral("openPackageAction"))->trigger();
            auto *trust
                = opened ? opened->findChild<QLineEdit *>(QStringLiteral("packageTrust")) : nullptr;
            return trust ? trust->text() : QStringLiteral("(no dialog)");
        };
        QCOMPARE(trustOffered(), QString());
        opened->reject();
        const QString shownFolder = m_fixture->pki().directory();
        actions->showTrust(shownFolder)->close();
        QCOMPARE(trustOffered(), shownFolder);

        opened->findChild<QLineEdit *>(QStringLiteral("packageFile"))->setText(m_package);
        opened->findChild<QLineEdit *>(QStringLiteral("packageTrust"))
            ->setText(m_fixture->pki().caFile());
        opened->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open)->click();
        QVERIFY(!opened->isVisible());

        QCOMPARE(trustOffered(), m_fixture->pki().caFile());
        QCOMPARE(opened->findChild<QLineEdit *>(QStringLiteral("packageFile"))->text(), QString());
    }

    // A consolidated package names the auditors' packages inside and who signed each:
    // verified here with it, or only as its manifest says when inspected.
    void consolidatedPackageNamesItsSources()
    {
        const auto lead
            = m_fixture->pki().issue(QStringLiteral("Lea Lead"), test::TestPki::Role::Lead);
        QVERIFY2(m_fixture->pki().isValid(), qPrintable(m_fixture->pki().error()));
        QFile source(m_package);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const auto consolidated = m_fixture->consolidatedArchive({source.readAll()}, lead);
        QVERIFY2(consolidated, qPrintable(consolidated ? QString() : consolidated.errorMessage()));
        const QString file = m_fixture->save(QStringLiteral("consolidated.crpkg"), *consolidated);
        const auto manifest = package::PackageVerifier::readManifest(m_package);
        QVERIFY(manifest);
        const QString line = QStringLiteral("CN=Ada Auditor, signed at ");
        const QString id = QStringLiteral(", package ") + manifest->packageId;

        PackageViewer verified;
        QSignalSpy loaded(&verified, &PackageViewer::loaded);
        verified.open(file, m_fixture->pki().caFile());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(verified.isVerified());
        QString sources = verified.summaryValue(QStringLiteral("Sources"));
        QVERIFY2(
            sources.startsWith(PackageViewer::tr(
                "%n auditor package(s), each verified here with its own signature:", nullptr, 1)),
            qPrintable(sources));
        QVERIFY2(sources.contains(line) && sources.endsWith(id), qPrintable(sources));

        PackageViewer inspected;
        QSignalSpy inspectedLoaded(&inspected, &PackageViewer::loaded);
        inspected.open(file, QString());
        QTRY_COMPARE(inspectedLoaded.size(), 1);
        QVERIFY(!inspected.isVerified());
        sources = inspected.summaryValue(QStringLiteral("Sources"));
        QVERIFY2(sources.startsWith(PackageViewer::tr(
                     "%n auditor package(s), as the manifest names them:", nullptr, 1)),
                 qPrintable(sources));
        QVERIFY2(sources.contains(line) && sources.endsWith(id), qPrintable(sources));

        // A review package has no sources.
        PackageViewer review;
        QSignalSpy reviewLoaded(&review, &PackageViewer::loaded);
        review.open(m_package, m_fixture->pki().caFile());
        QTRY_COMPARE(reviewLoaded.size(), 1);
        QCOMPARE(review.summaryValue(QStringLiteral("Sources")), QString());
    }

    void inspectOnlyIsShownAsNotVerified()
    {
        PackageViewer viewer;
        QSignalSpy loaded(&viewer, &PackageViewer::loaded);
        viewer.open(m_changed, QString());
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(!viewer.isVerified());
        QVERIFY(viewer.bannerText().startsWith(QStringLiteral("NOT VERIFIED")));
        QVERIFY(viewer.summaryValue(QStringLiteral("Signer"))
                    .endsWith(QStringLiteral("(as the manifest names it)")));
        QCOMPARE(viewer.findingsModel()->rowCount(), 2);
    }

    // An inspected package may hold anything: a finding that is not as Clearroom writes
    // it is shown with the reason, naming the field, and as much of its text as there is.
    void oddFindingIsShownWithItsReason()
    {
        QMap<QByteArray, QByteArray> entries = test::readEntries(m_package);
        QVERIFY(entries.value("findings.json").contains("\"severity\": \"critical\""));
        entries["findings.json"].replace("\"severity\": \"critical\"",
                                         "\"severity\": \"catastrophic\"");
        const QString odd = m_fixture->save(QStringLiteral("odd.crpkg"), test::zipOf(entries));
        PackageViewer viewer;
        QSignalSpy loaded(&viewer, &PackageViewer::loaded);
        viewer.open(odd, QString());
        QTRY_COMPARE(loaded.size(), 1);
        const QString details = viewer.detailsView()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("severity")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("finding 1 of findings.json")));
        QVERIFY(details.contains(QStringLiteral("Pasted code")));
        QVERIFY(details.contains(QStringLiteral("int util_4 = 4;")));
    }

    // Text in a code block stays in it, whatever backticks it holds; names and titles are
    // not read as Markdown.
    void markdownKeepsTextAsText()
    {
        MarkdownView view;
        const QString code = QStringLiteral("a ``` b\n```\n**not bold**\n");
        view.setMarkdownText(MarkdownView::codeBlock(code) + QStringLiteral("after ")
                             + MarkdownView::escaped(QStringLiteral("*x* [link](y) # z")));
        const QString shown = view.toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("```\n**not bold**")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("after *x* [link](y) # z")), qPrintable(shown));
    }

    void changedPackageIsRefused()
    {
        PackageViewer viewer;
        QSignalSpy failed(&viewer, &PackageViewer::failed);
        viewer.open(m_changed, m_fixture->pki().caFile());
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("findings.json")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(viewer.bannerText().startsWith(QStringLiteral("Not opened:")));
        QVERIFY(!viewer.tabs()->isEnabled());
        QCOMPARE(viewer.findingsModel()->rowCount(), 0);
    }

    void reportLoadsNothingFromOutside()
    {
        ReportView view;
        const QByteArray pixel
            = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z"
                                     "8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        view.setReport(
            "<h1>Report</h1><img src=\"file:///etc/passwd\"><img src=\"http://127.0.0.1/x.png\">"
            "<img src=\"findings.json\"><img src=\"data:image/png;base64,"
            + pixel.toBase64() + "\"><link rel=stylesheet href=\"http://127.0.0.1/a.css\">");
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStringList refused;
        for (const QUrl &url : view.refused())
            refused.append(url.toString());
        QVERIFY2(refused.contains(QStringLiteral("file:///etc/passwd")),
                 qPrintable(refused.join(QLatin1Char(' '))));
        QVERIFY(refused.contains(QStringLiteral("http://127.0.0.1/x.png")));
        QVERIFY(refused.contains(QStringLiteral("findings.json")));
        for (const QString &url : refused)
            QVERIFY2(!url.startsWith(QStringLiteral("data:")), qPrintable(url));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Report")));
    }

    // The report's style sheet gives the highlighted code its colours and the finding's own
    // lines their background: QTextBrowser applies its classes as a browser would.
    void reportShowsTheExcerptsColours()
    {
        package::PackageContent content = test::samplePackageContent();
        content.highlighting = true;
        const QByteArray html = package::ReportWriter::html(content);
        ReportView view;
        view.setReport(html);
        QTextDocument *document = view.document();
        // A marked line of the first excerpt ("const QString sql = ...", line 42).
        QTextCursor found = document->find(QStringLiteral("\u25B6"));
        QVERIFY(!found.isNull());
        QTextTable *table = found.currentTable();
        QVERIFY(table);
        const QTextTableCell marker = table->cellAt(found);
        QCOMPARE(marker.format().background().color(), QColor(QStringLiteral("#fff0b3")));
        const QTextTableCell number = table->cellAt(marker.row(), 0);
        QCOMPARE(number.format().background().color(), QColor(QStringLiteral("#fff0b3")));
        QCOMPARE(number.firstCursorPosition().block().text(), QStringLiteral("42"));
        // An unmarked line has none.
        QCOMPARE(table->cellAt(0, 0).format().background().style(), Qt::NoBrush);
        if (!CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING)
            return;
        // The keyword "const" in that line, in its class's colour or weight.
        const auto keyword
            = QRegularExpression(QStringLiteral("<span class=\"(hl\\d+)\">const</span>"))
                  .match(QString::fromUtf8(html));
        QVERIFY(keyword.hasMatch());
        const auto rule = QRegularExpression(
                              QStringLiteral("span\\.%1 \\{ ([^}]*) \\}").arg(keyword.captured(1)))
                              .match(QString::fromUtf8(html));
        QVERIFY(rule.hasMatch());
        QTextCursor code(table->cellAt(marker.row(), 2).firstCursorPosition());
        code = document->find(QStringLiteral("const"), code, QTextDocument::FindWholeWords);
        QVERIFY(!code.isNull());
        QCOMPARE(code.currentTable(), table);
        const QTextCharFormat format = code.charFormat();
        const auto color
            = QRegularExpression(QStringLiteral("color:(#[0-9a-f]{6})")).match(rule.captured(1));
        if (color.hasMatch()) {
            QCOMPARE(format.foreground().color(), QColor(color.captured(1)));
        }
        QCOMPARE(format.fontWeight() == QFont::Bold,
                 rule.captured(1).contains(QStringLiteral("font-weight:bold")));
        QVERIFY(color.hasMatch() || format.fontWeight() == QFont::Bold);
        // Plain text beside it has neither.
        QTextCursor plain = document->find(QStringLiteral("sql"), code);
        QVERIFY(!plain.isNull());
        QVERIFY(plain.charFormat().foreground().color() != format.foreground().color()
                || plain.charFormat().fontWeight() != format.fontWeight());
    }

private:
    std::unique_ptr<test::PackageFixture> m_fixture;
    QString m_package;
    QString m_changed;
};

QTEST_MAIN(TestPackageViewer)
#include "tst_packageviewer.moc"
