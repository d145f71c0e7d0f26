// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "finding.h"

#include <QJsonObject>

namespace clearroom::review {

/// Findings as the documented JSON of `finding list --format json` (and of packages):
/// keys in snake_case, sorted; paths as UTF-8 strings (or {"bytes": hex} when they are
/// not UTF-8); `cwe` null when none.
namespace findingjson {

QJsonObject location(const FindingLocation &location);
QJsonObject finding(const Finding &finding);
QJsonObject comment(const Comment &comment);

} // namespace findingjson
} // namespace clearroom::review
