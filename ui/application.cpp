// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "application.h"

#include "buildinfo.h"
#include "mainwindow.h"
#include "translations.h"

#include "resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

namespace clearroom::ui {

int runApplication(int argc, char **argv)
{
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
    parser.process(application);

    MainWindow window;
    window.show();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        window.openRepository(positional.first());
    return QApplication::exec();
}

} // namespace clearroom::ui
