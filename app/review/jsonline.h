// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <optional>
#include <string_view>
#include <vector>

namespace clearroom::review {

/// One line of JSON read strictly (RFC 8259, UTF-8) into a flat list of values that point
/// into the line, and written out again canonically for comparison. Written for verifying
/// the audit log, which reads every line of a log that may hold hundreds of megabytes:
/// QJsonDocument allocates a tree for every line and takes about ten times as long.
class JsonLine
{
public:
    enum class Type : quint8 { Undefined, Null, False, True, Number, String, Array, Object };

    /// A value of the line; Undefined where a member or element does not exist.
    class Value
    {
    public:
        Value() = default; ///< Undefined
        Type type() const { return m_line ? m_line->m_nodes[m_index].type : Type::Undefined; }
        bool isValid() const { return m_line != nullptr; }
        bool isObject() const { return type() == Type::Object; }
        bool isArray() const { return type() == Type::Array; }
        bool isString() const { return type() == Type::String; }
        bool isNumber() const { return type() == Type::Number; }

        /// The member of an object by its key (the last, should a key appear twice).
        Value member(std::string_view key) const;
        /// The first element of an array, or the first key of an object (its value is
        /// the key's next(), the next key that value's next()).
        Value first() const;
        Value next() const;
        int count() const; ///< elements of an array, members of an object

        /// The value as written in the line.
        std::string_view text() const;
        /// A string's bytes, escapes resolved.
        QByteArray string() const;
        bool isString(std::string_view bytes) const;
        /// A number's value when it is a whole number that a double holds exactly.
        std::optional<qint64> integer() const;

        /// Appends the value in canonical form: no white space, object members in the
        /// byte order of their keys (the last of a repeated key), strings escaped as
        /// appendString() does, numbers as appendNumber() or in the shortest form that
        /// reads back as the same double. Equal JSON values have equal canonical forms.
        void appendCanonical(QByteArray &out) const;
        QByteArray canonical() const;
        /// Whether `form` is the value's canonical form (quick for a string written
        /// without escapes, which is canonical as it stands).
        bool hasCanonicalForm(const QByteArray &form) const;
        /// Whether text() is the canonical form already (nothing to write anew).
        bool isCanonical() const { return m_line && m_line->m_nodes[m_index].canonical; }

    private:
        friend class JsonLine;
        Value(const JsonLine *line, int index)
            : m_line(line)
            , m_index(index)
        {
        }
        const JsonLine *m_line = nullptr;
        int m_index = 0;
    };

    /// Reads `text`, which must stay unchanged while its values are used. False unless
    /// it is exactly one JSON value (white space around it allowed).
    bool parse(std::string_view text);
    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

    /// Canonical forms for values that do not come from a line.
    static void appendString(QByteArray &out, std::string_view utf8);
    static void appendNumber(QByteArray &out, qint64 number);

private:
    struct Node
    {
        Type type = Type::Undefined;
        bool escaped = false; ///< a string with a backslash in it
        /// Written in canonical form already (as Qt writes nearly everything): copied as is.
        bool canonical = false;
        qint32 begin = 0; ///< where its text starts in the line
        qint32 size = 0; ///< the length of its text (strings with their quotes)
        qint32 next = 0; ///< the index of the node after it and everything inside it
        qint32 parent = -1; ///< the index of its object or array
        /// Makes a node 32 bytes: the count of nodes, asked for at every value, is then a
        /// shift rather than a division.
        qint32 unused[3] = {};
    };
    static_assert(sizeof(Node) == 32);
    bool parseValue(int parent, int depth);
    bool parseString();
    bool parseNumber();
    bool parseLiteral(std::string_view word, Type type);
    void skipSpace();

    std::vector<Node> m_nodes;
    std::string_view m_text;
    qsizetype m_at = 0;
};

} // namespace clearroom::review
