// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "scratchdirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdlib>
#include <ftw.h>
#include <unistd.h>

namespace clearroom::test {

ScratchDirectory::ScratchDirectory()
{
    QByteArray pattern = QFile::encodeName(QDir::tempPath()) + "/clearroom-"
        + QFile::encodeName(QCoreApplication::applicationName()) + "-XXXXXX";
    if (char *made = mkdtemp(pattern.data()))
        m_path = QFile::decodeName(made);
}

ScratchDirectory::~ScratchDirectory()
{
    if (!m_path.isEmpty())
        removeTree(m_path);
}

bool removeTree(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    auto removeOne = [](const char *name, const struct stat *, int type, struct FTW *) {
        return (type == FTW_DP ? ::rmdir(name) : ::unlink(name)) == 0 ? 0 : -1;
    };
    return nftw(native.constData(), removeOne, 32, FTW_DEPTH | FTW_PHYS) == 0;
}

} // namespace clearroom::test
