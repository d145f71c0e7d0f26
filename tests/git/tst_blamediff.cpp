// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 The Clearroom authors
//
// Blame's line diff against the reference git's own (`git diff --no-index -U0`, which cuts
// the common tail off and uses the indent heuristic as blame does), both ways BlameDiff
// goes: with the texts hashed (while libgit2 checks every object read and another
// repository is open) and lent to libgit2 as blobs of its own object database (while
// every open repository was verified, or the blamed one is the only one open).
#include "blamediff.h"
#include "libgit2.h"
#include "process.h"
#include "scratchdirectory.h"

#include <git2.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <random>

using namespace clearroom;
using namespace clearroom::git::detail;
using namespace clearroom::test;

namespace {

struct TextPair
{
    QByteArray before;
    QByteArray after;
};

// Code-like lines, many of them alike (braces, blank lines, repeated statements), so that
// xdiff has changes to slide and lines to discard.
QByteArray randomLine(std::mt19937 &random)
{
    static const char *const lines[] = {"{",
                                        "}",
                                        "",
                                        "    return 0;",
                                        "    if (x) {",
                                        "    }",
                                        "        x += 1;",
                                        "int f(int x)",
                                        "    // note",
                                        "\tcall();"};
    const auto pick = random() % 14;
    if (pick < std::size(lines))
        return lines[pick];
    return "    value_" + QByteArray::number(int(random() % 500)) + " = "
        + QByteArray::number(int(random() % 100)) + ";";
}

TextPair randomPair(std::mt19937 &random)
{
    QByteArrayList lines;
    const int count = int(random() % 400);
    for (int i = 0; i < count; ++i)
        lines.append(randomLine(random));
    QByteArrayList edited = lines;
    const int edits = 1 + int(random() % 12);
    for (int e = 0; e < edits; ++e) {
        const int at = edited.isEmpty() ? 0 : int(random() % (edited.size() + 1));
        switch (random() % 3) {
        case 0: // insert a few lines
            for (int i = int(random() % 6); i >= 0; --i)
                edited.insert(at, randomLine(random));
            break;
        case 1: // delete a few lines
            for (int i = int(random() % 6); i >= 0 && at < edited.size(); --i)
                edited.removeAt(at);
            break;
        default: // change one
            if (at < edited.size())
                edited[at] = randomLine(random);
        }
    }
    TextPair pair {lines.join('\n'), edited.join('\n')};
    if (random() % 4 != 0)
        pair.before += '\n';
    if (random() % 4 != 0)
        pair.after += '\n';
    return pair;
}

// The hunks of git's answer, counted from 0 as BlameDiff counts them.
QVector<LineHunk> gitHunks(const QByteArray &unifiedDiff)
{
    static const QRegularExpression header(
        QStringLiteral("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@"));
    QVector<LineHunk> hunks;
    for (const QByteArray &line : unifiedDiff.split('\n')) {
        if (!line.startsWith("@@"))
            continue;
        const auto match = header.match(QString::fromLatin1(line));
        if (!match.hasMatch())
            return {};
        const int oldStart = match.captured(1).toInt();
        const int oldCount = match.captured(2).isEmpty() ? 1 : match.captured(2).toInt();
        const int newStart = match.captured(3).toInt();
        const int newCount = match.captured(4).isEmpty() ? 1 : match.captured(4).toInt();
        hunks.append({oldCount ? oldStart - 1 : oldStart, oldCount,
                      newCount ? newStart - 1 : newStart, newCount});
    }
    return hunks;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QByteArray describe(const QVector<LineHunk> &hunks)
{
    QByteArray text;
    for (const LineHunk &hunk : hunks) {
        text += QByteArray::number(hunk.oldStart) + ',' + QByteArray::number(hunk.oldCount) + ' '
            + QByteArray::number(hunk.newStart) + ',' + QByteArray::number(hunk.newCount) + "; ";
    }
    return text;
}

QByteArray hunksOf(BlameDiff &diff, const TextPair &pair, bool ignoreWhitespace = false)
{
    const auto hunks = diff.hunks(pair.before.constData(), pair.before.size(),
                                  pair.after.constData(), pair.after.size(), ignoreWhitespace);
    if (!hunks)
        return "error: " + hunks.errorMessage().toUtf8();
    return describe(*hunks);
}

} // namespace

class TestBlameDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashedAndLentTextsGiveGitsHunks();
    void hashingComingOnInBetweenGivesTheSameAnswer();

private:
    ScratchDirectory m_scratch;
    QVector<TextPair> m_pairs;
    QByteArrayList m_expected; // git's hunks of each pair
};

