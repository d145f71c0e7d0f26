// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// The few differences between Qt 5.15 and Qt 6 that Clearroom meets, in one place,
// so that no other file needs a version check.

#include <QLibraryInfo>
#include <QString>
#include <QtGlobal>

namespace clearroom::compat {

#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
/// What qHash() returns.
using HashValue = size_t;
#else
using HashValue = uint;
#endif

/// Where Qt's own translations (qtbase_de.qm, ...) are installed.
inline QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

} // namespace clearroom::compat
