// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>

namespace clearroom::test {

/// Two repositories with the same history, one with every object loose and a bare one
/// with every object in one pack (`repack -adf`, core.bigFileThreshold=1m): the ways git
/// stores a blob. Files at HEAD: small.txt, empty, base.txt (40 KB of text; its version
/// at HEAD~1 differs in one line, so the pack holds one of the two as a delta) and
/// plain.bin (2 MiB that do not compress, above the threshold: stored whole).
class StoredFormsRepositories
{
public:
    /// Creates both under `folder` (which must exist).
    bool create(const QString &folder, QString *error);

    QString loose() const { return m_folder + QStringLiteral("/loose"); }
    QString packed() const { return m_folder + QStringLiteral("/packed.git"); }

    /// The pack file of packed(), and where the entry of `objectId` (hex) starts in it,
    /// its size there and its delta depth (0: stored whole); false when it is not packed.
    bool packEntry(const QByteArray &objectId, qint64 *offset, qint64 *sizeInPack, int *depth,
                   QString *packFile) const;

    /// The loose object file of `objectId` (hex) in loose().
    QString looseObjectFile(const QByteArray &objectId) const;

private:
    QString m_folder;
};

} // namespace clearroom::test
