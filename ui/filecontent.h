// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace clearroom::ui {

/// A file of the reviewed tree as the code view shows it, prepared off the GUI thread.
struct FileContent
{
    enum class Kind {
        Text, ///< decoded and ready to show
        Binary, ///< shown as "binary, N bytes"
        TooLarge, ///< not loaded; the view says why
        Symlink, ///< text is the link's target, never followed
        Submodule, ///< a gitlink: a commit of another repository
    };

    QByteArray path; ///< bytes, as in the tree
    git::ObjectId id;
    Kind kind = Kind::Text;
    qint64 size = 0;
    QString text;
    QByteArray head; ///< the first bytes, to recognise the file type by content
};

} // namespace clearroom::ui

Q_DECLARE_METATYPE(clearroom::ui::FileContent)
