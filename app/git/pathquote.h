// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>

namespace clearroom::git {

/// A path as git prints it by default (core.quotePath=true): unchanged when it is
/// plain printable ASCII, otherwise in double quotes with C escapes and octal bytes.
QByteArray quotePath(const QByteArray &path);
/// Appends `path` to `out` quoted as quotePath() does, without a temporary copy
/// (listings of a whole tree call this once per entry).
void appendQuotedPath(QByteArray &out, const char *path, qsizetype size);
/// Appends 40 lowercase hex digits of a 20-byte object id.
void appendHex(QByteArray &out, const unsigned char *rawId);

/// Bytes from a repository (a path, a ref name) for display on one line: valid UTF-8 as
/// text; every byte that is not part of valid UTF-8 and every control character as a
/// visible "\xNN"; bidirectional controls and invisible characters (Trojan Source) as
/// markers such as "⟨RLO⟩", so that what is shown is what is stored.
QString displayBytes(const QByteArray &bytes);
/// The same for text of several lines (a commit message): newlines and tabs are kept.
QString displayMultilineBytes(const QByteArray &bytes);

} // namespace clearroom::git
