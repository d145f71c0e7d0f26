// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QString>

namespace clearroom {

/// What this build of Clearroom is: its version, the Qt it runs on, and whether it
/// highlights code. Shown by `clearroom-cli --version` and the About dialog.
struct BuildInfo
{
    static QString version();
    /// The Qt version at run time (may be newer than the one built against).
    static QString qtRuntimeVersion();
    static QString qtBuildVersion();
    static bool hasSyntaxHighlighting();
    /// One translated line: "Qt 5.15.8, syntax highlighting: yes", for --version and About.
    static QString summary();
};

} // namespace clearroom
