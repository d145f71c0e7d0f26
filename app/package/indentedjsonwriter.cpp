// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "indentedjsonwriter.h"

#include "jsonline.h"

#include <QJsonDocument>

#include <algorithm>

namespace clearroom::package {

void IndentedJsonWriter::indent(int depth)
{
    m_out.append(4 * depth, ' ');
}

void IndentedJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty())
        return;
    // An element of an array: on a line of its own.
    if (m_counts.last()++ > 0)
        m_out += ",\n";
    indent(int(m_counts.size()));
}

void IndentedJsonWriter::key(std::string_view name)
{
    if (m_counts.last()++ > 0)
        m_out += ",\n";
    indent(int(m_counts.size()));
    m_out += '"';
    m_out.append(name.data(), int(name.size()));
    m_out += "\": ";
    m_afterKey = true;
}

void IndentedJsonWriter::begin(char bracket)
{
    beforeValue();
    m_out += bracket;
    m_out += '\n';
    m_counts.append(0);
}

void IndentedJsonWriter::end(char bracket)
{
    if (m_counts.last() > 0)
        m_out += '\n';
    m_counts.removeLast();
    indent(int(m_counts.size()));
    m_out += bracket;
    if (m_counts.isEmpty())
        m_out += '\n';
}

void IndentedJsonWriter::beginObject()
{
    begin('{');
}

void IndentedJsonWriter::endObject()
{
    end('}');
}

void IndentedJsonWriter::beginArray()
{
    begin('[');
}

void IndentedJsonWriter::endArray()
{
    end(']');
}

namespace {

// The index of the first surrogate that is not half of a pair, or -1.
qsizetype loneSurrogate(const QString &text, qsizetype from)
{
    for (qsizetype at = from; at < text.size(); ++at) {
        const QChar c = text.at(at);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && at + 1 < text.size() && text.at(at + 1).isLowSurrogate())
            ++at;
        else
            return at;
    }
    return -1;
}

void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray quoted;
    review::JsonLine::appendString(quoted,
                                   std::string_view(bytes.constData(), size_t(bytes.size())));
    out.append(quoted.constData() + 1, quoted.size() - 2);
}

// Appends `text` with `indent` after each of its line breaks: a rendered piece of JSON
// moved to the depth where it stands. (QByteArray::replace() searched for each break with
// a matcher and moved the rest every time: a third of the SARIF entry's writing.)
void appendIndented(QByteArray &out, std::string_view text, std::string_view indent)
{
    size_t plain = 0;
    for (size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) {
        out.append(text.data() + plain, int(at + 1 - plain));
        out.append(indent.data(), int(indent.size()));
        plain = at + 1;
    }
    out.append(text.data() + plain, int(text.size() - plain));
}

// A rendered piece without its final newline.
std::string_view withoutLastByte(const QByteArray &rendered)
{
    return {rendered.constData(), size_t(std::max<qsizetype>(rendered.size() - 1, 0))};
}

} // namespace

void IndentedJsonWriter::string(const QString &text)
{
    qsizetype lone = loneSurrogate(text, 0);
    if (lone < 0) {
        const QByteArray bytes = text.toUtf8();
        utf8(std::string_view(bytes.constData(), size_t(bytes.size())));
        return;
    }
    // Qt's writer escapes a surrogate that is not half of a pair as \uXXXX (where
    // QString::toUtf8() would write '?').
    beforeValue();
    m_out += '"';
    qsizetype from = 0;
    while (lone >= 0) {
        appendEscaped(m_out, text.mid(from, lone - from));
        m_out += "\\u";
        m_out += QByteArray::number(text.at(lone).unicode(), 16).rightJustified(4, '0');
        from = lone + 1;
        lone = loneSurrogate(text, from);
    }
    appendEscaped(m_out, text.mid(from));
    m_out += '"';
}

void IndentedJsonWriter::utf8(std::string_view text)
{
    beforeValue();
    review::JsonLine::appendString(m_out, text);
}

void IndentedJsonWriter::latin1(const QByteArray &text)
{
    if (std::all_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) < 0x80; }))
        utf8(text);
    else
        string(QString::fromLatin1(text));
}

void IndentedJsonWriter::number(qint64 value)
{
    beforeValue();
    review::JsonLine::appendNumber(m_out, value);
}

void IndentedJsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void IndentedJsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void IndentedJsonWriter::object(const QJsonObject &value)
{
    beforeValue();
    const QByteArray text = renderedJson(value);
    const QByteArray indent(4 * int(m_counts.size()), ' ');
    appendIndented(m_out, withoutLastByte(text),
                   std::string_view(indent.constData(), size_t(indent.size())));
}

QByteArray renderedJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<void> writeIndentedJson(const QJsonObject &skeleton, const QStringList &placeholders,
                               const JsonElements &elements, const JsonSink &sink)
{
    // Each placeholder's line is replaced by its array's elements, each written by
    // QJsonDocument on its own at that line's indentation.
    const QByteArray text = QJsonDocument(skeleton).toJson(QJsonDocument::Indented);
    qsizetype done = 0;
    for (int array = 0; array < placeholders.size(); ++array) {
        // The placeholder's line: spaces, the quoted placeholder, the end of the line.
        const QByteArray quoted = '"' + placeholders.at(array).toUtf8() + "\"\n";
        qsizetype at = text.indexOf(quoted, done);
        qsizetype lineStart = text.lastIndexOf('\n', at) + 1;
        while (at >= 0 && text.mid(lineStart, at - lineStart).count(' ') != at - lineStart) {
            at = text.indexOf(quoted, at + 1);
            lineStart = text.lastIndexOf('\n', at) + 1;
        }
        Q_ASSERT(at >= 0);
        const QByteArray indent = text.mid(lineStart, at - lineStart);
        if (auto written = sink(text.mid(done, lineStart - done)); !written)
            return written;
        bool first = true;
        const auto element = [&](const QByteArray &rendered) -> Result<void> {
            QByteArray piece;
            piece.reserve(rendered.size() + rendered.size() / 4 + indent.size() + 2);
            if (!first)
                piece += ",\n";
            piece += indent;
            first = false;
            appendIndented(piece, withoutLastByte(rendered),
                           std::string_view(indent.constData(), size_t(indent.size())));
            return sink(piece);
        };
        if (auto written = elements(array, element); !written)
            return written;
        // An array left empty is "[", a line break and "]", as QJsonDocument writes it.
        if (!first) {
            if (auto written = sink(QByteArray("\n")); !written)
                return written;
        }
        done = at + quoted.size();
    }
    return sink(text.mid(done));
}

} // namespace clearroom::package
