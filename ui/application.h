// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

namespace clearroom::ui {

/// Sets up the application (names, icon, translations, command line) and runs the
/// main window until it closes. Returns the exit code.
int runApplication(int argc, char **argv);

} // namespace clearroom::ui
