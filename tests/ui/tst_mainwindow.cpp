// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "buildconfig.h"
#include "fileview.h"
#include "fixturerepository.h"
#include "linehighlighter.h"
#include "mainwindow.h"
#include "process.h"
#include "readonlywatch.h"
#include "refpicker.h"
#include "repository.h"
#include "reviewcontroller.h"
#include "searchpanel.h"
#include "sourcetext.h"
#include "sourceview.h"
#include "translations.h"
#include "treemodel.h"
#include "verifiedobjects.h"

#include "scratchdirectory.h"
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

#include <sys/resource.h>

using namespace clearroom;
using namespace clearroom::ui;

// Drives the real main window offscreen the way an auditor would: open, pick a
// revision, open folders, read files.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(test::FixtureRepository::createStandard(repoPath(), &error), qPrintable(error));
    }

    void opensRepositoryAndShowsHighlightedFile()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        QVERIFY(window.errorText().isEmpty());
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QTRY_VERIFY(window.treeModel()->rowCount() > 0);

        openFile(window, "src/main.cpp");
        SourceView *code = window.fileView()->codeView();
        QTRY_VERIFY(code->text().contains(QStringLiteral("int main()")));
        QVERIFY(window.fileView()->headerText().contains(QStringLiteral("src/main.cpp")));
        // Nine lines, as git counts them; the final newline adds no empty tenth line.
        QCOMPARE(code->lineCount(), 9);
        QVERIFY(window.fileView()->headerText().contains(QStringLiteral("9 line")));

        if (!CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING) {
            QVERIFY(window.fileView()->definitionName().isEmpty());
            return;
        }
        QCOMPARE(window.fileView()->definitionName(), QStringLiteral("C++"));
        // The #include line carries highlighting formats from KSyntaxHighlighting.
        QVERIFY(code->source()->line(1).startsWith(QStringLiteral("#include")));
        QTRY_VERIFY(code->highlighter()->isFinished());
        QVERIFY(!code->formatsOfLine(1).isEmpty());
    }

    // The status bar says how what is shown is checked against the ids: each object as it
    // is read, or every object once (repo cache build) and then read without hashing.
    void saysWhenTheObjectsWereVerifiedOnce()
    {
        auto repository = git::Repository::open(repoPath());
        QVERIFY(repository);
        QVERIFY(git::VerifiedObjects::drop(*repository));
        {
            MainWindow window;
            window.show();
            window.openRepository(repoPath());
            QTRY_VERIFY(!window.currentCommit().isNull());
            QVERIFY2(window.statusText().contains(QStringLiteral("(read-only)  ·  ")),
                     qPrintable(window.statusText()));
        }
        const auto built = git::VerifiedObjects::build(*repository);
        QVERIFY2(built, qPrintable(built ? QString() : built.errorMessage()));
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        QVERIFY2(
            window.statusText().contains(QStringLiteral("(read-only, objects verified once)  ·  ")),
            qPrintable(window.statusText()));
        QVERIFY(git::VerifiedObjects::drop(*repository));
    }

    // File > Verify Objects Once does what `repo cache build` does, off the GUI thread,
    // and opens the repository again where the auditor was: now read without hashing.
    void verifiesTheObjectsFromTheFileMenu()
    {
        auto repository = git::Repository::open(repoPath());
        QVERIFY(repository);
        QVERIFY(git::VerifiedObjects::drop(*repository));
        MainWindow window;
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("verifyObjectsAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled()); // no repository yet
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        QVERIFY(action->isEnabled());
        openFile(window, "src/main.cpp");
        QTRY_VERIFY(window.fileView()->codeView()->text().contains(QStringLiteral("int main()")));
        QVERIFY(window.statusText().contains(QStringLiteral("(read-only)  ·  ")));

        test::ReadOnlyWatch watch;
        QString error;
        QVERIFY2(watch.start(repoPath(), &error), qPrintable(error));
        action->trigger();
        QVERIFY(window.verificationDialog());
        QTRY_VERIFY_WITH_TIMEOUT(
            window.verificationDialog()->labelText().contains(QStringLiteral("verified once")),
            30000);
        QVERIFY2(window.verificationDialog()->labelText().contains(repoPath()),
                 qPrintable(window.verificationDialog()->labelText()));
        QTRY_VERIFY(window.statusText().contains(
            QStringLiteral("(read-only, objects verified once)  ·  ")));
        // Back at the file that was open.
        QTRY_VERIFY(window.fileView()->codeView()->text().contains(QStringLiteral("int main()")));
        QVERIFY(window.fileView()->headerText().contains(QStringLiteral("src/main.cpp")));
        QVERIFY(window.errorText().isEmpty());
        QVERIFY(git::VerifiedObjects::status(*repository).applies());
        QCOMPARE(watch.events(), QStringList()); // nothing written into the repository
        window.verificationDialog()->close();
        QVERIFY(git::VerifiedObjects::drop(*repository));
    }

    // A damaged object found by the verification is named in the banner; nothing is
    // recorded and the repository stays as it was opened.
    void verificationNamesADamagedObject()
    {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged"));
        QVERIFY(test::runProcess("cp",
                                 {"-a", QFile::encodeName(repoPath()), QFile::encodeName(damaged)})
                    .ok());
        const QByteArray id
            = test::referenceGit(damaged, {"rev-parse", "HEAD:README.md"}).standardOutput.trimmed();
        QFile object(damaged + QStringLiteral("/.git/objects/") + QString::fromLatin1(id.left(2))
                     + QLatin1Char('/') + QString::fromLatin1(id.mid(2)));
        QVERIFY2(object.exists(), qPrintable(object.fileName()));
        QVERIFY(object.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(object.open(QIODevice::WriteOnly));
        object.write(qCompress(QByteArray("blob 6\0other\n", 13)).mid(4));
        object.close();

        MainWindow window;
        window.show();
        window.openRepository(damaged);
        QTRY_VERIFY(!window.currentCommit().isNull());
        window.verifyObjects();
        QTRY_VERIFY_WITH_TIMEOUT(!window.errorText().isEmpty(), 30000);
        QVERIFY2(window.errorText().contains(QString::fromLatin1(id)),
                 qPrintable(window.errorText()));
        QVERIFY(!window.verificationDialog());
        QVERIFY(window.statusText().contains(QStringLiteral("(read-only)  ·  ")));
        auto repository = git::Repository::open(damaged);
        QVERIFY(repository);
        QVERIFY(!QFile::exists(git::VerifiedObjects::filePath(*repository)));
    }

    void showsBinarySymlinkSubmoduleAndEmptyFiles()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(window.treeModel()->rowCount() > 0);

        openFile(window, "assets/logo.bin");
        QTRY_VERIFY(window.fileView()->placeholderText().contains(QStringLiteral("binary")));
        QVERIFY(window.fileView()->placeholderText().contains(QStringLiteral("300")));

        openFile(window, "link-to-main");
        QTRY_VERIFY(window.fileView()->placeholderText().contains(QStringLiteral("src/main.cpp")));
        QVERIFY(window.fileView()->placeholderText().contains(QStringLiteral("symbolic link")));

        openFile(window, "vendor/lib");
        QTRY_VERIFY(window.fileView()->placeholderText().contains(QStringLiteral("submodule")));

        openFile(window, "empty.txt");
        QTRY_VERIFY(window.fileView()->placeholderText().isEmpty());
        QCOMPARE(window.fileView()->codeView()->text(), QString());
    }

    // A blob above what the view loads (256 MiB) is neither read nor highlighted: its size
    // comes from the object's header, and the view says why it shows nothing.
    void hugeFileIsNotLoaded()
    {
        const QString path = m_dir.filePath(QStringLiteral("huge"));
        QVERIFY(QDir().mkpath(path));
        const QByteArrayList environment = test::referenceGitEnvironment(
            {"GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.org", "GIT_COMMITTER_NAME=Ada",
             "GIT_COMMITTER_EMAIL=ada@example.org"});
        const auto git = [&](const QByteArrayList &arguments) {
            const test::ProcessResult result
                = test::runProcess("sh", QByteArrayList {"-c", arguments.join(' ')}, environment,
                                   QFile::encodeName(path));
            if (!result.ok())
                qWarning("%s: %s", arguments.join(' ').constData(),
                         result.standardError.constData());
            return result.standardOutput.trimmed();
        };
        git({"git", "init", "-q", "-b", "main"});
        // 300 MB of zeros: quick to hash and tiny to store, but as large as any blob.
        const QByteArray blob = git(
            {"head", "-c", "300000000", "/dev/zero", "|", "git", "hash-object", "-w", "--stdin"});
        QCOMPARE(blob.size(), 40);
        git({"git", "update-index", "--add", "--cacheinfo",
             QByteArray("100644," + blob + ",huge.bin")});
        const QByteArray commit
            = git({"git", "commit-tree", "-m", "huge", git({"git", "write-tree"})});
        git({"git", "update-ref", "refs/heads/main", commit});

        rusage before {};
        getrusage(RUSAGE_SELF, &before);
        MainWindow window;
        window.show();
        window.openRepository(path);
        QTRY_VERIFY(window.treeModel()->rowCount() > 0);
        openFile(window, "huge.bin");
        QTRY_VERIFY_WITH_TIMEOUT(window.fileView()->placeholderText().contains(
                                     QStringLiteral("more than this view loads")),
                                 20000);
        QVERIFY(window.fileView()->placeholderText().contains(QStringLiteral("huge.bin")));
        QVERIFY(window.fileView()->codeView()->text().isEmpty());
        rusage after {};
        getrusage(RUSAGE_SELF, &after);
        // The blob was never held: the window's peak grew far less than 300 MB.
        QVERIFY2(after.ru_maxrss - before.ru_maxrss < 100 * 1024,
                 qPrintable(QString::number(after.ru_maxrss - before.ru_maxrss)));
    }

    void revisionPickerSwitchesCommits()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        const git::ObjectId head = window.currentCommit();

        // Branches and tags are offered.
        RefPicker *picker = window.refPicker();
        QVERIFY(picker->findData(QByteArray("refs/tags/v1.0")) >= 0);
        QVERIFY(picker->findData(QByteArray("refs/heads/feature")) >= 0);

        // Typed in, as an auditor would: an annotated tag is peeled to its commit.
        picker->lineEdit()->setText(QStringLiteral("v1.0"));
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY(window.currentCommit() != head);
        openFile(window, "src/main.cpp");
        QTRY_VERIFY(window.fileView()->codeView()->text().contains(QStringLiteral("int main()")));
        QVERIFY(!window.fileView()->codeView()->text().contains(QStringLiteral("second version")));

        // The feature branch has a file main does not.
        window.showRevision("refs/heads/feature");
        QTRY_VERIFY(window.treeModel()->indexForPath("feature.txt").isValid());
        const QString feature = QString::fromLatin1(window.currentCommit().toHex());
        QVERIFY2(window.statusText().contains(QStringLiteral("refs/heads/feature  ·  commit ")
                                              + feature),
                 qPrintable(window.statusText()));

        // The whole line in the tool tip (the bar shortens it in the middle where narrow),
        // and the line asks the bar for no width of its own.
        auto *line = window.statusBar()->findChild<QLabel *>();
        QVERIFY(line && line->text() == window.statusText());
        QVERIFY(line->toolTip().startsWith(window.statusText() + QLatin1Char('\n')));
        QCOMPARE(line->minimumSizeHint().width(), 0);

        // A commit chosen by its id (as a review pins one) is named once.
        window.showRevision(head.toHex());
        QTRY_COMPARE(window.currentCommit(), head);
        QTRY_VERIFY2(window.statusText().endsWith(QStringLiteral("  ·  commit ")
                                                  + QString::fromLatin1(head.toHex())),
                     qPrintable(window.statusText()));
        QCOMPARE(window.statusText().count(QString::fromLatin1(head.toHex())), 1);
    }

    void revealsAPathGivenUpFront()
    {
        MainWindow window;
        window.show();
        window.openRepository(repoPath(), "v1.0");
        window.revealPath("nested/a/b/c/deep.txt");
        QTRY_COMPARE(window.fileView()->codeView()->text(), QStringLiteral("deep"));
        QCOMPARE(window.treeView()->currentIndex().data(TreeModel::PathRole).toByteArray(),
                 QByteArray("nested/a/b/c/deep.txt"));

        window.revealPath("nested/a/nothing-here.txt");
        QTRY_VERIFY(window.errorText().contains(QStringLiteral("nested/a/nothing-here.txt")));
    }

    void warnsAboutWhatGitWouldShowDifferently()
    {
        // A clone sharing its objects (alternates) whose history is rewritten by grafts.
        const QString clone = m_dir.filePath(QStringLiteral("grafted"));
        const auto cloned = test::runProcess(
            "git",
            {"clone", "-q", "--shared", QFile::encodeName(repoPath()), QFile::encodeName(clone)},
            test::referenceGitEnvironment());
        QVERIFY2(cloned.ok(), cloned.standardError.constData());
        const auto head = test::referenceGit(clone, {"rev-parse", "HEAD"});
        QFile grafts(clone + QStringLiteral("/.git/info/grafts"));
        QVERIFY(grafts.open(QIODevice::WriteOnly));
        grafts.write(head.standardOutput);
        grafts.close();

        MainWindow window;
        window.show();
        window.openRepository(clone);
        QTRY_VERIFY(!window.currentCommit().isNull());
        QVERIFY2(window.warningText().contains(QStringLiteral("grafts")),
                 qPrintable(window.warningText() + QStringLiteral(" / ") + window.errorText()));
        QVERIFY(window.warningText().contains(QStringLiteral("alternates")));
        QVERIFY(window.errorText().isEmpty());

        // A plain repository has no warning.
        window.openRepository(repoPath());
        QTRY_VERIFY(window.warningText().isEmpty());
    }

    void hostileTextIsMadeVisible()
    {
        const QString path = m_dir.filePath(QStringLiteral("hostile-text"));
        test::FixtureRepository repo(path);
        QVERIFY2(repo.init()
                     && repo.writeFile("trojan.c",
                                       "int main() {\n"
                                       "    /*\xe2\x80\xae } \xe2\x81\xa6if (admin)\xe2\x81\xa9 "
                                       "\xe2\x81\xa6 begin admins only */\n"
                                       "    return a\xe2\x80\x8b"
                                       "b;\n}\n")
                     && repo.writeFile("utf16.txt", QByteArray("\xff\xfeh\0i\0\n\0", 8))
                     && repo.writeFile("latin1.txt", "caf\xe9\n")
                     && repo.writeFile("broken.txt", "\xc3\xa4 \xff ok\n")
                     && repo.commitAll("text"),
                 qPrintable(repo.lastError()));
        MainWindow window;
        window.show();
        window.openRepository(path);
        QTRY_VERIFY(window.treeModel()->rowCount() > 0);

        openFile(window, "trojan.c");
        SourceView *code = window.fileView()->codeView();
        QTRY_VERIFY(code->text().contains(QStringLiteral("⟨RLO⟩")));
        const QString text = code->text();
        QVERIFY(text.contains(QStringLiteral("⟨LRI⟩if (admin)⟨PDI⟩")));
        QVERIFY(text.contains(QStringLiteral("a⟨ZWSP⟩b")));
        // No control character is left to reorder or hide anything.
        QVERIFY(!text.contains(QChar(0x202E)) && !text.contains(QChar(0x200B)));
        QCOMPARE(code->lineCount(), 4); // lines stay lines
        const QString warning = window.fileView()->warningText();
        QVERIFY2(warning.contains(QStringLiteral("4 character")), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("change the direction")));
        QVERIFY(warning.contains(QStringLiteral("CVE-2021-42574")));
        QVERIFY(warning.contains(QStringLiteral("1 invisible character")));
        // The markers are coloured: four on line 2, one on line 3.
        auto backgrounds = [code](int line) {
            int n = 0;
            for (const auto &range : code->formatsOfLine(line))
                n += range.format.hasProperty(QTextFormat::BackgroundBrush);
            return n;
        };
        QCOMPARE(backgrounds(1), 4);
        QCOMPARE(backgrounds(2), 1);

        openFile(window, "utf16.txt");
        QTRY_COMPARE(code->text(), QStringLiteral("hi"));
        QVERIFY(window.fileView()->headerText().contains(QStringLiteral("UTF-16LE")));
        QVERIFY(window.fileView()->warningText().isEmpty());

        openFile(window, "latin1.txt");
        QTRY_COMPARE(code->text(), QStringLiteral("café"));
        QVERIFY(window.fileView()->headerText().contains(QStringLiteral("Latin-1")));

        openFile(window, "broken.txt");
        QTRY_COMPARE(code->text(), QStringLiteral("ä ⟨\\xFF⟩ ok"));
        QVERIFY(window.fileView()->headerText().contains(QStringLiteral("1 invalid byte")));
    }

    // A review room's screen may be small: the window, with a review open, fits 1280 x 800
    // in every language (German's longer words once made it wider, squeezing the tree to a
    // sliver), and its numbers are written as the language writes them.
    void fitsASmallScreenInEveryLanguage_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("coverage");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral("Reviewed: 0.0% of lines");
        // Numbers as German writes them, too.
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral("Geprüft: 0,0 % der Zeilen");
    }

    void fitsASmallScreenInEveryLanguage()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, coverage);
        QLocale::setDefault(locale);
        installTranslations(*QCoreApplication::instance());
        const auto removeTranslations = qScopeGuard([] {
            const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
            for (QTranslator *translator : translators) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
            QLocale::setDefault(QLocale::c());
        });
        MainWindow window;
        window.show();
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        // With a review open: its Findings panel joins the docks.
        window.review()->createReview(
            m_dir.filePath(
                QStringLiteral("fits-%1.clearroom").arg(QLatin1String(QTest::currentDataTag()))),
            QStringLiteral("Fits"), QStringLiteral("Ada Auditor"));
        QTRY_VERIFY(window.review()->session()->isOpen());
        QTRY_VERIFY2(window.review()->coverageLabel()->text().startsWith(coverage),
                     qPrintable(window.review()->coverageLabel()->text()));
        const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
        qInfo("%s: the window needs at least %d x %d", QTest::currentDataTag(), minimum.width(),
              minimum.height());
        QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 800,
                 qPrintable(QStringLiteral("%1 x %2").arg(minimum.width()).arg(minimum.height())));
    }

    // At the window's first size (1280 x 800): the search dock leaves the code most of the
    // height, and the Findings panel gives a finding's details about a quarter of its
    // width (a fifth cut its heading off, in German above all).
    void docksOpenAtAUsefulSize()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openRepository(repoPath());
        QTRY_VERIFY(!window.currentCommit().isNull());
        auto *search = window.findChild<QDockWidget *>(QStringLiteral("searchDock"));
        QVERIFY(search);
        QVERIFY2(search->height() >= 250 && search->height() <= 350,
                 qPrintable(QString::number(search->height())));
        QVERIFY2(window.centralWidget()->height() >= 300,
                 qPrintable(QString::number(window.centralWidget()->height())));
        window.review()->createReview(m_dir.filePath(QStringLiteral("docks.clearroom")),
                                      QStringLiteral("Docks"), QStringLiteral("Ada Auditor"));
        QTRY_VERIFY(window.review()->session()->isOpen());
        auto *panel = window.findChild<QWidget *>(QStringLiteral("findingsPanel"));
        QVERIFY(panel);
        QTRY_VERIFY(panel->isVisible());
        auto *splitter = panel->findChild<QSplitter *>();
        QVERIFY(splitter);
        const QList<int> sizes = splitter->sizes();
        QCOMPARE(sizes.size(), 2);
        const double details = double(sizes.at(1)) / (sizes.at(0) + sizes.at(1));
        // Left to the list's own width, the details had 20 %.
        QVERIFY2(details >= 0.23 && details <= 0.4, qPrintable(QString::number(details)));
    }

    void badInputGetsSpecificMessages_data()
    {
        // A copy whose HEAD names a branch it does not have.
        const QString headless = m_dir.filePath(QStringLiteral("headless.git"));
        if (!QFileInfo::exists(headless)) {
            QVERIFY(test::referenceGit(m_dir.path(),
                                       {"clone", "-q", "--bare", "--no-local",
                                        repoPath().toLocal8Bit(), headless.toLocal8Bit()})
                        .ok());
            QVERIFY(test::referenceGit(headless, {"symbolic-ref", "HEAD", "refs/heads/gone"}).ok());
        }
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("revision");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("searchStatus");
        QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("nowhere")) << QByteArray()
                                        << QStringLiteral("does not exist")
                                        << QStringLiteral("Open a repository to search it.");
        QTest::newRow("not a repository")
            << m_dir.path() << QByteArray() << QStringLiteral("is not a git repository")
            << QStringLiteral("Open a repository to search it.");
        // The commit shown before stays searchable.
        QTest::newRow("unknown revision")
            << repoPath() << QByteArray("no-such-branch")
            << QStringLiteral("Unknown revision 'no-such-branch'") << QStringLiteral("Searches ");
        QTest::newRow("HEAD names a missing branch")
            << headless << QByteArray()
            << QStringLiteral("HEAD names the branch 'gone', which %1 does not have").arg(headless)
            << QStringLiteral("Choose a branch, tag or commit in the Revision field to search it.");
    }

    void badInputGetsSpecificMessages()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, revision);
        QFETCH(QString, expected);
        QFETCH(QString, searchStatus);
        MainWindow window;
        window.show();
        window.openRepository(path);
        if (!revision.isEmpty()) {
            QTRY_VERIFY(!window.currentCommit().isNull());
            window.showRevision(revision);
        }
        QTRY_VERIFY(window.errorText().contains(expected));
        // The view says what to do next instead of "Opening…" forever.
        QVERIFY2(!window.fileView()->placeholderText().contains(QStringLiteral("Opening")),
                 qPrintable(window.fileView()->placeholderText()));
        // So does the search panel.
        QVERIFY2(window.searchPanel()->statusText().startsWith(searchStatus),
                 qPrintable(window.searchPanel()->statusText()));
    }

private:
    QString repoPath() const { return m_dir.filePath(QStringLiteral("repo")); }

    // Opens the folders leading to `path`, then selects the file as a click would.
    static void openFile(MainWindow &window, const QByteArray &path)
    {
        TreeModel *model = window.treeModel();
        const QByteArrayList parts = path.split('/');
        QByteArray prefix;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            prefix += (prefix.isEmpty() ? QByteArray() : QByteArray("/")) + parts.at(i);
            QTRY_VERIFY(model->indexForPath(prefix).isValid());
            window.treeView()->expand(model->indexForPath(prefix));
        }
        QTRY_VERIFY(model->indexForPath(path).isValid());
        window.treeView()->setCurrentIndex(model->indexForPath(path));
    }

    test::ScratchDirectory m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
