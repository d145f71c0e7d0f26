// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>

namespace clearroom::package {

/// A UUID derived from `seed` (RFC 9562 version 8: the first 128 bits of its SHA-256 with
/// the version and variant bits set), lower case, without braces. Packages and the
/// findings a consolidation makes get ids this way, so the same state and time give the
/// same ids and therefore the same bytes.
QString derivedUuid(const QByteArray &seed);

} // namespace clearroom::package
