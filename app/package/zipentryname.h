// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace clearroom::package {

/// The rules for the name of an entry in a package, shared by the writer (which refuses
/// to write what the reader would reject) and the strict reader: a relative path of
/// non-empty components separated by '/', in valid UTF-8, without "." or "..", without
/// backslashes, colons (drive letters, Windows streams), control or invisible formatting
/// characters. Two names that differ only in case or Unicode normalization collide: they
/// would overwrite each other when extracted on Windows or macOS.
class ZipEntryName
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::package::ZipEntryName)

public:
    /// What is wrong with `name` as one translated phrase, or an empty string when
    /// nothing is.
    static QString problem(const QByteArray &name);
    /// `name` for a message: valid UTF-8 as text, anything else as visible escapes.
    static QString display(const QByteArray &name);
};

/// The names seen so far in one archive, to find names that collide.
class ZipEntryNameSet
{
public:
    /// Adds a valid name; returns the earlier name it collides with, if any (then the
    /// set is unchanged).
    std::optional<QByteArray> insert(const QByteArray &name);

private:
    QHash<QString, QByteArray> m_folded;
};

} // namespace clearroom::package