void TestBlameDiff::initTestCase()
{
    std::mt19937 random(20261129);
    // Corner cases first: empty sides, equal texts, no newline at the end, and a text
    // longer than the 1 KiB blocks the common tail is cut off in.
    QByteArray longTail;
    for (int i = 0; i < 300; ++i)
        longTail += "    tail_" + QByteArray::number(i % 7) + "();\n";
    m_pairs = {{"", "a\n"},
               {"a\n", ""},
               {"a\nb\n", "a\nb\n"},
               {"a\nb", "a\nb\n"},
               {"{\n}\n" + longTail, "{\n    x += 1;\n}\n" + longTail},
               {"x\n" + longTail + "y\n", "z\n" + longTail + "y\n"}};
    for (int i = 0; i < 150; ++i)
        m_pairs.append(randomPair(random));

    const QString before = m_scratch.filePath(QStringLiteral("before"));
    const QString after = m_scratch.filePath(QStringLiteral("after"));
    int changed = 0;
    for (const TextPair &pair : std::as_const(m_pairs)) {
        QVERIFY(writeFile(before, pair.before));
        QVERIFY(writeFile(after, pair.after));
        const ProcessResult git = referenceGit(
            m_scratch.path(),
            {"diff", "--no-index", "--no-color", "--no-ext-diff", "--no-textconv", "--text",
             "--indent-heuristic", "-U0", QFile::encodeName(before), QFile::encodeName(after)});
        QVERIFY2(git.exitCode == 0 || git.exitCode == 1, git.standardError.constData());
        const QVector<LineHunk> hunks = gitHunks(git.standardOutput);
        QVERIFY2(hunks.isEmpty() == (git.exitCode == 0), git.standardOutput.constData());
        changed += hunks.isEmpty() ? 0 : 1;
        m_expected.append(describe(hunks));
    }
    QVERIFY(changed > 150); // the test compares changes, not only equal texts
}

void TestBlameDiff::hashedAndLentTextsGiveGitsHunks()
{
    {
        // Two repositories open, neither verified: libgit2 hashes every object read, and
        // the texts are hashed.
        HashCheckRegistration unverified;
        HashCheckRegistration other;
        QVERIFY(HashCheckRegistration::strictNow());
        BlameDiff diff;
        for (qsizetype i = 0; i < m_pairs.size(); ++i)
            QCOMPARE(hunksOf(diff, m_pairs.at(i)), m_expected.at(i));
        QCOMPARE(diff.lentCount(), 0);
    }
    {
        // The blamed repository alone, not verified: the check is lifted for the look-ups
        // of the lent texts only.
        HashCheckRegistration unverified;
        QVERIFY(HashCheckRegistration::strictNow());
        BlameDiff diff;
        for (qsizetype i = 0; i < m_pairs.size(); ++i)
            QCOMPARE(hunksOf(diff, m_pairs.at(i)), m_expected.at(i));
        QCOMPARE(diff.lentCount(), int(m_pairs.size()));
        QVERIFY(HashCheckRegistration::strictNow());
    }
    HashCheckRegistration verified;
    verified.setVerified(true);
    QVERIFY(!HashCheckRegistration::strictNow());
    BlameDiff diff;
    for (qsizetype i = 0; i < m_pairs.size(); ++i)
        QCOMPARE(hunksOf(diff, m_pairs.at(i)), m_expected.at(i));
    QCOMPARE(diff.lentCount(), int(m_pairs.size()));

    // -w the same both ways (a change in white space only is no change).
    const TextPair spaces {"a\n  b\nc\n", "a\nb  \nc\nd\n"};
    BlameDiff hashing;
    HashCheckRegistration unverified;
    const QByteArray hashed = hunksOf(hashing, spaces, true);
    QCOMPARE(hashing.lentCount(), 0);
    unverified.setVerified(true);
    QCOMPARE(hunksOf(diff, spaces, true), hashed);
    QCOMPARE(hashed, QByteArray("3,0 3,1; "));
}

void TestBlameDiff::hashingComingOnInBetweenGivesTheSameAnswer()
{
    HashCheckRegistration verified;
    verified.setVerified(true);
    BlameDiff diff;
    QCOMPARE(hunksOf(diff, m_pairs.at(10)), m_expected.at(10));
    QCOMPARE(diff.lentCount(), 1);
    {
        // Another repository, not verified, opened while the blame runs: libgit2 hashes
        // what the lending database returns, so the texts go the hashed way again.
        HashCheckRegistration unverified;
        QVERIFY(HashCheckRegistration::strictNow());
        QCOMPARE(hunksOf(diff, m_pairs.at(11)), m_expected.at(11));
        QCOMPARE(diff.lentCount(), 1);
    }
    QCOMPARE(hunksOf(diff, m_pairs.at(12)), m_expected.at(12));
    QCOMPARE(diff.lentCount(), 2);

    // The check came on after BlameDiff asked (another thread opened a repository just
    // then): libgit2 rejects the lent texts, whose ids are not their hashes, and they are
    // hashed instead.
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 1);
    const QByteArray rejected = hunksOf(diff, m_pairs.at(13));
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
    QCOMPARE(rejected, m_expected.at(13));
    QCOMPARE(diff.lentCount(), 2);
    QCOMPARE(hunksOf(diff, m_pairs.at(14)), m_expected.at(14));
    QCOMPARE(diff.lentCount(), 3);
}

QTEST_GUILESS_MAIN(TestBlameDiff)
#include "tst_blamediff.moc"
