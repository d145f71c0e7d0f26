// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>

#include <optional>

namespace clearroom::cli {

/// The columns git counts for `text` when it lines up tabs in `git log`: wide East Asian
/// characters and emoji count two, combining and other zero-width characters none.
/// Nullopt when `text` is not valid UTF-8 or holds a control character (git then stops
/// expanding tabs on that line).
std::optional<int> gitDisplayWidth(const char *text, qsizetype size);

/// The columns git counts for a name it lines up (`git blame`'s authors): as
/// gitDisplayWidth(), control characters counting none; text that is not valid UTF-8
/// counts one column per byte.
int gitStringWidth(const char *text, qsizetype size);

/// Appends `line` with each tab expanded to the next multiple of eight columns, as `git
/// log` indents messages; from the first part git cannot measure on, the rest is kept
/// as it is.
void appendTabExpanded(QByteArray &out, const char *line, qsizetype size);

} // namespace clearroom::cli
