// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>

#include <string_view>

namespace clearroom::review {

/// A QByteArray's bytes as a view (Qt 5 has no QByteArrayView), for reading without
/// copies: the audit log's lines and the tables' columns where SQLite holds them.
inline std::string_view byteView(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

/// A copy of viewed bytes.
inline QByteArray byteArray(std::string_view bytes)
{
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

} // namespace clearroom::review
