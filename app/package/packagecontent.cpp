// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "packagecontent.h"

namespace clearroom::package {

const Excerpt *PackageFinding::excerptFor(const review::FindingLocation &location) const
{
    for (const Excerpt &excerpt : excerpts) {
        if (excerpt.path == location.path && excerpt.findingFirstLine == location.startLine
            && excerpt.findingLastLine == location.endLine)
            return &excerpt;
    }
    return nullptr;
}

} // namespace clearroom::package
