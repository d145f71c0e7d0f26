// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "textcontent.h"

#include <QtTest>

using namespace clearroom::git;
using Kind = SuspiciousCharacter::Kind;
using Encoding = TextContent::Encoding;

Q_DECLARE_METATYPE(Encoding)

// What a file's bytes say as text, and what hides in them.
class TestTextContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found"); // "kind:codepoint:line" per suspicious character

        QTest::newRow("plain ASCII") << QByteArray("int main() {}\n") << Encoding::Utf8
                                     << QStringLiteral("int main() {}\n") << QString();
        QTest::newRow("UTF-8 umlauts")
            << QByteArray("// Gr\xc3\xbc\xc3\x9f"
                          "e\n")
            << Encoding::Utf8 << QStringLiteral("// Grüße\n") << QString();
        // The Trojan Source example: an RLO and isolates inside a comment on line 2.
        QTest::newRow("Trojan Source")
            << QByteArray("x\n/*\xe2\x80\xae } \xe2\x81\xa6if (admin)\xe2\x81\xa9 \xe2\x81\xa6 "
                          "begin admins only */\n")
            << Encoding::Utf8
            << QString::fromUtf8(
                   "x\n/*\u202e } \u2066if (admin)\u2069 \u2066 begin admins only */\n")
            << QStringLiteral("B:202e:2 B:2066:2 B:2069:2 B:2066:2");
        QTest::newRow("zero width space")
            << QByteArray("a\xe2\x80\x8b"
                          "b\n")
            << Encoding::Utf8 << QString::fromUtf8("a\u200bb\n") << QStringLiteral("I:200b:1");
        QTest::newRow("byte order mark at start is the encoding's")
            << QByteArray("\xef\xbb\xbfint x;\n") << Encoding::Utf8WithBom
            << QString::fromUtf8("\ufeffint x;\n") << QString();
        QTest::newRow("byte order mark inside")
            << QByteArray("a\n\xef\xbb\xbf"
                          "b")
            << Encoding::Utf8 << QString::fromUtf8("a\n\ufeffb") << QStringLiteral("I:feff:2");
        QTest::newRow("tag characters (outside the BMP)")
            << QByteArray("s = \"\xf3\xa0\x81\x81\";\n") << Encoding::Utf8
            << QString::fromUtf8("s = \"\U000E0041\";\n") << QStringLiteral("I:e0041:1");
        QTest::newRow("invalid byte among UTF-8")
            << QByteArray("\xc3\xa4 \xff ok\n") << Encoding::Utf8
            << QString::fromUtf8("ä \ufffd ok\n") << QStringLiteral("X:ff:1");
        QTest::newRow("Latin-1") << QByteArray("caf\xe9 cr\xe8me\n") << Encoding::Latin1
                                 << QStringLiteral("café crème\n") << QString();
        QTest::newRow("UTF-16LE") << QByteArray("\xff\xfeh\0i\0\n\0", 8)
                                  << Encoding::Utf16LittleEndian << QStringLiteral("hi\n")
                                  << QString();
        QTest::newRow("UTF-16BE with RLO")
            << QByteArray("\xfe\xff\0a\x20\x2e\0b", 8) << Encoding::Utf16BigEndian
            << QString::fromUtf8("a\u202eb") << QStringLiteral("B:202e:1");
        QTest::newRow("UTF-16LE unpaired surrogate and odd byte")
            << QByteArray("\xff\xfe"
                          "a\0\x00\xd8"
                          "b\0"
                          "c",
                          9)
            << Encoding::Utf16LittleEndian << QString::fromUtf8("a\ufffdb\ufffd")
            << QStringLiteral("X:d800:1 X:63:1");
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(QString, text);
        QFETCH(QString, found);
        const TextContent content = TextContent::decode(bytes);
        QCOMPARE(content.encoding, encoding);
        QCOMPARE(content.text, text);
        QStringList seen;
        for (const SuspiciousCharacter &c : content.suspicious) {
            const QChar kind = c.kind == Kind::Bidirectional ? QLatin1Char('B')
                : c.kind == Kind::Invisible                  ? QLatin1Char('I')
                                                             : QLatin1Char('X');
            seen << QStringLiteral("%1:%2:%3").arg(kind).arg(uint(c.codePoint), 0, 16).arg(c.line);
            if (c.kind != Kind::InvalidByte) {
                // The offset points at the character itself.
                const uint at = content.text.at(c.offset).isHighSurrogate()
                    ? QChar::surrogateToUcs4(content.text.at(c.offset),
                                             content.text.at(c.offset + 1))
                    : content.text.at(c.offset).unicode();
                QCOMPARE(at, uint(c.codePoint));
            } else {
                QCOMPARE(content.text.at(c.offset), QChar(QChar::ReplacementCharacter));
            }
        }
        QCOMPARE(seen.join(QLatin1Char(' ')), found);
    }

    void markersNameTheCharacter()
    {
        QCOMPARE(TextContent::markerText({Kind::Bidirectional, 0x202E, 0, 1}),
                 QStringLiteral("RLO"));
        QCOMPARE(TextContent::markerText({Kind::Invisible, 0x200B, 0, 1}), QStringLiteral("ZWSP"));
        QCOMPARE(TextContent::markerText({Kind::Invisible, 0xE0041, 0, 1}),
                 QStringLiteral("U+E0041"));
        QCOMPARE(TextContent::markerText({Kind::InvalidByte, 0xE9, 0, 1}), QStringLiteral("\\xE9"));
        QCOMPARE(TextContent::markerText({Kind::InvalidByte, 0x7, 0, 1}), QStringLiteral("\\x07"));
    }
};

QTEST_GUILESS_MAIN(TestTextContent)
#include "tst_textcontent.moc"
