// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QVarLengthArray>

#include <string_view>

namespace clearroom::package {

/// Writes JSON straight into bytes in the form of QJsonDocument::toJson(Indented) (four
/// spaces a level, "key": value, empty containers on two lines, a final newline), so
/// that the package's JSON entries keep their bytes without a QJsonObject tree of tens
/// of megabytes. The caller gives each object's keys in byte order, as QJsonObject sorts
/// them; strings are escaped as Qt escapes them.
class IndentedJsonWriter
{
public:
    explicit IndentedJsonWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// The next member's key (ASCII); its value follows.
    void key(std::string_view name);

    void string(const QString &text);
    /// A string already in UTF-8 (as QString::toUtf8() would give it).
    void utf8(std::string_view text);
    void utf8(const QByteArray &text)
    {
        utf8(std::string_view(text.constData(), size_t(text.size())));
    }
    /// A string of Latin-1 bytes (hex digits, as a rule), as QString::fromLatin1() reads it.
    void latin1(const QByteArray &text);
    void number(qint64 value);
    void null();

private:
    void beforeValue();
    void indent(int depth);
    void begin(char bracket);
    void end(char bracket);

    QByteArray &m_out;
    /// Per open object or array: how many members or elements it has so far.
    QVarLengthArray<int, 8> m_counts;
    bool m_afterKey = false;
};

} // namespace clearroom::package
