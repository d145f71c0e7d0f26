// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>

/// Text from the repository or the workspace made safe for HTML: hidden characters
/// (bidirectional controls, invisible characters, control characters, bytes that are not
/// UTF-8) shown as visible markers first, then every character HTML gives a meaning
/// escaped, so that what a reader sees is what is stored and no markup passes.
namespace clearroom::package::htmltext {

/// Escapes & < > " and ' only: for text that is visible already.
QString escape(const QString &text);
/// The same, appended to `out`.
void appendEscaped(QString &out, QStringView text);
/// One line of text (a title, a name): line breaks shown as "\x0A".
QString line(const QString &text);
/// Text of several lines (a description, a comment): line breaks become <br>.
QString paragraphs(const QString &text);
/// Bytes such as a path: valid UTF-8 as text, anything else as "\xNN".
QString bytes(const QByteArray &bytes);

} // namespace clearroom::package::htmltext
