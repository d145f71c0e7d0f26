// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>

namespace clearroom::test {

/// Makes a pack's index name the object `a` at the offset of `b` and `b` at the offset of
/// `a` (raw 20-byte ids; a version 2 index), as a forger would: with `fixChecksum` the
/// index's trailer is made right again; without it the file's bytes change only in the
/// two offsets and its modification time is kept (an in-place rewrite that keeps name,
/// size, inode, time and stored checksums). Returns what went wrong, or an empty string.
QString swapIndexOffsets(const QString &indexFile, const QByteArray &a, const QByteArray &b,
                         bool fixChecksum);

/// Changes the content of a blob stored whole and uncompressed (a pack written with
/// core.compression=0, pack.window=0) whose content is `content`: one byte is flipped and
/// the zlib checksum, the pack's trailer and the index's checksums are made right again,
/// so that the object still inflates, to other content. Returns what went wrong, or empty.
QString flipStoredBlobByte(const QString &packFile, const QString &indexFile,
                           const QByteArray &content);

} // namespace clearroom::test
