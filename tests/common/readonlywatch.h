// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

namespace clearroom::test {

/// Watches a folder tree with inotify for anything that writes: a created, changed,
/// moved or deleted entry, or changed metadata. Reading (and the access times it
/// updates) is not reported. The proof that Clearroom leaves a repository untouched.
class ReadOnlyWatch
{
public:
    ReadOnlyWatch() = default;
    ~ReadOnlyWatch();
    ReadOnlyWatch(const ReadOnlyWatch &) = delete;
    ReadOnlyWatch &operator=(const ReadOnlyWatch &) = delete;

    /// Watches `directory` and every folder below it, as they are now. May be called
    /// again to add another tree. False, with `error` set, when a watch cannot be set.
    bool start(const QString &directory, QString *error = nullptr);
    /// The number of folders watched.
    int watchedFolders() const { return int(m_paths.size()); }
    /// The events since the last call, one line each ("path: IN_CREATE|..."); empty
    /// when nothing wrote.
    QStringList events();

private:
    bool addTree(const QByteArray &directory, QString *error);

    int m_fd = -1;
    QHash<int, QByteArray> m_paths; // watch descriptor -> folder
};

/// Every entry under `directory` (files, folders, symlinks, .git included), keyed by
/// its path relative to `directory` (bytes that are not printable ASCII %-encoded), with
/// its type, mode, size, change and modification times (ns) and the SHA-256 of its
/// content (of its target for a symlink). Two snapshots are equal when nothing wrote.
QMap<QString, QByteArray> snapshotTree(const QString &directory);

/// The entries that differ between two snapshots, one line each, for a test message.
QStringList snapshotDifferences(const QMap<QString, QByteArray> &before,
                                const QMap<QString, QByteArray> &after);

} // namespace clearroom::test
