// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
#include "jsonline.h"

#include <QJsonDocument>
#include <QtTest>

using namespace clearroom::review;

namespace {
std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}
} // namespace

// (No raw string literals here: moc does not read them.)
// The JSON reader `log verify` reads audit log lines with: what it accepts, and the
// canonical form by which the log's values and the tables' are compared.
class TestJsonLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonical_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("canonical"); // empty: not JSON

        QTest::newRow("compact object")
            << QByteArray("{\"a\":1,\"b\":\"x\"}") << QByteArray("{\"a\":1,\"b\":\"x\"}");
        QTest::newRow("keys sorted") << QByteArray("{\"b\":[true,false,null],\"a\":{}}")
                                     << QByteArray("{\"a\":{},\"b\":[true,false,null]}");
        QTest::newRow("white space")
            << QByteArray(" {\t\"a\" :\r\n[ 1 , 2 ] } ") << QByteArray("{\"a\":[1,2]}");
        QTest::newRow("keys sorted without their quotes")
            << QByteArray("{\"a \":1,\"a\":2,\"a!\":3}")
            << QByteArray("{\"a\":2,\"a \":1,\"a!\":3}");
        QTest::newRow("canonical as written")
            << QByteArray("{\"a\":[0,-7,123456789012345],\"b\":{\"c\":\"d\"}}")
            << QByteArray("{\"a\":[0,-7,123456789012345],\"b\":{\"c\":\"d\"}}");
        QTest::newRow("the last of a repeated key")
            << QByteArray("{\"a\":1,\"a\":2}") << QByteArray("{\"a\":2}");
        QTest::newRow("numbers as doubles compare")
            << QByteArray("[1.0,-0,1e2,2.5,-12,9007199254740993]")
            << QByteArray("[1,0,100,2.5,-12,9007199254740992]");
        QTest::newRow("escapes resolved")
            << QByteArray("[\"\\u0041\\/\\u00e9\\ud83d\\ude00\\\"\\\\\\n\\u0001\"]")
            << QByteArray("[\"A/\xc3\xa9\xf0\x9f\x98\x80\\\"\\\\\\n\\u0001\"]");
        QTest::newRow("escaped key")
            << QByteArray("{\"\\u0062\":1,\"a\":2}") << QByteArray("{\"a\":2,\"b\":1}");
        QTest::newRow("UTF-8 as it stands") << QByteArray("\"Gr\xc3\xbc\xc3\x9f\xe2\x82\xac\"")
                                            << QByteArray("\"Gr\xc3\xbc\xc3\x9f\xe2\x82\xac\"");
        QTest::newRow("long plain string") << QByteArray("\"abcdefghijklmnopqrstuvwxyz0123\"")
                                           << QByteArray("\"abcdefghijklmnopqrstuvwxyz0123\"");

        const QByteArray invalid;
        QTest::newRow("empty") << QByteArray() << invalid;
        QTest::newRow("two values") << QByteArray("{} {}") << invalid;
        QTest::newRow("trailing comma") << QByteArray("[1,]") << invalid;
        QTest::newRow("unquoted key") << QByteArray("{a:1}") << invalid;
        QTest::newRow("unterminated string") << QByteArray("[\"abc") << invalid;
        QTest::newRow("control character in a string") << QByteArray("[\"a\tb\"]") << invalid;
        QTest::newRow("invalid escape") << QByteArray("[\"\\x41\"]") << invalid;
        QTest::newRow("lone surrogate") << QByteArray("[\"\\ud800\"]") << invalid;
        QTest::newRow("invalid UTF-8") << QByteArray("[\"\xff\"]") << invalid;
        QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]") << invalid;
        QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]") << invalid;
        QTest::newRow("leading zero") << QByteArray("[01]") << invalid;
        QTest::newRow("bare dot") << QByteArray("[1.]") << invalid;
        QTest::newRow("misspelt literal") << QByteArray("[nul]") << invalid;
        QTest::newRow("too deep") << QByteArray(100, '[') + QByteArray(100, ']') << invalid;
    }

    void canonical()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, canonical);
        JsonLine json;
        const bool parsed = json.parse(view(line));
        QCOMPARE(parsed, !canonical.isEmpty());
        if (parsed) {
            QCOMPARE(json.root().canonical(), canonical);
            // Canonical text reads back as itself, and as JSON for anyone else.
            JsonLine again;
            QVERIFY(again.parse(view(canonical)));
            QCOMPARE(again.root().canonical(), canonical);
            QVERIFY(!QJsonDocument::fromJson("[" + canonical + "]").isNull());
        }
    }

    // Strings are scanned many bytes at a time: a byte that needs care is found wherever
    // it stands, at the start, inside or at the end of such a stretch, or in the rest.
    void stringBytesAnywhere_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("canonical"); // empty: not JSON

        struct Special
        {
            const char *name;
            QByteArray bytes;
            QByteArray canonical; // empty: the line is not JSON
        };
        const Special specials[] = {
            {"escaped quote", "\\\"", "\\\""},
            {"escaped backslash", "\\\\", "\\\\"},
            {"escaped newline", "\\n", "\\n"},
            {"escaped letter", "\\u0041", "A"},
            {"two-byte UTF-8", "\xc3\xa9", "\xc3\xa9"},
            {"four-byte UTF-8", "\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80"},
            {"DEL", "\x7f", "\x7f"},
            {"tab", "\t", {}},
            {"lone continuation byte", "\x80", {}},
            {"byte 0xff", "\xff", {}},
            {"quote", "\"", {}},
        };
        constexpr int length = 40;
        for (const Special &special : specials) {
            for (int at = 0; at <= length; ++at) {
                const QByteArray before(at, 'a');
                const QByteArray after(length - at, 'b');
                const QByteArray line = "[\"" + before + special.bytes + after + "\"]";
                const QByteArray canonical = special.canonical.isEmpty()
                    ? QByteArray()
                    : QByteArray("[\"" + before + special.canonical + after + "\"]");
                QTest::addRow("%s at %d", special.name, at) << line << canonical;
            }
        }
    }

    void stringBytesAnywhere()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, canonical);
        JsonLine json;
        QCOMPARE(json.parse(view(line)), !canonical.isEmpty());
        if (!canonical.isEmpty())
            QCOMPARE(json.root().canonical(), canonical);
    }

    void navigates()
    {
        const QByteArray line
            = "{\"seq\":7,\"id\":\"a\\\"b\",\"added\":[[1,\"p\",2,3]],\"new\":{\"x\":[]}}";
        JsonLine json;
        QVERIFY(json.parse(view(line)));
        const JsonLine::Value root = json.root();
        QCOMPARE(root.count(), 4);
        QCOMPARE(root.member("seq").integer(), std::optional<qint64>(7));
        QCOMPARE(root.member("id").string(), QByteArray("a\"b"));
        QVERIFY(root.member("id").isString("a\"b"));
        QVERIFY(!root.member("missing").isValid());
        const JsonLine::Value row = root.member("added").first();
        QCOMPARE(row.count(), 4);
        QCOMPARE(row.first().next().string(), QByteArray("p"));
        QVERIFY(!row.first().next().next().next().next().isValid());
        QVERIFY(!root.member("new").member("x").first().isValid());
        QVERIFY(!root.member("id").integer());
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("number");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<qint64>("value");
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("negative") << QByteArray("-7") << true << qint64(-7);
        QTest::newRow("15 digits")
            << QByteArray("123456789012345") << true << qint64(123456789012345);
        QTest::newRow("-15 digits")
            << QByteArray("-999999999999999") << true << qint64(-999999999999999);
        QTest::newRow("16 digits")
            << QByteArray("1234567890123456") << true << qint64(1234567890123456);
        QTest::newRow("negative zero") << QByteArray("-0") << true << qint64(0);
        QTest::newRow("fraction of nothing") << QByteArray("3.0") << true << qint64(3);
        QTest::newRow("exponent") << QByteArray("1e2") << true << qint64(100);
        QTest::newRow("fraction") << QByteArray("2.5") << false << qint64(0);
        QTest::newRow("beyond doubles") << QByteArray("9007199254740994") << false << qint64(0);
    }

    // Whole numbers, as the log's sequence numbers, ids and lines are read.
    void integers()
    {
        QFETCH(QByteArray, number);
        QFETCH(bool, whole);
        QFETCH(qint64, value);
        JsonLine json;
        const QByteArray line = "[" + number + "]"; // parsed in place: kept while it is read
        QVERIFY(json.parse(view(line)));
        const std::optional<qint64> read = json.root().first().integer();
        QCOMPARE(read.has_value(), whole);
        if (whole)
            QCOMPARE(*read, value);
    }

    void writesStringsAndNumbers()
    {
        QByteArray out;
        JsonLine::appendString(out, std::string_view("a\"\\\n\x1f\xc3\xa9", 7));
        out += ',';
        JsonLine::appendNumber(out, -42);
        QCOMPARE(out, QByteArray("\"a\\\"\\\\\\n\\u001f\xc3\xa9\",-42"));
    }

    // appendString() looks for what to escape many bytes at a time: found anywhere, and
    // UTF-8 and DEL left as they are.
    void writesStringsWithEscapesAnywhere_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("written");
        const std::pair<const char *, std::pair<QByteArray, QByteArray>> specials[] = {
            {"quote", {"\"", "\\\""}},
            {"backslash", {"\\", "\\\\"}},
            {"newline", {"\n", "\\n"}},
            {"unit separator", {"\x1f", "\\u001f"}},
            {"NUL", {QByteArray(1, '\0'), "\\u0000"}},
            {"DEL", {"\x7f", "\x7f"}},
            {"UTF-8", {"\xc3\xa9", "\xc3\xa9"}},
            {"byte 0xff", {"\xff", "\xff"}},
        };
        constexpr int length = 40;
        for (const auto &[name, special] : specials) {
            for (int at = 0; at <= length; ++at) {
                const QByteArray before(at, 'a');
                const QByteArray after(length - at, 'b');
                QTest::addRow("%s at %d", name, at)
                    << QByteArray(before + special.first + after)
                    << QByteArray('"' + before + special.second + after + '"');
            }
        }
    }

    void writesStringsWithEscapesAnywhere()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, written);
        QByteArray out = "x";
        JsonLine::appendString(out, view(bytes));
        QCOMPARE(out, QByteArray('x' + written));
    }
};

QTEST_GUILESS_MAIN(TestJsonLine)
#include "tst_jsonline.moc"
