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
    // A language Clearroom does not speak (or the C locale) gets English, whose
    // translation holds the plural forms ("1 line", "2 lines") of the source texts.
    if (clearroom->load(locale, QStringLiteral("clearroom"), QStringLiteral("_"),
                        QStringLiteral(":/i18n"))
        || clearroom->load(QStringLiteral(":/i18n/clearroom_en")))
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
