// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"

#include <QByteArray>
#include <QMetaType>
#include <QVector>

namespace clearroom::git {

/// A branch, tag or other ref, with the commit it finally points at.
struct Reference
{
    enum class Kind { Branch, RemoteBranch, Tag, Other };

    QByteArray name; ///< full name, e.g. refs/heads/main
    QByteArray shorthand; ///< e.g. main
    Kind kind = Kind::Other;
    ObjectId commit; ///< peeled; null when it names no commit
};

using References = QVector<Reference>;

} // namespace clearroom::git

Q_DECLARE_METATYPE(clearroom::git::Reference)
