// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "buildinfo.h"

#include "buildconfig.h"

#include <QCoreApplication>

namespace clearroom {

QString BuildInfo::version()
{
    return QStringLiteral(CLEARROOM_VERSION);
}

QString BuildInfo::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString BuildInfo::qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

bool BuildInfo::hasSyntaxHighlighting()
{
    return CLEARROOM_HAVE_SYNTAX_HIGHLIGHTING;
}

QString BuildInfo::summary()
{
    const QString highlighting = hasSyntaxHighlighting()
        ? QCoreApplication::translate("BuildInfo", "syntax highlighting: yes (KSyntaxHighlighting)")
        : QCoreApplication::translate("BuildInfo", "syntax highlighting: no");
    return QCoreApplication::translate("BuildInfo", "Qt %1 (built with %2), %3")
        .arg(qtRuntimeVersion(), qtBuildVersion(), highlighting);
}

} // namespace clearroom
