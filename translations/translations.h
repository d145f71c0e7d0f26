// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

class QCoreApplication;

namespace clearroom {

/// Installs Clearroom's and Qt's own translations for the user's UI languages
/// (the system locale), for the GUI and the CLI alike.
void installTranslations(QCoreApplication &application);

} // namespace clearroom
