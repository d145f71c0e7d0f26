// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "historybuilder.h"

namespace clearroom::test {

/// The repository review tests share: branch `base`, one commit later `main` (HEAD),
/// which changes the files the way re-anchoring must follow, and after it `later`, which
/// changes only README.md. Line n of a file at `base` reads "int <name>_n = n;"
/// (src/main.c: main_n); README.md has a blank line.
///
/// | file at base (lines)  | at main                                                       |
/// | --------------------- | ------------------------------------------------------------- |
/// | src/main.c (20)       | 2 lines inserted at the top, line 12 changed, a line inserted |
/// |                       | after line 16: old 1-11 are 3-13, 13-16 are 15-18, 17-20 are  |
/// |                       | 20-23                                                         |
/// | src/util.c (10)       | unchanged                                                     |
/// | src/old_name.c (8)    | renamed to src/new_name.c, unchanged                          |
/// | src/gone.c (6)        | deleted                                                       |
/// | src/shuffle.c (12)    | lines 2-4 moved to the end (now 10-12)                        |
/// | README.md (3)         | unchanged                                                     |
/// | docs/caf\xe9.txt (2)  | unchanged (a name that is not UTF-8)                          |
HistoryBuilder reviewHistory();

/// The text of `lines` lines "int <name>_n = n;\n", n from 1.
QByteArray numberedLines(const QByteArray &name, int lines);

} // namespace clearroom::test
