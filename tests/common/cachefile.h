// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>

namespace clearroom::test {

/// Forges Clearroom's commit-graph cache file `file` as an attacker would: the record of
/// the commit whose tree has the raw id `treeId` (which must appear once in the file) gets
/// another commit time, and the trailer is made right again. Returns what went
/// wrong, or an empty string.
QString forgeCommitTime(const QString &file, const QByteArray &treeId);

/// Makes the trailer of a Clearroom cache file's bytes right again, as an attacker who
/// changed the file would make it: for a commit-graph cache the last 4 bytes become zlib's
/// CRC-32 of all before them (little-endian), for the record of verified objects the last
/// 32 bytes their SHA-256.
void recomputeTrailer(QByteArray &bytes);

/// Damages the file by flipping one bit of its middle byte (its trailer no longer
/// matches). Returns what went wrong, or an empty string.
QString flipMiddleByte(const QString &file);

} // namespace clearroom::test
