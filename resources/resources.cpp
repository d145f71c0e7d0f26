// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "resources.h"

#include <QtGlobal>

static void initClearroomResources()
{
    // Resources in a static library are not registered by the linker; Q_INIT_RESOURCE
    // must be called explicitly, and outside any namespace.
    Q_INIT_RESOURCE(clearroom);
}

namespace clearroom {

void initResources()
{
    initClearroomResources();
}

} // namespace clearroom
