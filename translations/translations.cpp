// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "translations.h"

#include "compat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

static void initTranslationResources()
{
    // The .qm files live in this static library's resources; they must be registered
    // explicitly, and outside any namespace.
    Q_INIT_RESOURCE(clearroom_translations);
}

namespace clearroom {

void installTranslations(QCoreApplication &application)
{
    initTranslationResources();
    const QLocale locale;
    auto *clearroom = new QTranslator(&application);
    if (clearroom->load(locale, QStringLiteral("clearroom"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(clearroom);
    else
        delete clearroom;

    // Qt's own strings (standard dialogs, buttons), where the system provides them.
    const QString qtTranslations = compat::qtTranslationsPath();
    auto *qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), qtTranslations))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace clearroom
