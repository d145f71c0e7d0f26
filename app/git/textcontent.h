// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace clearroom::git {

/// The length of the valid UTF-8 sequence at data[i] (its code point in `codePoint`), or 0
/// when the bytes there are not valid UTF-8 (overlong, surrogate, above U+10FFFF).
int utf8SequenceLength(const unsigned char *data, qsizetype size, qsizetype i, char32_t *codePoint);

/// A character a reader of source code must be shown although it has no visible glyph,
/// or that changes the order in which text is displayed (Trojan Source, CVE-2021-42574).
struct SuspiciousCharacter
{
    enum class Kind {
        Bidirectional, ///< an embedding, override, isolate or mark: reorders what is shown
        Invisible, ///< zero width, word joiner, soft hyphen, tag characters, ...
        InvalidByte, ///< a byte that is not valid in the detected encoding
    };
    Kind kind;
    char32_t codePoint = 0; ///< for InvalidByte: the byte's value
    qsizetype offset = 0; ///< in the decoded text, in UTF-16 units
    int line = 0; ///< 1-based
};

/// The bytes of a file decoded for reading, and everything about them a reader must be
/// warned of. Nothing is dropped: invalid bytes become U+FFFD and are listed.
struct TextContent
{
    Q_DECLARE_TR_FUNCTIONS(clearroom::git::TextContent)

public:
    enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Latin1 };

    /// UTF-16 with a byte order mark; UTF-8 (with or without BOM) when valid, or when
    /// invalid bytes are rare among valid multi-byte sequences; Latin-1 when the bytes are
    /// not UTF-8 and contain no valid multi-byte sequence at all.
    static TextContent decode(const QByteArray &bytes);
    /// Whether the bytes start with a UTF-16 byte order mark (such files contain NUL
    /// bytes, which would otherwise make them look binary).
    static bool hasUtf16ByteOrderMark(const QByteArray &bytes);

    QString text;
    Encoding encoding = Encoding::Utf8;
    QVector<SuspiciousCharacter> suspicious;

    int count(SuspiciousCharacter::Kind kind) const;
    /// A translated name of the encoding, e.g. "UTF-8", "Latin-1 (ISO-8859-1)".
    QString encodingName() const;
    /// A short visible stand-in for a suspicious character, e.g. "RLO", "ZWSP", "U+E0041".
    static QString markerText(const SuspiciousCharacter &character);
    /// Whether a code point is one of the characters listed as suspicious.
    static bool isSuspicious(char32_t codePoint, SuspiciousCharacter::Kind *kind = nullptr);
};

} // namespace clearroom::git
