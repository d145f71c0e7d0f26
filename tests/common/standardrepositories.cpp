// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "standardrepositories.h"

#include "fixturerepository.h"
#include "process.h"

#include <QFile>

namespace clearroom::test {

bool StandardRepositories::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    if (!FixtureRepository::createStandard(workTree(), error))
        return false;
    const ProcessResult clone
        = runProcess("git",
                     {"clone", "-q", "--bare", "--no-hardlinks", QFile::encodeName(workTree()),
                      QFile::encodeName(bare())},
                     referenceGitEnvironment());
    if (!clone.ok()) {
        *error
            = QStringLiteral("git clone --bare failed: ") + QString::fromUtf8(clone.standardError);
        return false;
    }
    return true;
}

} // namespace clearroom::test
