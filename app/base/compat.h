// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

// The few differences between Qt 5.15 and Qt 6 that Clearroom meets, in one place,
// so that no other file needs a version check.

#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
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

/// While it lives, the process's QHash seed is fixed; then it is random again. For output
/// that Qt writes in the order of a QHash (the fonts of a PDF): that order is then the
/// same in every process. Hashes made before keep their own seed, and hashes made
/// meanwhile work as ever, only with a predictable seed.
class DeterministicHashSeed
{
public:
    DeterministicHashSeed()
    {
        const QMutexLocker lock(&s_mutex);
        if (s_users++ == 0) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
            QHashSeed::setDeterministicGlobalSeed();
#else
            qSetGlobalQHashSeed(0);
#endif
        }
    }
    ~DeterministicHashSeed()
    {
        const QMutexLocker lock(&s_mutex);
        if (--s_users == 0) {
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
            QHashSeed::resetRandomGlobalSeed();
#else
            qSetGlobalQHashSeed(-1);
#endif
        }
    }
    DeterministicHashSeed(const DeterministicHashSeed &) = delete;
    DeterministicHashSeed &operator=(const DeterministicHashSeed &) = delete;

private:
    static inline QMutex s_mutex;
    static inline int s_users = 0;
};

} // namespace clearroom::compat
