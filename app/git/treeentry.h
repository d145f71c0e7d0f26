// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"

#include <QByteArray>
#include <QVector>

namespace clearroom::git {

/// One entry of a git tree: a name (bytes, exactly as stored), its object and mode
/// (one of Mode, as git reads it: a stored 100664 is a Regular file).
struct TreeEntry
{
    enum Mode : quint32 {
        Directory = 0040000,
        Regular = 0100644,
        Executable = 0100755,
        Symlink = 0120000,
        Submodule = 0160000,
    };

    QByteArray name;
    ObjectId id;
    quint32 mode = 0;

    bool isTree() const { return mode == Directory; }
    bool isSubmodule() const { return mode == Submodule; }
    bool isSymlink() const { return mode == Symlink; }
    bool isExecutable() const { return mode == Executable; }
    bool isBlob() const { return !isTree() && !isSubmodule(); }
    ObjectType type() const
    {
        return isTree() ? ObjectType::Tree : isSubmodule() ? ObjectType::Commit : ObjectType::Blob;
    }
};

using TreeEntries = QVector<TreeEntry>;

} // namespace clearroom::git

Q_DECLARE_METATYPE(clearroom::git::TreeEntry)
