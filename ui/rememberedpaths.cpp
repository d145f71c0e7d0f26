// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "rememberedpaths.h"

#include <QSettings>

namespace clearroom::ui {

namespace {

constexpr auto Group = "paths";

QSettings settings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Clearroom"),
                     QStringLiteral("Clearroom"));
}

QString key(RememberedPaths::Path path)
{
    using Path = RememberedPaths::Path;
    switch (path) {
    case Path::ExportIdentity:
        return QStringLiteral("exportIdentity");
    case Path::ExportTrust:
        return QStringLiteral("exportTrust");
    case Path::ExportPolicy:
        return QStringLiteral("exportPolicy");
    case Path::PackageFolder:
        return QStringLiteral("packageFolder");
    case Path::LeadIdentity:
        return QStringLiteral("leadIdentity");
    case Path::VerifyTrust:
        return QStringLiteral("verifyTrust");
    }
    return {};
}

} // namespace

QString RememberedPaths::value(Path path)
{
    QSettings stored = settings();
    stored.beginGroup(QLatin1String(Group));
    return stored.value(key(path)).toString();
}

void RememberedPaths::remember(Path path, const QString &value)
{
    QSettings stored = settings();
    stored.beginGroup(QLatin1String(Group));
    if (value.isEmpty())
        stored.remove(key(path));
    else
        stored.setValue(key(path), value);
}

void RememberedPaths::forgetAll()
{
    QSettings stored = settings();
    stored.remove(QLatin1String(Group));
}

} // namespace clearroom::ui
