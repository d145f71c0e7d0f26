// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "application.h"

#include "buildinfo.h"
#include "consolidationcontroller.h"
#include "leadsession.h"
#include "mainwindow.h"
#include "reviewcontroller.h"
#include "translations.h"

#include "resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

namespace clearroom::ui {

namespace {

// Without a display Qt's platform plugin aborts with a core dump; say plainly what is
// wrong and what to run instead.
bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

int explainMissingDisplay(int argc, char **argv)
{
    QCoreApplication core(argc, argv);
    installTranslations(core);
    const QString message = QCoreApplication::translate(
        "clearroom::ui::Application",
        "clearroom: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "Start Clearroom in a graphical session, or under a virtual display with\n"
        "  xvfb-run -a clearroom [REPOSITORY]\n"
        "The command-line tool needs no display: clearroom-cli --help\n");
    std::fputs(message.toLocal8Bit().constData(), stderr);
    return 1;
}

} // namespace

int runApplication(int argc, char **argv)
{
    if (!hasDisplay())
        return explainMissingDisplay(argc, argv);
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Clearroom"));
    QApplication::setOrganizationName(QStringLiteral("Clearroom"));
    QApplication::setApplicationVersion(BuildInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("org.clearroom.Clearroom"));
    installTranslations(application);
    initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/clearroom.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("clearroom::ui::Application",
                                "Clearroom: source code review for air-gapped review rooms."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QApplication::translate("clearroom::ui::Application", "repository"),
        QApplication::translate("clearroom::ui::Application",
                                "A git repository to open read-only (a work tree or a git "
                                "directory)."),
        QApplication::translate("clearroom::ui::Application", "[repository]"));
    const QCommandLineOption revisionOption(
        QStringList {QStringLiteral("r"), QStringLiteral("revision")},
        QApplication::translate("clearroom::ui::Application",
                                "The revision to show (default: HEAD)."),
        QApplication::translate("clearroom::ui::Application", "revision"));
    const QCommandLineOption fileOption(
        QStringList {QStringLiteral("f"), QStringLiteral("file")},
        QApplication::translate("clearroom::ui::Application", "A file to open in the tree."),
        QApplication::translate("clearroom::ui::Application", "path"));
    const QCommandLineOption reviewOption(
        QStringList {QStringLiteral("w"), QStringLiteral("review")},
        QApplication::translate("clearroom::ui::Application",
                                "A review workspace (.clearroom) to open, with its repository."),
        QApplication::translate("clearroom::ui::Application", "workspace"));
    const QCommandLineOption leadOption(
        QStringList {QStringLiteral("lead")},
        QApplication::translate("clearroom::ui::Application",
                                "A lead reviewer's workspace (.clearroom) to open in the "
                                "consolidation page."),
        QApplication::translate("clearroom::ui::Application", "workspace"));
    const QCommandLineOption trustOption(
        QStringList {QStringLiteral("trust")},
        QApplication::translate("clearroom::ui::Application",
                                "The trust configuration packages are verified against (the "
                                "authority's folder or its CA certificate)."),
        QApplication::translate("clearroom::ui::Application", "trust"));
    parser.addOption(revisionOption);
    parser.addOption(fileOption);
    parser.addOption(reviewOption);
    parser.addOption(leadOption);
    parser.addOption(trustOption);
    parser.process(application);

    MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        const QByteArray revision = parser.isSet(revisionOption)
            ? parser.value(revisionOption).toUtf8()
            : QByteArrayLiteral("HEAD");
        window.openRepository(positional.first(), revision);
    }
    if (parser.isSet(reviewOption))
        window.review()->openReview(parser.value(reviewOption));
    if (parser.isSet(fileOption))
        window.revealPath(parser.value(fileOption).toUtf8());
    if (parser.isSet(trustOption))
        window.consolidation()->session()->setTrustPath(parser.value(trustOption));
    if (parser.isSet(leadOption))
        window.consolidation()->openWorkspace(parser.value(leadOption));
    return QApplication::exec();
}

} // namespace clearroom::ui
