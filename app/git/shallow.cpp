// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "shallow.h"

#include "repository.h"

#include <QFile>

namespace clearroom::git::detail {

QSet<ObjectId> shallowCommits(const Repository &repository)
{
    QSet<ObjectId> commits;
    QFile file(repository.gitDirectory() + QStringLiteral("/shallow"));
    if (!file.open(QIODevice::ReadOnly))
        return commits;
    const QByteArrayList lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const ObjectId id = ObjectId::fromHex(line.trimmed());
        if (!id.isNull())
            commits.insert(id);
    }
    return commits;
}

} // namespace clearroom::git::detail
