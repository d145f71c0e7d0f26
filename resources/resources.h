// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

namespace clearroom {

/// Registers the resources compiled into the static clearroom_resources library
/// (the application icon at ":/icons/clearroom.svg"). Call once, before the first use.
void initResources();

} // namespace clearroom
