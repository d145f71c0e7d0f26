// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <functional>
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
    void boolean(bool value);
    void null();
    /// A whole object as QJsonDocument writes it, indented to where it stands.
    void object(const QJsonObject &value);

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

/// Receives a document piece by piece, in order.
using JsonSink = std::function<Result<void>(const QByteArray &piece)>;
/// Receives one element of an array: as QJsonDocument(element).toJson(Indented) writes it
/// (see renderedJson()), or as IndentedJsonWriter writes the same object.
using JsonElement = std::function<Result<void>(const QByteArray &element)>;
/// An object as QJsonDocument(object).toJson(QJsonDocument::Indented) writes it.
QByteArray renderedJson(const QJsonObject &object);
/// Hands the elements of one array, one by one, to `element`.
using JsonElements = std::function<Result<void>(int array, const JsonElement &element)>;

/// `skeleton` as QJsonDocument(skeleton).toJson(QJsonDocument::Indented) writes it, but
/// each array whose only element is the string placeholders[i] holds instead the
/// elements `elements(i, ...)` gives: the same bytes as the whole document made at once,
/// with one element in memory at a time (the large arrays of an entry: its findings, a
/// run's results). The placeholders appear in the document in their order, and no other
/// string of the skeleton is alone on a line and equal to one.
Result<void> writeIndentedJson(const QJsonObject &skeleton, const QStringList &placeholders,
                               const JsonElements &elements, const JsonSink &sink);

} // namespace clearroom::package
