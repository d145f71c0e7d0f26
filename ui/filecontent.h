// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "objectid.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <memory>

namespace clearroom::ui {

class SourceText;

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
    /// `text` split into lines (done on the worker thread); null for other kinds.
    std::shared_ptr<const SourceText> source;
    QByteArray head; ///< the first bytes, to recognise the file type by content

    /// A stretch of `text` that stands for a character the reader must see: a
    /// bidirectional control or invisible character shown as "⟨RLO⟩", an invalid byte
    /// shown as "⟨\xE9⟩".
    struct Marker
    {
        enum class Kind { Bidirectional, Invisible, InvalidByte };
        qsizetype position = 0;
        int length = 0;
        Kind kind = Kind::Invisible;
    };
    QVector<Marker> markers;
    int bidirectionalCount = 0;
    int invisibleCount = 0;
    int invalidByteCount = 0;
    QString encodingName; ///< "" for plain UTF-8
};

} // namespace clearroom::ui

Q_DECLARE_METATYPE(clearroom::ui::FileContent)
