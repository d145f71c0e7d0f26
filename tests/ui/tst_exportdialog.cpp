// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
// The export dialog as an auditor goes through it: choose the identity and policy,
// unlock, see everything that leaves, confirm with the passphrase again, and get a
// package that verifies, with its receipt; a wrong passphrase and a cancel write nothing.
#include "exportdialog.h"
#include "exportpreviewdocument.h"
#include "exportstore.h"
#include "packageactions.h"
#include "packageentriesmodel.h"
#include "packagefixture.h"
#include "packageverifier.h"
#include "receiptdialog.h"
#include "rememberedpaths.h"
#include "transferreceipt.h"
#include "workspace.h"
#include "workspacesession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextEdit>
#include <QtTest>

using namespace clearroom;
using namespace clearroom::ui;

namespace {

const QByteArray FindingLines
    = "{\"type\":\"clearroom-egress-policy\",\"version\":1,\"excerpts\":\"finding-lines\"}";

// The blocks of the preview drawn on the warning background.
QStringList flaggedBlocks(const QTextDocument &document)
{
    QStringList blocks;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().background().color()
                == ExportPreviewDocument::warningBackground()) {
                blocks.append(block.text());
                break;
            }
        }
    }
    return blocks;
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<QDialog *>();
        m_fixture = test::PackageFixture::created();
        QVERIFY(m_fixture);
        m_fixture->review().close();
        m_policy = m_fixture->save(QStringLiteral("policy.json"), FindingLines);
        m_session = std::make_unique<WorkspaceSession>();
        m_session->open(m_fixture->review().workspacePath());
        QTRY_VERIFY(m_session->isOpen());
        m_media = m_fixture->review().filePath(QStringLiteral("media"));
        QVERIFY(QDir().mkpath(m_media));
    }

    // Each test starts from empty fields, whatever an earlier one exported.
    void init() { RememberedPaths::forgetAll(); }

    void wrongPassphraseIsSaidAndNothingIsBuilt()
    {
        ExportDialog dialog(m_session.get());
        fill(dialog, QStringLiteral("wrong.crpkg"));
        dialog.passphraseEdit()->setText(QStringLiteral("not the passphrase"));
        QSignalSpy failed(&dialog, &ExportDialog::failed);
        dialog.showPreview();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(dialog.page(), ExportDialog::Page::Choose);
        QVERIFY2(dialog.problemText().startsWith(
                     QStringLiteral("The passphrase does not unlock the identity")),
                 qPrintable(dialog.problemText()));
        QVERIFY(dialog.passphraseEdit()->text().isEmpty());
        QVERIFY(mediaFiles().isEmpty());
    }

    void missingChoicesAreSaid()
    {
        ExportDialog dialog(m_session.get());
        dialog.showPreview();
        QCOMPARE(dialog.problemText(),
                 PackageExport::tr("Choose the identity file (PKCS#12) to sign the package with."));
        fill(dialog, QStringLiteral("both.crpkg"));
        dialog.trustEdit()->setText(m_fixture->pki().caFile());
        dialog.showPreview();
        QCOMPARE(dialog.page(), ExportDialog::Page::Choose);
        QVERIFY(dialog.problemText().contains(QStringLiteral("not both")));
    }

    void previewThenWriteMakesAPackageThatVerifies()
    {
        PackageActions *actions = nullptr;
        QWidget window;
        QMenu menu;
        actions = new PackageActions(&window, m_session.get(), &menu);
        QVERIFY(actions->exportAction()->isEnabled()); // a review is open
        ExportDialog *dialog = actions->exportPackage();
        QSignalSpy opened(actions, &PackageActions::dialogOpened);
        const QString output = fill(*dialog, QStringLiteral("review.crpkg"));
        dialog->passphraseEdit()->setText(QString::fromUtf8(m_fixture->auditor().passphrase));
        QSignalSpy shown(dialog, &ExportDialog::previewShown);
        dialog->showPreview();
        QCOMPARE(dialog->page(), ExportDialog::Page::Progress);
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(dialog->page(), ExportDialog::Page::Preview);
        QVERIFY(mediaFiles().isEmpty()); // the preview writes nothing

        // Every entry with its size, the manifest and the signature to come.
        QAbstractItemModelTester tester(dialog->entriesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList names;
        for (const PackageEntriesModel::Entry &entry : dialog->entriesModel()->entries())
            names.append(entry.name);
        for (const char *name : {"findings.json", "coverage.json", "audit-log.jsonl",
                                 "manifest.json", "manifest.json.p7s"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        const QModelIndex size = dialog->entriesModel()->index(
            int(names.indexOf(QStringLiteral("findings.json"))), PackageEntriesModel::Size);
        QVERIFY(size.data(Qt::UserRole).toLongLong() > 0);
        QVERIFY(size.data().toString().endsWith(QStringLiteral(" bytes")));

        // The preview opens at its start: what code leaves, first.
        QCOMPARE(dialog->previewView()->textCursor().position(), 0);
        QCOMPARE(dialog->previewView()->verticalScrollBar()->value(), 0);
        QVERIFY(dialog->previewView()
                    ->cursorForPosition(QPoint(4, 4))
                    .block()
                    .text()
                    .startsWith(QStringLiteral("Code that leaves the room")));

        // The finding's lines leave (the policy says so), in a fixed-width font.
        const QTextDocument &preview = *dialog->previewView()->document();
        QVERIFY2(preview.toPlainText().contains(QStringLiteral(">      5 | int main_5 = 5;")),
                 qPrintable(preview.toPlainText()));
        QTextBlock code = preview.find(QStringLiteral("int main_6 = 6;")).block();
        QVERIFY(code.isValid());
        QVERIFY(code.begin().fragment().charFormat().fontFixedPitch());
        // The pasted code in the second finding's description is on the warning background.
        const QStringList flagged = flaggedBlocks(preview);
        QVERIFY2(flagged.contains(QStringLiteral("!     int util_4 = 4;")),
                 qPrintable(flagged.join(QLatin1Char('|'))));
        QVERIFY(!flaggedBlocks(preview).join(QString()).contains(QStringLiteral("main_")));
        auto *warning = dialog->findChild<QLabel *>(QStringLiteral("exportFlaggedWarning"));
        QVERIFY(warning && !warning->isHidden());

        // Without the passphrase again, nothing is signed.
        dialog->writePackage();
        QCOMPARE(dialog->page(), ExportDialog::Page::Preview);
        QVERIFY(!dialog->problemText().isEmpty());
        dialog->confirmPassphraseEdit()->setText(QStringLiteral("wrong"));
        QSignalSpy failed(dialog, &ExportDialog::failed);
        dialog->writePackage();
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(dialog->problemText().startsWith(
                     QStringLiteral("The passphrase does not unlock the identity")),
                 qPrintable(dialog->problemText()));
        QVERIFY(mediaFiles().isEmpty());
        // Choices that wrote nothing are not remembered.
        QCOMPARE(RememberedPaths::value(RememberedPaths::Path::ExportIdentity), QString());

        QPointer<ExportDialog> guard(dialog);
        QSignalSpy exported(dialog, &ExportDialog::exported);
        dialog->confirmPassphraseEdit()->setText(
            QString::fromUtf8(m_fixture->auditor().passphrase));
        dialog->writePackage();
        QTRY_VERIFY2(exported.size() == 1 || failed.size() > 1,
                     qPrintable(guard ? guard->problemText() : QString()));
        QCOMPARE(exported.size(), 1);
        QCOMPARE(mediaFiles(), QStringList {QStringLiteral("review.crpkg")});

        // The package verifies against the authority's CA, as the authority checks it.
        auto verdict = package::PackageVerifier::verify(
            output, package::TrustConfiguration::fromStore(m_fixture->trust()), {});
        QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.errorMessage()));
        QCOMPARE(verdict->manifest.summary.value(QStringLiteral("findings")).toInt(), 2);
        QCOMPARE(verdict->manifest.egressPolicy.value(QStringLiteral("excerpts")).toString(),
                 QStringLiteral("finding-lines"));
        // Recorded in the workspace: the next package will name it as its previous one.
        QCOMPARE(exported.first().at(2).toString(), QString());
        {
            auto workspace = review::Workspace::open(m_fixture->review().workspacePath());
            QVERIFY(workspace);
            auto last = (*workspace)->exports().last();
            QVERIFY(last && *last);
            QCOMPARE((*last)->packageId, verdict->manifest.packageId);
            QCOMPARE((*last)->sha256, verdict->fileSha256);
        }

        // The receipt follows, naming the file's SHA-256.
        QTRY_COMPARE(opened.size(), 1);
        auto *receipt = qobject_cast<ReceiptDialog *>(opened.first().first().value<QDialog *>());
        QVERIFY(receipt);
        QVERIFY(receipt->text().contains(QString::fromLatin1(verdict->fileSha256)));
        QCOMPARE(receipt->warningText(), QString());
        QCOMPARE(receipt->text(), package::TransferReceipt::text(output, *verdict));
        const QString saved = m_fixture->review().filePath(QStringLiteral("receipt.txt"));
        QVERIFY(receipt->saveTo(saved));
        QFile file(saved);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), receipt->text());
        // A PDF writer, not a QPrinter: that asks the print system (CUPS) for printers.
        const QString pdf = m_fixture->review().filePath(QStringLiteral("receipt.pdf"));
        {
            QPdfWriter writer(pdf);
            receipt->printOn(writer);
        }
        QFile printed(pdf);
        QVERIFY(printed.open(QIODevice::ReadOnly));
        QVERIFY(printed.read(5) == "%PDF-");
        QVERIFY(printed.size() > 1000);
        delete receipt;
        QVERIFY(QFile::remove(output));

        // The next export starts from this one's identity and policy; the package file is
        // new each time, so its browser starts in the folder it was written to. Paths only:
        // the passphrase is nowhere in the settings.
        ExportDialog next(m_session.get());
        QCOMPARE(next.identityEdit()->text(), m_fixture->auditor().pkcs12File);
        QCOMPARE(next.policyEdit()->text(), m_policy);
        QCOMPARE(next.trustEdit()->text(), QString());
        QCOMPARE(next.outputEdit()->text(), QString());
        QCOMPARE(next.passphraseEdit()->text(), QString());
        QCOMPARE(RememberedPaths::value(RememberedPaths::Path::PackageFolder),
                 QFileInfo(m_media).absoluteFilePath());
        QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                           QStringLiteral("Clearroom"), QStringLiteral("Clearroom"));
        settings.sync();
        QFile stored(settings.fileName());
        QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray kept = stored.readAll();
        QVERIFY(kept.contains(QFile::encodeName(QFileInfo(m_policy).fileName())));
        QVERIFY(!kept.contains(m_fixture->auditor().passphrase));
    }

    void cancelWritesNothing()
    {
        ExportDialog dialog(m_session.get());
        fill(dialog, QStringLiteral("cancelled.crpkg"));
        dialog.passphraseEdit()->setText(QString::fromUtf8(m_fixture->auditor().passphrase));
        QSignalSpy shown(&dialog, &ExportDialog::previewShown);
        dialog.showPreview();
        QTRY_COMPARE(shown.size(), 1);
        QSignalSpy failed(&dialog, &ExportDialog::failed);
        QSignalSpy exported(&dialog, &ExportDialog::exported);
        dialog.confirmPassphraseEdit()->setText(QString::fromUtf8(m_fixture->auditor().passphrase));
        dialog.writePackage();
        QCOMPARE(dialog.page(), ExportDialog::Page::Progress);
        dialog.reject(); // Cancel on the progress page
        QTRY_COMPARE(failed.size(), 1);
        QVERIFY2(failed.first().first().toString().startsWith(PackageExport::cancelledText()),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(exported.size(), 0);
        QCOMPARE(dialog.page(), ExportDialog::Page::Preview);
        QVERIFY(mediaFiles().isEmpty()); // neither the package nor a temporary file
    }

    void existingFileIsNeverReplaced()
    {
        ExportDialog dialog(m_session.get());
        const QString output = fill(dialog, QStringLiteral("taken.crpkg"));
        QFile taken(output);
        QVERIFY(taken.open(QIODevice::WriteOnly));
        taken.write("mine");
        taken.close();
        dialog.passphraseEdit()->setText(QString::fromUtf8(m_fixture->auditor().passphrase));
        dialog.showPreview();
        QVERIFY(dialog.problemText().contains(QStringLiteral("does not replace a package")));
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readAll(), QByteArray("mine"));
        QVERIFY(QFile::remove(output));
    }

    void cleanupTestCase() { m_session.reset(); }

private:
    QString fill(ExportDialog &dialog, const QString &name)
    {
        dialog.identityEdit()->setText(m_fixture->auditor().pkcs12File);
        dialog.policyEdit()->setText(m_policy);
        const QString output = QDir(m_media).filePath(name);
        dialog.outputEdit()->setText(output);
        return output;
    }
    QStringList mediaFiles() const
    {
        return QDir(m_media).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    std::unique_ptr<test::PackageFixture> m_fixture;
    std::unique_ptr<WorkspaceSession> m_session;
    QString m_policy;
    QString m_media;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
